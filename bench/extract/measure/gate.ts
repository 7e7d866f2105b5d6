// The gate's figures.

import type { ToolReport } from '../measure.ts';

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
