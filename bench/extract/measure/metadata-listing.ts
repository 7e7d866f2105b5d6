// The metadata listing (npm run bench:extract -- --headlines).

import { dumpText, type Scored } from './extraction.ts';
import {
  declaredDay,
  dumpLines,
  fold,
  printsByline,
  sameByline,
  sameHeadline,
  showsDate,
} from './metadata-rules.ts';

/** How the dump prints a page's expected title, as a reader of the text would find it. */
export type TitlePrinted = 'line' | 'wrapped' | 'with-site' | 'no';

/**
 * 'line': a line is the title (sameHeadline); 'wrapped': two adjacent lines are; 'with-site':
 * a line holds it with more after a separator (" | Site", " - Site"), too long for sameHeadline;
 * 'no': no line holds it (the <title> is not printed).
 */
export function howPrinted(dump: string, title: string): TitlePrinted {
  const lines = dumpLines(dump).filter((l) => l.length <= 400);
  if (lines.some((l) => sameHeadline(title, l))) return 'line';
  if (lines.some((l, i) => sameHeadline(title, `${l} ${lines[i + 1] ?? ''}`))) return 'wrapped';
  const folded = fold(title);
  if (folded && lines.some((l) => fold(l).includes(folded))) return 'with-site';
  return 'no';
}

export interface MetadataRow {
  path: string;
  field: 'headline' | 'byline' | 'date';
  expected: string;
  got: string | null;
  /** Headlines: how the dump prints the expected title. Dates: 'shown' or 'not shown'. */
  printed: string;
}

/** Every page whose headline, byline or date is wrong or missing, with how the dump prints it. */
export function metadataMisses(extractions: Scored[]): MetadataRow[] {
  const rows: MetadataRow[] = [];
  for (const e of extractions) {
    const meta = e.page.meta;
    if (!meta) continue;
    const dump = dumpText(e);
    const path = e.page.path;
    const title = e.doc?.title ?? null;
    if (meta.title && !sameHeadline(meta.title, title)) {
      rows.push({
        path,
        field: 'headline',
        expected: meta.title,
        got: title,
        printed: howPrinted(dump, meta.title),
      });
    }
    const byline = e.doc?.byline ?? null;
    if (meta.byline && !sameByline(meta.byline, byline)) {
      const printed = printsByline(dump, meta.byline) ? 'printed' : 'not shown';
      rows.push({ path, field: 'byline', expected: meta.byline, got: byline, printed });
    }
    const day = declaredDay(meta.publishedTime);
    const got = e.doc?.date?.value ?? null;
    if ((day ?? null) !== got) {
      rows.push({
        path,
        field: 'date',
        expected: day ?? '(none)',
        got,
        printed: day ? (showsDate(dump, day) ? 'shown' : 'not shown') : '',
      });
    }
  }
  return rows;
}
