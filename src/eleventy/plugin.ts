// The archive's Eleventy plugin: data, filters, assets and the base-path rewriting.
import { HtmlBasePlugin, type UserConfig } from '@11ty/eleventy';
import { addArchiveContent } from './content.ts';
import { addFilters } from './filters.ts';
import { compileNunjucksOnce } from './nunjucks-cache.ts';

export interface ArchivePluginOptions {
  /** Folder holding site.json. */
  contentDir: string;
}

export function archivePlugin(eleventyConfig: UserConfig, options: ArchivePluginOptions): void {
  // Templates link to root-relative URLs ("/topics/"); this rewrites them under the path prefix
  // in every HTML page, so the site works when served from a sub-path such as "/news/".
  eleventyConfig.addPlugin(HtmlBasePlugin);
  // Autoescape is Nunjucks' default; it is stated here because article text is untrusted.
  // throwOnUndefined turns a misspelt variable into a failed build instead of an empty gap.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  compileNunjucksOnce(eleventyConfig);
  addArchiveContent(eleventyConfig, options.contentDir);
  addFilters(eleventyConfig);
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
}
