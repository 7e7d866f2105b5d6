// Builds the real seeds end to end under the base path /news/, serves the site on localhost and
// searches it in headless Chromium the way a reader would.

import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { build } from '../../src/build.ts';
import { startServer, type RunningServer } from '../../src/serve.ts';
import type { Manifest } from '../../src/types.ts';
import {
  assertClean,
  filterCheckbox,
  filterCounts,
  launchBrowser,
  openFilters,
  openPage,
  resultCount,
  resultTitles,
  watchPage,
} from '../helpers/browser.ts';
import { bbcFile, bbcStories } from '../helpers/corpora.ts';
import { optionsIn } from '../helpers/options.ts';
import { buildSeeds } from '../helpers/seeds-site.ts';

const TARGET = 'N Korean elite trying to flee country';

// The same tests run on a --portable build served over http: a portable folder must search on a
// server exactly as the plain site does.
for (const portable of [false, true]) {
  describe(portable ? 'a --portable site served over http' : 'the site served over http', () => {
    let dir: string;
    let out: string;
    let manifest: Manifest;
    let server: RunningServer;
    let browser: Browser;

    before(async () => {
      ({ dir, out, manifest } = await buildSeeds('archive-browser-', {
        basePath: '/news/',
        portable,
      }));
      server = await startServer({ root: out, port: 0, basePath: '/news/' });
      browser = await launchBrowser();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    });

    function targetTopics(): string[] {
      const story = manifest.articles.find((article) => article.title === TARGET);
      assert.ok(story, `"${TARGET}" is in the manifest`);
      return story.topics;
    }

    test('a search finds the story, a topic filter narrows it, and the result opens', async () => {
      const { page, watch } = await openPage(browser, `${server.url}search/`);
      await page.locator('#search-input').pressSequentially('defectors');
      const titles = await resultTitles(page);
      assert.ok(titles.includes(TARGET), `"${TARGET}" among ${JSON.stringify(titles)}`);

      // The rarest of the story's own topics among these results: ticking it must keep the story
      // and drop some other result.
      const counts = await filterCounts(page, 'topic');
      const [topic, count] = [...counts]
        .filter(([name]) => targetTopics().includes(name))
        .sort((a, b) => a[1] - b[1])[0]!;
      assert.ok(
        count < titles.length,
        `topic "${topic}" (${count}) narrows ${titles.length} results`,
      );
      await filterCheckbox(page, 'topic', topic).check();
      await page.locator('#search-message', { hasText: `${count} result` }).waitFor();
      const narrowed = await resultTitles(page);
      assert.equal(narrowed.length, count);
      assert.ok(narrowed.includes(TARGET));

      await page.locator('.search-result-link', { hasText: TARGET }).click();
      await page.waitForURL(/\/news\/articles\/[^/]+\/(?:index\.html)?(#.*)?$/);
      assert.equal(await page.locator('h1').innerText(), TARGET);
      assertClean(watch);
    });

    test('a first search downloads no filter data; opening the filters loads it', async () => {
      const { page, watch } = await openPage(browser, `${server.url}search/`);
      const requested: string[] = [];
      page.on('request', (request) => requested.push(new URL(request.url()).pathname));
      await page.locator('#search-input').fill('defectors');
      assert.ok((await resultTitles(page)).includes(TARGET));
      // The filters' page lists are the heaviest of Pagefind's files in a large archive.
      const filterFiles = () => requested.filter((url) => url.endsWith('.pf_filter'));
      assert.deepEqual(filterFiles(), [], 'filter files before the filters are opened');
      assert.ok(
        requested.some((url) => url.endsWith('.pf_index')),
        'the query loaded index chunks',
      );

      const counts = await filterCounts(page, 'topic');
      assert.ok(filterFiles().length > 0, 'filter files once the filters are opened');
      for (const topic of targetTopics()) assert.ok(counts.has(topic), `${topic} among the counts`);
      assertClean(watch);
    });

    test('following a result highlights the matched word on the article page, without script', async () => {
      // "currying" is in the story's last paragraph, well below the first screen on a phone.
      const page = await browser.newPage({ viewport: { width: 375, height: 640 } });
      const watch = watchPage(page);
      await page.goto(`${server.url}search/?q=currying`);
      const link = page.locator('.search-result-link', { hasText: TARGET });
      await link.waitFor();
      assert.match((await link.getAttribute('href')) ?? '', /#:~:text=currying$/);
      await link.click();
      await page.waitForURL(/\/news\/articles\//);
      await page.locator('h1').waitFor();
      // The browser scrolls to the first match of the text fragment and highlights it. The
      // scroll is waited for until the word is in view (not just begun: under load the page
      // was read mid-scroll, stop 52's bare clone), or until the timeout, which fails.
      const inView = await page
        .waitForFunction(
          () => {
            const body = document.querySelector('.body')!;
            const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const at = node.textContent!.indexOf('currying');
              if (at < 0) continue;
              const range = document.createRange();
              range.setStart(node, at);
              range.setEnd(node, at + 'currying'.length);
              const box = range.getBoundingClientRect();
              return box.top >= 0 && box.bottom <= window.innerHeight;
            }
            return false;
          },
          undefined,
          { timeout: 10_000 },
        )
        .then(
          () => true,
          () => false,
        );
      assert.ok(inView, 'the matched word is on screen');
      assert.ok(await page.evaluate(() => window.scrollY > 0), 'the page scrolled down to it');
      assert.equal(await page.locator('script').count(), 0, 'the article page has no script');
      assertClean(watch);
    });

    test('ordering by date re-runs the search, keeping the query and the filters', async () => {
      const { page, watch } = await openPage(browser, `${server.url}search/?q=defectors`);
      const topic = targetTopics()[0]!;
      await resultCount(page);
      await openFilters(page);
      await filterCheckbox(page, 'topic', topic).check();
      const byRelevance = await resultTitles(page);
      await page.locator('#search-sort').selectOption('newest');
      await page.waitForURL(/sort=newest/);
      // Few seeds are dated, and undated articles drop out of an order by date.
      const dated = manifest.articles
        .filter((article) => article.date)
        .map((article) => article.title);
      const byDate = await resultTitles(page);
      assert.ok(byDate.includes(TARGET));
      assert.deepEqual(byDate.sort(), byRelevance.filter((title) => dated.includes(title)).sort());
      // The reader is told how many were left out (the seeds' "china" went from 4 to 1 silently).
      const leftOut = byRelevance.length - byDate.length;
      assert.ok(leftOut > 0, 'some results are undated');
      assert.match(
        await page.locator('#search-message').innerText(),
        new RegExp(`; ${leftOut} undated results? left out of the order by date`),
      );
      assert.equal(await page.locator('#search-input').inputValue(), 'defectors');
      assert.ok(await filterCheckbox(page, 'topic', topic).isChecked());
      assertClean(watch);
    });

    test('the search box is labelled on screen, and an excerpt does not repeat its headline', async () => {
      const { page, watch } = await openPage(browser, `${server.url}search/?q=korea`);
      assert.ok(await page.getByLabel('Words to find').isVisible(), 'the box has a visible label');
      const titles = await resultTitles(page);
      assert.ok(titles.length > 1);
      const excerpts = await page.locator('.search-result-excerpt').allInnerTexts();
      excerpts.forEach((excerpt, i) => {
        assert.ok(excerpt.trim().length > 0, `result ${i + 1} has an excerpt`);
        assert.ok(!excerpt.startsWith(titles[i]!), `"${excerpt}" opens with its headline`);
      });
      assertClean(watch);
    });

    test('the topic filter lists the most frequent first, and a box narrows it', async () => {
      const { page, watch } = await openPage(browser, `${server.url}search/?q=korea`);
      await resultCount(page);
      const counts = [...(await filterCounts(page, 'topic')).values()];
      assert.ok(counts.length > 2, 'several topics');
      assert.deepEqual(
        counts,
        [...counts].sort((a, b) => b - a),
        'counts in falling order',
      );
      const target = targetTopics()[0]!;
      const typed = target.slice(1, 5);
      await page.getByLabel('Show topics containing').fill(typed);
      const shown = await page
        .locator('.search-filter[data-filter="topic"] li:visible label')
        .allInnerTexts();
      assert.ok(
        shown.length > 0 && shown.length < counts.length,
        `${shown.length} of ${counts.length} shown`,
      );
      for (const label of shown) {
        assert.ok(
          label.toLowerCase().includes(typed.toLowerCase()),
          `"${label}" contains "${typed}"`,
        );
      }
      assertClean(watch);
    });

    test('a search in the address is run when the page opens', async () => {
      const query = 'defectors generals';
      const { page, watch } = await openPage(
        browser,
        `${server.url}search/?q=${encodeURIComponent(query)}`,
      );
      assert.deepEqual(await resultTitles(page), [TARGET]);
      assert.equal(await page.locator('#search-input').inputValue(), query);

      const topic = targetTopics()[0]!;
      await page.goto(`${server.url}search/?q=defectors&topic=${encodeURIComponent(topic)}`);
      const titles = await resultTitles(page);
      assert.ok(titles.includes(TARGET));
      assert.equal((await filterCounts(page, 'topic')).get(topic), titles.length);
      assert.ok(await filterCheckbox(page, 'topic', topic).isChecked());
      assertClean(watch);
    });

    test('a topic of one article links from it to a search for its name, not to a page', async () => {
      const story = manifest.articles.find((article) => article.title === TARGET)!;
      const { page, watch } = await openPage(browser, new URL(story.url.slice(1), server.url).href);
      const topics = page.getByRole('complementary').locator('section', { hasText: 'Topics' });
      const paged = topics.locator('a:not(.topic-search)');
      const single = topics.locator('a.topic-search');
      assert.ok((await paged.count()) > 0 && (await single.count()) > 0, 'both kinds of topic');
      for (const href of await paged.evaluateAll((links) =>
        links.map((a) => (a as HTMLAnchorElement).href),
      )) {
        assert.match(href ?? '', /\/news\/topics\/[^/]+\/(?:index\.html)?$/);
      }
      const name = await single.first().innerText();
      // No page was written for it.
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const missing = await page.request.get(`${server.url}topics/${slug}/`);
      assert.equal(missing.status(), 404, `topics/${slug}/ exists`);
      await single.first().click();
      await page.waitForURL(/\/news\/search\//);
      assert.equal(await page.locator('#search-input').inputValue(), name);
      assert.ok((await resultTitles(page)).includes(TARGET), `"${name}" finds its article`);
      assertClean(watch);
    });

    test('the pages link to each other under the base path', async () => {
      const { page, watch } = await openPage(browser, server.url);
      for (const name of ['Topics', 'Sources', 'Archive', 'Home']) {
        await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name }).click();
        await page.waitForURL(/\/news\//);
        await page.locator('h1').waitFor();
      }
      await page.locator('.article-list a', { hasText: TARGET }).click();
      await page.locator('.sources a').first().click();
      assert.match(page.url(), /\/news\/raw\/[^/]+$/);
      assertClean(watch);
    });

    if (!portable) {
      test('opened from disk, the search page says to serve the folder', async () => {
        const page = await browser.newPage();
        await page.goto(pathToFileURL(path.join(out, 'search/index.html')).href);
        const message = page.locator('#search-from-file');
        await message.waitFor();
        assert.match(await message.innerText(), /npm run serve/);
      });
    }
  });
}

// The BBC News stories are undated, and some of them name sums of money: a small archive of them
// (the first six stories of each desk, and the Viacom story) served on localhost.
describe('an undated archive of BBC stories', () => {
  const VIACOM = '£1.8m indecency fine for Viacom';
  let dir: string;
  let server: RunningServer;
  let browser: Browser;

  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'archive-bbc-search-'));
    const input = path.join(dir, 'input');
    const stories = [
      ...bbcStories(6),
      { rel: 'bbc/entertainment/199.txt', file: bbcFile('entertainment', 199) },
    ];
    for (const { rel, file } of stories) {
      await mkdir(path.dirname(path.join(input, rel)), { recursive: true });
      await copyFile(file, path.join(input, rel));
    }
    await build(optionsIn(dir, input));
    server = await startServer({ root: path.join(dir, 'dist'), port: 0, basePath: '/' });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test('the headline shows the pound sign, not its character reference', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(dir, 'dist/archive.json'), 'utf8'),
    ) as Manifest;
    const story = manifest.articles.find((article) => article.title === VIACOM);
    assert.ok(story, `"${VIACOM}" is in the manifest`);
    const { page, watch } = await openPage(browser, new URL(story.url.slice(1), server.url).href);
    assert.equal(await page.locator('h1').innerText(), VIACOM);
    await page.goto(server.url);
    assert.doesNotMatch(await page.locator('main').innerText(), /&#\d+;/);
    assertClean(watch);
  });

  test('sums of money as the story writes them find the story', async () => {
    const { page, watch } = await openPage(browser, `${server.url}search/`);
    // "$3.5m" found nothing: Pagefind indexes the figure without its sign.
    for (const query of ['£1.8m', '$3.5m', '$550,000', '1.8m']) {
      await page.locator('#search-input').fill(query);
      await page.locator('#search-message', { hasText: `for ${query}` }).waitFor();
      const titles = await resultTitles(page);
      assert.equal(titles[0], VIACOM, `"${query}" finds ${JSON.stringify(titles)}`);
    }
    assertClean(watch);
  });

  test('ordered by date, an undated archive says its results were left out', async () => {
    const { page, watch } = await openPage(browser, `${server.url}search/?q=viacom`);
    const found = await resultCount(page);
    assert.ok(found > 0);
    await page.locator('#search-sort').selectOption('newest');
    // All 28 undated results of "yukos" were listed "newest first" on the full archive.
    const message = page.locator('#search-message', { hasText: 'left out' });
    await message.waitFor();
    assert.equal(
      await message.innerText(),
      `No results for viacom; ${found} undated result${found === 1 ? '' : 's'} left out of the order by date.`,
    );
    assert.equal(await page.locator('.search-result').count(), 0);
    assertClean(watch);
  });

  test('results come twenty at a time', async () => {
    const { page, watch } = await openPage(browser, `${server.url}search/?q=said`);
    const found = await resultCount(page);
    assert.ok(found > 20, `${found} results for "said"`);
    await page.waitForFunction(
      () => document.querySelectorAll('.search-result-link').length === 20,
    );
    assert.equal(await page.locator('.search-result').count(), 20);
    await page.locator('#search-more').click();
    await page.waitForFunction(
      (count) => document.querySelectorAll('.search-result-link').length === count,
      Math.min(found, 40),
    );
    assertClean(watch);
  });
});
