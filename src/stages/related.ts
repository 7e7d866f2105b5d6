// Stage 7, related: each article gets the few others most like it, for the "Related"
// list on its page: stories about the same thing, told the same way.
//
// Similarity is cosine over term vectors (src/related/vectors.ts): the subject weights (rare
// words and topics, tf-idf) plus kindWeight times the kind weights (everyday words, log tf).
// Never over all pairs: candidates come from an inverted index on each article's indexTerms
// strongest subject terms, whose posting lists keep only the maxPosting articles the term
// weighs most in, and only the best `candidates` by that partial score are scored in full. The
// work per article is bounded whatever the archive's size: indexTerms × maxPosting visits and
// candidates × (2 × termsPerArticle) products.
//
// Each setting below was chosen on the BBC corpus with its desks withheld (bench/topics/bbc.ts),
// by the share of related links that stay on the article's own desk and the articles left
// without a list; the figures of each choice are in docs/figures.md.

import type { BuildContext } from '../build-context.ts';
import {
  strongest,
  termVectors,
  wordCounts,
  type TermVectors,
  type WordCounts,
} from '../related/vectors.ts';
import type { Article } from '../types.ts';

/** Related articles listed on an article's page. */
export const RELATED_COUNT = 5;

export interface RelatedOptions {
  /** A topic's subject weight against a word of the same idf. */
  topicWeight: number;
  /** A place topic's subject weight. */
  placeWeight: number;
  /** Terms kept per article for scoring, by subject and by kind weight. */
  termsPerArticle: number;
  /** Subject terms per article in the candidate index. */
  indexTerms: number;
  /** Holders kept per indexed term: those it weighs most in. */
  maxPosting: number;
  /** Candidates per article scored in full. */
  candidates: number;
  /** The kind cosine's weight beside the subject cosine. */
  kindWeight: number;
  /** The least score of a related article. */
  minScore: number;
  /** How much of the pair's mean score (meanSimilarity) a related article must score beyond. */
  baselineWeight: number;
  /** The least share of the archive's articles a word is in to have a kind weight. */
  kindMinShare: number;
}

const RELATED_DEFAULTS: RelatedOptions = {
  /**
   * A shared topic weighs as much as a shared word of the same idf (twice as much followed
   * shared names across subjects, issue 24).
   */
  topicWeight: 1,
  /**
   * A shared place says little of what two stories are about: "$1m payoff for former Shell
   * boss" and "London Irish 19-33 Wasps" share the United Kingdom (issue 24).
   */
  placeWeight: 0.1,
  /**
   * The cosines are over each article's 60 strongest terms by each weighting (at most 120 a
   * story, which bounds the memory at 100,000 articles); fewer lost links, more gained none.
   */
  termsPerArticle: 60,
  /**
   * Candidates from the 20 rarest-weighted subject terms, each term keeping its 250 strongest
   * holders (the bound the earlier key index had: 20 × 250 visits per article at any size).
   * The best 50 by that partial score are scored in full; twice as many did no better.
   */
  indexTerms: 20,
  maxPosting: 250,
  candidates: 50,
  /**
   * Subject and kind weigh alike: the kind beside the subject keeps more links on the story's
   * desk than the subject alone, and the lists stay on subject (the kind alone never relates: a
   * candidate must share an indexed subject term). Other weights, their thresholds re-tuned,
   * did no better.
   */
  kindWeight: 1,
  /**
   * The kind is told by words in at least 3% of the archive's stories ("match", "shares",
   * "minister"): with every word, a story's own names ("glazer") ran through its kind too, and
   * fewer links stayed on the desk.
   */
  kindMinShare: 0.03,
  /**
   * A related article scores at least this beyond what either of the two scores with a story
   * picked at random (meanSimilarity): in a large archive that mean is small, in a small one
   * every story shares words with every other and it is not. The bar trades links on the desk
   * against articles left without a list. The seeds' four stories of North Korean defectors
   * list each other, their stories on Eurovision, a space agency and an Australian party do not.
   */
  minScore: 0.26,
  baselineWeight: 1,
};

interface Index {
  /** Holders of term t at postings[start[t] .. start[t + 1]), with the term's weight in each. */
  start: Int32Array;
  postings: Int32Array;
  weights: Float32Array;
  /** Each article's indexed terms (positions in its vector). */
  indexed: Int32Array[];
}

/** The article's `count` strongest subject terms, as positions in its vector. */
function strongestTerms(subject: Float32Array, count: number): Int32Array {
  // Positions follow term ids, so a tie goes to the term that sorts first.
  const positions = strongest(subject, null, count);
  return Int32Array.from(positions.filter((p) => (subject[p] as number) > 0).sort((a, b) => a - b));
}

