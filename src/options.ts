// One typed options object, built once from the command line and archive.config.json, and passed
// through every stage.

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
};
