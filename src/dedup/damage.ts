// Copies whose letters a dumping tool lost: it read an ISO-8859-1, Windows-1250 or GB2312 page
// as UTF-8 and wrote U+FFFD for each byte it could not read ("Geb\uFFFDhren" for "Gebühren"), or
// wrote the letters folded to ASCII ("fur" for "für"). Such a copy tells its page's story, but
// its damaged words share no shingle with the page's, and its headline is another match key: it
// stayed an article of its own beside its page's (docs/figures.md, stop 64).
//
// Dedup compares copies with diacritics folded (foldDiacritics), and a copy holding U+FFFD with
// each damaged word repaired from the words of the build's clean copies that have the same letters
// everywhere else (repairedCopies). Both only for comparing: an article's text is a clean copy's
// (src/stages/dedup.ts ranks a copy with lost letters last and lets it add no text).

import {
  countReplacements as lostLetterCount,
  REPLACEMENT_CHARACTER as REPLACEMENT,
} from '../decode.ts';
import type { NormalizedDoc } from '../types.ts';

/** The U+FFFD characters a copy's headline and paragraphs hold. */
export function lostLetters(doc: NormalizedDoc): number {
  let count = doc.title ? lostLetterCount(doc.title) : 0;
  for (const block of doc.blocks) count += lostLetterCount(block.text);
  return count;
}

/** Text with a code unit from U+0080 on: the only text folding can change. */
const NON_ASCII = /[\u0080-\uffff]/;
/** Latin letters that may carry a diacritic: Latin-1, Extended-A and -B, Extended Additional. */
const LATIN_ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/g;
/** Letters NFD does not decompose that ASCII folding writes as their base letter. */
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D' };
const folded = new Map<string, string>();

/**
 * Text with its Latin letters' diacritics taken off ("gebühren" -> "gebuhren", "bliżej" ->
 * "blizej"): how a copy whose tool folded them to ASCII and its page compare alike. Other scripts
 * are left alone (a kana's voicing mark changes the word). "ß" stays: the dumps keep it.
 */
export function foldDiacritics(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text.replace(LATIN_ACCENTED, (c) => {
    let base = folded.get(c);
    if (base === undefined) {
      base = STROKED[c] ?? c.normalize('NFD').replace(/\p{M}/gu, '');
      folded.set(c, base);
    }
    return base;
  });
}

/** A word as matchKey splits text, U+FFFD counted as a letter. */
const WORD = /[\p{L}\p{N}\uFFFD]+/gu;
/** Any code unit from U+0080 on: a letter the damaged copy may have lost there. */
const NON_ASCII_UNIT = /[\u0080-\uffff]/g;

/**
 * The word's pattern: lower-cased, each non-ASCII character (a letter, or the U+FFFD standing for
 * one) as U+FFFD. An ISO-8859-1 or Windows-1250 letter is one byte, read as one U+FFFD.
 */
function pattern(word: string): string {
  return word.toLowerCase().replace(NON_ASCII_UNIT, REPLACEMENT);
}

/**
 * A damaged word worth repairing: it keeps as many letters as it lost and two at least. Below
 * that, "f\uFFFD" or "\uFFFD\uFFFD\uFFFD" fit too many words to say which.
 */
function repairable(word: string): boolean {
  const lost = lostLetterCount(word);
  const kept = word.length - lost;
  return lost > 0 && kept >= 2 && kept >= lost;
}

/**
 * The copies to compare, each copy holding U+FFFD with its damaged words repaired: a word whose
 * pattern a clean copy's word has ("geb\uFFFDhren" and "gebühren" are both "geb\uFFFDhren")
 * becomes that word, the one of most occurrences where several fit (then the first in code
 * order, so a build is the same each time). A word no clean copy fits keeps its U+FFFD. Clean
 * copies are returned as they are; without a damaged copy, the very array. `lost`: each copy's
 * lostLetters, where the caller has them.
 */
export function repairedCopies(
  docs: NormalizedDoc[],
  lost: number[] = docs.map(lostLetters),
): NormalizedDoc[] {
  const damaged = lost.map((n) => n > 0);
  if (!damaged.includes(true)) return docs;
  const wanted = new Set<string>();
  docs.forEach((doc, i) => {
    if (!damaged[i]) return;
    for (const text of docTexts(doc))
      for (const word of text.match(WORD) ?? []) if (repairable(word)) wanted.add(pattern(word));
  });
  const fits = cleanWords(docs, damaged, wanted);
  const repair = (text: string) =>
    text.replace(WORD, (word) => (repairable(word) ? (fits.get(pattern(word)) ?? word) : word));
  return docs.map((doc, i) =>
    damaged[i]
      ? {
          ...doc,
          title: doc.title === null ? null : repair(doc.title),
          blocks: doc.blocks.map((block) => ({ ...block, text: repair(block.text) })),
        }
      : doc,
  );
}

function docTexts(doc: NormalizedDoc): string[] {
  return [...(doc.title ? [doc.title] : []), ...doc.blocks.map((b) => b.text)];
}

/** For each wanted pattern, the clean copies' word of that pattern met most often. */
function cleanWords(
  docs: NormalizedDoc[],
  damaged: boolean[],
  wanted: Set<string>,
): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  docs.forEach((doc, i) => {
    if (damaged[i]) return;
    for (const text of docTexts(doc)) {
      if (!NON_ASCII.test(text)) continue;
      for (const word of text.match(WORD) ?? []) {
        if (!NON_ASCII.test(word)) continue;
        const key = pattern(word);
        if (!wanted.has(key)) continue;
        const byWord = counts.get(key) ?? new Map<string, number>();
        byWord.set(word, (byWord.get(word) ?? 0) + 1);
        counts.set(key, byWord);
      }
    }
  });
  const fits = new Map<string, string>();
  for (const [key, byWord] of counts) {
    const [best] = [...byWord].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best) fits.set(key, best[0]);
  }
  return fits;
}
