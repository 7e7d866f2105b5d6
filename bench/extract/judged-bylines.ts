// The authors trafilatura's evaldata.json declares, judged page by page where the reference is
// not what the page names (trafilatura-judged-bylines.json: a letter cut, a share button's word
// or an affiliation run into the name, a misspelling the page never prints). The HTML bench
// (declared.ts) scores bylines against these beside the authors as declared; the target
// and the declared floors stay on the authors as declared.

import { readFileSync } from 'node:fs';
import path from 'node:path';

const JUDGED_BYLINES = (
  JSON.parse(
    readFileSync(path.join(import.meta.dirname, 'trafilatura-judged-bylines.json'), 'utf8'),
  ) as { pages: Record<string, { byline: string | null; why: string }> }
).pages;

/**
 * The author a trafilatura page is judged to name (trafilatura-judged-bylines.json, by the
 * page's evaldata file name; null where it names none), else the one evaldata.json declares.
 */
export function judgedByline(file: string, declared: string): string | null {
  const judged = JUDGED_BYLINES[file];
  return judged === undefined ? declared : judged.byline;
}

/** Whether a trafilatura page's author is judged. */
export function isBylineJudged(file: string): boolean {
  return file in JUDGED_BYLINES;
}
