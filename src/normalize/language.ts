// The page language, from the writing system, or English when its common words dominate.
// Latin-script text in other languages stays unknown (null) rather than guessed, except by
// callers that tell such languages apart by their stop words (stopWordLanguage).

import { createRequire } from 'node:module';

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/gu, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Devanagari}/gu, 'hi'],
];

const ENGLISH = new Set(
  'the of and to in a is that for on was with as by at from it said his are be has have'.split(' '),
);

/** Any letter of the scripts above: without one, every share is 0 and the loop is skipped. */
const ANY_SCRIPT =
  /[\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Thai}\p{Script=Devanagari}]/u;

/** The characters of a text the language is told from: its first 5,000. */
const SAMPLE_CHARS = 5000;

export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  return scriptLanguage(sample) ?? latinLanguage(sample);
}

/**
 * The language of a document from its title and body blocks (each a paragraph or line), as
 * detectLanguage reads their text joined, except that the English test leaves figure rows out
 * (isFigureRow): a wire results story's table ("Oper shr 1.24 dlrs vs 1.55 dlrs", "Revs 338.1
 * mln vs 327.9 mln") holds no function word of any language, and with it in the sample the
 * note's English sentences under it fell below latinLanguage's share (stop 52: 117 of 382
 * results stories of the 100,000-article bench read as no language). The writing system is
 * read off the whole text, as before.
 */
export function documentLanguage(
  title: string | null | undefined,
  blocks: readonly string[],
): string | null {
  const parts = [title ?? '', ...blocks];
  const script = scriptLanguage(sampleOf(parts, anyPart) ?? '');
  if (script) return script;
  return latinLanguage(sampleOf(parts, isProse) ?? sampleOf(parts, anyPart) ?? '');
}

/**
 * The first SAMPLE_CHARS characters of the parts `keep` takes, joined by spaces (as `join(' ')`
 * then `slice` would give them), or null where it takes none. Only the parts the sample reaches
 * are read: a long page's later blocks are neither joined nor tested.
 */
function sampleOf(parts: readonly string[], keep: (part: string) => boolean): string | null {
  let sample: string | null = null;
  for (const part of parts) {
    if (sample !== null && sample.length >= SAMPLE_CHARS) break;
    if (keep(part)) sample = sample === null ? part : `${sample} ${part}`;
  }
  return sample === null ? null : sample.slice(0, SAMPLE_CHARS);
}

function anyPart(): boolean {
  return true;
}

function isProse(part: string): boolean {
  return !isFigureRow(part);
}

/**
 * Tokens of a figure row at most: a table's row, or the dateline line over it ("CLEVELAND, March
 * 6 - Oper shr loss 39 cts vs profit 62 cts", 13 tokens).
 */
const FIGURE_ROW_TOKENS = 16;

/**
 * Whether a block reads as a row of figures rather than prose: short, not ended as a sentence,
 * and a tenth or more of its tokens bearing a digit ("Net 273.8 mln vs 206.6 mln" 2 of 5; "Oper
 * shr profit 12 cts vs loss two cts" 1 of 9). A shape, not a language: such rows are left out of
 * every language's sample alike. Asking two digits of a fifth of the tokens instead kept 16 more
 * of the 382 results stories unknown (stop 52); neither moved any other document's language.
 */
export function isFigureRow(text: string): boolean {
  const line = text.trim();
  const tokens = line.split(/\s+/);
  if (tokens.length > FIGURE_ROW_TOKENS || /[.!?]["'’”)]?$/.test(line)) return false;
  let figures = 0;
  for (const token of tokens) if (/\d/.test(token)) figures++;
  return figures >= 1 && figures * 10 >= tokens.length;
}

/**
 * The language of the first 5,000 characters' writing system (Korean, Japanese, Chinese, Arabic,
 * Hebrew, Russian for Cyrillic, Greek, Thai, Hindi for Devanagari), or null for Latin-script
 * text: detectLanguage without the English test, for callers that tell Latin-script languages
 * apart themselves (the body finder's stop-word vote).
 */
export function scriptLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (!holdsScriptLetter(sample)) return null;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters === 0) return null;
  for (const [script, lang] of SCRIPTS) {
    // Japanese mixes kana with Han, so any real share of kana decides it before Han does.
    const share = (sample.match(script) ?? []).length / letters;
    if (share >= (lang === 'ja' ? 0.1 : 0.3)) return lang;
  }
  return null;
}

/** Whether each BMP code unit is ANY_SCRIPT's by itself: 0 not asked yet, 1 it is, 2 not. */
const SCRIPT_UNITS = new Uint8Array(0x10000);

/**
 * ANY_SCRIPT.test(text), by a loop over its code units that asks the pattern once for each
 * character seen (a surrogate pair is asked as the pair): the pattern's large class, tried at
 * every position of a Latin-script sample of 5,000 characters, cost 0.7% of a dump's normalize.
 */
function holdsScriptLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x370) continue; // Greek, the first of the scripts, starts here
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        if (ANY_SCRIPT.test(String.fromCharCode(c, next))) return true;
        i++;
        continue;
      }
    }
    let known = SCRIPT_UNITS[c];
    if (!known) {
      known = ANY_SCRIPT.test(String.fromCharCode(c)) ? 1 : 2;
      SCRIPT_UNITS[c] = known;
    }
    if (known === 1) return true;
  }
  return false;
}

/** English when its common words dominate, else unknown (text without a share of a script above). */
function latinLanguage(sample: string): string | null {
  // The words are the runs of letters (\p{L}) of the lower-cased sample, counted in one pass
  // without making a string of each: only a run of ENGLISH's length can be one of its words.
  const lower = sample.toLowerCase();
  let words = 0;
  let english = 0;
  let start = -1; // where the current run of letters began, or -1
  for (let i = 0; i <= lower.length; i++) {
    const size = i < lower.length ? letterSize(lower, i) : 0;
    if (size > 0) {
      if (start < 0) start = i;
      i += size - 1;
      continue;
    }
    if (start < 0) continue;
    words++;
    if (i - start <= ENGLISH_LONGEST && ENGLISH.has(lower.slice(start, i))) english++;
    start = -1;
  }
  // Common English function words make up about a quarter of running English news text.
  return words >= 5 && english / words >= 0.12 ? 'en' : null;
}

const ENGLISH_LONGEST = Math.max(...[...ENGLISH].map((w) => w.length));

const LETTER = /^\p{L}$/u;
/** Whether each UTF-16 code unit is a letter by itself: 0 not asked yet, 1 a letter, 2 not. */
const LETTER_UNITS = new Uint8Array(0x10000);

/**
 * The length in code units of the letter at `i` (2 for a letter written as a surrogate pair),
 * or 0 when the character there is no letter: \p{L} as the pattern /\p{L}+/gu reads it.
 */
function letterSize(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) {
      return LETTER.test(String.fromCharCode(c, next)) ? 2 : 0;
    }
  }
  let known = LETTER_UNITS[c];
  if (!known) {
    known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER_UNITS[c] = known;
  }
  return known === 1 ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Stop words: the body finder's (src/normalize/body-finder.ts) and the names tagger's
// (src/topics/tagger.ts) vote between Latin-script languages.

let stopLists: Record<string, string[]> | undefined;
const stopSets = new Map<string, Set<string>>();

/** stopwords-iso's list for a language, lower-cased; null for a language it has none for. */
export function stopWords(lang: string): Set<string> | null {
  stopLists ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
  let set = stopSets.get(lang);
  if (!set) {
    const list = stopLists[lang];
    if (!list) return null;
    set = new Set(list.map((w) => w.toLowerCase()));
    stopSets.set(lang, set);
  }
  return set;
}

/** Latin-script languages told apart by their stop words (stopWordLanguage). */
const LATIN_LANGUAGES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sv', 'da', 'no', 'fi', 'hu',
  'ro', 'hr', 'sl', 'tr', 'id', 'ca',
]; // prettier-ignore

let latinIndex: { languages: string[]; index: Map<string, number> } | undefined;

/**
 * The LATIN_LANGUAGES stopwords-iso has a list for (in that order), and every word of their
 * lists with a bit set for each list holding it: the vote looks each word up once instead of
 * once per language.
 */
function latinStopWords(): { languages: string[]; index: Map<string, number> } {
  if (!latinIndex) {
    const languages = LATIN_LANGUAGES.filter((lang) => stopWords(lang));
    const index = new Map<string, number>();
    languages.forEach((lang, k) => {
      for (const w of stopWords(lang) ?? []) index.set(w, (index.get(w) ?? 0) | (1 << k));
    });
    latinIndex = { languages, index };
  }
  return latinIndex;
}

/**
 * The Latin-script language whose stop-word list holds the most of `words` (lower-cased), the
 * first of LATIN_LANGUAGES on a tie; null when no list holds 15% of them.
 */
export function stopWordLanguage(words: string[]): string | null {
  const { languages, index } = latinStopWords();
  const hits = new Array<number>(languages.length).fill(0);
  for (const w of words) {
    // The lists holding the word, one set bit each: visited lowest first, the others skipped.
    for (let mask = index.get(w) ?? 0; mask !== 0; mask &= mask - 1) {
      const k = 31 - Math.clz32(mask & -mask);
      hits[k] = (hits[k] ?? 0) + 1;
    }
  }
  let best: string | null = null;
  let bestShare = 0;
  for (const [k, lang] of languages.entries()) {
    const share = (hits[k] ?? 0) / words.length;
    if (share > bestShare) [best, bestShare] = [lang, share];
  }
  // Running text has a third or more of its words in its language's list (measured on the
  // Readability and trafilatura dumps: article blocks 0.35-0.6); below 0.15 no list fits.
  return bestShare >= 0.15 ? best : null;
}

/** stopWordLanguage over a text's words (its runs of letters, lower-cased). */
export function textLanguage(text: string): string | null {
  return stopWordLanguage(text.toLowerCase().match(/\p{L}+/gu) ?? []);
}
