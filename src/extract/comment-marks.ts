// A reader's comment under the story: its author's line ("Harm Otten sagt:", "Tanya says:"), its
// action line with its time ("18.10.2019, 16:18 Zum Antworten anmelden Zitieren #") or a comment
// form (commentsStart, normalize/headline/comments-start.ts). Read by candidateStories
// (page-header/story-lines.ts): a story found under the first of them is a comment, and the story
// is looked for above it.

import type { Line } from '../normalize/paragraphs.ts';
import { pageCommentsStart, storyStart } from '../normalize/headline.ts';
import { isSiteChrome } from '../normalize/site-chrome.ts';
import { adjacent, paragraphLast } from '../normalize/headline/page-index.ts';

/**
 * The stories found, less those under the page's first comment mark; where none stands above
 * it, the story of the page's part above the mark (storyStart), when one reads as text there.
 */
export function storiesAboveComments(
  page: Line[],
  counts: readonly number[],
  stories: number[],
): number[] {
  const mark = pageCommentsStart(page);
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
 * PAST_NOTICE_WORDS under the notice's paragraph (noticeEnd) that is no chrome and wraps on into
 * the next, so that its title and dateline between them stand over it.
 */
export function storyPastNotice(page: Line[], counts: readonly number[], story: number): number {
  if (!isSiteChrome((page[story] as Line).text.trim())) return story;
  // The reach counts from the notice's first line: from its last, bdzv's story was found at a
  // share box's third notice ("Hier können Sie mittels unseres Service-Formular eine Seite
  // empfehlen. ..."), 8 lines under its first, and "Das BDZV-Magazin relevant." taken.
  const end = Math.min(page.length, story + 1 + PAST_NOTICE_LINES);
  for (let i = noticeEnd(page, story); i < end; i++) {
    const text = (page[i] as Line).text.trim();
    // A paragraph's line, wrapped on into the next: a title of PAST_NOTICE_WORDS stands alone
    // (sheego's "Die besten Tricks von Marie Kondo für Kleiderschrank & Co.", past its notice).
    if (
      (counts[i] as number) >= PAST_NOTICE_WORDS &&
      adjacent(page, i, i + 1) &&
      !isSiteChrome(text)
    ) {
      return i;
    }
  }
  return story;
}

/**
 * The first line under a notice's paragraph: the lines printed right under its first (no blank
 * line between) are its own, wrapped at the dump's width. sheego's "Die Cookies in Ihrem Browser
 * sind derzeit deaktiviert. Bitte aktivieren Sie die Cookies in Ihren" goes on in
 * "Browsereinstellungen, um den Shop von sheego nutzen zu können." (11 words, no chrome by
 * itself), which was taken for the story's start; nurmeinstandpunkt's WordPress consent is
 * three such lines. A licence notice stands in a paragraph of its own (ritinardo, 1337kultur).
 */
function noticeEnd(page: Line[], notice: number): number {
  return paragraphLast(page, notice) + 1;
}
