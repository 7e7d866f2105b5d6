// Paragraphs of other stories glued after a story: the "more stories" teasers a scraped page
// carries below the article (seed 001 has four; scraped copies often one cut-off lead). Only a
// copy's last TAIL_WINDOW paragraphs are candidates, read from the last one back to the last
// paragraph that is clearly the story's own. A trailing paragraph is another story's when
//   - it is the opening of another copy in the archive (its shingles are there; the story ended
//     before it, so what follows it goes too), or
//   - it shares almost no rare words with the story told before it and names people or places
//     the story never mentioned, without referring back to it ("he said", "The company", quotes).
// Paragraphs that cannot be told either way (short lines, quotations, line-ups) go with a run of
// other stories' paragraphs before them, and stay otherwise.
// Words are weighted by their rarity across the archive (inverse document frequency): "corp",
// "mln" and "said" are in every Reuters story and prove nothing; "Kilroy-Silk" proves a lot.

import { matchKey, sentences, STOPWORDS } from '../text.ts';
import { SHINGLE_WORDS, sharedShingles, shingleHashes } from './shingles.ts';
import type { Block, NormalizedDoc } from '../types.ts';

/** Copies are numbered in 21 bits beside a 32-bit shingle, as in candidates.ts. */
const COPY_SLOTS = 2 ** 21;
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
 * Beyond the glued paragraph itself, the two copies may share only this many shingles: a
 * templated look-alike of the story ("FED ADDS RESERVES" of another day) shares its sentences.
 */
const MAX_OTHER_SHARED = 10;
/** A paragraph with fewer content words than this says too little to judge by its words. */
const MIN_JUDGED_WORDS = 6;
/**
 * Rarity (summed inverse document frequency, natural log) a paragraph may share with its story
 * and still be taken for another story's: about one word found in a twentieth of the archive.
 * Measured on 3,000 random BBC and Reuters stories: their own last paragraphs share less than
 * this in 0.1% (BBC) and 7% (Reuters: "NOTE: Share adjusted for ... split", "Proceeds will be
 * used to repay debt") of stories; the first paragraphs of other stories of the same corpus in
 * 60%. On bench/dedup/glued.ts's copies, 3 / 4 / 5 leave 7.6 / 7.2 / 5.5% (BBC) and 14.5 / 11.9 /
 * 10.4% (Reuters) of glued leads in the article and take 1 / 1 / 1 (BBC) and 25 / 39 / 49
 * (Reuters, of 16,663) paragraphs off untouched stories: 3, the fewest taken.
 */
const MAX_SHARED_RARITY = 3;
/**
 * Names (capitalised words inside a sentence) the story never mentioned. Another story's lead
 * introduces its people, places and firms; the story's own closing paragraph, low in shared
 * words, is most often a note on its figures. With the rules above, two new names leave 0.0%
 * (BBC) and 1.2% (Reuters) of real last paragraphs taken and catch 42% and 51% of other leads.
 */
const MIN_NEW_NAMES = 2;
/**
 * A paragraph that refers back to the story is its own: it opens with a pronoun, a connective, a
 * definite "the company" or a footnote's "Note:", or reports speech ("he said"). Quotation marks
 * make a paragraph undecided. Other stories' leads do either in 5% (Reuters) to 11% (BBC) of
 * cases, real last paragraphs in 45% (Reuters) to 80% (BBC).
 */
