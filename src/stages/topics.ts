// Stage 6, topics: what each article is about. The people, places and organizations compromise's
// named-entity tagger finds, the subjects the user defines by keywords, under one canonical
// name each across the archive, ranked by how central they are to the article.
//
// 1. Names: one compromise parse per article finds the names (person, place, organization:
//    namesIn, src/topics/tagger.ts, run by the names stage before this one);
//    they are cleaned of titles, fragments and junk, and joined under one topic when they are
//    spellings of one name (topicKey), aliases (the user's, and a built-in table of countries'
//    other names: src/topics/lexicon.ts), an acronym the text defines ("European Community
//    (EC)"), or a lone surname of a person named in full in the same article.
// 2. Mentions: every name of every topic is then found in the text in one scan (PhraseIndex),
//    the tagger's misses included, and weighted by where it stands: in the headline, in the
//    standfirst or first paragraph, or further down.
// 3. Rank: the topics with the most weight, at least MIN_SCORE, first mention breaking ties.

import type { BuildContext } from '../build-context.ts';
import { emptyTopicSettings, type TopicSettings } from '../config.ts';
import { slugify } from '../slug.ts';
import {
  COUNTRY_NAMES,
  DEMONYMS,
  NOT_COUNTRIES,
  NOT_DEMONYMS,
  OTHER_NAMES,
} from '../topics/lexicon.ts';
import { findMentions, PhraseIndex, wordsOf, type Word } from '../topics/phrases.ts';
import {
  GAZETTEER,
  isJunk,
  lexicon,
  MIN_SCORE,
  namesIn,
  sectionsOf,
  topicKey,
  type Section,
  type TaggedNames,
} from '../topics/tagger.ts';
import type { Article, Topic, TopicKind } from '../types.ts';

// The tagger's functions the topics tests and benchmarks import from here, where they were
// before the tagger had a module of its own.
export { isJunk, isShouted, namesIn, topicKey } from '../topics/tagger.ts';

/**
 * An article lists at most this many topics: enough to browse by, few enough to mean something.
 * Was 8: at 10, bench:topics (600 Reuters stories) found 92.9% of the labels the text names
 * against 91.4%, with 3.47 topics an article; at 12, 93.5%.
 */
const MAX_TOPICS = 10;
/**
 * A country is a topic of every story that names it, once in the body too: which countries a
 * story concerns is what readers browse a news archive by, and the wire's own editors label a
 * story with every country it names (Reuters-21578 PLACES). Measured on 600 Reuters stories
 * (bench:topics): 81.0% of the labels the text names found with MIN_SCORE, 91.4% with this.
 * The related stage weighs a shared country by how little it says (src/stages/related.ts).
 */
const COUNTRY_MIN_SCORE = 1;
/**
 * An acronym joins the name it abbreviates across the archive when that name is the one most
 * texts define it as: two thirds of the definitions or more. "ADB" is the Asian Development
 * Bank in some stories and the African one in others; each story's own definition then holds.
 */
const ACRONYM_AGREEMENT = 2 / 3;

/**
 * A surname alone ("Putin") that the archive names in full as one person only ("Vladimir
 * Putin") is that person, in stories that never give the full name too: it is shown under the
 * full name, and so joins its topic. A surname two people share ("Brown") stays apart.
 */
