// Copy pairs without comparing all pairs: prefix filtering (Chaudhuri, Ganti and Kaushik 2006;
// Bayardo, Ma and Srikant 2007, "Scaling up all pairs similarity search").
//
// If the smaller copy A has at least need = ⌈t·|A|⌉ of its shingles in B, then any
// |A| − need + 1 of A's shingles include one that B has. So each copy looks up only that many of
// its shingles in an index of every copy's shingles, choosing its rarest, whose lists are short;
// the candidates it finds are then counted exactly. No pair at or above the threshold is missed,
// and boilerplate shingles (in thousands of copies) are looked up only by a copy made of them.
//
// The index is one sorted Float64Array of shingle·2^21 + copy, not a Map of arrays: at 100,000
// copies it holds some 20 million entries, which as JS arrays would cost gigabytes.

import { COPY_SLOTS, sharedShingles, sortedShingleKeys } from './shingles.ts';

export interface ContainedPair {
  /** The smaller copy (by distinct shingles; on a tie, the lower index). */
  smaller: number;
  larger: number;
  /** Shingles the two share. */
  shared: number;
}

/** Every pair whose smaller copy has at least `threshold` of its shingles in the larger. */
export function containedPairs(sets: Uint32Array[], threshold: number): ContainedPair[] {
  const count = sets.length;
  if (count >= COPY_SLOTS) {
    throw new Error(`dedup compares at most ${COPY_SLOTS - 1} files in one build, got ${count}`);
  }
  const { offset, keys, postingStart, frequency } = shingleIndex(sets);
  const pairs: ContainedPair[] = [];
  const lastProbedBy = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const set = sets[i] as Uint32Array;
    const size = set.length;
    if (size === 0) continue;
    // The epsilon keeps 0.8 × 5 = 4.000000000000001 from needing 5.
    const need = Math.ceil(threshold * size - 1e-9);
    const base = offset[i] as number;
    const order = rarestFirst(frequency, base, size);
    for (let p = 0; p < size - need + 1; p++) {
      const slot = base + ((order[p] as number) % 2 ** 24);
      const from = postingStart[slot] as number;
      const to = from + (frequency[slot] as number);
      for (let k = from; k < to; k++) {
        const j = (keys[k] as number) % COPY_SLOTS;
        if (j === i || lastProbedBy[j] === i) continue;
        lastProbedBy[j] = i;
        const other = (sets[j] as Uint32Array).length;
        // Containment is measured in the smaller copy, so the smaller one's lookup decides.
        if (other < size || (other === size && j < i)) continue;
        const shared = sharedShingles(set, sets[j] as Uint32Array);
        if (shared >= need) pairs.push({ smaller: i, larger: j, shared });
      }
    }
  }
  return pairs;
}

/** Every copy's shingles in one sorted index, with each shingle's posting list. */
interface ShingleIndex {
  /** Where copy i's shingles start among all copies' (slot offset[i] + k is its k-th). */
  offset: Uint32Array;
  /** shingle·2^21 + copy, sorted: the posting lists, one after another. */
  keys: Float64Array;
  /** For each slot: where its shingle's posting list starts in `keys`. */
  postingStart: Uint32Array;
  /** For each slot: how long its shingle's posting list is (the shingle's document frequency). */
  frequency: Uint32Array;
}

function shingleIndex(sets: Uint32Array[]): ShingleIndex {
  const count = sets.length;
  const offset = new Uint32Array(count + 1);
  sets.forEach((set, i) => (offset[i + 1] = (offset[i] as number) + set.length));
  const total = offset[count] as number;
  const keys = sortedShingleKeys(sets);

  // A copy's shingles are sorted, so the walk over the sorted keys meets them in its own order
  // and a cursor per copy places them.
  const postingStart = new Uint32Array(total);
  const frequency = new Uint32Array(total);
  const cursor = offset.slice(0, count);
  for (let start = 0; start < total;) {
    const shingle = Math.floor((keys[start] as number) / COPY_SLOTS);
    let end = start + 1;
    while (end < total && Math.floor((keys[end] as number) / COPY_SLOTS) === shingle) end++;
    for (let k = start; k < end; k++) {
      const copy = (keys[k] as number) - shingle * COPY_SLOTS;
      const slot = (cursor[copy] as number)++;
      postingStart[slot] = start;
      frequency[slot] = end - start;
    }
    start = end;
  }
  return { offset, keys, postingStart, frequency };
}

/**
 * A copy's shingles (its `size` slots from `base`), rarest first, as frequency·2^24 + k, which
 * sorts natively (a copy has far fewer than 2^24 shingles): k is the value modulo 2^24.
 */
function rarestFirst(frequency: Uint32Array, base: number, size: number): Float64Array {
  const order = new Float64Array(size);
  for (let k = 0; k < size; k++) order[k] = (frequency[base + k] as number) * 2 ** 24 + k;
  return order.sort();
}
