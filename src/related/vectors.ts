// Term vectors of articles, for the related stage (src/stages/related.ts).
//
// Each article gets two weightings of the same terms (its content words, and its topics):
// - subject: log tf × idf, topics at their idf (places a tenth). The rare words and names that
//   say what the story is about ("glazer", "yukos", "Manchester United").
// - kind: log tf alone, of words in a share of the archive's stories (kindMinShare) only. The
//   everyday words that say what kind of story it is ("match", "shares", "album", "minister").
//   A related story should be about the same thing and told the same way: on the BBC corpus
//   with its desks withheld, the two together kept more related links on the article's desk
//   than the subject weights alone (docs/figures.md).
// Both are cosine-normalized over all the article's terms, then cut to the article's strongest
// terms, which bounds the memory and work per article whatever the story's length.

import { createRequire } from 'node:module';
import { STOPWORDS, matchKey } from '../text.ts';
import type { Article } from '../types.ts';

export interface VectorOptions {
  /** A topic's subject weight against a word of the same idf. */
  topicWeight: number;
  /** A place topic's subject weight. */
  placeWeight: number;
  /** The least share of the archive's articles a word is in to have a kind weight. */
  kindMinShare: number;
  /** Terms kept per article, by subject weight and by kind weight (their union is kept). */
  termsPerArticle: number;
}

export interface TermVectors {
  /** Each article's kept terms, ids ascending. Ids are given in the terms' sort order. */
  terms: Int32Array[];
  /** Subject weight of each kept term, cosine-normalized over all the article's terms. */
  subject: Float32Array[];
  /** Kind weight of each kept term (0 for topics), normalized likewise. */
  kind: Float32Array[];
  /** How many term ids there are. */
  vocabulary: number;
}

/**
 * A plural's singular, so that "shares" and "share", "companies" and "company" count as one
 * word. Only the regular endings: a stemmer's errors ("news" to "new") cost more than they gain.
 */
export function singular(word: string): string {
  const last = word.length - 1;
  if (last < 3 || word.charCodeAt(last) !== S) return word;
  if (last > 3 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  const before = word.charCodeAt(last - 1);
  return before === S || before === U || before === I ? word : word.slice(0, -1);
}
const [S, U, I] = ['s', 'u', 'i'].map((c) => c.charCodeAt(0)) as [number, number, number];

let stopLists: Record<string, string[]> | undefined;
const stopSets = new Map<string, Set<string>>();

/**
 * The words that say nothing of a story in its language: the project's list and stopwords-iso's
 * for the language ("across", "making"; docs/figures.md). In a small archive idf cannot tell
 * such a word from a rare one: two of the seeds' eight stories, on Eurovision and on an African
 * space agency, shared "across", "making", "national" and "continent", and were related.
 */
function stopWordsFor(lang: string): Set<string> {
  const primary = lang.toLowerCase().split('-')[0] ?? 'en';
  let set = stopSets.get(primary);
  if (!set) {
    stopLists ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
    set = new Set([...STOPWORDS, ...(stopLists[primary] ?? []).map((w) => matchKey(w))]);
    stopSets.set(primary, set);
  }
  return set;
}

/**
 * How often the article uses each content word (three letters or more, no stopwords or numbers),
 * singular. The headline's words count twice: it names what the story is about.
 */
function termCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  const stopWords = stopWordsFor(article.lang ?? 'en');
  const add = (text: string, times: number) => {
    for (const word of matchKey(text).split(' ')) {
      if (word.length < 3 || stopWords.has(word) || /^\d+$/.test(word)) continue;
      const term = singular(word);
      counts.set(term, (counts.get(term) ?? 0) + times);
    }
  };
  add(article.title, 2);
  if (article.standfirst) add(article.standfirst, 1);
  for (const block of article.blocks) add(block.text, 1);
  return counts;
}

/**
 * Every article's word counts, held until the vocabulary is known: each word once, in `words`,
 * and each article's counts as two typed arrays, the words' numbers in `words` and their counts,
 * in the order the article first used them (termCounts' order, which the float sums of its
 * vector follow). A Map of its own words for each article, kept until then, was 60-80 bytes a
 * word and an article: at 100,000 saved pages more than Node's default heap (docs/scaling.md).
 */
