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
//
// Each step has its module under src/topics/: searched.ts (what every article is searched for),
// article-names.ts (1), kind-cues.ts and mentions.ts (2), votes.ts (what the articles say of
// each topic), rank.ts (3).

import type { BuildContext } from '../build-context.ts';
import { emptyTopicSettings, type TopicSettings } from '../config.ts';
import { archiveAcronyms, articleNames, type Named } from '../topics/article-names.ts';
import { mentionScores } from '../topics/mentions.ts';
import { displayNames, rankTopics, topicGroups } from '../topics/rank.ts';
import { searchedEverywhere } from '../topics/searched.ts';
import { namesIn, sectionsOf, type TaggedNames } from '../topics/tagger.ts';
import type { Votes } from '../topics/votes.ts';
import type { Article } from '../types.ts';

// The tagger's functions the topics tests and benchmarks import from here, where they were
// before the tagger had a module of its own.
export { isJunk, isShouted, namesIn, topicKey } from '../topics/tagger.ts';

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
