// How the kicker readers (src/extract/kicker.ts) compare a headline with the page's other lines:
// each line's printKey (kept per page, read once), whether a line ends a wrapped one, and the
// shortest title a cut may leave.

import { spacesCollapsed } from '../../normalize/chrome.ts';
import { isListItem } from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { perObject } from '../../normalize/memo.ts';

/** Words a title left after a cut keeps at least: "Daten von Rheinmetall gehackt". */
export const TITLE_MIN_WORDS = 3;

/** Lines longer than this are paragraphs, not prints of a title (and are not read: speed). */
export const MAX_PRINT_LINE = 300;

/**
 * Line i of the page, no list item, is the end of a wrapped headline, paragraph or list item:
 * printed right under another line ("20 Clever Small Nursery Ideas When You’re Tight On" /
 * "Space + Free Printable"; lynx's "* How to Throw a High School Graduation" / "Party on a
 * Budget").
 */
export function isWrapEnd(page: Line[], i: number): boolean {
  const above = page[i - 1];
  const line = page[i];
  return (
    above !== undefined && line !== undefined && above.n === line.n - 1 && !isListItem(line.text)
  );
}

/**
 * The page's lines' printKeys by index, each read at its first ask: printsOf and plainLineKeys
 * key every line of the same page (the headline's lines left out alike), 1.1% of a 10-30 KB
 * dump's normalize CPU together (stop 52). Remembered by the page's array of lines, which is never
 * changed once read.
 */
export const pageKeys = perObject(
  (page: readonly Line[]): (string | undefined)[] => new Array<string | undefined>(page.length),
);

/** printKey of the page's line `i`, kept in `keys` (pageKeys). */
export function printKeyAt(keys: (string | undefined)[], page: readonly Line[], i: number): string {
  return (keys[i] ??= printKey((page[i] as Line).text));
}

/** Lower case, single-spaced, without list marks, heading marks and html2text's escapes. */
export function printKey(text: string): string {
  // The escapes' and the closing marks' patterns are tried only on text holding a backslash or
  // ending in "#", which each needs: the same key, without a try from every position of every line.
  const unescaped = text.includes('\\') ? text.replace(/\\([-*_#.!+])/g, '$1') : text;
  const unmarked = unescaped.trim().replace(/^(?:#{1,6}|[•*·●☆□-]|\d{1,3}[.)])\s+/u, '');
  const unclosed = unmarked.endsWith('#') ? unmarked.replace(/\s+#+$/u, '') : unmarked;
  return spacesCollapsed(unclosed.toLowerCase()).trim();
}
