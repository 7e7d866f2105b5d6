// The content src/stages/site.ts wrote: the site model, available to templates as `archive`, and
// the article bodies, through the `articleBody` filter.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UserConfig } from '@11ty/eleventy';
import { BODIES_FOLDER, SITE_MODEL_FILE, type SiteModel } from '../site/model.ts';

export async function readSiteModel(contentDir: string): Promise<SiteModel> {
  return JSON.parse(await readFile(join(contentDir, SITE_MODEL_FILE), 'utf8')) as SiteModel;
}

export function addArchiveContent(eleventyConfig: UserConfig, contentDir: string): void {
  eleventyConfig.addGlobalData('archive', () => readSiteModel(contentDir));
  // Bodies are read as their page is rendered rather than held in the model (see model.ts).
  eleventyConfig.addFilter('articleBody', (slug: string) =>
    readFileSync(join(contentDir, BODIES_FOLDER, `${slug}.html`), 'utf8'),
  );
  // Pages are fed from the model, never from collections; keeping every page out of
  // collections.all spares Eleventy a list as long as the archive.
  eleventyConfig.addGlobalData('eleventyExcludeFromCollections', true);
}
