// What compromise's named-entity tagger finds in one article (namesIn): the people, places and
// organizations it names, cleaned of titles, fragments and junk, the acronyms it defines, and
// the names its headline holds. A pure function of the article's text, kept apart from the
// topics stage (src/stages/topics.ts) that joins and ranks its answers across the archive, so
// that the names stage (src/stages/names.ts) can run it on every core and keep its answers
// between builds: the names cache is versioned by this module and what it imports, so a change
// to how topics are ranked (MAX_TOPICS, say) keeps every cached answer.

import nlp from '../nlp.ts';
import { detectLanguage, stopWordLanguage } from '../normalize/language.ts';
import { SENTENCE_BREAK } from '../text.ts';
import {
  BEFORE_NAMES,
  CONNECTORS,
  CORPORATE_SUFFIXES,
  COUNTRY_NAMES,
  DEMONYMS,
  GENERIC_WORDS,
  NEGATING_PREFIXES,
  STOP_WORDS,
  TITLE_WORDS,
} from './lexicon.ts';
import { wordsOf, type Word } from './phrases.ts';
import type { Article, TopicKind } from '../types.ts';

/**
 * Where a mention stands says how central it is: news puts what a story is about in its
 * headline and first paragraph. A name once in the body is mentioned in passing; once in the
 * first paragraph, or twice anywhere, it is what the story is about (MIN_SCORE). They are here,
 * with the tagger, because it leaves out the sentences that cannot reach MIN_SCORE
 * (sentencesToTag): its answers, and so the names cache, depend on them.
 */
const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const BODY_WEIGHT = 1;
export const MIN_SCORE = 2;

/** A word in capitals that may be an acronym: "EC", "OPEC", "FOMC". */
const ACRONYM = /\b\p{Lu}{2,6}\b/gu;
/** What every acronym defined in the text (definitions) ends with: "(EC)". */
const ACRONYM_IN_BRACKETS = /\(\p{Lu}{2,6}\)/u;

/** Hyphens inside names ("Kim Jong-il") would split them in the tagger; protect them. */
const NAME_HYPHEN = /(\p{Lu}\p{Ll}*)-(\p{L}+)/gu;
const PROTECTED_HYPHEN = '\u2011';

/**
 * "Kim Jong-il", "Kim Jong-Il" and "Kim Jong Il" are one topic, as are "U.S." and "US": case,
 * hyphens, dots and a possessive "'s" don't count.
 */
export function topicKey(name: string): string {
  return wordsOf(name)
    .map((w) => w.lower)
    .join(' ');
}

// ---------------------------------------------------------------------------------------------
// Sections of an article, with the weight of a mention in each

export interface Section {
  text: string;
  weight: number;
  /** Written in capitals (a wire headline, a dateline): names match in any case there. */
  shouted: boolean;
}

const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;

/**
 * Mostly capitals: Reuters headlines ("BAHIA COCOA REVIEW"). The tagger can't read them.
 * Letters are counted in one pass, ASCII without a regular expression, and a text stops being
 * read once its other letters are more than a fifth of it, which in prose is within its first
 * third: every paragraph of every article is asked, and two Unicode replaces over each took
 * 4.6 s of the topics stage at 100,000 articles (a CPU profile). Over the 76,634 titles,
 * standfirsts and paragraphs of the 10,000-article bench archive: 61 ms against 476, the same
 * answer for every one.
 */
export function isShouted(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  const enough = text.length * 0.2;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 65 && code <= 90) {
      letters++;
      capitals++;
    } else if (code >= 97 && code <= 122) {
      letters++;
    } else if (code >= 128 && LETTER.test(char)) {
      letters++;
      if (CAPITAL.test(char)) capitals++;
    }
    // Letters that are not capitals: past a fifth of the text, they are past a fifth of its
    // letters, and capitals cannot reach four fifths.
    if (letters - capitals > enough) return false;
  }
  return letters >= 4 && capitals >= letters * 0.8;
}

/**
 * A wire dateline at the start of the first paragraph: "NEW YORK, March 3 - ", "FULLERTON,
 * Calif., March 2 - ", "LONDON (Reuters) - ". It names where the story was filed.
 */
