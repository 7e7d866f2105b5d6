// A portable site (--portable, src/site/portable.ts): the seeds built with their search index in
// several parts, copied to a folder whose path has a space and a non-ASCII letter, opened from
// disk (file://) in headless Chromium under the site's own Content-Security-Policy: the
// stylesheet applies, every link leads to a file, and search works, filters, order, all periods
// and highlighted excerpts included. The same folder served over http searches with Pagefind's
// own module.

import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { build } from '../../src/build.ts';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { defaultOptions } from '../../src/options.ts';
import { buildSiteModel } from '../../src/site/model.ts';
import { startServer, type RunningServer } from '../../src/serve.ts';
import { portablePagefind, PortableSearchError, portableUrl } from '../../src/site/portable.ts';
import {
  filterCheckbox,
  filterCounts,
  launchBrowser,
  resultCount,
  resultTitles,
} from '../helpers/browser.ts';
import { optionsIn } from '../helpers/options.ts';
import { SEEDS } from '../helpers/seeds-site.ts';
import { elements, parseHtml } from '../helpers/site-files.ts';

const TARGET = 'N Korean elite trying to flee country';

let dir: string;
/** The copy opened from disk. */
let site: string;
let browser: Browser;
let server: RunningServer | undefined;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-portable-'));
  // Two articles a part: the seeds' index is in several parts, merged for "all periods".
  await build(optionsIn(dir, SEEDS, { portable: true, articlesPerSearchIndex: 2 }));
  site = path.join(dir, 'Offline copy ü', 'archive');
  await mkdir(path.dirname(site), { recursive: true });
  await cp(path.join(dir, 'dist'), site, { recursive: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const fileUrl = (file: string) => pathToFileURL(path.join(site, file)).href;

/** A page opened from disk, with the errors it logs and the requests that fail. */
async function openFromDisk(file: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
      errors.push(`${request.url()}: ${request.failure()?.errorText}`);
    }
  });
  await page.goto(fileUrl(file));
  return { page, errors };
}

test('links are relative to the page, folders as their index.html', () => {
  assert.equal(portableUrl('/topics/', '/articles/x/'), '../../topics/index.html');
  assert.equal(portableUrl('/', '/'), 'index.html');
  assert.equal(portableUrl('/articles/x/#sources', '/articles/x/'), 'index.html#sources');
  assert.equal(portableUrl('/assets/site.css', '/search/'), '../assets/site.css');
  assert.equal(portableUrl('/raw/a%20b.txt', '/articles/x/'), '../../raw/a%20b.txt');
  assert.equal(portableUrl('#main', '/articles/x/'), '#main');
  assert.equal(portableUrl('https://example.org/', '/'), 'https://example.org/');
  assert.equal(portableUrl('/topics/', '/404.html', '/news/'), '/news/topics/');
});

test('"portable" in the config, and in the site model only when set', () => {
  assert.equal(parseConfig({ portable: true }, 'a.json').portable, true);
  assert.equal(parseConfig({}, 'a.json').portable, undefined);
  assert.throws(() => parseConfig({ portable: 'yes' }, 'a.json'), ConfigError);
  assert.equal(buildSiteModel([], { ...defaultOptions, portable: true }).site.portable, true);
  // The default site's model, and so its pages' fingerprints, are as before the option.
  assert.ok(!('portable' in buildSiteModel([], defaultOptions).site));
});

test('from disk, the stylesheet applies and every link of every page leads to a file', async () => {
  const { page, errors } = await openFromDisk('index.html');
  const measure = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--measure').trim(),
  );
  assert.equal(measure, '56ch', 'site.css is applied');
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Topics' })
    .click();
  await page.waitForURL(/\/topics\/index\.html$/);
  assert.deepEqual(errors, []);

  // A crawl from the home page: each page's links, resolved as the browser does from file://.
  const seen = new Set<string>();
  const queue = [pathToFileURL(path.join(site, 'index.html')).href];
  const broken: string[] = [];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const markup = parseHtml(await readFile(fileURLToPath(url), 'utf8'));
    for (const element of elements(markup)) {
      const attributes = element.attribs;
      let link = attributes.href ?? attributes.src;
      if (element.name === 'meta' && /refresh/i.test(attributes['http-equiv'] ?? '')) {
        link = /url=(.*)$/i.exec(attributes.content ?? '')?.[1];
      }
      if (link === undefined || /^(https?|mailto|data):/.test(link) || link.startsWith('#')) {
        continue;
      }
      const target = new URL(link, url);
      target.hash = '';
      target.search = '';
      const file = fileURLToPath(target);
      if (!file.startsWith(site + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
        broken.push(`${path.relative(site, fileURLToPath(url))}: ${link}`);
      } else if (file.endsWith('.html')) {
        queue.push(target.href);
      }
    }
  }
  assert.deepEqual(broken, []);
  // Every page but the not-found page (whose links stay root-relative) is reached.
  const pages = (await readdir(site, { recursive: true }))
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind') && file !== '404.html')
    .map((file) => pathToFileURL(path.join(site, file)).href);
  assert.deepEqual(
    pages.filter((url) => !seen.has(url)),
    [],
  );
});

