// A name the tagger cut short, made whole from the text around it (src/topics/tagger/match.ts
// tagged): a person's surname after a first name ("Helmut" -> "Helmut Kohl"), a particle
// ("van der"), a short capitalized word the tagger left out.

import { CONNECTORS, GENERIC_WORDS, STOP_WORDS, CORPORATE_SUFFIXES } from '../lexicon.ts';
import {
  isJunk,
  isNationality,
  PROTECTED_HYPHEN,
  lexicon,
  countryNames,
  topicKey,
} from './candidates.ts';
import { LETTER } from './sections.ts';

/**
 * The tagger stops "Kim Jong Il" at "Kim Jong" (it reads "Il" as a word of its own); a
 * capitalized word of up to three letters right after a person's name in the text completes it.
 */
export function completeName(name: string, text: string, firstName: boolean): string {
  if (!name.includes(' ')) {
    // A lone surname is resolved against full names later; a lone first name is the tagger
    // stopping short ("Carl" of "Carl Icahn's bid", "Richard" of "Richard von Weizsaecker").
    return firstName ? (surnameAfter(name, text) ?? name) : name;
  }
  const next = wordAfter(name, text);
  return next && !isJunk(next) && !CONNECTORS.has(next.toLowerCase()) ? `${name} ${next}` : name;
}

/** Particles of surnames: "von Weizsaecker", "de Larosiere". */
const SURNAME_PARTICLES = 'von|van|der|den|de|du|da|di|la|le|al|el|bin|ibn';

/**
 * The surname right after the first mention of a first name that has one: a capitalized word
 * (after particles), a possessive "'s" not part of it, that names no country and is no generic
 * or junk word ("Paul said", "Carl Icahn's", "Jordan Grand Prix" is left to the places).
 */
function surnameAfter(name: string, text: string): string | undefined {
  let m: RegExpExecArray | null = null;
  const mention = `${name} `;
  for (let at = text.indexOf(mention); at >= 0 && !m; at = text.indexOf(mention, at + 1)) {
    if (wordCharBefore(text, at)) continue;
    SURNAME.lastIndex = at + mention.length;
    m = SURNAME.exec(text);
  }
  const surname = m?.[2];
  if (!m || !surname) return undefined;
  const lower = surname.toLowerCase();
  if (isJunk(surname) || GENERIC_WORDS.has(lower) || isNationality(surname)) return undefined;
  // News calls a person by the surname alone after the first mention ("Icahn said"); a company
  // named after a person ("Patrick Petroleum", "Adelaide Steamship") keeps its first word.
  if (!mentions(text, surname).some((at) => !afterNameAndWords(text, at, name))) return undefined;
  return `${name} ${m[1] ?? ''}${surname}`.replace(new RegExp(PROTECTED_HYPHEN, 'g'), '-');
}

/** A surname after a first name and a space (surnameAfter): particles, then the name. */
const SURNAME = new RegExp(
  `((?:(?:${SURNAME_PARTICLES}) )*)(\\p{Lu}[\\p{Ll}\u2011-]*\\p{Ll})(?:['’]s)?(?![\\p{L}\\p{N}])`,
  'uy',
);

// The tests below are those of regular expressions around a word, written out: an expression
// built for each name (a lookbehind, the name, a lookahead) is compiled at each call, and
// compiling its \p{L} classes was most of surnameAfter's and writtenAsName's time
// (docs/figures.md). Each gives the expression's answer, reading characters as code points as
// the expressions' u flag does.

const WORD_CHAR = /[\p{L}\p{N}]/u;

function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** Whether a letter or digit ends at `at`: where (?<![\p{L}\p{N}]) fails. */
function wordCharBefore(text: string, at: number): boolean {
  return at > 0 && WORD_CHAR.test(String.fromCodePoint(codePointBefore(text, at)));
}

/** Whether a letter or digit starts at `at`: where (?![\p{L}\p{N}]) fails. */
function wordCharAt(text: string, at: number): boolean {
  return at < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at) as number));
}

