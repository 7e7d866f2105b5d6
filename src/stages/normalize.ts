// Stage 2: one input file -> front matter fields (title, standfirst, date, source, byline,
// section, language) plus body blocks, with the site chrome taken out and recorded.
//
// Order inside the stage: mark chrome lines -> read the header (dateline, title, byline,
// standfirst) -> read footer credits -> rebuild paragraphs -> join print breaks -> apply front
// matter, whose values override anything extracted.

import { chromeReason, sourceFromChrome, wordCount } from '../normalize/chrome.ts';
import { dateFromFrontMatter, dateKind, findDate, type DateKind } from '../normalize/dates.ts';
import { countWords, joinPrintBreaks } from '../normalize/hyphenation.ts';
import { detectLanguage } from '../normalize/language.ts';
import { buildBlocks, type Line } from '../normalize/paragraphs.ts';
import type { ExtractedDate, InputFile, NormalizedDoc, Removal } from '../types.ts';

/** What normalize knows about the whole input, gathered in one pass before any file. */
export interface NormalizeContext {
  /** Word counts of all input text: evidence for joining print-layout breaks. */
  corpusWords: Map<string, number>;
  /** Short head/tail lines that recur across different stories: a site's template. */
  recurringLines: Set<string>;
}

/** Lines within this distance of either end are where site templates put their chrome. */
const EDGE_LINES = 8;
/** A template line recurs in at least this many different stories (two could be a coincidence). */
const RECURRING_MIN_STORIES = 3;

function lineKey(text: string): string {
  return text.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

export function corpusProfile(files: InputFile[]): NormalizeContext {
  const corpusWords = countWords(files.map((f) => f.text));
  const storiesByLine = new Map<string, Set<string>>();
  for (const file of files) {
    const lines = file.text.split('\n').filter((l) => l.trim());
    // The longest line stands for the story, so copies of one story count once.
    const story = lineKey(lines.reduce((a, b) => (b.length > a.length ? b : a), ''));
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
    for (const line of edges) {
      if (wordCount(line) > 12) continue;
      const key = lineKey(line);
      let stories = storiesByLine.get(key);
      if (!stories) storiesByLine.set(key, (stories = new Set()));
      stories.add(story);
    }
  }
  const recurringLines = new Set<string>();
  for (const [key, stories] of storiesByLine) {
    if (stories.size >= RECURRING_MIN_STORIES) recurringLines.add(key);
  }
  return { corpusWords, recurringLines };
}

interface DateCandidate {
  date: ExtractedDate;
  kind: DateKind;
}

const DATE_PRIORITY: Record<DateKind, number> = { published: 0, plain: 1, updated: 2 };
const BYLINE = /^\s*(?:by|written by|words by|text by)\s+(.{2,120})$/i;
const CREDIT = /^\s*reported by\s+(.{2,80}?)\s+for\s+(.{2,80}?)(?:[.;]|$)/i;
const SITE_SEPARATOR = /\s+[|•·–—]\s+|\s+-\s+/;
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'van',
  'von',
  'der',
  'al',
  'el',
  'bin',
  'la',
  'le',
  'and',
]);

/** Two to four capitalized words, no digits or sentence punctuation: "Sandra Loyd". */
function isNameLine(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5 || text.length > 50) return false;
  return tokens.every(
    (t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t) || NAME_PARTICLES.has(t.toLowerCase()),
  );
}

