// A portable site (--portable, src/site/portable.ts): the seeds built with their search index in
// several parts, copied to a folder whose path has a space and a non-ASCII letter, opened from
// disk (file://) in headless Chromium under the site's own Content-Security-Policy: the
// stylesheet applies, every link leads to a file, and search works, filters, order, all periods
// and highlighted excerpts included; a result's text fragment highlights its words; the feeds,
// sitemaps, manifest and report open and lead to the copy's pages. The same folder served over
// http searches with Pagefind's own module, and shows its not-found page, whose links stay
// root-relative, at any address. A rebuild after one changed article links the wrappers of the
// unchanged chunks.

import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
import {
  portablePagefind,
  PortableSearchError,
  portableUrl,
  WRAPPER_SUFFIX,
} from '../../src/site/portable.ts';
import {
  filterCheckbox,
  filterCounts,
  launchBrowser,
  resultCount,
  resultTitles,
} from '../helpers/browser.ts';
import { optionsIn } from '../helpers/options.ts';
import { SEEDS } from '../helpers/seeds-site.ts';
import { assertSameTree, elements, parseHtml } from '../helpers/site-files.ts';

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

/** The copy served over http from the root, started once. */
async function served(): Promise<RunningServer> {
  server ??= await startServer({ root: site, port: 0 });
  return server;
}

/** The colour site.css gives ::target-text, the words a text fragment highlights. */
const HIGHLIGHT = [0xff, 0xe2, 0x7a];

/** How many pixels of what `page` shows have the highlight's colour. */
async function highlightedPixels(page: Page): Promise<number> {
  const png = (await page.screenshot()).toString('base64');
  // Decoded by the browser, in a blank page (no Content-Security-Policy in the way).
  const blank = await browser.newPage();
  try {
    return await blank.evaluate(
      async ([base64, [r, g, b]]) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        [canvas.width, canvas.height] = [image.width, image.height];
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
        let count = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (data[i] === r && data[i + 1] === g && data[i + 2] === b) count++;
        }
        return count;
      },
      [png, HIGHLIGHT] as const,
    );
  } finally {
    await blank.close();
  }
}

/**
 * The file in the copy that a link in a file opened from disk leads to (resolved as the browser
 * resolves it), or null when it leads outside the copy or to no file.
 */
