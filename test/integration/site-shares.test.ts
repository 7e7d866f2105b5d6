// The site stage's work split over processes (real Eleventy, real Pagefind): with two jobs, the
// pages are rendered by two Eleventy processes at once, each its share, and two search index
// parts are indexed at once. The site must be the one a single process writes, byte for byte: every page
// once, the single pages (home, search, sitemaps) and the assets written by one process, the
// parts of the index the same.

import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { assertSameTree } from '../helpers/site-files.ts';
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
      { jobs, articlesPerSearchIndex },
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