function joinSurnames(
  display: Map<string, string>,
  kinds: Map<string, Map<TopicKind, number>>,
  fixedKind: Map<string, TopicKind>,
): void {
  const isPerson = (key: string) => {
    const votes = kinds.get(key);
    const person = votes?.get('person') ?? 0;
    return !fixedKind.has(key) && person > 0 && [...(votes ?? [])].every(([, n]) => n <= person);
  };
  const fullNames = new Map<string, string[]>();
  for (const [key, name] of display) {
    const words = key.split(' ');
    if (words.length < 2 || !isPerson(key)) continue;
    const surname = words[words.length - 1] ?? '';
    fullNames.set(surname, [...(fullNames.get(surname) ?? []), name]);
  }
  // A name the tagger never gave a kind (one a headline gave: "Blair's plan") joins too.
  const unknown = (key: string) => !fixedKind.has(key) && !kinds.has(key);
  for (const [key] of display) {
    const full = fullNames.get(key);
    if (!key.includes(' ') && full?.length === 1 && (isPerson(key) || unknown(key))) {
      display.set(key, full[0] ?? key);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// How the text uses a name

const cueWords = (...lines: string[]) => new Set(lines.join(' ').split(/\s+/));
/** Words after a club's, company's or party's name: "Chelsea manager", "Yukos shares". */
const ORGANIZATION_AFTER = cueWords(
  'manager boss bosses striker strikers midfielder defender goalkeeper keeper winger coach',
  'captain chairman fans supporters players squad shares shareholders spokesman spokeswoman',
  'executives staff employees directors',
);
/** Words before a club's name: "beat Liverpool", "against Everton", "joined Arsenal". */
const ORGANIZATION_BEFORE = cueWords('beat beats beating against v vs versus joined joining');
/** Words before what is won, an award or a contest: "won an Oscar", "win the Six Nations". */
const WON = cueWords('won win wins winning');
const DETERMINERS = cueWords('a an the this his her their its');
/** Words before a person's name. */
const PERSON_BEFORE = cueWords('mr mrs ms dr sir lord lady dame');
/** Words before a place's name: "in Sydney", "near Halifax". */
const PLACE_BEFORE = cueWords('in near');
/**
 * A name's kind goes by how the text uses it when the archive says so at least MIN_CUES times,
 * CUE_MARGIN times as often as any other way: "Liverpool" is a city in the tagger's lexicon and
 * a club in a sports desk's stories ("beat Liverpool", "Liverpool manager Rafael Benitez"); one
 * story's "in Liverpool" does not undo that.
 */
const MIN_CUES = 3;
const CUE_MARGIN = 2;

/**
 * The kind the words around a mention (words[index], `length` words long) say it is, if any.
 * What is won is a subject (an award, a contest).
 */
function kindCue(words: Word[], index: number, length: number): TopicKind | null {
  const before = words[index - 1]?.lower ?? '';
  const after = words[index + length]?.lower ?? '';
  const twoBefore = words[index - 2]?.lower ?? '';
  if (WON.has(before) || (DETERMINERS.has(before) && WON.has(twoBefore))) return 'subject';
  if (ORGANIZATION_AFTER.has(after) || ORGANIZATION_BEFORE.has(before)) return 'organization';
  if (PERSON_BEFORE.has(before)) return 'person';
  // "in OPEC", "in EC countries": an acronym after "in" is a body, not a place.
  const first = words[index]?.text ?? '';
  if (PLACE_BEFORE.has(before) && first !== first.toUpperCase()) return 'place';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Topics across the archive

/** What a name found in the text stands for: a topic's key, or nothing (a longer non-name). */
type Target = { key: string } | null;

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
interface Searched {
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

function searchedEverywhere(settings: TopicSettings): Searched {
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

/** An article's sections with what the tagger found in it. */
type Named = TaggedNames & { sections: Section[] };

/**
 * Acronym -> the key of the name it stands for across the archive, where the texts that define
 * it agree (ACRONYM_AGREEMENT); each such acronym is then searched everywhere.
 */
function archiveAcronyms(named: Named[], searched: Searched): Map<string, string> {
  const { aliases, canonicalKey } = searched;
  const definedAs = new Map<string, Map<string, number>>();
  for (const { definitions: defs } of named) {
    for (const [acronym, name] of defs) {
      const byName = definedAs.get(acronym) ?? new Map<string, number>();
      byName.set(canonicalKey(name), (byName.get(canonicalKey(name)) ?? 0) + 1);
      definedAs.set(acronym, byName);
    }
  }
  const acronyms = new Map<string, string>();
  for (const [acronym, byName] of definedAs) {
    const total = [...byName.values()].reduce((a, b) => a + b, 0);
    const [key, count] = [...byName].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (key && count >= total * ACRONYM_AGREEMENT && !aliases.has(topicKey(acronym))) {
      acronyms.set(acronym, key);
      searched.everywhere.add(acronym, { key });
    }
  }
  return acronyms;
}

/** What the articles say of each topic, across the archive. */
interface Votes {
  /** The spellings of each topic's name, by count. */
  forms: Map<string, Map<string, number>>;
  /** The kinds the tagger gave each topic, by count. */
  kinds: Map<string, Map<TopicKind, number>>;
  /** How the text uses each topic's name (kindCue): votes by kind. */
  cues: Map<string, Map<TopicKind, number>>;
  /** Topics named in a headline, whose kind the tagger may never give. */
  headlined: Set<string>;
}

function vote<K>(map: Map<string, Map<K, number>>, key: string, value: K, n = 1): void {
  const counts = map.get(key) ?? new Map<K, number>();
  counts.set(value, (counts.get(value) ?? 0) + n);
  map.set(key, counts);
}

/** A topic's weight in one article, and where it is first mentioned. */
type Score = { score: number; first: number };

/**
 * The names of one article's own topics, searched in it alongside those searched everywhere:
 * the acronyms it defines, the tagger's names (a lone surname as the person it names in full),
 * its headline's names, and the surnames of the people it names in full.
 */
function articleNames(
  { candidates, definitions: defs, headline }: Named,
  searched: Searched,
  acronyms: Map<string, string>,
  votes: Votes,
): PhraseIndex<Target> {
  const { excluded, canonicalKey } = searched;
  const local = new PhraseIndex<Target>(excluded);
  const fullNames = candidates.filter((c) => c.kind === 'person' && c.name.includes(' '));
  const surnames = surnamesOf(fullNames);
  // The article's own definitions first, then the archive's.
  const defined = new Map(defs.map(([acronym, name]) => [acronym, canonicalKey(name)]));
  const keyOf = (name: string) => defined.get(name) ?? acronyms.get(name) ?? canonicalKey(name);
  for (const [acronym, name] of defs) {
    local.add(name, { key: keyOf(acronym) });
    local.add(acronym, { key: keyOf(acronym) });
  }
  const naming: ArticleNaming = { local, excluded, surnames, keyOf, votes };
  addTaggerNames(naming, candidates);
  addHeadlineNames(naming, headline);
  // A person named in full is later called by the surname alone ("Baker"), when no other
  // person in the article shares it.
  for (const person of fullNames) {
    const surname = person.name.split(/\s+/).pop() ?? '';
    if (surnames.get(surname)?.length === 1 && !isJunk(surname)) {
      local.add(surname, { key: canonicalKey(person.name) });
    }
  }
  return local;
}

/** What articleNames' steps add an article's names with. */
interface ArticleNaming {
  /** The article's own names, being made. */
  local: PhraseIndex<Target>;
  /** Keys of topics left out (Searched.excluded). */
  excluded: Searched['excluded'];
  /** Each word of the names of the people named in full, with those names. */
  surnames: Map<string, string[]>;
  /** A name's topic key: an acronym's by its definition (the article's, then the archive's). */
  keyOf: (name: string) => string;
  votes: Votes;
}

/** Each word of the full names, with the names it is a word of. */
function surnamesOf(fullNames: Named['candidates']): Map<string, string[]> {
  const surnames = new Map<string, string[]>();
  for (const person of fullNames) {
    for (const word of person.name.split(/\s+/)) {
      const list = surnames.get(word) ?? [];
      if (!list.includes(person.name)) list.push(person.name);
      surnames.set(word, list);
    }
  }
  return surnames;
}

/** The tagger's names, a lone surname as the person the article names in full. */
function addTaggerNames(
  { local, excluded, surnames, keyOf, votes }: ArticleNaming,
  candidates: Named['candidates'],
): void {
  for (const candidate of candidates) {
    let name = candidate.name;
    if (candidate.kind === 'person' && !name.includes(' ')) {
      // A lone surname ("Kim") of one person named in full in the article is that person;
      // of two, it is ambiguous and left out.
      const full = surnames.get(name) ?? [];
      if (full.length > 1) continue;
      if (full[0]) name = full[0];
    }
    const key = keyOf(name);
    if (excluded.has(topicKey(candidate.name)) || excluded.has(key)) continue;
    local.add(candidate.name, { key });
    vote(votes.kinds, key, candidate.kind);
    vote(votes.forms, key, name);
  }
}

/** What heads the story: a surname alone is the person the story names in full. */
function addHeadlineNames(
  { local, excluded, surnames, keyOf, votes }: ArticleNaming,
  headline: Named['headline'],
): void {
  for (const name of headline ?? []) {
    const full = name.includes(' ') ? [] : (surnames.get(name) ?? []);
    if (full.length > 1) continue;
    const key = keyOf(full[0] ?? name);
    if (excluded.has(topicKey(name)) || excluded.has(key)) continue;
    local.add(name, { key });
    vote(votes.forms, key, full[0] ?? name);
    votes.headlined.add(key);
  }
}

/** Every mention of a topic in an article's sections, weighted by where it stands. */
function mentionScores(
  sections: Section[],
  local: PhraseIndex<Target>,
  searched: Searched,
  votes: Votes,
): Map<string, Score> {
  const scores = new Map<string, Score>();
  let position = 0;
  for (const section of sections) {
    const words: Word[] = wordsOf(section.text);
    const mentions = findMentions(
      words,
      [local, searched.everywhere],
      section.shouted,
      searched.countries,
    );
    for (const mention of mentions) {
      if (!mention.value) continue;
      const { key } = mention.value;
      if (searched.excluded.has(key)) continue;
      const cue = kindCue(words, mention.index, mention.length);
      if (cue) vote(votes.cues, key, cue);
      const entry = scores.get(key) ?? { score: 0, first: position + mention.start };
      entry.score += section.weight;
      scores.set(key, entry);
    }
    position += section.text.length + 1;
  }
  return scores;
}

/** One name per topic across the archive: the canonical one, else the commonest spelling. */
function displayNames(
  settings: TopicSettings,
  searched: Searched,
  votes: Votes,
): Map<string, string> {
  const display = new Map<string, string>();
  const canonicalNames = new Set(searched.aliases.values());
  for (const name of canonicalNames) display.set(topicKey(name), name);
  for (const name of Object.keys(settings.subjects)) display.set(topicKey(name), name);
  for (const [key, name] of searched.fallbackName) {
    if (!votes.forms.has(key)) display.set(key, name);
  }
  for (const [key, byForm] of votes.forms) {
    if (display.has(key)) continue;
    // The commonest spelling the tagger found ("GATT" rather than its full name).
    const best = [...byForm].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) display.set(key, best[0]);
  }
  joinSurnames(display, votes.kinds, searched.fixedKind);
  return display;
}

/**
 * Topics shown under one name are one topic ("EC" where the archive agreed it is the European
 * Community, and "EC" where it did not): their kinds' votes and scores add up. Returns each
 * topic key's group, and each group's kind.
 */
function topicGroups(
  display: Map<string, string>,
  searched: Searched,
  votes: Votes,
): { groupOf: (key: string) => string; kindOf: (group: string) => TopicKind } {
  const groupOf = (key: string) => topicKey(display.get(key) ?? key);
  const groupKinds = new Map<string, Map<TopicKind, number>>();
  const groupFixed = new Map<string, TopicKind>();
  for (const [key, fixed] of searched.fixedKind) {
    if (display.has(key)) groupFixed.set(groupOf(key), fixed);
  }
  for (const [key, counts] of votes.kinds) {
    for (const [kind, n] of counts) {
      const group = groupKinds.get(groupOf(key)) ?? new Map<TopicKind, number>();
      group.set(kind, (group.get(kind) ?? 0) + n);
      groupKinds.set(groupOf(key), group);
    }
  }
  const groupCues = new Map<string, Map<TopicKind, number>>();
  for (const [key, counts] of votes.cues) {
    for (const [kind, n] of counts) vote(groupCues, groupOf(key), kind, n);
  }
  const groupHeadlined = new Set([...votes.headlined].map(groupOf));
  const kindOf = (group: string): TopicKind => {
    const fixed = groupFixed.get(group);
    if (fixed) return fixed;
    const byCue = [...(groupCues.get(group) ?? [])].sort((a, b) => b[1] - a[1]);
    const [top, second] = byCue;
    if (top && top[1] >= MIN_CUES && top[1] >= CUE_MARGIN * (second?.[1] ?? 0)) return top[0];
    const best = [...(groupKinds.get(group) ?? [])].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    )[0];
    if (best) return best[0];
    // A name only a headline gave, the text saying nothing of its kind: mostly a company,
    // party or club ("Yukos", "Arsenal") in the BBC corpus.
    if (groupHeadlined.has(group)) return 'organization';
    // A topic the tagger never named (an alias found only as the user wrote it) is a subject.
    return 'subject';
  };
  return { groupOf, kindOf };
}

/**
 * An article's topics: its topics' scores added up by group, those with at least MIN_SCORE
 * (COUNTRY_MIN_SCORE for a country), by score, first mention breaking ties, at most MAX_TOPICS.
 */
function rankTopics(
  scores: Map<string, Score>,
  display: Map<string, string>,
  groups: ReturnType<typeof topicGroups>,
  countryGroups: Set<string>,
): Topic[] {
  const { groupOf, kindOf } = groups;
  const byGroup = new Map<string, { name: string; score: number; first: number }>();
  for (const [key, s] of scores) {
    const name = display.get(key);
    if (!name) continue;
    const entry = byGroup.get(groupOf(key)) ?? { name, score: 0, first: s.first };
    entry.score += s.score;
    entry.first = Math.min(entry.first, s.first);
    byGroup.set(groupOf(key), entry);
  }
  const ranked = [...byGroup]
    .filter(([group, s]) => s.score >= (countryGroups.has(group) ? COUNTRY_MIN_SCORE : MIN_SCORE))
    .sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_TOPICS);
  return ranked.map(([group, { name }]): Topic => ({
    name,
    slug: slugify(name),
    kind: kindOf(group),
  }));
}

/** The topics stage: each article's topics, from the names stage's names and the configured topics. */
export function topicsStage(
  { options, done }: BuildContext,
  articles: Article[],
  names: TaggedNames[],
): void {
  assignTopics(articles, options.topics, names);
  done(`topics: ${articles.length} articles`);
}

/**
 * Gives each article its topics. `names` holds namesIn(article) for each article, in order, when
 * the caller has them already (from the names stage); otherwise they are found here.
 */
export function assignTopics(
  articles: Article[],
  settings: TopicSettings = emptyTopicSettings,
  names: TaggedNames[] = articles.map(namesIn),
): void {
  const searched = searchedEverywhere(settings);
  // 1. Names per article, and the acronyms defined across the archive.
  if (names.length !== articles.length) {
    throw new Error(`assignTopics: names for ${names.length} of ${articles.length} articles`);
  }
  const named: Named[] = articles.map((article, i) => ({
    sections: sectionsOf(article),
    ...(names[i] as TaggedNames),
  }));
  const acronyms = archiveAcronyms(named, searched);
  // 2. Mentions per article.
  const votes: Votes = {
    forms: new Map(),
    kinds: new Map(),
    cues: new Map(),
    headlined: new Set(),
  };
  const scored = named.map((article) =>
    mentionScores(
      article.sections,
      articleNames(article, searched, acronyms, votes),
      searched,
      votes,
    ),
  );
  // 3. One name and one kind per topic across the archive, then each article's ranked topics.
  const display = displayNames(settings, searched, votes);
  const groups = topicGroups(display, searched, votes);
  const countryGroups = new Set([...searched.countryKeys].map(groups.groupOf));
  articles.forEach((article, i) => {
    article.topics = rankTopics(scored[i] ?? new Map(), display, groups, countryGroups);
  });
}
