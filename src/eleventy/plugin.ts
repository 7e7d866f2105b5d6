// The archive's Eleventy plugin: data, filters, assets and the base-path rewriting.
import { HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';
import { readdirSync } from 'node:fs';
import { addArchiveContent, PAGED_TEMPLATES, type RenderShare } from './content.ts';
import { addFilters } from './filters.ts';
import { compileNunjucksOnce } from './nunjucks-cache.ts';

export interface ArchivePluginOptions {
  /** Folder holding site.json. */
  contentDir: string;
  /** The share of the pages this Eleventy process renders (see RenderShare). */
  share: RenderShare;
}

/** The template folder, as .eleventy.ts names it (Eleventy runs from the project root). */
const TEMPLATES = 'templates';

export function archivePlugin(eleventyConfig: UserConfig, options: ArchivePluginOptions): void {
  // Templates link to root-relative URLs ("/topics/"); this rewrites them under the path prefix
  // in every HTML page, so the site works when served from a sub-path such as "/news/".
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Autoescape is Nunjucks' default; it is stated here because article text is untrusted.
  // throwOnUndefined turns a misspelt variable into a failed build instead of an empty gap.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  compileNunjucksOnce(eleventyConfig);
  addArchiveContent(eleventyConfig, options.contentDir, options.share);
  addFilters(eleventyConfig);
  if (options.share.index === 0) {
    eleventyConfig.addPassthroughCopy({ [`${TEMPLATES}/assets`]: 'assets' });
  } else {
    // The other shares render paginated pages only; the first writes the single pages.
    const paged = new Set(Object.values(PAGED_TEMPLATES));
    for (const file of readdirSync(TEMPLATES)) {
      if (file.endsWith('.njk') && !paged.has(file))
        eleventyConfig.ignores.add(`${TEMPLATES}/${file}`);
    }
  }
}