export interface WordCounts {
  words: string[];
  ofArticle: { word: Int32Array; tf: Int32Array }[];
}

export function wordCounts(articles: Article[]): WordCounts {
  const numbers = new Map<string, number>();
  const words: string[] = [];
  const ofArticle = articles.map((article) => {
    const counts = termCounts(article);
    const word = new Int32Array(counts.size);
    const tf = new Int32Array(counts.size);
    let i = 0;
    for (const [term, count] of counts) {
      let number = numbers.get(term);
      if (number === undefined) {
        number = words.length;
        numbers.set(term, number);
        words.push(term);
      }
      word[i] = number;
      tf[i++] = count;
    }
    return { word, tf };
  });
  return { words, ofArticle };
}

/**
 * Positions of the `keep` highest weights, ties to the lower id (`ids[p]`, or the position
 * without ids; the term that sorts first), in no particular order. By the keep-th highest
 * weight, found with a numeric sort of a copy, rather than by sorting positions with a
 * comparator, which was most of the stage's time.
 */
export function strongest(
  weights: ArrayLike<number>,
  ids: ArrayLike<number> | null,
  keep: number,
): number[] {
  const size = weights.length;
  if (size <= keep) return Array.from({ length: size }, (_, p) => p);
  const sorted = Float64Array.from(weights).sort();
  const bar = sorted[size - keep] as number;
  const out: number[] = [];
  const ties: number[] = [];
  for (let p = 0; p < size; p++) {
    const w = weights[p] as number;
    if (w > bar) out.push(p);
    else if (w === bar) ties.push(p);
  }
  if (ids) ties.sort((a, b) => (ids[a] as number) - (ids[b] as number));
  for (const p of ties) {
    if (out.length >= keep) break;
    out.push(p);
  }
  return out;
}

function normalize(weights: Float64Array): void {
  let sum = 0;
  for (const w of weights) sum += w * w;
  const norm = Math.sqrt(sum) || 1;
  for (let p = 0; p < weights.length; p++) weights[p] = (weights[p] as number) / norm;
}

/** What the vectors read of an article besides its words (wordCounts): its topics. */
export type Vectored = Pick<Article, 'topics'>;

/** Each of the article's topics by slug, and whether it is a place (under any of its kinds). */
function topicPlaces(article: Vectored): Map<string, boolean> {
  const isPlace = new Map<string, boolean>();
  for (const t of article.topics)
    isPlace.set(t.slug, (isPlace.get(t.slug) ?? false) || t.kind === 'place');
  return isPlace;
}

