// Scores of Readability's pages: body F1 against expected.html, headlines, bylines and dates
// against expected-metadata.json.

import { dumpText, type Scored } from './extraction.ts';
import {
  declaredDay,
  printsByline,
  printsTitle,
  sameByline,
  sameHeadline,
  showsDate,
} from './metadata-rules.ts';
import {
  averagePrf,
  type Match,
  pageF1,
  precisionOf,
  type Prf,
  recallOf,
  round,
  roundPrf,
  shingleMatch,
} from './shingle-match.ts';

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
