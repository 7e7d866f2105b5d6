// Eleventy configuration. Everything the site needs is registered by the archive plugin; this file
// only says where the templates are.
//
// src/eleventy/render-process.ts runs Eleventy (for src/stages/site.ts) with these environment
// variables:
//   ARCHIVE_CONTENT_DIR  folder holding site.json, the site model (required)
//   ARCHIVE_BASE_PATH    URL path the site is served under, e.g. "/news/" (default "/")
//   ARCHIVE_SHARE        "i/n": render the i-th of n shares of the pages (default "1/1", all)
//   ARCHIVE_PORTABLE     "1": links relative to each page, for a portable site (default "")
// They are read when Eleventy calls this function rather than at import time, because Eleventy
// imports this module once per process and reuses it for every later build.
import type { UserConfig } from '@11ty/eleventy';
import { parseShare } from './src/eleventy/content.ts';
import { archivePlugin } from './src/eleventy/plugin.ts';

export default function (eleventyConfig: UserConfig) {
  const contentDir = process.env.ARCHIVE_CONTENT_DIR;
  if (!contentDir) {
    throw new Error('ARCHIVE_CONTENT_DIR is not set: Eleventy must be run by src/stages/site.ts');
  }
  const share = parseShare(process.env.ARCHIVE_SHARE);
  const portable = process.env.ARCHIVE_PORTABLE === '1';
  eleventyConfig.addPlugin(archivePlugin, { contentDir, share, portable });
  return {
    // No output folder here: one returned from the config would override the one site() passes.
    dir: { input: 'templates', includes: '_includes' },
    templateFormats: ['njk'],
    pathPrefix: process.env.ARCHIVE_BASE_PATH || '/',
  };
}
