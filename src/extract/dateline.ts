// Metadata reader: the article's date, from the datelines and date fields the header readers
// found (header-lines.ts), or in a dump from a date just above the headline.

import { wordCount } from '../text.ts';
import { findDate, isForeignDateLine, type DateKind } from '../normalize/dates.ts';
import type { ExtractedDate } from '../types.ts';
import { remove, type ExtractState } from './state.ts';

/** In a dump, a dateline may stand this many lines above the headline. */
const DATE_ABOVE_LINES = 4;

/**
 * In a dump with no dateline under the headline, one just above it, among the lines a blog
 * prints there (toc-missing: "Haki Benita", "• About", "• 21 September 2020", then the title).
 */
export function readDateAbove(state: ExtractState): void {
  const { page, meta } = state;
  const datesAbove = page && meta.dates.length === 0 ? page.above.slice(-DATE_ABOVE_LINES) : [];
  for (const line of datesAbove.reverse()) {
    const text = line.text.trim();
    const date = wordCount(text) <= 8 && !isForeignDateLine(text, true) ? findDate(text) : null;
    if (date) {
      meta.dates.push({ date, kind: 'plain' });
      // Read as the article's date, the line is its header's, not its text.
      if (!state.used.has(line.n)) remove(state, line, 'dateline');
      break;
    }
  }
}

const DATE_PRIORITY: Record<DateKind, number> = { published: 0, plain: 1, updated: 2 };

/** The publication date: the first published date, else the first plain one, else an update's. */
export function pickDate(state: ExtractState): ExtractedDate | null {
  const { dates } = state.meta;
  dates.sort((a, b) => DATE_PRIORITY[a.kind] - DATE_PRIORITY[b.kind]);
  return dates[0]?.date ?? null;
}
