// The site stage on its own, fed synthetic articles the seeds do not have: many dates (to see the
// order control sort), hostile markup in titles, topics and sources (which must stay text), and
// right-to-left text.

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/serve.ts';
import { HOSTILE_TITLE, syntheticArticles } from '../helpers/articles.ts';
import {
  assertClean,
  filterCheckbox,
  filterCounts,
  launchBrowser,
  openPage,
  resultTitles,
} from '../helpers/browser.ts';
import { buildSyntheticSite, generatedArticles } from '../helpers/synthetic-site.ts';

const articles = [...syntheticArticles(), ...generatedArticles(30)];
let dir: string;
let server: RunningServer;
let browser: Browser;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-synthetic-site-'));
  const out = path.join(dir, 'dist');
  await buildSyntheticSite(out, {}, articles);
  server = await startServer({ root: out, port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

test('results can be ordered newest or oldest first', async () => {
  const dateOf = new Map(articles.map((article) => [article.title, article.date?.value]));
  const { page, watch } = await openPage(browser, `${server.url}search/?q=generated`);
  const byRelevance = await resultTitles(page);
  assert.equal(byRelevance.length, 30);
  for (const order of ['newest', 'oldest'] as const) {
    await page.locator('#search-sort').selectOption(order);
    await page.waitForURL(new RegExp(`sort=${order}`));
    const dates = (await resultTitles(page)).map((title) => dateOf.get(title));
    assert.equal(dates.length, 27, 'the three undated articles are left out');
    const sorted = dates.toSorted();
    assert.deepEqual(dates, order === 'oldest' ? sorted : sorted.reverse());
  }
  await page.locator('#search-sort').selectOption('relevance');
  await page.waitForURL((url) => !url.searchParams.has('sort'));
  assert.equal((await resultTitles(page)).length, 30);
  assertClean(watch);
});

test('markup in titles, topics and sources is shown as text in search results', async () => {
  const { page, watch } = await openPage(browser, `${server.url}search/?q=zebrafish`);
  assert.deepEqual(await resultTitles(page), [HOSTILE_TITLE]);
  assert.equal(await page.locator('#search img, #search script, #search b, #search i').count(), 0);
  // Filter values have their angle brackets swapped for look-alikes (see pagefindFilterValue).
  assert.deepEqual([...(await filterCounts(page, 'topic')).keys()], ['＜i＞Topic＜/i＞']);
  assert.deepEqual(
    [...(await filterCounts(page, 'source')).keys()],
    ['＜b＞Bold＜/b＞ ＆lt;i＆gt;source'],
  );
  await filterCheckbox(page, 'topic', '＜i＞Topic＜/i＞').check();
  assert.deepEqual(await resultTitles(page), [HOSTILE_TITLE]);

  await page.locator('.search-result-link').click();
  await page.waitForURL((url) => url.pathname.endsWith('/articles/hostile-markup/'));
  assert.equal(await page.locator('h1').innerText(), HOSTILE_TITLE);
  assert.equal(await page.locator('main img, main script:not([src]), main b, main i').count(), 0);
  assertClean(watch);
});

test('a right-to-left article is marked so, and the site around it is not', async () => {
  const { page, watch } = await openPage(browser, `${server.url}articles/arabic-article/`);
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  for (const chrome of ['header.site-header', 'footer', 'aside']) {
    assert.equal(await page.locator(chrome).getAttribute('dir'), 'ltr', chrome);
  }
  assertClean(watch);
});
