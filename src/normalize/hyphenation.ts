// Print-layout hyphenation: "Ko-reans" and "struc-tured" are words broken across a line by a
// print layout; "Kim Il-sung", "Seoul-based" and "high-level" are real hyphens. We join a break
// only when evidence says the joined word exists and is more usual than the hyphenated one:
// the reference news vocabulary (word counts of the BBC and Reuters corpora, news-words.txt),
// the words of the archive being built, and compromise's lexicon of places and names.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import nlp from '../nlp.ts';
import { OPENS_UPPER_CASE } from '../text.ts';

/** Marks a hyphen that ended a line in hard-wrapped text, before evidence decides its fate. */
export const LINE_END_HYPHEN = '\u00AD';

let reference: Map<string, number> | undefined;
function referenceCounts(): Map<string, number> {
  if (!reference) {
    reference = new Map();
    const text = readFileSync(new URL('../lexicon/news-words.txt', import.meta.url), 'utf8');
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) reference.set(line.slice(0, tab), Number(line.slice(tab + 1)));
    }
  }
  return reference;
}

let dictionary: Set<string> | undefined;
function dictionaryWords(): Set<string> {
  // Loaded on first use: 275,000 words that most builds without hyphens never need.
  dictionary ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return dictionary;
}

let properNouns: Set<string> | undefined;
function lexiconProperNouns(): Set<string> {
  if (!properNouns) {
    properNouns = new Set();
    const lexicon = (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } })
      .world().model.one.lexicon; // prettier-ignore
    for (const [word, tag] of Object.entries(lexicon)) {
      const tags = Array.isArray(tag) ? tag : [tag];
      if (tags.some((t) => /^(?:City|Country|Place|Region|Demonym|Organization|Person)/.test(t))) {
        properNouns.add(word);
      }
    }
  }
  return properNouns;
}

/** Prefixes that form real hyphenated words ("re-investigating", "non-governmental"). */
const PREFIXES = new Set(
  're pre non anti co ex self post semi multi inter intra sub over under mid pro counter cross out well ill all half quasi neo ultra vice mis'.split(
    ' ',
  ),
);

/**
 * A fragment seen this often on its own in the reference corpora is a word. At 10, "clean",
 * "up", "south", "east" are words and print fragments like "struc", "reans", "jing" are not.
 */
const COMMON_WORD_COUNT = 10;
/**
 * ...unless the solid word is common (50+) and at least 20 times as usual as the hyphenated
 * one: "because" (thousands) vs "be-cause" (none) joins; "pretax" (Reuters) vs "pre-tax" (BBC),
 * "cooperation" vs "co-operation" (9 to 1) do not, since both spellings are in real use.
 */
const OVERWHELMING_COUNT = 50;
const OVERWHELMING_RATIO = 20;

const WORD_TOKEN = /\p{L}+(?:[-'’]\p{L}+)*/gu;

/**
 * The archive's word counts as the decisions below read them: by lookup only. Nothing here
 * iterates over them or reads their size, so a decision depends on the answers to the lookups it
 * made and on nothing else of the archive, which is what lets the normalize cache
 * (src/normalize/cache.ts) record those answers and reuse a result while they hold.
 */
export type WordCounts = Pick<ReadonlyMap<string, number>, 'get'>;

/**
 * Counts the words of the archive's own text: the corpus evidence for joins. Every build runs this
 * over all its text, cached documents or not, on the main thread while the worker threads wait
 * for the counts (at 100,000 articles most of the corpus profile's 14-16 s). The counts are kept
 * in a WordTally, not a Map, until every text is read: see there.
 */
export function countWords(texts: Iterable<string>): Map<string, number> {
  const tally = new WordTally();
  const token = new RegExp(WORD_TOKEN);
  for (const text of texts) countWordsOf(text, tally, token);
  return tally.toMap();
}

/**
 * WORD_TOKEN's words of `text` tallied, lower-cased, in the order the pattern finds them. Nearly
 * every character of the corpora is ASCII, where a word is a run of A-Z and a-z letters, joined
 * by "-" or "'" to the next run: those are read by a loop over the character codes, without the
 * pattern's match objects. Where a character at U+0080 or above stands in a word or between two,
 * the pattern reads on from there: it alone knows which of them are letters, and where a word
 * holding one starts and ends.
 */
function countWordsOf(text: string, tally: WordTally, token: RegExp): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const c = text.charCodeAt(i);
    const end = c >= 0x80 ? -1 : isAsciiLetter(c) ? asciiWordEnd(text, i) : i + 1;
    if (end < 0) {
      // The pattern's next word from here: from this character, or further on.
      token.lastIndex = i;
      const match = token.exec(text);
      if (!match) return;
      let word = match[0].toLowerCase();
      if (word.includes('’')) word = word.replace(/’/g, "'");
      tally.addWord(word);
      i = token.lastIndex;
    } else {
      if (isAsciiLetter(c)) tally.addAscii(text, i, end);
      i = end;
    }
  }
}

