// The names a headline written in sentence case holds (headlineNames): runs of capitalized
// words, the first word only when the body writes it as a name. The tagger misses many of them
// (a company it does not know, a club it reads as a noun); a headline in title case or in
// capitals gives none.

import { wordsOf } from '../phrases.ts';
import { GENERIC_WORDS, STOP_WORDS } from '../lexicon.ts';
import { mentions } from './whole-names.ts';
import { isShouted } from './sections.ts';
import { isJunk, isNationality } from './candidates.ts';

/** A word of a headline: letters and digits, with inner apostrophes, dots, ampersands, hyphens. */
const HEADLINE_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
/** Lower-case words inside a name in a headline ("Bank of England"); not "and", which joins two. */
const HEADLINE_JOINERS = new Set(['of', 'de', '&']);

/**
 * Whether a headline is written in sentence case ("Yukos unit buyer faces loan claim"), where a
 * capital past the first word marks a name: some word of four letters or more past the first is
 * in lower case. In title case ("Ad Sales Boost Profit") or capitals, every word is capitalized.
 */
function inSentenceCase(words: string[]): boolean {
  return words.slice(1).some((w) => w.length >= 4 && /^\p{Ll}/u.test(w));
}

/**
 * Whether the body writes `word` capitalized inside sentences more often than in lower case:
 * "Yukos" heading "Yukos unit buyer faces loan claim" is a name, "Cars" heading "Cars pull down
 * US retail figures" is not.
 */
function writtenAsName(word: string, body: string): boolean {
  // Inside a sentence: where (?<![.!?:]\s|^) holds with the m flag.
  const inside = mentions(body, word).filter(
    (at) =>
      at > 0 &&
      !LINE_TERMINATORS.has(body[at - 1] as string) &&
      !(at >= 2 && /\s/.test(body[at - 1] as string) && '.!?:'.includes(body[at - 2] as string)),
  );
  return inside.length > mentions(body, word.toLowerCase()).length;
}

/** Where ^ matches with the m flag: after one of these, or at the start. */
const LINE_TERMINATORS = new Set(['\n', '\r', '\u2028', '\u2029']);

/**
 * The names in a headline written in sentence case: runs of capitalized words ("Man Utd", "Six
 * Nations", "Bank of England"). What heads a story is what it is about, and the tagger misses
 * many such names: a company it does not know ("Yukos"), a club it reads as a noun ("Arsenal").
 * The first word is capitalized anyway, so it starts a name only when the body writes it as one
 * (writtenAsName). Runs of generic words ("Cup") or a nationality and generic words ("US TV")
 * name nothing.
 */
export function headlineNames(title: string, body: string): string[] {
  const words = title.match(HEADLINE_WORD) ?? [];
  if (isShouted(title) || !inSentenceCase(words)) return [];
  const names: string[] = [];
  let run: string[] = [];
  const end = () => {
    while (run.length && HEADLINE_JOINERS.has(run[run.length - 1] ?? '')) run.pop();
    const name = run.join(' ');
    run = [];
    if (!name || isJunk(name)) return;
    const named = wordsOf(name).filter((w) => !isNationality(w.text));
    if (named.every((w) => GENERIC_WORDS.has(w.lower) || STOP_WORDS.has(w.lower))) return;
    if (!names.includes(name)) names.push(name);
  };
  words.forEach((word, i) => {
    const bare = word.replace(/['’]s$/u, '').replace(/[.-]+$/, '');
    const capitalized = /^\p{Lu}/u.test(bare) && !/\d/.test(bare);
    if (capitalized && (i > 0 || /^\p{Lu}{2,}$/u.test(bare) || writtenAsName(bare, body))) {
      run.push(bare);
      // "Blair's plan": a possessive ends the name.
      if (bare !== word) end();
    } else if (run.length && HEADLINE_JOINERS.has(word)) {
      run.push(word);
    } else {
      end();
    }
  });
  end();
  return names;
}
