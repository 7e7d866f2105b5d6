// What stands under a candidate: the lines up to the story (linesUnder), a byline among them
// (namesAuthor: a name, a "By" line, an author's label) and a dateline (isDateline: a date in a
// few words, not a notice). A headline stands over its byline and date; the short titles, the
// <h1> rules and the candidate's score all ask the same two questions.

import { wordCount } from '../../text.ts';
import { findDate } from '../dates.ts';
import { bylineOf } from '../header.ts';
import { perDocument } from '../memo.ts';
import { type Line } from '../paragraphs.ts';
import { isBylineName, pageBylineOf, LEADING_MARKS, isKnownPerson } from './page-bylines.ts';
import { PHOTO_CREDIT, CLOCK_OR_NUMERIC_DATE } from './headline-lines.ts';
import { type PageIndex, plainOf } from './page-index.ts';

/** A line opening with one word and a colon: "Deprecated : ...", "Warning: ...". */
export const LABELLED_NOTICE = /^[\p{L}]+ ?:(?:\s|$)/u;

/**
 * A dateline under a candidate (scoreCandidate). A date in figures on a short line is a dateline
 * too ("17/02/2022" under a headline, whose order of day and month findDate does not guess).
 * Remembered: the lines under one candidate are those under its neighbours too.
 */
export const isDateline = perDocument(
  (a: string): boolean =>
    (findDate(a) !== null && wordCount(a) <= 15) ||
    (wordCount(a) <= 6 && CLOCK_OR_NUMERIC_DATE.test(a)),
);

/**
 * The text of up to four lines under line `last`, before line `end`, a picture's address left
 * out: lynx prints an author's photo by its address, wrapped over three lines of no spaces,
 * between engadget's standfirst and its byline.
 */
export function linesUnder(lines: Line[], last: number, end: number, index: PageIndex): string[] {
  const under: string[] = [];
  const stop = Math.min(end, lines.length, last + 11);
  for (let j = last + 1; j < stop && under.length < 4; j++) {
    const text = plainOf(index, (lines[j] as Line).text);
    if (!PICTURE_ADDRESS.test(text)) under.push(text);
  }
  return under;
}

/** A run of 25 characters or more with no space ("[dims?thumbnail=45%2C45&quality=80..."). */
const PICTURE_ADDRESS = /^\S{25,}$/;

/**
 * A line under a headline that names its author: a byline, "By ...", or a name alone. In a list
 * ("* Hazel Sheffield" / "* Friday 25 December 2015", bug-1255978 in lynx) only a person's name
 * compromise knows: menus are lists of name-like items ("• Community Central", wikia). A
 * picture's credit ("Getty Images") is name-like but names no author.
 */
export function namesAuthor(text: string): boolean {
  return namesAuthorMemo(text);
}

/** namesAuthor's answers: the lines under one candidate are those under its neighbours too. */
const namesAuthorMemo = perDocument(readsAsAuthor);

function readsAsAuthor(text: string): boolean {
  if (PHOTO_CREDIT.test(text)) return false;
  const unmarked = text.replace(LEADING_MARKS, '');
  if (unmarked !== text) return pageBylineOf(text) !== null || isKnownPerson(unmarked.trim());
  return (
    bylineOf(text) !== null ||
    /^by\s+\p{Lu}/iu.test(text) ||
    isBylineName(text.split(/,|\s@|\s\|/)[0] ?? '')
  );
}
