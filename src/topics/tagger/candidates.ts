// The names compromise's tagger gives, cleaned (src/topics/tagger.ts namesIn): its lexicon and
// the gazetteer of places drawn from it, the key a name is matched by (topicKey), and the tests
// that throw out a title, a fragment or a word that is no name (isJunk, notAName, clean).

import { wordsOf } from '../phrases.ts';
import type { TopicKind } from '../../types.ts';
import nlp from '../../nlp.ts';
import {
  CONNECTORS,
  COUNTRY_NAMES,
  DEMONYMS,
  STOP_WORDS,
  GENERIC_WORDS,
  CORPORATE_SUFFIXES,
  TITLE_WORDS,
  NEGATING_PREFIXES,
} from '../lexicon.ts';

/** Hyphens inside names ("Kim Jong-il") would split them in the tagger; protect them. */
export const NAME_HYPHEN = /(\p{Lu}\p{Ll}*)-(\p{L}+)/gu;
export const PROTECTED_HYPHEN = '\u2011';

/**
 * "Kim Jong-il", "Kim Jong-Il" and "Kim Jong Il" are one topic, as are "U.S." and "US": case,
 * hyphens, dots and a possessive "'s" don't count.
 */
export function topicKey(name: string): string {
  return wordsOf(name)
    .map((w) => w.lower)
    .join(' ');
}

export interface Candidate {
  name: string;
  kind: Exclude<TopicKind, 'subject'>;
}

export interface Term {
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
export const countryNames = new Set([
  ...COUNTRY_NAMES.flat().map(topicKey),
  ...Object.values(DEMONYMS).map(topicKey),
  ...GAZETTEER.filter(([, country]) => country).map(([name]) => topicKey(name)),
]);

/** "Korean", "American", "U.S.": a nationality or a country (no parse needed). */
export function isNationality(word: string): boolean {
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
export function clean(
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
export function notAName(name: string, kind: Candidate['kind']): boolean {
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
