// Headline, byline and date on trafilatura's evaluation pages (issue 22), whose evaldata.json
// declares a title for 823 of the 884 pages here, an author for 518 and a date for 706: a check
// on pages the HTML metadata rules were not written against (they were tuned on Readability's
// 130). Scored by the Readability rules (sameHeadline, sameByline, the declared day), and set
// beside what each of the page's own declarations would score alone (og:title, the JSON-LD
// headline, the first <h1>, <title> with and without a site name cut), so that a miss shows which
// declaration the page had right.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { parseHtml } from '../../src/html/metadata.ts';
import { splitSiteName } from '../../src/normalize/headline.ts';
import { isBylineJudged, judgedByline } from './judged-bylines.ts';
import { judgedDay } from './judged-dates.ts';
import { declaredDay, dumpText, sameByline, sameHeadline, type Scored } from './measure.ts';

/**
 * The titles judged where evaldata.json's is not the page's headline: a misspelling the page
 * writes nowhere, another version's headline, the <title> with the site's name
 * (trafilatura-judged-headlines.json; `titles`: either of two the page gives is right).
 */
const JUDGED_TITLES = (
  JSON.parse(
    readFileSync(path.join(import.meta.dirname, 'trafilatura-judged-headlines.json'), 'utf8'),
  ) as { pages: Record<string, { title?: string; titles?: string[]; kind: string; why: string }> }
).pages;

export interface DeclaredScores {
  /**
   * Headlines against evaldata.json's title; `judged`: how many pages' titles are judged
   * (trafilatura-judged-headlines.json), `rightJudged`: right against the titles as judged.
   */
  headline: { pages: number; right: number; accuracy: number; judged: number; rightJudged: number };
  byline: { pages: number; right: number; accuracy: number };
  /**
   * Bylines against the authors judged where evaldata.json's is not the page's
   * (trafilatura-judged-bylines.json): pages whose judged author is a name, how many are right,
   * and how many pages are judged.
   */
  bylineJudged: { pages: number; right: number; judged: number };
  /**
   * Dates against evaldata.json's day; `judged`: the wrong ones against the day judged where the
   * page declares another (trafilatura-judged-dates.json), and how many pages are judged.
   */
  date: { declared: number; found: number; wrong: number; judged: number; wrongJudged: number };
  /** Each of the page's own title declarations scored alone: right / pages declaring it. */
  sources: Record<TitleSource, { declared: number; right: number }>;
  misses: DeclaredMiss[];
}

export interface DeclaredMiss {
  path: string;
  field: 'headline' | 'byline' | 'date';
  expected: string;
  got: string | null;
  /** Headlines: the page's own title declarations. */
  sources?: Partial<Record<TitleSource, string>>;
}

export const TITLE_SOURCES = [
  'og:title',
  'json-ld headline',
  'first <h1>',
  '<title>',
  '<title> site cut',
] as const;
export type TitleSource = (typeof TITLE_SOURCES)[number];

/**
 * trafilatura's author fields join names with "und", ";" or "&" and may open with "Von" ("Von
 * Roland Brockmann und Sebastian Drescher"): read as sameByline reads "A and B", a list.
 */
function listed(author: string): string {
  return author
    .replace(/^\s*von\s+/i, '')
    .replace(/\s*(?:;|&|\s(?:und|and)\s)\s*/gi, ', ')
    .trim();
}

/** A page's title declarations, as written (whitespace collapsed). */
export function titleSources(html: string): Partial<Record<TitleSource, string>> {
  const tree = parseHtml(html);
  const out: Partial<Record<TitleSource, string>> = {};
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
  const walk = (node: Nodes) => {
    if (node.type === 'element') visit(node);
    if (node.type === 'element' || node.type === 'root') {
      for (const child of node.children) walk(child as Nodes);
    }
  };
  const take = (source: TitleSource, value: string | null) => {
    const text = flat(value ?? '');
    if (text && out[source] === undefined) out[source] = text;
  };
  const visit = (el: Element) => {
    const p = el.properties;
    if (el.tagName === 'title') take('<title>', toText(el));
    if (el.tagName === 'h1') take('first <h1>', toText(el));
    if (el.tagName === 'meta' && String(p.property ?? p.name ?? '') === 'og:title') {
      take('og:title', String(p.content ?? ''));
    }
    if (el.tagName === 'script' && String(p.type ?? '').includes('ld+json')) {
      take('json-ld headline', jsonLdHeadline(toText(el)));
    }
  };
  walk(tree as Root);
  if (out['<title>']) out['<title> site cut'] = splitSiteName(out['<title>']).headline;
  return out;
}

/** The first "headline" string anywhere in a JSON-LD block, or null. */
function jsonLdHeadline(text: string): string | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const find = (v: unknown): string | null => {
    if (Array.isArray(v)) {
      for (const x of v) {
        const found = find(x);
        if (found) return found;
      }
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.headline === 'string' && o.headline.trim()) return o.headline.trim();
      return find(Object.values(o));
    }
    return null;
  };
  return find(json);
}

