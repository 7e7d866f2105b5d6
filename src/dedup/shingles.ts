// Word shingles: the unit dedup compares copies by. A copy of a story, however laid out, shares
// its run of five-word sequences with the original; a rewrite or another story does not.

import { CJK_CHAR, fnv1a, MAY_HOLD_CJK, matchKey } from '../text.ts';
import { foldDiacritics } from './damage.ts';

export const SHINGLE_WORDS = 5;

/**
 * Room for floating-point rounding where shingles shared are compared with a share of a copy's:
 * `threshold * size` can come out a hair above the whole number it is (0.8 × 5 =
 * 4.000000000000001), and a pair sharing exactly that share must still pass.
 */
export const SHARE_ROUNDING = 1e-9;

/**
 * The distinct 5-word shingles of a text, hashed to 32 bits and sorted ascending: the sorted
 * typed array makes overlap a linear merge and the whole corpus one sortable index. Each word is
 * hashed once and five word hashes are mixed, rather than hashing joined strings.
 */
export function shingleHashes(text: string): Uint32Array {
  return keyShingles(matchKey(text));
}

/**
 * shingleHashes of a text already turned into its match key (matchKey), read once for both. Its
 * diacritics are folded: a dump that wrote "fur" for "für" shares its shingles with its page
 * (src/dedup/damage.ts).
 */
export function keyShingles(key: string): Uint32Array {
  return sortedDistinct(shingleRun(key));
}

/**
 * keyShingles of a key, only those `keep` says yes to: the same as keyShingles(key) filtered, but
 * without sorting the rest (printed-story.ts keeps the few of a dump's long printed text that are
 * on a saved page's body, which a filter turns away, stop 66).
 */
export function keyShinglesWhere(key: string, keep: (shingle: number) => boolean): Uint32Array {
  const run = shingleRun(key);
  let kept = 0;
  for (let i = 0; i < run.length; i++) {
    const shingle = run[i] as number;
    if (keep(shingle)) run[kept++] = shingle;
  }
  return sortedDistinct(run.subarray(0, kept));
}

/** The key's shingles in the order of its words, repeats kept. */
function shingleRun(key: string): Uint32Array {
  if (!key) return new Uint32Array(0);
  const words = wordHashes(foldDiacritics(key));
  const count = words.length - SHINGLE_WORDS + 1;
  if (count <= 0) return new Uint32Array(0);
  const out = scratchRun(count);
  for (let i = 0; i < count; i++) {
    let hash = 0x811c9dc5;
    for (let k = 0; k < SHINGLE_WORDS; k++) {
      hash = Math.imul(hash ^ (words[i + k] as number), 0x01000193);
    }
    // Final avalanche (murmur3's fmix32), so nearby inputs spread over the whole range.
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
    out[i] = hash >>> 0;
  }
  return out;
}

/** `run` sorted ascending, each shingle once, in a new array (`run` is sorted in place). */
function sortedDistinct(run: Uint32Array): Uint32Array {
  run.sort();
  let distinct = 0;
  for (let i = 0; i < run.length; i++) {
    if (i === 0 || run[i] !== run[distinct - 1]) run[distinct++] = run[i] as number;
  }
  return run.slice(0, distinct);
}

// Chinese and Japanese are written without spaces, so a "word" of the match key is a whole
// clause, and one changed character (a stray byte read as U+FFFD, a wrap joined differently)
// would change every shingle across it. Each such character counts as a word of its own, as
// character n-grams are the usual unit for these scripts (CJK_CHAR). Korean is written with
// spaces.

/**
 * fnv1a of each of the key's words (shingleWords), hashed as the key is read rather than cut into
 * strings: a dump's printed lines are 11 MB of text on the all-copies build, and their words'
 * strings were most of the garbage of printed-story.ts (stop 66).
 */
