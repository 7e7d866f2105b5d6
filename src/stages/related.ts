// Stage: related articles. Each article gets the few others most like it, for the "Related"
// list on its page: articles that share its topics and its distinctive words.
//
// Every article is described by keys: its topics, and the content words that most set it apart
// from the archive (highest tf-idf). Two articles' similarity is the summed idf of the keys they
// share, topics counting double, since a topic is a judgement about what the article is about
// and a word may be incidental. Candidates come from an inverted index on the keys, never from
// all pairs; keys held by more than MAX_POSTING articles ("United States" in a wire archive) are
// left out of the index, as they relate everything to everything and say little.

import { contentWords } from '../text.ts';
import type { Article } from '../types.ts';

/** Related articles listed on an article's page. */
export const RELATED_COUNT = 5;
/** Distinctive words per article; with up to 8 topics, at most 20 keys each. */
const WORDS_PER_ARTICLE = 12;
/** Topics say more than words about what two articles have in common. */
const TOPIC_WEIGHT = 2;
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

interface Keyed {
  keys: string[];
}

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

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function relateArticles(articles: Article[]): void {
  const n = articles.length;
  const counts = articles.map(termCounts);
  const wordDf = new Map<string, number>();
  for (const c of counts)
    for (const word of c.keys()) wordDf.set(word, (wordDf.get(word) ?? 0) + 1);
  const idfOf = (df: number) => Math.log(n / df);

  const keyed: Keyed[] = articles.map((article, i) => {
    // A word in one article only relates it to nothing; it is left out before ranking.
    const words = [...(counts[i] as Map<string, number>)]
      .filter(([word]) => (wordDf.get(word) ?? 0) >= 2)
      .map(([word, tf]) => ({ word, weight: tf * idfOf(wordDf.get(word) as number) }))
      .sort((a, b) => b.weight - a.weight || compareText(a.word, b.word))
      .slice(0, WORDS_PER_ARTICLE)
      .map(({ word }) => `w:${word}`);
    const topics = [...new Set(article.topics.map((t) => `t:${t.slug}`))];
    return { keys: [...topics, ...words] };
  });

  const postings = new Map<string, number[]>();
  keyed.forEach(({ keys }, i) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });
  const weight = new Map<string, number>();
  for (const [key, list] of postings) {
    if (list.length < 2 || list.length > MAX_POSTING) continue;
    weight.set(key, idfOf(list.length) * (key.startsWith('t:') ? TOPIC_WEIGHT : 1));
  }

  const scores = new Float64Array(n);
  const touched: number[] = [];
  /** Whether candidate a ranks before b: by score, then by id (ids are unique). */
  const before = (a: number, b: number) =>
    (scores[a] as number) > (scores[b] as number) ||
    (scores[a] === scores[b] &&
      compareText((articles[a] as Article).id, (articles[b] as Article).id) < 0);
  keyed.forEach(({ keys }, i) => {
    for (const key of keys) {
      const w = weight.get(key);
      if (w === undefined) continue;
      for (const j of postings.get(key) as number[]) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j] = (scores[j] as number) + w;
      }
    }
    // The best RELATED_COUNT in the order of `before` (a total order), kept as the candidates
    // come: at 100,000 articles an article has thousands of candidates, and sorting them all
    // was most of the stage's time.
    const best: number[] = [];
    for (const j of touched) {
      if ((scores[j] as number) < MIN_SCORE) continue;
      if (best.length === RELATED_COUNT && !before(j, best[RELATED_COUNT - 1] as number)) continue;
      let at = Math.min(best.length, RELATED_COUNT - 1);
      while (at > 0 && before(j, best[at - 1] as number)) at--;
      best.splice(at, 0, j);
      best.length = Math.min(best.length, RELATED_COUNT);
    }
    (articles[i] as Article).related = best.map((j) => (articles[j] as Article).id);
    for (const j of touched) scores[j] = 0;
    touched.length = 0;
  });
}
