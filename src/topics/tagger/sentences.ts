// Which sentences of an article the tagger reads (src/topics/tagger/match.ts tagged): none of
// an article in another language (compromise is an English tagger), and of the rest only the
// sentences that may hold a name that can reach MIN_SCORE (src/topics/tagger/sections.ts).

import { SENTENCE_BREAK } from '../../text.ts';
import { detectLanguage, stopWordLanguage } from '../../normalize/language.ts';
import { type Word, wordsOf } from '../phrases.ts';
import { CONNECTORS, STOP_WORDS } from '../lexicon.ts';
import { lexicon, NAME_HYPHEN, PROTECTED_HYPHEN } from './candidates.ts';
import { type Section, LEAD_WEIGHT, MIN_SCORE } from './sections.ts';
import { ACRONYM } from './acronyms.ts';

/** Parts of speech of words that start sentences and are never names. */
const FUNCTION_TAGS = new Set([
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
  'Adverb',
  'Copula',
  'QuestionWord',
  'Modal',
]);

/**
 * Whether a sentence may hold a name: a capitalized word past the first, or a first word that
 * is not a function word ("The", "He", "But", "In").
 */
function mayHoldName(sentence: string): boolean {
  const first = /\p{L}[\p{L}'’]*/u.exec(sentence);
  if (!first) return false;
  if (/\p{Lu}/u.test(sentence.slice(first.index + first[0].length))) return true;
  const tag = lexicon[first[0].toLowerCase()];
  return typeof tag !== 'string' || !FUNCTION_TAGS.has(tag);
}

/** A sentence break (src/text.ts), or a blank line between paragraphs. */
const SENTENCE_END = new RegExp(`${SENTENCE_BREAK.source}|\\n\\s*\\n`, 'u');

/**
 * Whether an article reads as English, or as no language its words tell: compromise is an
 * English tagger. Latin-script text that detectLanguage leaves unknown goes to the stop-word
 * vote the body finder uses; text too short for it, or that no list fits, counts as English, so
 * that only an article plainly in another language is read as one.
 */
function readsAsEnglish(sections: Section[]): boolean {
  const text = sections.map((s) => s.text).join('\n');
  const language = detectLanguage(text);
  if (language !== null) return language === 'en';
  const words = text.slice(0, LANGUAGE_SAMPLE).toLowerCase().match(LANGUAGE_WORD) ?? [];
  if (words.length < 20) return true;
  const voted = stopWordLanguage(words);
  return voted === null || voted === 'en';
}

/** The characters the language vote reads, as detectLanguage reads them. */
const LANGUAGE_SAMPLE = 5000;
const LANGUAGE_WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/** Tags of compromise's lexicon that make a word a name whatever the language around it. */
const LEXICON_NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'City',
  'Place',
  'Country',
  'Region',
  'Organization',
  'SportsTeam',
  'ProperNoun',
]);

/** Whether compromise's lexicon holds a word or two words ("new orleans") as a name. */
function inLexiconAsName(key: string): boolean {
  // Only a word outside ASCII can have a mark to fold; most words have none.
  const folded = /^[\x20-\x7e]*$/.test(key) ? key : key.normalize('NFD').replace(/\p{M}/gu, '');
  const tag = lexicon[folded];
  const tags: unknown[] = Array.isArray(tag) ? tag : [tag];
  return tags.some((t) => LEXICON_NAME_TAGS.has(String(t)));
}

/**
 * Whether a sentence of an article in another language holds a name compromise can know: an
 * acronym, or a capitalized word, or two, its lexicon holds as a name ("Berlin", "Olaf",
 * "François" as "francois"). In German every noun is capitalized, and compromise reads most of
 * them as names ("Zeit", "Menschen", "Politik"); a sentence without such a word is not tagged.
 */
function holdsKnownName(words: Word[]): boolean {
  let previous = '';
  for (const word of words) {
    if (!/^\p{Lu}/u.test(word.text)) {
      previous = '';
      continue;
    }
    if (/^\p{Lu}{2,6}$/u.test(word.text) || inLexiconAsName(word.lower)) return true;
    if (previous && inLexiconAsName(`${previous} ${word.lower}`)) return true;
    previous = word.lower;
  }
  return false;
}

/** The capitalized words among `words`, as topicKey writes them ("U.S." -> "us", "Jong-il" -> two). */
function capitalizedWords(words: Word[]): string[] {
  return words.filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.lower);
}

/** Whether the tagger can read a section: not in capitals, not blank (readableSections). */
function isReadable(section: Section): boolean {
  return !section.shouted && section.text.trim() !== '';
}

/**
 * The sections the tagger can read (isReadable), each ending a sentence, with hyphens inside
 * names protected.
 */
export function readableSections(sections: Section[]): Section[] {
  return sections.filter(isReadable).map((s) => {
    const text = endsSentence(s.text.trimEnd()) ? s.text : `${s.text}.`;
    // Most sections hold no hyphen: the expression's scan of the whole text is skipped.
    return {
      ...s,
      text: text.includes('-') ? text.replace(NAME_HYPHEN, `$1${PROTECTED_HYPHEN}$2`) : text,
    };
  });
}

const SENTENCE_STOPS = '.!?:;';
const CLOSING_MARKS = '"”’)';

