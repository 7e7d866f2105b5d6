// The marks and shapes the dump's headline revisions read a line by: a bullet, a list item's
// mark, a full stop at its end, a sentence or a dateline (no headline), a title's shape. Moved
// from page-header.ts (stop 43, branch rf43b).

import { wordCount } from '../../text.ts';
import { datelineDay } from '../../normalize/dates.ts';
import { LONG_WORD } from '../../normalize/headline.ts';
import { BULLET_MARKS } from '../../normalize/headline/page-furniture.ts';

/** A sentence (SENTENCE_WORDS words or more, a full stop at its end) or a dateline. */
export function lineNoHeadline(text: string): boolean {
  return (
    (SENTENCE_END.test(text) && wordCount(text) >= SENTENCE_WORDS) || datelineDay(text) !== null
  );
}

/**
 * A sentence's full stop after a word: not "!!!" or "?", which end headlines too (tmz-1's "Lupita
 * Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!", Readability's headline in w3m, lost with them).
 */
const SENTENCE_END = /\p{L}\.["”’)]?$/u;

/** Words of a sentence taken for a headline, at least: "Haustiere erlaubt." is a title's. */
const SENTENCE_WORDS = 6;

/**
 * A bulleted line under the repeated item (lynx's "+" in a nested list too): a menu's panel goes
 * on, a trail's page does not (fem.com's "* Beauty & Lifestyle" over its panel's heading).
 */
export const BULLET = new RegExp(String.raw`^\s*([${BULLET_MARKS}+»-])(?:\s|$)`, 'u');

/** A list item's mark: a bullet or a number ("3. "), or the mark alone (an empty item). */
export const LIST_MARK = new RegExp(
  String.raw`^\s*(?:[${BULLET_MARKS}»-]|\d{1,3}[.)])(?:\s+|$)`,
  'u',
);

/**
 * A headline ends on no full stop or exclamation mark there: a line that does is a sentence of
 * the story (piratenpartei's "Allgemein finden Stammtische meist am ersten Mittwoch ... statt.",
 * gizmeo's subheading "Eine Ameise in einer Bar!" in html2text, which lost its date). One word
 * alone under a caption is its credit (d27eb719's "WITTERS" in w3m, which lost its date too).
 */
export const FULL_STOP = /[.!]["”’)]?$/u;

/**
 * A title's shape, where a clean file's first line is its title and the line picked lower is
 * not: at most TOP_HEADLINE_WORDS words (a wire story's 30-word lead over its byline lines,
 * test/unit/dedup.test.ts's bond story), and more letters than digits (a results table's row,
 * "Avg shrs 69,127,000 vs 68,004,000", under Reuters' "FARMERS GROUP INC <FGRP> 4TH QTR NET").
 */
export function titleShaped(text: string): boolean {
  const digits = text.match(/\d/g)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return wordCount(text) <= TOP_HEADLINE_WORDS && letters > digits;
}

/** The titles won are up to 20 words long (infobae's "El Nobel de la Paz ruso, ..."). */
const TOP_HEADLINE_WORDS = 24;

/**
 * Whether `text` holds two LONG_WORDs at least (four letters or more each): a title's shape, not
 * a label's or a name's alone ("Tags", "Foto: dpa"), as every revision asks of a line it takes.
 */
export function twoLongWords(text: string): boolean {
  return (text.match(LONG_WORD) ?? []).length >= 2;
}

/** Two long words and a title's shape (twoLongWords, titleShaped): a line a revision may take. */
export function titleLike(text: string): boolean {
  return twoLongWords(text) && titleShaped(text);
}
