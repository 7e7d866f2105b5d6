// The headline of a full-page text dump: a web page as w3m, lynx or html2text print it, with the
// site's menus, login links and lists of other stories above the article. On such a page the
// first title-like line is a menu item ("Accessibility links", "Sign in", "□ LOGOUT"); the
// headline is the line that the page presents as one: printed again as the page's <title>, or
// marked as a heading, and standing just above the standfirst, byline, date or first paragraph.
//
// The lists and weights below were read off the dumps of Readability's 130 test pages
// (../shared/corpora/web-pages, `npm run bench:extract`), whose failure patterns are listed in
// bench/extract/README.md.

import { type Line } from './paragraphs.ts';
import { headlineWindow, type Window, range, insideStoryEnd } from './headline/story-start.ts';
import { RELATED_HEADING, RELATED_LIST_LINES } from './headline/headline-lines.ts';
import { toldByStory, spanToldByStory } from './headline/told-by-story.ts';
import {
  adjacent,
  type PageIndex,
  pageIndex,
  plainOf,
  isHeadlineLineOf,
} from './headline/page-index.ts';
import { shortTitleAt } from './headline/short-titles.ts';
import { lynxHeadingBonus, lynxFirstSentence } from './headline/lynx-headings.ts';
import {
  standfirstUnderHeadline,
  kickerOverHeadline,
  labelOverTitle,
  POST_FIELD,
  isContactLine,
  paragraphTailAt,
} from './headline/kicker-pairs.ts';
import {
  withStoryWords,
  wideWindowStart,
  mastheadPrint,
  printedNearer,
  isChromeCandidate,
  withKickerAbove,
} from './headline/story-words.ts';
import {
  gluedTrailEnd,
  TRAIL_SCORE,
  listTrailEnd,
  separatedTrailItem,
  trailEnd,
} from './headline/trails.ts';
import { headlineSpan } from './headline/wrapped-titles.ts';
import { scoreCandidate } from './headline/candidate-score.ts';

export {
  isBylineName,
  opensWithBy,
  pageBylineOf,
  doubledName,
  nameOverDate,
  isKnownPerson,
} from './headline/page-bylines.ts';
export {
  headingLevel,
  stripHeadingMarks,
  isUiText,
  hasDumpMarker,
  isPageFurniture,
  isListItem,
} from './headline/page-furniture.ts';
export { splitSiteName } from './headline/site-name.ts';
export { wrapsInto } from './headline/line-shape.ts';
export {
  textBlocks,
  storyStart,
  firstBlockStart,
  standfirstStarts,
  galleryTitle,
  tellsOf,
  commentFormAbove,
  storiesUnderBylines,
} from './headline/story-start.ts';
export type { TextBlock } from './headline/story-start.ts';
export { domainMastheadOf, isHeadlineCandidate, isHeaderText } from './headline/headline-lines.ts';
export { LONG_WORD } from './headline/told-by-story.ts';
export { pageIndex } from './headline/page-index.ts';
export type { PageIndex } from './headline/page-index.ts';
export { TRAIL_SCORE, breadcrumbEnd } from './headline/trails.ts';

/**
 * Picks the headline among the lines above the story start. Each candidate is scored by what
 * makes a line the headline on a page (weights tuned on Readability's pages, see the top):
 * - printed twice, apart (the page's <title> near the top and its <h1> above the story, or a
 *   breadcrumb "Economy|As Debt Rises..."): +3;
 * - an html2text "# " heading (an <h1>): +4; "## ": +1;
 * - followed within three lines by a byline (+1.5), a date (+1.5), a standfirst-like sentence
 *   (+1) or the story itself (+1.5);
 * - near the story: up to +2, falling with the distance;
 * - the length of a headline (4-25 words): +1.
 * Returns the index into `lines`, or null when no line qualifies.
 */
export interface Headline {
  /** Indexes (into `lines`) of the headline's first and last line (a wrapped headline). */
  first: number;
  last: number;
  text: string;
  score: number;
}

