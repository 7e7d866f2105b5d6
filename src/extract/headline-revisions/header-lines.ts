// A line of the site's header taken for the headline where the story found starts right under a
// dateline: the title is the line over that dateline (stop 44, branch hl44c).

import { type Found, indexOf } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  headingLevel,
  isListItem,
  isPageFurniture,
  isUiText,
  stripHeadingMarks,
  tellsOf,
  TRAIL_SCORE,
  wrapsInto,
  wrapsIndented,
} from '../../normalize/headline.ts';
import { FULL_STOP, titleShaped, twoLongWords } from './line-marks.ts';
import { isDateline, NOT_TITLE } from './titles-over-datelines.ts';

/**
 * The story found starts right under a dateline, the line over the dateline is a title the story
 * tells, and the headline found stands higher, with no dateline under it: a line of the site's
 * header, sidebar or menu ("GET FIREFOX!" in gizmeo's sidebar of badges, 20 lines over the
 * post's "makrophotos von insekten" / "22. Januar 2020 @ 18:13 // Autor: ..."). The candidates'
 * filters pass over a title printed in lower case, as gizmeo prints every post's title; the
 * dateline right under it, over the story found, is the title's evidence. The story stays.
 */
export function titleOverStoryDateline<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || headingLevel((page[was.first] as Line).text) > 0) {
    return found;
  }
  const date = story - 1;
  if (was.last >= date - 1 || !isDateline((page[date] as Line).text)) return found;
  // A line between: the headline found right over the line is its title over a subtitle or a
  // standfirst (gala.fr's, scinexx's in lynx, both lost without this), unless html2text marks
  // the line a heading (sprechwaisen's "##  SW082 – ..." under its next post's link).
  const heading = headingLevel((page[date - 1] as Line).text) > 0;
  if (was.last === date - 2 && !heading) return found;
  if (isDateline(page[was.last + 1]?.text ?? '')) return found;
  const line = (page[date - 1] as Line).text;
  const title = stripHeadingMarks(line).trim();
  if (title === was.text || !datedTitleShaped(line)) return found;
  const index = indexOf(page);
  if (wrappedEnd(page, date - 1, index.width) || wrappedEnd(page, date, index.width)) return found;
  if (!tellsOf(page, story, title, index)) return found;
  return { ...found, headline: { first: date - 1, last: date - 1, text: title, score: 0 } };
}

/**
 * The line is the end of the one over it, wrapped at the dump's width: katholisch.at's
 * standfirst "... Betreuungszeiten auch" / "außerhalb der Kindergarten- oder Unterrichtszeit
 * sicherstellen" over its dateline, the title over both (lost in w3m without this). Asked of the
 * dateline too: a caption's wrapped tail that reads as one ("   Doctors examine an injured child
 * ... on Gaza" / "   City, Gaza on October 21, 2023.", theintercept.com-Gaza in lynx) is no
 * dateline of a title over it.
 */
function wrappedEnd(page: Line[], at: number, width: number): boolean {
  const line = page[at] as Line;
  const over = page[at - 1];
  if (over === undefined || over.n !== line.n - 1) return false;
  // lynx wraps a line indented three columns at the same right edge (wrapsIndented).
  return wrapsInto(over.text, line.text, width) || wrapsIndented(over.text, line.text, width);
}

/** No list item, sentence, label (a comment's "Harm Otten sagt:", 1337kultur in lynx), dateline, trail or credit, widget's text; two long words or more. */
function datedTitleShaped(line: string): boolean {
  const text = stripHeadingMarks(line).trim();
  return (
    !isListItem(line) &&
    !FULL_STOP.test(text) &&
    !text.endsWith(':') &&
    !NOT_TITLE.test(text) &&
    !isDateline(text) &&
    titleShaped(text) &&
    twoLongWords(text) &&
    !isUiText(text) &&
    !isPageFurniture(text)
  );
}
