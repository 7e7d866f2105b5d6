// The hostile input folder (test/helpers/hostile-input.ts: script in titles, bylines, front
// matter and text, javascript: links, entities, Markdown link tricks), plus a file whose payloads
// set a global instead of calling alert, and a saved web page with script in every place HTML
// allows (test/helpers/hostile-page.ts), built end to end, served on localhost and opened in
// headless Chromium: every page of the site, the feeds, the raw copies of the hostile files, and
// the search page with queries that bring the hostile articles up (their titles and excerpts,
// markup and all, are rendered by Pagefind's UI).
//
// No dialog may open, no payload may set its global, and no page may log an error: a payload that
// became markup shows up as a refused inline script or handler (the pages' Content-Security-Policy)
// or as a request for its "x" image. Every page is visited twice: as served, and in a context
// that ignores the Content-Security-Policy, so that the escaping is proven on its own and the CSP
// is not what stands between a payload and the reader.

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from '../../src/build.ts';
import { defaultOptions } from '../../src/options.ts';
import { startServer, type RunningServer } from '../../src/serve.ts';
import type { Manifest } from '../../src/types.ts';
import { assertClean, launchBrowser, resultTitles, watchPage } from '../helpers/browser.ts';
import { fileHashes } from '../helpers/cli.ts';
import { bbcStory, SCRIPT_TITLE, writeHostileInput } from '../helpers/hostile-input.ts';
import { HOSTILE_PAGE_TITLE, hostilePage } from '../helpers/hostile-page.ts';

/** The title of the article whose payloads set window.__injected (each to where it was put). */
const GLOBALS_TITLE = 'Injected globals <img src=x onerror="window.__injected=`title`"> test';

/** Payloads that set window.__injected rather than open a dialog, in every place markup can go. */
function globalsArticle(): string {
  const { paragraphs } = bbcStory('tech', 3);
  const set = (where: string) => `window.__injected=\`${where}\``;
  return [
    '---',
    `title: '${GLOBALS_TITLE}'`,
    `author: '<svg onload="${set('byline')}">Jo Bloggs</svg>'`,
    `source: '<script>${set('source')}</script>Injected Times'`,
    `description: '<iframe srcdoc="<script>parent.__injected=1</script>"></iframe> a standfirst with enough words in it'`,
    `date: '2005-01-01"><script>${set('date')}</script>'`,
    '---',
    `${paragraphs[0]} <script>${set('body')}</script>`,
    '',
    `${paragraphs[1]} <details open ontoggle="${set('details')}">x</details> ` +
      `<a href="javascript:${set('link')}">link</a> <form action="javascript:${set('form')}">` +
      `<button>go</button></form> <style>*{background:url(x)}</style>`,
    '',
    `${paragraphs[2]} <meta http-equiv="refresh" content="0;url=javascript:${set('meta')}"> ` +
      `<base href="http://example.com/"> <math><mtext><table><mglyph><style><img src=x ` +
      `onerror="${set('mxss')}">`,
    '',
    `${paragraphs[3]} [click](javascript:${set('markdown')}) <javascript:${set('autolink')}> ` +
      `&lt;img src=x onerror="${set('entity')}"&gt; &#x3C;script&#x3E;${set('hex')}&#x3C;/script&#x3E;`,
    '',
    ...paragraphs.slice(4).flatMap((p) => [p, '']),
  ].join('\n');
}

const FAVICON_404 =
  'Failed to load resource: the server responded with a status of 404 (Not Found)';

/** Queries whose results include the hostile articles, their titles and excerpts. */
const QUERIES = ['alert', 'script', 'onerror', 'injected', 'javascript', 'warner', 'greenspan'];

let dir: string;
let out: string;
let manifest: Manifest;
let server: RunningServer;
let browser: Browser;
let pages: string[];

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-hostile-browser-'));
  const input = await writeHostileInput(dir);
  await writeFile(path.join(input, 'globals.md'), globalsArticle());
  // A saved web page full of script (issue 22): its article page, and its raw copy, published
  // as script-page.html.txt, are visited like the others.
  await writeFile(path.join(input, 'script-page.html'), hostilePage());
  out = path.join(dir, 'dist');
  await build({
    ...defaultOptions,
    input,
    output: out,
    work: path.join(dir, 'work'),
    lock: path.join(dir, 'archive.lock.json'),
    progress: false,
  });
  manifest = JSON.parse(await readFile(path.join(out, 'archive.json'), 'utf8')) as Manifest;
  const files = [...(await fileHashes(out)).keys()];
  // Every page and feed, and the raw copies of the files that carry script (served as text).
  pages = files.filter(
    (f) =>
      (/\.(?:html|xml)$/.test(f) && !f.startsWith('raw/')) || /^raw\/(?:script-|globals)/.test(f),
  );
  server = await startServer({ root: out, port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/**
 * What a payload did on the page: the global it set, and the elements and handlers it made under
 * `root` (the search page's results: its own form and filters are not the articles').
 */
async function payloadTraces(page: Page, root = 'html'): Promise<string[]> {
  return page.evaluate((root) => {
    const traces: string[] = [];
    const injected = (window as unknown as { __injected?: unknown }).__injected;
    if (injected !== undefined) traces.push(`window.__injected = ${String(injected)}`);
    for (const scope of document.querySelectorAll(root)) {
      for (const element of scope.querySelectorAll('*')) {
        for (const attribute of element.attributes) {
          const { name, value } = attribute;
          if (/^on/i.test(name)) traces.push(`${name} on <${element.localName}>`);
          if (/^\s*javascript:/i.test(value)) {
            traces.push(`${name}="${value}" on <${element.localName}>`);
          }
        }
      }
      // Elements the site's own pages never hold (its forms and redirects are checked above, by
      // their javascript: addresses; its one <details> is the search page's filters), and
      // scripts made of article text.
      const hostile =
        'iframe, object, embed, base, details:not(#search-filters), mglyph, math, script:not([src])';
      for (const element of scope.querySelectorAll(hostile)) {
        traces.push(`<${element.localName}> in the page`);
      }
    }
    return traces;
  }, root);
}

/** Lets the tasks a payload may have queued (ontoggle, a refresh) run before looking. */
function settle(page: Page): Promise<void> {
  return page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 50))),
  );
}

