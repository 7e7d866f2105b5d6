// Template filters. Wording and ordering belong to the site model; these only format.
import type { UserConfig } from '@11ty/eleventy';
import { rfc3339, type SearchIndex, type SiteInfo } from '../site/model.ts';
import { portableUrl } from '../site/portable.ts';

/**
 * A site-relative URL ("/articles/x/") as used outside HTML pages (feeds, sitemaps), where the
 * base-path plugin and the portable links of src/eleventy/plugin.ts do not reach: absolute when
 * the site URL is known. Otherwise, in a portable site, relative to the file it is written in
 * (`from`, that file's site-relative URL), folders as their index.html, so that it leads to the
 * page wherever the folder is opened or served; in other sites, under the base path.
 */
function absoluteUrl(url: string, site: SiteInfo, from?: string): string {
  if (!site.baseUrl && site.portable) {
    if (from === undefined) throw new Error(`absoluteUrl("${url}"): the file's own URL is needed`);
    return portableUrl(url, from);
  }
  return site.baseUrl + site.basePath + url.replace(/^\//, '');
}

/** "1 article", "1,234 articles". */
function countOf(count: number, singular: string, plural = `${singular}s`): string {
  const digits = String(count).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${digits} ${count === 1 ? singular : plural}`;
}

/**
 * Pagefind decodes character references in a filter value however many times it is escaped, and
 * its default UI shows filter values as HTML (innerHTML). The search page sets them as text, but
 * a publisher may swap that UI back in, and "&lt;i&gt;x" must not come back as "<i>x" either. So
 * a topic named "<i>x</i>" (or "&lt;i&gt;x") has its angle brackets and the ampersands that
 * start a character reference swapped for full-width look-alikes, in the filter value only.
 * "AT&T" is left alone.
 */
export function pagefindFilterValue(value: string): string {
  return value
    .replace(/</g, '\uFF1C')
    .replace(/>/g, '\uFF1E')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\uFF06');
}

/** The search index's parts, as JSON, for the search page to choose from and merge. */
function searchIndexesJson(parts: SearchIndex[]): string {
  return JSON.stringify(parts.map(({ key, path, years }) => ({ key, path, years })));
}

export function addFilters(eleventyConfig: UserConfig): void {
  eleventyConfig.addFilter('searchIndexesJson', searchIndexesJson);
  eleventyConfig.addFilter('absoluteUrl', absoluteUrl);
  eleventyConfig.addFilter('countOf', countOf);
  eleventyConfig.addFilter('atomDate', rfc3339);
  eleventyConfig.addFilter('pagefindFilterValue', pagefindFilterValue);
}
