// The content src/stages/site.ts wrote: the site model, available to templates as `archive`, and
// the article bodies, through the `articleBody` filter.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { BODIES_FOLDER } from '../paths.ts';
import { SITE_MODEL_FILE, type SiteModel } from '../site/model.ts';
import { PAGED_COLLECTIONS, type PagedCollection, type RenderSelection } from '../site/reuse.ts';

/**
 * In the content folder: which entries of each paginated list to render (src/site/reuse.ts);
 * the pages of the others are taken over from the published site. Without it, all are.
 */
export const RENDER_SELECTION_FILE = 'render.json';

async function readSiteModel(contentDir: string): Promise<SiteModel> {
  return JSON.parse(await readFile(join(contentDir, SITE_MODEL_FILE), 'utf8')) as SiteModel;
}

/**
 * The site model of each content folder this process has read. A render process belongs to one
 * build, which writes its content folder before the process starts and not after; Eleventy and
 * the templates only read the model.
 */
const siteModels = new Map<string, Promise<SiteModel>>();

function siteModelOf(contentDir: string): Promise<SiteModel> {
  let model = siteModels.get(contentDir);
  if (!model) siteModels.set(contentDir, (model = readSiteModel(contentDir)));
  return model;
}

/**
 * One of several Eleventy processes rendering a site together (src/stages/site.ts): the
 * `index`-th (from 0) of `count` shares of every paginated list's selected entries. Only the
 * first share renders the single pages (home, search, sitemaps...) and copies the assets.
 */
export interface RenderShare {
  index: number;
  count: number;
}

/** ARCHIVE_SHARE's value for a share: "2/3" is the second of three. */
export function shareName(share: RenderShare): string {
  return `${share.index + 1}/${share.count}`;
}

/** The share named by ARCHIVE_SHARE; all pages when it is not set. */
export function parseShare(name: string | undefined): RenderShare {
  if (name === undefined || name === '') return { index: 0, count: 1 };
  const match = /^(\d+)\/(\d+)$/.exec(name);
  const index = Number(match?.[1]) - 1;
  const count = Number(match?.[2]);
  if (!match || index < 0 || index >= count) {
    throw new Error(`ARCHIVE_SHARE "${name}" is not a share such as "1/2"`);
  }
  return { index, count };
}

/**
 * The templates that paginate over pagesToRender, one page per entry; every other template
 * renders single pages, written by the first share alone.
 */
export const PAGED_TEMPLATES: Record<PagedCollection, string> = {
  articles: 'article.njk',
  redirects: 'redirect.njk',
  topicPages: 'topic.njk',
  archivePages: 'archive-period.njk',
  sourcePages: 'source.njk',
  topicFeeds: 'topic-feed.njk',
  sectionPages: 'section.njk',
};

/** model[collection] reduced to the selected entries of the share, for each paginated list. */
async function pagesToRender(contentDir: string, model: SiteModel, share: RenderShare) {
  let selection: Partial<RenderSelection> = {};
  try {
    selection = JSON.parse(
      await readFile(join(contentDir, RENDER_SELECTION_FILE), 'utf8'),
    ) as RenderSelection;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  return Object.fromEntries(
    PAGED_COLLECTIONS.map((collection) => {
      const all: unknown[] = model[collection];
      const chosen = selection[collection]?.map((i) => all[i]) ?? all;
      // Dealt out in turn, so that each share gets its part of every list: an article page
      // costs Eleventy more than a redirect.
      return [collection, chosen.filter((_, i) => i % share.count === share.index)];
    }),
  );
}

export function addArchiveContent(
  eleventyConfig: UserConfig,
  contentDir: string,
  share: RenderShare,
): void {
  // Read once for both, and for every run of the process (one a share: render-process.ts): the
  // model runs to hundreds of megabytes at 100,000 articles.
  const archive = () => siteModelOf(contentDir);
  eleventyConfig.addGlobalData('archive', archive);
  // Paginated templates page through these rather than the model's lists: the selected pages.
  eleventyConfig.addGlobalData('pagesToRender', async () =>
    pagesToRender(contentDir, await archive(), share),
  );
  // Bodies are read as their page is rendered rather than held in the model (see model.ts).
  eleventyConfig.addFilter('articleBody', (slug: string) =>
    readFileSync(join(contentDir, BODIES_FOLDER, `${slug}.html`), 'utf8'),
  );
  // Pages are fed from the model, never from collections; keeping every page out of
  // collections.all spares Eleventy a list as long as the archive.
  eleventyConfig.addGlobalData('eleventyExcludeFromCollections', true);
}
