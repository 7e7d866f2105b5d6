// Results tables in a Reuters copy's trailing paragraphs ("Shr 24 cts vs 21 cts"): rows of figures
// that are the story's own, not other stories' leads (../glued.ts).
import { STOPWORDS, wordCount } from '../../text.ts';
import type { Block } from '../../types.ts';

/** A teaser is cut mid-sentence; a results line ("Record April 10") has no full stop either. */
export const SENTENCE_WORDS = 12;

/**
 * A results table's row ("Shr 24 cts vs 21 cts", "Net loss 262,000 vs loss 88,000", "Shr loss 28
 * cts", "Pay May 25"): a few words with a figure, no sentence.
 */
const isTableRow = (text: string) =>
  wordCount(text) < SENTENCE_WORDS &&
  /\d|\bvs\b/i.test(text) &&
  !/[a-z]{2}[.!?]["'”’)]?$/.test(text.trim());
/** A results table's period header ("Year", "Nine mths", "4th qtr"): a few words, no sentence. */
export const isTableHeader = (text: string) =>
  wordCount(text) <= 3 && !/\bvs\b/i.test(text) && !/[.!?]["'”’)]?$/.test(text.trim());
/**
 * A results line of any length ("Qtly div 20 cts vs 16 cts prior", "Shr 35 cts vs 13 cts Net
 * 531,840 vs 188,362 Revs ..."): figures set against figures, no sentence.
 */
export const isResultsLine = (text: string) =>
  /\bvs\b/i.test(text) && /\d/.test(text) && !/[a-z]{2}[.!?]["'”’)]?$/.test(text.trim());
/**
 * A results line opening with rows of figures and their labels ("Shr loss six cts vs profit two
 * cts Net loss 463,473 vs ..."), unlike a table's note, a sentence ("Earnings exclude gains of
 * 62,000 dlrs, or one ct a share vs ..."): in its first SENTENCE_WORDS words at most one
 * lower-case stop word, counting no figure written out (a cut-off results story may go on to
 * its own note: "... Sales 792.71 billion vs 864.28 billion NOTE - Company forecast for ..."), and
 * a figure after a label of at most MAX_ROW_LABEL_WORDS words ("Shr primary 1.79 dlrs", not a
 * note's "Year net includes pretax LIFO inventory charge 600,000 dlrs vs ...").
 */
const NUMBER_WORDS = new Set('one two three four five six seven eight nine'.split(' '));
const MAX_ROW_LABEL_WORDS = 3;
export function isBareFigures(text: string): boolean {
  if (!isResultsLine(text)) return false;
  const words = text.split(/\s+/, SENTENCE_WORDS);
  const label = words.findIndex((word) => /\d/.test(word) || NUMBER_WORDS.has(word));
  if (label < 0 || label > MAX_ROW_LABEL_WORDS) return false;
  let stops = 0;
  for (const word of words)
    if (STOPWORDS.has(word) && !NUMBER_WORDS.has(word) && ++stops > 1) return false;
  return true;
}
export const isTabular = (text: string) => isTableRow(text) || isResultsLine(text);

/**
 * Whether paragraph k, a results row, is a row of the table the story itself is: a results story
 * lists its rows ("Shr", "Net", "Revs") per period, and a row after a period header ("Six mths")
 * or after a row is the story's, even when another company's results start with the same words
 * ("Shr loss eight cts vs loss three cts"; seed 22 took 14 such rows off archive stories). A
 * row starting the table over is no sign of another's: normalize takes the period headers out
 * ("Year" as a kicker), so the year's "Shr" row follows the quarter's "Revs" row.
 */
export function continuesTable(blocks: Block[], k: number): boolean {
  const before = (blocks[k - 1]?.text ?? '').trim();
  return (
    isTableRow((blocks[k] as Block).text.trim()) && (isTableHeader(before) || isTableRow(before))
  );
}
