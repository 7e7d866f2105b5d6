// Topics across the archive (the topics stage, src/stages/topics.ts): what every article is
// searched for, built once from the built-in tables and the user's settings.

import type { TopicSettings } from '../config.ts';
import { COUNTRY_NAMES, DEMONYMS, NOT_COUNTRIES, NOT_DEMONYMS, OTHER_NAMES } from './lexicon.ts';
import { PhraseIndex } from './phrases.ts';
import { GAZETTEER, lexicon, topicKey } from './tagger.ts';
import type { TopicKind } from '../types.ts';

/** What a name found in the text stands for: a topic's key, or nothing (a longer non-name). */
export type Target = { key: string } | null;

/** Names joined by aliases: every spelling's key -> the canonical name. */
function aliasTable(settings: TopicSettings): Map<string, string> {
  const canonical = new Map<string, string>();
  // The user's aliases first: their canonical names win over the built-in ones.
  const groups = [
    ...Object.entries(settings.aliases).map(([name, others]) => [name, ...others]),
    ...COUNTRY_NAMES,
    ...OTHER_NAMES,
  ];
  for (const group of groups) {
    const [name = ''] = group;
    // A name in two groups joins them under the first group's canonical name.
    const joined = group.map((n) => canonical.get(topicKey(n))).find(Boolean) ?? name;
    for (const other of group) {
      const key = topicKey(other);
      const previous = canonical.get(key);
      if (previous && previous !== joined) {
        for (const [k, v] of canonical) if (v === previous) canonical.set(k, joined);
      }
      canonical.set(key, joined);
    }
  }
  return canonical;
}

/** What every article is searched for, built once from the built-in tables and the user's settings. */
export interface Searched {
  aliases: Map<string, string>;
  excluded: Set<string>;
  /** The key of the topic a name stands for, through the aliases. */
  canonicalKey: (name: string) => string;
  /**
   * Names searched in every article: aliases, countries' names, subject keywords. An excluded
   * name stays in as a mention of nothing, so that no shorter name inside it counts either.
   */
  everywhere: PhraseIndex<Target>;
  /** Countries, by name or nationality: mentions inside other names too ("Bank of Greece"). */
  countries: PhraseIndex<Target>;
  countryKeys: Set<string>;
  fixedKind: Map<string, TopicKind>;
  /** Names for topics the tagger may never have named (a country only in a headline). */
  fallbackName: Map<string, string>;
}

export function searchedEverywhere(settings: TopicSettings): Searched {
  const aliases = aliasTable(settings);
  const excluded = new Set(settings.exclude.map(topicKey));
  const canonicalKey = (name: string) => topicKey(aliases.get(topicKey(name)) ?? name);
  const searched: Searched = {
    aliases,
    excluded,
    canonicalKey,
    everywhere: new PhraseIndex<Target>(excluded),
    countries: new PhraseIndex<Target>(excluded),
    countryKeys: new Set<string>(),
    fixedKind: new Map<string, TopicKind>(),
    fallbackName: new Map<string, string>(),
  };
  addPlaces(searched);
  const { everywhere, countries, fixedKind, fallbackName } = searched;
  for (const [name, kind] of Object.entries(NOT_COUNTRIES)) {
    const key = canonicalKey(name);
    everywhere.add(name, { key });
    countries.add(name, null);
    fixedKind.set(key, kind);
    fallbackName.set(key, name);
  }
  for (const group of OTHER_NAMES) {
    for (const name of group) {
      const key = canonicalKey(name);
      everywhere.add(name, { key });
      fixedKind.set(key, 'organization');
      fallbackName.set(key, aliases.get(topicKey(name)) ?? name);
    }
  }
  for (const name of NOT_DEMONYMS) {
    everywhere.add(name, null);
    countries.add(name, null);
  }
  for (const [name, others] of Object.entries(settings.aliases)) {
    for (const n of [name, ...others]) everywhere.add(n, { key: canonicalKey(n) }, true);
  }
  // A subject is found by its keywords and by its own name.
  for (const [name, keywords] of Object.entries(settings.subjects)) {
    const key = topicKey(name);
    fixedKind.set(key, 'subject');
    for (const keyword of [name, ...keywords]) everywhere.add(keyword, { key }, true);
  }
  return searched;
}

/** Countries (by their names and their nationalities) and regions, searched everywhere. */
function addPlaces(searched: Searched): void {
  const { aliases, canonicalKey, everywhere, countries, countryKeys, fixedKind, fallbackName } =
    searched;
  const place = (name: string, mention = name, country = true) => {
    const key = canonicalKey(name);
    if (country) countryKeys.add(key);
    everywhere.add(mention, { key });
    if (country) countries.add(mention, { key });
    fixedKind.set(key, 'place');
    if (!fallbackName.has(key)) fallbackName.set(key, aliases.get(topicKey(name)) ?? name);
  };
  for (const group of COUNTRY_NAMES) for (const name of group) place(name);
  for (const [name, country] of GAZETTEER) place(name, name, country);
  for (const [demonym, country] of Object.entries(DEMONYMS)) {
    // The country by its own name too, where compromise's lexicon does not know the name: those
    // no longer on the map ("Yugoslavia", "Zaire", "Czechoslovakia"), which the tagger then
    // misses in running text (bench:topics: 3 Reuters stories naming Yugoslavia had no topic
    // for it). A name the lexicon reads otherwise ("Jordan", a person) is left to the tagger.
    if (lexicon[country.toLowerCase()] === undefined) place(country);
    place(country, demonym);
    if (/(?:an|i)$/.test(demonym)) place(country, `${demonym}s`);
  }
}