/**
 * Where `word` stands as a word of its own in `text` (not inside another word): the matches of
 * (?<![\p{L}\p{N}])word(?![\p{L}\p{N}]) with the g flag, each search from the last one's end.
 */
export function mentions(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0;) {
    if (!wordCharBefore(text, at) && !wordCharAt(text, at + word.length)) {
      out.push(at);
      at = text.indexOf(word, at + word.length);
    } else {
      at = text.indexOf(word, at + 1);
    }
  }
  return out;
}

/**
 * Whether (?<=name (?:\p{L}+ )*) holds at `at`: the name and a space, then words of letters each
 * followed by a space, right before it. Read backwards, each such word starts after a space, so
 * it is the whole run of letters before its space.
 */
function afterNameAndWords(text: string, at: number, name: string): boolean {
  const mention = `${name} `;
  for (let pos = at; ;) {
    if (pos >= mention.length && text.startsWith(mention, pos - mention.length)) return true;
    if (text[pos - 1] !== ' ') return false;
    let start = pos - 1;
    while (start > 0) {
      const code = codePointBefore(text, start);
      if (!LETTER.test(String.fromCodePoint(code))) break;
      start -= code > 0xffff ? 2 : 1;
    }
    if (start === pos - 1) return false;
    pos = start;
  }
}

/** A short capitalized word right after a name: "Il" after "Kim Jong". */
const SHORT_WORD_AFTER = /\s(\p{Lu}\p{Ll}{0,2})(?![\p{L}\-\u2011])/uy;

/**
 * The short capitalized word after the first mention of `name` that has one. Mentions are found
 * with indexOf and only their ends matched: a regular expression built for each name and run
 * over the whole text was a tenth of the names stage. A hyphen in the name may be a
 * non-breaking one in the text, which indexOf cannot see, so such names take the regular
 * expression.
 */
function wordAfter(name: string, text: string): string | undefined {
  if (name.includes('-')) {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\u2011]');
    return new RegExp(`${escaped}${SHORT_WORD_AFTER.source}`, 'u').exec(text)?.[1];
  }
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    SHORT_WORD_AFTER.lastIndex = at + name.length;
    const word = SHORT_WORD_AFTER.exec(text)?.[1];
    if (word) return word;
  }
  return undefined;
}

/**
 * The tagger reads "Securities and Exchange Commission" as "Exchange Commission" and "Moody's
 * Investors Service" as "Investors Service": a capitalized word and "and", or a capitalized
 * possessive, right before an organization's name in the text belong to it; unless that word
 * names a country, a place or a person ("the United States and European Community", "Japan's
 * Finance Ministry").
 */
export function withJoinedWord(name: string, text: string): string {
  // The expression below needs one of these right before the name; most names have none, and
  // building and running the expression for each was a tenth of the names stage.
  if (![` and ${name}`, ` & ${name}`, `'s ${name}`, `’s ${name}`].some((s) => text.includes(s))) {
    return name;
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(
    `(?:(\\p{Lu}\\p{Ll}+) )?\\b(\\p{Lu}\\p{L}+)(?: (?:and|&) |['’]s )${escaped}\\b`,
    'u',
  ).exec(text);
  const word = m?.[2];
  // "December's OPEC accord", "Corp's Union Oil", "Inc and Collagen Corp": a month or a
  // company form ends another name; it does not start this one.
  const lower = word?.toLowerCase() ?? '';
  if (!m || !word || STOP_WORDS.has(lower) || CORPORATE_SUFFIXES.has(lower)) return name;
  const tag = lexicon[word.toLowerCase()];
  const tags: unknown[] = Array.isArray(tag) ? tag : [tag];
  const named = ['Country', 'Region', 'City', 'Place', 'Person', 'FirstName', 'LastName'];
  if (
    countryNames.has(topicKey(word)) ||
    countryNames.has(topicKey(`${m[1] ?? ''} ${word}`)) ||
    tags.some((t) => named.includes(String(t)))
  ) {
    return name;
  }
  return m[0].slice(m[1] ? m[1].length + 1 : 0);
}
