// Listings split into pages, in the order that fits them, and the articles their feeds carry.

import { compareByTitle, letterIndex, mostlyUndated } from './undated.ts';
import type { ArticlePage, ListingPage } from './model-types.ts';
import { pageUrl } from './urls.ts';

/** Articles per listing page (topic and archive pages). */
export const PAGE_SIZE = 20;

export type ListingHead = Pick<
  ListingPage,
  'kind' | 'url' | 'heading' | 'topic' | 'months' | 'parent'
> &
  Partial<Pick<ListingPage, 'relatedTopics' | 'feedUrl' | 'order' | 'letters'>>;

/**
 * Splits a listing (positions in the article list) into pages of PAGE_SIZE; an empty listing
 * still gets its first page.
 */
export function paginate(head: ListingHead, articles: number[]): ListingPage[] {
  const pageCount = Math.max(1, Math.ceil(articles.length / PAGE_SIZE));
  const pages: ListingPage[] = [];
  for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
    const start = (pageNumber - 1) * PAGE_SIZE;
    pages.push({
      relatedTopics: [],
      feedUrl: null,
      order: 'newest',
      letters: [],
      anchors: {},
      ...head,
      url: pageUrl(head.url, pageNumber),
      total: articles.length,
      pageNumber,
      pageCount,
      firstUrl: head.url,
      previousUrl: pageNumber > 1 ? pageUrl(head.url, pageNumber - 1) : null,
      nextUrl: pageNumber < pageCount ? pageUrl(head.url, pageNumber + 1) : null,
      lastUrl: pageUrl(head.url, pageCount),
      articles: articles.slice(start, start + PAGE_SIZE),
    });
  }
  return pages;
}

/**
 * Paginates a listing in the order that fits it: as given, newest first, when dates order it;
 * by title with an A–Z index when most of its articles are undated (src/site/undated.ts).
 */
export function paginateByFit(
  head: ListingHead,
  positions: number[],
  pages: ArticlePage[],
): ListingPage[] {
  const at = (position: number) => pages[position] as ArticlePage;
  if (!mostlyUndated(positions.map((position) => at(position).date))) {
    return paginate(head, positions);
  }
  const byTitle = [...positions].sort((a, b) => compareByTitle(at(a), at(b)));
  const letters = letterIndex(
    byTitle.map((position) => at(position).title),
    PAGE_SIZE,
    (pageNumber) => pageUrl(head.url, pageNumber),
  );
  const listingPages = paginate({ ...head, order: 'title', letters }, byTitle);
  for (const letter of letters) {
    const page = listingPages[Math.floor(letter.first / PAGE_SIZE)];
    const position = byTitle[letter.first];
    if (page && position !== undefined)
      page.anchors = { ...page.anchors, [position]: letter.anchor };
  }
  return listingPages;
}

/**
 * The last `size` articles to enter the archive, last first: the feed of a list without dates.
 * Articles the lock has no record of (AddressedArticle.added) are left out.
 */
export function lastAdded(positions: number[], pages: ArticlePage[], size: number): number[] {
  const order = (position: number) => pages[position]?.added?.order ?? 0;
  return positions
    .filter((position) => pages[position]?.added)
    .sort((a, b) => order(b) - order(a) || a - b)
    .slice(0, size);
}

/** The first `size` dated articles of a newest-first listing: what its feed can carry. */
export function newestDated(positions: number[], pages: ArticlePage[], size: number): number[] {
  return positions.filter((position) => pages[position]?.date).slice(0, size);
}
