// Finding known names in text in one pass: every name of every topic an article may have goes
// into a PhraseIndex, and a scan of the article's words reports each mention, the longest name
// at each place ("Bank of America" is not a mention of America, "Kim Jong-il" is one mention).
//
// Words are compared the way topic names are (topicKey in src/stages/topics.ts): case, dots
// ("U.S." is "US"), possessives and hyphens ("Jong-il" is "Jong il") don't count. Case does
// count in body text for names written with capitals, since "China" is not "china", "Turkey"
// not "turkey" and "US" not "us": a capitalized word of a name matches a capitalized word of
// the text, a name word in capitals (an acronym) matches capitals. Text in capitals (a wire
// headline, a dateline) and names the user wrote (aliases, subject keywords) match in any case.

/** How a word of a name must be written in body text to match. */
type Case = 'any' | 'capitalized' | 'upper';

interface NameWord {
  lower: string;
  needs: Case;
}

interface Phrase<T> {
  words: NameWord[];
  value: T;
}

export interface Word {
  /** Without dots and possessive, e.g. "US" for "U.S.", "Greece" for "Greece's". */
  text: string;
  lower: string;
  /** Offset in the scanned text. */
  start: number;
}

export interface Mention<T> {
  value: T;
  /** Offset of the first word in the scanned text. */
  start: number;
  /** Position of the first word among the scanned words: the words around tell how it is used. */
  index: number;
  /** How many words the name spans. */
  length: number;
}

// A word: letters and digits with inner dots, apostrophes and ampersands ("U.S.", "O'Neill",
// "AT&T"); hyphens separate words, as in topicKey. wordsOf reads what the expression
// /[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*\.?/gu matches, by hand.

/** A letter or digit, as WORD's class reads one code point. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
/** Whether each BMP code point outside ASCII is a letter or digit: 0 not asked yet, 1 yes, 2 no. */
const bmpWordChar = new Uint8Array(0x10000);

/** Whether the code point `code` is a letter or digit (WORD_CHAR), ASCII read off its code. */
function isWordChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code));
  let known = bmpWordChar[code];
  if (known === 0) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    bmpWordChar[code] = known;
  }
  return known === 1;
}

/** Where the run of letters and digits from `at` ends. */
function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.codePointAt(end) as number;
    if (!isWordChar(code)) break;
    end += code > 0xffff ? 2 : 1;
  }
  return end;
}

/** The characters that join two runs into one word (WORD's [.'’&]). */
function joinsRuns(code: number): boolean {
  return code === 46 || code === 39 || code === 0x2019 || code === 38;
}

/**
 * The words of a text, without dots and possessives: the expression's matches (above), read by
 * hand, a code point at a time as its u flag reads them (String's codePointAt). Each greedy part
 * of the expression takes the longest run it can and the rest can always match empty, so a match
 * is a run of letters and digits, then each joining mark followed by another run, then a dot if
 * one follows. The topics stage reads every word of every article, and
 * matchAll's match objects were most of its time on saved pages (docs/figures.md, stop 54).
 */
export function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  let at = 0;
  while (at < text.length) {
    const code = text.codePointAt(at) as number;
    if (!isWordChar(code)) {
      at += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = at;
    let end = runEnd(text, at);
    while (end + 1 < text.length && joinsRuns(text.charCodeAt(end))) {
      const after = runEnd(text, end + 1);
      if (after === end + 1) break;
      end = after;
    }
    if (text.charCodeAt(end) === 46) end++;
    at = end;
    let word = text.slice(start, end);
    // "U.S." -> "US"; a sentence's full stop goes too ("said." -> "said").
    if (word.includes('.')) word = word.replace(/\./g, '');
    word = withoutPossessive(word);
    if (!word) continue;
    out.push({ text: word, lower: word.toLowerCase(), start });
  }
  return out;
}

/**
 * A word without its possessive "'s" or closing apostrophe: what /['’]s$|['’]$/u's replace
 * removes, read off the word's last two characters (the expression scanned every word of every
 * text the names stage reads, 0.25 s of its 55 in a CPU profile, stop 45).
 */
