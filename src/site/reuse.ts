// What a build can take over from the site it replaces, instead of rendering it again.
//
// Most pages of an archive do not change when a file is added: one article page is new, a few
// listings gain it, its neighbours' "Older/Newer" links move. So every page rendered from a
// paginated template (one per article, topic page, archive page, source page, redirect and
// topic feed) gets a fingerprint: a hash of everything its template reads. A page whose
// fingerprint is the one recorded for the published site is hard-linked from it; only the others
// go through Eleventy. A raw copy whose input file kept its sha256 is linked in the same way.
//
// A search index part is linked when every page Pagefind reads for it kept its search
// fingerprint: what Pagefind reads of the page, which is less than the page shows. Pagefind reads
// the article element (data-pagefind-body) and the hidden filter and metadata elements; an
// article page's links to other articles (older, newer, related), its list of source files and
// its link to the date archive are in the aside beside them, which carries no data-pagefind
// attribute (test/integration/build-seeds.test.ts checks that). So a new article, which moves its
// neighbours' links and related lists, re-indexes the part that holds it, not every part that
// holds an article whose aside changed.
//
// The fingerprint must cover every input of the page, or a stale page would be published:
// - the page's own entry in the site model, with positions in `articles` (older, newer, related,
//   a listing's articles, a redirect's target) replaced by what the page shows of those
//   articles, since positions shift whenever an article is added;
// - the article body, on article pages;
// - archive.site (title, language, base path...), which every page shows;
// - the version of the code that renders: every template, the Eleventy plugin, and the
//   installed Eleventy, Nunjucks and Pagefind. A change there makes the recorded fingerprints
//   unusable, and the whole site is rendered again.
// Listing and single pages (home, topic index, archive timeline, search, feed, sitemaps) are few
// and depend on the whole archive, so they are always rendered.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { replaceFile } from '../replace-file.ts';
import { PROJECT_ROOT } from '../project.ts';
import type { ArticlePage, SiteModel } from './model.ts';

/** The model's lists that paginated templates render one page per entry of. */
export const PAGED_COLLECTIONS = [
  'articles',
  'redirects',
  'topicPages',
  'archivePages',
  'sourcePages',
  'topicFeeds',
  'sectionPages',
] as const;
export type PagedCollection = (typeof PAGED_COLLECTIONS)[number];

/** One page rendered from a paginated template. */
export interface PagedPage {
  collection: PagedCollection;
  /** Position of its entry in model[collection]. */
  index: number;
  /** Its file from the site root: "articles/x/index.html", "topics/x/feed.xml". */
  file: string;
  fingerprint: string;
  /** What Pagefind reads of the page (see the comment at the top); the fingerprint otherwise. */
  searchFingerprint: string;
}

/** Which entries of each paginated list Eleventy renders (content/render.json). */
export type RenderSelection = Record<PagedCollection, number[]>;

/** The published site a build takes unchanged pages, index parts and raw copies from. */
export interface PublishedSite {
  dir: string;
  state: SiteState;
}

/** What the published site was built from, kept in the work folder (see SITE_STATE_FILE). */
export interface SiteState {
  /** RENDER_VERSION of the build that wrote it. */
  version: string;
  /** The folder the site was published to. */
  output: string;
  /** Fingerprint of each paged page, by file. */
  pages: Record<string, string>;
  /** Each search index part by its folder ("pagefind/part-2/"): fingerprint and the files written. */
  parts: Record<string, { fingerprint: string; files: string[] }>;
  /** sha256 of each raw copy, by input path. */
  raw: Record<string, string>;
}

/** In the work folder; describes the site at SiteState.output. */
const SITE_STATE_FILE = 'cache/published-site.json';

