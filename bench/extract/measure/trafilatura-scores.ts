// Scores of trafilatura's pages: the with/without snippets of evaldata.json, and the titles and
// days it declares.

import { judgedDay } from '../judged-dates.ts';
import { dumpText, type Scored } from './extraction.ts';
import { howPrinted, type MetadataRow } from './metadata-listing.ts';
import { flat, printsTitle, sameHeadline } from './metadata-rules.ts';
import type { Page } from './pages.ts';
import { round } from './shingle-match.ts';
import { foldDump, printsDay } from '../printed-day.ts';

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
