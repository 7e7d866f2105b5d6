// A search index built in parts (as large archives are: searchIndexes in src/site/model.ts),
// searched in headless Chromium: the seeds are built with at most two articles per part, so
// their stories lie in several parts. The search page searches the newest part and downloads
// nothing of the others; a reader who chooses a period searches that part, and one who chooses
// all years finds every story, with filter counts over all of them, from the one search box.

import assert from 'node:assert/strict';
import { access, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { isSite, SITE_MARKER } from '../../src/ownership.ts';
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
import { assertSameTree } from '../helpers/site-files.ts';

let dir: string;
let out: string;
let manifest: Manifest;
let server: RunningServer;
let browser: Browser;
let searchPage: string;
/** The parts of the search index, as the search page lists them. */
let parts: Part[];

interface Part {
  key: string;
  path: string;
  years: string[];
}

before(async () => {
  ({ dir, out, manifest } = await buildSeeds('archive-split-index-', {
    basePath: '/news/',
    articlesPerSearchIndex: 2,
  }));
  searchPage = await readFile(path.join(out, 'search', 'index.html'), 'utf8');
  const listed = /data-indexes=(?:'([^']*)'|"([^"]*)")/.exec(searchPage);
  parts = JSON.parse((listed?.[1] ?? listed?.[2] ?? '[]').replaceAll('&quot;', '"')) as Part[];
  server = await startServer({ root: out, port: 0, basePath: '/news/' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

test('the index is written in parts, and the search page offers each period and all years', async () => {
  // Two articles a part at most, whole years together when they fit.
  assert.ok(parts.length >= Math.ceil(manifest.articles.length / 2), JSON.stringify(parts));
  assert.equal(parts[0]?.path, 'pagefind/');
  for (const part of parts) await access(path.join(out, part.path, 'pagefind-entry.json'));
  const options = [...searchPage.matchAll(/<option value="([^"]*)">([^<]*)<\/option>/g)];
  const periods = options.filter(
    ([, value]) => !['relevance', 'newest', 'oldest'].includes(value ?? ''),
  );
  assert.deepEqual(
    periods.map(([, value]) => value),
    [...parts.map((p) => p.key), 'all'],
  );
  assert.match(
    periods.at(-1)?.[2] ?? '',
    new RegExp(`^All years: ${manifest.articles.length} articles$`),
  );
});

test('the parts are the same, byte for byte, when the archive is built again', async () => {
  const again = await buildSeeds('archive-split-index-again-', {
    basePath: '/news/',
    articlesPerSearchIndex: 2,
  });
  try {
    await assertSameTree(path.join(out, 'pagefind'), path.join(again.out, 'pagefind'));
    // The folders the parts' pages were linked into for Pagefind are not published: they
    // wait beside the site, with the site a build replaces, for the next build to remove. Of
    // the dot files, the site has only the marker that makes it the tool's (src/ownership.ts),
    // and so does the folder they wait in.
    assert.deepEqual(
      (await readdir(out)).filter((name) => name.startsWith('.')),
      [SITE_MARKER],
    );
    const leftovers = (await readdir(`${out}.previous`)).filter(
      (name) => name.startsWith('.') && name !== SITE_MARKER,
    );
    assert.equal(leftovers.length, parts.length, leftovers.join(', '));
    assert.ok(await isSite(`${out}.previous`), 'the folder of leftovers is not marked');
  } finally {
    await rm(again.dir, { recursive: true, force: true });
  }
});

/** The title's longest word: one word, so the query does not hang on how Pagefind joins terms. */
function queryFor(title: string): string {
  const words = title.match(/[\p{L}]+/gu) ?? [];
  return words.reduce((a, b) => (b.length > a.length ? b : a), '');
}

/** The article titles indexed in a part, read from the built site's article pages. */
async function titlesIn(part: Part): Promise<string[]> {
  const urls = await pagefindUrls(path.join(out, part.path));
  return manifest.articles.filter((a) => urls.has(a.url)).map((a) => a.title);
}

/** The page addresses a Pagefind bundle indexes, from its fragments (gzipped JSON). */
async function pagefindUrls(bundle: string): Promise<Set<string>> {
  const urls = new Set<string>();
  for (const name of await readdir(path.join(bundle, 'fragment'))) {
    const fragment = JSON.parse(
      gunzipSync(await readFile(path.join(bundle, 'fragment', name)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ) as { url: string };
    urls.add(fragment.url);
  }
  return urls;
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-input').fill(query);
  // The previous query's results stay up until this one's arrive.
  const message = page.locator('#search-message', { hasText: `for ${query}` });
  await message.waitFor();
  if ((await message.textContent())?.startsWith('No results')) return [];
  return resultTitles(page);
}

test('the search page searches the newest part, and downloads nothing of the others', async () => {
  const { page, watch } = await openPage(browser, `${server.url}search/`);
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  const newest = await titlesIn(parts[0] as Part);
  const older = manifest.articles.filter((a) => !newest.includes(a.title));
  assert.ok(newest.length > 0 && older.length > 0);
  assert.equal(await page.locator('#search-period').inputValue(), parts[0]?.key);
  for (const title of newest) {
    assert.ok((await search(page, queryFor(title))).includes(title), title);
  }
  for (const { title } of older) {
    assert.ok(
      !(await search(page, queryFor(title))).includes(title),
      `${title} is in an older part`,
    );
  }
  const otherParts = requested.filter((url) => url.includes('/pagefind/part-'));
  assert.deepEqual(otherParts, [], 'requests to other parts');
  assertClean(watch);
});

test('choosing a period searches that part, and keeps it in the address', async () => {
  const chosen = parts[parts.length - 1] as Part;
  const { page, watch } = await openPage(browser, `${server.url}search/`);
  await page.locator('#search-input').waitFor();
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get('period') === chosen.key),
    page.locator('#search-period').selectOption(chosen.key),
  ]);
  const inPart = await titlesIn(chosen);
  const outside = manifest.articles.filter((a) => !inPart.includes(a.title));
  for (const title of inPart) {
    assert.ok((await search(page, queryFor(title))).includes(title), title);
  }
  for (const { title } of outside) {
    assert.ok(
      !(await search(page, queryFor(title))).includes(title),
      `${title} is in another part`,
    );
  }
  assert.equal(new URL(page.url()).searchParams.get('period'), chosen.key);
  assertClean(watch);
});

test('with all years chosen, every story is found from the one search box', async () => {
  const { page, watch } = await openPage(browser, `${server.url}search/?period=all`);
  for (const { title } of manifest.articles) {
    assert.ok((await search(page, queryFor(title))).includes(title), title);
  }
  assertClean(watch);
});

test('with all years chosen, filter counts add up over every part', async () => {
  const { page, watch } = await openPage(browser, `${server.url}search/?period=all`);
  const titles = await search(page, 'said');
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

test('with all years chosen, an order by date lists the dated results and counts the rest', async () => {
  // Searching parts merged, Pagefind orders by score whatever the sort: undated results were
  // listed among the dated ones "newest first".
  const { page, watch } = await openPage(browser, `${server.url}search/?period=all`);
  const byRelevance = await search(page, 'said');
  await page.locator('#search-sort').selectOption('newest');
  await page.locator('#search-message', { hasText: 'left out' }).waitFor();
  const dated = manifest.articles.filter((a) => a.date).map((a) => a.title);
  const expected = byRelevance.filter((title) => dated.includes(title));
  assert.ok(
    expected.length > 0 && expected.length < byRelevance.length,
    'dated and undated results',
  );
  assert.deepEqual((await resultTitles(page)).sort(), [...expected].sort());
  const leftOut = byRelevance.length - expected.length;
  assert.match(
    await page.locator('#search-message').innerText(),
    new RegExp(`; ${leftOut} undated results? left out of the order by date\\.$`),
  );
  assertClean(watch);
});
