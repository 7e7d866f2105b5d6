// A headline printed in a table's cell: w3m prints a page laid out in a table as rows of cells at
// fixed columns, runs of spaces between them, so the title's line holds the left column's and the
// right column's words too ("Suche          Der Tag, an dem sich der Menschensohn offenbart
// Mehr zu   [175_1]", kath.net in w3m), which no headline rule reads as a headline's line.

import { isHeaderText, tellsOf, type Headline } from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { wordCount } from '../../text.ts';
import { type Found, indexOf } from './found.ts';
import { twoLongWords } from './line-marks.ts';

/** A cell of a table's row: its first column and its text. */
interface Cell {
  at: number;
  text: string;
}

/** Spaces parting two cells of a row (w3m's tables; a sentence's double space is none). */
const CELL_GAP = /\s{3,}/gu;

/** The row's cells: its text cut at each run of CELL_GAP spaces. */
function cellsOf(text: string): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const gap of text.matchAll(CELL_GAP)) {
    const cell = text.slice(at, gap.index);
    if (cell.trim()) cells.push({ at, text: cell.trim() });
    at = gap.index + gap[0].length;
  }
  if (text.slice(at).trim()) cells.push({ at, text: text.slice(at).trim() });
  return cells;
}

/**
 * Where no headline was found and the story's first line is a table's row, the story is its
 * cell of the most words; the headline is the cell standing at the same column within
 * CELL_REACH lines over it, alone in that column (no cell there on the rows over and under it: a
 * paragraph's cells run on), of a title's shape and words the story tells. kath.net's
 * "Der Tag, an dem sich der Menschensohn offenbart" (trafilatura's kath.net-Menschensohn in w3m,
 * which lynx and html2text print on a line of its own and had right).
 */
export function titleInTableCell<T extends Found>(page: Line[], found: T): T {
  if (found.headline) return found;
  const { story } = found;
  const row = cellsOf((page[story] as Line).text);
  if (row.length < 2) return found;
  const column = row.reduce((a, b) => (wordCount(b.text) > wordCount(a.text) ? b : a)).at;
  const index = indexOf(page);
  for (let k = story - 1; k >= Math.max(0, story - CELL_REACH); k--) {
    const cell = cellAt(page, k, column);
    if (cell === null || cellAt(page, k - 1, column) || cellAt(page, k + 1, column)) continue;
    if (!isHeaderText(cell) || !twoLongWords(cell) || !tellsOf(page, story, cell, index)) {
      continue;
    }
    const headline: Headline = { first: k, last: k, text: cell, score: 0 };
    return { ...found, headline };
  }
  return found;
}

/** Lines over the story's row its title's cell may stand on (kath.net: 11). */
const CELL_REACH = 15;

/** The text of line `k`'s cell starting at `column`, or null. */
function cellAt(page: Line[], k: number, column: number): string | null {
  const line = page[k];
  if (line === undefined) return null;
  return cellsOf(line.text).find((cell) => cell.at === column)?.text ?? null;
}
