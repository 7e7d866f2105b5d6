// The site stage's work split over processes (real Eleventy, real Pagefind): with two jobs, the
// pages are rendered by two Eleventy processes at once, each its share, and two search index
// parts are indexed at once. The site must be the one a single process writes, byte for byte: every page
// once, the single pages (home, search, sitemaps) and the assets written by one process, the
// parts of the index the same. A process may render several shares, one after another: the
// pages they write are the same too.

import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { renderShares } from '../../src/eleventy/render-process.ts';
import { assertSameTree, tree } from '../helpers/site-files.ts';
import { syntheticArticles } from '../helpers/articles.ts';
import { buildSyntheticSite, generatedArticles } from '../helpers/synthetic-site.ts';

// Enough articles for more than 2,000 pages to render (the stage's threshold for a second
// Eleventy process), in several search index parts.
const articles = [...syntheticArticles(), ...generatedArticles(1800)];
const articlesPerSearchIndex = 500;

let dir: string;
const built: Record<'one' | 'two', { out: string; pages: number; progress: string[] }> = {
  one: { out: '', pages: 0, progress: [] },
  two: { out: '', pages: 0, progress: [] },
};

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-shares-'));
  for (const [name, jobs] of [
    ['one', 1],
    ['two', 2],
  ] as const) {
    const site = built[name];
    site.out = path.join(dir, name);
    ({ pages: site.pages } = await buildSyntheticSite(
      site.out,
      // The single process's work folder is kept: its content renders again below.
      { jobs, articlesPerSearchIndex, work: path.join(dir, `work-${name}`) },
      articles,
      (line) => site.progress.push(line),
    ));
  }
});

after(() => rm(dir, { recursive: true, force: true }));

test('with two jobs, two Eleventy processes render and two index parts are built at once', () => {
  const two = built.two.progress.join('\n');
  assert.match(two, /Eleventy rendered \d+ pages in 2 shares, 2 at once/);
  assert.match(two, /Pagefind indexed (\d+) of \1 index parts, 2 at once/);
  const one = built.one.progress.join('\n');
  assert.match(one, /Eleventy rendered \d+ pages \(/);
  assert.doesNotMatch(one, /at once/);
});

test('the site is the one a single process writes, byte for byte', async () => {
  assert.ok(built.one.pages > 2000, `${built.one.pages} pages`);
  assert.equal(built.two.pages, built.one.pages);
  const parts = (await readdir(path.join(built.one.out, 'pagefind'))).filter((name) =>
    name.startsWith('part-'),
  );
  assert.ok(parts.length >= 3, `index parts: pagefind/ and ${parts.join(', ')}`);
  await assertSameTree(built.one.out, built.two.out);
});

test('shares rendered one after another in one process write the pages one process writes', async () => {
  const contentDir = path.join(dir, 'work-one', 'content');
  const out = path.join(dir, 'three-shares');
  const request = { contentDir, basePath: '/', out };
  // Three shares in two processes: the first renders shares 1 and 3 in turn.
  const pages = await Promise.all([
    renderShares({ ...request, shares: [0, 2].map((index) => ({ index, count: 3 })) }),
    renderShares({ ...request, shares: [{ index: 1, count: 3 }] }),
  ]);
  assert.equal(pages[0] + pages[1], built.one.pages);
  const [rendered, whole] = await Promise.all([tree(out), tree(built.one.out)]);
  for (const [file, bytes] of rendered) {
    assert.ok(whole.get(file)?.equals(bytes), `${file} differs from the one process's`);
  }
  // What the whole site has beyond them is written outside Eleventy: the search index, the raw
  // copies, the manifest and report.
  const notRendered = [...whole.keys()].filter((file) => !rendered.has(file));
  const outside = /^(pagefind|raw)\/|^(archive|report)\.json$|^\.news-archive/;
  assert.deepEqual(
    notRendered.filter((file) => !outside.test(file)),
    [],
  );
});
