// The days trafilatura's evaldata.json declares, judged page by page where the page itself
// declares or prints another (trafilatura-judged-dates.json: a day and month swapped, a day
// shifted, a year mistyped, a printed month read as its first day, the page's update where it
// declares another publication day; each entry's `kind` names its reason). The HTML bench
// (declared.ts) and the dump bench (measure.ts) score dates against these beside the days as
// declared; the targets and the declared floors stay on the days as declared.

import { readFileSync } from 'node:fs';
import path from 'node:path';

const JUDGED_DATES = (
  JSON.parse(
    readFileSync(path.join(import.meta.dirname, 'trafilatura-judged-dates.json'), 'utf8'),
  ) as { pages: Record<string, { date: string; kind: string; why: string }> }
).pages;

/**
 * The day a trafilatura page is judged to declare (trafilatura-judged-dates.json, by the page's
 * evaldata file name), else the day evaldata.json declares.
 */
export function judgedDay(file: string, declared: string | null): string | null {
  return declared === null ? null : (JUDGED_DATES[file]?.date ?? declared);
}

/** How many pages are judged for each reason, most first: "update 14, day 5, ...". */
export function judgedKinds(): string {
  const counts = new Map<string, number>();
  for (const { kind } of Object.values(JUDGED_DATES)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
}
