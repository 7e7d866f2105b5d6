// The page's stop words for the body finder (src/normalize/body-finder.ts): its words, the
// language read from its sentence-like blocks, and the list that language's stop words are in
// (the lists and the vote between them: src/normalize/language.ts).

import { holdsSurrogate, isLetterUnit as isLetter, sentences } from '../../text.ts';
import { perObject } from '../memo.ts';
import { scriptLanguage, stopWordLanguage, stopWords } from '../language.ts';

/** Written without spaces between words: stop-word shares mean nothing, a language-free rule applies. */
const UNSPACED = new Set(['zh', 'ja', 'th']);

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * WORD's matches in the lower-cased text, found by a loop over its code units: the same words
 * (a run of letters, and more runs joined to it by an apostrophe), at a fraction of the pattern's
 * cost (the body finder's largest own cost: it reads every word of the page). Text with a
 * surrogate pair (letters outside the BMP) goes to the pattern.
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  if (holdsSurrogate(lower)) return lower.match(WORD) ?? [];
  // The words are gathered in one list kept for every call and copied out at their count: a list
  // grown from [] by push is given room for 17, then half as much again each time it is full,
  // and the body finder reads every block of a page (the pushes were 72 MB of a pass's 2.6 GB of
  // allocations over the 10-30 KB dumps, stop 42).
  const words = WORDS_SCRATCH;
  let count = 0;
  const length = lower.length;
  let i = 0;
  while (i < length) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < length && isLetter(lower.charCodeAt(i))) i++;
      const c = lower.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019) && i + 1 < length && isLetter(lower.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    words[count++] = lower.slice(start, i);
  }
  // Not emptied (setting its length to 0 gives its room back): the next call writes over it.
  return words.slice(0, count);
}

/** wordsOf's list of words, written over by each call (see there). */
const WORDS_SCRATCH: string[] = [];

/** A page's stop-word list (pageStopWords) with its slots' table (stopSlotsOf), as describe reads it. */
export interface StopWords {
  set: Set<string>;
  slots: Uint8Array;
}

/**
 * The slots a stop-word list's words fall in (stopSlot): 1 where a word of the list does. A word
 * whose slot holds 0 is none of the list's, and describe does not ask the list's Set, whose
 * lookup hashes the word's every letter first: half of the pages' words are turned away so (of
 * the 10-30 KB w3m dumps' 203,837 words, 93,079 against the English list, whose 1,298 words
 * fill 989 slots), each for two letters read and a table's byte. Made once a list.
 */
export const stopSlotsOf = perObject((list: Set<string>): Uint8Array => {
  const slots = new Uint8Array(1 << STOP_SLOT_BITS);
  for (const w of list) slots[stopSlot(w)] = 1;
  return slots;
});

/** A word's slot: its length and its first and last code units, hashed to STOP_SLOT_BITS bits. */
export function stopSlot(w: string): number {
  return (
    (Math.imul(w.length, 0x9e3779b1) ^
      Math.imul(w.charCodeAt(0), 0x85ebca6b) ^
      Math.imul(w.charCodeAt(w.length - 1), 0xc2b2ae35)) >>>
    (32 - STOP_SLOT_BITS)
  );
}
/** 8,192 slots: a list of a thousand words or two leaves most of them empty. */
const STOP_SLOT_BITS = 13;

/**
 * The stop words of the page's language, or null for a language-free rule (Chinese, Japanese,
 * Thai, or no list fits). scriptLanguage names the script languages; for Latin-script text the
 * list with the most hits among the page's longer blocks wins.
 */
export function pageStopWords(sample: string, sampleWords: string[]): Set<string> | null {
  // Latin-script languages, English too, go to the vote below: detectLanguage's English test
  // (a page's head can be URLs and tracking code: the msn page came out unknown) would send its
  // answer, English or unknown, to the vote either way, and cost 1% of a dump's normalize time.
  const lang = scriptLanguage(sample);
  if (lang && UNSPACED.has(lang)) return null;
  if (lang) return stopWords(lang);
  const words = sampleWords;
  if (words.length < 20) return stopWords('en');
  const best = stopWordLanguage(words);
  return best ? stopWords(best) : null;
}

/** The language sample's length in characters, and the words of it the vote reads. */
const SAMPLE_CHARS = 8000;
const SAMPLE_WORDS = 1000;

/**
 * The chosen blocks' texts joined by spaces and cut at SAMPLE_CHARS, and its first SAMPLE_WORDS
 * words: those are the blocks' own words (wordsOf), already read for describe, up to the block
 * the cut falls in, read again cut. (A word never spans the joining space, and lower-casing
 * never looks across it: the final sigma's context stops at a space.)
 */
export function languageSample(
  chosen: number[],
  texts: string[],
  blockWords: string[][],
): { text: string; words: string[] } {
  const text = sampleText(chosen, texts);
  const words: string[] = [];
  let room = SAMPLE_CHARS;
  const seen = new Set<string>();
  for (const [i, k] of chosen.entries()) {
    if (i > 0) room -= 1; // the joining space
    if (room <= 0 || words.length === SAMPLE_WORDS) break;
    const own = texts[k] as string;
    const block = withoutRepeatedSentences(own, seen);
    const cut = block.length > room;
    const whole = block === own ? (blockWords[k] as string[]) : wordsOf(block);
    for (const w of cut ? wordsOf(block.slice(0, room)) : whole) {
      if (words.length === SAMPLE_WORDS) break;
      words.push(w);
    }
    if (cut) break;
    room -= block.length;
  }
  return { text, words };
}

/**
 * The chosen blocks' texts joined by spaces, cut at SAMPLE_CHARS: only the blocks up to the cut
 * are joined (the whole body joined and cut was 0.7% of the dump normalize's allocations, stop
 * 48). `length` is the joined text's length so far.
 */
function sampleText(chosen: number[], texts: string[]): string {
  const parts: string[] = [];
  let length = -1;
  for (const k of chosen) {
    if (length >= SAMPLE_CHARS) break;
    const own = texts[k] ?? '';
    parts.push(own);
    length += own.length + 1;
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}

/**
 * A sentence of this many characters or more, printed again in the language sample, counts
 * once: gdp.de-Wertschätzung's honeypot link "This link is for the Robots and should not be
 * seen." printed twelve times, run on by lynx into the German story's last paragraph, outvoted
 * the story's German (English 0.30 of the sample's words against German 0.29), and the story's
 * first 12 lines, without an English stop word, were cut as bad.
 */
const REPEATED_SENTENCE_CHARS = 20;

/**
 * The block's text without the sentences (sentences, src/text.ts) the sample holds already,
 * those of REPEATED_SENTENCE_CHARS or more; each such sentence is added to `seen`. The text
 * itself when none repeats.
 */
function withoutRepeatedSentences(text: string, seen: Set<string>): string {
  const parts = sentences(text);
  let repeated = false;
  const kept = parts.filter((part) => {
    if (part.length < REPEATED_SENTENCE_CHARS) return true;
    if (!seen.has(part)) {
      seen.add(part);
      return true;
    }
    repeated = true;
    return false;
  });
  return repeated ? kept.join(' ') : text;
}
