// The archive's Eleventy plugin: data, filters, assets and the base-path rewriting.
import { HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';
import { readdirSync } from 'node:fs';
import { addArchiveContent, PAGED_TEMPLATES, type RenderShare } from './content.ts';
import { addFilters } from './filters.ts';
import { compileNunjucksOnce } from './nunjucks-cache.ts';
import { NOT_FOUND_URL, portableUrl } from '../site/portable.ts';

export interface ArchivePluginOptions {
  /** Folder holding site.json. */
  contentDir: string;
  /** The share of the pages this Eleventy process renders (see RenderShare). */
  share: RenderShare;
  /** Links relative to each page instead of root-relative (src/site/portable.ts). */
  portable?: boolean;
}

/** The template folder, as .eleventy.ts names it (Eleventy runs from the project root). */
const TEMPLATES = 'templates';

export function archivePlugin(eleventyConfig: UserConfig, options: ArchivePluginOptions): void {
  // The URL transforms below take a share of the rendering that Eleventy's benchmark reports on
  // the console even in quiet mode ("[11ty] Benchmark ... html-transformer"); the build times
  // its steps itself.
  eleventyConfig.benchmarks.config.setIsVerbose(false);
  if (options.portable) {
    // A portable site's links are relative to each page, folders as their index.html, so that
    // it works opened from disk and served from any path; the not-found page, which a server
    // shows at any address, keeps links from the root, under the path prefix.
    const prefix = eleventyConfig.pathPrefix;
    eleventyConfig.htmlTransformer.addUrlTransform(
      'html',
      function (this: { url: string }, url: string) {
        return portableUrl(url.trim(), this.url, this.url === NOT_FOUND_URL ? prefix : null);
      },
    );
  } else {
    // Templates link to root-relative URLs ("/topics/"); this rewrites them under the path
    // prefix in every HTML page, so the site works when served from a sub-path such as "/news/".
    eleventyConfig.addPlugin(HtmlBasePlugin);
  }
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