async function visitAll(context: BrowserContext): Promise<string[]> {
  const problems: string[] = [];
  for (const file of pages) {
    const url = `${server.url}${file.replace(/(^|\/)index\.html$/, '$1')}`;
    const page = await context.newPage();
    const watch = watchPage(page);
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const traces = await payloadTraces(page);
    for (const line of [...watch.dialogs.map((d) => `dialog "${d}"`), ...traces]) {
      problems.push(`${file}: ${line}`);
    }
    for (const line of [...watch.errors, ...watch.foreignRequests]) {
      // A feed or a raw text file names no icon, so the browser asks for /favicon.ico, which the
      // site does not have (its pages name /assets/favicon.svg): that 404 is not the articles'.
      if (!file.endsWith('.html') && line === FAVICON_404) continue;
      problems.push(`${file}: ${line}`);
    }
    assert.equal(new URL(page.url()).pathname, new URL(url).pathname, `${file} navigated away`);
    await page.close();
  }
  return problems;
}

test('the hostile articles were built, with their markup in their titles', () => {
  const titles = manifest.articles.map((a) => a.title);
  assert.ok(titles.includes(SCRIPT_TITLE));
  assert.ok(titles.includes(GLOBALS_TITLE), JSON.stringify(titles));
  assert.ok(titles.includes(HOSTILE_PAGE_TITLE), JSON.stringify(titles));
  assert.ok(pages.includes('raw/script-page.html.txt'), 'the page’s raw copy is visited');
  assert.ok(pages.length > 40, `${pages.length} pages`);
});

test('no page runs script from the articles, as served (with its Content-Security-Policy)', async () => {
  const context = await browser.newContext();
  try {
    assert.deepEqual(await visitAll(context), []);
  } finally {
    await context.close();
  }
});

test('no page runs script from the articles even with the Content-Security-Policy ignored', async () => {
  const context = await browser.newContext({ bypassCSP: true });
  try {
    assert.deepEqual(await visitAll(context), []);
  } finally {
    await context.close();
  }
});

for (const bypassCSP of [false, true]) {
  test(`search results show the hostile titles and excerpts as text (CSP ${bypassCSP ? 'ignored' : 'on'})`, async () => {
    const context = await browser.newContext({ bypassCSP });
    try {
      const page = await context.newPage();
      const watch = watchPage(page);
      const seen = new Set<string>();
      const excerpts: string[] = [];
      for (const query of QUERIES) {
        await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
        for (const title of await resultTitles(page)) seen.add(title);
        for (const text of await page.locator('.search-result-excerpt').allTextContents()) {
          excerpts.push(text);
        }
        // Excerpts and titles are in the page, with their marked words, before anything is judged.
        await page.locator('.search-result-excerpt').first().waitFor();
        await settle(page);
        assert.deepEqual(await payloadTraces(page, '.search-results'), [], `search for "${query}"`);
        const made = await page
          .locator('#search')
          .evaluate(
            (search) =>
              search.querySelectorAll(
                'img, script, svg script, iframe, style, a[href^="javascript"]',
              ).length,
          );
        assert.equal(made, 0, `elements made from article text in the results for "${query}"`);
      }
      // The titles with markup in them were among the results, shown as the text they are.
      assert.ok(seen.has(SCRIPT_TITLE), [...seen].join('\n'));
      assert.ok(seen.has(GLOBALS_TITLE), [...seen].join('\n'));
      // And excerpts with the payloads in them: the markup reached the page, as text.
      assert.ok(
        excerpts.some((e) => e.includes('<script>') || e.includes('onerror=')),
        excerpts.join('\n'),
      );
      // A result opens its article (with the text fragment highlight) and nothing runs there.
      await page.goto(`${server.url}search/?q=injected`);
      await resultTitles(page);
      await page.locator('.search-result-link', { hasText: 'Injected globals' }).click();
      await page.waitForURL(/\/articles\//);
      await settle(page);
      assert.deepEqual(await payloadTraces(page), []);
      assertClean(watch);
    } finally {
      await context.close();
    }
  });
}
