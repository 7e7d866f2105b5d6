// Step 1 of the topics stage (src/stages/topics.ts): each article's names, joined under one topic
// key each (aliases, acronyms the archive defines, a lone surname of a person named in full).

import { PhraseIndex } from './phrases.ts';
import type { Searched, Target } from './searched.ts';
import { isJunk, type Section, type TaggedNames, topicKey } from './tagger.ts';
import { vote, type Votes } from './votes.ts';

/**
 * An acronym joins the name it abbreviates across the archive when that name is the one most
 * texts define it as: two thirds of the definitions or more. "ADB" is the Asian Development
 * Bank in some stories and the African one in others; each story's own definition then holds.
 */
const ACRONYM_AGREEMENT = 2 / 3;

/** An article's sections with what the tagger found in it. */
export type Named = TaggedNames & { sections: Section[] };

/**
 * Acronym -> the key of the name it stands for across the archive, where the texts that define
 * it agree (ACRONYM_AGREEMENT); each such acronym is then searched everywhere.
 */
export function archiveAcronyms(named: Named[], searched: Searched): Map<string, string> {
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

/**
 * The names of one article's own topics, searched in it alongside those searched everywhere:
 * the acronyms it defines, the tagger's names (a lone surname as the person it names in full),
 * its headline's names, and the surnames of the people it names in full.
 */
export function articleNames(
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