const DATELINE =
  /^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?))?)(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}|\s+\((?:Reuters|AP|AFP|UPI)\))\s+[-–—]+\s+/u;

export function sectionsOf(article: TaggedText): Section[] {
  const sections: Section[] = [
    { text: article.title, weight: TITLE_WEIGHT, shouted: isShouted(article.title) },
  ];
  if (article.standfirst) {
    sections.push({
      text: article.standfirst,
      weight: LEAD_WEIGHT,
      shouted: isShouted(article.standfirst),
    });
  }
  let lead = true;
  for (const block of article.blocks) {
    let text = block.text;
    if (block.kind === 'paragraph' && lead) {
      const dateline = DATELINE.exec(text);
      // Where the story was filed is not what it is about: the dateline is left out. Measured
      // on 1,500 Reuters stories (bench/topics), counting its place as a first-paragraph
      // mention found 18 more of 2,324 labels but added 555 topics, nearly all filing cities
      // ("New York", "Washington") of stories not about them.
      if (dateline) text = text.slice(dateline[0].length);
      // The country after a city ("HANOVER, West Germany, April 3 - "), which the wire names
      // where the city is not known on its own, is where the story happens: a mention in
      // passing, which makes a country a topic (COUNTRY_MIN_SCORE). A state or province
      // ("FULLERTON, Calif.", "VANCOUVER, British Columbia") is left out with the city.
      const country = dateline?.[2];
      if (country && countryNames.has(topicKey(country)))
        sections.push({ text: country, weight: BODY_WEIGHT, shouted: false });
    }
    const weight = block.kind === 'paragraph' && lead ? LEAD_WEIGHT : BODY_WEIGHT;
    if (block.kind === 'paragraph') lead = false;
    sections.push({ text, weight, shouted: isShouted(text) });
  }
  return sections;
}

// ---------------------------------------------------------------------------------------------
// Names from the tagger

export interface Candidate {
  name: string;
  kind: Exclude<TopicKind, 'subject'>;
}

interface Term {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  /** compromise's forms of the word, as its match of a choice of words reads them. */
  normal: string;
  machine?: string | null;
  implicit?: string;
  root?: string;
}

export const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, unknown> } } })
  .model.one.lexicon;

/** "antigua and barbuda" -> "Antigua and Barbuda"; "uk" -> "UK". */
function titleCase(name: string): string {
  if (name.length <= 3) return name.toUpperCase();
  return name.replace(/\p{L}+/gu, (w, offset: number) =>
    offset > 0 && CONNECTORS.has(w) ? w : w[0]?.toUpperCase() + w.slice(1),
  );
}

/**
 * Countries and regions (states, provinces) in compromise's lexicon, written as names: found in
 * every article, in headlines and datelines in capitals too, which the tagger cannot read.
 */
export const GAZETTEER: [name: string, country: boolean][] = Object.entries(lexicon).flatMap(
  ([name, tag]): [string, boolean][] => {
    const tags: unknown[] = Array.isArray(tag) ? tag : [tag];
    if (tags.includes('Country')) return [[titleCase(name), true]];
    return tags.includes('Region') ? [[titleCase(name), false]] : [];
  },
);

/** Keys of countries' names: the built-in table's and compromise's. */
const countryNames = new Set([
  ...COUNTRY_NAMES.flat().map(topicKey),
  ...Object.values(DEMONYMS).map(topicKey),
  ...GAZETTEER.filter(([, country]) => country).map(([name]) => topicKey(name)),
]);

/** "Korean", "American", "U.S.": a nationality or a country (no parse needed). */
function isNationality(word: string): boolean {
  const tag = lexicon[word.toLowerCase()];
  return tag === 'Demonym' || word in DEMONYMS || countryNames.has(topicKey(word));
}

