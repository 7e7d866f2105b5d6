// Which lines of the page are headline candidates, with their scores: the window's lines, the
// <h1>s and signed heads far above it, and the lines further up that tell the story, each kept
// only as a headline's line or a short title, with its wrapped span, no paragraph's tail, trail
// item, chrome, post field or contact line, and scored by scoreCandidate (candidate-score.ts).

import { type Line } from '../paragraphs.ts';
import { type Headline } from '../headline.ts';
import { type Window, range } from './story-start.ts';
import { RELATED_HEADING, RELATED_LIST_LINES } from './headline-lines.ts';
import { toldByStory, spanToldByStory } from './told-by-story.ts';
import { adjacent, type PageIndex, plainOf, isHeadlineLineOf } from './page-index.ts';
import { shortTitleAt } from './short-titles.ts';
import { POST_FIELD, isContactLine, paragraphTailAt } from './kicker-pairs.ts';
import {
  wideWindowStart,
  mastheadPrint,
  printedNearer,
  isChromeCandidate,
  withKickerAbove,
  underTopicsLabel,
  inContentsList,
} from './story-words.ts';
import { separatedTrailItem, trailEnd } from './trails.ts';
import { headlineSpan } from './wrapped-titles.ts';
import { datelineNext, mayStandInsideStory, scoreCandidate, type Span } from './candidate-score.ts';
import { isSiteChrome } from '../site-chrome.ts';
import { isMenuBar } from './menu-bar.ts';

/**
 * Above the window, the page's headings marked as <h1> (html2text's "# "): a video player, an
 * infobox or a box of specs may stand between the headline and the story (engadget, wikipedia-2:
 * 50 to 150 lines). And a line over a signed byline: a headline, byline and dateline stand 90
 * lines above the story over yahoo-3's video player.
 */
export function farHeadings(index: PageIndex, from: number): number[] {
  return [...new Set([...index.h1, ...index.signedHeads])]
    .filter((i) => i < from)
    .sort((a, b) => a - b);
}

/** Further up than the window, lines that name what the story tells: a story found far too low. */
export function toldAbove(
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
export function scoredCandidates(
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
    if (i > story && adjacent(lines, i, i + 1) && !datelineNext(lines, i, index)) continue;
    const line = candidateLine(lines, i, index);
    if (line.apart || separatedTrailItem(lines, i, story)) continue;
    const text = (lines[i] as Line).text;
    if (line.related) related = i;
    if (i - related <= RELATED_LIST_LINES) continue;
    // Two lines into the story, the cheap test of what scoreCandidate would drop it for.
    if (i > story + 1 && !mayStandInsideStory(lines, story, i, index)) continue;
    const headlineLike = isHeadlineLineOf(index, text);
    if (!headlineLike && !shortTitleAt(lines, i, story, index)) continue;
    if (headlineLike && isMenuBar(lines, story, text, index)) continue;
    const own = ownSpan(lines, i, index, line);
    if (own === null) continue;
    if (i < window.from && !far.includes(i) && !toldByStory(lines, story, own.text, index)) {
      continue;
    }
    const span = spanWithKicker(lines, i, index, line, own);
    if (span === null) continue;
    const score = scoreCandidate(lines, span, story, window, index);
    if (score === null) continue;
    scores.push({ ...span, score });
    if (!headlineLike) shortTitles.add(scores.length - 1);
  }
  return { scores, shortTitles };
}

/**
 * What scoredCandidates reads of a candidate line whatever the story, remembered by the line's
 * index once a page (CANDIDATE_LINES): a page's stories share most of their candidates
 * (storyAndHeadline's one to three, headlineUnderStart's up to 15 a line apart, the revisions'),
 * and on the 10-30 KB dumps the loop's 129,171 asks were of 65,171 lines, its 22,591 spans of
 * 11,498 (one pass, stop 47). `own` and `span` are read at the first ask that gets that far.
 */
interface CandidateLine {
  /**
   * A paragraph's tail (paragraphTailAt), a topics box's link (underTopicsLabel) or a table of
   * contents' item (inContentsList): no candidate.
   */
  apart: boolean;
  /** A related stories' heading (RELATED_HEADING): the lines under it are its list. */
  related: boolean;
  /** The line's own span less a trail, or null when that reads as chrome, a post field or contact. */
  own?: { text: string; last: number } | null;
  /** The own span with a kicker over it (withKickerAbove), or null when together they are chrome. */
  span?: Span | null;
}

/** The candidate lines read so far, by line index, of each page's index. */
const CANDIDATE_LINES = new WeakMap<PageIndex, Map<number, CandidateLine>>();

function candidateLine(lines: Line[], i: number, index: PageIndex): CandidateLine {
  let table = CANDIDATE_LINES.get(index);
  if (table === undefined) CANDIDATE_LINES.set(index, (table = new Map()));
  let line = table.get(i);
  if (line === undefined) {
    const text = (lines[i] as Line).text;
    line = {
      apart:
        paragraphTailAt(lines, i, index) ||
        underTopicsLabel(lines, i, index) ||
        inContentsList(lines, i, index),
      related: RELATED_HEADING.test(plainOf(index, text)),
    };
    table.set(i, line);
  }
  return line;
}

/** The candidate line's own span (CandidateLine's `own`), read at its first ask. */
function ownSpan(
  lines: Line[],
  i: number,
  index: PageIndex,
  line: CandidateLine,
): { text: string; last: number } | null {
  if (line.own === undefined) {
    const own = trailEnd(headlineSpan(lines, i, index));
    const text = (lines[i] as Line).text;
    line.own =
      !own ||
      isChromeCandidate(index, text, own.text) ||
      POST_FIELD.test(own.text) ||
      isContactLine(own.text)
        ? null
        : own;
  }
  return line.own;
}

/** The candidate's span with its kicker (CandidateLine's `span`), read at its first ask. */
function spanWithKicker(
  lines: Line[],
  i: number,
  index: PageIndex,
  line: CandidateLine,
  own: { text: string; last: number },
): Span | null {
  if (line.span === undefined) {
    const span = withKickerAbove(lines, i, own, index);
    // A label over its value reads as chrome only together: "Zugehörige Themenseiten:" over
    // "Digitalisierung und IT-Sicherheit" (handwerk-magazin in w3m, taken for the title).
    line.span = span.first < i && isSiteChrome(span.text) ? null : span;
  }
  return line.span;
}
