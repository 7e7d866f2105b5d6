// How the text uses a name (the topics stage, src/stages/topics.ts): the words around it that
// tell an organization, a person, a place or a thing won.

import type { Word } from './phrases.ts';
import type { TopicKind } from '../types.ts';

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
export const MIN_CUES = 3;
export const CUE_MARGIN = 2;

/**
 * The kind the words around a mention (words[index], `length` words long) say it is, if any.
 * What is won is a subject (an award, a contest).
 */
export function kindCue(words: Word[], index: number, length: number): TopicKind | null {
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
