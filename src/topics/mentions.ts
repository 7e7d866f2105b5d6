// Step 2 of the topics stage (src/stages/topics.ts): every mention of a topic, weighted by where
// it stands.

import { kindCue } from './kind-cues.ts';
import { findMentions, PhraseIndex, type Word, wordsOf } from './phrases.ts';
import type { Searched, Target } from './searched.ts';
import type { Section } from './tagger.ts';
import { type Score, vote, type Votes } from './votes.ts';

/** Every mention of a topic in an article's sections, weighted by where it stands. */
export function mentionScores(
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
