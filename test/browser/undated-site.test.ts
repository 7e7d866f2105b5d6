// What a reader meets in an archive without dates (issue 24), in headless Chromium: real BBC
// News stories, which carry no date, built as they come. The home page leads with topics and
// lists the articles by title with an A–Z index whose links land on their letter; no page says
// "newest first" of a list that dates do not order; the feed lists articles in the order they
// entered the archive (built twice, a story added on a later day), with true dates, and no page
// links an empty feed; list items show a one-sentence summary, not a fragment. The seeds, which are dated, keep the
// date layout: latest articles first, "newest first" topics, a linked feed with entries.

import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { build } from '../../src/build.ts';
import { startServer, type RunningServer } from '../../src/serve.ts';
import { assertClean, launchBrowser, openPage } from '../helpers/browser.ts';
import { bbcFile, bbcStories } from '../helpers/corpora.ts';
import { optionsIn } from '../helpers/options.ts';
import { SEEDS } from '../helpers/seeds-site.ts';

/** Stories per BBC desk: 30 in all, more than one listing page (PAGE_SIZE is 20). */
const PER_DESK = 6;
/** sport/104 has "(after extra-time - score at 90 mins 1-1)" where a standfirst would be. */
const FRAGMENT_STORY = bbcFile('sport', 104);
const FRAGMENT = '(after extra-time - score at 90 mins 1-1)';
/** Added on the second build: the first story by path, so entry order is not path order. */
const LATE_STORY = 'bbc/business/001.txt';
const FIRST_DAY = '2026-03-02';
const SECOND_DAY = '2026-03-09';
const epochOf = (day: string) => String(Date.parse(`${day}T12:00:00Z`) / 1000);

