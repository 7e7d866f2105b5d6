// Pages whose extracted body is near empty although the page holds an article
// (bench:extract:html --short N, stop 66): each page whose published body is under N words, beside
// the words of its w3m dump (what a browser prints of the page) and, on Readability's pages, of
// its reference. A page whose w3m dump holds far more is a body the HTML path lost.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Extraction } from './measure.ts';

export interface ShortPage {
  path: string;
  /** Words of the published body. */
  body: number;
  /** Words of the page's w3m dump, or null without one. */
  w3m: number | null;
  /** Words of the expected article (Readability's pages), or null. */
  reference: number | null;
  /** Why ingest rejected the page, or null. */
  rejected: string | null;
}

const words = (s: string) => s.split(/\s+/u).filter(Boolean).length;

/** The page's w3m dump beside its saved page, as bench:extract reads the dumps. */
function w3mDump(root: string, e: Extraction): string | null {
  const file =
    e.page.corpus === 'readability'
      ? path.join(root, 'readability', e.page.name, 'w3m.txt')
      : path.join(root, 'trafilatura', 'text', 'w3m', e.page.name.replace(/\.html?$/u, '.txt'));
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

/** The pages whose body is under `under` words, the most lost (w3m's words less ours) first. */
export function shortPages(root: string, extractions: Extraction[], under: number): ShortPage[] {
  return extractions
    .filter((e) => words(e.body) < under)
    .map((e) => {
      const dump = w3mDump(root, e);
      return {
        path: e.page.path,
        body: words(e.body),
        w3m: dump === null ? null : words(dump),
        reference: e.page.reference === undefined ? null : words(e.page.reference),
        rejected: e.rejected,
      };
    })
    .sort((a, b) => (b.w3m ?? 0) - b.body - ((a.w3m ?? 0) - a.body) || (a.path < b.path ? -1 : 1));
}
