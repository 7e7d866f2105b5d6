// The site model: everything the templates show, computed once from the rendered articles.
// Templates only lay this data out; ordering, grouping, pagination and wording of dates live
// here so that they can be unit-tested without running Eleventy.
//
// It is written out as one JSON file, so it is kept lean enough for a single string at 100,000
// articles: article bodies are not in it (src/stages/site.ts writes them to files of their own),
// and listings refer to articles by their position in `articles` instead of repeating them.
//
// buildSiteModel calls one step for each view, each in the module a reader would look in:
// article pages (article-pages.ts), topics (topic-views.ts), sources (sources.ts), sections
// (sections.ts), the date archive (archive.ts), and the search index's parts (search-index.ts);
// the home page, the site feed and the sitemaps are here. The model's shapes are in
// model-types.ts, the URL scheme in urls.ts, date display in dates.ts, pagination and the
// feeds' entries in paginate.ts.

import { compareText } from '../order.ts';
import { articlePages, DEFAULT_LANG, textDirection } from './article-pages.ts';
import { archiveViews, timeline } from './archive.ts';
import type {
  ArticleOfModel,
  ArticlePage,
  ListingPage,
  SiteInfo,
  SiteModel,
  SitemapEntry,
  SiteSettings,
} from './model-types.ts';
import { lastAdded, newestDated } from './paginate.ts';
import { searchIndexes } from './search-index.ts';
import { sectionViews, SECTIONS_URL } from './sections.ts';
import { sourceViews } from './sources.ts';
import { topicViews } from './topic-views.ts';
import { mostlyUndated } from './undated.ts';

export type * from './model-types.ts';
export { displayDate, rfc3339 } from './dates.ts';
export { PAGE_SIZE } from './paginate.ts';
export { searchIndexes } from './search-index.ts';
export { MIN_TOPIC_ARTICLES, RELATED_TOPICS } from './topic-views.ts';

/** The model's file name in the content folder, where Eleventy reads it. */
export const SITE_MODEL_FILE = 'site.json';

/** Newest articles on the home page. */
const HOME_LATEST = 20;
/** Most-used topics on the home page. */
const HOME_TOPICS = 12;
/** Entries in the Atom feed. */
export const FEED_SIZE = 50;
/** URLs per sitemap file: the sitemap protocol's limit. */
export const SITEMAP_SIZE = 50_000;

/** The value most often in `values` (the first by text on a tie); `fallback` when none. */
function mostCommon(values: string[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of [...counts].sort(([a], [b]) => compareText(a, b))) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** The site's own description; its language is the most common article language. */
function siteInfo(settings: SiteSettings, pages: ArticlePage[]): SiteInfo {
  const siteLang = mostCommon(
    pages.map((page) => page.lang),
    DEFAULT_LANG,
  );
  return {
    title: settings.siteTitle,
    description: settings.siteDescription,
    basePath: settings.basePath,
    baseUrl: settings.baseUrl,
    lang: siteLang,
    dir: textDirection(siteLang),
    ...(settings.portable ? { portable: true as const } : {}),
  };
}

/**
 * What the home page leads with: the newest articles, or, when most of the archive is undated,
 * the first undated articles by title and the A–Z index of their listing (src/site/undated.ts).
 */
function homeLayout(
  pages: ArticlePage[],
  archivePages: ListingPage[],
): Pick<SiteModel['home'], 'layout' | 'latest' | 'letters'> {
  const undatedFirst = archivePages.find(
    (page) => page.kind === 'undated' && page.pageNumber === 1,
  );
  if (!mostlyUndated(pages.map((page) => page.date)) || !undatedFirst) {
    return { layout: 'newest', latest: [...pages.keys()].slice(0, HOME_LATEST), letters: [] };
  }
  return {
    layout: 'title',
    latest: undatedFirst.articles.slice(0, HOME_LATEST),
    letters: undatedFirst.letters,
  };
}

/**
 * The site feed's entries: the newest dated articles, or, in an archive whose articles are
 * mostly undated, the articles that entered it last.
 */
function siteFeed(pages: ArticlePage[]): number[] {
  return mostlyUndated(pages.map((page) => page.date))
    ? lastAdded([...pages.keys()], pages, FEED_SIZE)
    : newestDated([...pages.keys()], pages, FEED_SIZE);
}

/** Every page (the fixed ones, then each kind of listing, then the articles), by sitemap file. */
function sitemaps(
  pages: ArticlePage[],
  hasSections: boolean,
  listings: ListingPage[][],
): SitemapEntry[][] {
  const sitemapEntries: SitemapEntry[] = [
    ...['/', '/topics/', '/sources/', '/archive/', '/search/'].map((url) => ({
      url,
      lastmod: null,
    })),
    ...(hasSections ? [{ url: SECTIONS_URL, lastmod: null }] : []),
    ...listings.flatMap((listing) => listing.map((page) => ({ url: page.url, lastmod: null }))),
    ...pages.map((page) => ({ url: page.url, lastmod: page.date?.iso ?? null })),
  ];
  const files: SitemapEntry[][] = [];
  for (let start = 0; start < sitemapEntries.length; start += SITEMAP_SIZE) {
    files.push(sitemapEntries.slice(start, start + SITEMAP_SIZE));
  }
  return files;
}

export function buildSiteModel(articles: ArticleOfModel[], settings: SiteSettings): SiteModel {
  const { pages, redirects } = articlePages(articles);
  const { paged, topicGroups, topicIndex, topicPages, topicFeeds } = topicViews(pages);
  const { sources, sourcePages } = sourceViews(pages);
  const { sections, sectionPages } = sectionViews(pages);
  const { years, undated, archivePages } = archiveViews(pages);
  const site = siteInfo(settings, pages);
  const feed = siteFeed(pages);
  return {
    site,
    articles: pages,
    home: {
      ...homeLayout(pages, archivePages),
      topTopics: paged.slice(0, HOME_TOPICS),
      years,
      undated: undated.length,
    },
    topicGroups,
    topicIndex,
    topicPages,
    topicFeeds,
    sources,
    sourcePages,
    sections: { list: sections.list, unsectioned: sections.unsectioned },
    sectionPages,
    archive: { years, undated: undated.length, timeline: timeline(years) },
    archivePages,
    feed,
    siteFeeds: feed.length > 0 ? ['/feed.xml'] : [],
    sitemaps: sitemaps(pages, sections.list.length > 0, [
      sectionPages,
      topicPages,
      sourcePages,
      archivePages,
    ]),
    redirects,
    searchIndexes: searchIndexes(pages, settings.articlesPerSearchIndex),
  };
}
