import assert from 'node:assert/strict';
import { test } from 'node:test';

import { widthOf } from '../../src/normalize/paragraphs.ts';

/** widthOf as it was: the 90th percentile of the sorted lengths, 0 for none. */
function sortedWidth(lengths: number[]): number {
  const sorted = Uint32Array.from(lengths).sort();
  return sorted[Math.floor(sorted.length * 0.9)] ?? 0;
}

test('widthOf counts lengths to the same 90th percentile a sort gives', () => {
  assert.equal(widthOf([]), 0);
  assert.equal(widthOf([72]), 72);
  assert.equal(widthOf([0, 0, 0]), 0);
  // Short lines, a dump's lines, and lines longer than widthOf counts (sorted instead).
  let seed = 7;
  const next = (limit: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % limit;
  for (const limit of [4, 120, 400, 5000, 100_000]) {
    for (let round = 0; round < 200; round++) {
      const lengths = Array.from({ length: next(40) }, () => next(limit));
      assert.equal(widthOf(lengths), sortedWidth(lengths), `${lengths.join(',')}`);
    }
  }
});