/** Why a name is never a topic: numbers, fragments, weekdays, months, pronouns, generic words. */
export function isJunk(name: string): boolean {
  if (/\d/.test(name)) return true;
  const words = wordsOf(name).map((w) => w.lower);
  if (words.join('').replace(/[^\p{L}]/gu, '').length < 2) return true;
  if (words.length === 1) {
    const [word = ''] = words;
    return STOP_WORDS.has(word) || GENERIC_WORDS.has(word) || CONNECTORS.has(word);
  }
  // "Industries Inc", "Co Ltd": a company form after generic words is a fragment of a name.
  if (CORPORATE_SUFFIXES.has(words[words.length - 1] ?? '')) {
    return words.every((w) => GENERIC_WORDS.has(w) || CORPORATE_SUFFIXES.has(w));
  }
  return words.every((w) => STOP_WORDS.has(w) || CONNECTORS.has(w));
}

/** A name as the tagger gave it, cleaned; null when nothing of a name is left. */
function clean(
  terms: Term[],
  kind: Candidate['kind'],
  rejects: (name: string, kind: Candidate['kind']) => boolean = notAName,
): string | null {
  // "State George" out of "Secretary of State George Shultz": a first name is not in a place.
  if (kind === 'place' && terms.some((t) => t.tags.has('FirstName'))) return null;
  const kept = kind === 'person' ? personsTerms(terms) : terms;
  const name = nameText(kept);
  return rejects(name, kind) ? null : name;
}

/**
 * "Finance Minister Gerhard Stoltenberg", "Commerce Malcolm Baldrige": a person's name starts at
 * the first name, or after the titles before it.
 */
function personsTerms(kept: Term[]): Term[] {
  const first = kept.findIndex((t) => t.tags.has('FirstName'));
  let start = 0;
  while (
    start < kept.length - 1 &&
    (start < first ||
      kept[start]?.tags.has('Honorific') ||
      TITLE_WORDS.has((kept[start]?.text ?? '').toLowerCase().replace(/\.$/, '')))
  ) {
    start++;
  }
  return kept.slice(start);
}

/** The text of the tagger's terms, without what is around a name (see clean). */
function nameText(kept: Term[]): string {
  let name = kept
    .map((t, i) => t.text + (i < kept.length - 1 ? t.post : ''))
    .join('')
    .replace(new RegExp(PROTECTED_HYPHEN, 'g'), '-')
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '')
    .replace(/\s+/g, ' ');
  // "region of Sinuiju" -> "Sinuiju": leading lower-case words are not part of a name; nor is
  // a leading "The" ("The European Community") or a trailing connector ("Bank of").
  name = name.replace(/^(?:(?:\p{Ll}+|The)\s+)+/u, '');
  name = name.replace(/(?:\s+(?:of|for|the|and|&|on|de|al))+$/u, '');
  // A full stop goes, the dot of an abbreviation ("U.S.") stays.
  if (!/\p{Lu}\.$/u.test(name)) name = name.replace(/\.$/, '');
  return name;
}

/** Whether a cleaned name is no name of its kind: junk, a fragment, a nationality. */
function notAName(name: string, kind: Candidate['kind']): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.length || isJunk(name)) return true;
  // "Non-European Union citizens" are not the European Union.
  const prefix = /^(\p{L}+)-/u.exec(name)?.[1]?.toLowerCase();
  if (prefix && NEGATING_PREFIXES.has(prefix)) return true;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || CONNECTORS.has(w.toLowerCase()))) {
    return true;
  }
  // "Las" of "Las Vegas": a place or organization of three letters or fewer, not an acronym, is
  // a fragment (a person may be "Kim" or "Li").
  if (kind !== 'person' && words.length === 1 && name.length <= 3 && !/^\p{Lu}+$/u.test(name)) {
    return true;
  }
  // "Sri Lankan", "British" read as a person, "South Korean" as an organization: a nationality
  // is a mention of its country (DEMONYMS), found as such.
  if (kind !== 'place' && isNationality(name)) return true;
  // "U.S.-Japan": countries together are the countries, found as such.
  if (kind === 'organization' && wordsOf(name).every((w) => countryNames.has(w.lower))) {
    return true;
  }
  // "Korean Visa", "U.S. Government": a nationality and a word is not an organization's name.
  if (kind === 'organization' && isNationality(words[0] ?? '')) {
    const rest = words.slice(1);
    if (rest.length <= 1 || rest.every((w) => GENERIC_WORDS.has(w.toLowerCase()))) return true;
  }
  return false;
}

