// html2text writes the characters of some character references in ASCII: its UNIFIABLE table
// (html2text/config.py) turns "&auml;" and "&#xE4;" into "a", "&mdash;" into "--", "&rsquo;" into
// "'", where a page's literal characters print as they are. A title written with references
// loses its accents and dashes in html2text's dump alone ("Der Nervenkrieg um den Brexit geht in
// die nachste Runde", trafilatura's d42c68f1 from NZZ's "n&#xE4;chste"; wired's "AI Can Do Great
// Things--if It Doesn't Burn the Planet"), w3m and lynx print the characters. Where the page
// prints the same title again with its characters (a teaser's list, the share bar's text, the
// page's title written literally), the headline is read from that print.

import type { Line } from '../normalize/paragraphs.ts';
import { stripHeadingMarks } from '../normalize/headline.ts';

/** html2text's UNIFIABLE table by character (lrm and rlm, printed as nothing, left out). */
const UNIFIED = new Map<string, string>([
  ['\u2019', "'"],
  ['\u2018', "'"],
  ['\u201d', '"'],
  ['\u201c', '"'],
  ['\u00a9', '(C)'],
  ['\u2014', '--'],
  ['\u00a0', ' '],
  ['\u2192', '->'],
  ['\u2190', '<-'],
  ['\u00b7', '*'],
  ['\u2013', '-'],
  ['\u0153', 'oe'],
  ['\u00e6', 'ae'],
  ...[...'\u00e0\u00e1\u00e2\u00e3\u00e4\u00e5'].map((c) => [c, 'a'] as [string, string]),
  ...[...'\u00e8\u00e9\u00ea\u00eb'].map((c) => [c, 'e'] as [string, string]),
  ...[...'\u00ec\u00ed\u00ee\u00ef'].map((c) => [c, 'i'] as [string, string]),
  ...[...'\u00f2\u00f3\u00f4\u00f5\u00f6'].map((c) => [c, 'o'] as [string, string]),
  ...[...'\u00f9\u00fa\u00fb\u00fc'].map((c) => [c, 'u'] as [string, string]),
]);

const UNIFIABLE = new RegExp(`[${[...UNIFIED.keys()].join('')}]`, 'u');
const UNIFIABLE_ALL = new RegExp(UNIFIABLE.source, 'gu');

/** The text as html2text writes it had each of its characters been a reference. */
export function unified(text: string): string {
  return text.replace(UNIFIABLE_ALL, (c) => UNIFIED.get(c) ?? c);
}

/**
 * A list's bullet or a quote's mark before a line's text (html2text's heading marks go after,
 * stripHeadingMarks): the dump tools' own marks, html2text's "*", "-" and ">", w3m's "•", not
 * BULLET_MARKS (page-furniture.ts), which holds no quote's ">" and holds the glyphs pages print
 * themselves (·●▪◦○►). Those stay on the line, so that a line after one does not read as the
 * title ("·" is in html2text's table: it writes "*"). Taking them would change behaviour.
 */
const LINE_MARKS = /^\s*(?:[*•>-]\s+)?/u;

/**
 * The headline `text` as the page prints it elsewhere with the characters html2text wrote in
 * ASCII: the first printed line that, its list bullet and heading marks off, reads as `text`
 * once unified, and holds a character of the table. `text` itself when it holds one (its
 * characters were printed) or no line does.
 */
export function withPrintedLetters(text: string, page: Line[]): string {
  const title = text.replace(/\s+/g, ' ').trim();
  if (title === '' || UNIFIABLE.test(title)) return text;
  for (const line of page) {
    // The cheap tests first: a unified print is no shorter than its original, and most lines
    // hold none of the table's characters.
    if (line.text.length < title.length / 2 || !UNIFIABLE.test(line.text)) continue;
    const plain = stripHeadingMarks(line.text.replace(LINE_MARKS, '')).replace(/\s+/g, ' ').trim();
    if (plain.length <= title.length && unified(plain) === title) return plain;
  }
  return text;
}
