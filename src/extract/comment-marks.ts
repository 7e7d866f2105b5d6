// A reader's comment under the story: its author's line ("Harm Otten sagt:", "Tanya says:"), its
// action line with its time ("18.10.2019, 16:18 Zum Antworten anmelden Zitieren #") or a comment
// form (commentsStart, normalize/headline/comments-start.ts). Read by storyAndHeadline
// (page-header.ts): a story found under the first of them is a comment, and the story is looked
// for above it.

import type { Line } from '../normalize/paragraphs.ts';
import { commentsStart, storyStart } from '../normalize/headline.ts';
import { isSiteChrome } from '../normalize/site-chrome.ts';

/**
 * The stories found, less those under the page's first comment mark; where none stands above
 * it, the story of the page's part above the mark (storyStart), when one reads as text there.
 */
export function storiesAboveComments(
  page: Line[],
  counts: readonly number[],
  stories: number[],
): number[] {
  const mark = commentsStart(page, page.length);
  if (mark === null || stories.every((story) => story < mark)) return stories;
  const above = stories.filter((story) => story < mark);
  if (above.length > 0) return above;
  const start = storyStart(page.slice(0, mark), counts.slice(0, mark));
  return start === null ? stories : [start];
}

/** A story line past a notice: this many words at least (ritinardo's post opens on 30). */
const PAST_NOTICE_WORDS = 8;
/** The story's text is looked for within this many lines under a notice it was found at. */
const PAST_NOTICE_LINES = 7;

/**
 * A story found at a line of the site's chrome (isSiteChrome: ritinardo's and 1337kultur's
 * licence notices, "Dieser Werk bzw. Inhalt ist unter einer Creative Commons-Lizenz
 * lizenziert.", run on into the post under them as one block): it starts at the first line of
 * PAST_NOTICE_WORDS under the notice that is no chrome, so that its title and dateline between
 * them stand over it.
 */
export function storyPastNotice(page: Line[], counts: readonly number[], story: number): number {
  if (!isSiteChrome((page[story] as Line).text.trim())) return story;
  const end = Math.min(page.length, story + 1 + PAST_NOTICE_LINES);
  for (let i = story + 1; i < end; i++) {
    const text = (page[i] as Line).text.trim();
    if ((counts[i] as number) >= PAST_NOTICE_WORDS && !isSiteChrome(text)) return i;
  }
  return story;
}
