// A subheading inside the story taken for the dump's headline: the story found starts under the
// story's first subheading, its first paragraphs standing over that (docs/figures.md, stop 45,
// branch hl45c). The last of page-header/revisions.ts's DUMP_HEADLINE_REVISIONS.

import { isListItem, pickHeadline, TRAIL_SCORE } from '../../normalize/headline.ts';
import { SENTENCE_END } from '../../normalize/headline/line-shape.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { wordCount } from '../../text.ts';
import { type Found, indexOf, sameText, toldTitle } from './found.ts';
import { lineNoHeadline, titleShaped } from './line-marks.ts';

/**
 * The headline found stands right over the story (RIGHT_OVER) and a paragraph of prose in
 * sentences stands over it (paragraphOver: a list between, a table of contents): the story
 * began at that paragraph, and the headline found is a subheading inside it. The headline over
 * that paragraph (pickHeadline) stands, in a title's shape and told by the story under the
 * subheading, within TITLE_OVER lines over it (a byline and a dateline between), and the story is
 * read from that paragraph. angelmagazin's "Schmerz und seine Funktion" (the first entry of its
 * table of contents, printed again over its section) under the article's first paragraph, the
 * title "Können Fische Schmerzen spüren / empfinden?" over its byline, read time and date.
 */
export function titleOverFirstParagraph<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || was.last >= story || story - was.last > RIGHT_OVER) {
    return found;
  }
  const first = paragraphOver(page, was.first);
  if (first === null) return found;
  const index = indexOf(page);
  const title = pickHeadline(page, first, index);
  if (!title || title.last >= first || first - title.last > TITLE_OVER || sameText(title, was)) {
    return found;
  }
  if (!titleShaped(title.text) || lineNoHeadline(title.text)) return found;
  if (!toldTitle(page, story, title.text, index)) return found;
  return { ...found, story: first, headline: title };
}

/** Lines over the story a subheading stands at most (a blank line between them is none). */
const RIGHT_OVER = 2;

/**
 * Lines between the title and the story's first paragraph at most: angelmagazin's byline block
 * prints 5 (a picture's alt text, the author's name and role, a read time, the date).
 */
const TITLE_OVER = 6;

/**
 * The first line of a paragraph of PARAGRAPH_WORDS words or more ending a sentence, standing over
 * line `under` with only list items (a table of contents, its heading) between, LIST_LINES at
 * most; or null.
 */
function paragraphOver(page: Line[], under: number): number | null {
  let k = under - 1;
  while (k >= 0 && under - k <= LIST_LINES && listLine(page, k)) k--;
  if (k < 0 || k === under - 1 || !SENTENCE_END.test((page[k] as Line).text.trim())) return null;
  let words = 0;
  let start = k;
  for (; start >= 0; start--) {
    words += wordCount((page[start] as Line).text);
    if (start === 0 || (page[start] as Line).n !== (page[start - 1] as Line).n + 1) break;
  }
  return words >= PARAGRAPH_WORDS ? start : null;
}

/**
 * A list's line: an item, or its heading over it ("Inhaltsverzeichnis", a line of one or two
 * words over an item).
 */
function listLine(page: Line[], k: number): boolean {
  const text = (page[k] as Line).text;
  if (isListItem(text)) return true;
  const next = page[k + 1];
  return wordCount(text) <= 2 && next !== undefined && isListItem(next.text);
}

/** Lines of a list between the paragraph and the subheading at most (angelmagazin's: 9). */
const LIST_LINES = 16;

/** Words of the story's first paragraph at least (angelmagazin's: 82). */
const PARAGRAPH_WORDS = 30;