function hash(...parts: string[]): string {
  const h = createHash('sha256');
  for (const part of parts) h.update(part).update('\0');
  return h.digest('hex').slice(0, 32);
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function installedVersion(name: string): string {
  const manifest = join(PROJECT_ROOT, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** The rendering code's version: see the comment at the top. */
export const RENDER_VERSION = hash(
  ...['@11ty/eleventy', 'nunjucks', 'pagefind'].map(installedVersion),
  ...[
    ...filesUnder(join(PROJECT_ROOT, 'templates')),
    ...filesUnder(join(PROJECT_ROOT, 'src', 'eleventy')),
    join(PROJECT_ROOT, '.eleventy.ts'),
  ].map((file) => `${file.slice(PROJECT_ROOT.length)}\n${readFileSync(file, 'utf8')}`),
);

/** A URL of the site as the file Eleventy writes for it. */
export function fileOf(url: string): string {
  const relative = url.replace(/^\//, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** An article as other pages show it: everything but its own links to other articles. */
function card(article: ArticlePage): Partial<ArticlePage> {
  return { ...article, older: undefined, newer: undefined, related: undefined };
}

/** An article as Pagefind reads its page: without what only the page's aside shows. */
function searchCard(article: ArticlePage): Partial<ArticlePage> {
  return {
    ...card(article),
    sources: undefined,
    archive: undefined,
    // Where a topic links (its page, or a search while it has one article) is no text Pagefind
    // reads: a topic gaining its second article re-renders the first one's page, not its part.
    topics: article.topics.map(({ name, slug, kind }) => ({
      name,
      slug,
      kind,
      url: '',
      hasPage: false,
    })),
  };
}

/**
 * Every paged page of the model, with its fingerprint. bodyHash gives a hash of an article's
 * body by slug (bodies are kept out of the model).
 */
export function pagedPages(model: SiteModel, bodyHash: (slug: string) => string): PagedPage[] {
  const site = JSON.stringify(model.site);
  // Each article's card by its hash: a listing page shows 20 cards and an article page up to 7,
  // so hashing the cards' text into every page that shows them hashed each card about a dozen
  // times (docs/figures.md, stop 50). Two pages showing the same cards still get the same hash.
  const cards = model.articles.map((article) => hash(JSON.stringify(card(article))));
  const cardAt = (position: number | null): string =>
    position === null ? 'null' : (cards[position] ?? 'missing');
  const listed = (positions: number[]) => positions.map(cardAt).join('\n');
  const pages: PagedPage[] = [];
  /** searchInputs: what Pagefind reads of the page, when that is less than the page shows. */
  const add = (
    collection: PagedCollection,
    index: number,
    url: string,
    inputs: string[],
    searchInputs?: string[],
  ) => {
    const fingerprint = hash(site, ...inputs);
    const searchFingerprint = searchInputs ? hash(site, ...searchInputs) : fingerprint;
    pages.push({ collection, index, file: fileOf(url), fingerprint, searchFingerprint });
  };

  model.articles.forEach((article, i) => {
    const body = bodyHash(article.slug);
    add(
      'articles',
      i,
      article.url,
      [cardAt(i), body, cardAt(article.older), cardAt(article.newer), listed(article.related)],
      [JSON.stringify(searchCard(article)), body],
    );
  });
  model.redirects.forEach((redirect, i) =>
    add('redirects', i, redirect.url, [redirect.url, cardAt(redirect.article)]),
  );
  const listing = (page: SiteModel['topicPages'][number]) =>
    JSON.stringify({ ...page, articles: null }) + '\n' + listed(page.articles);
  for (const collection of ['topicPages', 'archivePages', 'sourcePages', 'sectionPages'] as const) {
    model[collection].forEach((page, i) => add(collection, i, page.url, [listing(page)]));
  }
  model.topicFeeds.forEach((topicPage, i) => {
    const page = model.topicPages[topicPage];
    if (!page?.feedUrl) throw new Error(`Topic feed ${i}: topic page ${topicPage} has no feed`);
    add('topicFeeds', i, page.feedUrl, ['feed', listing(page), listed(page.feedArticles ?? [])]);
  });
  return pages;
}

/**
 * A search index part's fingerprint: the search fingerprints of the pages Pagefind reads for it,
 * in order, and where and in which language it is written. (RENDER_VERSION, which covers the
 * templates and Pagefind's version, is checked for the whole state by readSiteState.)
 */
export function partFingerprint(
  path: string,
  language: string,
  pageSearchFingerprints: string[],
): string {
  return hash(path, language, ...pageSearchFingerprints);
}

/**
 * The state recorded for the site at `output`, or null when there is none this build can use:
 * none written, unreadable, from other rendering code, or for another folder.
 */
export async function readSiteState(work: string, output: string): Promise<SiteState | null> {
  let state: SiteState;
  try {
    state = JSON.parse(await readFile(join(work, SITE_STATE_FILE), 'utf8')) as SiteState;
  } catch {
    return null;
  }
  const usable =
    state.version === RENDER_VERSION &&
    state.output === resolve(output) &&
    typeof state.pages === 'object' &&
    typeof state.parts === 'object' &&
    typeof state.raw === 'object';
  return usable ? state : null;
}

/**
 * Forgets the recorded state. Done before the published site is replaced, so that a build
 * stopped between the swap and writeSiteState can never pair the new site with the old state.
 */
export async function forgetSiteState(work: string): Promise<void> {
  await rm(join(work, SITE_STATE_FILE), { force: true });
}

export async function writeSiteState(work: string, state: SiteState): Promise<void> {
  await replaceFile(join(work, SITE_STATE_FILE), JSON.stringify(state), { makeFolder: true });
}
