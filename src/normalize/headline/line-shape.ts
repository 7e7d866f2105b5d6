// The shape of one printed line: title case, a text line's marks (a list item, a dump marker, a
// sentence's end, a lower-case opening), and whether a line wraps into the next at the dump's
// width. Cheap tests on the text alone, memoised per document, asked of every line above the
// story by the story finder and the headline rules.

import {
  holdsSurrogate,
  isLetterUnit,
  isUpperUnit,
  printedColumns,
  OPENS_LOWER_CASE,
  OPENS_UPPER_CASE,
} from '../../text.ts';
import { perDocument, perObject } from '../memo.ts';
import { type Line } from '../paragraphs.ts';
import { hasDumpMarker, LIST_ITEM } from './page-furniture.ts';

/**
 * A headline in title case: every word of four letters and more capitalized ("As Debt Rises,
 * the Government Will Soon Spend More on Interest Than on the Military"). A sentence naming
 * people and places has lower-case words too ("SEOUL, South Korea — A plan to impeach...").
 */
export function isTitleCase(text: string): boolean {
  if (holdsSurrogate(text)) return isTitleCaseByPattern(text);
  // WORD_LETTERS' words read a code unit at a time (no unit of the text is a surrogate): no
  // match array and no word's copy a word, which the pattern's loop made for every long line.
  let long = 0;
  let i = 0;
  while (i < text.length) {
    const first = text.charCodeAt(i);
    if (!isLetterUnit(first)) {
      i++;
      continue;
    }
    const start = i++;
    while (i < text.length && isWordUnit(text.charCodeAt(i))) i++;
    if (i - start < 4) continue;
    if (!isUpperUnit(first)) return false;
    long++;
  }
  return long >= 2;
}

/** A unit of [\p{L}'’-], WORD_LETTERS' letters after the first. */
function isWordUnit(c: number): boolean {
  return isLetterUnit(c) || c === 0x27 || c === 0x2019 || c === 0x2d;
}

