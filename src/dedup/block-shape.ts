// A paragraph as dedup compares it: its match key and content words (BlockShape), made once per
// merge (TextMemo), and whether two paragraphs are the same one (sameBlock), which grouping's
// glued-run checks and the merge's alignment (merge-copy.ts) both ask.

import { fnv1a, keyContentWords, matchKey, shareOfSmaller } from '../text.ts';
import { foldDiacritics } from './damage.ts';

/** What sameBlock reads of a paragraph, made once per merge however often it is compared. */
export interface BlockShape {
  key: string;
  /** Its content words (contentWords), made when first asked (shapeWords). */
  words?: Set<string>;
  /** Each content word's bit of `bits`, in the words' order. */
  wordBits?: Uint8Array;
  /** A bit per content word (fnv1a modulo WORD_BITS): a word whose bit is clear is not one. */
  bits?: Uint32Array;
}

/**
 * Bits of a paragraph's word signature: a paragraph of 40 content words sets about 37 of 256, so
 * a word of another paragraph finds its bit set by chance about one time in seven.
 */
const WORD_BITS = 256;

/** Paragraphs' shapes (BlockShape), made once per merge. */
export interface TextMemo {
  shape(text: string): BlockShape;
}

export function textMemo(): TextMemo {
  const shapes = new Map<string, BlockShape>();
  return {
    shape(text) {
      let shape = shapes.get(text);
      // Diacritics folded, as the shingles: a dump's "fur" paragraph is its page's "für" one.
      if (!shape) shapes.set(text, (shape = { key: foldDiacritics(matchKey(text)) }));
      return shape;
    },
  };
}

/** A shape's content words and their bits, made on first use. */
export function shapeWords(shape: BlockShape): Required<BlockShape> {
  if (!shape.words) {
    const words = keyContentWords(shape.key);
    const wordBits = new Uint8Array(words.size);
    const bits = new Uint32Array(WORD_BITS / 32);
    let k = 0;
    for (const word of words) {
      const bit = fnv1a(word) % WORD_BITS;
      wordBits[k++] = bit;
      bits[bit >>> 5] = (bits[bit >>> 5] as number) | (1 << (bit & 31));
    }
    Object.assign(shape, { words, wordBits, bits });
  }
  return shape as Required<BlockShape>;
}

/** Same paragraph: equal, one cut off from the other, or nearly all the same words. */
export function sameBlock(a: BlockShape, b: BlockShape): boolean {
  const { key: ka } = a;
  const { key: kb } = b;
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.length >= 15 && long.startsWith(short)) return true;
  const wa = shapeWords(a);
  const wb = shapeWords(b);
  const [small, large] = wa.words.size <= wb.words.size ? [wa, wb] : [wb, wa];
  const size = small.words.size;
  if (size < 5) return false;
  // The size ratio and the words' bits first: mergeCopy compares each paragraph of a long page's
  // copies with most of the merged list (g copies x b paragraphs x the list), and these decide
  // nearly all of those pairs without a set lookup per word (stop 56).
  if (size / large.words.size < SAME_SIZE_RATIO) return false;
  if ((size - wordsSurelyMissing(small, large)) / size < SAME_WORD_SHARE) return false;
  return shareOfSmaller(small.words, large.words) >= SAME_WORD_SHARE;
}

/** A paragraph of nearly the same words: this share of the smaller one's in the larger... */
const SAME_WORD_SHARE = 0.8;
/** ...and at least this many of the larger's words in number. */
const SAME_SIZE_RATIO = 0.6;

/** How many of `small`'s content words are certainly not `large`'s: their bit is clear there. */
function wordsSurelyMissing(small: Required<BlockShape>, large: Required<BlockShape>): number {
  let missing = 0;
  for (const bit of small.wordBits)
    if (((large.bits[bit >>> 5] as number) & (1 << (bit & 31))) === 0) missing++;
  return missing;
}
