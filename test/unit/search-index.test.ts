// The search index's parts at archive scale: cut by the text Pagefind holds in memory while it
// builds a part, and by the user's article limit, in whole years where they fit.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultOptions } from '../../src/options.ts';
import type { ArticlePage, SearchIndex } from '../../src/site/model-types.ts';
import {
  indexedWords,
  searchIndexes,
  WORDS_PER_SEARCH_INDEX,
} from '../../src/site/search-index.ts';

const PAGE: ArticlePage = {
  id: '',
  slug: '',
  url: '',
  title: 'A story',
  standfirst: null,
  summary: null,
  lang: 'en',
  dir: 'ltr',
  date: null,
  added: null,
  source: null,
  sourceUrl: null,
  byline: null,
  section: null,
  sectionUrl: null,
  fragment: false,
  topics: [],
  older: null,
  newer: null,
  related: [],
  words: 0,
  sources: [],
  archive: { url: '', label: '' },
};

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/**
 * An archive of `count` articles, newest year first, undated last, with the lengths of the saved
 * pages of the WARC bench (median ~470 words, mean ~820, a long tail past 5,000: docs/figures.md,
 * stop 55) or of the text bench's news stories (`text`: 150-700 words). Years are uneven: a few
 * hold a fifth of the archive each, as a crawl of recent years does; 3% are undated.
 */
function archive(count: number, kind: 'saved' | 'text', seed = 1): ArticlePage[] {
  const random = numbers(seed);
  const shares = [20, 18, 14, 10, 8, 6, 5, 4, 4, 3, 2, 1, 1, 1]; // and 3% undated
  const pages: ArticlePage[] = [];
  shares.forEach((share, i) => {
    const year = String(2026 - i);
    const inYear = Math.round((count * share) / 100);
    for (let k = 0; k < inYear; k++) pages.push(page(year, words(kind, random)));
  });
  while (pages.length < count) pages.push(page(null, words(kind, random)));
  return pages.slice(0, count);
}

function words(kind: 'saved' | 'text', random: () => number): number {
  if (kind === 'text') return 150 + Math.floor(random() * 550);
  // Log-normal around 470 words: exp(N(ln 470, 1.05)), by the sum of three uniforms.
  const normal = (random() + random() + random() - 1.5) * 2;
  return Math.min(45_000, Math.round(470 * Math.exp(1.05 * normal)));
}

function page(year: string | null, wordCount: number): ArticlePage {
  const date = year
    ? { iso: year, precision: 'year' as const, text: year, year, month: null }
    : null;
  return { ...PAGE, date, words: wordCount };
}

const yearOf = (pages: ArticlePage[], position: number) => pages[position]?.date?.year ?? 'undated';
const wordsOf = (pages: ArticlePage[], part: SearchIndex) =>
  part.articles.reduce((sum, position) => sum + indexedWords(pages[position] ?? PAGE), 0);

/** What every cut must keep: each article once, in order, limits held, years cut only if too large. */
function checkParts(pages: ArticlePage[], parts: SearchIndex[], perIndex: number, budget: number) {
  assert.deepEqual(
    parts.flatMap((part) => part.articles),
    pages.map((_, position) => position),
    'every article in exactly one part, newest first',
  );
  const yearSize = new Map<string, { articles: number; words: number }>();
  pages.forEach((p, position) => {
    const size = yearSize.get(yearOf(pages, position)) ?? { articles: 0, words: 0 };
    size.articles += 1;
    size.words += indexedWords(p);
    yearSize.set(yearOf(pages, position), size);
  });
  for (const [i, part] of parts.entries()) {
    const words = wordsOf(pages, part);
    assert.ok(part.articles.length <= perIndex, `part ${i + 1}: ${part.articles.length} articles`);
    assert.ok(words <= budget || part.articles.length === 1, `part ${i + 1}: ${words} words`);
    const next = parts[i + 1];
    const last = part.articles.at(-1) ?? -1;
    const first = next?.articles[0] ?? -1;
    if (next && yearOf(pages, last) === yearOf(pages, first)) {
      const size = yearSize.get(yearOf(pages, last));
      assert.ok(size && (size.articles > perIndex || size.words > budget), 'a year cut that fits');
    }
  }
}

test('100,000 saved pages are cut by their text, each part within the word budget', () => {
  const pages = archive(100_000, 'saved');
  const parts = searchIndexes(pages, defaultOptions.articlesPerSearchIndex);
  checkParts(pages, parts, defaultOptions.articlesPerSearchIndex, WORDS_PER_SEARCH_INDEX);
  const total = pages.reduce((sum, p) => sum + indexedWords(p), 0);
  // Parts are filled: no more than one part in three is left less than half full.
  const least = Math.ceil(total / WORDS_PER_SEARCH_INDEX);
  assert.ok(parts.length >= least && parts.length <= least * 1.5, `${parts.length} parts`);
  // The article limit alone would have made 5 parts of 20,000, several times the budget.
  assert.ok(parts.length > 5);
  // The search page names them all, keys unique, the cut years "2026 (1 of 3)".
  assert.equal(new Set(parts.map((part) => part.key)).size, parts.length);
  assert.match(parts[0]?.label ?? '', /^2026 \(1 of \d+\)$/);
  assert.equal(parts.at(-1)?.years.at(-1), 'undated');
});

test('short articles are cut by the article limit, which the user sets', () => {
  const pages = archive(30_000, 'text').map((p) => ({ ...p, words: 40 })); // briefs
  for (const perIndex of [20_000, 5_000]) {
    const parts = searchIndexes(pages, perIndex);
    checkParts(pages, parts, perIndex, WORDS_PER_SEARCH_INDEX);
    // The same parts as the article limit alone cuts.
    assert.deepEqual(parts, searchIndexes(pages, perIndex, Number.POSITIVE_INFINITY));
    assert.ok(parts.length >= 30_000 / perIndex);
  }
});

test('an archive whose text fits one part has one part, whatever its years', () => {
  const pages = archive(4_000, 'saved', 7);
  const parts = searchIndexes(pages, defaultOptions.articlesPerSearchIndex);
  assert.deepEqual(
    parts.map((part) => [part.path, part.articles.length]),
    [['pagefind/', 4_000]],
  );
});

test('a new article changes the part of its year only', () => {
  const pages = archive(60_000, 'saved', 3);
  const before = searchIndexes(pages, defaultOptions.articlesPerSearchIndex);
  // One more 2019 article, at the end of its year (positions after it shift by one).
  const at = pages.findLastIndex((p) => p.date?.year === '2019') + 1;
  const grown = [...pages.slice(0, at), page('2019', 900), ...pages.slice(at)];
  const after = searchIndexes(grown, defaultOptions.articlesPerSearchIndex);
  const ids = (parts: SearchIndex[], list: ArticlePage[]) =>
    parts.map((part) => part.articles.map((position) => list[position]));
  const changed = ids(after, grown).filter(
    (part) =>
      !ids(before, pages).some(
        (old) => old.length === part.length && old.every((p, i) => p === part[i]),
      ),
  );
  assert.equal(changed.length, 1, 'one part changed');
  assert.ok(changed[0]?.some((p) => p?.date?.year === '2019'));
});