/**
 * The tagger stops "Kim Jong Il" at "Kim Jong" (it reads "Il" as a word of its own); a
 * capitalized word of up to three letters right after a person's name in the text completes it.
 */
function completeName(name: string, text: string, firstName: boolean): string {
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
function mentions(text: string, word: string): number[] {
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
function withJoinedWord(name: string, text: string): string {
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

/** Words of an institution's name, never of a person's. */
const INSTITUTION_WORDS = new Set([...CORPORATE_SUFFIXES, 'bank', 'trust', 'group', 'fund']);

/** Parts of speech of words that start sentences and are never names. */
const FUNCTION_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Copula',
  'QuestionWord',
  'Modal',
]);

/**
 * Whether a sentence may hold a name: a capitalized word past the first, or a first word that
 * is not a function word ("The", "He", "But", "In").
 */
function mayHoldName(sentence: string): boolean {
  const first = /\p{L}[\p{L}'’]*/u.exec(sentence);
  if (!first) return false;
  if (/\p{Lu}/u.test(sentence.slice(first.index + first[0].length))) return true;
  const tag = lexicon[first[0].toLowerCase()];
  return typeof tag !== 'string' || !FUNCTION_TAGS.has(tag);
}

/** A sentence break (src/text.ts), or a blank line between paragraphs. */
const SENTENCE_END = new RegExp(`${SENTENCE_BREAK.source}|\\n\\s*\\n`, 'u');

// ---------------------------------------------------------------------------------------------
// Articles in other languages

/**
 * Whether an article reads as English, or as no language its words tell: compromise is an
 * English tagger. Latin-script text that detectLanguage leaves unknown goes to the stop-word
 * vote the body finder uses; text too short for it, or that no list fits, counts as English, so
 * that only an article plainly in another language is read as one.
 */
function readsAsEnglish(sections: Section[]): boolean {
  const text = sections.map((s) => s.text).join('\n');
  const language = detectLanguage(text);
  if (language !== null) return language === 'en';
  const words = text.slice(0, LANGUAGE_SAMPLE).toLowerCase().match(LANGUAGE_WORD) ?? [];
  if (words.length < 20) return true;
  const voted = stopWordLanguage(words);
  return voted === null || voted === 'en';
}

/** The characters the language vote reads, as detectLanguage reads them. */
const LANGUAGE_SAMPLE = 5000;
const LANGUAGE_WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Tags of compromise's lexicon that make a word a name whatever the language around it. */
const LEXICON_NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'City',
  'Place',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
  'ProperNoun',
]);

/** Whether compromise's lexicon holds a word or two words ("new orleans") as a name. */
function inLexiconAsName(key: string): boolean {
  // Only a word outside ASCII can have a mark to fold; most words have none.
  const folded = /^[\x20-\x7e]*$/.test(key) ? key : key.normalize('NFD').replace(/\p{M}/gu, '');
  const tag = lexicon[folded];
  const tags: unknown[] = Array.isArray(tag) ? tag : [tag];
  return tags.some((t) => LEXICON_NAME_TAGS.has(String(t)));
}

/**
 * Whether a sentence of an article in another language holds a name compromise can know: an
 * acronym, or a capitalized word, or two, its lexicon holds as a name ("Berlin", "Olaf",
 * "François" as "francois"). In German every noun is capitalized, and compromise reads most of
 * them as names ("Zeit", "Menschen", "Politik"); a sentence without such a word is not tagged.
 */
function holdsKnownName(words: Word[]): boolean {
  let previous = '';
  for (const word of words) {
    if (!/^\p{Lu}/u.test(word.text)) {
      previous = '';
      continue;
    }
    if (/^\p{Lu}{2,6}$/u.test(word.text) || inLexiconAsName(word.lower)) return true;
    if (previous && inLexiconAsName(`${previous} ${word.lower}`)) return true;
    previous = word.lower;
  }
  return false;
}