type Tally<T> = Omit<T, 'accuracy'>;

/** What scoreDeclared counts, before the accuracies are worked out. */
interface DeclaredTally {
  headline: Tally<DeclaredScores['headline']>;
  byline: Tally<DeclaredScores['byline']>;
  bylineJudged: DeclaredScores['bylineJudged'];
  date: DeclaredScores['date'];
  sources: DeclaredScores['sources'];
  misses: DeclaredMiss[];
}

export function scoreDeclared(extractions: Scored[]): DeclaredScores {
  const share = (right: number, n: number) => Math.round((n ? right / n : 0) * 1000) / 1000;
  const tally: DeclaredTally = {
    headline: { pages: 0, right: 0, judged: 0, rightJudged: 0 },
    byline: { pages: 0, right: 0 },
    bylineJudged: { pages: 0, right: 0, judged: 0 },
    date: { declared: 0, found: 0, wrong: 0, judged: 0, wrongJudged: 0 },
    sources: Object.fromEntries(
      TITLE_SOURCES.map((s) => [s, { declared: 0, right: 0 }]),
    ) as DeclaredScores['sources'],
    misses: [],
  };
  for (const e of extractions) {
    const meta = e.page.meta;
    if (!meta) continue;
    if (meta.title) tallyHeadline(tally, e, meta.title);
    if (meta.byline) tallyByline(tally, e, meta.byline);
    // evaldata.json's day as the dump bench reads it (evaldataDay: "2022-29-11" is 29 November).
    const day = e.page.declaredDate ?? declaredDay(meta.publishedTime);
    if (day) tallyDate(tally, e, day);
  }
  const { headline, byline, bylineJudged, date, sources, misses } = tally;
  return {
    headline: { ...headline, accuracy: share(headline.right, headline.pages) },
    byline: { ...byline, accuracy: share(byline.right, byline.pages) },
    bylineJudged,
    date,
    sources,
    misses,
  };
}

/** The headline of a page declaring `title`, and each of its own title declarations alone. */
function tallyHeadline(tally: DeclaredTally, e: Scored, title: string): void {
  const { headline, sources } = tally;
  headline.pages++;
  const got = e.doc?.title ?? null;
  const declared = titleSources(dumpText(e));
  for (const s of TITLE_SOURCES) {
    const value = declared[s];
    if (value === undefined) continue;
    sources[s].declared++;
    if (sameHeadline(title, value)) sources[s].right++;
  }
  const judged = JUDGED_TITLES[e.page.name];
  if (judged) headline.judged++;
  const titles = judged ? (judged.titles ?? [judged.title ?? '']) : [title];
  if (titles.some((t) => sameHeadline(t, got))) headline.rightJudged++;
  if (sameHeadline(title, got)) headline.right++;
  else {
    tally.misses.push({
      path: e.page.path,
      field: 'headline',
      expected: title,
      got,
      sources: declared,
    });
  }
}

/** The byline of a page declaring `author`, against it and against the author judged. */
function tallyByline(tally: DeclaredTally, e: Scored, author: string): void {
  const { byline, bylineJudged } = tally;
  byline.pages++;
  const got = e.doc?.byline ?? null;
  const same = (name: string) => sameByline(listed(name), got === null ? null : listed(got));
  if (same(author)) byline.right++;
  else tally.misses.push({ path: e.page.path, field: 'byline', expected: author, got });
  if (isBylineJudged(e.page.name)) bylineJudged.judged++;
  const judged = judgedByline(e.page.name, author);
  if (judged !== null) {
    bylineJudged.pages++;
    if (same(judged)) bylineJudged.right++;
  }
}

/** The date of a page declaring `day`, against it and against the day judged. */
function tallyDate(tally: DeclaredTally, e: Scored, day: string): void {
  const { date } = tally;
  date.declared++;
  const got = e.doc?.date?.value ?? null;
  if (got) date.found++;
  if (got && got !== day) date.wrong++;
  const judged = judgedDay(e.page.name, day);
  if (judged !== day) date.judged++;
  if (got && got !== judged) date.wrongJudged++;
  if (got !== day) tally.misses.push({ path: e.page.path, field: 'date', expected: day, got });
}

/**
 * The headline misses worth reading first: those where one of the page's own declarations is
 * right (a rule chose the wrong one), then the rest; by path within each.
 */
export function worstHeadlines(misses: DeclaredMiss[], count: number): DeclaredMiss[] {
  const fixable = (m: DeclaredMiss) =>
    Object.values(m.sources ?? {}).some((v) => sameHeadline(m.expected, v)) ? 0 : 1;
  return misses
    .filter((m) => m.field === 'headline')
    .sort((a, b) => fixable(a) - fixable(b) || (a.path < b.path ? -1 : 1))
    .slice(0, count);
}
