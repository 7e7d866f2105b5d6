// A list of the site's other stories read as the story: short paragraphs, each a teaser under its
// own title and a dated kicker ("Betriebsführung | Januar 2022" / "Neuer Förderkredit für Gründer
// und Mittelständler in NRW" / two lines of teaser), which make a block of a story's size over the
// article (trafilatura's handwerksblatt.de-Friseurbesuch: nine such teasers, 110 lines over its
// title, in w3m and lynx). Read by candidateStories (page-header/story-lines.ts): a story found at
// the first of TEASERS such paragraphs in a row starts at the first paragraph under them that is
// none.

import type { Line } from '../normalize/paragraphs.ts';
import { findDateSpan } from '../normalize/dates.ts';
import { adjacent, paragraphLast } from '../normalize/headline/page-index.ts';
import { storyStartFrom } from '../normalize/headline.ts';

/** Teasers in a row that make a list of them (handwerksblatt prints nine). */
const TEASERS = 3;
/** A teaser's lines at most: two or three sentences. */
const TEASER_LINES = 4;
/** Its kicker's date stands this many lines over it at most (the kicker, then the title). */
const DATE_LINES = 3;
/** A date line's words at most: a kicker and a month ("Politik | Dezember 2021"). */
const DATE_LINE_WORDS = 8;
/**
 * A kicker and its month after a bar: "Betriebsführung | Januar 2022" (findDateSpan reads an
 * English month alone, "January 2022", not a German one).
 */
const KICKER_MONTH = /\s\|\s+\p{L}+\.?\s+(?:19|20)\d{2}$/u;
/** A paragraph's first line: this many words at least; a title or a credit line has fewer. */
const TEXT_WORDS = 8;
/** The next paragraph of text is looked for within this many lines under a teaser. */
const NEXT_LINES = 8;

/** Whether a short line holding a date (a month at least) stands DATE_LINES over `first`. */
function datedOver(page: Line[], counts: readonly number[], first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - DATE_LINES); k--) {
    const text = (page[k] as Line).text.trim();
    if ((counts[k] as number) > DATE_LINE_WORDS) continue;
    if (KICKER_MONTH.test(text) || findDateSpan(text, true)) return true;
  }
  return false;
}

/** The next paragraph's first line of TEXT_WORDS from `from`, within NEXT_LINES, or -1. */
function nextParagraph(page: Line[], counts: readonly number[], from: number): number {
  for (let i = from; i < Math.min(page.length, from + NEXT_LINES); i++) {
    if ((counts[i] as number) >= TEXT_WORDS && adjacent(page, i, i + 1)) return i;
  }
  return -1;
}

/**
 * The run of dated teasers from `story`: how many paragraphs in a row read as teasers, and the
 * line the run ends before (the next paragraph, or the line under the last teaser).
 */
function teaserRun(
  page: Line[],
  counts: readonly number[],
  story: number,
): { teasers: number; end: number } {
  let at = story;
  let teasers = 0;
  let end = story;
  while (at >= 0) {
    const last = paragraphLast(page, at);
    if (last - at + 1 > TEASER_LINES || !datedOver(page, counts, at)) return { teasers, end: at };
    teasers++;
    end = last + 1;
    at = nextParagraph(page, counts, end);
  }
  return { teasers, end };
}

/** Runs of teasers stepped past at most: a list is cut by boxes into two or three. */
const RUNS = 4;

/**
 * A story found at a run of TEASERS dated teasers or more starts at the story found under the
 * run (storyStartFrom), itself stepped past a run of them, RUNS times at most (handwerksblatt's
 * lists in w3m: 14 teasers, then four, its boxes, three more over the article); else it stays.
 */
export function storyPastTeasers(page: Line[], counts: readonly number[], story: number): number {
  let at = story;
  for (let k = 0; k < RUNS; k++) {
    const { teasers, end } = teaserRun(page, counts, at);
    if (teasers < TEASERS) return at;
    const under = storyStartFrom(page, counts, end);
    if (under === null) return story;
    at = end + under;
  }
  return at;
}