/** isTitleCase of a text holding a surrogate: its words by WORD_LETTERS, a code point a letter. */
function isTitleCaseByPattern(text: string): boolean {
  // The words one at a time, stopping at the first long word in lower case: the same answer as
  // listing them all, and a paragraph's line (storyStart asks of every long line) stops early.
  // One pattern for every call, started at the text's beginning (a call may stop mid-text):
  // copying it per call cost more than its matches on short lines.
  const word = WORD_LETTERS;
  word.lastIndex = 0;
  let long = 0;
  for (let match = word.exec(text); match; match = word.exec(text)) {
    if (match[0].length < 4) continue;
    if (!OPENS_UPPER_CASE.test(match[0])) return false;
    long++;
  }
  return long >= 2;
}
const WORD_LETTERS = /\p{L}[\p{L}'’-]*/gu;

/** textLineReading's answers: no text line, a text line, or a lynx paragraph of two lines. */
export const NOT_TEXT = 0;
export const TEXT = 1;
/**
 * The full line of a lynx paragraph of two lines, one full line over a short tail
 * (endsWrappedParagraph's reading without a line of the paragraph over it): no text line, and
 * story-start.ts's textBlocks reads it only as a standfirst opening the story's block under it.
 */
export const PAIRED = 2;
export type TextLineReading = typeof NOT_TEXT | typeof TEXT | typeof PAIRED;

/**
 * TEXT for a line of the story's text: a sentence's end, a long line (html2text prints a
 * paragraph on one line), or a wrapped paragraph's line (w3m and lynx wrap at 100 columns, wire
 * copy at 65-70) running on into another long line. A headline wrapped over two lines is
 * neither: its second line is short, or it is in title case.
 */
export function textLineReading(
  lines: Line[],
  i: number,
  width: number,
  counts: readonly number[],
  shapes: readonly number[],
): TextLineReading {
  const shape = shapes[i] as number;
  if (shape & NO_TEXT_LINE) return NOT_TEXT;
  const n = counts[i] as number;
  if (n >= 25 || (n >= 8 && shape & ENDS_SENTENCE)) return TEXT;
  if (n < 8 || shape >>> SHAPE_BITS < width * 0.8) return NOT_TEXT;
  if (lynxHeadingBetween(lines, i) || lynxMarginHeading(lines, i)) return NOT_TEXT;
  const next = shapes[i + 1] ?? 0;
  // The next line goes on with the paragraph, or ends it ("un-angry Trump supporters?”").
  const goesOn =
    (counts[i + 1] ?? 0) >= 8 || (next & OPENS_LOWER && next & ENDS_SENTENCE) !== 0
      ? TEXT
      : endsWrappedParagraph(lines, i, next, width, counts);
  // isTitleCase reads words, which trimming leaves as they are.
  if (goesOn === NOT_TEXT || titleCaseMemo((lines[i] as Line).text)) return NOT_TEXT;
  return goesOn;
}

/**
 * A line lynx prints at the margin between a line indented three columns or more over it and a
 * paragraph's line at lynx's three-column indent under it: lynx prints <h1>-<h6> flush left and
 * wraps a paragraph's lines at one indent, so the line is a heading, not the first line of the
 * paragraph under it (w3m prints both at the margin, its title short of the width, no text).
 * Read as text, the title of 74 to 90 columns, 80 % of lynx's narrower width, opened the story's
 * block and was taken as the story's own first line: rosa-mag.de.womanking ("Sheila Atim: „The
 * Woman King zeigt ...“" under "   LIKES"), it-finanzmagazin.de.creditshelf, verbaende.com.2023
 * on trafilatura's pages, lynx +3 -0 (docs/figures.md, stop 46). A margin line under another
 * (a title over its subtitle, both headings) is left as it was: hr-innovation's and
 * mueritzurlauber's subtitles then took their short titles' place (tried: lynx +3 -2).
 */
function lynxHeadingBetween(lines: Line[], i: number): boolean {
  const text = (lines[i] as Line).text;
  if (text.charCodeAt(0) === SPACE) return false;
  const under = lines[i + 1]?.text;
  const over = lines[i - 1]?.text;
  if (under === undefined || over === undefined || !INDENTED.test(over)) return false;
  return LYNX_INDENT.test(under) || kickerOverHeading(lines, i);
}

/**
 * A line at the margin of a page whose paragraphs lynx prints at its three-column indent
 * (lynxIndentedPage), ending no sentence: one of the <h1>-<h6> lynx prints flush left, not a
 * paragraph's line, even where the next printed line is long. lokalo.de's menu prints its
 * teasers' <h3>s at the margin a blank line apart ("FDP-Landes- und Kommunalpolitiker stellen
 * Bundes-Ampel infrage – sieben aus RLP", 80 columns, 80 % of lynx's width), each over another
 * long one: read as text, they made a block of 107 words over the story's 125, and a teaser was
 * taken for the title (w3m prints them indented under their pictures, no text).
 */
function lynxMarginHeading(lines: Line[], i: number): boolean {
  const line = lines[i] as Line;
  if (line.text.charCodeAt(0) === SPACE) return false;
  const [over, under] = [lines[i - 1], lines[i + 1]];
  if (over === undefined || under === undefined) return false;
  // A paragraph lynx prints at the margin wraps onto lines right over or under it.
  if (over.n === line.n - 1 || under.n === line.n + 1) return false;
  if (LYNX_INDENT.test(over.text) || LYNX_INDENT.test(under.text)) return false;
  return lynxIndentedPage(lines);
}

/**
 * The page's paragraphs' last lines (LONG_LINE columns and more, ending a sentence) stand at
 * lynx's paragraph indent (LYNX_INDENT) more than LYNX_PAGE_SHARE times as often as at the
 * margin: a lynx dump (844 of trafilatura's 923 lynx dumps; none of the w3m or html2text ones,
 * which print paragraphs at the margin). Long lines alone do not tell: lokalo's teasers print
 * 32 at the margin to its story's 27 indented.
 */
const lynxIndentedPage = perObject((lines: Line[]): boolean => {
  let indented = 0;
  let margin = 0;
  for (const { text } of lines) {
    if (text.length < LONG_LINE || !SENTENCE_END.test(text)) continue;
    if (LYNX_INDENT.test(text)) indented++;
    else if (text.charCodeAt(0) !== SPACE) margin++;
  }
  return indented > margin * LYNX_PAGE_SHARE;
});
const LONG_LINE = 50;
const LYNX_PAGE_SHARE = 3;

/**
 * Line `i` (at the margin, under an indented line) stands over one more heading at the margin,
 * a blank line between, which stands over a paragraph's line at lynx's indent: a kicker over
 * its title, both flush left as lynx prints <h1>-<h6>. gdp.de-Wertschätzung's kicker "Zweite
 * Tarifrunde des Öffentlichen Dienstes der Länder beginnt am Montag" (72 columns, 80 % of
 * lynx's width) under "   29. Oktober 2021" opened the story's block and was taken as the
 * story's own first line. A title over its subtitle stays as it was (the subtitle's line over it
 * is no indented one: hr-innovation, mueritzurlauber, lynxHeadingBetween's note).
 */
function kickerOverHeading(lines: Line[], i: number): boolean {
  const [line, under, below] = [lines[i] as Line, lines[i + 1], lines[i + 2]];
  if (under === undefined || below === undefined || under.n === line.n + 1) return false;
  return under.text.charCodeAt(0) !== SPACE && LYNX_INDENT.test(below.text);
}
const SPACE = 0x20;
/** A line indented three columns or more (a paragraph's, a list item's, a nested block's). */
const INDENTED = /^ {3,}\S/;

/**
 * A lynx paragraph's last full line: the next line is the paragraph's short tail (TAIL_WORDS at
 * most, ending a sentence) opening on a capital ("Uberspace durchgespielt.", "Arbeit an der
 * Datenbank bedeutet.": a German noun or a name), both at lynx's body indent (LYNX_INDENT), and
 * this line was wrapped into it (wrapsInto). lynx wraps some 10 columns narrower than w3m, so
 * more paragraphs end on such a tail: lynx's campino2k read its story's block at 48 words of the
 * 50 a story needs (w3m 83) and took a tag cloud for the story. On trafilatura's pages lynx
 * +4 -1; in w3m, without the indent and the tail's length, -6 (blocks of references, consent
 * forms and teasers growing past the story's); w3m and html2text unchanged with them.
 * TEXT where it is, NOT_TEXT where not; PAIRED when no line of the paragraph stands over this
 * one (wrapsOnto): a paragraph of two lines is as often a caption, a site's blurb or an ad's line
 * as story text.
 */
function endsWrappedParagraph(
  lines: Line[],
  i: number,
  next: number,
  width: number,
  counts: readonly number[],
): TextLineReading {
  if ((next & ENDS_SENTENCE) === 0 || (next & NO_TEXT_LINE) !== 0) return NOT_TEXT;
  const after = lines[i + 1];
  if (after === undefined || (counts[i + 1] as number) > TAIL_WORDS) return NOT_TEXT;
  const text = (lines[i] as Line).text;
  if (!LYNX_INDENT.test(text) || !LYNX_INDENT.test(after.text)) return NOT_TEXT;
  if (!wrapsInto(text, after.text, width)) return NOT_TEXT;
  return wrapsOnto(lines, i, width) ? TEXT : PAIRED;
}

/**
 * The line over lines[i] is the same paragraph's, at lynx's indent and wrapped into it: the
 * paragraph runs three lines or more. Read as text, a paragraph of two (one full line and a
 * short tail) joined the page's head to a story-sized block on clarin.com-albertofernandez (a
 * photo's caption under the standfirst), rosa-mag.de.womanking (the site's blurb) and
 * wir-empfehlen.info.3289 (an ad's line), whose datelines then fell under the story found.
 */
function wrapsOnto(lines: Line[], i: number, width: number): boolean {
  const line = lines[i] as Line;
  const over = lines[i - 1];
  return (
    over !== undefined &&
    over.n === line.n - 1 &&
    LYNX_INDENT.test(over.text) &&
    wrapsInto(over.text, line.text, width)
  );
}

/**
 * What textLineReading reads of a line's trimmed text: flag bits, and the trimmed length above
 * them.
 * Read once a page, by line index (story-start.ts's lineShapes), not remembered by the text.
 */
const titleCaseMemo = perDocument(isTitleCase);
const NO_TEXT_LINE = 1; // a list item, a dump marker or an html2text heading
const ENDS_SENTENCE = 2; // SENTENCE_END
const OPENS_LOWER = 4; // a lower-case letter first
export const SHAPE_BITS = 3;

export function lineShape(text: string): number {
  const t = text.trim();
  const noText = LIST_ITEM.test(t) || hasDumpMarker(t) || HEADING_MARK.test(t);
  return (
    (t.length << SHAPE_BITS) |
    (noText ? NO_TEXT_LINE : 0) |
    (SENTENCE_END.test(t) ? ENDS_SENTENCE : 0) |
    (OPENS_LOWER_CASE.test(t) ? OPENS_LOWER : 0)
  );
}

// Module constants, not literals in lineShape: a literal is a new RegExp object each call, and
// lineShape reads every line of a page (0.9% of the allocations over the 10-30 KB dumps, stop 48).
/** html2text's heading mark. */
const HEADING_MARK = /^#{1,6}\s/;

export function isLongListItem(text: string, words: number | undefined): boolean {
  return LIST_ITEM.test(text) && (words ?? 0) >= 10;
}

/** A paragraph's tail line (endsWrappedParagraph): campino2k's 2 and 5 words. */
const TAIL_WORDS = 5;
/** lynx indents a paragraph's lines by three columns; w3m and html2text print it at the margin. */
const LYNX_INDENT = /^ {3}\S/;

/**
 * A line's end that closes a sentence. The danda "।" (and double danda "॥") is the full stop of
 * Bengali, Hindi and the other scripts of India: ukbdnews.com.23646's first paragraph ends
 * "...আরেকজন আহত হন।" (docs/figures.md, stop 48, hl48g).
 */
export const SENTENCE_END = /[.!?।॥]["”’)]?$/u;

/**
 * The line was wrapped at the dump's width: the next line's first word would not have fitted
 * on it. Four columns of slack for lynx's indent, which the body finder's record trims. A
 * headline of 80 characters above a standfirst starting "President" is not wrapped.
 */
export function wrapsInto(line: string, next: string, width: number): boolean {
  const word = /^\S+/.exec(next.trim())?.[0] ?? '';
  return word !== '' && printedColumns(line) + 1 + printedColumns(word) > width - 4;
}

/**
 * wrapsInto for a line lynx indents by three columns, the indent counted: lynx wraps an indented
 * line at the same right edge as its other lines, so the trimmed line falls short of the width by
 * its indent. latercera's two-line title "La agenda con que Interior busca ... el dilema del" /
 * "oficialismo" (80 columns past the indent, the page's width 97) read as a paragraph's line and
 * was no candidate (trafilatura's latercera.com-laagenda in lynx).
 */
export function wrapsIndented(line: string, next: string, width: number): boolean {
  return LYNX_INDENT.test(line) && wrapsInto(line, next, width - LYNX_INDENT_COLUMNS);
}
const LYNX_INDENT_COLUMNS = 3;

/** A line of one word alone, no mark: a button in a row of them. */
export const ONE_WORD = /^\s*\p{L}+\s*$/u;