test('from disk, search finds, highlights, filters, orders and opens its results', async () => {
  const { page, errors } = await openFromDisk('search/index.html');
  // The newest part holds 2 articles; the story is found when every period is searched.
  await page.locator('#search-period').selectOption('all');
  await page.waitForURL(/period=all/);
  await page.locator('#search-input').pressSequentially('defectors');
  const titles = await resultTitles(page);
  assert.ok(titles.includes(TARGET), `"${TARGET}" among ${JSON.stringify(titles)}`);
  assert.ok((await page.locator('.search-result-excerpt mark').count()) > 0, 'marked excerpts');

  const counts = await filterCounts(page, 'topic');
  const [topic, count] = [...counts].sort((a, b) => a[1] - b[1])[0]!;
  assert.ok(count < titles.length, `topic "${topic}" (${count}) narrows ${titles.length} results`);
  await filterCheckbox(page, 'topic', topic).check();
  await page.locator('#search-message', { hasText: `${count} result` }).waitFor();
  assert.equal((await resultTitles(page)).length, count);
  await filterCheckbox(page, 'topic', topic).uncheck();
  assert.deepEqual((await resultTitles(page)).sort(), [...titles].sort());

  // Ordered by date, the same results come in another order. (Across merged parts, Pagefind
  // orders each part's results and lists the parts in turn, over http too.)
  await page.locator('#search-sort').selectOption('newest');
  await page.waitForURL(/sort=newest/);
  const newest = await resultTitles(page);
  assert.deepEqual([...newest].sort(), [...titles].sort());
  assert.notDeepEqual(newest, titles);
  await page.locator('#search-sort').selectOption('relevance');
  await resultCount(page);

  const link = page.locator('.search-result-link', { hasText: TARGET });
  assert.match((await link.getAttribute('href')) ?? '', /\/articles\/[^/]+\/index\.html#:~:text=/);
  await link.click();
  await page.waitForURL(/\/articles\/[^/]+\/index\.html/);
  assert.equal(await page.locator('h1').innerText(), TARGET);
  assert.deepEqual(errors, []);
});

test('from disk, following a result highlights the matched word on the article page', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 640 } });
  await page.goto(`${fileUrl('search/index.html')}?period=all&q=currying`);
  const link = page.locator('.search-result-link', { hasText: TARGET });
  assert.match((await link.getAttribute('href')) ?? '', /index\.html#:~:text=currying$/);
  await link.click();
  await page.waitForURL(/\/articles\//);
  await page.locator('h1').waitFor();
  // The browser scrolls to the text fragment's first match, from file:// too.
  await page.waitForFunction(() => window.scrollY > 0);
});

test('a Pagefind script of another version or shape is refused with a message', async () => {
  const source = await readFile(path.join(site, 'pagefind/pagefind.js'), 'utf8');
  assert.match(portablePagefind(source), /window\.__pagefindPortable=\{/);
  const version = /pagefind_version="([^"]+)"/.exec(source)?.[1] ?? '';
  assert.throws(
    () => portablePagefind(source.replace(`"${version}"`, '"9.9.9"')),
    (error) => error instanceof PortableSearchError && /Pagefind 9\.9\.9/.test(error.message),
  );
  assert.throws(
    () => portablePagefind(source.replace('var hasWorkerSupport=', 'var workerSupport=')),
    (error) => error instanceof PortableSearchError && /--portable/.test(error.message),
  );
});

test('from disk, the newest period is searched by default', async () => {
  const { page, errors } = await openFromDisk('search/index.html');
  const newest = await page.locator('#search-period option').first().getAttribute('value');
  assert.equal(await page.locator('#search-period').inputValue(), newest);
  await page.locator('#search-input').fill('the');
  assert.ok((await resultCount(page)) <= 2, 'one part of two articles');
  assert.deepEqual(errors, []);
});

test('the same folder served over http searches with Pagefind’s own module', async () => {
  server = await startServer({ root: site, port: 0 });
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}search/?period=all&q=defectors`);
  assert.ok((await resultTitles(page)).includes(TARGET));
  assert.ok(requested.includes('/pagefind/pagefind.js'));
  assert.deepEqual(
    requested.filter(
      (url) => url.endsWith('.js') && url.includes('pagefind/') && !url.endsWith('/pagefind.js'),
    ),
    requested.filter((url) => url.endsWith('pagefind-worker.js')),
    'no portable script nor wrapped file over http',
  );
  const link = page.locator('.search-result-link', { hasText: TARGET });
  await link.click();
  await page.waitForURL(/\/articles\/[^/]+\/(#.*)?$/);
  assert.equal(await page.locator('h1').innerText(), TARGET);
});
