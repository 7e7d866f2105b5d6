// Whether a line names what the story tells: the long words (four letters or more) it shares
// with the story's first STORY_WORDS such words. A headline's words come back in its story's
// first sentences; a menu's or a box's line shares none. The page index keeps the story's words;
// the window's candidates, the standfirsts and the lines far above the window ask of them.

import { perDocument, perObject } from '../memo.ts';
import { type Line } from '../paragraphs.ts';
import { type PageIndex } from './page-index.ts';

/**
 * A line above the headline window names what the story tells: TOLD_WORDS of its long words or
 * more come back in the story's first STORY_WORDS long words (storyWords), as the headline's do
 * ("Schnee belastet Solarmodule - Warum nur Profis zum Entfernen ran sollten" over a story of
 * "Schnee" and "Solarmodule"), where a menu's, a teaser's or a box's label far up shares none.
 * Three words lost more than they won (w3m +6 -1, lynx +4 -2 against +7 -1, +5 -2); lines that
 * far up taken without the test, as the window's are, won w3m +6 -4, lynx +2 -4 (55 lines).
 */
export function toldByStory(lines: Line[], story: number, text: string, index: PageIndex): boolean {
  return sharesStoryWords(lines, story, longWordsOf(text), index);
}

/**
 * toldByStory of lines `i` to `i + 2` joined by spaces (a wrapped headline's span), read from
 * each line's remembered long words: the join's are theirs, in order, since a long word never
 * spans the joining space and lower-casing never looks across it (a final sigma's context stops
 * at a space). The join was a new text for each story, its words matched again each time.
 */
export function spanToldByStory(
  lines: Line[],
  story: number,
  i: number,
  index: PageIndex,
): boolean {
  const words = storyWordsOf(lines, story, index);
  // The three lines' word lists read in place: joined (slice, flatMap) and put in a Set for each
  // line of the wide window, for each story, they were garbage the collector swept (stop 45).
  const table = longWordsTable(lines);
  let shared: string[] | null = null;
  for (let j = i; j < Math.min(lines.length, i + 3); j++) {
    shared = withShared(words, longWordsAt(lines, table, j), shared);
    if (shared !== null && shared.length >= TOLD_WORDS) return true;
  }
  return false;
}

/** Whether TOLD_WORDS of `own` (long words, lower-cased) are among the story's storyWords. */
function sharesStoryWords(
  lines: Line[],
  story: number,
  own: readonly string[],
  index: PageIndex,
): boolean {
  const shared = withShared(storyWordsOf(lines, story, index), own, null);
  return shared !== null && shared.length >= TOLD_WORDS;
}

/** The story's storyWords, remembered in the page's index by its first line. */
function storyWordsOf(lines: Line[], story: number, index: PageIndex): Set<string> {
  let words = index.storyWords.get(story);
  if (words === undefined) {
    words = storyWords(lines, story);
    index.storyWords.set(story, words);
  }
  return words;
}

/**
 * `shared` (the distinct words of the story found so far, or null for none) with those of `own`
 * added, up to TOLD_WORDS: a list is made only at a line's first shared word, and most lines
 * asked share none (a Set of each line's words was made before, stop 45).
 */
function withShared(
  words: Set<string>,
  own: readonly string[],
  shared: string[] | null,
): string[] | null {
  let found = shared;
  for (const word of own) {
    if (!words.has(word) || found?.includes(word)) continue;
    (found ??= []).push(word);
    if (found.length >= TOLD_WORDS) return found;
  }
  return found;
}

/** Long words a line above the window shares with the story to be a candidate (toldByStory). */
const TOLD_WORDS = 2;

/** A word of four letters or more (marks included: Devanagari, Bengali). */
export const LONG_WORD = /\p{L}[\p{L}\p{M}]{3,}/gu;

/**
 * A line's LONG_WORDs, lower-cased, in order, remembered for the document: storyWords reads the
 * lines from each start asked (withStoryWords asks one start a candidate, the starts a line or
 * two apart), toldByStory the lines above the window for each story. Read only, never changed.
 */
export const longWordsOf = perDocument(
  (text: string): readonly string[] => text.toLowerCase().match(LONG_WORD) ?? [],
);
/** Words of the story read for a candidate's shared words (withStoryWords). */
const STORY_WORDS = 120;

/** The first STORY_WORDS long words, lower-cased, of the lines from `start` on. */
export function storyWords(lines: Line[], start: number): Set<string> {
  const words = new Set<string>();
  const table = longWordsTable(lines);
  let seen = 0;
  for (let j = start; j < lines.length && seen < STORY_WORDS; j++) {
    for (const word of longWordsAt(lines, table, j)) {
      if (seen++ >= STORY_WORDS) break;
      words.add(word);
    }
  }
  return words;
}

/**
 * Each line's longWordsOf by its index, read when first asked: storyWords reads the lines from
 * each start asked and spanToldByStory every line of each story's wide window, and
 * longWordsOf's memo hashed the line's text at every ask (stop 45). Remembered by the page's
 * array of lines, which is never changed once read.
 */
const longWordsTable = perObject(
  (lines: Line[]): (readonly string[] | undefined)[] => new Array<undefined>(lines.length),
);

function longWordsAt(
  lines: Line[],
  table: (readonly string[] | undefined)[],
  j: number,
): readonly string[] {
  let words = table[j];
  if (words === undefined) {
    words = longWordsOf((lines[j] as Line).text);
    table[j] = words;
  }
  return words;
}
