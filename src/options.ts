// One typed options object, built once from the command line and archive.config.json, and passed
// through every stage.

import { availableParallelism } from 'node:os';
import { emptyTopicSettings, type TopicSettings } from './config.ts';

export interface BuildOptions {
  /** Folder of scraped articles, read recursively. */
  input: string;
  /** Folder the finished site replaces. */
  output: string;
  /** Working folder: holds the normalized content Eleventy reads (content/) between stages. */
  work: string;
  /**
   * Lock file of published addresses (ids, slugs, redirects), read at the start of the build and
   * rewritten once the site is published; relative paths are from the current directory.
   */
  lock: string;
  /** URL path the site is served under, with leading and trailing slash ("/" or "/news/"). */
  basePath: string;
  /** Absolute site URL for feeds and the sitemap, without trailing slash ("" when unknown). */
  baseUrl: string;
  siteTitle: string;
  siteDescription: string;
  /** Print progress lines (on by default in a terminal). */
  progress: boolean;
  /** Exit non-zero when any file was rejected. */
  strict: boolean;
  /** Topic aliases, exclusions and keyword subjects (archive.config.json "topics"). */
  topics: TopicSettings;
  /** Largest input file read, in bytes (--max-file-size, in MB); a larger one is rejected unread. */
  maxFileSize: number;
  /**
   * Worker threads for normalize, names and write (src/workers.ts): one per core by default;
   * with 1, the main thread does that work.
   */
  jobs: number;
  /**
   * Most articles in one part of the search index; a part also ends at WORDS_PER_SEARCH_INDEX
   * words of text (see searchIndexes in src/site/search-index.ts).
   */
  articlesPerSearchIndex: number;
  /**
   * Publish even when the input gives no article while the lock holds published addresses
   * (--allow-empty): without it such a build stops, since it would remove every address.
   */
  allowEmpty: boolean;
  /**
   * A site that works opened from disk (file://) and served from any path (--portable, or
   * "portable": true in the config): relative links, and a search that runs without a server
   * (src/site/portable.ts).
   */
  portable: boolean;
}

export const defaultOptions: BuildOptions = {
  input: 'seeds',
  output: 'dist',
  work: '.archive',
  lock: 'archive.lock.json',
  basePath: '/',
  baseUrl: '',
  siteTitle: 'News Archive',
  siteDescription: 'A searchable archive of news articles.',
  progress: true,
  strict: false,
  topics: emptyTopicSettings,
  // The longest article in the real corpora the project is measured on (../shared/corpora) is
  // 25,485 bytes (BBC politics/290.txt), the longest Reuters-21578 story 14,082 bytes with its
  // SGML: 1 MB is forty times that. A bigger file is a dump of many pages or no article at all,
  // and one article costs memory and time in proportion to its length (docs/figures.md).
  // test/integration/large-input.test.ts holds a file just under the limit to a bound.
  maxFileSize: 1_000_000,
  jobs: availableParallelism(),
  // 20,000 text articles were a part near 2 GB of Pagefind memory; longer articles reach the
  // word limit first (WORDS_PER_SEARCH_INDEX, docs/figures.md, stop 56).
  articlesPerSearchIndex: 20_000,
  allowEmpty: false,
  portable: false,
};

/**
 * A base path as the site uses it, with a leading and a trailing slash: "news", "/news" and
 * "news/" all mean "/news/". Build and serve both read --base-path through this, so that one
 * accepts what the other does.
 */
export function normalizeBasePath(basePath: string): string {
  let normalized = basePath.trim();
  if (!normalized.startsWith('/')) normalized = `/${normalized}`;
  if (!normalized.endsWith('/')) normalized = `${normalized}/`;
  return normalized;
}

/**
 * The base URL as the feed and sitemap use it: they add the base path themselves, so it is the
 * address above the base path, without a trailing slash. A user may well give the site's whole
 * address instead ("https://user.github.io/repo" with base path "/repo/"), so a base URL that
 * already ends with the base path has it taken off ("https://user.github.io").
 */
export function baseUrlAbovePath(baseUrl: string, basePath: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  const tail = basePath.replace(/\/+$/, '');
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  const pathname = url.pathname.replace(/\/+$/, '');
  if (!tail || !pathname.endsWith(tail) || url.search || url.hash) return trimmed;
  return url.origin + pathname.slice(0, -tail.length);
}