/** A-Z or a-z: what WORD_TOKEN's \p{L} is among ASCII characters. */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * The end of the ASCII word starting at `start` (a letter), as WORD_TOKEN reads it: letters, and
 * "-" or "'" with a letter after it; or -1 where a character at U+0080 or above would decide
 * where it ends (a letter of the word, or "’" joining a letter to it).
 */
function asciiWordEnd(text: string, start: number): number {
  const length = text.length;
  let i = start + 1;
  for (;;) {
    while (i < length && isAsciiLetter(text.charCodeAt(i))) i++;
    if (i >= length) return i;
    const c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    if ((c !== 0x2d && c !== 0x27) || i + 1 >= length) return i;
    const next = text.charCodeAt(i + 1);
    if (next >= 0x80) return -1;
    if (!isAsciiLetter(next)) return i;
    i += 2;
  }
}

/** An ASCII character code lower-cased (A-Z to a-z; the rest as they are). */
function lowerCode(c: number): number {
  return c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
}

/**
 * Word counts by the word's lower-cased text, in a table of their own: an ASCII word is found by
 * its characters where the text holds it, so a word counted again (nearly every one) costs no
 * string and no hashing of one; a Map made the two for each of the corpus's words, most of
 * countWords' time (docs/figures.md, stop 50). toMap gives the Map countWords gave, its words in
 * the order they were first met. Open addressing with linear probing, FNV-1a hashes of the
 * lower-cased character codes, grown at half full.
 */
class WordTally {
  #mask = (1 << 12) - 1;
  /** Each slot's word, or undefined for an empty slot. */
  #words: (string | undefined)[] = new Array<string | undefined>(this.#mask + 1);
  #hashes = new Int32Array(this.#mask + 1);
  #counts = new Float64Array(this.#mask + 1);
  /** The words in the order they were first met. */
  #order: string[] = [];
  /** The slot of each word of #order, in the same order. */
  #slots: number[] = [];

  /** The word text[start..end), ASCII, counted once more. */
  addAscii(text: string, start: number, end: number): void {
    let hash = FNV_OFFSET;
    for (let k = start; k < end; k++)
      hash = Math.imul(hash ^ lowerCode(text.charCodeAt(k)), FNV_PRIME);
    const length = end - start;
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const word = this.#words[slot];
      if (word === undefined) {
        this.#insert(slot, text.slice(start, end).toLowerCase(), hash);
        return;
      }
      if (this.#hashes[slot] === hash && word.length === length && sameLower(word, text, start)) {
        (this.#counts[slot] as number)++;
        return;
      }
    }
  }

  /** `word`, lower-cased already, counted once more. */
  addWord(word: string): void {
    let hash = FNV_OFFSET;
    for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), FNV_PRIME);
    for (let slot = hash & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const known = this.#words[slot];
      if (known === undefined) {
        this.#insert(slot, word, hash);
        return;
      }
      if (known === word) {
        (this.#counts[slot] as number)++;
        return;
      }
    }
  }

  toMap(): Map<string, number> {
    const map = new Map<string, number>();
    this.#order.forEach((word, k) =>
      map.set(word, this.#counts[this.#slots[k] as number] as number),
    );
    return map;
  }

  #insert(slot: number, word: string, hash: number): void {
    this.#words[slot] = word;
    this.#hashes[slot] = hash;
    this.#counts[slot] = 1;
    this.#order.push(word);
    this.#slots.push(slot);
    if (this.#order.length * 2 > this.#mask) this.#grow();
  }

  /** Twice the slots, every word moved to its slot there (its count with it). */
  #grow(): void {
    const counts = this.#order.map((_, k) => this.#counts[this.#slots[k] as number] as number);
    const hashes = this.#slots.map((slot) => this.#hashes[slot] as number);
    this.#mask = this.#mask * 2 + 1;
    this.#words = new Array<string | undefined>(this.#mask + 1);
    this.#hashes = new Int32Array(this.#mask + 1);
    this.#counts = new Float64Array(this.#mask + 1);
    this.#order.forEach((word, k) => {
      let slot = (hashes[k] as number) & this.#mask;
      while (this.#words[slot] !== undefined) slot = (slot + 1) & this.#mask;
      this.#words[slot] = word;
      this.#hashes[slot] = hashes[k] as number;
      this.#counts[slot] = counts[k] as number;
      this.#slots[k] = slot;
    });
  }
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Whether `word` (lower-cased) is text[start..] lower-cased, over the word's length. */
function sameLower(word: string, text: string, start: number): boolean {
  for (let k = 0; k < word.length; k++) {
    if (word.charCodeAt(k) !== lowerCode(text.charCodeAt(start + k))) return false;
  }
  return true;
}

