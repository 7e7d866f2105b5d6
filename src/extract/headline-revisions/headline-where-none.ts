// A headline where none was found: the title standing a few lines over a story's start with no
// headline over it (headlineWhereNone), and how far over its first block a story's headline
// stands (FIRST_BLOCK_HEADLINE_LINES). Moved from page-header.ts (stop 43, branch rf43b).

import { type Found, indexOf } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  firstBlockStart,
  pickHeadline,
  type Headline,
  type PageIndex,
} from '../../normalize/headline.ts';
import { wordCount } from '../../text.ts';
import { FULL_STOP } from './line-marks.ts';

/**
 * Where no headline stands over the story found, the story was found at a block of text that
 * opens the page's chrome or runs on from it: lidl's browser warning ("Der Browser wird nicht
 * leider nicht mehr unterstützt! Um die Website korrekt anzuzeigen, ...") 12 lines over its
 * title and text in lynx, msn's "You are using an older browser version. ..." two lines over its
 * title, Popkultur's table of contents (a name printed three times) under a standfirst of 85
 * words whose headline storyAndHeadline weighs only against a headline found. Asked only where
 * none was (every rule above gives up there), so that no headline found is ever changed:
 *
 * - the page's first block of a story's size above the story (firstBlockStart), when its
 *   headline stands right over it (FIRST_BLOCK_HEADLINE_LINES), as storyAndHeadline takes it;
 * - else the first line within NONE_REACH lines under the story's start over which pickHeadline
 *   finds a headline standing right over it, under the story's first line, with fewer than
 *   NONE_ABOVE_WORDS words over it from the start, of two words or more and no sentence
 *   (FULL_STOP).
 *
 * The story then starts there. On trafilatura's pages w3m +2 -0, lynx +7 -0 with formUnder,
 * html2text +0 -0 (docs/figures.md, stop 41, branch hl41c).
 */
export function headlineWhereNone<T extends Found>(page: Line[], found: T): T {
  if (found.headline) return found;
  const { story } = found;
  const index = indexOf(page);
  const first = firstBlockStart(
    page,
    page.map((line) => wordCount(line.text)),
  );
  if (first !== null && first < story) {
    const headline = pickHeadline(page, first, index);
    if (headline && headline.last < first && first - headline.last <= FIRST_BLOCK_HEADLINE_LINES) {
      return { ...found, story: first, headline };
    }
  }
  const under = headlineUnderStart(page, story, index);
  return under ? { ...found, ...under } : found;
}

/**
 * The first line within NONE_REACH lines under the story's start over which pickHeadline finds a
 * headline standing right over it, under the start, with fewer than NONE_ABOVE_WORDS words over
 * it from the start, of two words or more and no sentence: the story's start and its headline
 * (headlineWhereNone; titleUnderCaption, captions.ts).
 */
export function headlineUnderStart(
  page: Line[],
  story: number,
  index: PageIndex,
): { story: number; headline: Headline } | null {
  // A headline under the start ends right over its story (k - 1) and starts under the start, so
  // k is two lines under the start at least: story + 1 is never scored for nothing.
  const above = { words: wordCount((page[story] as Line | undefined)?.text ?? ''), to: story + 1 };
  for (let k = story + 2; k < Math.min(page.length, story + NONE_REACH); k++) {
    if (wordsAboveSpan(page, above, k - 1) >= NONE_ABOVE_WORDS) break;
    const headline = pickHeadline(page, k, index);
    if (
      headline &&
      headline.first > story &&
      headline.last === k - 1 &&
      !FULL_STOP.test(headline.text) &&
      wordCount(headline.text) >= 2 &&
      wordsBetween(page, story, headline.first) < NONE_ABOVE_WORDS
    ) {
      return { story: k, headline };
    }
  }
  return null;
}

/**
 * The words from the story's start down to the highest line a headline ending at line `last`
 * can start on (HEADLINE_SPAN_LINES over it, under the start): headlineUnderStart takes no
 * headline with NONE_ABOVE_WORDS words over it, and the count only grows with `last`, so where it
 * reaches that no story further down is scored (each costs a pickHeadline; 3.6% of a dump's
 * normalize, stop 47's profile, most of it on pages where no line is taken). `above` holds the
 * words of lines story..above.to - 1, counted on as `last` grows.
 */
function wordsAboveSpan(page: Line[], above: { words: number; to: number }, last: number): number {
  const top = last - HEADLINE_SPAN_LINES;
  for (; above.to < top; above.to++) above.words += wordCount((page[above.to] as Line).text);
  return above.words;
}

/**
 * The most lines a scored headline reaches under its first line: a candidate's span is its line
 * and the line its wrapped text runs on to (headlineSpan, wrapped-titles.ts) with a kicker line
 * over it (withKickerAbove, story-words.ts); a trail's title is one or two lines (titleUnder,
 * trailHeadline: trails.ts); labelOverTitle's title at the story's line is one. No rule after
 * the scoring moves a headline's lines. A rule that builds a longer span must raise this.
 */
export const HEADLINE_SPAN_LINES = 2;

/** Lines under a story's start with no headline over it that its headline may stand on. */
const NONE_REACH = 16;

/**
 * Words printed between the story's start and such a headline, fewer than a story's minimum
 * (headline.ts STORY_MIN_WORDS, 50): a notice or a site's blurb over the title, not the story's
 * own first paragraph over a subheading (eawag's 101 words over "Reduktionsraten schwanken
 * stark", taken without this; bumsbutzener's blog blurb of 59 words in lynx stays).
 */
const NONE_ABOVE_WORDS = 50;

/** The words printed on lines from..to-1. */
function wordsBetween(page: Line[], from: number, to: number): number {
  let words = 0;
  for (let k = from; k < to; k++) words += wordCount((page[k] as Line).text);
  return words;
}

/**
 * The first block of a story's size is taken for its headline only when that stands right over
 * it, at most this many lines up: an infobox's label or a share bar further up is no article's
 * headline (Readability's wikipedia in html2text took "Industry | Open-source software" and the
 * infobox's "Founded" date without it).
 */
export const FIRST_BLOCK_HEADLINE_LINES = 3;
