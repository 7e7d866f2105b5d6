// Stage 7, related: each article gets the few others most like it, for the "Related"
// list on its page: articles that share its topics and its distinctive words.
//
// Every article is described by keys: its topics, and the content words that most set it apart
// from the archive (highest tf-idf). Two articles' similarity is the summed idf of the keys they
// share, a place a tenth as much, since a country two stories share says little of what either is
// about. Candidates come from an inverted index on the keys, never from all pairs; keys held by more than MAX_POSTING articles ("United States" in a wire archive) are
// left out of the index, as they relate everything to everything and say little.

import { compareText } from '../order.ts';
import { contentWords } from '../text.ts';
import type { Article } from '../types.ts';

/** Related articles listed on an article's page. */
export const RELATED_COUNT = 5;
/** Distinctive words per article; with up to 10 topics, at most 22 keys each. */
const WORDS_PER_ARTICLE = 12;
/**
 * A shared topic weighs as much as a shared word of the same idf. It weighed twice as much, and
 * related lists followed shared names across subjects: on the BBC corpus (bench:topics, the
 * desks withheld, the topics of issue 24) 0.816 of 8,728 links stayed on the article's desk,
 * 56 lists were all other-desk though the desk had candidates; with topics at 1 and shared
 * places at PLACE_WEIGHT, 0.897 of 7,598 and 33 (110 articles without a list, against 33). 24
 * words and MIN_SCORE 10 gave 0.883 and 31 with 8 lists empty, but 0.876 against 0.902 on the
 * words alone (test/unit/related.test.ts).
 */
const TOPIC_WEIGHT = 1;
/**
 * A shared place says little of what two stories are about: "$1m payoff for former Shell boss"
 * and "London Irish 19-33 Wasps" share the United Kingdom, "Oasis star fined for German brawl"
 * and German economy stories share Germany (issue 24). Its idf counts a tenth.
 */
const PLACE_WEIGHT = 0.1;
/**
 * Keys held by more articles than this are not indexed. The cap bounds the work per article to
 * 20 keys × 250 candidate visits whatever the archive's size: with 1,000 it was 20,000 visits,
 * and the stage took 2.9 s at 10,000 articles but minutes at 100,000, where many names and words
 * reach hundreds of holders. A key with 250 holders has idf log(400) = 6 at 100,000 articles
 * (~11 for a rare one) and log(4) = 1.4 at 1,000, where it says little anyway.
 */
const MAX_POSTING = 250;
/**
 * Two articles must share at least this much: about one rare topic, or two rare words. One
 * shared common word (idf ~2) is not a relation. Set by reading the BBC corpus' lists.
 */
const MIN_SCORE = 8;
/**
 * In a small archive every idf is small (a word two of the seeds' eight stories share has idf
 * log 4 = 1.4), and MIN_SCORE related nothing: the seeds' four stories of North Korean
 * defectors had no related lists. There the bar is this many times the idf of the rarest key two
 * articles can share, log(n/2): two such keys. From 110 articles on that is over MIN_SCORE,
 * which holds (the BBC figures do not move). 1.2 related the seeds' unrelated stories to each
 * other by chance words; 2.5 left two of the four defector stories without a list.
 */
const MIN_SCORE_IN_RAREST_KEYS = 2;

function articleText(article: Article): string {
  return [article.title, article.standfirst ?? '', ...article.blocks.map((b) => b.text)].join('\n');
}

/**
 * For each content word (no stopwords or numbers), how many of the article's paragraphs (title
 * and standfirst included) use it: a word that runs through the story weighs more than one
 * repeated in a single paragraph.
 */
