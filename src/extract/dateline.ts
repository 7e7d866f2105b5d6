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
  if (!page || meta.dates.length > 0) return;
  const above = [...page.above].reverse();
  for (const [i, line] of above.entries()) {
    const text = line.text.trim();
    // Right above the headline a dateline may hold a byline and a section too (regards:
    // "Accueil | Par Loïc Le Clerc | 30 septembre 2018", 10 words); 15 as isDateline's.
    const words = wordCount(text);
    const near = i < DATE_ABOVE_LINES && (words <= 8 || (i === 0 && words <= 15));
    const date =
      (near || publishedLabel(text)) && !isForeignDateLine(text, true) ? findDate(text) : null;
    if (date) {
      meta.dates.push({ date, kind: near ? 'plain' : 'published' });
      // Read as the article's date, the line is its header's, not its text.
      if (!state.used.has(line.n)) remove(state, line, 'dateline');
      break;
    }
  }
}

/**
 * A line opening with a publication label ("Veröffentlicht am 26. Oktober 2023", "Published Nov
 * 8, 2023", "Verfasst von: ... | 31. Dezember 2008") dates the story from further above its
 * headline too, as far as the author's name may stand (PageHeader.above): a teaser's date is
 * printed bare.
 */
function publishedLabel(text: string): boolean {
  return /^[\s•*-]*(?:published|posted|first published|veröffentlicht|publiziert|verfasst|erschienen|publié|publicado|pubblicato)(?!\p{L})/iu.test(
    text,
  );
}

const DATE_PRIORITY: Record<DateKind, number> = { published: 0, plain: 1, updated: 2 };

/** The publication date: the first published date, else the first plain one, else an update's. */
export function pickDate(state: ExtractState): ExtractedDate | null {
  const { dates } = state.meta;
  dates.sort((a, b) => DATE_PRIORITY[a.kind] - DATE_PRIORITY[b.kind]);
  return dates[0]?.date ?? null;
}
