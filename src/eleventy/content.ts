// The content src/stages/site.ts wrote: the site model, available to templates as `archive`, and
// the article bodies, through the `articleBody` filter.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { BODIES_FOLDER, SITE_MODEL_FILE, type SiteModel } from '../site/model.ts';
import { PAGED_COLLECTIONS, type RenderSelection } from '../site/reuse.ts';

/**
 * In the content folder: which entries of each paginated list to render (src/site/reuse.ts);
 * the pages of the others are taken over from the published site. Without it, all are.
 */
export const RENDER_SELECTION_FILE = 'render.json';

export async function readSiteModel(contentDir: string): Promise<SiteModel> {
  return JSON.parse(await readFile(join(contentDir, SITE_MODEL_FILE), 'utf8')) as SiteModel;
}

/** model[collection] reduced to the selected entries, for each paginated list. */
async function pagesToRender(contentDir: string, model: SiteModel) {
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
      const chosen = selection[collection];
      return [collection, chosen ? chosen.map((i) => all[i]) : all];
    }),
  );
}

export function addArchiveContent(eleventyConfig: UserConfig, contentDir: string): void {
  // Read once for both: the model runs to hundreds of megabytes at 100,000 articles.
  let model: Promise<SiteModel> | undefined;
  const archive = () => (model ??= readSiteModel(contentDir));
  eleventyConfig.addGlobalData('archive', archive);
  // Paginated templates page through these rather than the model's lists: the selected pages.
  eleventyConfig.addGlobalData('pagesToRender', async () =>
    pagesToRender(contentDir, await archive()),
  );
  // Bodies are read as their page is rendered rather than held in the model (see model.ts).
  eleventyConfig.addFilter('articleBody', (slug: string) =>
    readFileSync(join(contentDir, BODIES_FOLDER, `${slug}.html`), 'utf8'),
  );
  // Pages are fed from the model, never from collections; keeping every page out of
  // collections.all spares Eleventy a list as long as the archive.
  eleventyConfig.addGlobalData('eleventyExcludeFromCollections', true);
}
