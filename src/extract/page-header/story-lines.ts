// The lines where a dump's story may start (storyLines), for readPageHeader
// (src/extract/page-header.ts), which weighs them with the headlines over them
// (./story-headline.ts).

import {
  pageCommentsStart,
  firstBlockStart,
  storiesUnderBylines,
  storyStart,
  storyStartFrom,
  textBlocks,
  type TextBlock,
} from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { wordCount } from '../../text.ts';
import { opensWithDateline } from '../shape.ts';
import { storiesAboveComments, storyPastNotice } from '../comment-marks.ts';
import { cookiePolicies, storyPastPolicy } from '../policy-blocks.ts';
import { storyAboveAuthorBox } from '../author-box.ts';
import { storyPastGallery } from '../gallery-run.ts';
import { storyPastTeasers } from '../teaser-run.ts';
import type { StoryLines } from './story-headline.ts';

export function storyLines(page: Line[], cut: Map<number, unknown>): StoryLines {
  const counts = page.map((line) => wordCount(line.text));
  const blocks = textBlocks(page, counts);
  const first = firstBlockStart(page, counts, blocks);
  return {
    counts,
    stories: [
      ...new Set(candidateStories(page, counts, blocks, cut).map((s) => storyAtDateline(page, s))),
    ],
    form: pageCommentsStart(page),
    first: first === null ? null : storyAtDateline(page, first),
  };
}

/**
 * Lines at most from a story found up to a news agency's dateline over it. A results story's
 * table ("Oper shr 1.24 dlrs vs 1.55 dlrs", "Revs 3.12 billion vs 2.74 billion", "Year", ...)
 * is no text, so the story was found at the note under it. Of 338 such documents of the
 * 100,000-article bench (normalized on their own), a reach of 6 lines finds the dateline of 69,
 * 10 lines of 330, 14 of all (stop 52); 16 leaves a longer table some room.
 */
const DATELINE_REACH = 16;

/**
 * The story starts at a line opening with a news agency's dateline (opensWithDateline: "NEW
 * YORK, March 12 - Oper shr 1.24 dlrs vs 1.55 dlrs") just over the story found: the wire's first
 * paragraph opens the story, whatever stands between. Without it the headline was read off the
 * table's last line and the lines over it cut as page chrome (cutAboveHeadline): 346 documents
 * of the 100,000-article bench lost their dateline line as "page navigation" (stop 51).
 */
function storyAtDateline(page: Line[], story: number): number {
  for (let i = story - 1; i >= Math.max(0, story - DATELINE_REACH); i--) {
    if (opensWithDateline((page[i] as Line).text)) return i;
  }
  return story;
}

/**
 * The lines where a story may start, each once: from the first line the body finder kept, on
 * the whole page, and under each byline (storiesUnderBylines); each moved past a notice run into
 * the post (storyPastNotice), a cookie policy (storyPastPolicy), an author box
 * (storyAboveAuthorBox), a list of dated teasers (storyPastTeasers) and a gallery's captions
 * (storyPastGallery), and those under the first comment mark dropped when one stands above it
 * (storiesAboveComments).
 */
function candidateStories(
  page: Line[],
  counts: number[],
  blocks: TextBlock[],
  cut: Map<number, unknown>,
): number[] {
  const whole = storyStart(page, counts, blocks);
  const kept = cut.size > 0 ? page.findIndex((l) => !cut.has(l.n)) : -1;
  const fromKept = kept > 0 ? storyStartFrom(page, counts, kept) : null;
  const found = new Set([
    fromKept === null ? null : kept + fromKept,
    whole,
    ...storiesUnderBylines(page, counts, blocks),
  ]);
  const policies = cookiePolicies(page, counts, blocks);
  return storiesAboveComments(
    page,
    counts,
    [...found]
      .filter((story) => story !== null)
      .map((story) => storyPastPolicy(page, counts, policies, storyPastNotice(page, counts, story)))
      .map((story) => storyAboveAuthorBox(page, counts, blocks, story))
      .map((story) => storyPastTeasers(page, counts, story))
      .map((story) => storyPastGallery(page, counts, story)),
  );
}
