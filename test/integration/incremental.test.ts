// Rebuilding over a published site (real Eleventy, real Pagefind): pages, search index parts and
// raw copies whose inputs did not change are taken over from the published site
// (src/site/reuse.ts), and the result is byte for byte what a clean build of the same input
// gives. The input is the seeds and real BBC stories (test/corpora/bbc), each given a
// dateline so that the date pages and Older/Newer links are exercised.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build, type BuildSummary } from '../../src/build.ts';
import type { BuildOptions } from '../../src/options.ts';
import { markSite } from '../../src/ownership.ts';
import { bbcFile } from '../helpers/corpora.ts';
import { optionsIn } from '../helpers/options.ts';
import { assertSameTree } from '../helpers/site-files.ts';
import { SEEDS } from '../helpers/seeds-site.ts';

let dir: string;
let options: BuildOptions;
let input: string;

/** BBC story `n` of `section` as a scraped file: its headline, a dateline, its text. */
async function bbcStory(section: string, n: number, date: string): Promise<string> {
  const text = await readFile(bbcFile(section, n), 'utf8');
  const [headline = '', ...body] = text.split('\n');
  return [headline, '', date, '', ...body].join('\n');
}

/** A date in 2005, by day of the year. */
function day(n: number): string {
  const date = new Date(Date.UTC(2005, 0, n));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/**
 * Rebuilds over the published site, then builds the same input from nothing (fresh work folder
 * and output, the lock as it was before the rebuild), and checks the two sites are the same.
 */
async function rebuildAndCompare(name: string): Promise<BuildSummary> {
  const lockBefore = path.join(dir, `${name}.lock.json`);
  await cp(options.lock, lockBefore);
  const summary = await build(options);
  const clean = await build({
    ...options,
    output: path.join(dir, `${name}-clean`),
    work: path.join(dir, `${name}-work`),
    lock: lockBefore,
  });
  assert.equal(clean.reused.pages, 0, 'a clean build has nothing to take over');
  await assertSameTree(options.output, clean.output);
  return summary;
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-incremental-'));
  input = path.join(dir, 'input');
  await cp(SEEDS, input, { recursive: true });
  for (const section of ['business', 'politics']) {
    await mkdir(path.join(input, 'bbc', section), { recursive: true });
    for (let n = 1; n <= 16; n++) {
      const file = path.join(input, 'bbc', section, `${n}.txt`);
      await writeFile(file, await bbcStory(section, n, day(n * 7)));
    }
  }
  options = optionsIn(dir, input);
  const first = await build(options);
  assert.equal(first.reused.pages, 0);
});

after(() => rm(dir, { recursive: true, force: true }));

test('rebuilding an unchanged input takes every page, search index and raw copy over, and changes nothing', async () => {
  // The site a build replaces is kept beside the output until the next build removes it (one
  // marked as the tool's: src/ownership.ts).
  const replaced = `${options.output}.previous`;
  await mkdir(replaced, { recursive: true });
  await markSite(replaced);
  await writeFile(path.join(replaced, 'left-by-an-earlier-build.html'), '');
  const published = await readFile(path.join(options.output, 'archive.json'));
  const summary = await rebuildAndCompare('same');
  assert.deepEqual(await readFile(path.join(replaced, 'archive.json')), published);
  assert.ok(!existsSync(path.join(replaced, 'left-by-an-earlier-build.html')));
  assert.equal(summary.reused.pages, summary.reused.pagedPages);
  assert.equal(summary.reused.parts, summary.reused.partCount);
  assert.equal(summary.reused.raw, summary.filesRead);
});

test('after stories are added, edited and removed, only the pages they touch are rendered again, and the site is what a clean build gives', async () => {
  // Two new stories: one newer than every other (every date listing it joins shifts by one),
  // one in the middle of the year.
  await writeFile(path.join(input, 'bbc', 'new-1.txt'), await bbcStory('tech', 1, day(200)));
  await writeFile(path.join(input, 'bbc', 'new-2.txt'), await bbcStory('tech', 2, day(40)));
  // An edit: one story loses its last paragraph.
  const shortened = path.join(input, 'bbc', 'business', '3.txt');
  const text = await readFile(shortened, 'utf8');
  await writeFile(shortened, text.trimEnd().split('\n').slice(0, -1).join('\n') + '\n');
  const summary = await rebuildAndCompare('changed');
  assert.ok(summary.reused.pages > 0, 'some pages are taken over');
  assert.ok(
    summary.reused.pages < summary.reused.pagedPages,
    'the pages of the new stories are rendered',
  );
  assert.equal(summary.reused.parts, 0, 'the one search index part changed');
  assert.equal(summary.reused.raw, summary.filesRead - 3, 'new and edited files are copied');
});

test('a story corrected in place: the pages that show it are rendered again, the rest kept', async () => {
  const corrected = path.join(input, 'bbc', 'politics', '9.txt');
  const story = await readFile(corrected, 'utf8');
  const at = story.lastIndexOf(', ');
  assert.ok(at > story.length / 2);
  await writeFile(corrected, `${story.slice(0, at)}; ${story.slice(at + 2)}`);
  const summary = await rebuildAndCompare('corrected');
  assert.ok(summary.reused.pages < summary.reused.pagedPages);
  assert.ok(summary.reused.pages > summary.reused.pagedPages / 2);
  assert.equal(summary.reused.raw, summary.filesRead - 1);
});

test('a copy of a story already in the archive changes its sources, not what search reads: the search index is taken over', async () => {
  const original = path.join(input, 'bbc', 'politics', '5.txt');
  await cp(original, path.join(input, 'bbc', 'politics', '5-copy.txt'));
  const summary = await rebuildAndCompare('copy');
  assert.ok(summary.reused.pages < summary.reused.pagedPages, "the story's page is rendered");
  assert.equal(summary.reused.parts, summary.reused.partCount);
  assert.equal(summary.reused.raw, summary.filesRead - 1);
});

test('a page missing from the published site is rendered again, not lost', async () => {
  const article = (await readdir(path.join(options.output, 'articles')))[0] ?? '';
  const page = path.join(options.output, 'articles', article, 'index.html');
  const before = await readFile(page);
  await unlink(page);
  const summary = await rebuildAndCompare('damaged');
  assert.equal(summary.reused.pages, summary.reused.pagedPages - 1);
  assert.deepEqual(await readFile(page), before);
});

test('a change the fingerprints cannot see page by page (the base path) renders every page again', async () => {
  options = { ...options, basePath: '/news/' };
  const summary = await rebuildAndCompare('base-path');
  assert.equal(summary.reused.pages, 0);
  assert.equal(summary.reused.parts, 0);
  const home = await readFile(path.join(options.output, 'index.html'), 'utf8');
  assert.match(home, /href="\/news\/topics\/"/);
});