/** The capitalized words among `words`, as topicKey writes them ("U.S." -> "us", "Jong-il" -> two). */
function capitalizedWords(words: Word[]): string[] {
  return words.filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.lower);
}

/** Whether the tagger can read a section: not in capitals, not blank (readableSections). */
function isReadable(section: Section): boolean {
  return !section.shouted && section.text.trim() !== '';
}

/**
 * The sections the tagger can read (isReadable), each ending a sentence, with hyphens inside
 * names protected.
 */
function readableSections(sections: Section[]): Section[] {
  return sections.filter(isReadable).map((s) => {
    const text = endsSentence(s.text.trimEnd()) ? s.text : `${s.text}.`;
    // Most sections hold no hyphen: the expression's scan of the whole text is skipped.
    return {
      ...s,
      text: text.includes('-') ? text.replace(NAME_HYPHEN, `$1${PROTECTED_HYPHEN}$2`) : text,
    };
  });
}

const SENTENCE_STOPS = '.!?:;';
const CLOSING_MARKS = '"”’)';

/**
 * Whether a text ends as /[.!?:;]["”’)]?$/u says, read off its last two characters: the
 * expression tried every stop of the whole text (stop 45, with the hyphen's scan 0.8 s of the
 * names stage's 55 in a CPU profile).
 */
function endsSentence(text: string): boolean {
  const last = text[text.length - 1] ?? '';
  if (last && SENTENCE_STOPS.includes(last)) return true;
  const before = text[text.length - 2] ?? '';
  return !!last && !!before && CLOSING_MARKS.includes(last) && SENTENCE_STOPS.includes(before);
}

/**
 * The sentences worth tagging. A name is a topic only with MIN_SCORE: in the headline,
 * standfirst or first paragraph, or twice in the body. So a body sentence whose capitalized
 * words all stand once in the article, and nowhere in its lead, cannot yield a topic on its own
 * and is not tagged (function words such as "The" or "He" don't count as capitalized words).
 * Sentences without a capital letter past a first function word ("He said it would...") hold no
 * name at all. In an article in another language, only sentences holding a name compromise's
 * lexicon knows, or an acronym, are tagged (holdsKnownName).
 */
function sentencesToTag(sections: Section[], readable: Section[]): string[] {
  const words = sections.map((s) => wordsOf(s.text));
  const article = articleWords(sections, words);
  // A readable section's words are its section's: the protected hyphen and the full stop
  // readableSections adds change no word (wordsOf reads neither as part of one, and drops a
  // word's last dot), and keep every offset.
  const readableWords = words.filter((_, i) => isReadable(sections[i] as Section));
  const out: string[] = [];
  // A sentence the article repeats (a saved page's list of links, a caption under each picture,
  // a refrain) is tagged once: over the corpora's 1,013 saved pages this saves 3% of the stage,
  // and the topics of one article change, a kind (docs/figures.md, "Stop 38: the names stage").
  const taken = new Set<string>();
  readable.forEach((section, n) => {
    const all = readableWords[n] ?? [];
    for (const [sentence, start] of sentencesAt(section.text)) {
      if (taken.has(sentence) || !mayHoldName(sentence)) continue;
      const own = () => all.filter((w) => w.start >= start && w.start < start + sentence.length);
      if (worthTagging(own, section, article)) {
        taken.add(sentence);
        out.push(sentence);
      }
    }
  });
  return out;
}

/** SENTENCE_END with the g flag, to read where each sentence starts. */
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/**
 * What `text.split(SENTENCE_END)` gives (the expression matches no empty string and captures
 * nothing), each sentence with its offset: a sentence's words are read from its section's
 * (stop 45: the second wordsOf of every sentence was 0.8 s of the names stage's 55).
 */
function sentencesAt(text: string): [sentence: string, start: number][] {
  const out: [string, number][] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_ENDS)) {
    out.push([text.slice(from, m.index), from]);
    from = m.index + m[0].length;
  }
  out.push([text.slice(from), from]);
  return out;
}