function buildIndex(vectors: TermVectors, rank: Int32Array, options: RelatedOptions): Index {
  const holders: { article: number; weight: number }[][] = Array.from(
    { length: vectors.vocabulary },
    () => [],
  );
  const indexed = vectors.subject.map((subject, i) => {
    const positions = strongestTerms(subject, options.indexTerms);
    const terms = vectors.terms[i] as Int32Array;
    for (const p of positions) {
      (holders[terms[p] as number] as { article: number; weight: number }[]).push({
        article: i,
        weight: subject[p] as number,
      });
    }
    return positions;
  });
  const start = new Int32Array(vectors.vocabulary + 1);
  let total = 0;
  holders.forEach((list, t) => {
    start[t] = total;
    // A term held by more articles than maxPosting keeps those it weighs most in: for them it
    // is the story's subject, for the others a word in passing.
    list.sort(
      (a, b) => b.weight - a.weight || (rank[a.article] as number) - (rank[b.article] as number),
    );
    if (list.length > options.maxPosting) list.length = options.maxPosting;
    total += list.length;
  });
  start[vectors.vocabulary] = total;
  const postings = new Int32Array(total);
  const weights = new Float32Array(total);
  holders.forEach((list, t) => {
    list.forEach((h, k) => {
      postings[(start[t] as number) + k] = h.article;
      weights[(start[t] as number) + k] = h.weight;
    });
  });
  return { start, postings, weights, indexed };
}

/**
 * Keeps the best `size` of the (id, score) pairs offered, by score then by rank (lower first),
 * in descending order: a bounded insertion, as an article has thousands of candidates.
 */
class TopList {
  readonly ids: Int32Array;
  readonly scores: Float64Array;
  count = 0;
  constructor(
    private readonly size: number,
    private readonly rank: Int32Array,
  ) {
    this.ids = new Int32Array(size);
    this.scores = new Float64Array(size);
  }
  offer(id: number, score: number): void {
    let at = this.count;
    while (at > 0) {
      const above = this.scores[at - 1] as number;
      const ahead =
        score > above ||
        (score === above &&
          (this.rank[id] as number) < (this.rank[this.ids[at - 1] as number] as number));
      if (!ahead) break;
      at--;
    }
    if (at >= this.size) return;
    for (let q = Math.min(this.count, this.size - 1); q > at; q--) {
      this.ids[q] = this.ids[q - 1] as number;
      this.scores[q] = this.scores[q - 1] as number;
    }
    this.ids[at] = id;
    this.scores[at] = score;
    if (this.count < this.size) this.count++;
  }
}

/**
 * Each article's mean score against all the others, what it scores with a story picked at
 * random: the scores of the centroid of everyone else's vectors.
 */
function meanSimilarity(vectors: TermVectors, kindWeight: number): Float64Array {
  const n = vectors.terms.length;
  const subjectSum = new Float64Array(vectors.vocabulary);
  const kindSum = new Float64Array(vectors.vocabulary);
  vectors.terms.forEach((terms, i) => {
    const subject = vectors.subject[i] as Float32Array;
    const kind = vectors.kind[i] as Float32Array;
    terms.forEach((t, p) => {
      subjectSum[t] = (subjectSum[t] as number) + (subject[p] as number);
      kindSum[t] = (kindSum[t] as number) + (kind[p] as number);
    });
  });
  return Float64Array.from(vectors.terms, (terms, i) => {
    const subject = vectors.subject[i] as Float32Array;
    const kind = vectors.kind[i] as Float32Array;
    let sum = 0;
    terms.forEach((t, p) => {
      const s = subject[p] as number;
      const k = kind[p] as number;
      sum += s * ((subjectSum[t] as number) - s) + kindWeight * k * ((kindSum[t] as number) - k);
    });
    return n > 1 ? sum / (n - 1) : 0;
  });
}

