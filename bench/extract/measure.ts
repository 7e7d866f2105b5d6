// The measure of article extraction from full-page text dumps: the project's normalize stage is
// run on each dump of a web page (w3m, lynx or html2text output) as if it were an input file,
// and what it publishes is scored against the page's known article. One implementation, read
// by the bench (bench/extract/run.ts, full corpora) and by the gate
// (test/quality/extract-gate.test.ts, the committed sample in test/web-pages).
//
// Both corpora are read in the layout of ../shared/corpora/web-pages (see its README.md):
//   readability/<case>/{w3m,lynx,html2text}.txt, expected.html, expected-metadata.json
//   trafilatura/evaldata.json, trafilatura/text/{w3m,lynx,html2text}/<file minus .html>.txt

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { findDate } from '../../src/normalize/dates.ts';
import { defaultOptions } from '../../src/options.ts';
import { judgedDay } from './judged-dates.ts';
import { foldDump, printsDay } from './printed-day.ts';
import { sizeLimit } from '../../src/size-limit.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';

export const TOOLS = ['w3m', 'lynx', 'html2text'] as const;
export type Tool = (typeof TOOLS)[number];
export type CorpusKind = 'readability' | 'trafilatura';

// ---------------------------------------------------------------------------------------------
// The ScrapingHub article-extraction benchmark's measure (evaluate.py in
// github.com/scrapinghub/article-extraction-benchmark), ported line for line:
// - tokens are \w+ runs. Python's re \w is Unicode-aware on str, so the port is
//   /[\p{L}\p{N}_]+/gu (JavaScript's \w is ASCII only and would split "Straße" or "東京").
//   Case is kept, as there.
// - a text is a bag (multiset) of 4-token shingles; a text shorter than 4 tokens is one shorter
//   shingle, an empty text none (range(max(1, len - n + 1)) and `if shingle`).
// - per page tp/fp/fn are the shared / extra / missing shingle counts, divided by their sum
//   (so that long pages weigh no more than short ones; P and R are unchanged by it).
// - precision(tp, fp, fn) is 1 when fp = fn = 0, 0 when tp = fp = 0, else tp / (tp + fp);
//   recall likewise with fn. Precision is averaged over the pages where tp + fp > 0 (something
//   was extracted), recall over the pages where tp + fn > 0 (the reference is not empty), and F1
//   is taken from the two averages.

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const toks = tokens(text);
  const bag = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const shingle = toks.slice(i, i + n);
    if (shingle.length === 0) continue;
    // U+0001 cannot be in a token, so joined shingles are as distinct as tuples.
    const key = shingle.join('\u0001');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

