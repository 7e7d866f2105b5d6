// What compromise's named-entity tagger finds in one article (namesIn): the people, places and
// organizations it names, cleaned of titles, fragments and junk, the acronyms it defines, and
// the names its headline holds. A pure function of the article's text, kept apart from the
// topics stage (src/stages/topics.ts) that joins and ranks its answers across the archive, so
// that the names stage (src/stages/names.ts) can run it on every core and keep its answers
// between builds: the names cache is versioned by this module and what it imports, so a change
// to how topics are ranked (MAX_TOPICS, say) keeps every cached answer.
//
// The steps, in tagger/, in the order namesIn takes them: sections (the article's parts and the
// weight of a mention in each), sentences (which of them are worth tagging), match (compromise's
// matches, cleaned by candidates and made whole by whole-names), acronyms (what the text
// defines) and headline (the names a sentence-case headline holds).

import type { Candidate } from './tagger/candidates.ts';
import { type TaggedText, sectionsOf } from './tagger/sections.ts';
import { tagged } from './tagger/match.ts';
import { definitions } from './tagger/acronyms.ts';
import { headlineNames } from './tagger/headline.ts';
export {
  MIN_SCORE,
  type Section,
  isShouted,
  sectionsOf,
  type TaggedText,
} from './tagger/sections.ts';
export { topicKey, type Candidate, lexicon, GAZETTEER, isJunk } from './tagger/candidates.ts';
export { headlineNames } from './tagger/headline.ts';

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
