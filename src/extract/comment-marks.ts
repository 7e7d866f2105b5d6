// A reader's comment under the story: its author's line ("Harm Otten sagt:", "Tanya says:") or
// its action line with its time ("18.10.2019, 16:18 Zum Antworten anmelden Zitieren #"). Read
// by storyAndHeadline (page-header.ts): a story found under the first of them is a comment, and
// the story is looked for above it, as above a comment form (commentFormAbove).

import type { Line } from '../normalize/paragraphs.ts';
import { storyStart } from '../normalize/headline.ts';
import { isSiteChrome } from '../normalize/site-chrome.ts';

/**
 * A comment's author line, the whole line: a name of one to five words, after a list number or
 * an avatar's "[c2f40b]", and a verb of saying with its colon (WordPress's comment template in
 * German, English and French).
 */
const AUTHOR_LINE =
  /^(?:\d{1,3}\.\s*|[•□*+o]\s*)?(?:\[[^\]]{0,40}\]\s*)?[\p{Lu}\p{N}][^\s:]*(?:\s[^\s:]+){0,4}\s(?:sagt|says|meint|schreibt|dit|dice):$/u;
/** A comment's action line: its time, then "Antworten", "Reply" or "Zitieren"/"Quote" at its end. */
const ACTION_LINE =
  /\b\d{1,2}:\d{2}\b.*\b(?:antworten|reply|zitieren|quote|répondre|responder)\b\s*#?$/iu;

/** A forum post's number, alone on its line: "#2" (XenForo); "#1" is the thread's own post. */
const POST_NUMBER = /^#(\d{1,4})$/;

/** Index of the page's first comment mark, or null. */
export function firstCommentMark(page: Line[]): number | null {
  let opening = false;
  const i = page.findIndex((line) => {
    const text = line.text.trim();
    const post = text.startsWith('#') ? POST_NUMBER.exec(text) : null;
    if (post) {
      // A reply's number counts under the thread's first post only.
      if (post[1] === '1') opening = true;
      return opening && post[1] !== '1';
    }
    return (
      (text.endsWith(':') && AUTHOR_LINE.test(text)) ||
      (/\d:\d\d/.test(text) && ACTION_LINE.test(text))
    );
  });
  return i < 0 ? null : i;
}

/**
 * The stories found, less those under the page's first comment mark; where none stands above
 * it, the story of the page's part above the mark (storyStart), when one reads as text there.
 */
export function storiesAboveComments(
  page: Line[],
  counts: readonly number[],
  stories: number[],
): number[] {
  const mark = firstCommentMark(page);
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
