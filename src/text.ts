// Text helpers shared by the stages: matching keys, sentences, content words, word counts.

/** Lowercase letters and digits only, single-spaced: two copies of a sentence compare equal. */
export function matchKey(text: string): string {
  // ASCII text (nearly all of an English archive's) is its own NFKC form, and its letters and
  // digits are [a-z0-9] once lower-cased: the same key without the normalization pass and the
  // Unicode classes, which were a sixth of the dedup stage's time at 100,000 articles (stop 52).
  if (ASCII.test(text)) return text.toLowerCase().replace(NOT_ASCII_ALNUM, ' ').trim();
  // Most other text of saved pages is Latin letters and typographic punctuation, which the
  // NFKC pass leaves alone or turns into other punctuation: of the 220 M characters dedup sent
  // down the NFKC path on 20,000 saved pages, 193 M are such text (stop 55).
  if (LATIN.test(text)) return text.toLowerCase().replace(NOT_LATIN_ALNUM, ' ').trim();
  return text.normalize('NFKC').toLowerCase().replace(NOT_ALNUM, ' ').trim();
}
/**
 * Whether text holds a word at all, a letter or a digit of any script: a text of punctuation and
 * symbols only ("* * *", ">", "—") has an empty matchKey, matches every other such text, and
 * gives Pagefind no word to index its page by.
 */
