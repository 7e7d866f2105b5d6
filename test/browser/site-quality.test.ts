// What a reader notices about the site as a whole, in headless Chromium over localhost: every
// kind of page passes axe-core, works from the keyboard, fits a 375 px phone in light and dark,
// reads at a comfortable line length, prints cleanly, stays on its own host and under its base
// path, and is light. The real seeds are built under /news/; a synthetic site (also under
// /news/) adds what the seeds lack: unbroken long words and URLs, long source paths, and a
// right-to-left article.

import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { build } from '../../src/build.ts';
import { defaultOptions } from '../../src/options.ts';
import { startServer, type RunningServer } from '../../src/serve.ts';
import { makeArticle, syntheticArticles } from '../helpers/articles.ts';
import {
  axeViolations,
  focused,
  launchBrowser,
  openFilters,
  resultCount,
  tabTo,
  watchPage,
} from '../helpers/browser.ts';
import { fileFor, sitemapUrls } from '../helpers/site-files.ts';
import { buildSyntheticSite } from '../helpers/synthetic-site.ts';

const BASE = '/news/';

/** Every kind of page, by its address under the base path. */
const KINDS = {
  home: /^\/news\/$/,
  article: /^\/news\/articles\/[^/]+\/$/,
  topics: /^\/news\/topics\/$/,
  topic: /^\/news\/topics\/[^/]+\/$/,
  archive: /^\/news\/archive\/$/,
  year: /^\/news\/archive\/\d{4}\/$/,
  month: /^\/news\/archive\/\d{4}\/\d{2}\/$/,
  sources: /^\/news\/sources\/$/,
  source: /^\/news\/sources\/[^/]+\/$/,
  search: /^\/news\/search\/$/,
};
type Kind = keyof typeof KINDS;
/** Pages that must run no JavaScript at all. */
const SCRIPT_FREE: Kind[] = [
  'home',
  'article',
  'topics',
  'topic',
  'archive',
  'year',
  'month',
  'sources',
  'source',
];
/** A search of the seeds that finds several articles, so results and filters show. */
const QUERY = 'korea';

// Text scraped pages really carry: one very long word, and a URL with no break opportunity.
const LONG_WORD =
  'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetzesänderungsvorschlag';
const LONG_URL = `https://example.com/${'a-very-long-path-segment-'.repeat(8)}index.html?ref=${'x'.repeat(60)}`;
const LONG_PATH = `scraped/${'a-deeply-nested-folder-name/'.repeat(4)}${'y'.repeat(80)}.txt`;

/** An article whose every field is too long for a phone, with a table and code in its body. */
function longArticle() {
  const article = makeArticle({
    slug: 'long-words',
    title: `The ${LONG_WORD} affair`,
    standfirst: `Read it at ${LONG_URL}`,
    date: ['2022-02-02', 'day'],
    source: `The ${LONG_WORD} Gazette`,
    byline: LONG_WORD,
    topics: [{ name: LONG_WORD, slug: 'long-word', kind: 'organization' }],
    paragraphs: [`The full text is at ${LONG_URL} for now.`, `${LONG_WORD}.`],
    sources: [{ path: LONG_PATH, role: 'canonical', covered: 1 }],
  });
  // Markup the pipeline does not produce today, but an article body may one day hold.
  const cells = Array.from({ length: 12 }, (_, i) => `<td>Column ${i} ${LONG_WORD}</td>`);
  article.bodyHtml +=
    `\n<table><tr>${cells.join('')}</tr></table>` +
    `\n<pre><code>${'const line = "no break in this line of code";'.repeat(6)}</code></pre>`;
  return article;
}

interface Site {
  out: string;
  server: RunningServer;
  /** Page addresses from the sitemap, as paths under the base path. */
  pages: string[];
}

let dir: string;
let seeds: Site;
let synthetic: Site;
let browser: Browser;
/** For each kind, the seeds page every test looks at (server URL). */
let pageOf: Record<Kind, string>;
/** The seeds article with the biggest page. */
let heaviestArticle: string;