export interface HyphenationDecision {
  joined: boolean;
  reason: string;
}

/**
 * Decides one "left-right" break. `lineEnd` is true when the hyphen ended a line in hard-wrapped
 * text (then a break is the likelier reading); `before` is the word preceding the pair.
 */
export function decideBreak(
  left: string,
  right: string,
  before: string,
  corpus: WordCounts,
  lineEnd: boolean,
): HyphenationDecision {
  const joined = (left + right).toLowerCase();
  const hyphenated = `${left}-${right}`.toLowerCase();
  const ref = referenceCounts();
  // A romanized East Asian given name after a short capitalized surname ("Kim Il-sung",
  // "Oh Se-wook") keeps its hyphen unless the joined form is a known word.
  const nameLike = OPENS_UPPER_CASE.test(left) && /^\p{Lu}\p{Ll}{0,3}$/u.test(before);
  // The archive's counts are looked up only where a rule below needs them (the same decisions
  // as reading them first): every lookup is a fact the normalize cache must check again on the
  // next build, and a compound of two words ("Seoul-based") needs none.
  const joinedEvidence = () =>
    (ref.get(joined) ?? 0) + (corpus.get(joined) ?? 0) + (lexiconProperNouns().has(joined) ? 3 : 0);
  // The pair itself is in the corpus counts once as this very occurrence (when not a line end).
  const hyphenEvidence = () =>
    (ref.get(hyphenated) ?? 0) + Math.max(0, (corpus.get(hyphenated) ?? 0) - (lineEnd ? 0 : 1));
  if (nameLike && joinedEvidence() === 0) return { joined: false, reason: 'given name' };
  // Mid-line, a hyphen between two ordinary words ("clean-up", "south-east", "non-stop") or
  // after a prefix is the writer's, even where the reference spells the word solid: print
  // layouts break words at syllables, which are seldom words themselves ("Ko-reans").
  const isWord = (w: string) => (ref.get(w.toLowerCase()) ?? 0) >= COMMON_WORD_COUNT;
  const prefix = PREFIXES.has(left.toLowerCase());
  // Only a word that is common solid and (almost) never hyphenated overrides that: "be-cause".
  const overwhelming =
    (ref.get(joined) ?? 0) >= OVERWHELMING_COUNT &&
    (ref.get(joined) ?? 0) >= OVERWHELMING_RATIO * ((ref.get(hyphenated) ?? 0) + 1);
  if (!lineEnd && (prefix || (isWord(left) && isWord(right))) && !overwhelming) {
    return { joined: false, reason: prefix ? 'prefix hyphen' : 'compound of two words' };
  }
  const evidence = { joined: joinedEvidence(), hyphenated: hyphenEvidence() };
  if (evidence.joined > evidence.hyphenated) {
    return { joined: true, reason: 'joined word is attested' };
  }
  if (evidence.hyphenated > 0) return { joined: false, reason: 'hyphenated word is attested' };
  if (prefix) return { joined: false, reason: 'prefix hyphen' };
  if (dictionaryWords().has(joined)) {
    // Two ordinary words side by side ("long-standing") are a compound, not a break.
    const bothWords = (ref.get(left.toLowerCase()) ?? 0) >= 3 && (ref.get(right) ?? 0) >= 3;
    if (!bothWords || lineEnd) return { joined: true, reason: 'joined word is in the dictionary' };
  }
  return { joined: false, reason: 'no evidence for a break' };
}