/**
 * Whether a text ends as /[.!?:;]["”’)]?$/u says, read off its last two characters: the
 * expression tried every stop of the whole text (stop 45, with the hyphen's scan 0.8 s of the
 * names stage's 55 in a CPU profile).
 */
function endsSentence(text: string): boolean {
  const last = text[text.length - 1] ?? '';
  if (last && SENTENCE_STOPS.includes(last)) return true;
  const before = text[text.length - 2] ?? '';
  return !!last && !!before && CLOSING_MARKS.includes(last) && SENTENCE_STOPS.includes(before);
}

/**
 * The sentences worth tagging. A name is a topic only with MIN_SCORE: in the headline,
 * standfirst or first paragraph, or twice in the body. So a body sentence whose capitalized
 * words all stand once in the article, and nowhere in its lead, cannot yield a topic on its own
 * and is not tagged (function words such as "The" or "He" don't count as capitalized words).
 * Sentences without a capital letter past a first function word ("He said it would...") hold no
 * name at all. In an article in another language, only sentences holding a name compromise's
 * lexicon knows, or an acronym, are tagged (holdsKnownName).
 */
export function sentencesToTag(sections: Section[], readable: Section[]): string[] {
  const words = sections.map((s) => wordsOf(s.text));
  const article = articleWords(sections, words);
  // A readable section's words are its section's: the protected hyphen and the full stop
  // readableSections adds change no word (wordsOf reads neither as part of one, and drops a
  // word's last dot), and keep every offset.
  const readableWords = words.filter((_, i) => isReadable(sections[i] as Section));
  const out: string[] = [];
  // A sentence the article repeats (a saved page's list of links, a caption under each picture,
  // a refrain) is tagged once: over the corpora's 1,013 saved pages this saves 3% of the stage,
  // and the topics of one article change, a kind (docs/figures.md, "Stop 38: the names stage").
  const taken = new Set<string>();
  readable.forEach((section, n) => {
    const all = readableWords[n] ?? [];
    for (const [sentence, start] of sentencesAt(section.text)) {
      if (taken.has(sentence) || !mayHoldName(sentence)) continue;
      const own = () => all.filter((w) => w.start >= start && w.start < start + sentence.length);
      if (worthTagging(own, section, article)) {
        taken.add(sentence);
        out.push(sentence);
      }
    }
  });
  return out;
}

/** SENTENCE_END with the g flag, to read where each sentence starts. */
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'gu');

/**
 * What `text.split(SENTENCE_END)` gives (the expression matches no empty string and captures
 * nothing), each sentence with its offset: a sentence's words are read from its section's
 * (stop 45: the second wordsOf of every sentence was 0.8 s of the names stage's 55).
 */
function sentencesAt(text: string): [sentence: string, start: number][] {
  const out: [string, number][] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_ENDS)) {
    out.push([text.slice(from, m.index), from]);
    from = m.index + m[0].length;
  }
  out.push([text.slice(from), from]);
  return out;
}

/** What sentencesToTag reads of the whole article before it weighs a sentence. */
interface ArticleWords {
  /** Whether a capitalized word counts toward a topic: in the lead, or MIN_SCORE times. */
  counts: (key: string) => boolean;
  /** Whether the words' capitals spell an acronym the article uses. */
  spellsAcronym: (words: Word[]) => boolean;
  /** Whether the article reads as English (readsAsEnglish). */
  english: boolean;
}

/** The article's capitalized words, their counts and its acronyms (see sentencesToTag). */
function articleWords(sections: Section[], words: Word[][]): ArticleWords {
  const seen = new Map<string, number>();
  const lead = new Set<string>();
  for (const [i, section] of sections.entries()) {
    for (const key of capitalizedWords(words[i] ?? [])) {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (section.weight >= LEAD_WEIGHT) lead.add(key);
    }
  }
  const counts = (key: string) => lead.has(key) || (seen.get(key) ?? 0) >= MIN_SCORE;
  // "the International Monetary Fund" once and "the IMF" once are two mentions of one name.
  const acronyms = new Set(
    sections.flatMap((s) => s.text.match(ACRONYM) ?? []).map((a) => a.toLowerCase()),
  );
  const spellsAcronym = (words: Word[]) => {
    let run = '';
    for (const word of words) {
      if (/^\p{Lu}/u.test(word.text)) run += word.lower[0];
      else if (!CONNECTORS.has(word.lower)) run = '';
      for (let n = 2; n <= Math.min(run.length, 6); n++)
        if (acronyms.has(run.slice(-n))) return true;
    }
    return false;
  };
  return { counts, spellsAcronym, english: readsAsEnglish(sections) };
}

/** Whether one sentence of `section` is worth tagging (see sentencesToTag). */
function worthTagging(
  wordsOfSentence: () => Word[],
  section: Section,
  { counts, spellsAcronym, english }: ArticleWords,
): boolean {
  let words: Word[] | undefined;
  if (!english && !holdsKnownName((words = wordsOfSentence()))) return false;
  if (section.weight >= LEAD_WEIGHT) return true;
  words ??= wordsOfSentence();
  const namesOnce = capitalizedWords(words).some((key) => {
    const tag = lexicon[key];
    return (
      counts(key) && !STOP_WORDS.has(key) && !(typeof tag === 'string' && FUNCTION_TAGS.has(tag))
    );
  });
  return namesOnce || spellsAcronym(words);
}
