// A search index built in parts (as large archives are: searchIndexes in src/site/model.ts),
// searched in headless Chromium: the seeds are built with at most two articles per part, so
// their five stories lie in three parts, and a reader must still find each of them, and see
// filter counts over all of them, from the one search box.

import assert from 'node:assert/strict';
import { access, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/serve.ts';
import type { Manifest } from '../../src/types.ts';
import {
  assertClean,
  filterCounts,
  launchBrowser,
  openPage,
  resultTitles,
} from '../helpers/browser.ts';
import { buildSeeds } from '../helpers/seeds-site.ts';

let dir: string;
let out: string;
let manifest: Manifest;
let server: RunningServer;
let browser: Browser;

before(async () => {
  ({ dir, out, manifest } = await buildSeeds('archive-split-index-', {
    basePath: '/news/',
    articlesPerSearchIndex: 2,
  }));
  server = await startServer({ root: out, port: 0, basePath: '/news/' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

test('the index is written in parts, and the search page names the parts after the first', async () => {
  const search = await readFile(path.join(out, 'search', 'index.html'), 'utf8');
  const listed = /data-more-indexes="([^"]*)"/.exec(search)?.[1]?.replaceAll('&quot;', '"');
  const parts = JSON.parse(listed ?? '[]') as string[];
  // Two articles a part at most, whole years together when they fit.
  assert.ok(parts.length >= Math.ceil(manifest.articles.length / 2) - 1, JSON.stringify(parts));
  for (const part of ['pagefind/', ...parts]) {
    await access(path.join(out, part, 'pagefind-entry.json'));
  }
});

/** The title's longest word: one word, so the query does not hang on how Pagefind joins terms. */
function queryFor(title: string): string {
  const words = title.match(/[\p{L}]+/gu) ?? [];
  return words.reduce((a, b) => (b.length > a.length ? b : a), '');
}

test('every story is found from the one search box, whichever part holds it', async () => {
  const { page, watch } = await openPage(browser, `${server.url}search/`);
  for (const { title } of manifest.articles) {
    const query = queryFor(title);
    await page.locator('.pagefind-ui__search-input').fill(query);
    // The previous query's results stay up until this one's arrive.
    await page.locator('.pagefind-ui__message', { hasText: `for ${query}` }).waitFor();
    const titles = await resultTitles(page);
    assert.ok(titles.includes(title), `"${title}" among ${JSON.stringify(titles)}`);
  }
  assertClean(watch);
});

test('filter counts add up over every part', async () => {
  const { page, watch } = await openPage(browser, `${server.url}search/`);
  await page.locator('.pagefind-ui__search-input').fill('said');
  const titles = await resultTitles(page);
  assert.ok(titles.length >= 3, `results for "said": ${JSON.stringify(titles)}`);
  const results = manifest.articles.filter((a) => titles.includes(a.title));
  const counts = await filterCounts(page, 'topic');
  assert.ok(counts.size > 0);
  for (const [topic, count] of counts) {
    const expected = results.filter((a) => a.topics.includes(topic)).length;
    assert.equal(count, expected, `topic "${topic}"`);
  }
  assertClean(watch);
});
