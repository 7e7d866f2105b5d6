// Stable addresses end to end (real Eleventy, real Pagefind), under the base path /news/: the
// seeds are built, then rebuilt with a better copy of seed 002 whose headline differs. The story
// keeps its id, its old URL redirects to the new one, every other URL stays, and rebuilding
// with the same input and lock changes nothing.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { build, type BuildSummary } from '../../src/build.ts';
import type { BuildOptions } from '../../src/options.ts';
import { LockFileError, type AddressLock } from '../../src/addresses/lock-file.ts';
import type { Manifest } from '../../src/types.ts';
import { optionsIn } from '../helpers/options.ts';
import { assertSameTree } from '../helpers/site-files.ts';

const seeds = path.join(import.meta.dirname, '../../seeds');
const SEED = '002_a5bee99aa457aab1.txt';
const BETTER = '005_better_copy.txt';

let dir: string;
let options: BuildOptions;
/** After each build: the manifest, the lock, and a copy of the site. */
const builds: { summary: BuildSummary; manifest: Manifest; lock: string; site: string }[] = [];

/**
 * A better copy of seed 002 made from its own text: a headline taken from its first sentence
 * (so it differs from the seed's), a dateline, the whole story without the site's chrome, and
 * one more paragraph built from sentences of the story. With a headline and a date it outranks
 * the undated seed as the canonical copy, so the merged article takes its headline.
 */
function betterCopy(seedText: string): { text: string; headline: string } {
  const paragraphs = seedText.split(/\n\s*\n/).map((p) => p.trim());
  const start = paragraphs.indexOf(paragraphs[0]!, 1) + 1; // after the repeated headline
  const end = paragraphs.findIndex((p) => p.startsWith('Log in to Twitter'));
  const story = paragraphs.slice(start, end);
  const headline = story[0]!.split(' - ')[0]!;
  const extra = story
    .slice(1, 3)
    .map((p) => p.split(/(?<=\.) /)[0])
    .join(' ');
  return { text: [headline, 'April 12, 2016', ...story, extra].join('\n\n') + '\n', headline };
}

async function buildOnce(): Promise<void> {
  const summary = await build(options);
  const site = path.join(dir, `site-${builds.length + 1}`);
  await cp(options.output, site, { recursive: true });
  builds.push({
    summary,
    manifest: JSON.parse(await readFile(path.join(site, 'archive.json'), 'utf8')) as Manifest,
    lock: await readFile(options.lock, 'utf8'),
    site,
  });
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-addresses-'));
  const input = path.join(dir, 'input');
  await cp(seeds, input, { recursive: true });
  options = optionsIn(dir, input, { basePath: '/news/' });
  await buildOnce(); // 1: the seeds, no lock yet
  await buildOnce(); // 2: the seeds again, with the lock build 1 wrote
  const { text } = betterCopy(await readFile(path.join(seeds, SEED), 'utf8'));
  await writeFile(path.join(input, BETTER), text);
  await buildOnce(); // 3: with the better copy
  await buildOnce(); // 4: the same input and lock again
});

after(() => rm(dir, { recursive: true, force: true }));

const sha256 = (file: string) =>
  createHash('sha256')
    .update(readFileSync(path.join(options.input, file)))
    .digest('hex');
const page = (site: string, url: string) =>
  readFileSync(path.join(site, url, 'index.html'), 'utf8');
/** The article holding seed 002, in a build's manifest. */
const story = (manifest: Manifest) => {
  const found = manifest.articles.find((a) => a.sources.some((s) => s.path === SEED));
  assert.ok(found, `no article holds ${SEED}`);
  return found;
};

test('the first build writes a lock with every article and no redirects', () => {
  const [first] = builds;
  const lock = JSON.parse(first!.lock) as AddressLock;
  assert.equal(lock.version, 1);
  assert.deepEqual(
    lock.articles.map((e) => e.id),
    first!.manifest.articles.map((a) => a.id).sort(),
  );
  assert.ok(first!.lock.endsWith('\n'));
  assert.equal(first!.summary.redirects, 0);
  assert.ok(first!.manifest.articles.every((a) => a.redirects_from.length === 0));
  assert.ok(!existsSync(`${options.lock}.tmp`));
});

