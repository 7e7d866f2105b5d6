// Stage 2: one input file -> front matter fields (title, standfirst, date, source, byline,
// section, language) plus body blocks, with the site chrome taken out and recorded.
//
// Order inside the stage: mark chrome lines and headline lists -> read metadata lines at both
// ends (datelines, bylines, credits, labelled fields, kickers) -> pick headline and standfirst
// -> rebuild paragraphs -> join print breaks -> apply front matter, whose values override
// anything extracted.

import { cutToArticle, OUTSIDE_ARTICLE } from '../normalize/body-finder.ts';
import { chromeReason, CRUMB_SEPARATOR, sourceFromChrome, wordCount } from '../normalize/chrome.ts';
import {
  dateFromFrontMatter,
  dateKind,
  findDate,
  findDateSpan,
  isForeignDateLine,
  type DateKind,
} from '../normalize/dates.ts';
import { countWords, joinPrintBreaks, type WordCounts } from '../normalize/hyphenation.ts';
import { detectLanguage } from '../normalize/language.ts';
import {
  bylineOf,
  copyrightHolder,
  creditOf,
  isKicker,
  isName,
  isPersonName,
  labelledField,
  mastheadOf,
} from '../normalize/header.ts';
import {
  isBylineName,
  isHeaderText,
  isKnownPerson,
  isListItem,
  isPageFurniture,
  pageBylineOf,
  pickHeadline,
  splitSiteName,
  storyStart,
  stripHeadingMarks,
} from '../normalize/headline.ts';
import { buildBlocks, isHardWrapped, wrapWidth, type Line } from '../normalize/paragraphs.ts';
import { sentences } from '../text.ts';
import type { ExtractedDate, InputFile, NormalizedDoc, Removal } from '../types.ts';

/**
 * What normalize knows about the whole input, gathered in one pass before any file. It is read
 * by lookup only (never iterated, never its size): a file's result depends on the answers to
 * the lookups made for it, which the normalize cache (normalize-cache.ts) records and checks.
 */
export interface NormalizeContext {
  /** Word counts of all input text: evidence for joining print-layout breaks. */
  corpusWords: WordCounts;
  /** Short head/tail lines that recur across different stories: a site's template. */
  recurringLines: Pick<ReadonlySet<string>, 'has'>;
}

/** Lines within this distance of either end are where site templates put their chrome. */
const EDGE_LINES = 8;
/** Lists of other headlines above a story can run longer than other chrome (newsletters). */
const LIST_EDGE_LINES = 16;
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

/** Metadata lines are looked for among the first and last this many lines of a file. */
const HEAD_LINES = 12;
const TAIL_LINES = 6;