function isBodyLike(text: string): boolean {
  const n = wordCount(text);
  return n >= 25 || (n >= 10 && /[.!?]["”’)]?$/.test(text.trim()));
}

function isTitleLike(text: string): boolean {
  const n = wordCount(text);
  return n >= 2 && n <= 30 && !/[,;:]$/.test(text.trim());
}

/** "DEFECTIONS There have been..." -> kicker "DEFECTIONS", standfirst "There have been...". */
function splitKicker(text: string): { kicker: string | null; rest: string } {
  const match = /^((?:\p{Lu}{3,}[\s:]*){1,3}?)[:\s]\s*(\p{Lu}\p{Ll}.*)$/u.exec(text.trim());
  if (match?.[1] && match[2]) return { kicker: match[1].replace(/[:\s]+$/, ''), rest: match[2] };
  return { kicker: null, rest: text.trim() };
}

function cleanLine(text: string): string {
  // No-break spaces and C0 control characters (SGML leftovers) are not text.
  return (
    text
      .replace(/\u00A0/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .replace(/\s+$/, '')
  );
}

export function normalize(file: InputFile, context: NormalizeContext): NormalizedDoc {
  const lines: Line[] = file.text
    .split('\n')
    .map((text, i) => ({ n: i + 1, text: cleanLine(text) }));
  const removed: Removal[] = [];
  const used = new Set<number>(); // line numbers consumed by header, footer or chrome
  const remove = (line: Line, reason: string) => {
    used.add(line.n);
    removed.push({ line: line.n, text: line.text.trim(), reason });
  };
  const warnings = [...file.warnings];
  let source: string | null = null;
  let byline: string | null = null;
  let section: string | null = null;

  // 1. Chrome, anywhere in the file. A short lowercase line right after a chrome line is the
  //    rest of it ("Log in to ... to connect" / "with the Korea JoongAng Daily").
  const nonEmpty = lines.filter((l) => l.text.trim());
  nonEmpty.forEach((line, i) => {
    const previous = nonEmpty[i - 1];
    let reason = chromeReason(line.text);
    if (!reason && context.recurringLines.has(lineKey(line.text))) {
      const edge = i < EDGE_LINES || i >= nonEmpty.length - EDGE_LINES;
      if (edge && !isBodyLike(line.text)) reason = 'line repeated across this site’s pages';
    }
    const continues =
      previous &&
      used.has(previous.n) &&
      line.n === previous.n + 1 &&
      /^\p{Ll}/u.test(line.text.trim());
    if (!reason && continues && wordCount(line.text) <= 8)
      reason = 'continuation of the line above';
    if (!reason) return;
    const joined =
      continues && previous ? `${previous.text.trim()} ${line.text.trim()}` : line.text;
    source ??= sourceFromChrome(joined) ?? sourceFromChrome(line.text);
    if (reason === 'breadcrumb navigation') {
      const crumbs = line.text.split(/\s[>»›]\s/).map((c) => c.trim());
      section ??= crumbs.filter((c) => !/^home$/i.test(c)).join(' > ') || null;
    }
    remove(line, reason);
  });

  // 2. Header: everything before the first body-like line.
  const dates: DateCandidate[] = [];
  let title: string | null = null;
  let standfirst: string | null = null;
  for (const line of nonEmpty) {
    if (used.has(line.n)) continue;
    const text = line.text.trim();
    if (isBodyLike(text)) break;
    const date = wordCount(text) <= 15 ? findDate(text, true) : null;
    if (date) {
      dates.push({ date, kind: dateKind(text) });
      const by = BYLINE.exec(text); // "By Jane Doe | Dec 10, 2004"
      if (by?.[1]) byline ??= by[1].split(SITE_SEPARATOR)[0]?.trim() || null;
      remove(line, 'dateline');
      continue;
    }
    const by = BYLINE.exec(text);
    if (by?.[1] && wordCount(text) <= 12) {
      const [name, site] = by[1].split(SITE_SEPARATOR);
      byline ??= name?.trim() || null;
      if (site) source ??= site.trim();
      remove(line, 'byline');
      continue;
    }
    if (title === null) {
      if (!isTitleLike(text)) break;
      title = text;
      remove(line, 'headline');
      continue;
    }
    if (text.toLowerCase() === title.toLowerCase()) {
      remove(line, 'headline repeated');
      continue;
    }
    if (byline === null && isNameLine(text)) {
      byline = text;
      remove(line, 'byline');
      continue;
    }
    if (standfirst === null && !/[.!?]["”’)]?$/.test(text) && wordCount(text) >= 6) {
      const { kicker, rest } = splitKicker(text);
      standfirst = rest;
      if (kicker) section ??= kicker.charAt(0) + kicker.slice(1).toLowerCase();
      remove(line, 'standfirst');
      continue;
    }
    break;
  }

  // 3. Labelled dates anywhere near the ends ("Published: 17 May 2016 14:02 BST").
  const edgeLines = [...nonEmpty.slice(0, 15), ...nonEmpty.slice(-5)];
  for (const line of edgeLines) {
    if (used.has(line.n)) continue;
    const kind = dateKind(line.text);
    if (kind === 'plain' || wordCount(line.text) > 15) continue;
    const date = findDate(line.text, true);
    if (date) {
      dates.push({ date, kind });
      remove(line, kind === 'updated' ? 'update date line' : 'dateline');
    }
  }

  // 4. Footer credits: "Reported by X for Y" names the reporter when no byline was given.
  for (const line of nonEmpty.slice(-3)) {
    if (used.has(line.n)) continue;
    const credit = CREDIT.exec(line.text);
    if (credit?.[1]) byline ??= credit[1].trim();
  }

  // 5. Body paragraphs, print breaks joined.
  const bodyLines = lines.filter((l) => !used.has(l.n));
  const blocks = buildBlocks(bodyLines)
    .map((block) => ({ ...block, text: joinPrintBreaks(block.text, context.corpusWords) }))
    .filter((block) => block.text.trim());
  if (title) title = joinPrintBreaks(title, context.corpusWords);
  if (standfirst) standfirst = joinPrintBreaks(standfirst, context.corpusWords);

  dates.sort((a, b) => DATE_PRIORITY[a.kind] - DATE_PRIORITY[b.kind]);
  removed.sort((a, b) => a.line - b.line);
  const doc: NormalizedDoc = {
    path: file.path,
    sha256: file.sha256,
    title,
    standfirst,
    date: dates[0]?.date ?? null,
    source,
    byline,
    section,
    lang: detectLanguage([title ?? '', ...blocks.map((b) => b.text)].join(' ')),
    blocks,
    removed,
    warnings,
  };
  applyFrontMatter(doc, file.frontMatter, warnings);
  return doc;
}

type TextField = 'title' | 'standfirst' | 'source' | 'byline' | 'section' | 'lang';

/** Front matter keys users and scrapers write, by the field they set. */
const FRONT_MATTER_KEYS: Record<TextField, string[]> = {
  title: ['title', 'headline'],
  standfirst: ['standfirst', 'description', 'summary', 'subtitle', 'dek'],
  source: ['source', 'publication', 'publisher', 'site', 'site_name'],
  byline: ['byline', 'author', 'authors'],
  section: ['section', 'category'],
  lang: ['lang', 'language'],
};

function applyFrontMatter(doc: NormalizedDoc, data: Record<string, unknown>, warnings: string[]) {
  for (const [field, keys] of Object.entries(FRONT_MATTER_KEYS) as [TextField, string[]][]) {
    for (const key of keys) {
      if (!(key in data)) continue;
      const value = data[key];
      const names = Array.isArray(value) && value.every((v) => typeof v === 'string');
      if (typeof value === 'string' && value.trim()) doc[field] = value.trim();
      else if (names && field === 'byline' && value.length) doc.byline = value.join(', ');
      else if (typeof value === 'number' && field !== 'lang') doc[field] = String(value);
      else warnings.push(`front matter field "${key}" is not text (${describe(value)}); ignored`);
      break;
    }
  }
  if ('date' in data) {
    const date = dateFromFrontMatter(data.date);
    if (date) doc.date = date;
    else warnings.push(`front matter field "date" is not a date (${describe(data.date)}); ignored`);
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (value instanceof Date) return 'an invalid date';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value).slice(0, 40);
}