export function pickHeadline(
  lines: Line[],
  story: number,
  index: PageIndex = pageIndex(lines),
): Headline | null {
  let best: Headline | null = null;
  for (const scored of headlineScores(lines, story, index)) {
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

/** Every candidate above the story with its score (pickHeadline; for tracing a choice). */
export function headlineScores(
  lines: Line[],
  story: number,
  index: PageIndex = pageIndex(lines),
): readonly Headline[] {
  let scored = index.scored.get(story);
  if (scored === undefined) {
    scored = scoreCandidates(lines, story, index);
    index.scored.set(story, scored);
  }
  return scored;
}

/** headlineScores' candidates, computed. */
function scoreCandidates(lines: Line[], story: number, index: PageIndex): Headline[] {
  const window = headlineWindow(lines, story);
  const { from } = window;
  // The story's first line too: a headline ending in "!!!" or "?" reads as a sentence
  // (tmz-1: "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"); it is taken only when
  // short, standing alone, with a byline or date under it (scoreCandidate). And lines a little
  // into the story, with a byline and a date under them: a notice in sentences above the
  // headline (a cookie notice, a log-in box) reads as the story's start (medicalnewstoday).
  const to = insideStoryEnd(lines, story);
  const far = farHeadings(index, from);
  const told = toldAbove(lines, story, from, far, index);
  const { scores, shortTitles } = scoredCandidates(
    lines,
    [...far, ...told, ...range(from, to)],
    { story, window, far },
    index,
  );
  withStoryWords(lines, story, scores, shortTitles);
  standfirstUnderHeadline(lines, scores, index);
  lynxHeadingBonus(lines, scores, story);
  lynxFirstSentence(lines, scores, story);
  kickerOverHeadline(lines, story, scores, index);
  labelOverTitle(lines, story, scores, index);
  const trail: { at: number; last?: number; text: string } | null =
    listTrailEnd(lines, from, story, index.width) ?? gluedTrailEnd(lines, from, to);
  if (trail) {
    const { at, last = at, text } = trail;
    scores.push({ first: at, last, text, score: TRAIL_SCORE });
  }
  return scores;
}

/**
 * Above the window, the page's headings marked as <h1> (html2text's "# "): a video player, an
 * infobox or a box of specs may stand between the headline and the story (engadget, wikipedia-2:
 * 50 to 150 lines). And a line over a signed byline: a headline, byline and dateline stand 90
 * lines above the story over yahoo-3's video player.
 */
function farHeadings(index: PageIndex, from: number): number[] {
  return [...new Set([...index.h1, ...index.signedHeads])]
    .filter((i) => i < from)
    .sort((a, b) => a - b);
}

/** Further up than the window, lines that name what the story tells: a story found far too low. */
function toldAbove(
  lines: Line[],
  story: number,
  from: number,
  far: number[],
  index: PageIndex,
): number[] {
  const wide = wideWindowStart(lines, story, from);
  // The story-words test first on the line and the two under it (a wrapped headline's span), the
  // cheapest: most lines up there share none, and the window's tests are not asked of them.
  return range(wide, from - 1).filter(
    (i) =>
      !far.includes(i) &&
      spanToldByStory(lines, story, i, index) &&
      !mastheadPrint(lines, i, index) &&
      !printedNearer(lines, i, { from, story }, index),
  );
}

/** Where the candidates are read from: the story's start, its window and the far headings. */
interface CandidateReach {
  story: number;
  window: Window;
  far: number[];
}

/**
 * The candidates among `candidates` (line indexes, top down) with their scores, and which of them
 * only the short titles' rules (a name's shape, one word) took.
 */
function scoredCandidates(
  lines: Line[],
  candidates: number[],
  reach: CandidateReach,
  index: PageIndex,
): { scores: Headline[]; shortTitles: Set<number> } {
  const { story, window, far } = reach;
  const scores: Headline[] = [];
  const shortTitles = new Set<number>();
  let related = -Infinity;
  for (const i of candidates) {
    // Into the story a headline stands alone (scoreCandidate): the cheap test first.
    if (i > story && adjacent(lines, i, i + 1)) continue;
    if (paragraphTailAt(lines, i, index)) continue;
    if (separatedTrailItem(lines, i, story)) continue;
    const text = (lines[i] as Line).text;
    if (RELATED_HEADING.test(plainOf(index, text))) related = i;
    if (i - related <= RELATED_LIST_LINES) continue;
    const headlineLike = isHeadlineLineOf(index, text);
    if (!headlineLike && !shortTitleAt(lines, i, story, index)) continue;
    const own = trailEnd(headlineSpan(lines, i, index));
    if (!own || isChromeCandidate(index, text, own.text)) continue;
    if (POST_FIELD.test(own.text) || isContactLine(own.text)) continue;
    if (i < window.from && !far.includes(i) && !toldByStory(lines, story, own.text, index)) {
      continue;
    }
    const span = withKickerAbove(lines, i, own, index);
    const score = scoreCandidate(lines, span, story, window, index);
    if (score === null) continue;
    scores.push({ ...span, score });
    if (!headlineLike) shortTitles.add(scores.length - 1);
  }
  return { scores, shortTitles };
}