export function hasWords(text: string): boolean {
  return WORD_CHARACTER.test(text);
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
/** Text with no code unit from U+0080 on. */
const ASCII = /^[^\u0080-\uffff]*$/;
const NOT_ASCII_ALNUM = /[^a-z0-9]+/g;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
/**
 * Text of Latin-1 and Latin Extended-A, general punctuation (U+2010-U+2027: dashes, quotes,
 * ellipsis, bullet) and the euro sign: text whose key is the same without NFKC. It leaves out
 * the characters NFKC turns into letters or digits (ª º µ, superscripts, fractions, ĳ, ŀ, ŉ,
 * ſ); the rest it leaves alone or turns into punctuation, a separator either way (a test checks
 * every pair of them against the NFKC path).
 */
const LATIN =
  /^[^\u0180-\u200f\u2028-\u20ab\u20ad-\uffff\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u0132\u0133\u013f\u0140\u0149\u017f]*$/;
/**
 * The letters of LATIN text once lower-cased (its capitals lower-case into these, but "İ",
 * which becomes "i" and a combining dot, a separator as on the NFKC path).
 */
const NOT_LATIN_ALNUM = /[^a-z0-9\u00df-\u00f6\u00f8-\u017f]+/g;

/**
 * Where one sentence ends and the next begins: space after a full stop, question or exclamation
 * mark (and a closing quote or bracket), before a capital (after an opening quote or bracket).
 * Not after initials ("the U.S. Treasury", "J. Smith") or a title before a name ("Mr. Smith"):
 * 3,840 of the 19,043 Reuters stories write one, and a break there cut a glued lead of another
 * story down to "The U.S." (bench/dedup's generated teasers) and the tagger's sentence in two.
 * A sentence that does end on "U.S." stays joined to the next: the smaller harm.
 */
export const SENTENCE_BREAK =
  /(?<!(?:^|[\s(“"])(?:\p{Lu}\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|Messrs|Mt|Ft)\.)(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u;

export function sentences(text: string): string[] {
  return text.split(SENTENCE_BREAK).filter((s) => s.trim());
}

/** Common English words that say nothing about what a text is about. */
export const STOPWORDS = new Set(
  (
    'the of and to in a is that for on was with as by at from it said his her he she they them ' +
    'their are be has have had been were will would could should can may might not no but or if ' +
    'this these those there here what which who whom whose when where why how all any some such ' +
    'than then so also its into about after before over under more most other only own same very ' +
    'just our we you your us i me my an one two three out up down off again further once while ' +
    'because until against between through during above below both each few many much being do ' +
    'does did doing says say told according year years time last new first mr mrs ms yesterday ' +
    'today week month people made make like well back even still way since around however'
  ).split(' '),
);

/** Distinct content words (three letters or more, not stopwords) of a text. */
export function contentWords(text: string): Set<string> {
  return keyContentWords(matchKey(text));
}

/** contentWords of a text already turned into its match key (matchKey). */
export function keyContentWords(key: string): Set<string> {
  const out = new Set<string>();
  for (const word of key.split(' ')) {
    if (word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word)) out.add(word);
  }
  return out;
}

/** A Chinese or Japanese character (Han, Hiragana, Katakana), each match one character. */
export const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/**
 * Every Han, Hiragana and Katakana character is at U+2E80 or above (or in a surrogate pair):
 * text without such a code unit holds none, and most text is tested by this simple range in
 * place of the script properties (test/unit/text-rules.test.ts checks the claim).
 */
export const MAY_HOLD_CJK = /[\u2E80-\uFFFF]/;

/** JavaScript's \s, for a UTF-16 code unit. */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return isWideSpace(c) || c === 0x3000 || c === 0xfeff;
}

const LETTER_UNIT = /^\p{L}$/u;
const UPPER_UNIT = /^\p{Lu}$/u;
/** Whether each BMP code unit is a letter (\p{L}): 1, 0, or not known yet (-1). */
const letterUnits = new Int8Array(0x10000).fill(-1);
/** Whether each BMP code unit is an upper-case letter (\p{Lu}): 1, 0, or not known yet (-1). */
const upperUnits = new Int8Array(0x10000).fill(-1);

/** A surrogate in the text, paired or not: readers a code unit at a time leave it to their patterns. */
export function holdsSurrogate(text: string): boolean {
  return SURROGATE_UNIT.test(text);
}

const SURROGATE_UNIT = /[\uD800-\uDFFF]/;

/**
 * /\p{L}/u of one UTF-16 code unit, the answer remembered a unit (a lone surrogate is no
 * letter: callers test a text holding surrogates by its pattern).
 */
export function isLetterUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  let known = letterUnits[c] as number;
  if (known < 0) letterUnits[c] = known = LETTER_UNIT.test(String.fromCharCode(c)) ? 1 : 0;
  return known === 1;
}

/** /\p{Lu}/u of one UTF-16 code unit, as isLetterUnit. */
export function isUpperUnit(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  let known = upperUnits[c] as number;
  if (known < 0) upperUnits[c] = known = UPPER_UNIT.test(String.fromCharCode(c)) ? 1 : 0;
  return known === 1;
}

/**
 * A text opening on a lower-case letter, or on a capital: module constants, as the headline and
 * header rules ask them of every line, and a regular expression literal inside a function is a
 * new RegExp object each call (line-shape's lineShape held them first, stop 48).
 */
export const OPENS_LOWER_CASE = /^\p{Ll}/u;
export const OPENS_UPPER_CASE = /^\p{Lu}/u;

/**
 * The white space a line starts with, in code units: `text.length - text.trimStart().length`
 * without trimStart's copy (trim's white space is \s, isSpace).
 */
export function leadingSpaces(text: string): number {
  let n = 0;
  while (n < text.length && isSpace(text.charCodeAt(n))) n++;
  return n;
}

/** `text.trim().length` without trim's copy. */
export function trimmedLength(text: string): number {
  const start = leadingSpaces(text);
  let end = text.length;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/**
 * The columns a dump tool prints a line's trimmed text in: its length less its combining marks
 * (\p{M}), which w3m and lynx print on the letter before them. Bengali and the other scripts of
 * India write most vowels as such marks: ukbdnews.com.23646's paragraph lines, wrapped by w3m at
 * 100 columns, are 125 to 150 code units long and 92 to 98 columns, so its width read Infinity
 * and the first paragraph's tail was no wrapped line (docs/figures.md, stop 48, hl48g).
 */
export function printedColumns(text: string): number {
  const trimmed = text.trim();
  // MAY_HOLD_MARK first: most lines are Latin text below U+0300, and the plain class is two to
  // three times cheaper to scan for than \p{M} (the dumps' width reads every line of a page).
  return MAY_HOLD_MARK.test(trimmed) && HAS_MARK.test(trimmed)
    ? trimmed.replace(MARKS, '').length
    : trimmed.length;
}
const HAS_MARK = /\p{M}/u;
/**
 * A code unit at U+0300 or above, which every \p{M} character is (none is below U+0300; one past
 * the BMP is a surrogate pair, whose units this pattern without the u flag sees).
 */
const MAY_HOLD_MARK = /[\u0300-\uffff]/;
const MARKS = /\p{M}/gu;

/** JavaScript's \s from U+0080 to U+2E7F (ASCII's are tested in wordCount's loop). */
function isWideSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f
  );
}

/**
 * Words in a text: runs of non-space characters, and each Chinese or Japanese character (see
 * below). The published word count is this count of an article's body.
 */
export function wordCount(line: string): number {
  // Runs of non-space characters, counted in one pass. A code unit at U+2E80 or above is what
  // MAY_HOLD_CJK tests for: such a line is counted again the slower way below, and a line
  // without one is never tested by a pattern. ASCII is tested inline, where nearly every
  // character of the corpora is (docs/figures.md).
  let count = 0;
  let inWord = false;
  const length = line.length;
  for (let i = 0; i < length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 0x2e80) return cjkWordCount(line);
    if (c < 0x80 ? c === 32 || (c <= 13 && c >= 9) : isWideSpace(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  return count;
}

/**
 * wordCount of text that may hold Chinese or Japanese: each Han or kana character counts as a
 * word, or a whole Chinese paragraph would count as one word and a headline could never be
 * told from body text (the first paragraph became the title).
 */
function cjkWordCount(line: string): number {
  return line.replace(CJK_CHAR, ' x ').split(/\s+/).filter(Boolean).length;
}

/** A short stable hash (FNV-1a, 32 bit) for shingles; collisions only blur a similarity. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Share of the shorter text's distinct words that the other has ("UPDATE 1-X" vs "X": 1). */
export function sharedWordShare(a: string, b: string): number {
  const words = (text: string) => new Set(matchKey(text).split(' ').filter(Boolean));
  return shareOfSmaller(words(a), words(b));
}

/** Share of the smaller set's members that the other set has; 0 when the smaller is empty. */
export function shareOfSmaller(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