export interface Match {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(reference: string, extracted: string): Match {
  const truth = shingles(reference);
  const pred = shingles(extracted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...pred.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precisionOf({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Averages over pages as evaluate.py does (see the top). */
export function averagePrf(matches: Match[]): Prf {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(precisionOf));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** F1 of one page, for ranking the worst pages (0 when nothing was extracted). */
function pageF1(m: Match): number {
  const p = precisionOf(m);
  const r = recallOf(m);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

// ---------------------------------------------------------------------------------------------
// Reference text and extracted text.

/** Elements whose content is not text a reader sees. */
const HIDDEN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg']);
/** Inline elements: their boundaries do not separate words ("<b>Ber</b>lin" is one word). */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em font i kbd mark q s samp small span strong sub sup time tt u var'.split(
    ' ',
  ),
);

/**
 * The text of an HTML fragment (Readability's expected.html), parsed with htmlparser2, entities
 * decoded. Every non-inline tag ends a word, so "<p>end</p><p>Start" does not glue two tokens
 * into one, which would cost the shingles around it.
 */
export function htmlText(html: string): string {
  const out: string[] = [];
  let hidden = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (HIDDEN.has(name)) hidden++;
        if (!INLINE.has(name)) out.push('\n');
      },
      onclosetag(name) {
        if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
        if (!INLINE.has(name)) out.push('\n');
      },
      ontext(text) {
        if (!hidden) out.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return out
    .join('')
    .replace(/[ \t\u00A0]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/**
 * The article text the archive publishes for a doc, title left out: the standfirst, printed
 * under the headline as the article's lead (templates/article.njk), then the body blocks
 * (paragraphs and subheadings). Byline, date and source are printed as metadata, not as text.
 */
export function publishedBody(doc: NormalizedDoc): string {
  return [doc.standfirst ?? '', ...doc.blocks.map((b) => b.text)].filter(Boolean).join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Metadata rules.

/**
 * Case-folded, whitespace collapsed, punctuation and symbols cut from both ends, typographic
 * quotes made straight (buzzfeed-1's metadata writes "Burned Her Up" where the page prints
 * “Burned Her Up”: the same headline).
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/**
 * Headline (and byline) rule: after fold(), right when the two are equal, or when one contains
 * the other and the shorter is at least 80% as long as the longer ("Foo bar" for "Foo bar |
 * Site" passes only when the site's name is short; a one-word fragment of a headline does not).
 */
export function sameHeadline(expected: string, got: string | null): boolean {
  if (got === null) return false;
  const a = fold(expected);
  const b = fold(got);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= 0.8 * long.length;
}

/** A dump's non-empty lines, with html2text's heading marks, emphasis and list bullets cut. */
function dumpLines(dump: string): string[] {
  return dump
    .split('\n')
    .map((l) =>
      l
        .trim()
        .replace(/^(?:#{1,6}|[•*□+-])\s+/u, '')
        .replace(/\*\*|__/g, ''),
    )
    .filter(Boolean);
}

/**
 * The dump prints the title: a line, or two adjacent lines (a wrapped headline), is the same
 * headline by sameHeadline, after html2text's heading marks, emphasis and list bullets are cut.
 * On the other pages no reader of the text can find the headline (the <title> is not printed).
 */
export function printsTitle(dump: string, title: string): boolean {
  const lines = dumpLines(dump);
  return lines.some(
    (line, i) =>
      line.length <= 400 &&
      (sameHeadline(title, line) || sameHeadline(title, `${line} ${lines[i + 1] ?? ''}`)),
  );
}

/** The dump prints the day (YYYY-MM-DD) on some line, as the archive's date reader reads dates. */
export function showsDate(dump: string, day: string): boolean {
  return dump.split('\n').some((line) => line.length <= 400 && findDate(line)?.value === day);
}

/**
 * Bylines by the same rule, after a leading "By" or "Written by" is dropped from both ("By Jane
 * Doe"), on the expected byline's first line only: Readability's byline node often carries the
 * dateline or an editor under the name ("By Nathan Willis\n March 25, 2015", lwn-1; "Written by
 * Rob Ewaschuk\n Edited by Betsy Beyer", google-sre-book-1; "By\n Scott Cunningham", iab-1). "A and
 * B" is "A, B".
 */
export function sameByline(expected: string, got: string | null): boolean {
  const strip = (s: string) =>
    (s.replace(/^\s*(?:written\s+)?by[\s:]+/i, '').split('\n')[0] ?? '').replace(
      /\s+and\s+/g,
      ', ',
    );
  return got !== null && sameHeadline(strip(expected), strip(got));
}

/**
 * The dump prints the declared byline's name (its first line, "By" dropped) somewhere, folded
 * as headlines are: a reader of the text can find it. Readability's "Contributors to Wikimedia
 * projects" or "Follow Author" are metadata no dump prints.
 */
export function printsByline(dump: string, byline: string): boolean {
  const name = fold((byline.split('\n')[0] ?? '').replace(/^\s*by[\s:]+/i, ''));
  return name.length > 0 && fold(dump).includes(name);
}

/** Collapsed whitespace, NFKC: snippets span the dumps' line wraps. */
function flat(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Reading the pages.

export interface Page {
  corpus: CorpusKind;
  /** Case name (Readability) or evaldata file name (trafilatura). */
  name: string;
  /** The dump, relative to the web-pages folder. */
  path: string;
  bytes: Buffer;
  /** Readability: the article's text (expected.html) and metadata. */
  reference?: string;
  meta?: { title: string | null; byline: string | null; publishedTime: string | null };
  /** trafilatura: snippets a good extraction must contain / must not. */
  with?: string[];
  without?: string[];
  /** trafilatura: the title its evaldata.json declares (823 of the 884 pages), or null. */
  declaredTitle?: string | null;
  /** trafilatura: the day its evaldata.json declares (704 of the 884 pages), or null. */
  declaredDate?: string | null;
}

export function readabilityPages(root: string, tool: Tool, limit = Infinity): Page[] {
  const dir = path.join(root, 'readability');
  if (!existsSync(dir)) return [];
  const cases = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .filter((name) => existsSync(path.join(dir, name, `${tool}.txt`)))
    .slice(0, limit);
  return cases.map((name) => {
    const meta = JSON.parse(
      readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8'),
    ) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
    return {
      corpus: 'readability',
      name,
      path: `readability/${name}/${tool}.txt`,
      bytes: readFileSync(path.join(dir, name, `${tool}.txt`)),
      reference: htmlText(readFileSync(path.join(dir, name, 'expected.html'), 'utf8')),
      meta: {
        title: str(meta.title),
        byline: str(meta.byline),
        publishedTime: str(meta.publishedTime),
      },
    };
  });
}

export interface EvalEntry {
  file: string;
  with: string[];
  without: string[];
  /** Declared for most pages (823 of the 884 here): the page's title, author(s) and date. */
  title?: string;
  author?: string;
  date?: string;
}

/** trafilatura's pages sorted by file name; entries whose dump is missing are skipped. */
export function trafilaturaPages(root: string, tool: Tool, limit = Infinity): Page[] {
  const dir = path.join(root, 'trafilatura');
  const evaldata = path.join(dir, 'evaldata.json');
  if (!existsSync(evaldata)) return [];
  const entries = Object.values(
    JSON.parse(readFileSync(evaldata, 'utf8')) as Record<string, EvalEntry>,
  )
    .map((e) => ({ ...e, rel: `trafilatura/text/${tool}/${e.file.replace(/\.html?$/, '')}.txt` }))
    .filter((e) => existsSync(path.join(root, e.rel)))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .slice(0, limit);
  return entries.map((e) => ({
    corpus: 'trafilatura',
    name: e.file,
    path: e.rel,
    bytes: readFileSync(path.join(root, e.rel)),
    with: e.with ?? [],
    without: e.without ?? [],
    declaredTitle: typeof e.title === 'string' && e.title.trim() ? e.title : null,
    declaredDate: evaldataDay(e.date),
  }));
}

// ---------------------------------------------------------------------------------------------
// Normalizing as a build does.

export interface Extraction {
  page: Page;
  /** null when ingest rejected the file (too large, empty, binary). */
  doc: NormalizedDoc | null;
  rejected: string | null;
  /** The text as read (the baseline: the page's text unchanged). */
  text: string;
  /** What the archive publishes: '' when the build would reject the file. */
  body: string;
  /** Time of normalize() alone, ms. */
  ms: number;
  /** Time of readInputFile() (decoding the bytes as ingest does), ms: with `ms`, the wall time. */
  readMs: number;
}

/**
 * What the scores read of an extraction: the page, the text as read, the published body and
 * the metadata. Narrower than Extraction so that a peer extractor (bench/extract/peer.ts,
 * Mozilla Readability) is scored by the very same code.
 */
export type Scored = Pick<Extraction, 'page' | 'text' | 'body'> & {
  doc: Pick<NormalizedDoc, 'title' | 'byline' | 'date'> | null;
};

/**
 * The text the scores look for what a page prints in: the text as read, or the page's bytes as
 * UTF-8 where the read gave none (a rejected file).
 */
export function dumpText(e: Pick<Scored, 'page' | 'text'>): string {
  return e.text || e.page.bytes.toString('utf8');
}

/**
 * Reads every page as ingest does (readInputFile, with the build's default size limits), profiles
 * them together as one build over a folder of them would (corpusProfile: recurring lines and
 * word counts), then normalizes each one, timing normalize() alone.
 */
export function extract(pages: Page[]): { extractions: Extraction[]; profileMs: number } {
  const read = pages.map((page) => {
    const format = /\.html?$/i.test(page.path) ? 'html' : 'text';
    const limit = sizeLimit(format, defaultOptions.maxFileSize);
    if (page.bytes.length > limit) {
      return {
        page,
        file: null,
        rejected: `larger than ${limit} bytes`,
        readMs: 0,
      };
    }
    const t0 = performance.now();
    const file = readInputFile(page.path, page.bytes);
    const readMs = performance.now() - t0;
    return 'reason' in file
      ? { page, file: null, rejected: file.reason, readMs }
      : { page, file: file as InputFile, rejected: null, readMs };
  });
  const files = read.flatMap((r) => (r.file ? [r.file] : []));
  const started = performance.now();
  const context = corpusProfile(files);
  const profileMs = performance.now() - started;
  // One untimed run first: the first normalize() in a process pays for loading and compiling
  // (300 ms on the sample's first page against a 10 ms median), which is not a per-file cost.
  if (files[0]) normalize(files[0], context);
  const extractions = read.map(({ page, file, rejected, readMs }): Extraction => {
    if (!file) return { page, doc: null, rejected, text: '', body: '', ms: 0, readMs };
    const t0 = performance.now();
    const doc = normalize(file, context);
    const ms = performance.now() - t0;
    // src/build.ts rejects a doc left with neither blocks nor title: nothing is published.
    const published = doc.blocks.length > 0 || doc.title !== null;
    return {
      page,
      doc,
      rejected: null,
      text: file.text,
      body: published ? publishedBody(doc) : '',
      ms,
      readMs,
    };
  });
  return { extractions, profileMs };
}

// ---------------------------------------------------------------------------------------------
// Scores.

export interface WorstPage {
  path: string;
  f1: number;
  precision: number;
  recall: number;
}

export interface ReadabilityScores extends Prf {
  pages: number;
  /** The same measure with the whole dump as the body. */
  baseline: Prf;
  /**
   * The same over the news-like pages only (expected metadata declares a byline and a
   * publishedTime): the rest are mostly Readability's feature tests (a few lines of lorem
   * ipsum), where taking the only line for a headline costs a whole page.
   */
  newsLike: Prf & { pages: number; baseline: Prf };
  /** Pages where nothing was published (counted in recall as 0, left out of precision). */
  empty: number;
  headline: {
    pages: number;
    right: number;
    accuracy: number;
    /** Pages whose dump prints the expected title as a line (or two wrapped lines). */
    printed: number;
    /** Of those, the pages whose headline is right. */
    printedRight: number;
  };
  byline: {
    pages: number;
    right: number;
    accuracy: number;
    /** Of the pages declaring a byline, those whose dump prints the name (printsByline). */
    printed: number;
    printedRight: number;
    /** Pages declaring a byline given another one: the precision's misses. */
    wrong: number;
    /** Bylines given at all on pages that declare one (right + wrong). */
    given: number;
  };
  date: {
    /** Pages whose expected publishedTime exists. */
    declared: number;
    found: number;
    /** Found, but not the declared calendar day (a month or year alone counts as wrong). */
    wrong: number;
    /** Of the wrong, those whose month or year agrees with the declared day. */
    coarser: number;
    /** Of the declared, pages whose dump prints that day on a line (findDate reads it). */
    shown: number;
    /** Of those, the pages given a date (right or wrong). */
    shownFound: number;
    /** Pages without a declared date that were given one anyway. */
    undeclared: number;
    /**
     * Of those, the pages given a date anyway. Not all wrong: a page may print a date its
     * metadata does not declare (blogger, v8-blog), but it is where dates from footers
     * ("Updated JULY 7, 2023" terms of service) show up.
     */
    datedAnyway: number;
  };
  worst: WorstPage[];
}

export interface SnippetScores {
  /** Share of `with` snippets found in the text. */
  withFound: number;
  /** Share of `without` snippets absent from it. */
  withoutAbsent: number;
  mean: number;
  /** trafilatura's own reading of the same counts: with found = TP, without present = FP. */
  precision: number;
  recall: number;
  f1: number;
}

export interface TrafilaturaScores {
  pages: number;
  snippets: { with: number; without: number };
  extracted: SnippetScores;
  baseline: SnippetScores;
  empty: number;
  /**
   * Headlines against the title trafilatura's evaldata.json declares, by sameHeadline: pages
   * declaring one, right, and of the pages whose dump prints it (printsTitle), right.
   */
  headline: { pages: number; right: number; printed: number; printedRight: number };
  /** Dates against the day evaldata.json declares (TrafilaturaDates). */
  date: TrafilaturaDates;
  worst: { path: string; withFound: number; withoutAbsent: number }[];
}

/**
 * Dates on trafilatura's pages against the declared day. "Shown": the dump prints that day
 * (printsDay, bench/extract/printed-day.ts, its own detector, not the archive's reader).
 */
export interface TrafilaturaDates {
  declared: number;
  /** Given a date (right or wrong). */
  found: number;
  /** Given a date that is not the declared day (a month alone counts as wrong). */
  wrong: number;
  /** Of the wrong, those on pages that print the declared day too: the reader picked another. */
  wrongShown: number;
  /** Of the declared, the pages whose dump prints that day; of those, given a date; given it. */
  shown: number;
  shownFound: number;
  shownRight: number;
  /** Pages declaring no date, and of those the pages given one anyway. */
  undeclared: number;
  datedAnyway: number;
  /**
   * Against the days as judged (judged-dates.ts): pages whose day is judged, and the dates given
   * that are not the judged day (found is the same).
   */
  judged: number;
  wrongJudged: number;
}

export interface Timing {
  files: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  slowest: string;
  profileMs: number;
}

const round = (x: number) => Math.round(x * 10000) / 10000;

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

export function timing(extractions: Extraction[], profileMs: number): Timing {
  const done = extractions.filter((e) => e.doc);
  const ms = done.map((e) => e.ms).sort((a, b) => a - b);
  const slowest = done.reduce<Extraction | null>((a, b) => (!a || b.ms > a.ms ? b : a), null);
  return {
    files: done.length,
    medianMs: round(quantile(ms, 0.5)),
    p95Ms: round(quantile(ms, 0.95)),
    maxMs: round(ms.at(-1) ?? 0),
    slowest: slowest?.page.path ?? '',
    profileMs: round(profileMs),
  };
}

/** Wall time per page, for comparing extractors page for page: median and mean, ms. */
export interface WallTiming {
  pages: number;
  medianMs: number;
  meanMs: number;
}

export function wallTiming(ms: number[]): WallTiming {
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : 0;
  return { pages: sorted.length, medianMs: round(quantile(sorted, 0.5)), meanMs: round(mean) };
}

function roundPrf(p: Prf): Prf {
  return { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1) };
}

/**
 * The day a page declares as published, as written: ISO 8601 starts with the calendar day in the
 * page's own zone. Null when nothing (or no full day) is declared.
 */
export function declaredDay(publishedTime: string | null | undefined): string | null {
  return /^\d{4}-\d{2}-\d{2}/.exec(publishedTime ?? '')?.[0] ?? null;
}

/**
 * The day trafilatura's evaldata.json declares. Two entries write it year, day, month
 * ("2022-29-11", dvg.de; "2022-25-10", urania.de: both pages print that day as 29.11. and
 * 25.10.): a middle field over 12 is read as the day.
 */
export function evaldataDay(date: string | undefined): string | null {
  const day = declaredDay(date);
  const swapped = day ? /^(\d{4})-(1[3-9]|[23]\d)-(\d{2})$/.exec(day) : null;
  return swapped ? `${swapped[1]}-${swapped[3]}-${swapped[2]}` : day;
}

export function scoreReadability(extractions: Scored[], worstCount = 10): ReadabilityScores {
  const matches = extractions.map((e) => shingleMatch(e.page.reference ?? '', e.body));
  const baseline = extractions.map((e) => shingleMatch(e.page.reference ?? '', dumpText(e)));
  const news = extractions.flatMap((e, i) =>
    e.page.meta?.byline && e.page.meta.publishedTime ? [i] : [],
  );
  return {
    pages: extractions.length,
    ...roundPrf(averagePrf(matches)),
    baseline: roundPrf(averagePrf(baseline)),
    newsLike: {
      pages: news.length,
      ...roundPrf(averagePrf(news.map((i) => matches[i] as Match))),
      baseline: roundPrf(averagePrf(news.map((i) => baseline[i] as Match))),
    },
    empty: extractions.filter((e) => !e.body.trim()).length,
    headline: readabilityHeadlines(extractions),
    byline: readabilityBylines(extractions),
    date: readabilityDates(extractions),
    worst: worstPages(extractions, matches, worstCount),
  };
}

/** Right pages over pages, rounded (0 for none). */
const accuracy = (right: number, pages: number) => round(pages ? right / pages : 0);

/** The expected titles against the headlines given (ReadabilityScores.headline). */
function readabilityHeadlines(extractions: Scored[]): ReadabilityScores['headline'] {
  let pages = 0;
  let right = 0;
  let printed = 0;
  let printedRight = 0;
  for (const e of extractions) {
    const title = e.page.meta?.title;
    if (!title) continue;
    pages++;
    const same = sameHeadline(title, e.doc?.title ?? null);
    if (same) right++;
    if (printsTitle(dumpText(e), title)) {
      printed++;
      if (same) printedRight++;
    }
  }
  return { pages, right, accuracy: accuracy(right, pages), printed, printedRight };
}

/** The expected bylines against the bylines given (ReadabilityScores.byline). */
function readabilityBylines(extractions: Scored[]): ReadabilityScores['byline'] {
  let pages = 0;
  let right = 0;
  const by = { printed: 0, printedRight: 0, wrong: 0, given: 0 };
  for (const e of extractions) {
    const byline = e.page.meta?.byline;
    if (!byline) continue;
    pages++;
    const got = e.doc?.byline ?? null;
    const same = sameByline(byline, got);
    if (same) right++;
    if (got !== null) by.given++;
    if (got !== null && !same) by.wrong++;
    if (printsByline(dumpText(e), byline)) {
      by.printed++;
      if (same) by.printedRight++;
    }
  }
  return { pages, right, accuracy: accuracy(right, pages), ...by };
}

/** The expected publishedTime's day against the dates given (ReadabilityScores.date). */
function readabilityDates(extractions: Scored[]): ReadabilityScores['date'] {
  const date = {
    declared: 0,
    found: 0,
    wrong: 0,
    coarser: 0,
    shown: 0,
    shownFound: 0,
    undeclared: 0,
    datedAnyway: 0,
  };
  for (const e of extractions) {
    const meta = e.page.meta;
    if (!meta) continue;
    const got = e.doc?.date?.value ?? null;
    const day = declaredDay(meta.publishedTime);
    if (!day) {
      date.undeclared++;
      if (got) date.datedAnyway++;
      continue;
    }
    date.declared++;
    const shown = showsDate(dumpText(e), day);
    if (shown) date.shown++;
    if (shown && got) date.shownFound++;
    if (got) {
      date.found++;
      if (got !== day) {
        date.wrong++;
        if (day.startsWith(got)) date.coarser++;
      }
    }
  }
  return date;
}

/** The `count` pages of lowest body F1 (ties by path). */
function worstPages(extractions: Scored[], matches: Match[], count: number): WorstPage[] {
  return extractions
    .map((e, i) => {
      const m = matches[i] as Match;
      return {
        path: e.page.path,
        f1: round(pageF1(m)),
        precision: round(precisionOf(m)),
        recall: round(recallOf(m)),
      };
    })
    .sort((a, b) => a.f1 - b.f1 || (a.path < b.path ? -1 : 1))
    .slice(0, count);
}

function snippetCounts(pages: { text: string; page: Page }[]) {
  let withFound = 0;
  let withAll = 0;
  let withoutAbsent = 0;
  let withoutAll = 0;
  const perPage = pages.map(({ text, page }) => {
    const body = flat(text);
    const w = (page.with ?? []).map(flat).filter(Boolean);
    const wo = (page.without ?? []).map(flat).filter(Boolean);
    const found = w.filter((s) => body.includes(s)).length;
    const absent = wo.filter((s) => !body.includes(s)).length;
    withFound += found;
    withAll += w.length;
    withoutAbsent += absent;
    withoutAll += wo.length;
    return {
      path: page.path,
      withFound: w.length ? round(found / w.length) : 1,
      withoutAbsent: wo.length ? round(absent / wo.length) : 1,
    };
  });
  const tp = withFound;
  const fn = withAll - withFound;
  const fp = withoutAll - withoutAbsent;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const a = withAll ? withFound / withAll : 0;
  const b = withoutAll ? withoutAbsent / withoutAll : 0;
  const scores: SnippetScores = {
    withFound: round(a),
    withoutAbsent: round(b),
    mean: round((a + b) / 2),
    precision: round(precision),
    recall: round(recall),
    f1: round(precision + recall ? (2 * precision * recall) / (precision + recall) : 0),
  };
  return { scores, perPage, withAll, withoutAll };
}

/**
 * Snippet shares over all snippets of all pages (not per page): a snippet counts as found when
 * it occurs, whitespace collapsed and NFKC-normalized, case kept, in the text.
 */
export function scoreTrafilatura(extractions: Scored[], worstCount = 10): TrafilaturaScores {
  const got = snippetCounts(extractions.map((e) => ({ text: e.body, page: e.page })));
  const base = snippetCounts(extractions.map((e) => ({ text: dumpText(e), page: e.page })));
  const worst = got.perPage
    .sort(
      (a, b) =>
        a.withFound + a.withoutAbsent - (b.withFound + b.withoutAbsent) ||
        (a.path < b.path ? -1 : 1),
    )
    .slice(0, worstCount);
  return {
    pages: extractions.length,
    snippets: { with: got.withAll, without: got.withoutAll },
    extracted: got.scores,
    baseline: base.scores,
    empty: extractions.filter((e) => !e.body.trim()).length,
    headline: declaredHeadlines(extractions),
    date: declaredDates(extractions),
    worst,
  };
}

/** trafilatura's declared titles against the headlines given (TrafilaturaScores.headline). */
function declaredHeadlines(extractions: Scored[]): TrafilaturaScores['headline'] {
  const out = { pages: 0, right: 0, printed: 0, printedRight: 0 };
  for (const e of extractions) {
    const title = e.page.declaredTitle;
    if (!title) continue;
    out.pages++;
    const right = sameHeadline(title, e.doc?.title ?? null);
    if (right) out.right++;
    if (printsTitle(dumpText(e), title)) {
      out.printed++;
      if (right) out.printedRight++;
    }
  }
  return out;
}

/** trafilatura's declared days against the dates given (TrafilaturaScores.date). */
function declaredDates(extractions: Scored[]): TrafilaturaDates {
  const out: TrafilaturaDates = {
    declared: 0,
    found: 0,
    wrong: 0,
    wrongShown: 0,
    shown: 0,
    shownFound: 0,
    shownRight: 0,
    undeclared: 0,
    datedAnyway: 0,
    judged: 0,
    wrongJudged: 0,
  };
  for (const e of extractions) {
    const day = e.page.declaredDate;
    const got = e.doc?.date?.value ?? null;
    if (!day) {
      out.undeclared++;
      if (got) out.datedAnyway++;
      continue;
    }
    out.declared++;
    const shown = printsDay(foldDump(dumpText(e)), day);
    if (got) out.found++;
    if (got && got !== day) out.wrong++;
    if (got && got !== day && shown) out.wrongShown++;
    const judged = judgedDay(e.page.name, day);
    if (judged !== day) out.judged++;
    if (got && got !== judged) out.wrongJudged++;
    if (shown) out.shown++;
    if (shown && got) out.shownFound++;
    if (shown && got === day) out.shownRight++;
  }
  return out;
}

/** A trafilatura page whose date is missed or wrong (`npm run bench:extract -- --dates`). */
export interface DateMiss {
  path: string;
  expected: string;
  got: string | null;
  /** The line the date was read from. */
  from: string | null;
  /** The dump prints the declared day (printsDay); the dump prints the day given. */
  shown: boolean;
  gotShown: boolean;
}

/** trafilatura's pages declaring a day that were given another date or none. */
export function declaredDateMisses(extractions: Scored[]): DateMiss[] {
  return extractions.flatMap((e) => {
    const expected = e.page.declaredDate;
    const got = e.doc?.date?.value ?? null;
    if (!expected || got === expected) return [];
    const folded = foldDump(dumpText(e));
    return [
      {
        path: e.page.path,
        expected,
        got,
        from: e.doc?.date?.from ?? null,
        shown: printsDay(folded, expected),
        gotShown: got !== null && printsDay(folded, got),
      },
    ];
  });
}

/**
 * trafilatura's pages whose headline is not their declared title, as metadataMisses lists
 * Readability's headlines (field 'headline', printed by howPrinted).
 */
export function declaredTitleMisses(extractions: Scored[]): MetadataRow[] {
  return extractions.flatMap((e) => {
    const title = e.page.declaredTitle;
    const got = e.doc?.title ?? null;
    if (!title || sameHeadline(title, got)) return [];
    const dump = dumpText(e);
    const printed = howPrinted(dump, title);
    return [{ path: e.page.path, field: 'headline' as const, expected: title, got, printed }];
  });
}

// ---------------------------------------------------------------------------------------------
// The whole measure.

export interface ToolReport {
  tool: Tool;
  readability: (ReadabilityScores & { timing: Timing }) | null;
  trafilatura: (TrafilaturaScores & { timing: Timing }) | null;
}

/**
 * The extractions of the pages `only` keeps. Filtered after extract(), so that the corpus
 * profile (recurring lines, word counts) is still taken over the whole corpus, as a build over
 * the folder would take it: a subset's figures are those pages' figures in the full run.
 */
export function keep(
  run: { extractions: Extraction[]; profileMs: number },
  only?: (page: Page) => boolean,
): { extractions: Extraction[]; profileMs: number } {
  return only ? { ...run, extractions: run.extractions.filter((e) => only(e.page)) } : run;
}

/**
 * Measures each tool's dumps under `root` (a web-pages folder). Each corpus of each tool is one
 * build's input: the corpus profile is taken over that corpus's dumps by that tool, as a build
 * over a folder holding them would take it.
 */
export function measure(
  root: string,
  options: {
    tools?: readonly Tool[];
    limit?: number;
    worst?: number;
    /** Score only the pages it keeps (bench:extract --news); all are still extracted. */
    only?: (page: Page) => boolean;
  } = {},
): ToolReport[] {
  const { tools = TOOLS, limit = Infinity, worst = 10, only } = options;
  return tools.map((tool) => {
    const rPages = readabilityPages(root, tool, limit);
    const tPages = trafilaturaPages(root, tool, limit);
    const r = rPages.length ? keep(extract(rPages), only) : null;
    const t = tPages.length ? keep(extract(tPages), only) : null;
    return {
      tool,
      readability: r
        ? { ...scoreReadability(r.extractions, worst), timing: timing(r.extractions, r.profileMs) }
        : null,
      trafilatura: t
        ? { ...scoreTrafilatura(t.extractions, worst), timing: timing(t.extractions, t.profileMs) }
        : null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The gate's figures.

export interface Gated {
  value: number;
  /** A floor (min) or a ceiling (max). */
  kind: 'min' | 'max';
  /** A count of pages rather than a share. */
  count: boolean;
}

/** A share held as a floor (less FLOOR_MARGIN when pinned). */
export const gatedShare = (value: number): Gated => ({ value, kind: 'min', count: false });
/** A page count held as a floor, pinned as measured. */
export const gatedAtLeast = (value: number): Gated => ({ value, kind: 'min', count: true });
/** A page count held as a ceiling (wrong dates), pinned as measured. */
export const gatedAtMost = (value: number): Gated => ({ value, kind: 'max', count: true });

/**
 * The figures the gate holds, by "tool.corpus.figure": shares (body P/R/F1, snippets) are
 * floors; metadata are page counts (headlines, bylines and dates right are floors, wrong dates
 * and dates given to undated pages ceilings), because on a sample of 19 pages one page is 5 points, and a margin
 * on a share would either hide a lost page or be no margin at all.
 */
export function gatedFigures(reports: ToolReport[]): Record<string, Gated> {
  const out: Record<string, Gated> = {};
  for (const r of reports) {
    const x = r.readability;
    if (x) {
      const k = `${r.tool}.readability`;
      out[`${k}.f1`] = gatedShare(x.f1);
      out[`${k}.precision`] = gatedShare(x.precision);
      out[`${k}.recall`] = gatedShare(x.recall);
      out[`${k}.headlinesRight`] = gatedAtLeast(x.headline.right);
      out[`${k}.bylinesRight`] = gatedAtLeast(x.byline.right);
      out[`${k}.bylinesWrong`] = gatedAtMost(x.byline.wrong);
      out[`${k}.datesFound`] = gatedAtLeast(x.date.found);
      out[`${k}.datesWrong`] = gatedAtMost(x.date.wrong);
      out[`${k}.undatedGivenDate`] = gatedAtMost(x.date.datedAnyway);
    }
    const t = r.trafilatura;
    if (t) {
      const k = `${r.tool}.trafilatura`;
      out[`${k}.withFound`] = gatedShare(t.extracted.withFound);
      out[`${k}.withoutAbsent`] = gatedShare(t.extracted.withoutAbsent);
      out[`${k}.snippetMean`] = gatedShare(t.extracted.mean);
      out[`${k}.headlinesRight`] = gatedAtLeast(t.headline.right);
      out[`${k}.datesRight`] = gatedAtLeast(t.date.found - t.date.wrong);
      out[`${k}.datesWrong`] = gatedAtMost(t.date.wrong);
      // Against the days judged page by page (trafilatura-judged-dates.json): beige.de's printed
      // "6.11.22" is its own day, evaldata's 7 November a UTC shift written nowhere.
      out[`${k}.datesWrongJudged`] = gatedAtMost(t.date.wrongJudged);
    }
  }
  return out;
}

/** Margin under a measured share when it is pinned as a floor (counts are pinned as measured). */
export const FLOOR_MARGIN = 0.01;

export type Floors = Record<string, { min?: number; max?: number }>;

/**
 * Floors from gated figures (the text gate's, gatedFigures, and the HTML gate's, htmlGated):
 * ceilings and page counts as measured, shares less FLOOR_MARGIN, rounded down to 3 places.
 */
export function floorsOf(gated: Record<string, Gated>): Floors {
  const out: Floors = {};
  for (const [key, g] of Object.entries(gated)) {
    if (g.kind === 'max') out[key] = { max: g.value };
    else if (g.count) out[key] = { min: g.value };
    else out[key] = { min: Math.max(0, Math.floor((g.value - FLOOR_MARGIN) * 1000) / 1000) };
  }
  return out;
}

/** The gated figures below their floor (or above their ceiling), as readable lines. */
export function missesOf(gated: Record<string, Gated>, floors: Floors): string[] {
  const misses: string[] = [];
  for (const [key, bound] of Object.entries(floors)) {
    const g = gated[key];
    if (!g) misses.push(`${key}: not measured`);
    else if (bound.min !== undefined && g.value < bound.min)
      misses.push(`${key} ${g.value} < ${bound.min}`);
    else if (bound.max !== undefined && g.value > bound.max)
      misses.push(`${key} ${g.value} > ${bound.max}`);
  }
  return misses;
}

/** Floors from measured figures (floorsOf). */
export function floorsFrom(reports: ToolReport[]): Floors {
  return floorsOf(gatedFigures(reports));
}

/** The figures below their floor (or above their ceiling), as readable lines. */
export function belowFloors(reports: ToolReport[], floors: Floors): string[] {
  return missesOf(gatedFigures(reports), floors);
}

// ---------------------------------------------------------------------------------------------
// The metadata listing (npm run bench:extract -- --headlines).

/** How the dump prints a page's expected title, as a reader of the text would find it. */
export type TitlePrinted = 'line' | 'wrapped' | 'with-site' | 'no';

/**
 * 'line': a line is the title (sameHeadline); 'wrapped': two adjacent lines are; 'with-site':
 * a line holds it with more after a separator (" | Site", " - Site"), too long for sameHeadline;
 * 'no': no line holds it (the <title> is not printed).
 */
export function howPrinted(dump: string, title: string): TitlePrinted {
  const lines = dumpLines(dump).filter((l) => l.length <= 400);
  if (lines.some((l) => sameHeadline(title, l))) return 'line';
  if (lines.some((l, i) => sameHeadline(title, `${l} ${lines[i + 1] ?? ''}`))) return 'wrapped';
  const folded = fold(title);
  if (folded && lines.some((l) => fold(l).includes(folded))) return 'with-site';
  return 'no';
}

export interface MetadataRow {
  path: string;
  field: 'headline' | 'byline' | 'date';
  expected: string;
  got: string | null;
  /** Headlines: how the dump prints the expected title. Dates: 'shown' or 'not shown'. */
  printed: string;
}

/** Every page whose headline, byline or date is wrong or missing, with how the dump prints it. */
export function metadataMisses(extractions: Scored[]): MetadataRow[] {
  const rows: MetadataRow[] = [];
  for (const e of extractions) {
    const meta = e.page.meta;
    if (!meta) continue;
    const dump = dumpText(e);
    const path = e.page.path;
    const title = e.doc?.title ?? null;
    if (meta.title && !sameHeadline(meta.title, title)) {
      rows.push({
        path,
        field: 'headline',
        expected: meta.title,
        got: title,
        printed: howPrinted(dump, meta.title),
      });
    }
    const byline = e.doc?.byline ?? null;
    if (meta.byline && !sameByline(meta.byline, byline)) {
      const printed = printsByline(dump, meta.byline) ? 'printed' : 'not shown';
      rows.push({ path, field: 'byline', expected: meta.byline, got: byline, printed });
    }
    const day = declaredDay(meta.publishedTime);
    const got = e.doc?.date?.value ?? null;
    if ((day ?? null) !== got) {
      rows.push({
        path,
        field: 'date',
        expected: day ?? '(none)',
        got,
        printed: day ? (showsDate(dump, day) ? 'shown' : 'not shown') : '',
      });
    }
  }
  return rows;
}
