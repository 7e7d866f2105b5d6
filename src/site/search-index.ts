// The search index's parts: which articles each Pagefind bundle indexes, and how the search page
// names them.

import type { ArticlePage, SearchIndex } from './model-types.ts';

/**
 * Words of text a part of the search index holds at most, each article counted as its words plus
 * PAGE_WORDS. Pagefind holds a part's whole index in memory while it builds it, and what it holds
 * follows the part's text, not its article count: ~26 KB a page plus ~300 bytes a word (309-347
 * bytes a word so counted, measured from 0.8 to 10.7 million, for news stories and multilingual
 * saved pages alike), but 4.8 GB for one part of ~10,200 built saved pages (~9.4 million). 5
 * million keeps one Pagefind process near 1.6 GB, where built saved pages were measured linear,
 * so the two parts built at once stay near 3.2 GB beside the build process, within the 6 GB a
 * 100,000-record build may take (docs/figures.md, stop 56).
 */
export const WORDS_PER_SEARCH_INDEX = 5_000_000;

/**
 * What an article costs Pagefind beside its words, in words: its page, title, meta and filters
 * (~26 KB resident a page with its body emptied, against ~300 bytes a word of body).
 */
export const PAGE_WORDS = 100;

/** What a part of the search index may hold. */
export interface SearchIndexLimits {
  /** Most articles (the user's --articles-per-index). */
  articles: number;
  /** Most words of text, each article counted as its words plus PAGE_WORDS. */
  words: number;
}

/** The words an article counts for in its search index part (see WORDS_PER_SEARCH_INDEX). */
export function indexedWords(page: Pick<ArticlePage, 'words'>): number {
  return page.words + PAGE_WORDS;
}

/**
 * The archive's search index, in parts each within `limits`: at most so many articles, and at
 * most so many words of text, which is what sets Pagefind's memory (WORDS_PER_SEARCH_INDEX).
 * Larger archives are indexed part by part and the search page searches the parts together
 * (Pagefind's mergeIndex). A part holds whole years, newest first, as many as fit: a new article
 * changes the part of its year only, unless that part overflows. A year larger than a part is
 * split. The first part is the main bundle, at pagefind/, which also holds Pagefind's scripts; an
 * archive that fits in one part has only it.
 */
export function searchIndexes(
  pages: ArticlePage[],
  perIndex: number,
  wordsPerIndex = WORDS_PER_SEARCH_INDEX,
): SearchIndex[] {
  const limits = { articles: perIndex, words: wordsPerIndex };
  const weight = (position: number) => indexedWords(pages[position] ?? { words: 0 });
  const parts: Part[] = [];
  for (const articles of yearsOf(pages)) {
    const last = parts.at(-1);
    const words = articles.reduce((sum, position) => sum + weight(position), 0);
    if (last && fits(last, articles.length, words, limits)) {
      last.articles.push(...articles);
      last.words += words;
      continue;
    }
    parts.push(...cutYear(articles, weight, limits));
  }
  if (parts.length === 0) parts.push({ articles: [], words: 0 });
  return labelled(
    pages,
    parts.map((part) => part.articles),
  );
}

/** The parts named: their paths, keys, years and labels for the search page. */
function labelled(pages: ArticlePage[], parts: number[][]): SearchIndex[] {
  const yearOf = (position: number) => pages[position]?.date?.year ?? 'undated';
  const partYears = parts.map((articles) => [...new Set(articles.map(yearOf))]);
  return parts.map((articles, i) => {
    const years = partYears[i] ?? [];
    const newest = years[0] ?? 'undated';
    // A year too large for one part is cut into parts of its own, the last of which older
    // years may join; it is always the newest year of each of its parts: "1987 (2 of 3)".
    const cut = partYears.filter((y) => y.includes(newest));
    const piece = cut.length > 1 ? cut.indexOf(years) + 1 : 0;
    const older = years.slice(1);
    let label = yearsLabel(years);
    if (piece > 0) {
      label = `${yearsLabel([newest])} (${piece} of ${cut.length})`;
      if (older.length > 0) label += ` and ${yearsLabel(older).replace(/^Undated$/, 'undated')}`;
    }
    return {
      path: i === 0 ? 'pagefind/' : `pagefind/part-${i + 1}/`,
      articles,
      key: piece > 1 ? `${newest}-${piece}` : newest,
      years,
      label,
    };
  });
}

/** A part being filled: its articles (positions) and their words (indexedWords). */
interface Part {
  articles: number[];
  words: number;
}

/** Whether `articles` articles of `words` words can join `part` within `limits`. */
function fits(part: Part, articles: number, words: number, limits: SearchIndexLimits): boolean {
  return part.articles.length + articles <= limits.articles && part.words + words <= limits.words;
}

/** The positions of each year's articles, in the pages' order (newest year first). */
function yearsOf(pages: ArticlePage[]): number[][] {
  const years: number[][] = [];
  let year: string | undefined;
  pages.forEach((page, position) => {
    const y = page.date?.year ?? 'undated';
    if (y !== year || years.length === 0) years.push([]);
    year = y;
    years[years.length - 1]?.push(position);
  });
  return years;
}

/**
 * A year's articles in parts of their own, in order, each filled as far as `limits` allow (an
 * article larger than a whole part is a part alone).
 */
function cutYear(
  articles: number[],
  weight: (position: number) => number,
  limits: SearchIndexLimits,
): Part[] {
  const parts: Part[] = [];
  let part: Part | undefined;
  for (const position of articles) {
    const words = weight(position);
    if (!part || !fits(part, 1, words, limits)) {
      part = { articles: [], words: 0 };
      parts.push(part);
    }
    part.articles.push(position);
    part.words += words;
  }
  return parts;
}

/** "2004–2006" for the years a search index part holds (newest first, "undated" last). */
function yearsLabel(years: string[]): string {
  const dated = years.filter((y) => y !== 'undated');
  const span =
    dated.length === 0
      ? ''
      : dated.length === 1
        ? (dated[0] ?? '')
        : `${dated.at(-1) ?? ''}–${dated[0] ?? ''}`;
  if (dated.length === years.length) return span;
  return span ? `${span} and undated` : 'Undated';
}
