// Step 3 of the topics stage (src/stages/topics.ts): one name and one kind per topic across the
// archive, then each article's topics ranked.

import type { TopicSettings } from '../config.ts';
import { slugify } from '../slug.ts';
import { CUE_MARGIN, MIN_CUES } from './kind-cues.ts';
import type { Searched } from './searched.ts';
import { MIN_SCORE, topicKey } from './tagger.ts';
import { type Score, vote, type Votes } from './votes.ts';
import type { Topic, TopicKind } from '../types.ts';

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

/** One name per topic across the archive: the canonical one, else the commonest spelling. */
export function displayNames(
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
export function topicGroups(
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
export function rankTopics(
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