let dir: string;
let browser: Browser;
let bbc: RunningServer;
let seeds: RunningServer;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-undated-'));
  const input = path.join(dir, 'bbc');
  const files = [
    ...bbcStories(PER_DESK).map(({ rel, file }) => ({ rel, file })),
    { rel: 'bbc/sport/104.txt', file: FRAGMENT_STORY },
  ];
  const copy = async ({ rel, file }: { rel: string; file: string }) => {
    const target = path.join(dir, rel);
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(file, target);
  };
  const epoch = process.env.SOURCE_DATE_EPOCH;
  try {
    for (const story of files.filter((f) => f.rel !== LATE_STORY)) await copy(story);
    process.env.SOURCE_DATE_EPOCH = epochOf(FIRST_DAY);
    await build(optionsIn(path.join(dir, 'bbc-site'), input));
    await copy(files.find((f) => f.rel === LATE_STORY)!);
    process.env.SOURCE_DATE_EPOCH = epochOf(SECOND_DAY);
    await build(optionsIn(path.join(dir, 'bbc-site'), input));
  } finally {
    if (epoch === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = epoch;
  }
  await build(optionsIn(path.join(dir, 'seeds-site'), SEEDS));
  bbc = await startServer({ root: path.join(dir, 'bbc-site', 'dist'), port: 0 });
  seeds = await startServer({ root: path.join(dir, 'seeds-site', 'dist'), port: 0 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await bbc?.close();
  await seeds?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A title's A–Z letter as a reader files it: leading quotes and symbols aside, "#" for digits. */
function letterOf(title: string): string {
  const first = title
    .normalize('NFKD')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Titles are in A–Z order when their letters never go back ("#" first). */
function inLetterOrder(titles: string[]): boolean {
  const rank = (letter: string) => (letter === '#' ? '' : letter);
  return titles.every(
    (title, i) => i === 0 || rank(letterOf(titles[i - 1]!)) <= rank(letterOf(title)),
  );
}

/** Reads as one whole sentence: a capital, digit or quote first, a full stop, ? or ! last. */
function isSentence(text: string): boolean {
  return /^["“‘']?[\p{Lu}\p{N}]/u.test(text) && /[.!?]["”’']?$/u.test(text);
}

async function listItems(page: Page) {
  return page.locator('.article-list > li').evaluateAll((items) =>
    items.map((item) => ({
      title: item.querySelector('h3')?.textContent?.trim() ?? '',
      summary: item.querySelector('.standfirst')?.textContent?.trim() ?? null,
      meta: item.querySelector('.meta')?.textContent?.trim() ?? '',
    })),
  );
}

/** Feed links a reader or a feed reader can follow from the page. */
async function feedLinks(page: Page): Promise<string[]> {
  return page
    .locator('a[href$=".xml"], link[type="application/atom+xml"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

test('the home page of an undated archive leads with topics and lists articles A to Z', async () => {
  const { page, watch } = await openPage(browser, bbc.url);
  const headings = await page.locator('main h2').allInnerTexts();
  assert.ok(!headings.includes('Latest articles'), headings.join(' | '));
  const topics = headings.indexOf('Topics');
  const titles = headings.findIndex((h) => /by title/.test(h));
  assert.ok(topics >= 0 && titles > topics, `topics before the titles: ${headings.join(' | ')}`);
  const items = await listItems(page);
  assert.ok(items.length >= 10, `${items.length} articles listed`);
  assert.ok(inLetterOrder(items.map((item) => item.title)), items.map((i) => i.title).join('\n'));
  assert.ok(
    items.every((item) => !/Undated/.test(item.meta)),
    'no row says "Undated"',
  );

  // The last letter of the index lands on its first article, on the page that holds it.
  const letters = page.locator('nav.az-index a');
  const letter = (await letters.last().innerText()).trim();
  await letters.last().click();
  await page.waitForURL(/#letter-/);
  const target = page.locator('.article-list > li:target h3');
  assert.equal(letterOf(await target.innerText()), letter);
  assertClean(watch);
  await page.close();
});

test('listings of undated articles go by title and never say "newest first"', async () => {
  for (const url of ['', 'archive/', 'archive/undated/', 'archive/undated/page/2/', 'topics/']) {
    const { page } = await openPage(browser, new URL(url, bbc.url).href);
    assert.doesNotMatch(await page.locator('main').innerText(), /newest first/i, url);
    await page.close();
  }
  const { page } = await openPage(browser, new URL('topics/', bbc.url).href);
  const topicUrl = await page.locator('.topic-list a').first().getAttribute('href');
  await page.goto(new URL(topicUrl!, bbc.url).href);
  const main = await page.locator('main').innerText();
  assert.doesNotMatch(main, /newest first/i, topicUrl!);
  assert.match(main, /by title/);
  assert.ok(inLetterOrder((await listItems(page)).map((item) => item.title)));
  await page.close();
});

/** The entries of an Atom feed: title and updated, in order; and the feed's own updated. */
async function readFeed(url: URL): Promise<{ updated: string; entries: [string, string][] }> {
  const response = await fetch(url);
  assert.equal(response.status, 200, url.href);
  const xml = await response.text();
  const [head = '', ...entries] = xml.split('<entry>');
  const text = (part: string, tag: string) =>
    new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(part)?.[1] ?? '';
  return {
    updated: text(head, 'updated'),
    entries: entries.map((entry) => [text(entry, 'title'), text(entry, 'updated')]),
  };
}

test('the feed of an undated archive lists articles as they entered it, and none is empty', async () => {
  const site = await readFeed(new URL('feed.xml', bbc.url));
  assert.equal(site.entries.length, PER_DESK * 5 + 1);
  // The story added on the second day comes first, then the first build's in reverse file order.
  assert.deepEqual(site.entries[0], [
    'Ad sales boost Time Warner profit',
    `${SECOND_DAY}T00:00:00Z`,
  ]);
  assert.ok(site.entries.slice(1).every(([, updated]) => updated === `${FIRST_DAY}T00:00:00Z`));
  assert.equal(site.updated, `${SECOND_DAY}T00:00:00Z`);
  const { page } = await openPage(browser, new URL('topics/', bbc.url).href);
  const topicUrl = await page.locator('.topic-list a').first().getAttribute('href');
  for (const url of ['', 'archive/', 'archive/undated/', topicUrl!]) {
    await page.goto(new URL(url, bbc.url).href);
    const links = await feedLinks(page);
    assert.ok(links.length > 0, `${url} links a feed`);
    for (const link of new Set(links)) {
      const feed = await readFeed(new URL(link, bbc.url));
      assert.ok(feed.entries.length > 0, `${link}, linked from ${url}, has entries`);
      assert.doesNotMatch(feed.updated, /^1970/);
    }
  }
  await page.close();
});

test('list items show a one-sentence summary, never a fragment', async () => {
  const { page } = await openPage(browser, new URL('archive/undated/', bbc.url).href);
  const items = await listItems(page);
  await page.goto(new URL('archive/undated/page/2/', bbc.url).href);
  items.push(...(await listItems(page)));
  assert.equal(items.length, PER_DESK * 5 + 1);
  const withSentence = items.filter((item) => item.summary && isSentence(item.summary));
  assert.ok(withSentence.length >= items.length - 1, `${withSentence.length} of ${items.length}`);
  assert.ok(items.every((item) => item.summary === null || isSentence(item.summary)));
  const chelsea = items.find((item) => item.title === 'Chelsea clinch cup in extra-time');
  assert.ok(chelsea?.summary?.startsWith('John Arne Riise volleyed Liverpool ahead'));
  assert.ok(items.every((item) => item.summary !== FRAGMENT));
  await page.close();
});

test('a dated archive keeps its date layout and its feed', async () => {
  const { page, watch } = await openPage(browser, seeds.url);
  assert.ok((await page.locator('main h2').allInnerTexts()).includes('Latest articles'));
  // One of the seeds' eight articles prints its date: it leads, the undated follow, marked so.
  const items = await listItems(page);
  assert.match(items[0]!.meta, /10 December 2004/);
  assert.ok(items.slice(1).every((item) => /Undated/.test(item.meta)));
  assert.ok((await feedLinks(page)).includes('/feed.xml'));
  const feed = await readFeed(new URL('feed.xml', seeds.url));
  assert.deepEqual(feed.entries, [[items[0]!.title, '2004-12-10T00:00:00Z']]);
  assert.equal(feed.updated, '2004-12-10T00:00:00Z');
  // A topic of the one dated article lists it first, newest first, undated articles after.
  await page.locator('.article-list a').first().click();
  const topicUrl = await page
    .locator('main a[href*="/topics/"]:not([href$="/topics/"])')
    .first()
    .getAttribute('href');
  await page.goto(new URL(topicUrl!, seeds.url).href);
  assert.match(await page.locator('main').innerText(), /newest first/i, topicUrl!);
  assert.ok((await listItems(page))[0]?.meta.match(/\d{4}/), 'the dated article first');
  assertClean(watch);
  await page.close();
});
