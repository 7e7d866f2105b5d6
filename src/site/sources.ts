// Source views: the publications the articles name, each with its page at /sources/<slug>/.

import { compareText } from '../order.ts';
import { groupByUrl } from './group.ts';
import type { ArticlePage, ListingPage, SourceSummary } from './model-types.ts';
import { paginateByFit } from './paginate.ts';

/**
 * The sources index, by article count, then name, with the articles naming none counted apart,
 * and each source's pages. Sources are keyed by their page's URL, that is by slug, like topics;
 * the newest article naming a slug names the source.
 */
export function sourceViews(pages: ArticlePage[]): {
  sources: { list: SourceSummary[]; unnamed: number };
  sourcePages: ListingPage[];
} {
  const { names, articles, none } = groupByUrl(
    pages.map((page) => ({ name: page.source, url: page.sourceUrl })),
  );
  const list: SourceSummary[] = [...articles]
    .map(([url, positionsOf]) => {
      const datedOf = positionsOf.filter((p) => pages[p]?.date);
      return {
        name: names.get(url) as string,
        url,
        count: positionsOf.length,
        // Listings are newest first, so the last dated article is the oldest.
        first: pages[datedOf.at(-1) ?? -1]?.date ?? null,
        last: pages[datedOf[0] ?? -1]?.date ?? null,
      };
    })
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));
  const sourcePages = list.flatMap((source) =>
    paginateByFit(
      {
        kind: 'source',
        url: source.url,
        heading: source.name,
        topic: null,
        months: [],
        parent: { label: 'All sources', url: '/sources/' },
      },
      articles.get(source.url) ?? [],
      pages,
    ),
  );
  return { sources: { list, unnamed: none }, sourcePages };
}