/** What sentencesToTag reads of the whole article before it weighs a sentence. */
interface ArticleWords {
  /** Whether a capitalized word counts toward a topic: in the lead, or MIN_SCORE times. */
  counts: (key: string) => boolean;
  /** Whether the words' capitals spell an acronym the article uses. */
  spellsAcronym: (words: Word[]) => boolean;
  /** Whether the article reads as English (readsAsEnglish). */
  english: boolean;
}

/** The article's capitalized words, their counts and its acronyms (see sentencesToTag). */
function articleWords(sections: Section[], words: Word[][]): ArticleWords {
  const seen = new Map<string, number>();
  const lead = new Set<string>();
  for (const [i, section] of sections.entries()) {
    for (const key of capitalizedWords(words[i] ?? [])) {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (section.weight >= LEAD_WEIGHT) lead.add(key);
    }
  }
  const counts = (key: string) => lead.has(key) || (seen.get(key) ?? 0) >= MIN_SCORE;
  // "the International Monetary Fund" once and "the IMF" once are two mentions of one name.
  const acronyms = new Set(
    sections.flatMap((s) => s.text.match(ACRONYM) ?? []).map((a) => a.toLowerCase()),
  );
  const spellsAcronym = (words: Word[]) => {
    let run = '';
    for (const word of words) {
      if (/^\p{Lu}/u.test(word.text)) run += word.lower[0];
      else if (!CONNECTORS.has(word.lower)) run = '';
      for (let n = 2; n <= Math.min(run.length, 6); n++)
        if (acronyms.has(run.slice(-n))) return true;
    }
    return false;
  };
  return { counts, spellsAcronym, english: readsAsEnglish(sections) };
}

/** Whether one sentence of `section` is worth tagging (see sentencesToTag). */
function worthTagging(
  wordsOfSentence: () => Word[],
  section: Section,
  { counts, spellsAcronym, english }: ArticleWords,
): boolean {
  let words: Word[] | undefined;
  if (!english && !holdsKnownName((words = wordsOfSentence()))) return false;
  if (section.weight >= LEAD_WEIGHT) return true;
  words ??= wordsOfSentence();
  const namesOnce = capitalizedWords(words).some((key) => {
    const tag = lexicon[key];
    return (
      counts(key) && !STOP_WORDS.has(key) && !(typeof tag === 'string' && FUNCTION_TAGS.has(tag))
    );
  });
  return namesOnce || spellsAcronym(words);
}

/** A name right after an office: "Energy Minister [Subroto]", not a place or organization. */
const AFTER_TITLE = `(${BEFORE_NAMES.join('|')}) [#ProperNoun+]`;
/**
 * AFTER_TITLE parsed once: doc.match parses a pattern given as text at every call, and this one's
 * alternatives took 0.24 ms an article to parse against 0.04 ms to match (two sentences).
 */
const AFTER_TITLE_PARSED = nlp.parseMatch(AFTER_TITLE);
/** Tags that say a word after an office is not a person's name ("manager Manchester United"). */
const NOT_PERSON = ['Place', 'Organization', 'Demonym', 'Date', 'Value'];

/** A parsed text, as compromise's nlp() returns it. */
type Doc = ReturnType<typeof nlp>;

/** The words of AFTER_TITLE's offices, as compromise's parsed choice holds them. */
const OFFICES = (AFTER_TITLE_PARSED[0] as { fastOr: Set<string> }).fastOr;

/**
 * Whether a sentence can hold a match of AFTER_TITLE: an office, as compromise's doesMatch reads
 * a choice of words ("fastOr"), and a #ProperNoun. Without its cache step (not in our hooks),
 * compromise tries the pattern at every word of every sentence; a sentence without both yields
 * nothing (docs/figures.md, "Stop 42: the names stage's speed").
 */
function mayNameAfterTitle(terms: Term[]): boolean {
  return (
    terms.some((t) => t.tags.has('ProperNoun')) &&
    terms.some(
      (t) => OFFICES.has(t.root || t.implicit || t.machine || t.normal) || OFFICES.has(t.text),
    )
  );
}

