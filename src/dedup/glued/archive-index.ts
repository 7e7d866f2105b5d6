// What judging trailing paragraphs needs of the whole archive (../glued.ts): the rarity of each
// word across the copies, and the copies' openings looked up by shingle or by their first words.
import { matchKey, STOPWORDS, wordCount } from '../../text.ts';
import {
  addToFilter,
  COPY_SLOTS,
  keyShingles,
  mayHold,
  SHINGLE_WORDS,
  shingleFilter,
  shingleHashes,
  sortedShingleKeys,
  type ShingleFilter,
} from '../shingles.ts';
import type { NormalizedDoc } from '../../types.ts';
import { isTabular } from './tables.ts';

/**
 * The opening of a copy, in words: a lead is a first paragraph or one or two sentences, 25-60
 * words in BBC and Reuters stories; teasers cut it shorter still.
 */
const OPENING_WORDS = 60;
/** A copy's first words: a lead holds them (its first three shingles), a later sentence not. */
const START_WORDS = 7;
/**
 * Share of a trailing paragraph's shingles that must be in another copy's opening: a teaser is a
 * cut-off copy of the opening (1.0), give or take what normalizing changed at its edges.
 */
const MIN_OPENING_SHARE = 0.6;
/** Below 6 shingles (10 words) a shared run of words is a stock phrase, not a story's opening. */
const MIN_OPENING_SHINGLES = 6;
/**
 * A shorter paragraph ("Shr 24 cts vs 21 cts", "Net 12.3 mln vs 6,438,000") has too few shingles
 * to be looked up by them, yet its figures make it one company's results: it is another story's
 * opening when it is the whole start of that copy's text, word for word. Below four words
 * ("ended sept 30") the start of a text says nothing of whose it is. Copies are found by their
 * first HEAD_KEY_WORDS words and compared on their first HEAD_WORDS.
 */
const MIN_SHORT_OPENING_WORDS = 4;
const HEAD_KEY_WORDS = 3;
const HEAD_WORDS = 12;
/**
 * A standfirst of this many words reads as a wire lead, and a first paragraph after a shorter one
 * is looked up as an opening only from this many words (or as a results table's row): a short
 * sentence there is often a line other stories carry too (a quote, "Terms were not disclosed."),
 * and as an opening it took those stories' own closing paragraphs for leads. docs/figures.md,
 * "src/dedup/glued.ts: a second opening", has the figures.
 */
const MIN_SECOND_OPENING_WORDS = 20;

/**
 * Copies, beyond the archive's, in which no word is taken to occur when rarity is counted: a small
 * archive cannot tell a rare word from a common one, so there every shared word counts as rare
 * (ln(101/2) = 3.9 nats, which WEIGHTS.shared and logShared read as 2.3 log-odds of the story's
 * own) and paragraphs stay; at the corpora's 21,000 copies it shifts rarities by under 0.5%.
 */
const UNSEEN_COPIES = 100;

/**
 * Copies whose words are counted for rarity: a word's share of 20,000 copies is known within a
 * few per cent for every word rare enough to matter, and counting all 100,000 of a large build
 * would cost a second pass over its text.
 */
const RARITY_SAMPLE = 20_000;

/** A word's stem for comparing paragraphs: "minister" and "ministers" are one word. */
export const stem = (word: string) =>
  word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

export function stems(text: string): Set<string> {
  return keyStems(matchKey(text));
}

/** stems of a text already turned into its match key. */
export function keyStems(key: string, out = new Set<string>()): Set<string> {
  for (const word of key.split(' ')) {
    if (word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word)) out.add(stem(word));
  }
  return out;
}

/** What judging trailing paragraphs needs of the whole archive, built once per build. */
export interface GluedIndex {
  /** Inverse document frequency of a stem across the archive's copies. */
  rarity(stem: string): number;
  /** Copies whose opening holds most of this paragraph's shingles. */
  openingsHolding(text: string, key?: string): number[];
}

/** The copies holding `shingle` in sorted keys. */
function lookup(keys: Float64Array, shingle: number): number[] {
  let lo = 0;
  let hi = keys.length;
  const value = shingle * COPY_SLOTS;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let k = lo; k < keys.length; k++) {
    const key = keys[k] as number;
    if (key >= value + COPY_SLOTS) break;
    out.push(key - value);
  }
  return out;
}

