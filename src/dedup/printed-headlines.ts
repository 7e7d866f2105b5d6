// A saved page and a text dump of it under different headlines (issue 22: a page and its dumps are
// one article): a dump's headline is the line its front end printed most like one (a teaser's, a
// product box's, a pull quote's), which is not always the page's declared headline, so neither
// headedPairs nor storylessPairs (src/dedup/candidates.ts, storyless.ts) pairs them. But a dump
// prints the page's headline as one of its lines, or the page holds the line the dump took for
// its headline: either tells that the two are one page, as a shared headline does.

import { wordCount } from '../text.ts';
import type { NormalizedDoc } from '../types.ts';
import { pairSharing, type ContainedPair } from './candidates.ts';
import { headlineKey } from './headlines.ts';

/**
 * Words a paragraph may have to be read as a printed headline: of the 1,011 development pages'
 * declared headlines, the median has 7 words, the 99th percentile 20 and one more than 30 (38).
 * Longer paragraphs are text, and looking them up would only cost time.
 */
const MAX_HEADLINE_LINE_WORDS = 30;

/**
 * Pairs of a saved page (format html) and a text copy under different telling headlines
 * (`headlines[i]`, a match key; null when it tells nothing), one of whose headlines is a
 * paragraph of the other, sharing at least `threshold` of the smaller copy's shingles and
 * `minShared` of them. A headline on more than `maxCopies` copies is a template's, as in
 * headedPairs, and one printed by more than `maxCopies` copies is a menu's or a teaser list's:
 * neither pairs anything, which also bounds the pairs compared.
 */
export function printedHeadlinePairs(
  docs: NormalizedDoc[],
  headlines: (string | null)[],
  sets: Uint32Array[],
  { threshold, minShared, maxCopies }: { threshold: number; minShared: number; maxCopies: number },
): ContainedPair[] {
  if (!holdsBothFormats(docs)) return [];
  const headed = copiesBy(headlines.entries());
  const printed = copiesBy(printedLines(docs, headed));
  const found = new Map<string, ContainedPair>();
  for (const [headline, printers] of printed) {
    const under = headed.get(headline) as number[];
    if (printers.length > maxCopies || under.length > maxCopies) continue;
    for (const j of printers) {
      for (const i of under) {
        const [page, dump] = docs[i]?.format === 'html' ? [i, j] : [j, i];
        if (docs[page]?.format !== 'html' || docs[dump]?.format !== 'text') continue;
        if (headlines[i] === headlines[j] || found.has(`${page} ${dump}`)) continue;
        const pair = pairSharing(page, dump, sets, threshold, minShared);
        if (pair) found.set(`${page} ${dump}`, pair);
      }
    }
  }
  return [...found.values()];
}

/**
 * Whether the archive holds a saved page and a text copy: only such a pair is looked for, and an
 * archive of one format (a WARC build's pages alone, a folder of dumps) need not have every
 * paragraph of every copy keyed to find none (stop 66, ws66).
 */
function holdsBothFormats(docs: NormalizedDoc[]): boolean {
  return docs.some((doc) => doc.format === 'html') && docs.some((doc) => doc.format === 'text');
}

/** The copies by key, from [copy, key] entries (a null key is left out), each copy once. */
function copiesBy(entries: Iterable<[number, string | null]>): Map<string, number[]> {
  const by = new Map<string, number[]>();
  for (const [i, key] of entries) {
    if (key === null) continue;
    const copies = by.get(key);
    if (!copies) by.set(key, [i]);
    else if (copies[copies.length - 1] !== i) copies.push(i);
  }
  return by;
}

/** [copy, headline] for each paragraph of a copy that is a headline of `headed`. */
function* printedLines(
  docs: NormalizedDoc[],
  headed: Map<string, number[]>,
): Generator<[number, string]> {
  for (const [j, doc] of docs.entries()) {
    for (const block of doc.blocks) {
      if (wordCount(block.text) > MAX_HEADLINE_LINE_WORDS) continue;
      const key = headlineKey(block.text);
      if (headed.has(key)) yield [j, key];
    }
  }
}