test('a rebuild with the lock the first build wrote gives a byte-identical site and lock', async () => {
  const [first, second] = builds;
  await assertSameTree(first!.site, second!.site);
  assert.equal(second!.lock, first!.lock);
});

test('the better copy is merged into the story and changes its headline', () => {
  const old = story(builds[1]!.manifest);
  const merged = story(builds[2]!.manifest);
  const { headline } = betterCopy(readFileSync(path.join(seeds, SEED), 'utf8'));
  assert.equal(merged.title, headline);
  assert.notEqual(merged.title, old.title);
  assert.deepEqual(merged.sources.map((s) => s.path).sort(), [SEED, BETTER]);
  assert.equal(merged.sources[0]?.path, BETTER, 'the better copy is the canonical one');
});

test('the retitled story keeps its id and gets a new URL; its old URL redirects there', () => {
  const { manifest, site, summary, lock } = builds[2]!;
  const old = story(builds[1]!.manifest);
  const moved = story(manifest);
  assert.equal(moved.id, old.id);
  assert.notEqual(moved.url, old.url);
  assert.deepEqual(moved.redirects_from, [old.url]);
  assert.equal(summary.redirects, 1);

  const target = `/news${moved.url}`;
  const article = page(site, moved.url);
  assert.match(article, /data-pagefind-body/);
  assert.ok(article.includes(`>${moved.title}</h1>`));

  const redirect = page(site, old.url);
  assert.ok(redirect.includes(`<meta http-equiv="refresh" content="0; url=${target}">`));
  assert.ok(redirect.includes(`<link rel="canonical" href="${target}">`));
  assert.ok(redirect.includes('<meta name="robots" content="noindex">'));
  assert.match(redirect, new RegExp(`This article moved to <a href="${target}">`));
  assert.doesNotMatch(redirect, /data-pagefind/);

  const entry = (JSON.parse(lock) as AddressLock).articles.find((e) => e.id === old.id);
  assert.deepEqual(entry?.aliases, [old.url.split('/')[2]]);
  assert.deepEqual(entry?.sources, [sha256(SEED), sha256(BETTER)].sort());
});

test('the old URL is neither in the sitemap nor in the search index', () => {
  const { site } = builds[2]!;
  const old = story(builds[1]!.manifest);
  const sitemaps = readdirSync(site).filter((f) => f.startsWith('sitemap'));
  for (const file of sitemaps) {
    assert.ok(!readFileSync(path.join(site, file), 'utf8').includes(old.url), file);
  }
  const fragments = path.join(site, 'pagefind', 'fragment');
  const indexed = readdirSync(fragments).map((file) => {
    const text = gunzipSync(readFileSync(path.join(fragments, file))).toString('utf8');
    return (JSON.parse(text.replace(/^pagefind_dcd/, '')) as { url: string }).url;
  });
  assert.deepEqual(indexed.sort(), builds[2]!.manifest.articles.map((a) => a.url).sort());
});

test('every other article keeps its id and URL', () => {
  const before = builds[1]!.manifest.articles.filter((a) => a.id !== story(builds[1]!.manifest).id);
  const after = new Map(builds[2]!.manifest.articles.map((a) => [a.id, a]));
  assert.equal(after.size, before.length + 1);
  for (const a of before) {
    assert.equal(after.get(a.id)?.url, a.url, a.title);
    assert.ok(existsSync(path.join(builds[2]!.site, a.url, 'index.html')), a.url);
  }
});

test('rebuilding with the same input and lock changes nothing', async () => {
  const [, , third, fourth] = builds;
  await assertSameTree(third!.site, fourth!.site);
  assert.equal(fourth!.lock, third!.lock);
});

test('a lock that cannot be read fails the build and leaves the site and the lock alone', async () => {
  const lock = path.join(dir, 'broken.lock.json');
  await writeFile(lock, '{"version": 1, "articles": [');
  await assert.rejects(
    build({ ...options, lock }),
    (error: Error) => error instanceof LockFileError && error.message.includes(lock),
  );
  assert.equal(await readFile(lock, 'utf8'), '{"version": 1, "articles": [');
  await assertSameTree(options.output, builds[3]!.site);
});