/** How many of the maps hold each key. */
function documentFrequency(maps: Map<string, unknown>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const m of maps) for (const key of m.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

/** The archive's terms: their ids, idf and whether a word tells a story's kind. */
interface Vocabulary {
  /** Each word's id, by its number in WordCounts.words; -1 for a word of one article. */
  wordIds: Int32Array;
  topicIds: Map<string, number>;
  idfOf: Float64Array;
  tellsKind: Uint8Array;
  size: number;
}

function vocabularyOf(
  counts: WordCounts,
  topicsOf: Map<string, boolean>[],
  options: VectorOptions,
): Vocabulary {
  const n = counts.ofArticle.length;
  // How many articles use each word, by its number (an article counts each of its words once).
  const wordDfs = new Int32Array(counts.words.length);
  for (const { word } of counts.ofArticle) {
    for (const w of word) wordDfs[w] = (wordDfs[w] as number) + 1;
  }
  const wordDf = new Map(counts.words.map((w, number) => [w, wordDfs[number] as number]));
  const topicDf = documentFrequency(topicsOf);
  // Ids in the terms' sort order (words, then topics), so that an article's vector does not
  // depend on the order the articles came in (nor, through the order of float sums, its
  // scores). A term of one article relates it to nothing and gets none.
  const sortedKeys = (df: Map<string, number>) =>
    [...df]
      .filter(([, count]) => count >= 2)
      .map(([key]) => key)
      .sort();
  const words = sortedKeys(wordDf);
  const topics = sortedKeys(topicDf);
  const idOfWord = new Map(words.map((word, id) => [word, id]));
  const wordIds = Int32Array.from(counts.words, (w) => idOfWord.get(w) ?? -1);
  const topicIds = new Map(topics.map((slug, id) => [slug, words.length + id]));
  const idfOf = Float64Array.from(
    [...words.map((w) => wordDf.get(w)), ...topics.map((t) => topicDf.get(t))],
    (df) => Math.log(n / (df as number)),
  );
  // Whether a word is common enough to tell the story's kind.
  const tellsKind = Uint8Array.from(words, (w) =>
    (wordDf.get(w) as number) >= options.kindMinShare * n ? 1 : 0,
  );
  return { wordIds, topicIds, idfOf, tellsKind, size: words.length + topics.length };
}

interface ArticleVector {
  terms: Int32Array;
  subject: Float32Array;
  kind: Float32Array;
}

/** One article's weights, normalized over all its terms, cut to its strongest by each. */
function articleVector(
  counts: WordCounts['ofArticle'][number],
  isPlace: Map<string, boolean>,
  vocabulary: Vocabulary,
  options: VectorOptions,
): ArticleVector {
  const { wordIds, topicIds, idfOf, tellsKind } = vocabulary;
  const size = counts.word.length + isPlace.size;
  const ids = new Int32Array(size);
  const subjectWeights = new Float64Array(size);
  const kindWeights = new Float64Array(size);
  let m = 0;
  for (let i = 0; i < counts.word.length; i++) {
    const id = wordIds[counts.word[i] as number] as number;
    if (id === -1) continue;
    const tf = counts.tf[i] as number;
    const logTf = 1 + Math.log(tf);
    ids[m] = id;
    subjectWeights[m] = logTf * (idfOf[id] as number);
    kindWeights[m++] = tellsKind[id] === 1 ? logTf : 0;
  }
  for (const [slug, place] of isPlace) {
    const id = topicIds.get(slug);
    if (id === undefined) continue;
    const weight = place ? options.placeWeight : options.topicWeight;
    ids[m] = id;
    subjectWeights[m] = weight * (idfOf[id] as number);
    kindWeights[m++] = 0;
  }
  const idsHere = ids.subarray(0, m);
  const subjectHere = subjectWeights.subarray(0, m);
  const kindHere = kindWeights.subarray(0, m);
  normalize(subjectHere);
  normalize(kindHere);
  const kept = new Uint8Array(m);
  for (const p of strongest(subjectHere, idsHere, options.termsPerArticle)) kept[p] = 1;
  for (const p of strongest(kindHere, idsHere, options.termsPerArticle)) kept[p] = 1;
  const positions: number[] = [];
  for (let p = 0; p < m; p++) if (kept[p] === 1) positions.push(p);
  positions.sort((a, b) => (idsHere[a] as number) - (idsHere[b] as number));
  return {
    terms: Int32Array.from(positions, (p) => idsHere[p] as number),
    subject: Float32Array.from(positions, (p) => subjectHere[p] as number),
    kind: Float32Array.from(positions, (p) => kindHere[p] as number),
  };
}

/** The articles' term vectors, from their words (wordCounts, in the same order) and topics. */
export function termVectors(
  articles: Vectored[],
  counts: WordCounts,
  options: VectorOptions,
): TermVectors {
  const topicsOf = articles.map(topicPlaces);
  const vocabulary = vocabularyOf(counts, topicsOf, options);
  const vectors = articles.map((_, i) =>
    articleVector(
      counts.ofArticle[i] as WordCounts['ofArticle'][number],
      topicsOf[i] as Map<string, boolean>,
      vocabulary,
      options,
    ),
  );
  return {
    terms: vectors.map((v) => v.terms),
    subject: vectors.map((v) => v.subject),
    kind: vectors.map((v) => v.kind),
    vocabulary: vocabulary.size,
  };
}