/**
 * The first OPENING_WORDS words of texts read in order, counted in the text's own words, as a
 * teaser cuts it ("12.3" is one).
 */
function firstWords(texts: string[]): string[] {
  const words: string[] = [];
  for (const text of texts) {
    for (const word of text.split(/\s+/, OPENING_WORDS - words.length)) if (word) words.push(word);
    if (words.length >= OPENING_WORDS) break;
  }
  return words;
}

/**
 * The ways a copy's text may start, as word lists: from its standfirst, where a results story's
 * first line ("Shr 24 cts vs 21 cts") is taken, and from its first paragraph, where a short
 * standfirst normalize read elsewhere (a note, a caption) is not the story's opening. After a
 * standfirst that reads as a lead, the first paragraph is the story's second, and only a
 * substantial one or a table row is specific enough to be looked up (MIN_SECOND_OPENING_WORDS).
 */
function openingsOf(doc: NormalizedDoc): { words: string[]; lead: string }[] {
  const body = doc.blocks.map((b) => b.text);
  const first = body[0] ?? '';
  const fromBody = { words: firstWords(body), lead: first };
  if (!doc.standfirst?.trim()) return [fromBody];
  const fromStandfirst = { words: firstWords([doc.standfirst, ...body]), lead: doc.standfirst };
  const second =
    wordCount(doc.standfirst) < MIN_SECOND_OPENING_WORDS &&
    (wordCount(first) >= MIN_SECOND_OPENING_WORDS || isTabular(first));
  return second ? [fromStandfirst, fromBody] : [fromStandfirst];
}

/**
 * Whether an opening's first paragraph tells what the copy's headline says, sharing a content
 * word with it, as a lead does; a results table's row
 * ("Shr 24 cts vs 21 cts") is a lead whatever its headline. Where normalize took a copy's first
 * line away, its opening can be a line many stories carry ("A spokeswoman declined to comment on
 * a report in ...", a quote), and other stories' own paragraphs were taken as following that
 * copy's opening: 3,500 of the 4,709 fragments of the 100,000-article bench. docs/figures.md,
 * "Stop 50: dedup at scale", has the figures.
 */
function opensOnHeadline(title: string | null, lead: string): boolean {
  if (!title?.trim() || isTabular(lead)) return true;
  const told = stems(title);
  if (told.size === 0) return true;
  for (const word of stems(lead)) if (told.has(word)) return true;
  return false;
}

/** The distinct values of sorted distinct arrays, sorted. */
function union(sets: Uint32Array[]): Uint32Array {
  if (sets.length === 1) return sets[0] as Uint32Array;
  return Uint32Array.from(new Set(sets.flatMap((s) => [...s]))).sort();
}

/** Copies' openings, looked up by shingle (long paragraphs) or by their first words (short). */
interface OpeningIndex {
  /** Every shingle of every opening, with its copy (sortedShingleKeys). */
  all: Float64Array;
  /** The shingles of each opening's first START_WORDS words. */
  starts: Float64Array;
  /**
   * A bit per low 24 bits of the starts' shingles: most paragraphs start like no copy, and their
   * head's shingles are turned away here before a binary search of `starts`.
   */
  startBits: ShingleFilter;
  /** Each opening's first HEAD_WORDS words as a match key, by its first HEAD_KEY_WORDS. */
  heads: Map<string, { copy: number; head: string }[]>;
}

function openingIndex(docs: NormalizedDoc[]): OpeningIndex {
  const all: Uint32Array[] = [];
  const starts: Uint32Array[] = [];
  const heads = new Map<string, { copy: number; head: string }[]>();
  for (const [copy, doc] of docs.entries()) {
    const openings = openingsOf(doc)
      .filter(({ lead }) => opensOnHeadline(doc.title, lead))
      .map(({ words }) => words);
    all.push(union(openings.map((words) => shingleHashes(words.join(' ')))));
    starts.push(
      union(openings.map((words) => shingleHashes(words.slice(0, START_WORDS).join(' ')))),
    );
    for (const words of openings) {
      const head = matchKey(words.slice(0, HEAD_WORDS).join(' '));
      const headKey = head.split(' ', HEAD_KEY_WORDS).join(' ');
      const list = heads.get(headKey);
      if (list) list.push({ copy, head });
      else heads.set(headKey, [{ copy, head }]);
    }
  }
  const startBits = shingleFilter();
  for (const set of starts) for (const shingle of set) addToFilter(startBits, shingle);
  return { all: sortedShingleKeys(all), starts: sortedShingleKeys(starts), startBits, heads };
}