const DATE_PRIORITY: Record<DateKind, number> = { published: 0, plain: 1, updated: 2 };
function isBodyLike(text: string): boolean {
  const n = wordCount(text);
  return n >= 25 || (n >= 10 && /[.!?]["”’)]?$/.test(text.trim()));
}

function isTitleLike(text: string): boolean {
  const n = wordCount(text);
  return n >= 2 && n <= 30 && !/[,;:]$/.test(text.trim());
}

/**
 * "DEFECTIONS There have been..." -> kicker "DEFECTIONS", standfirst "There have been...".
 * One to three capitalized words, each followed by a run of spaces and colons. Every capital word
 * and every run is taken whole, so nothing backtracks into one: the pattern this replaces,
 * /^((?:\p{Lu}{3,}[\s:]*){1,3}?)[:\s]\s*(\p{Lu}\p{Ll}.*)$/u, could split a run of capitals into
 * up to three "words" and a run of spaces between [\s:]*, [:\s] and \s*, and took 44 s on a
 * line of 4,000 capitals.
 */
function splitKicker(text: string): { kicker: string | null; rest: string } {
  const match = /^((?:\p{Lu}{3,}[\s:]+){0,2}?\p{Lu}{3,})[\s:]+(\p{Lu}\p{Ll}.*)$/u.exec(text.trim());
  if (match?.[1] && match[2]) return { kicker: match[1], rest: match[2] };
  return { kicker: null, rest: text.trim() };
}

/** The first line of the first paragraph that reads as story text, or null. */
function firstBodyLine(lines: Line[], used: Set<number>): number | null {
  const open = lines.filter((l) => !used.has(l.n));
  const wrapped = isHardWrapped(open);
  const width = wrapWidth(open);
  for (let i = 0; i < open.length; i++) {
    const line = open[i] as Line;
    if (!line.text.trim()) continue;
    let text = line.text.trim();
    // In hard-wrapped text a paragraph runs on until a blank or an indented line.
    // A short line ends one: it is a paragraph's last line, or a headline above one.
    for (let j = i + 1; wrapped && j < open.length; j++) {
      const next = open[j] as Line;
      const previous = open[j - 1] as Line;
      if (!next.text.trim() || /^\s{2,}|^\t/.test(next.text) || next.n !== previous.n + 1) break;
      if (previous.text.trim().length < width * 0.6) break;
      text += ` ${next.text.trim()}`;
    }
    if (isBodyLike(text)) return line.n;
  }
  return null;
}

/** More open lines than this above the story make a file a full-page dump (menus first). */
const DUMP_PREAMBLE = HEAD_LINES;
/** Menu items, UI text or form fields above the story that make a file with no cut a dump. */
const DUMP_MARKS = 3;
/** In a dump, the author's name may stand this many lines above the headline (Medium: 13). */
const NAME_ABOVE_LINES = 16;
/** In a dump, a dateline may stand this many lines above the headline. */
const DATE_ABOVE_LINES = 4;
/** In a dump, the standfirst or byline is one of the first lines under the headline. */
const STANDFIRST_LINES = 3;
/** In a dump, metadata are read from the headline down to this many lines into the story. */
const STORY_META_LINES = 6;

interface DumpHeader {
  headline: { lines: Line[]; text: string } | null;
  /** The lines read for metadata: from the headline to the story's first lines. */
  head: Line[];
  /** The lines just above the headline (Medium prints the author's name there). */
  above: Line[];
  /** The story's first line. */
  bodyStart: number;
  /** Header lines taken away before (by the body finder or as a list of links), given back. */
  reread: Removal[];
}

/**
 * The header of a full-page dump: the headline (headline.ts) and the lines from it to the story,
 * where the byline and the dateline stand. Read on the whole page, lines the body finder cut
 * included: it keeps only a few lines above the story, and the headline and dateline are often
 * further up. Null for a file that is no dump (the body finder cut nothing and the story starts
 * within the first HEAD_LINES lines): a clean article file is read as before. Header lines
 * already taken away (by the body finder, or BBC's "• 24 July 2015" as a list of links) are
 * given back to be read again; those not read as metadata are taken away again afterwards.
 */
function dumpHeader(lines: Line[], used: Set<number>, removed: Removal[]): DumpHeader | null {
  const cut = new Map(removed.filter((r) => r.reason === OUTSIDE_ARTICLE).map((r) => [r.line, r]));
  const page = lines.flatMap((l) => {
    const text = cut.get(l.n)?.text ?? l.text;
    return text.trim() ? [{ n: l.n, text }] : [];
  });
  const story = storyStart(page);
  // A dump is what the body finder cut, or a long preamble with the dumping tools' marks.
  const marked = page
    .slice(0, story ?? 0)
    .filter((l) => isPageFurniture(l.text) || isListItem(l.text)).length;
  if (story === null || (cut.size === 0 && (story <= DUMP_PREAMBLE || marked < DUMP_MARKS))) {
    return null;
  }
  const picked = pickHeadline(page, story);
  const headline = picked ? page.slice(picked.first, picked.last + 1) : [];
  const first = headline.at(-1)?.n ?? (page[Math.max(0, story - HEAD_LINES)] as Line).n;
  const last = (page[Math.min(page.length - 1, story + STORY_META_LINES)] as Line).n;
  const head = page.filter((l) => l.n > first && l.n <= last);
  const reread: Removal[] = [];
  for (const line of [...headline, ...head]) {
    const index = removed.findIndex(
      (r) =>
        r.line === line.n && (r.reason === OUTSIDE_ARTICLE || r.reason === 'related-links list'),
    );
    if (index < 0) continue;
    used.delete(line.n);
    if (!headline.includes(line)) reread.push(removed[index] as Removal);
    removed.splice(index, 1);
  }
  return {
    headline: picked ? { lines: headline, text: picked.text } : null,
    above: picked ? page.slice(Math.max(0, picked.first - NAME_ABOVE_LINES), picked.first) : [],
    head: head.filter((l) => !used.has(l.n)),
    bodyStart: (page[story] as Line).n,
    reread,
  };
}

/** A headline stands alone: a line running on into the next one is the start of a paragraph. */
function continuesBelow(line: Line, lines: Line[], used: Set<number>): boolean {
  const next = lines[line.n]; // lines[] is 0-based, line.n 1-based: this is the next line
  if (!next || used.has(next.n) || !next.text.trim() || /^\s{2,}|^\t/.test(next.text)) return false;
  return /^\p{Ll}/u.test(next.text.trim());
}

/**
 * Lists of other stories' headlines: the lines under a "Most read" / "In this issue:" heading,
 * and bulleted lines above the story.
 */
function removeLinkLists(
  nonEmpty: Line[],
  used: Set<number>,
  headings: Set<number>,
  bodyStart: number | null,
  remove: (line: Line, reason: string) => void,
) {
  let underHeading = false;
  nonEmpty.forEach((line, i) => {
    const text = line.text.trim();
    const previous = nonEmpty[i - 1];
    const adjacent = previous !== undefined && line.n === previous.n + 1;
    if (used.has(line.n)) {
      underHeading = headings.has(line.n) || (underHeading && adjacent);
      return;
    }
    const headlineLike = wordCount(text) <= 15 && !/[.!]["”’]?$/.test(text);
    if (underHeading && adjacent && headlineLike) {
      remove(line, 'related-links list');
      return;
    }
    underHeading = false;
    // Without a heading, only bullets above the story are taken for other stories' headlines:
    // lists inside and at the end of a story ("- Spend three years on probation") are its own.
    const aboveStory = i < LIST_EDGE_LINES && (bodyStart === null || line.n < bodyStart);
    if (aboveStory && headlineLike && /^(?:[•»›·▸►*>]|-\s)\s*\S/.test(text)) {
      remove(line, 'related-links list');
    }
  });
}

/** "DEFECTIONS" or "MARKETS" as a section label: "Defections", "Markets". */
function sectionName(label: string): string {
  return label.charAt(0) + label.slice(1).toLowerCase();
}

function cleanLine(text: string): string {
  // No-break spaces and C0 control characters (SGML leftovers) are not text.
  return (
    text
      .replace(/\u00A0/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      // trimEnd, not .replace(/\s+$/, ''): that regex retries from every space of a long run
      // inside the line, quadratic in the run (50,000 spaces took 9 s).
      .trimEnd()
  );
}

export function normalize(file: InputFile, context: NormalizeContext): NormalizedDoc {
  const lines: Line[] = file.text
    .split('\n')
    .map((text, i) => ({ n: i + 1, text: cleanLine(text) }));
  // In a full-page dump (menus, link lists, footers) only the article is read on: the rest is
  // blanked and recorded here.
  const removed: Removal[] = cutToArticle(lines);
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
  //    rest of it ("Log in to ... to connect" / "with the Korea JoongAng Daily"). Lines with a
  //    date or a byline are left to the header and footer readers below.
  const nonEmpty = lines.filter((l) => l.text.trim());
  nonEmpty.forEach((line, i) => {
    const previous = nonEmpty[i - 1];
    const short = wordCount(line.text) <= 15;
    const edge = i < EDGE_LINES || i >= nonEmpty.length - EDGE_LINES;
    const metadata =
      (short && (findDate(line.text, true) !== null || bylineOf(line.text) !== null)) ||
      creditOf(line.text) !== null ||
      (labelledField(line.text)?.field ?? 'other') !== 'other';
    let reason = metadata ? null : chromeReason(line.text);
    // "On Tuesday," or "1300 GMT" inside a story is text; only at the ends is it a page stamp.
    const nearEdge = i < LIST_EDGE_LINES || i >= nonEmpty.length - EDGE_LINES;
    if (reason === 'timestamp' && (!nearEdge || /[,;]$/.test(line.text.trim()))) reason = null;
    // Lines with figures are data ("Revs 313.9 mln vs 308.9 mln" recurs in every earnings
    // report), not a site's template.
    const figures = /\d/.test(line.text);
    // A name alone on a line recurs when one reporter files many stories: it is a byline.
    // Looked up last, only for the lines it can decide: each lookup is a fact the normalize
    // cache checks on the next build, and body lines would make that most of the file's lines.
    const recurring = () =>
      !metadata && !figures && !isName(line.text) && context.recurringLines.has(lineKey(line.text));
    if (!reason && edge && !isBodyLike(line.text) && recurring()) {
      reason = 'line repeated across this site’s pages';
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
    source ??=
      sourceFromChrome(joined) ?? sourceFromChrome(line.text) ?? copyrightHolder(line.text);
    // A site's own name tops its pages: "Asia Wire Review", "The Lowland Examiner - Subscriber
    // exclusive".
    const siteLine =
      reason === 'line repeated across this site’s pages' || reason === 'paywall prompt';
    if (siteLine && i < EDGE_LINES && i < nonEmpty.length / 2) source ??= mastheadOf(line.text);
    if (reason === 'breadcrumb navigation') {
      const crumbs = line.text.split(CRUMB_SEPARATOR).map((c) => c.trim());
      section ??= crumbs.filter((c) => !/^(?:home|news)$/i.test(c)).join(' > ') || null;
    }
    remove(line, reason);
  });
  const headings = new Set(
    removed.filter((r) => r.reason === 'related-links heading').map((r) => r.line),
  );
  removeLinkLists(nonEmpty, used, headings, firstBodyLine(lines, used), remove);

  // 2. Metadata lines near the top and the bottom: datelines, bylines, credits, labelled fields,
  //    kickers. They may stand before the headline, between it and the body, or after a
  //    standfirst, so the first and last lines are read whatever they sit next to.
  const dates: DateCandidate[] = [];
  let creditByline: string | null = null;
  let title: string | null = null;
  let standfirst: string | null = null;
  const open = () => nonEmpty.filter((l) => !used.has(l.n));
  // A full-page dump (menus and other stories above the article) is read around its headline,
  // found by headline.ts; a clean article file from its first and last lines.
  const page = dumpHeader(lines, used, removed);
  let head = open().slice(0, HEAD_LINES);
  let tail = open().slice(-TAIL_LINES);
  let bodyStart = firstBodyLine(lines, used);
  if (page) {
    ({ head, bodyStart } = page);
    // Footers of dumps date the page, not the story ("This page was last edited on ...").
    tail = [];
    if (page.headline) {
      const { headline, site } = splitSiteName(page.headline.text);
      title = headline;
      source ??= site;
      for (const line of page.headline.lines) remove(line, 'headline');
    }
  }
  for (const line of [...head, ...tail]) {
    if (used.has(line.n)) continue;
    const text = line.text.trim();
    const inHeader = bodyStart === null || line.n < bodyStart;
    // Labelled fields ("Tags: ...", "Source: ...") are metadata wherever they stand at the ends.
    const field = labelledField(text);
    if (field) {
      const value = field.value;
      if (field.field === 'title') title ??= value;
      else if (field.field === 'date' || field.field === 'updated') {
        const date = findDate(value, true);
        // A dump's "Last Updated: January 7, 2025" dates a revision, not the story (spiceworks).
        if (date && !(page && field.field === 'updated'))
          dates.push({
            date: { ...date, from: text },
            kind: field.field === 'date' ? 'published' : 'updated',
          });
      } else if (field.field === 'byline') byline ??= bylineOf(`By ${value}`)?.name ?? value;
      else if (field.field === 'source') source ??= value;
      else if (field.field === 'section') section ??= value;
      remove(line, `labelled field (${field.field})`);
      continue;
    }
    const credit = creditOf(text);
    if (credit) {
      // A credit names the reporter; a byline under the headline, read later, comes first.
      creditByline ??= credit.byline;
      source ??= credit.source;
      remove(line, 'credit line');
      continue;
    }
    if (wordCount(text) > 15) continue;
    // Past the headline a dateline stands alone between blank lines; a date inside a wrapped
    // paragraph ("...a 0.8 pct drop in March 1986,") is part of the story.
    // A sentence ("The termination is effective January 1, 1988, the Treasury said.") is not.
    const standalone =
      [lines[line.n - 2], lines[line.n]].every((l) => !l || !l.text.trim() || used.has(l.n)) &&
      !/[.!?]["”’)]?$/.test(text);
    const labelled = dateKind(text) !== 'plain';
    const span = inHeader || standalone || labelled ? findDateSpan(text, true) : null;
    // A date that is not the article's ("Last modified on ...", "Terms of Service (Updated ...)",
    // in a dump any update's stamp) still marks a metadata line: removed, never taken.
    const foreign = span !== null && isForeignDateLine(text, page !== null);
    const date = span ? { value: span.value, precision: span.precision, from: text } : null;
    const withoutDate = span
      ? text.replace(span.span, '').replace(/^[\s|•·,:–—-]+|(?<![\s|•·,:–—-])[\s|•·,:–—-]+$/g, '')
      : text;
    const pageName = page ? pageBylineOf(text) : null;
    const by =
      bylineOf(text) ??
      (span ? bylineOf(withoutDate) : null) ??
      (pageName ? { name: pageName, site: null } : null);
    if (by && (!page || isBylineName(by.name))) {
      byline ??= by.name;
      if (by.site) source ??= by.site;
    }
    if (date) {
      if (!foreign) dates.push({ date, kind: dateKind(text) });
      // "Global Market Wire • 5 May 2004 • Page 40": what stands beside the date may name the site.
      if (!by && inHeader && span) {
        // The lookbehinds start a separator only where a run of spaces begins (linear time).
        const parts = text.split(/(?<!\s)\s*[|•·]\s*|(?<!\s)\s+[-–—]\s+|:\s+/).map((p) => p.trim());
        const named = parts.filter((p) => p && !p.includes(span.span) && !/^page\s*\d+$/i.test(p));
        for (const part of named) if (wordCount(part) <= 5) source ??= mastheadOf(part);
      }
      remove(line, 'dateline');
      continue;
    }
    if (by) {
      remove(line, 'byline');
      continue;
    }
    // One word alone is a section label; a Chinese or Japanese headline is letters without
    // spaces too, but wordCount counts its characters, so it is not taken for one.
    const sectionLabel =
      isKicker(text) || (title === null && /^\p{L}+$/u.test(text) && wordCount(text) === 1);
    if (inHeader && sectionLabel) {
      section ??= sectionName(text.replace(/:$/, ''));
      remove(line, 'kicker');
    }
  }

  for (const removal of page?.reread ?? []) {
    if (!used.has(removal.line)) {
      used.add(removal.line);
      removed.push(removal);
    }
  }

  // 3. Headline and standfirst: title-like lines before the body. A masthead ("The Harbour
  //    Times: Markets") above another candidate names the site instead; a name alone under the
  //    headline is the byline; a sentence without a full stop under it is the standfirst.
  const start = page?.bodyStart ?? firstBodyLine(lines, used);
  // In a dump only the lines just under the headline may hold its standfirst or byline; menus
  // and form fields are never a headline (headline.ts).
  const underHeadline = (l: Line) =>
    !page?.headline || (page.head.indexOf(l) >= 0 && page.head.indexOf(l) < STANDFIRST_LINES);
  const candidates = (page ? page.head.filter((l) => !used.has(l.n)) : open()).filter(
    (l) =>
      (start === null || l.n < start) &&
      isTitleLike(l.text) &&
      !continuesBelow(l, lines, used) &&
      (page ? underHeadline(l) && isHeaderText(l.text) : !isPageFurniture(l.text)),
  );
  for (const [i, line] of candidates.entries()) {
    const text = line.text.trim();
    if (title === null) {
      const masthead = i < candidates.length - 1 ? mastheadOf(text) : null;
      if (masthead) {
        source ??= masthead;
        remove(line, 'masthead');
        continue;
      }
      title = stripHeadingMarks(text);
      remove(line, 'headline');
      continue;
    }
    if (text.toLowerCase() === title.toLowerCase()) {
      remove(line, 'headline repeated');
    } else if (
      byline === null &&
      (page ? isKnownPerson(text) : isPersonName(text) && isBylineName(text))
    ) {
      byline = text;
      remove(line, 'byline');
    } else if (standfirst === null && wordCount(text) >= 6) {
      const { kicker, rest } = splitKicker(text);
      standfirst = stripHeadingMarks(rest);
      if (kicker) section ??= sectionName(kicker);
      remove(line, 'standfirst');
    }
  }
  if (title !== null) {
    for (const line of open().slice(0, HEAD_LINES)) {
      if (line.text.trim().toLowerCase() === title.toLowerCase()) remove(line, 'headline repeated');
    }
  }
  // In a dump with no dateline under the headline, one just above it, among the lines a blog
  // prints there (toc-missing: "Haki Benita", "• About", "• 21 September 2020", then the title).
  const datesAbove = page && dates.length === 0 ? page.above.slice(-DATE_ABOVE_LINES) : [];
  for (const line of datesAbove.reverse()) {
    const text = line.text.trim();
    const date = wordCount(text) <= 8 && !isForeignDateLine(text, true) ? findDate(text) : null;
    if (date) {
      dates.push({ date, kind: 'plain' });
      break;
    }
  }
  // In a dump with no byline under the headline, a name alone just above it (Medium).
  for (const line of page && byline === null ? [...page.above].reverse() : []) {
    const text = line.text.replace(/^\[\d+\]/, '').trim();
    const by = bylineOf(text)?.name ?? (isKnownPerson(text) ? text : null);
    if (by && isBylineName(by)) {
      byline = by;
      break;
    }
  }
  byline ??= creditByline;
  // A one-sentence lead directly followed by the byline or dateline is the standfirst.
  const lead = open()[0];
  if (title !== null && standfirst === null && lead && !page) {
    const next = lines.find((l) => l.n > lead.n && l.text.trim());
    const metaAfter =
      next && removed.some((r) => r.line === next.n && /byline|dateline/.test(r.reason));
    const text = lead.text.trim();
    if (metaAfter && sentences(text).length === 1 && wordCount(text) <= 60) {
      standfirst = text;
      remove(lead, 'standfirst');
    }
  }

  // 4. Body paragraphs, print breaks joined.
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