function wordHashes(key: string): Uint32Array {
  if (MAY_HOLD_CJK.test(key)) return Uint32Array.from(shingleWords(key), fnv1a);
  // As key.split(' ').map(fnv1a): every space ends a word, an empty one between two spaces.
  const hashes = scratchWords(key.length + 1);
  let count = 0;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    const unit = key.charCodeAt(i);
    if (unit === 0x20) {
      hashes[count++] = hash >>> 0;
      hash = 0x811c9dc5;
    } else hash = Math.imul(hash ^ unit, 0x01000193);
  }
  hashes[count++] = hash >>> 0;
  return hashes.subarray(0, count);
}

/**
 * Arrays of at least `length` for shingleRun's word hashes and shingles, kept between calls up to
 * 4 M entries each (16 MB): every call allocating its own (4 bytes a character of the key) was a
 * fifth of printed-story.ts's CPU in garbage collection (stop 66). A key's result is a copy.
 */
const scratchWords = scratchArray();
const scratchRun = scratchArray();

function scratchArray(): (length: number) => Uint32Array {
  let held = new Uint32Array(1 << 12);
  return (length) => {
    if (length <= held.length) return held.subarray(0, length);
    if (length > SCRATCH_MAX) return new Uint32Array(length);
    held = new Uint32Array(Math.max(length, held.length * 2));
    return held.subarray(0, length);
  };
}
const SCRATCH_MAX = 1 << 22;

/** The key's words, each Chinese or Japanese character a word of its own. */
function shingleWords(key: string): string[] {
  // Text without these scripts (nearly all) is split as it always was.
  if (!MAY_HOLD_CJK.test(key)) return key.split(' ');
  return key.replace(CJK_CHAR, ' $& ').trim().split(/ +/);
}

/** Copies are numbered in 21 bits beside a 32-bit shingle: 53 bits, exact in a double. */
export const COPY_SLOTS = 2 ** 21;

/**
 * Every copy's shingles as one sorted array of shingle·2^21 + copy: the index candidates.ts and
 * glued.ts look shingles up in. A plain sort of the doubles: two stable counting passes over the
 * shingle's 16-bit halves (stop 51) gave the same array no faster on the 100,000-article build's
 * 25 million keys (stop 52).
 */
export function sortedShingleKeys(sets: Uint32Array[]): Float64Array {
  let total = 0;
  for (const set of sets) total += set.length;
  const keys = new Float64Array(total);
  let at = 0;
  sets.forEach((set, copy) => {
    for (let k = 0; k < set.length; k++) keys[at++] = (set[k] as number) * COPY_SLOTS + copy;
  });
  return keys.sort();
}

/** How many shingles two sorted distinct arrays share (a linear merge). */
export function sharedShingles(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Share of the smaller copy's shingles found in the other: 1 for a cut-off copy of a story. */
export function containment(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length);
  return smaller === 0 ? 0 : sharedShingles(a, b) / smaller;
}

/** Low bits of a shingle a ShingleFilter keeps a bit for: 2^24 bits, 2 MB. */
const FILTER_BITS = 24;
const FILTER_MASK = (1 << FILTER_BITS) - 1;

/**
 * A bit per low 24 bits of shingle hashes: most shingles looked up were never added, and the
 * filter turns them away before a slower lookup (a map, a binary search). A set bit only says
 * "maybe".
 */
export type ShingleFilter = Uint8Array;

export function shingleFilter(): ShingleFilter {
  return new Uint8Array(1 << (FILTER_BITS - 3));
}

export function addToFilter(filter: ShingleFilter, shingle: number): void {
  const bit = shingle & FILTER_MASK;
  filter[bit >>> 3] = (filter[bit >>> 3] as number) | (1 << (bit & 7));
}

export function mayHold(filter: ShingleFilter, shingle: number): boolean {
  const bit = shingle & FILTER_MASK;
  return ((filter[bit >>> 3] as number) & (1 << (bit & 7))) !== 0;
}