async function serve(out: string): Promise<Site> {
  const server = await startServer({ root: out, port: 0, basePath: BASE });
  const pages = (await sitemapUrls(out, BASE)).map((loc) => new URL(loc, server.url).pathname);
  return { out, server, pages };
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-quality-'));
  await build({
    ...defaultOptions,
    input: path.join(import.meta.dirname, '../../seeds'),
    output: path.join(dir, 'seeds'),
    work: path.join(dir, 'work'),
    lock: path.join(dir, 'archive.lock.json'),
    basePath: BASE,
    progress: false,
  });
  await buildSyntheticSite(path.join(dir, 'synthetic'), { basePath: BASE }, [
    ...syntheticArticles(),
    longArticle(),
  ]);
  seeds = await serve(path.join(dir, 'seeds'));
  synthetic = await serve(path.join(dir, 'synthetic'));
  browser = await launchBrowser();

  const missing: string[] = [];
  const chosen: Partial<Record<Kind, string>> = {};
  for (const [kind, pattern] of Object.entries(KINDS) as [Kind, RegExp][]) {
    const found = seeds.pages.filter((page) => pattern.test(page));
    if (found.length === 0) missing.push(kind);
    else chosen[kind] = new URL(found[0]!, seeds.server.url).href;
  }
  assert.deepEqual(missing, [], `the sitemap has no page of these kinds`);
  // The article with the most to show (and to weigh): the biggest page.
  const articles = seeds.pages.filter((page) => KINDS.article.test(page));
  const sizes = await Promise.all(
    articles.map(async (page) => (await stat(fileFor(seeds.out, BASE, page)!)).size),
  );
  heaviestArticle = new URL(articles[sizes.indexOf(Math.max(...sizes))]!, seeds.server.url).href;
  chosen.article = heaviestArticle;
  chosen.search = `${chosen.search}?q=${QUERY}`;
  pageOf = chosen as Record<Kind, string>;
});

after(async () => {
  await browser?.close();
  await seeds?.server.close();
  await synthetic?.server.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens url; on the search page waits for results and opens every filter group. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  if (new URL(url).pathname.endsWith('/search/')) {
    await resultCount(page);
    await openFilters(page);
  }
}

async function withContext<T>(
  options: BrowserContextOptions,
  use: (context: BrowserContext, page: Page) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext(options);
  try {
    return await use(context, await context.newPage());
  } finally {
    await context.close();
  }
}

/** The synthetic pages that carry the long text, and the right-to-left article. */
function syntheticPages(): string[] {
  const wanted = [
    /\/articles\/(long-words|arabic-article)\/$/,
    /\/topics\/(long-word\/)?$/,
    /\/sources\//,
    /\/news\/$/,
  ];
  return synthetic.pages
    .filter((page) => wanted.some((pattern) => pattern.test(page)))
    .map((page) => new URL(page, synthetic.server.url).href);
}

test('axe-core finds no accessibility violations on any kind of page', async () => {
  const pages = [...Object.values(pageOf), ...syntheticPages()];
  const violations = await withContext({ bypassCSP: true }, async (_, page) => {
    const found: string[] = [];
    for (const url of pages) {
      await visit(page, url);
      for (const violation of await axeViolations(page)) found.push(`${url}: ${violation}`);
    }
    return found;
  });
  assert.deepEqual(violations, []);
});

test('at 375 px wide no page scrolls sideways, and dark mode keeps text readable', async () => {
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await withContext(
      { bypassCSP: true, viewport: { width: 375, height: 740 }, colorScheme },
      async (_, page) => {
        const pages = [
          ...Object.values(pageOf),
          ...(colorScheme === 'light' ? syntheticPages() : []),
        ];
        for (const url of pages) {
          await visit(page, url);
          const { scrollWidth, clientWidth, background } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
            background: getComputedStyle(document.body).backgroundColor,
          }));
          if (scrollWidth > clientWidth) {
            problems.push(`${colorScheme} ${url}: ${scrollWidth} px wide in ${clientWidth} px`);
          }
          // The page follows the system setting: a dark background in dark mode, light in light.
          const dark = luminance(background) < 0.2;
          if (dark !== (colorScheme === 'dark')) {
            problems.push(`${colorScheme} ${url}: background ${background}`);
          }
          if (colorScheme === 'dark') {
            for (const violation of await axeViolations(page, ['color-contrast'])) {
              problems.push(`dark ${url}: ${violation}`);
            }
          }
        }
      },
    );
  }
  assert.deepEqual(problems, []);
});

