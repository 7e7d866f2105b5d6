// The headline of a full-page text dump: a web page as w3m, lynx or html2text print it, with the
// site's menus, login links and lists of other stories above the article. On such a page the
// first title-like line is a menu item ("Accessibility links", "Sign in", "□ LOGOUT"); the
// headline is the line that the page presents as one: printed again as the page's <title>, or
// marked as a heading, and standing just above the standfirst, byline, date or first paragraph.
//
// The lists and weights of its modules were read off the dumps of Readability's 130 test pages
// (../shared/corpora/web-pages, `npm run bench:extract`), whose failure patterns are listed in
// bench/extract/README.md.
//
// This module is the composition: headlineScores reads the window above the story
// (story-start.ts), gathers the candidates and their scores (candidates.ts, each scored by
// candidate-score.ts), lets the rules that read candidates in pairs or by the dump's layout move
// scores between them, and adds a breadcrumb trail's last item. pickHeadline takes the best. The
// rules live in src/normalize/headline/, one family a module, each headed by what it decides:
// - page-furniture.ts: UI text, share bars, dump markers, list items, heading marks, line keys;
// - page-bylines.ts: "By" lines, names printed over dates, signed bylines, known persons;
// - site-name.ts: a site's name beside the headline and its separator;
// - line-shape.ts: title case and the shape of a line, a line wrapping into the next;
// - story-start.ts: the story's start, its standfirsts, and the headline window over it;
// - headline-lines.ts: which single lines read as a headline at all;
// - told-by-story.ts: the long words a line shares with the story's first sentences;
// - under-candidate.ts: the lines under a candidate, its byline and dateline among them;
// - page-index.ts: what is read of the whole page once (PageIndex);
// - short-titles.ts: names, one word, dated names and worded titles taken as titles;
// - lynx-headings.ts: lynx's flush-left headings under indented lines;
// - kicker-pairs.ts: kicker over headline, headline over standfirst, label over title;
// - story-words.ts: the story words' bonus, lines far up that tell the story, kickers read along;
// - trails.ts: breadcrumb trails and their last item;
// - wrapped-titles.ts: headlines wrapped over two lines at the dump's width;
// - h1-titles.ts: html2text's "# " headings;
// - title-cues.ts: repeats, standing alone over a paragraph, captions, shape;
// - candidate-score.ts: one candidate's score from its place and cues;
// - candidates.ts: which lines are candidates, scored.

import { type Line } from './paragraphs.ts';
import { headlineWindow, range, insideStoryEnd } from './headline/story-start.ts';
import { type PageIndex, pageIndex } from './headline/page-index.ts';
import { lynxHeadingBonus, lynxFirstSentence } from './headline/lynx-headings.ts';
import {
  standfirstUnderHeadline,
  kickerOverHeadline,
  labelOverTitle,
} from './headline/kicker-pairs.ts';
import { withStoryWords } from './headline/story-words.ts';
import { gluedTrailEnd, TRAIL_SCORE, listTrailEnd } from './headline/trails.ts';
import { farHeadings, toldAbove, scoredCandidates } from './headline/candidates.ts';
import { underSkipLink } from './headline/skip-link.ts';

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
export { wrapsInto, wrapsIndented } from './headline/line-shape.ts';
export {
  textBlocks,
  storyStart,
  storyStartFrom,
  firstBlockStart,
  standfirstStarts,
  galleryTitle,
  tellsOf,
  storiesUnderBylines,
} from './headline/story-start.ts';
export { commentsStart, pageCommentsStart } from './headline/comments-start.ts';
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
  lynxHeadingBonus(lines, scores, story, index.width);
  lynxFirstSentence(lines, scores, story);
  kickerOverHeadline(lines, story, scores, index);
  labelOverTitle(lines, story, scores, index);
  const trail: { at: number; last?: number; text: string } | null =
    listTrailEnd(lines, from, story, index.width) ?? gluedTrailEnd(lines, from, to);
  if (trail) {
    const { at, last = at, text } = trail;
    scores.push({ first: at, last, text, score: TRAIL_SCORE });
  }
  const header = underSkipLink(lines, story);
  return header > 0 ? scores.filter((s) => s.first >= header) : scores;
}
