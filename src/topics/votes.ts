// What the articles say of each topic across the archive (src/stages/topics.ts), counted as
// each article's names and mentions are read.

import type { TopicKind } from '../types.ts';

/** What the articles say of each topic, across the archive. */
export interface Votes {
  /** The spellings of each topic's name, by count. */
  forms: Map<string, Map<string, number>>;
  /** The kinds the tagger gave each topic, by count. */
  kinds: Map<string, Map<TopicKind, number>>;
  /** How the text uses each topic's name (kindCue): votes by kind. */
  cues: Map<string, Map<TopicKind, number>>;
  /** Topics named in a headline, whose kind the tagger may never give. */
  headlined: Set<string>;
}

export function vote<K>(map: Map<string, Map<K, number>>, key: string, value: K, n = 1): void {
  const counts = map.get(key) ?? new Map<K, number>();
  counts.set(value, (counts.get(value) ?? 0) + n);
  map.set(key, counts);
}

/** A topic's weight in one article, and where it is first mentioned. */
export type Score = { score: number; first: number };
