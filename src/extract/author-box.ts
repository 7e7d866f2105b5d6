// An author box under a short story: the author's name on a line of its own, then a few
// sentences on them ("Geboren 1983, ist seit 2015 Redakteur bei KATAPULT und vor allem als
// Layouter, Grafiker und Lektor tätig. ..."), which outweigh a story of a standfirst and two
// lines of text and were taken for the story (trafilatura's KATAPULT-Magazin.de-parteien in
// w3m: its graphic's article of 70 words, the box 60 lines under it). Read by candidateStories
// (page-header/story-lines.ts): a story found in such a box is looked for above it.

import type { Line } from '../normalize/paragraphs.ts';
import { storyStart, type TextBlock } from '../normalize/headline.ts';
import { signedBylines } from '../normalize/headline/page-bylines.ts';

/** The author's name stands this many lines over the box's text at most ("Tim Ehlers" right over it). */
const NAME_LINES = 2;
/**
 * The byline signed with the name stands this many lines over the box at least: a story's own
 * name line under its byline ("Von Tim Ehlers" ... "Tim Ehlers" over the dateline) is no box.
 */
const BYLINE_DISTANCE = 20;

/** A person's name alone on its line: two to four capitalized words. */
const NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u;

/**
 * The line of the author's name over the story when the story is an author box: a name alone,
 * NAME_LINES over it, whose byline ("Von Tim Ehlers") stands BYLINE_DISTANCE lines or more over
 * it with a block of text between them (the story the author signed), or -1.
 */
function authorNameOver(page: Line[], blocks: readonly TextBlock[], story: number): number {
  for (let k = story - 1; k >= Math.max(0, story - NAME_LINES); k--) {
    const name = (page[k] as Line).text.trim();
    if (!NAME.test(name)) continue;
    const signed = signedBylines(page).find(
      (j) => j <= k - BYLINE_DISTANCE && (page[j] as Line).text.includes(name),
    );
    if (signed !== undefined && blocks.some((b) => b.start > signed && b.last < k)) return k;
  }
  return -1;
}

/**
 * A story found in an author box (authorNameOver) starts at the story found above the box's
 * name (storyStart), or stays where it was when none is.
 */
export function storyAboveAuthorBox(
  page: Line[],
  counts: readonly number[],
  blocks: readonly TextBlock[],
  story: number,
): number {
  const name = authorNameOver(page, blocks, story);
  if (name < 0) return story;
  const above = storyStart(page.slice(0, name), counts.slice(0, name));
  return above ?? story;
}