test('on a phone the header is the title and one line of links, and table headers keep whole words', async () => {
  await withContext({ viewport: { width: 375, height: 640 } }, async (_, page) => {
    await page.goto(pageOf.sources);
    // The navigation wrapped to two lines: a 136 px header, a fifth of the screen.
    const header = (await page.locator('.site-header').boundingBox())!;
    assert.ok(header.height <= 100, `the header is ${header.height} px high`);
    const tops = await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `the site links sit on one line (tops ${tops.join(', ')})`);
    // "Articles" broke to "Article / s": a header cell is one line of text high.
    const cells = await page.locator('.sources-table thead th').evaluateAll((ths) =>
      ths.map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return {
          text: th.textContent,
          lines: new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size,
        };
      }),
    );
    assert.ok(cells.length > 0, 'the sources page has its table');
    for (const cell of cells) assert.equal(cell.lines, 1, `"${cell.text}" is on one line`);
  });
});

/** Relative luminance (0 black to 1 white) of a computed "rgb(r, g, b)" colour. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

test('on a desktop screen article lines are 45 to 75 characters long', async (t) => {
  const perLine = await withContext({ viewport: { width: 1440, height: 900 } }, async (_, page) => {
    await page.goto(heaviestArticle);
    // Characters on each full line of the body's paragraphs (a paragraph's last line is short).
    return page.evaluate(() => {
      const lines: number[] = [];
      for (const paragraph of document.querySelectorAll('.body p')) {
        const tops = new Map<number, number>();
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < (node.textContent ?? '').length; i++) {
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const top = Math.round(range.getBoundingClientRect().top);
            tops.set(top, (tops.get(top) ?? 0) + 1);
          }
        }
        lines.push(...[...tops.values()].slice(0, -1));
      }
      return lines;
    });
  });
  assert.ok(perLine.length >= 10, `${perLine.length} full lines measured`);
  const average = perLine.reduce((a, b) => a + b, 0) / perLine.length;
  t.diagnostic(`${average.toFixed(1)} characters a line over ${perLine.length} lines`);
  assert.ok(average >= 45 && average <= 75, `${average.toFixed(1)} characters a line`);
});

test('from the keyboard alone: skip link, site navigation, search, filters and a result', async () => {
  const page = await browser.newPage();
  const watch = watchPage(page);
  await page.goto(pageOf.home);

  const { focus: skip } = await tabTo(page, () => true, 'anything');
  assert.equal(skip.text, 'Skip to main content', 'the skip link comes first');
  assert.ok(skip.ring && skip.onScreen, 'the focused skip link shows, with a focus ring');
  await page.keyboard.press('Enter');
  assert.equal((await focused(page)).id, 'main', 'the skip link moves focus to main');
  const { focus: next } = await tabTo(page, () => true, 'anything');
  assert.ok(next.inMain, 'Tab after skipping goes on inside main');

  await page.goto(pageOf.home);
  const { path: toSearch } = await tabTo(page, (f) => f.inNav && f.text === 'Search', 'Search');
  const unringed = toSearch.filter((f) => !f.ring).map((f) => `${f.tag} "${f.text}"`);
  assert.deepEqual(unringed, [], 'every focused element shows a focus ring');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/news\/search\/$/);

  await page.locator('#search-input').waitFor();
  const { focus: input } = await tabTo(page, (f) => f.id === 'search-input', 'the search box', 20);
  assert.ok(input.ring, 'the search box shows a focus ring');
  await page.keyboard.type(QUERY);
  const total = await resultCount(page);

  // The filters are behind a disclosure, opened from the keyboard like any other.
  const { focus: disclosure } = await tabTo(page, (f) => f.tag === 'summary', 'the filters');
  assert.ok(disclosure.ring, 'the filters disclosure shows a focus ring');
  await page.keyboard.press('Enter');
  await page.locator('.search-filter-checkbox:visible').first().waitFor();
  const { focus: box } = await tabTo(
    page,
    (f) => f.className.includes('search-filter-checkbox'),
    'a filter checkbox',
  );
  assert.ok(box.ring, 'the filter checkbox shows a focus ring');
  await page.keyboard.press('Space');
  const ticked = await page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement;
    return { checked: element.checked, name: element.name, value: element.value };
  });
  assert.ok(ticked.checked, 'Space ticks the focused filter');
  await page.waitForURL((url) => url.searchParams.getAll(ticked.name).includes(ticked.value));
  const narrowed = await resultCount(page);
  assert.ok(narrowed <= total, `${narrowed} results after the filter, ${total} before`);

  const { focus: result } = await tabTo(
    page,
    (f) => f.className.includes('search-result-link'),
    'a result',
    300,
  );
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => KINDS.article.test(url.pathname));
  assert.equal(await page.locator('h1').innerText(), result.text);
  assert.deepEqual(watch.errors, []);
  await page.close();
});

test('every page stays on its own host and under /news/, and every request succeeds', async () => {
  const foreign: string[] = [];
  const outsideBase: string[] = [];
  const failed: string[] = [];
  let local = 0;
  await withContext({ bypassCSP: true }, async (context, page) => {
    // With the page's own CSP bypassed, anything the markup or CSS asks another host for shows.
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== '127.0.0.1' && url.hostname !== 'localhost') {
        foreign.push(`${page.url()} -> ${url.href}`);
        return route.abort('blockedbyclient');
      }
      local++;
      if (!url.pathname.startsWith(BASE)) outsideBase.push(`${page.url()} -> ${url.href}`);
      return route.continue();
    });
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    for (const url of [...Object.values(pageOf), ...syntheticPages()]) await visit(page, url);
    // Search, filter and open a result, all under the base path.
    await visit(page, pageOf.search);
    await openFilters(page);
    await page.locator('.search-filter-checkbox:visible').first().check();
    await page.locator('.search-result-link').first().click();
    await page.waitForURL((url) => KINDS.article.test(url.pathname));
  });
  assert.deepEqual(foreign, [], 'requests to other hosts');
  assert.deepEqual(outsideBase, [], 'requests outside the base path');
  assert.deepEqual(failed, [], 'failed requests');
  assert.ok(local > 20, `${local} requests seen`);
});

test('an article page with its CSS is under 30 KB, and only the search page runs scripts', async (t) => {
  const bodies = await withContext({}, async (_, page) => {
    const loads: Promise<[string, Buffer]>[] = [];
    page.on('response', (response) => {
      loads.push(response.body().then((body) => [response.url(), body]));
    });
    await page.goto(heaviestArticle, { waitUntil: 'networkidle' });
    return Promise.all(loads);
  });
  const raw = bodies.reduce((sum, [, body]) => sum + body.length, 0);
  const gzip = bodies.reduce((sum, [, body]) => sum + gzipSync(body).length, 0);
  t.diagnostic(
    `${heaviestArticle}: ${raw} bytes as served, ${gzip} gzipped (${bodies
      .map(([url, body]) => `${new URL(url).pathname} ${body.length}`)
      .join(', ')})`,
  );
  assert.ok(
    bodies.some(([url]) => url.endsWith('.css')),
    'the stylesheet is counted',
  );
  assert.ok(raw < 30_000, `${raw} bytes`);

  const scripts = await withContext({}, async (_, page) => {
    const found: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') found.push(`${page.url()} loads ${request.url()}`);
    });
    for (const kind of [...SCRIPT_FREE, 'search'] as Kind[]) {
      await visit(page, pageOf[kind]);
      const elements = await page.locator('script').count();
      if (elements > 0) found.push(`${pageOf[kind]} has ${elements} <script>`);
    }
    return found;
  });
  const elsewhere = scripts.filter((line) => !line.includes('/search/'));
  assert.deepEqual(elsewhere, [], 'scripts outside the search page');
  assert.ok(
    scripts.some((line) => line.includes('/search/')),
    'the search page does load its scripts (so their absence elsewhere means something)',
  );
});

test('printed, an article is black on white without the site navigation', async () => {
  await withContext({ colorScheme: 'dark' }, async (_, page) => {
    await page.goto(heaviestArticle);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      color: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
      link: getComputedStyle(document.querySelector('.sources a')!).color,
    }));
    assert.deepEqual(styles, {
      color: 'rgb(0, 0, 0)',
      background: 'rgb(255, 255, 255)',
      link: 'rgb(0, 0, 0)',
    });
    for (const chrome of ['.skip-link', 'nav[aria-label="Site"]', '.site-footer']) {
      assert.equal(await page.locator(chrome).isVisible(), false, `${chrome} is not printed`);
    }
    assert.ok(await page.locator('h1').isVisible());
    assert.ok(await page.locator('.body').isVisible());
    assert.ok(await page.locator('.sources').isVisible(), 'the sources are printed');
    // Paper has no address bar: the citation gives the page's address and the article's date.
    const cite = page.locator('.cite');
    assert.ok(await cite.isVisible(), 'the citation is printed');
    const citation = await cite.innerText();
    assert.match(citation, /^Cite this article: .*“.+”/);
    assert.match(citation, new RegExp(`${BASE}articles/[^/]+/$`));
    const time = page.locator('.article .meta time');
    const date = (await time.count()) > 0 ? await time.first().textContent() : null;
    if (date) assert.ok(citation.includes(date), `the citation gives the date ${date}`);
    else assert.match(citation, /undated/);
  });
});

test('a right-to-left article reads right to left inside the left-to-right site', async () => {
  await withContext({}, async (_, page) => {
    await page.goto(`${synthetic.server.url}articles/arabic-article/`);
    // Where the text itself sits in its box, and which way the box runs.
    const layout = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((element) => {
          const range = document.createRange();
          range.selectNodeContents(element);
          const text = range.getBoundingClientRect();
          const box = element.getBoundingClientRect();
          return {
            direction: getComputedStyle(element).direction,
            rightGap: box.right - text.right,
            leftGap: text.left - box.left,
          };
        });
    for (const selector of ['h1', '.body p']) {
      const { direction, rightGap, leftGap } = await layout(selector);
      assert.equal(direction, 'rtl', selector);
      assert.ok(Math.abs(rightGap) < 2, `${selector} starts at the right edge (${rightGap} px)`);
      assert.ok(leftGap > 20, `${selector} leaves the left side free (${leftGap} px)`);
    }
    const nav = await layout('nav[aria-label="Site"] ul');
    assert.equal(nav.direction, 'ltr', 'the site navigation stays left to right');
    assert.ok(Math.abs(nav.leftGap) < 2, 'the site navigation starts at the left');

    // In a list on an English page, the Arabic title is marked and set right to left.
    await page.goto(synthetic.server.url);
    const title = page.locator('.article-list h3', { hasText: 'كوريا' });
    assert.equal(await title.getAttribute('lang'), 'ar');
    assert.equal(await title.evaluate((element) => getComputedStyle(element).direction), 'rtl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  });
});
