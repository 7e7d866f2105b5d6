// The peer of the HTML extraction bench (issue 22, "Measure"): Mozilla Readability
// (@mozilla/readability 0.6.0, the reader view of Firefox) on linkedom's DOM, run on the very
// pages bench/extract/html.ts gives our extractor and scored by the very same code
// (bench/extract/measure.ts): article.textContent is the body, article.title the headline,
// article.byline the byline, the calendar day article.publishedTime begins with the date.
//
// Only the bench loads this module; the HTML gate (test/quality/html-gate.test.ts) does not run
// the peer.
//
// Fairness: each page is decoded as a build decodes it (readInputFile: BOM, <meta charset>,
// sniffing), and that decoding is inside the peer's time as it is inside ours. The peer has no
// size limit, so it reads the pages over the build's 1 MB --max-file-size too (our extractor
// counts them as extracting nothing). A page on which Readability throws or returns null counts
// as extracting nothing, as an empty page of ours does.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readabilityHtmlPages, trafilaturaHtmlPages } from './html-pages.ts';
import { scoreDeclared, type DeclaredScores } from './declared.ts';
import { scoreJudged, type JudgedScores } from './judged.ts';
import {
  declaredDay,
  scoreReadability,
  scoreTrafilatura,
  wallTiming,
  type Page,
  type ReadabilityScores,
  type Scored,
  type TrafilaturaScores,
  type WallTiming,
} from './measure.ts';
import { readInputFile } from '../../src/stages/ingest.ts';

export interface PeerRun {
  extractions: Scored[];
  /** Wall time per page: decoding, parsing into linkedom's DOM and Readability's parse(), ms. */
  ms: number[];
  /** Pages where Readability threw (with the message) or found no article. */
  failed: { path: string; reason: string }[];
}

interface PeerArticle {
  title: string | null;
  byline: string | null;
  day: string | null;
  text: string;
}

function readabilityOn(page: Page): { article: PeerArticle | null; html: string; error?: string } {
  const file = readInputFile(page.path, page.bytes);
  if ('reason' in file) return { article: null, html: '', error: file.reason };
  try {
    const { document } = parseHTML(file.text);
    // linkedom's Document is not lib.dom's type, but it is the DOM Readability walks.
    const got = new Readability(document as unknown as Document).parse();
    if (!got) return { article: null, html: file.text, error: 'no article found' };
    return {
      html: file.text,
      article: {
        title: got.title?.trim() || null,
        byline: got.byline?.trim() || null,
        day: declaredDay(got.publishedTime),
        text: got.textContent ?? '',
      },
    };
  } catch (error) {
    return { article: null, html: file.text, error: (error as Error).message };
  }
}

/** Readability run on each page, timed page by page (wall clock). */
export function runPeer(pages: Page[]): PeerRun {
  // One untimed run first, as for ours (bench/extract/measure/extraction.ts extract()): loading and
  // compiling is not a per-page cost.
  if (pages[0]) readabilityOn(pages[0]);
  const ms: number[] = [];
  const failed: PeerRun['failed'] = [];
  const extractions = pages.map((page): Scored => {
    const t0 = performance.now();
    const { article, html, error } = readabilityOn(page);
    ms.push(performance.now() - t0);
    if (error) failed.push({ path: page.path, reason: error });
    return {
      page,
      text: html,
      body: article?.text ?? '',
      doc: article
        ? {
            title: article.title,
            byline: article.byline,
            date: article.day
              ? { value: article.day, precision: 'day', from: 'publishedTime' }
              : null,
          }
        : null,
    };
  });
  return { extractions, ms, failed };
}

export interface PeerReport {
  readability: ReadabilityScores & {
    wall: WallTiming;
    failed: PeerRun['failed'];
    judged: JudgedScores;
  };
  trafilatura: TrafilaturaScores & {
    wall: WallTiming;
    failed: PeerRun['failed'];
    /** Readability's title, byline and day against evaldata.json's (declared.ts), as ours. */
    declared: DeclaredScores;
  };
}

/** The peer's runs scored over the pages `only` keeps (all without it). */
function scorePeer(r: PeerRun, t: PeerRun, worst: number, only?: (page: Page) => boolean) {
  const kept = (run: PeerRun): PeerRun => {
    if (!only) return run;
    const keepIt = run.extractions.map((e) => only(e.page));
    const paths = new Set(run.extractions.filter((_, i) => keepIt[i]).map((e) => e.page.path));
    return {
      extractions: run.extractions.filter((_, i) => keepIt[i]),
      ms: run.ms.filter((_, i) => keepIt[i]),
      failed: run.failed.filter((x) => paths.has(x.path)),
    };
  };
  const rk = kept(r);
  const tk = kept(t);
  return {
    readability: {
      ...scoreReadability(rk.extractions, worst),
      wall: wallTiming(rk.ms),
      failed: rk.failed,
      judged: scoreJudged(rk.extractions),
    },
    trafilatura: {
      ...scoreTrafilatura(tk.extractions, worst),
      wall: wallTiming(tk.ms),
      failed: tk.failed,
      declared: scoreDeclared(tk.extractions),
    },
  };
}

/**
 * Both corpora under root (a web-pages folder) measured with Readability as the extractor; with
 * `only` (bench:extract:html --news), scored again over the pages it keeps (`subset`).
 */
export function measurePeer(
  root: string,
  options: { limit?: number; worst?: number; only?: (page: Page) => boolean } = {},
): PeerReport & { subset?: PeerReport } {
  const { limit = Infinity, worst = 10, only } = options;
  const r = runPeer(readabilityHtmlPages(root, limit));
  const t = runPeer(trafilaturaHtmlPages(root, limit));
  const all = scorePeer(r, t, worst);
  return only ? { ...all, subset: scorePeer(r, t, worst, only) } : all;
}
