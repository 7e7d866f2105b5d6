// The dedup index (prefix filtering over word shingles) claims to be exact: every pair whose
// smaller copy has at least the threshold share of its shingles in the larger is found, and no
// other. Checked here against brute force over every pair, on real BBC and Reuters stories with
// cut-off, re-sent and look-alike copies among them.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  containedPairs,
  copiesHolding,
  sharedShingleIndex,
  shingleId,
} from '../../src/dedup/candidates.ts';
import { sharedShingles, shingleHashes } from '../../src/dedup/shingles.ts';
import { CORPORA as corpora } from '../helpers/corpora.ts';

/**
 * 1,500 real stories, with cut-off copies of some: up to 600 BBC business stories, then Reuters
 * bodies in file order (on the full corpora 510 BBC and the first 990 Reuters bodies; on the
 * samples in test/corpora, which hold fewer, all their BBC business and Reuters stories).
 */
function texts(): string[] {
  const bbc = path.join(corpora, 'bbc', 'business');
  const out = readdirSync(bbc)
    .sort()
    .slice(0, 600)
    .map((name) => readFileSync(path.join(bbc, name), 'latin1'));
  const reuters = path.join(corpora, 'reuters21578');
  for (const name of readdirSync(reuters)
    .filter((n) => /^reut2-\d+\.sgm$/.test(n))
    .sort()) {
    if (out.length >= 1500) break;
    const sgml = readFileSync(path.join(reuters, name), 'latin1');
    for (const m of sgml.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) out.push(m[1] ?? '');
  }
  const originals = out.slice(0, 1500);
  // Cut-off copies: the first 40-100% of a story's words, so containment spans the threshold.
  const copies = originals
    .filter((_, i) => i % 7 === 0)
    .map((text, i) => {
      const words = text.split(/\s+/);
      return words.slice(0, Math.ceil(words.length * (0.4 + ((i * 37) % 61) / 100))).join(' ');
    });
  return [...originals, ...copies];
}

function bruteForce(sets: Uint32Array[], threshold: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const [a, b] = [sets[i] as Uint32Array, sets[j] as Uint32Array];
      const small = Math.min(a.length, b.length);
      if (small > 0 && sharedShingles(a, b) >= Math.ceil(threshold * small - 1e-9)) {
        out.add(`${i} ${j}`);
      }
    }
  }
  return out;
}

test('the shingle index finds exactly the pairs brute force finds, at every threshold', () => {
  assert.ok(existsSync(corpora), `the corpora are missing at ${corpora}: set ARCHIVE_CORPORA`);
  const sets = texts().map(shingleHashes);
  for (const threshold of [0.5, 0.8, 1]) {
    const indexed = new Set(
      containedPairs(sets, threshold).map(({ smaller, larger }) =>
        smaller < larger ? `${smaller} ${larger}` : `${larger} ${smaller}`,
      ),
    );
    const expected = bruteForce(sets, threshold);
    assert.ok(expected.size > 100, `only ${expected.size} pairs at ${threshold}: a weak check`);
    assert.deepEqual([...indexed].sort(), [...expected].sort(), `threshold ${threshold}`);
  }
});

test('shingles ignore case, punctuation and layout, and are distinct and sorted', () => {
  const a = shingleHashes('The Fed added reserves,\nvia customer repurchases, a spokesman said.');
  const b = shingleHashes('the fed added reserves via customer  repurchases a spokesman said');
  assert.deepEqual(a, b);
  assert.equal(a.length, 6);
  assert.ok(a.every((x, i) => i === 0 || (a[i - 1] as number) < x));
  assert.equal(shingleHashes('too short to shingle').length, 0);
});

test('the index holds the shingles two or more copies share, each with every copy holding it', () => {
  const sets = texts().map(shingleHashes);
  const holders = new Map<number, number[]>();
  sets.forEach((set, copy) => {
    for (const shingle of set) holders.set(shingle, [...(holders.get(shingle) ?? []), copy]);
  });
  const index = sharedShingleIndex(sets);
  let shared = 0;
  let postings = 0;
  for (const [shingle, copies] of holders) {
    const id = shingleId(index, shingle);
    assert.equal(copiesHolding(index, id), copies.length);
    if (copies.length < 2) {
      assert.equal(id, -1);
      continue;
    }
    shared++;
    postings += copies.length;
    const from = index.start[id] as number;
    assert.deepEqual([...index.postings.subarray(from, from + copies.length)], copies);
  }
  assert.equal(index.shingles.length, shared);
  assert.equal(index.postings.length, postings);
  // What dedup's peak held before: 16 bytes for every shingle of every copy (docs/figures.md,
  // stop 61); on these stories, cut-off copies among them, well under half of it.
  const total = sets.reduce((n, set) => n + set.length, 0);
  const bytes = [index.shingles, index.start, index.postings, index.directory].reduce(
    (n, a) => n + a.byteLength,
    0,
  );
  assert.ok(bytes < total * 8, `${bytes} bytes for ${total} shingles`);
});