/** The copies whose opening `text` is (GluedIndex.openingsHolding). */
function openingsHolding(openings: OpeningIndex, text: string, key = matchKey(text)): number[] {
  const shortOf = SHINGLE_WORDS + MIN_OPENING_SHINGLES - 1;
  // Only whether it is short is asked of its words: a long paragraph is not split whole.
  const keyWords = key.split(' ', shortOf);
  if (keyWords.length >= MIN_SHORT_OPENING_WORDS && keyWords.length < shortOf) {
    const short = openings.heads.get(keyWords.slice(0, HEAD_KEY_WORDS).join(' ')) ?? [];
    const copies = short
      .filter(({ head }) => head === key || head.startsWith(`${key} `))
      .map(({ copy }) => copy);
    return [...new Set(copies)];
  }
  // A lead starts where its story starts: only copies whose first words it starts with
  // count, and most paragraphs, starting like no copy, need no more hashing than that.
  const begun = new Set<number>();
  const head = text.split(/\s+/, START_WORDS + SHINGLE_WORDS - 2).join(' ');
  for (const shingle of shingleHashes(head)) {
    if (!mayHold(openings.startBits, shingle)) continue;
    for (const copy of lookup(openings.starts, shingle)) begun.add(copy);
  }
  if (begun.size === 0) return [];
  const shingles = keyShingles(key);
  if (shingles.length < MIN_OPENING_SHINGLES) return [];
  const hits = new Map<number, number>();
  for (const shingle of shingles) {
    for (const copy of lookup(openings.all, shingle))
      if (begun.has(copy)) hits.set(copy, (hits.get(copy) ?? 0) + 1);
  }
  const need = MIN_OPENING_SHARE * shingles.length;
  return [...hits]
    .filter(([, n]) => n >= need)
    .map(([copy]) => copy)
    .sort((a, b) => a - b);
}

/**
 * Whether judging trailing paragraphs will ask a word's rarity: only a text copy's paragraphs are
 * read by their words (src/dedup/glued.ts stops at an HTML copy's openings), so an archive of
 * saved pages alone, as a WARC build's is, never asks. Counting the words of up to RARITY_SAMPLE
 * copies for nothing was about a third of the dedup stage's main-thread CPU on the 2,000-record
 * WARC bench (docs/figures.md, stop 66, ws66).
 */
function asksRarity(docs: NormalizedDoc[]): boolean {
  return docs.some((doc) => doc.format !== 'html');
}

/**
 * `keyOf(i)` gives copy i's body as its match key (matchKey), which the dedup stage makes for its
 * shingles too; it is asked once per copy, in order.
 */
export function gluedIndex(docs: NormalizedDoc[], keyOf: (copy: number) => string): GluedIndex {
  const frequency = new Map<string, number>();
  // Rarity is read off a systematic sample of at most RARITY_SAMPLE copies.
  const stride = Math.ceil(docs.length / RARITY_SAMPLE);
  const counted = asksRarity(docs);
  for (const [i, doc] of docs.entries()) {
    const key = keyOf(i);
    if (!counted || i % stride !== 0) continue;
    for (const word of keyStems(key, stems(doc.title ?? '')))
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  const openings = openingIndex(docs);
  const count = Math.ceil(docs.length / stride) + UNSEEN_COPIES;
  // Each count's rarity worked out once: a logarithm per word asked cost some 10% of gluedRun.
  let most = 0;
  for (const n of frequency.values()) if (n > most) most = n;
  const rarityOf = new Float64Array(most + 1).map((_, n) => Math.log(count / (n + 1)));
  return {
    rarity: (word) => {
      if (!counted) throw new Error('gluedIndex: rarity asked in an archive of saved pages alone');
      return rarityOf[frequency.get(word) ?? 0] as number;
    },
    openingsHolding: (text, key) => openingsHolding(openings, text, key),
  };
}