function withoutPossessive(word: string): string {
  const last = word[word.length - 1];
  if (last === "'" || last === '’') return word.slice(0, -1);
  const before = word[word.length - 2];
  return last === 's' && (before === "'" || before === '’') ? word.slice(0, -2) : word;
}

function nameWords(name: string, anyCase: boolean): NameWord[] {
  return wordsOf(name).map(({ text, lower }) => ({
    lower,
    needs: anyCase
      ? 'any'
      : text.length > 1 && text === text.toUpperCase() && /\p{Lu}/u.test(text)
        ? 'upper'
        : /^\p{Lu}/u.test(text)
          ? 'capitalized'
          : 'any',
  }));
}

function fits(word: Word, needs: Case, shouted: boolean): boolean {
  if (shouted || needs === 'any') return true;
  if (needs === 'upper') return word.text === word.text.toUpperCase();
  return /^[\p{Lu}\p{N}]/u.test(word.text);
}

/**
 * Names to find, each with a value (the topic it names). Names in `blocked` (as topicKey gives
 * them: lower case, words) are found as mentions of nothing.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T | null>[]>();
  private sorted = true;

  constructor(private readonly blocked: ReadonlySet<string> = new Set()) {}

  get size(): number {
    return this.byFirst.size;
  }

  /**
   * Adds a name. `anyCase`: match it in any case, as for the names a user writes; otherwise
   * its capitals must be capitals in body text.
   */
  add(name: string, value: T, anyCase = false): void {
    const words = nameWords(name, anyCase);
    const first = words[0];
    if (!first) return;
    const list = this.byFirst.get(first.lower) ?? [];
    const blocked = this.blocked.has(words.map((w) => w.lower).join(' '));
    // A blocked name is found in any case: "UK" excluded is "uk" excluded.
    list.push(blocked ? { words: nameWords(name, true), value: null } : { words, value });
    this.byFirst.set(first.lower, list);
    this.sorted = false;
  }

  /** The longest name starting at word `i`, or null. */
  matchAt(words: Word[], i: number, shouted: boolean): { value: T | null; length: number } | null {
    const first = words[i];
    const list = first && this.byFirst.get(first.lower);
    if (!list) return null;
    if (!this.sorted) {
      for (const l of this.byFirst.values()) l.sort((a, b) => b.words.length - a.words.length);
      this.sorted = true;
    }
    outer: for (const phrase of list) {
      if (i + phrase.words.length > words.length) continue;
      for (let k = 0; k < phrase.words.length; k++) {
        const want = phrase.words[k] as NameWord;
        const got = words[i + k] as Word;
        if (got.lower !== want.lower || !fits(got, want.needs, shouted)) continue outer;
      }
      return { value: phrase.value, length: phrase.words.length };
    }
    return null;
  }
}

/**
 * Every mention in `words` of a name in any of `indexes`: at each word the longest name of any
 * index, then on past it, so that names do not overlap. Inside a longer name, the names of
 * `inner` are mentions too ("Bank of Greece" mentions Greece).
 */
export function findMentions<T>(
  words: Word[],
  indexes: PhraseIndex<T>[],
  shouted: boolean,
  inner?: PhraseIndex<T>,
): Mention<T | null>[] {
  const out: Mention<T | null>[] = [];
  for (let i = 0; i < words.length;) {
    let best: { value: T | null; length: number } | null = null;
    for (const index of indexes) {
      const m = index.matchAt(words, i, shouted);
      if (m && (!best || m.length > best.length)) best = m;
    }
    if (!best) {
      i++;
      continue;
    }
    out.push({ value: best.value, start: (words[i] as Word).start, index: i, length: best.length });
    if (inner && best.value !== null && best.length > 1) {
      const span = words.slice(i, i + best.length);
      for (const m of findMentions(span, [inner], shouted)) {
        if (m.length < best.length && m.value !== best.value)
          out.push({ ...m, index: i + m.index });
      }
    }
    i += best.length;
  }
  return out;
}