/** The proper nouns right after an office that are a person's name (AFTER_TITLE). */
function namesAfterTitle(doc: Doc): Term[][] {
  const held = sentencesWhere(doc, mayNameAfterTitle);
  return (held.match(AFTER_TITLE_PARSED, 0) as unknown as { docs: Term[][] }).docs.filter(
    (terms) =>
      !terms.some(
        (t) =>
          NOT_PERSON.some((tag) => t.tags.has(tag)) ||
          GENERIC_WORDS.has(t.text.toLowerCase()) ||
          CORPORATE_SUFFIXES.has(t.text.toLowerCase().replace(/[.,]$/, '')),
      ),
  );
}

/**
 * The names in one of compromise's matches: "Yongchon, North Pyongan Province" is two places;
 * "Japan's Finance Ministry" is Japan and the ministry.
 */
function nameParts(match: Term[], kind: Candidate['kind']): Term[][] {
  const parts: Term[][] = [];
  let part: Term[] = [];
  for (const term of match) {
    part.push(term);
    // "December's OPEC": a possessive of a junk word or of a country ends a name.
    const owner = /['’]s$/u.test(term.text) ? term.text.replace(/['’]s$/u, '') : '';
    const possessive =
      kind !== 'person' && owner && (countryNames.has(topicKey(owner)) || isJunk(owner));
    // "Gudjohnsen (Parker 77)": a bracket, like a comma, ends a name (a team sheet).
    const next = match[match.indexOf(term) + 1];
    const apart = /[,()]/.test(term.post) || (next !== undefined && /[()]/.test(next.pre));
    if (apart || possessive || term === match[match.length - 1]) {
      parts.push(part);
      part = [];
    }
  }
  return parts;
}

/**
 * The sentences of a parse that hold a term with one of `tags`, in order. compromise's people()
 * first splits every sentence at its commas, then looks for a run of #Person: a sentence without
 * one yields nothing, and the splitting of all the others was 2% of the names stage
 * (docs/figures.md, "Stop 41: the names stage's speed"); places() looks for a run of #Place or
 * #Address in each. The matches are the same terms, in the same order.
 */
function sentencesTagged(doc: Doc, ...tags: string[]): Doc {
  return sentencesWhere(doc, (terms) => terms.some((t) => tags.some((tag) => t.tags.has(tag))));
}

/** The sentences of a parse whose terms pass `keep`, in order, as a view of the parse. */
function sentencesWhere(doc: Doc, keep: (terms: Term[]) => boolean): Doc {
  const view = doc as unknown as {
    docs: Term[][];
    fullPointer: unknown[];
    update: (pointers: unknown[]) => Doc;
  };
  const sentences = view.docs;
  return view.update(view.fullPointer.filter((_, i) => keep(sentences[i] ?? [])));
}

/**
 * compromise's matches of each kind of name in a parse, people first, each read only from the
 * sentences tagged with its kind.
 */
function nameMatches(doc: Doc): [Candidate['kind'], Term[][]][] {
  const matchesOf = (view: unknown) => (view as { docs: Term[][] }).docs;
  return [
    ['person', matchesOf(sentencesTagged(doc, 'Person').people())],
    ['person', namesAfterTitle(doc)],
    ['place', matchesOf(sentencesTagged(doc, 'Place', 'Address').places())],
    // compromise's organizations() is a match of #Organization+ in every sentence.
    ['organization', matchesOf(sentencesTagged(doc, 'Organization').organizations())],
  ];
}