const REFERS_BACK =
  /^(?:["“'‘]|(?:he|she|it|they|his|her|its|their|this|that|these|those|but|however|also|and|meanwhile|mr|ms|mrs|such|note|the company|the group|the bank|the firm)\b)/i;
const PRONOUN_SPEECH =
  /\b(?:he|she|it|they) (?:said|added|says|told)\b|\b(?:said|added|says) (?:he|she)\b/i;
/**
 * Further back-references: a connective opening ("Additionally, ...") or the story's company or
 * spokesman reporting ("..., the company said"). None of the 1,479 glued leads of the bench has
 * one; 181 of the 10,265 real trailing paragraphs the rules above leave unjudged do.
 */
const REFERS_BACK_LATER =
  /^(?:additionally|in addition|further|furthermore|besides|instead|as a result|still|yet)\b|\b(?:the|a) (?:company|group|bank|firm|spokesman|spokeswoman|official|statement) (?:said|added|says|noted)\b|\bsaid (?:the|a) (?:company|spokesman|spokeswoman)\b/i;
/** Quotations: the story's own closing paragraphs quote its people; leads quote too, more rarely. */
const QUOTES = /["“”]/;

/**
 * Copies, beyond the archive's, in which no word is taken to occur when rarity is counted: a small
 * archive cannot tell a rare word from a common one, so there every shared word counts as rare
 * (ln(101/2) = 3.9, above MAX_SHARED_RARITY) and paragraphs stay; at the corpora's 21,000 copies
 * it shifts rarities by under 0.5%.
 */
const UNSEEN_COPIES = 100;

/**
 * Copies whose words are counted for rarity: a word's share of 20,000 copies is known within a
 * few per cent for every word rare enough to matter, and counting all 100,000 of a large build
 * would cost a second pass over its text.
 */
const RARITY_SAMPLE = 20_000;

/** Why a trailing paragraph was taken for another story's. */
export type GluedReason =
  | { kind: 'opening'; of: number }
  /** After the opening of another story `of`, where the story had already ended. */
  | { kind: 'follows'; of: number }
  | { kind: 'incoherent' };

/** A word's stem for comparing paragraphs: "minister" and "ministers" are one word. */
const stem = (word: string) =>
  word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

function stems(text: string): Set<string> {
  return keyStems(matchKey(text));
}

/** stems of a text already turned into its match key. */
function keyStems(key: string, out = new Set<string>()): Set<string> {
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
  openingsHolding(text: string): number[];
}

/** Every copy's shingles as one sorted array of shingle·2^21 + copy (see candidates.ts). */
function sortedKeys(sets: Uint32Array[]): Float64Array {
  let total = 0;
  for (const set of sets) total += set.length;
  const keys = new Float64Array(total);
  let at = 0;
  sets.forEach((set, copy) => {
    for (const shingle of set) keys[at++] = shingle * COPY_SLOTS + copy;
  });
  return keys.sort();
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

/** A copy's first OPENING_WORDS words, read off its first paragraphs only. */
function bodyStart(doc: NormalizedDoc): string[] {
  const words: string[] = [];
  for (const block of doc.blocks) {
    for (const word of block.text.split(/\s+/, OPENING_WORDS - words.length))
      if (word) words.push(word);
    if (words.length >= OPENING_WORDS) break;
  }
  return words;
}

/**
 * `keyOf(i)` gives copy i's body as its match key (matchKey), which the dedup stage makes for its
 * shingles too; it is asked once per copy, in order.
 */
export function gluedIndex(docs: NormalizedDoc[], keyOf: (copy: number) => string): GluedIndex {
  const frequency = new Map<string, number>();
  const openings: { all: Uint32Array; start: Uint32Array }[] = [];
  // Rarity is read off a systematic sample of at most RARITY_SAMPLE copies.
  const stride = Math.ceil(docs.length / RARITY_SAMPLE);
  for (const [i, doc] of docs.entries()) {
    const key = keyOf(i);
    if (i % stride === 0) {
      for (const word of keyStems(key, stems(doc.title ?? '')))
        frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
    // The opening is counted in the text's own words, as a teaser cuts it ("12.3" is one).
    const words = bodyStart(doc);
    openings.push({
      all: shingleHashes(words.join(' ')),
      start: shingleHashes(words.slice(0, START_WORDS).join(' ')),
    });
  }
  const openingKeys = sortedKeys(openings.map((o) => o.all));
  const starts = sortedKeys(openings.map((o) => o.start));
  const count = Math.ceil(docs.length / stride) + UNSEEN_COPIES;
  return {
    rarity: (word) => Math.log(count / ((frequency.get(word) ?? 0) + 1)),
    openingsHolding(text) {
      // A lead starts where its story starts: only copies whose first words it starts with
      // count, and most paragraphs, starting like no copy, need no more hashing than that.
      const begun = new Set<number>();
      const head = text.split(/\s+/, START_WORDS + SHINGLE_WORDS - 2).join(' ');
      for (const shingle of shingleHashes(head))
        for (const copy of lookup(starts, shingle)) begun.add(copy);
      if (begun.size === 0) return [];
      const shingles = shingleHashes(text);
      if (shingles.length < MIN_OPENING_SHINGLES) return [];
      const hits = new Map<number, number>();
      for (const shingle of shingles) {
        for (const copy of lookup(openingKeys, shingle))
          if (begun.has(copy)) hits.set(copy, (hits.get(copy) ?? 0) + 1);
      }
      const need = MIN_OPENING_SHARE * shingles.length;
      return [...hits]
        .filter(([, n]) => n >= need)
        .map(([copy]) => copy)
        .sort((a, b) => a - b);
    },
  };
}

/**
 * A line-up or credit line ("W Servat, J Milloud, G Lamboley, ..."): more capitalised words than
 * lower-case ones. It names people the story did not, yet is the story's own (BBC sport reports
 * end with both teams' line-ups); a lead is a sentence.
 */
function isNameList(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  return capitalised * 2 > words.length;
}

/** Months and days are capitalised but name no one: "payable April 10", "on Monday". */
const CALENDAR = new Set(
  (
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'monday tuesday wednesday thursday friday saturday sunday'
  ).split(' '),
);

/** Capitalised words inside sentences whose stems the story never used: new names. */
function newNames(text: string, story: Set<string>): number {
  const tokens = text.split(/\s+/);
  const seen = new Set<string>();
  tokens.forEach((token, i) => {
    const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    const sentenceStart = i === 0 || /[.!?:]["”’)]?$/.test(tokens[i - 1] ?? '');
    if (sentenceStart || !/^\p{Lu}\p{Ll}/u.test(word)) return;
    const lower = word.toLowerCase();
    if (!STOPWORDS.has(lower) && !CALENDAR.has(lower) && !story.has(stem(lower)))
      seen.add(stem(lower));
  });
  return seen.size;
}

/** Whether a paragraph reads as another story's lead beside the story told before it. */
/**
 * How a paragraph reads beside the story told before it: another story's lead ('other'), the
 * story's own ('own': it shares rare words with it, or refers back to it), or either ('unsure':
 * quotations, short lines, a new subject without new names).
 */
function fit(
  text: string,
  storyBefore: () => Set<string>,
  index: GluedIndex,
): 'other' | 'own' | 'unsure' {
  const trimmed = text.trim();
  // Its first sentence only: a lead of two sentences refers back to its own first ("Mr Galloway
  // said he ...", "The company said ...").
  const first = sentences(trimmed)[0] ?? trimmed;
  if (REFERS_BACK.test(trimmed) || PRONOUN_SPEECH.test(first) || REFERS_BACK_LATER.test(first))
    return 'own';
  // Read the story only now: most stories end with a paragraph that refers back to them.
  const story = storyBefore();
  const words = stems(trimmed);
  let shared = 0;
  for (const word of words) if (story.has(word)) shared += index.rarity(word);
  if (shared >= MAX_SHARED_RARITY) return 'own';
  if (words.size < MIN_JUDGED_WORDS || QUOTES.test(trimmed) || isNameList(trimmed)) return 'unsure';
  return newNames(trimmed, story) >= MIN_NEW_NAMES ? 'other' : 'unsure';
}

/**
 * Trailing paragraphs looked at: seed 001 carries four other stories, the generated copies two or
 * three, and a story's own closing paragraphs may sit among them only before the first.
 */
const TAIL_WINDOW = 5;

/**
 * The glued run at the end of copy `self`: the index of its first paragraph (blocks.length when
 * none) and why each was taken. The run is the paragraphs at the end judged another story's, from
 * the last one back; and when a paragraph in the last TAIL_WINDOW is the opening of another copy
 * in the archive, the story ended before it, and the run starts there. `sameStory(j)` says whether
 * copy j is a copy of this story (its group), whose opening a trailing paragraph may well repeat.
 * The first paragraph always stays.
 */
export function gluedRun(
  doc: NormalizedDoc,
  self: number,
  sets: Uint32Array[],
  index: GluedIndex,
  sameStory: (copy: number) => boolean,
): { from: number; reasons: GluedReason[] } {
  const end = doc.blocks.length;
  const start = Math.max(1, end - TAIL_WINDOW);
  const judged: (GluedReason | 'own' | 'unsure' | null)[] = [];
  for (let k = start; k < end; k++) {
    const opening = openingOf((doc.blocks[k] as Block).text, self, sets, index, sameStory);
    judged.push(opening === undefined ? null : { kind: 'opening', of: opening });
  }
  // Each paragraph is read against the story told before it: the paragraphs before the window
  // and those of the window that are not another story's. A lead glued after another lead of the
  // same desk shares its words ("shares", "government"), not the story's: counting the first
  // lead as story made the second one "own" and kept both (49 of the 172 leads left).
  let prefix: Set<string> | null = null;
  const readAt = (k: number): GluedReason | 'own' | 'unsure' => {
    const known = judged[k - start];
    if (known !== null && known !== undefined) return known;
    const reads = fit((doc.blocks[k] as Block).text, () => storyBefore(k), index);
    const reason = reads === 'other' ? ({ kind: 'incoherent' } as const) : reads;
    judged[k - start] = reason;
    return reason;
  };
  const storyBefore = (k: number) => {
    prefix ??= stems(
      [doc.title ?? '', doc.standfirst ?? '', ...doc.blocks.slice(0, start).map(textOf)].join(' '),
    );
    const story = new Set(prefix);
    for (let i = start; i < k; i++) {
      if (typeof readAt(i) === 'object') continue;
      for (const word of stems(textOf(doc.blocks[i] as Block))) story.add(word);
    }
    return story;
  };
  // From the end back to the story's last own paragraph, the run starts at the earliest
  // paragraph that reads as another story's; those it cannot tell after it go with it.
  let from = end;
  for (let k = end - 1; k >= start; k--) {
    const reason = readAt(k);
    if (reason === 'own') break;
    if (typeof reason === 'object') from = k;
  }
  const first = judged.findIndex(
    (reason) => typeof reason === 'object' && reason?.kind === 'opening',
  );
  if (first >= 0 && start + first < from) from = start + first;
  let of = -1;
  const reasons = judged.slice(from - start).map((reason): GluedReason => {
    if (reason && typeof reason === 'object') {
      if (reason.kind === 'opening') of = reason.of;
      return reason;
    }
    return of >= 0 ? { kind: 'follows', of } : { kind: 'incoherent' };
  });
  return { from, reasons };
}

/** The other story whose opening `text` is, if any. */
function openingOf(
  text: string,
  self: number,
  sets: Uint32Array[],
  index: GluedIndex,
  sameStory: (copy: number) => boolean,
): number | undefined {
  const openings = index.openingsHolding(text);
  if (openings.length === 0) return undefined;
  const own = shingleHashes(text).length;
  return openings.find(
    (j) =>
      j !== self &&
      !sameStory(j) &&
      sharedShingles(sets[self] as Uint32Array, sets[j] as Uint32Array) <= own + MAX_OTHER_SHARED,
  );
}

const textOf = (block: Block) => block.text;
