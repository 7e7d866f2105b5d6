// The saved pages of a web-pages folder (the corpora's, or the committed sample
// test/web-pages/html) as the HTML extraction benchmark and gate read them, and their measure:
// normalize run on each page as a build reads an .html file, scored by bench/extract/measure.ts
// (the body measure, headline, byline and date on Readability's pages; must/must-not snippets on
// trafilatura's). One module for both, so the gate checks the very figures the bench prints.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultOptions } from '../../src/options.ts';
import { sizeLimit } from '../../src/size-limit.ts';
import { scoreDeclared, type DeclaredScores } from './declared.ts';
import { scoreJudged, type JudgedScores } from './judged.ts';
import {
  evaldataDay,
  extract,
  floorsOf,
  gatedAtLeast,
  gatedAtMost,
  gatedShare,
  htmlText,
  keep,
  missesOf,
  scoreReadability,
  scoreTrafilatura,
  timing,
  wallTiming,
  type EvalEntry,
  type Extraction,
  type Floors,
  type Gated,
  type Page,
  type ReadabilityScores,
  type Timing,
  type TrafilaturaScores,
  type WallTiming,
} from './measure.ts';

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** Readability's test pages under root/readability: source.html with its expected article. */
export function readabilityHtmlPages(root: string, limit = Infinity): Page[] {
  const dir = path.join(root, 'readability');
  if (!existsSync(dir)) return [];
  const cases = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'source.html')))
    .map((e) => e.name)
    .sort()
    .slice(0, limit);
  return cases.map((name) => {
    const meta = JSON.parse(
      readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8'),
    ) as Record<string, unknown>;
    return {
      corpus: 'readability',
      name,
      path: `readability/${name}/source.html`,
      bytes: readFileSync(path.join(dir, name, 'source.html')),
      reference: htmlText(readFileSync(path.join(dir, name, 'expected.html'), 'utf8')),
      meta: {
        title: str(meta.title),
        byline: str(meta.byline),
        publishedTime: str(meta.publishedTime),
      },
    };
  });
}

/**
 * trafilatura's evaluation pages (root/trafilatura/html/<file>) with their snippets, and the
 * title, author and date evaldata.json declares for most of them.
 */
export function trafilaturaHtmlPages(root: string, limit = Infinity): Page[] {
  const dir = path.join(root, 'trafilatura');
  const evaldata = path.join(dir, 'evaldata.json');
  if (!existsSync(evaldata)) return [];
  const entries = Object.values(
    JSON.parse(readFileSync(evaldata, 'utf8')) as Record<string, EvalEntry>,
  )
    .filter((e) => existsSync(path.join(dir, 'html', e.file)))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .slice(0, limit);
  return entries.map((e) => ({
    corpus: 'trafilatura',
    name: e.file,
    path: `trafilatura/html/${e.file}`,
    bytes: readFileSync(path.join(dir, 'html', e.file)),
    with: e.with ?? [],
    without: e.without ?? [],
    meta: { title: str(e.title), byline: str(e.author), publishedTime: str(e.date) },
    declaredDate: evaldataDay(e.date),
  }));
}

export interface HtmlReport {
  readability: ReadabilityScores & {
    timing: Timing;
    wall: WallTiming;
    over: string[];
    judged: JudgedScores;
  };
  trafilatura: TrafilaturaScores & {
    timing: Timing;
    wall: WallTiming;
    over: string[];
    declared: DeclaredScores;
  };
}

/**
 * Wall time per page read: decoding (readInputFile) and normalize(), as the peer's time is
 * decoding, parsing and Readability (bench/extract/peer.ts). The corpus profile, taken once
 * over all pages, is left out (it is in `timing.profileMs`).
 */
function wallOf(extractions: Extraction[]): WallTiming {
  return wallTiming(extractions.filter((e) => e.doc).map((e) => e.readMs + e.ms));
}

/** One corpus extracted as one build's input, with the pages a build rejects for their size. */
type HtmlRun = { extractions: Extraction[]; profileMs: number; over: string[] };

/** The pages `only` keeps of a run (measure.ts keep(): the profile stays the whole corpus's). */
function keepRun(run: HtmlRun, only?: (page: Page) => boolean): HtmlRun {
  if (!only) return run;
  const kept = keep(run, only);
  const names = new Set(kept.extractions.map((e) => e.page.name));
  return { ...kept, over: run.over.filter((name) => names.has(name)) };
}