/** The names compromise finds in an article's sections (those not in capitals), in one parse. */
function tagged(sections: Section[]): Candidate[] {
  const readable = readableSections(sections);
  const text = readable.map((s) => s.text).join('\n\n');
  if (!text) return [];
  // Tagging is most of the stage's time: only the sentences that can yield a topic are tagged.
  const doc = nlp(sentencesToTag(sections, readable).join('\n\n'));
  const memo = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = make()));
    return value;
  };
  const out: Candidate[] = [];
  for (const [kind, matches] of nameMatches(doc)) {
    for (const part of matches.flatMap((match) => nameParts(match, kind))) {
      // A name the article repeats is judged once (notAName is pure).
      const name = clean(
        part,
        kind,
        (n, k) => once(`n ${k} ${n}`, () => String(notAName(n, k))) === 'true',
      );
      // "Chase Manhattan Bank", "Irving Trust": a person's name has no such words.
      const words = name?.toLowerCase().split(/\s+/) ?? [];
      if (name && kind === 'person' && words.some((w) => INSTITUTION_WORDS.has(w))) {
        out.push({ name, kind: 'organization' });
      } else if (name) {
        const full =
          kind === 'person'
            ? once(`p ${name}`, () =>
                completeName(name, text, part.length === 1 && !!part[0]?.tags.has('FirstName')),
              )
            : kind === 'organization'
              ? once(`o ${name}`, () => withJoinedWord(name, text))
              : name;
        out.push({ name: full, kind });
      }
    }
  }
  return out;
}

/**
 * The initials of a name's capitalized words and of their capitalized hyphenated parts:
 * "Belgo-Luxembourg Economic Union" -> "BLEU", "Securities and Exchange Commission" -> "SEC".
 */
function initials(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const whole = words.map((w) => w[0]).join('');
  const parts = words
    .flatMap((w) => w.split('-'))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return whole === parts ? [whole] : [whole, parts];
}

/**
 * Acronyms the text defines: "European Community (EC)", the name being the shortest run of
 * words before the brackets whose initials spell it; and acronyms of names the tagger found,
 * when the text uses them ("Federal Open Market Committee" ... "the FOMC").
 */
function definitions(sections: Section[], candidates: Candidate[]): [string, string][] {
  const out: [string, string][] = [];
  const capitals = new Set<string>();
  for (const { text, shouted } of sections) {
    if (shouted) continue;
    // Checked first: the expression tries up to ten words at every word of the text, 3% of the
    // names stage where most sections have no acronym in brackets at all.
    const spelledOut = ACRONYM_IN_BRACKETS.test(text)
      ? text.matchAll(/((?:[\p{L}&'’-]+\s+){1,10})\((\p{Lu}{2,6})\)/gu)
      : [];
    for (const m of spelledOut) {
      const acronym = m[2] ?? '';
      const words = (m[1] ?? '').trim().split(/\s+/);
      for (let start = words.length - 1; start >= 0; start--) {
        const run = words.slice(start).join(' ');
        if (!/^\p{Lu}/u.test(run)) continue;
        const spelt = initials(run);
        if (spelt.includes(acronym)) {
          out.push([acronym, run]);
          break;
        }
        if (Math.min(...spelt.map((i) => i.length)) > acronym.length) break;
      }
    }
    for (const word of text.match(ACRONYM) ?? []) capitals.add(word);
  }
  for (const { name, kind } of candidates) {
    // Only names in full words: "EC Commission" is not what "EC" stands for.
    if (kind !== 'organization' || !/^\p{Lu}\p{Ll}+(?:[\s-]+\p{L}+)+$/u.test(name)) continue;
    if (name.split(/[\s-]+/).some((w) => w.length > 1 && w === w.toUpperCase())) continue;
    for (const acronym of initials(name)) {
      if (acronym.length >= 2 && capitals.has(acronym)) out.push([acronym, name]);
    }
  }
  return out;
}

/**
 * What the tagger finds in one article: a pure function of its text, so src/stages/names.ts can
 * run it on every core and keep it between builds.
 */
export interface TaggedNames {
  candidates: Candidate[];
  /** Acronyms the article defines, with the name each stands for. */
  definitions: [acronym: string, name: string][];
  /** Names its headline holds (headlineNames). */
  headline: string[];
}

/** The parts of an article the tagger reads. */
export type TaggedText = Pick<Article, 'title' | 'standfirst' | 'blocks'>;

export function namesIn(article: TaggedText): TaggedNames {
  const sections = sectionsOf(article);
  const candidates = tagged(sections);
  const body = sections
    .slice(1)
    .map((s) => s.text)
    .join('\n');
  return {
    candidates,
    definitions: definitions(sections, candidates),
    headline: headlineNames(article.title, body),
  };
}

// ---------------------------------------------------------------------------------------------
// Names in the headline

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