function termCounts(article: Article): Map<string, number> {
  const counts = new Map<string, number>();
  for (const paragraph of articleText(article).split('\n')) {
    for (const word of contentWords(paragraph)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * The article's WORDS_PER_ARTICLE words of highest tf-idf, ties to the word that sorts first. A
 * word in one article only relates it to nothing; it is left out before ranking. Picked in one
 * pass, keeping the best so far, rather than by sorting the article's 100-200 content words.
 */
function distinctiveWords(
  counts: Map<string, number>,
  wordDf: Map<string, number>,
  idfOf: (df: number) => number,
): string[] {
  const words: string[] = [];
  const weights: number[] = [];
  for (const [word, tf] of counts) {
    const df = wordDf.get(word) as number;
    if (df < 2) continue;
    const weight = tf * idfOf(df);
    let at = words.length;
    while (
      at > 0 &&
      (weight > (weights[at - 1] as number) ||
        (weight === weights[at - 1] && compareText(word, words[at - 1] as string) < 0))
    ) {
      at--;
    }
    if (at >= WORDS_PER_ARTICLE) continue;
    words.splice(at, 0, word);
    weights.splice(at, 0, weight);
    if (words.length > WORDS_PER_ARTICLE) {
      words.pop();
      weights.pop();
    }
  }
  return words;
}

export function relateArticles(articles: Article[]): void {
  const n = articles.length;
  const counts = articles.map(termCounts);
  const wordDf = new Map<string, number>();
  for (const c of counts)
    for (const word of c.keys()) wordDf.set(word, (wordDf.get(word) ?? 0) + 1);
  const idfOf = (df: number) => Math.log(n / df);
  const minScore = Math.min(MIN_SCORE, MIN_SCORE_IN_RAREST_KEYS * idfOf(2));

  // Each article's keys as numbers, and each key's holders in article order. The scoring loop
  // below visits up to 20 keys × MAX_POSTING holders an article, so it reads typed arrays rather
  // than maps of strings. On the 99,019 articles of the 100,000-story bench archive this stage
  // took 17.7 s against 22.4 s with keys as strings (medians of three runs), the lists the same.
  const keyIds = new Map<string, number>();
  /** Topics that are places, which weigh PLACE_WEIGHT. */
  const places = new Set<string>();
  const holders: number[][] = [];
  const keysOf: number[][] = articles.map((article, i) => {
    const words = distinctiveWords(counts[i] as Map<string, number>, wordDf, idfOf).map(
      (word) => `w:${word}`,
    );
    const topics = [...new Set(article.topics.map((t) => `t:${t.slug}`))];
    for (const t of article.topics) if (t.kind === 'place') places.add(`t:${t.slug}`);
    return [...topics, ...words].map((key) => {
      let id = keyIds.get(key);
      if (id === undefined) {
        id = holders.length;
        keyIds.set(key, id);
        holders.push([]);
      }
      (holders[id] as number[]).push(i);
      return id;
    });
  });

  // A key's weight, and its holders at postings[start[key] .. start[key + 1]): none for a key
  // left out of the index (held by one article, or by more than MAX_POSTING). Ids were given in
  // order of first use, the order keyIds keeps, so the ranges follow one another.
  const weight = new Float64Array(holders.length);
  const start = new Int32Array(holders.length + 1);
  let total = 0;
  for (const [key, id] of keyIds) {
    const list = holders[id] as number[];
    start[id] = total;
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    const kindWeight = places.has(key) ? PLACE_WEIGHT : key.startsWith('t:') ? TOPIC_WEIGHT : 1;
    weight[id] = idfOf(list.length) * kindWeight;
    total += list.length;
  }
  start[holders.length] = total;
  const postings = new Int32Array(total);
  holders.forEach((list, id) => {
    if (start[id + 1] !== start[id]) postings.set(list, start[id] as number);
  });

  // Ties in score go to the article whose id sorts first (ids are unique): its rank in that order.
  const rank = new Int32Array(n);
  articles
    .map((article, i) => ({ id: article.id, i }))
    .sort((a, b) => compareText(a.id, b.id))
    .forEach(({ i }, position) => (rank[i] = position));

  const scores = new Float64Array(n);
  // Whether a candidate is already among those touched: marked when first reached, not read off
  // a score of 0, which a key held by every article of a small archive (weight log(1) = 0)
  // leaves at 0, and which listed such a candidate twice.
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const best = new Int32Array(RELATED_COUNT);
  const bestScore = new Float64Array(RELATED_COUNT);
  for (let i = 0; i < n; i++) {
    let touchedCount = 0;
    for (const key of keysOf[i] as number[]) {
      const w = weight[key] as number;
      for (let p = start[key] as number, stop = start[key + 1] as number; p < stop; p++) {
        const j = postings[p] as number;
        if (j === i) continue;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched[touchedCount++] = j;
        }
        scores[j] = (scores[j] as number) + w;
      }
    }
    // The best RELATED_COUNT by score, then by id rank, kept as the candidates come: at 100,000
    // articles an article has thousands of candidates, and sorting them all was most of the
    // stage's time.
    let bestCount = 0;
    for (let t = 0; t < touchedCount; t++) {
      const j = touched[t] as number;
      const score = scores[j] as number;
      seen[j] = 0;
      scores[j] = 0;
      if (score < minScore) continue;
      let at = bestCount;
      while (at > 0) {
        const above = bestScore[at - 1] as number;
        const ahead =
          score > above ||
          (score === above && (rank[j] as number) < (rank[best[at - 1] as number] as number));
        if (!ahead) break;
        at--;
      }
      if (at >= RELATED_COUNT) continue;
      for (let q = Math.min(bestCount, RELATED_COUNT - 1); q > at; q--) {
        best[q] = best[q - 1] as number;
        bestScore[q] = bestScore[q - 1] as number;
      }
      best[at] = j;
      bestScore[at] = score;
      if (bestCount < RELATED_COUNT) bestCount++;
    }
    const related: string[] = [];
    for (let q = 0; q < bestCount; q++) related.push((articles[best[q] as number] as Article).id);
    (articles[i] as Article).related = related;
  }
}