/** Both corpora's runs scored, over the pages `only` keeps (all without it). */
function scoreHtml(
  r: HtmlRun,
  t: HtmlRun,
  worst: number,
  only?: (page: Page) => boolean,
): HtmlReport {
  const rk = keepRun(r, only);
  const tk = keepRun(t, only);
  return {
    readability: {
      ...scoreReadability(rk.extractions, worst),
      timing: timing(rk.extractions, rk.profileMs),
      wall: wallOf(rk.extractions),
      over: rk.over,
      judged: scoreJudged(rk.extractions),
    },
    trafilatura: {
      ...scoreTrafilatura(tk.extractions, worst),
      timing: timing(tk.extractions, tk.profileMs),
      wall: wallOf(tk.extractions),
      over: tk.over,
      declared: scoreDeclared(tk.extractions),
    },
  };
}

/**
 * Both corpora measured; each corpus is one build's input (its corpus profile taken over its
 * pages). A page over the build's default --max-file-size is rejected as a build rejects it and
 * counts as extracting nothing (`over`). With `only` (bench:extract:html --news), the same
 * extractions are scored again over the pages it keeps (`subset`): a page scores the same in both.
 */
export function measureHtml(
  root: string,
  options: { limit?: number; worst?: number; only?: (page: Page) => boolean } = {},
): HtmlReport & { subset?: HtmlReport } {
  const { limit = Infinity, worst = 10, only } = options;
  const run = (pages: Page[]): HtmlRun => {
    const over = pages
      .filter((p) => p.bytes.length > sizeLimit('html', defaultOptions.maxFileSize))
      .map((p) => p.name);
    return { ...extract(pages), over };
  };
  const r = run(readabilityHtmlPages(root, limit));
  const t = run(trafilaturaHtmlPages(root, limit));
  const all = scoreHtml(r, t, worst);
  return only ? { ...all, subset: scoreHtml(r, t, worst, only) } : all;
}

export type HtmlFloors = Floors;

/**
 * The figures the HTML gate holds: body P/R/F1 and snippet shares are floors (less 0.01);
 * headlines, bylines and dates right are page counts pinned as measured, wrong dates a ceiling
 * (on a sample of a few dozen pages one page is a few points: a margin on a share would hide it).
 */
export function htmlGated(report: HtmlReport): Record<string, Gated> {
  const r = report.readability;
  const t = report.trafilatura.extracted;
  const td = report.trafilatura.declared;
  return {
    'readability.f1': gatedShare(r.f1),
    'readability.precision': gatedShare(r.precision),
    'readability.recall': gatedShare(r.recall),
    'readability.headlinesRight': gatedAtLeast(r.headline.right),
    'readability.bylinesRight': gatedAtLeast(r.byline.right),
    // Against the references as judged (readability-judged.json): on the sample, the pages where
    // Readability's title keeps the declared site's name (ehow-1) are held too.
    'readability.headlinesRightJudged': gatedAtLeast(r.judged.headline.right),
    'readability.bylinesRightJudged': gatedAtLeast(r.judged.byline.right),
    'readability.datesFound': gatedAtLeast(r.date.found),
    'readability.datesWrong': gatedAtMost(r.date.wrong),
    'trafilatura.withFound': gatedShare(t.withFound),
    'trafilatura.withoutAbsent': gatedShare(t.withoutAbsent),
    // The title, author and date trafilatura's evaldata.json declares (bench/extract/declared.ts).
    'trafilatura.headlinesRight': gatedAtLeast(td.headline.right),
    'trafilatura.bylinesRight': gatedAtLeast(td.byline.right),
    'trafilatura.datesFound': gatedAtLeast(td.date.found),
    'trafilatura.datesWrong': gatedAtMost(td.date.wrong),
  };
}

/** Floors from the measured figures, as the text gate's (floorsOf). */
export function htmlFloorsFrom(report: HtmlReport): HtmlFloors {
  return floorsOf(htmlGated(report));
}

/** The figures below their floor (or above their ceiling), as readable lines. */
export function htmlBelowFloors(report: HtmlReport, floors: HtmlFloors): string[] {
  return missesOf(htmlGated(report), floors);
}
