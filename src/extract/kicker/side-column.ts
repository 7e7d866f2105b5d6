// A side column's words w3m prints beside a headline in a table's cell (withoutSideColumn), for
// src/extract/kicker.ts.

import { spacesCollapsed } from '../../normalize/chrome.ts';
import { isHeadlineCandidate } from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { wordCount } from '../../text.ts';

/**
 * A headline w3m prints in a table's cell beside a side column's: "Minecraft 1.8 - The Bountiful
 * Update" then, after a run of spaces at column 74, "Minecraft.net", the first of the sidebar's
 * links stacked at that column on the lines under it (Readability's tumblr, w3m lines 3-4). The
 * run of 8 spaces or more (SIDE_GAP_RUN), with a line next to the headline's printing a word at
 * the same column, sets the side column off; the title is the part before it, longer than the
 * side's SIDE_WORDS words at most.
 */
export function withoutSideColumn(text: string, page: Line[], own: readonly Line[]): string {
  const [line] = own;
  if (own.length !== 1 || !line) return text;
  const gap = SIDE_GAP_RUN.exec(line.text);
  if (!gap) return text;
  const column = gap.index + gap[0].length;
  const left = spacesCollapsed(line.text.slice(0, gap.index + 1)).trim();
  const side = line.text.slice(column).trim();
  if (wordCount(side) > SIDE_WORDS || wordCount(left) <= wordCount(side)) return text;
  const at = page.findIndex((l) => l.n === line.n);
  const beside = [page[at - 1], page[at + 1]].some(
    (l) => l !== undefined && Math.abs(l.n - line.n) === 1 && startsWordAt(l.text, column),
  );
  return beside && text.startsWith(left) && isHeadlineCandidate(left) ? left : text;
}

const SIDE_GAP_RUN = /\S( {8,})(?=\S)/u;

const SIDE_WORDS = 4;

/** `text` prints a word starting at `column` after a space. */
function startsWordAt(text: string, column: number): boolean {
  return text[column - 1] === ' ' && /\S/u.test(text[column] ?? '');
}