function fileOfLink(link: string, from: string): string | null {
  const target = new URL(link, from);
  if (target.protocol !== 'file:') return null;
  target.hash = '';
  target.search = '';
  const file = fileURLToPath(target);
  return file.startsWith(site + path.sep) && existsSync(file) && statSync(file).isFile()
    ? file
    : null;
}

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

  // Ordered by date, the dated results only, and the reader told how many undated were left
  // out (one rule, from disk as over http).
  await page.locator('#search-sort').selectOption('newest');
  await page.waitForURL(/sort=newest/);
  await page.locator('#search-message', { hasText: 'left out' }).waitFor();
  const newest = await resultTitles(page);
  assert.ok(newest.includes(TARGET), 'the dated story is listed');
  assert.ok(newest.length < titles.length, 'undated results are left out');
  assert.match(
    await page.locator('#search-message').innerText(),
    new RegExp(`; ${titles.length - newest.length} undated results? left out of the order by date`),
  );
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
  // The browser scrolls to the text fragment's first match, from file:// too, and paints it in
  // the highlight's colour, which the page without the fragment shows nowhere.
  await page.waitForFunction(() => window.scrollY > 0);
  assert.ok((await highlightedPixels(page)) > 0, 'the matched word is highlighted');
  const plain = await browser.newPage({ viewport: { width: 375, height: 640 } });
  await plain.goto(page.url().replace(/#.*$/, ''));
  await plain.evaluate((y) => window.scrollTo(0, y), await page.evaluate(() => window.scrollY));
  assert.equal(await highlightedPixels(plain), 0, 'nothing highlighted without the fragment');
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
  const server = await served();
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

test('from disk, the feeds, the manifest and the report open from the footer, and the feeds lead to the pages', async () => {
  const { page, errors } = await openFromDisk('index.html');
  const atom = 'http://www.w3.org/2005/Atom';
  /** The feed the page shows: its links, resolved as the browser resolves them. */
  const feedLinks = () =>
    page.evaluate(
      (ns) =>
        [...document.getElementsByTagNameNS(ns, 'link')].map((link) => ({
          rel: link.getAttribute('rel'),
          href: new URL(link.getAttribute('href') ?? '', document.baseURI).href,
        })),
      atom,
    );
  const article = (href: string) => /\/articles\/[^/]+\/index\.html$/.test(href);

  await page.getByRole('link', { name: 'Atom feed' }).click();
  await page.waitForURL(/\/feed\.xml$/);
  // Chromium shows the XML as a tree, the feed's own elements kept beside it.
  assert.deepEqual(
    await page.evaluate(
      (ns) => [document.contentType, document.getElementsByTagNameNS(ns, 'feed').length],
      atom,
    ),
    ['text/xml', 1],
  );
  let links = await feedLinks();
  assert.deepEqual(
    links.filter(({ href }) => fileOfLink(href, page.url()) === null),
    [],
    'every link of the site feed leads to a file of the copy',
  );
  // The seeds have one dated article, and a feed lists dated articles only.
  assert.equal(links.filter(({ href }) => article(href)).length, 1, 'the article’s link');
  assert.equal(links.find(({ rel }) => rel === 'self')?.href, page.url());

  // A topic's feed, from the topic page's <link rel="alternate">.
  await page.goto(fileUrl('topics/china/index.html'));
  const topicFeed = await page
    .locator('head link[rel="alternate"][type="application/atom+xml"]')
    .last()
    .getAttribute('href');
  await page.goto(new URL(topicFeed ?? '', page.url()).href);
  await page.waitForURL(/\/topics\/china\/feed\.xml$/);
  links = await feedLinks();
  assert.deepEqual(
    links.filter(({ href }) => fileOfLink(href, page.url()) === null),
    [],
  );
  assert.ok(links.some(({ href }) => article(href)));

  // The manifest and the removals report, as the browser shows them: the files' JSON.
  for (const [name, file] of [
    ['Manifest (archive.json)', 'archive.json'],
    ['Removals report (report.json)', 'report.json'],
  ] as const) {
    await page.goto(fileUrl('index.html'));
    await page.getByRole('link', { name }).click();
    await page.waitForURL(new RegExp(`/${file.replace('.', '\\.')}$`));
    const shown = await page.evaluate(
      () => (document.querySelector('pre') ?? document.body).textContent ?? '',
    );
    assert.deepEqual(JSON.parse(shown), JSON.parse(await readFile(path.join(site, file), 'utf8')));
  }
  // The manifest's addresses are the site's: each is a folder of the copy, from its root.
  const manifest = JSON.parse(await readFile(path.join(site, 'archive.json'), 'utf8')) as {
    articles: { url: string }[];
  };
  assert.deepEqual(
    manifest.articles
      .map(({ url }) => url)
      .filter((url) => !existsSync(path.join(site, url, 'index.html'))),
    [],
  );
  assert.deepEqual(errors, []);
});

test('the sitemap, with no site URL, lists each page relative to itself: every entry a file of the copy', async () => {
  const locs = async (file: string) =>
    [...(await readFile(file, 'utf8')).matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
  const index = fileUrl('sitemap.xml');
  const pages: string[] = [];
  for (const part of await locs(path.join(site, 'sitemap.xml'))) {
    const file = fileOfLink(part, index);
    assert.ok(file, `sitemap part ${part}`);
    pages.push(...(await locs(file)).map((loc) => new URL(loc, pathToFileURL(file)).href));
  }
  assert.deepEqual(
    pages.filter((url) => fileOfLink(url, index) === null),
    [],
  );
  const manifest = JSON.parse(await readFile(path.join(site, 'archive.json'), 'utf8')) as {
    articles: { url: string }[];
  };
  for (const { url } of manifest.articles) {
    assert.ok(pages.includes(fileUrl(`${url.slice(1)}index.html`)), `${url} in the sitemap`);
  }
});

test('the not-found page keeps links from the root, where a server shows it at any address', async () => {
  const markup = parseHtml(await readFile(path.join(site, '404.html'), 'utf8'));
  const links = elements(markup)
    .map((element) => element.attribs.href ?? element.attribs.src)
    .filter((link): link is string => link !== undefined && !link.startsWith('#'));
  assert.ok(links.length > 5);
  assert.deepEqual(
    links.filter((link) => !link.startsWith('/')),
    [],
  );

  const { url } = await served();
  const page = await browser.newPage();
  const response = await page.goto(`${url}no/such/page/`);
  assert.equal(response?.status(), 404);
  assert.equal(await page.locator('h1').innerText(), 'Page not found');
  const measure = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--measure').trim(),
  );
  assert.equal(measure, '56ch', 'site.css is applied three folders down');
  await page.getByRole('main').getByRole('link', { name: 'archive', exact: true }).click();
  await page.waitForURL(`${url}archive/`);
  assert.equal(await page.title().then((title) => title.startsWith('Page not found')), false);
});

test('a rebuild after one article changed links the wrappers of the unchanged chunks of its re-indexed part', async () => {
  const work = path.join(dir, 'incremental');
  const input = path.join(work, 'input');
  await cp(SEEDS, input, { recursive: true });
  const options = optionsIn(work, input, { portable: true, articlesPerSearchIndex: 2 });
  await build(options);
  const wrappers = async (root: string) => {
    const inodes = new Map<string, number>();
    for (const file of await readdir(path.join(root, 'pagefind'), { recursive: true })) {
      if (/\.(pf_\w+|pagefind|json)\.js$/.test(file)) {
        inodes.set(file, (await stat(path.join(root, 'pagefind', file))).ino);
      }
    }
    return inodes;
  };
  const before = await wrappers(options.output);

  // One word of one article's body: the part that holds it is indexed again.
  const changed = path.join(input, '002_a5bee99aa457aab1.txt');
  const text = await readFile(changed, 'utf8');
  assert.ok(text.includes('refused to elaborate further'));
  await writeFile(changed, text.replace('refused to elaborate further', 'declined to elaborate'));
  const lockBefore = path.join(work, 'lock-before.json');
  await cp(options.lock, lockBefore);
  const summary = await build(options);
  assert.equal(summary.reused.parts, summary.reused.partCount - 1, 'one part re-indexed');
  const after = await wrappers(options.output);

  // The re-indexed part: the one whose metadata file (named by a hash of its content) is new.
  const newMeta = [...after.keys()].filter(
    (file) => /\.pf_meta\.js$/.test(file) && !before.has(file),
  );
  assert.equal(newMeta.length, 1, JSON.stringify(newMeta));
  const part = path.dirname(newMeta[0]!);
  const inPart = [...after.keys()].filter((file) =>
    /^(index|filter|fragment)$/.test(path.relative(part, path.dirname(file))),
  );
  const kept = inPart.filter((file) => before.has(file));
  const made = inPart.filter((file) => !before.has(file));
  assert.ok(
    kept.some((file) => file.includes('fragment')),
    'an unchanged article of the part',
  );
  assert.ok(
    made.some((file) => file.includes('fragment')),
    'the changed article has a new fragment',
  );
  assert.deepEqual(
    kept.filter((file) => after.get(file) !== before.get(file)),
    [],
    'the wrappers of unchanged chunks are the published files, linked',
  );
  assert.ok(made.every((file) => file.endsWith(WRAPPER_SUFFIX)));

  // And the site is the one a clean build of the same input writes.
  const clean = await build({
    ...options,
    output: path.join(work, 'clean'),
    work: path.join(work, 'clean-work'),
    lock: lockBefore,
  });
  await assertSameTree(options.output, clean.output);
});