// Both are written so that a long run of letters costs linear time. CANDIDATE is anchored at
// both ends: unanchored, a chain it does not match ("aaa...a-1") was tried from every letter,
// each try scanning to the hyphen. COMPOUND_CHAIN starts only at the start of a word (the
// lookbehind): a match starting inside a word would also start at its first letter, further
// left, so the matches are the same, but without it a 100,000-letter word with no hyphen after it
// was tried from each of its letters, each try running to its end (quadratic).
const CANDIDATE = /^(\p{L}+)(?:-|\u00AD|- )(\p{Ll}+)$/u;
const COMPOUND_CHAIN = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:(?:-|\u00AD|- )[\p{L}\p{N}]+)+/gu;

/** Joins print-layout breaks in one paragraph; leaves real hyphens and compound chains alone. */
export function joinPrintBreaks(
  text: string,
  corpus: WordCounts,
  onDecision?: (pair: string, decision: HyphenationDecision) => void,
): string {
  if (!/[-\u00AD]/.test(text)) return text;
  return replaceChains(text, (chain, offset) => {
    // A line-end hyphen that is not joined becomes a plain hyphen; "pro- and anti-war" and
    // other spaced hyphens stay exactly as printed unless the joined word is attested.
    const unjoined = chain.replace(/\u00AD/g, '-');
    const parts = chain.split(/-|\u00AD|- /);
    // "defector-turned-journalist": chains of three or more are compounds, printed or not.
    if (parts.length !== 2) return unjoined;
    const match = CANDIDATE.exec(chain);
    if (!match) return unjoined;
    const [, left = '', right = ''] = match;
    const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[1] ?? '';
    const lineEnd = chain.includes(LINE_END_HYPHEN);
    const decision = decideBreak(left, right, before.replace(/[^\p{L}]/gu, ''), corpus, lineEnd);
    onDecision?.(chain, decision);
    return decision.joined ? left + right : unjoined;
  });
}

/** COMPOUND_CHAIN at one place: tried only where a word runs into a hyphen (replaceChains). */
const CHAIN_AT = new RegExp(COMPOUND_CHAIN.source, 'uy');

/**
 * `text.replace(COMPOUND_CHAIN, replace)`, with the pattern tried only at the words that end in a
 * hyphen: run over a whole paragraph, it tested every word, and was most of joinPrintBreaks' cost
 * (2-3% of normalize's CPU on the 10-30 KB dumps, where 13,849 of 85,002 paragraphs hold a
 * chain). A chain starts at a word whose run of letters and digits ends at its first hyphen, so
 * the first hyphen after the last chain with such a word before it (starting after that chain)
 * and the pattern matching there gives the next match the global pattern would find.
 */
function replaceChains(text: string, replace: (chain: string, offset: number) => string): string {
  let out = '';
  let done = 0; // where the last chain ended: the text before it is in `out`
  let from = 0; // where to look for the next hyphen
  let dash = -1; // the next "-" from `from` on (Infinity: none left)
  let soft = -1; // the next LINE_END_HYPHEN
  for (;;) {
    if (dash < from) dash = indexFrom(text, '-', from);
    if (soft < from) soft = indexFrom(text, LINE_END_HYPHEN, from);
    const hyphen = Math.min(dash, soft);
    if (hyphen === Infinity) break;
    from = hyphen + 1;
    const start = wordStartBefore(text, hyphen);
    if (start === hyphen || start < done) continue;
    CHAIN_AT.lastIndex = start;
    const match = CHAIN_AT.exec(text);
    if (!match) continue;
    out += text.slice(done, start) + replace(match[0], start);
    done = start + match[0].length;
    from = done;
  }
  return done === 0 ? text : out + text.slice(done);
}

function indexFrom(text: string, search: string, from: number): number {
  const at = text.indexOf(search, from);
  return at < 0 ? Infinity : at;
}

/** Where the run of letters and digits ([\p{L}\p{N}], code points) ending at `end` starts. */
function wordStartBefore(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
      const high = text.charCodeAt(i - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        if (!LETTER_OR_DIGIT.test(text.slice(i - 2, i))) break;
        i -= 2;
        continue;
      }
    }
    if (!isLetterOrDigit(c)) break;
    i--;
  }
  return i;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Whether each BMP code unit is a letter or digit: 1, 0, or not known yet (-1). */
const LETTER_OR_DIGIT_UNITS = new Int8Array(0x10000).fill(-1);

function isLetterOrDigit(c: number): boolean {
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  let known = LETTER_OR_DIGIT_UNITS[c] as number;
  if (known < 0) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
    LETTER_OR_DIGIT_UNITS[c] = known;
  }
  return known === 1;
}