/** Ties in score go to the article whose id sorts first (ids are unique): its rank in that order. */
function idRanks(articles: Related[]): Int32Array {
  const rank = new Int32Array(articles.length);
  articles
    .map((article, i) => ({ id: article.id, i }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach(({ i }, position) => (rank[i] = position));
  return rank;
}

/** Buffers reused from one article to the next, zeroed again after each use. */
interface Scratch {
  /** Each candidate's partial score over the article's indexed terms. */
  partial: Float64Array;
  seen: Uint8Array;
  /** The candidates met, seen[j] = 1 for each. */
  touched: Int32Array;
  /** The article's weights by term id, for scoring a candidate in one pass over its terms. */
  subjectOf: Float32Array;
  kindOf: Float32Array;
}

function scratchFor(articles: number, vectors: TermVectors): Scratch {
  return {
    partial: new Float64Array(articles),
    seen: new Uint8Array(articles),
    touched: new Int32Array(articles),
    subjectOf: new Float32Array(vectors.vocabulary),
    kindOf: new Float32Array(vectors.vocabulary),
  };
}

/**
 * Offers `candidates` the articles holding article i's indexed terms, by the partial score over
 * those terms' postings.
 */
function gatherCandidates(
  i: number,
  vectors: TermVectors,
  index: Index,
  scratch: Scratch,
  candidates: TopList,
): void {
  const { partial, seen, touched } = scratch;
  const terms = vectors.terms[i] as Int32Array;
  const subject = vectors.subject[i] as Float32Array;
  let touchedCount = 0;
  for (const p of index.indexed[i] as Int32Array) {
    const t = terms[p] as number;
    const w = subject[p] as number;
    for (let q = index.start[t] as number, stop = index.start[t + 1] as number; q < stop; q++) {
      const j = index.postings[q] as number;
      if (j === i) continue;
      if (seen[j] === 0) {
        seen[j] = 1;
        touched[touchedCount++] = j;
      }
      partial[j] = (partial[j] as number) + w * (index.weights[q] as number);
    }
  }
  candidates.count = 0;
  for (let k = 0; k < touchedCount; k++) {
    const j = touched[k] as number;
    candidates.offer(j, partial[j] as number);
    partial[j] = 0;
    seen[j] = 0;
  }
}

/**
 * Offers `best` the candidates whose full score (subject cosine plus kindWeight × kind cosine)
 * clears the bar: minScore beyond the higher of the pair's mean scores.
 */
function scoreCandidates(
  i: number,
  vectors: TermVectors,
  baseline: Float64Array,
  options: RelatedOptions,
  scratch: Scratch,
  candidates: TopList,
  best: TopList,
): void {
  const { subjectOf, kindOf } = scratch;
  const terms = vectors.terms[i] as Int32Array;
  const subject = vectors.subject[i] as Float32Array;
  const kind = vectors.kind[i] as Float32Array;
  for (let p = 0; p < terms.length; p++) {
    subjectOf[terms[p] as number] = subject[p] as number;
    kindOf[terms[p] as number] = kind[p] as number;
  }
  best.count = 0;
  for (let c = 0; c < candidates.count; c++) {
    const j = candidates.ids[c] as number;
    const jTerms = vectors.terms[j] as Int32Array;
    const jSubject = vectors.subject[j] as Float32Array;
    const jKind = vectors.kind[j] as Float32Array;
    let sameSubject = 0;
    let sameKind = 0;
    for (let p = 0; p < jTerms.length; p++) {
      const t = jTerms[p] as number;
      sameSubject += (subjectOf[t] as number) * (jSubject[p] as number);
      sameKind += (kindOf[t] as number) * (jKind[p] as number);
    }
    const score = sameSubject + options.kindWeight * sameKind;
    if (
      score >=
      options.minScore +
        options.baselineWeight * Math.max(baseline[i] as number, baseline[j] as number)
    ) {
      best.offer(j, score);
    }
  }
  for (let p = 0; p < terms.length; p++) {
    subjectOf[terms[p] as number] = 0;
    kindOf[terms[p] as number] = 0;
  }
}

/** What the related stage reads of an article once its words are counted, and what it sets. */
export type Related = Pick<Article, 'id' | 'topics' | 'related'>;

/**
 * The related stage's first step, the last read of the articles' blocks (relatedWords): how
 * often each article uses each word. The build lets go of the blocks after it, before the
 * vectors and the index are made (src/build.ts).
 */
export function relatedWords(articles: Article[]): WordCounts {
  return wordCounts(articles);
}

/** The related stage: each article's related list, from its words (relatedWords) and topics. */
export function relatedStage({ done }: BuildContext, articles: Related[], words: WordCounts): void {
  relateCounted(articles, words);
  done(`related: ${articles.length} articles`);
}

/** Each article's related list (the related stage, for articles that still have their text). */
export function relateArticles(
  articles: Article[],
  options: RelatedOptions = RELATED_DEFAULTS,
): void {
  relateCounted(articles, wordCounts(articles), options);
}

function relateCounted(
  articles: Related[],
  words: WordCounts,
  options: RelatedOptions = RELATED_DEFAULTS,
): void {
  const vectors = termVectors(articles, words, options);
  const rank = idRanks(articles);
  const index = buildIndex(vectors, rank, options);
  const baseline = meanSimilarity(vectors, options.kindWeight);
  const scratch = scratchFor(articles.length, vectors);
  const candidates = new TopList(options.candidates, rank);
  const best = new TopList(RELATED_COUNT, rank);
  articles.forEach((article, i) => {
    gatherCandidates(i, vectors, index, scratch, candidates);
    scoreCandidates(i, vectors, baseline, options, scratch, candidates, best);
    const related: string[] = [];
    for (let q = 0; q < best.count; q++) {
      related.push((articles[best.ids[q] as number] as Related).id);
    }
    article.related = related;
  });
}
