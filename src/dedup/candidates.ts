// Copy pairs without comparing all pairs: prefix filtering (Chaudhuri, Ganti and Kaushik 2006;
// Bayardo, Ma and Srikant 2007, "Scaling up all pairs similarity search").
//
// If the smaller copy A has at least need = ⌈t·|A|⌉ of its shingles in B, then any
// |A| − need + 1 of A's shingles include one that B has. So each copy looks up only that many of
// its shingles in an index of every copy's shingles, choosing its rarest, whose lists are short;
// the candidates it finds are then counted exactly. No pair at or above the threshold is missed,
// and boilerplate shingles (in thousands of copies) are looked up only by a copy made of them.
//
// The index is a few typed arrays (SharedShingleIndex), not a Map of arrays: at 100,000 copies
// it holds tens of millions of entries, which as JS arrays would cost gigabytes.

import { COPY_SLOTS, SHARE_ROUNDING, sharedShingles } from './shingles.ts';

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
  const index = sharedShingleIndex(sets);
  const pairs: ContainedPair[] = [];
  const lastProbedBy = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const set = sets[i] as Uint32Array;
    const size = set.length;
    if (size === 0) continue;
    // SHARE_ROUNDING keeps 0.8 × 5 = 4.000000000000001 from needing 5.
    const need = Math.ceil(threshold * size - SHARE_ROUNDING);
    const ids = postingIds(index, set);
    const order = rarestFirst(index, ids);
    for (let p = 0; p < size - need + 1; p++) {
      const id = ids[(order[p] as number) % 2 ** 24] as number;
      // A shingle of this copy alone has no posting list: it finds no other copy.
      if (id < 0) continue;
      const to = index.start[id + 1] as number;
      for (let k = index.start[id] as number; k < to; k++) {
        const j = index.postings[k] as number;
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

/**
 * The posting lists of the shingles two or more copies share: a shingle of one copy only can
 * find no pair, and most shingles of a corpus of distinct stories are such. Each list is found
 * through its shingle, sorted, and a directory on the shingles' high bits (they are hashes,
 * spread evenly), so a lookup reads a few neighbouring entries rather than a binary search's 25.
 * Four bytes an entry each: it replaced one sorted Float64Array of shingle·2^21 + copy for every
 * shingle of every copy, with a posting start and a frequency per copy's shingle (20 bytes a
 * shingle with the sets, ~1.3 GB of dedup's peak at 100,000 WARC records: docs/figures.md,
 * stop 61).
 */
export interface SharedShingleIndex {
  /** The shingles held by two or more copies, ascending. */
  shingles: Uint32Array;
  /** Shingle `id`'s copies are postings[start[id]] to postings[start[id + 1]]. */
  start: Uint32Array;
  /** The copies holding each shingle, ascending within each shingle's list. */
  postings: Uint32Array;
  /** For the top `bits` bits of a shingle value h: its shingles are ids directory[h]..[h + 1]. */
  directory: Uint32Array;
  bits: number;
}

export function sharedShingleIndex(sets: Uint32Array[]): SharedShingleIndex {
  const { shingles, start } = sharedShingleCounts(sets);
  // About one shingle a directory slot: 2^bits >= shingles, within 2^8 and 2^24 slots.
  const bits = Math.min(24, Math.max(8, Math.ceil(Math.log2(shingles.length + 1))));
  const directory = new Uint32Array(2 ** bits + 1);
  for (let id = 0, h = 0; h <= 2 ** bits; h++) {
    while (id < shingles.length && (shingles[id] as number) >>> (32 - bits) < h) id++;
    directory[h] = id;
  }
  const index = {
    shingles,
    start,
    postings: new Uint32Array(start[shingles.length] as number),
    directory,
    bits,
  };
  // Copies are taken in order, so each list comes out ascending.
  const cursor = start.slice(0, shingles.length);
  sets.forEach((set, copy) => {
    for (let k = 0; k < set.length; k++) {
      const id = shingleId(index, set[k] as number);
      if (id >= 0) index.postings[(cursor[id] as number)++] = copy;
    }
  });
  return index;
}

/**
 * The shingles two or more copies hold, ascending, and where each one's list will start: one
 * sort of every copy's shingles, read twice (once to count the lists, once to fill them).
 */
function sharedShingleCounts(sets: Uint32Array[]): { shingles: Uint32Array; start: Uint32Array } {
  let total = 0;
  for (const set of sets) total += set.length;
  const all = new Uint32Array(total);
  let at = 0;
  for (const set of sets) {
    all.set(set, at);
    at += set.length;
  }
  all.sort();
  const eachRun = (visit: (shingle: number, from: number, to: number) => void) => {
    for (let from = 0; from < total;) {
      let to = from + 1;
      while (to < total && all[to] === all[from]) to++;
      if (to - from > 1) visit(all[from] as number, from, to);
      from = to;
    }
  };
  let shared = 0;
  eachRun(() => shared++);
  const shingles = new Uint32Array(shared);
  const start = new Uint32Array(shared + 1);
  let id = 0;
  eachRun((shingle, from, to) => {
    shingles[id] = shingle;
    start[id + 1] = (start[id] as number) + to - from;
    id++;
  });
  return { shingles, start };
}

/** A shingle's id in the index, or -1 when no two copies share it. */
export function shingleId(index: SharedShingleIndex, shingle: number): number {
  const h = shingle >>> (32 - index.bits);
  const to = index.directory[h + 1] as number;
  for (let id = index.directory[h] as number; id < to; id++) {
    const value = index.shingles[id] as number;
    if (value === shingle) return id;
    if (value > shingle) break;
  }
  return -1;
}

/** How many copies hold a shingle of the index (`id`); 1 for one not in it (-1). */
export function copiesHolding(index: SharedShingleIndex, id: number): number {
  return id < 0 ? 1 : (index.start[id + 1] as number) - (index.start[id] as number);
}

/** Each of a copy's shingles' id in the index (shingleId). */
function postingIds(index: SharedShingleIndex, set: Uint32Array): Int32Array {
  const ids = new Int32Array(set.length);
  for (let k = 0; k < set.length; k++) ids[k] = shingleId(index, set[k] as number);
  return ids;
}

/**
 * A copy's shingles (by their ids), rarest first, as frequency·2^24 + k, which sorts natively
 * (a copy has far fewer than 2^24 shingles): k is the value modulo 2^24.
 */
function rarestFirst(index: SharedShingleIndex, ids: Int32Array): Float64Array {
  const order = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++)
    order[k] = copiesHolding(index, ids[k] as number) * 2 ** 24 + k;
  return order.sort();
}

/**
 * Pairs of copies under one headline (`headlines[i]`, its headlineKey; null for a copy whose
 * headline tells nothing) and of different kinds (`kinds[i]`: what each was read from), whose
 * smaller copy has at least `threshold` of its shingles, and `minShared` of them, in the larger.
 * A headline held by more than `maxCopies` copies finds none (headlineGroups).
 */
export function headedPairs(
  headlines: (string | null)[],
  kinds: string[],
  sets: Uint32Array[],
  { threshold, minShared, maxCopies }: { threshold: number; minShared: number; maxCopies: number },
): ContainedPair[] {
  const pairs: ContainedPair[] = [];
  const enough = (i: number) => (sets[i] as Uint32Array).length >= minShared;
  for (const copies of headlineGroups(headlines, maxCopies, enough)) {
    for (let x = 0; x < copies.length; x++) {
      for (let y = x + 1; y < copies.length; y++) {
        const [i, j] = [copies[x] as number, copies[y] as number];
        if (kinds[i] === kinds[j]) continue;
        const pair = pairSharing(i, j, sets, threshold, minShared);
        if (pair) pairs.push(pair);
      }
    }
  }
  return pairs;
}

/**
 * Copies `a` and `b` as a pair when they share `minShared` shingles or more and `threshold` of the
 * smaller copy's: null when not.
 */
export function pairSharing(
  a: number,
  b: number,
  sets: Uint32Array[],
  threshold: number,
  minShared: number,
): ContainedPair | null {
  const [x, y] = [sets[a] as Uint32Array, sets[b] as Uint32Array];
  const shared = sharedShingles(x, y);
  if (shared < minShared || shared < threshold * Math.min(x.length, y.length) - SHARE_ROUNDING)
    return null;
  // The smaller copy by distinct shingles, on a tie the lower index (as containedPairs).
  const [smaller, larger] =
    y.length < x.length || (y.length === x.length && b < a) ? [b, a] : [a, b];
  return { smaller, larger, shared };
}

/**
 * The copies under each headline (`headlines[i]`, null for none) that `counts` (every copy by
 * default), where two to `maxCopies` are: a headline on more is a template's ("Page not found",
 * a site's name), whose pairs would grow as their square. In the order the headlines first come.
 */
export function headlineGroups(
  headlines: (string | null)[],
  maxCopies: number,
  counts: (i: number) => boolean = () => true,
): number[][] {
  const byHeadline = new Map<string, number[]>();
  headlines.forEach((headline, i) => {
    if (headline === null || !counts(i)) return;
    const copies = byHeadline.get(headline);
    if (copies) copies.push(i);
    else byHeadline.set(headline, [i]);
  });
  return [...byHeadline.values()].filter((c) => c.length >= 2 && c.length <= maxCopies);
}
