// The names stage on real BBC stories: tagging on worker threads and from the cache must give
// exactly what the main thread gives, and a rebuild must tag only the articles whose text
// changed.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { defaultOptions, type BuildOptions } from '../../src/options.ts';
import { findNames, tagAhead } from '../../src/stages/names.ts';
import { namesIn } from '../../src/stages/topics.ts';
import type { Article, NormalizedDoc } from '../../src/types.ts';
import { WorkerPool } from '../../src/workers.ts';
import { pipelineArticle } from '../helpers/articles.ts';
import { bbcStories } from '../helpers/corpora.ts';

/** More than the stage's threshold for starting workers (200), from every desk. */
const PER_DESK = 50;

function bbcArticles(): Article[] {
  return bbcStories(PER_DESK).map(({ rel, file }) => {
    const [title = '', ...rest] = readFileSync(file, 'latin1')
      .split(/\n\s*\n|\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return pipelineArticle(rel.replace(/^bbc\//, ''), title, rest);
  });
}

let work: string;
let options: BuildOptions;
const pool = new WorkerPool(2);
const articles = bbcArticles();

before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'archive-names-'));
  options = { ...defaultOptions, work, jobs: 2 };
});
after(async () => {
  await pool.close();
  await rm(work, { recursive: true, force: true });
});

test('worker threads find what the main thread finds, and the cache gives it back', async () => {
  const inMain = articles.map(namesIn);
  assert.ok(inMain.some((n) => n.candidates.length > 0));

  const first = await findNames(articles, options, pool);
  assert.equal(first.workers, 2, 'a batch this large is tagged on worker threads');
  assert.equal(pool.itemsDone, articles.length);
  assert.equal(first.tagged, articles.length);
  assert.deepEqual(first.names, inMain);

  const second = await findNames(articles, options, pool);
  assert.equal(second.tagged, 0, 'nothing is tagged again when no text changed');
  assert.deepEqual(second.names, inMain);
});

test('a rebuild tags only the article whose text changed', async () => {
  await findNames(articles, options, pool);
  const changed = articles.map((a, i) =>
    i === 7 ? { ...a, title: `${a.title} as Gordon Brown said` } : a,
  );
  const result = await findNames(changed, options, pool);
  assert.equal(result.tagged, 1);
  assert.equal(result.workers, 0, 'one article is tagged on the main thread');
  assert.deepEqual(result.names, changed.map(namesIn));
});

test('a damaged cache file is ignored, not trusted', async () => {
  await writeFile(path.join(work, 'cache', 'names.json'), '{"version": "x", "names": {');
  const result = await findNames(articles.slice(0, 20), options, pool);
  assert.equal(result.tagged, 20);
  assert.deepEqual(result.names, articles.slice(0, 20).map(namesIn));
});

/** A normalized document with the article's text, as dedup receives it. */
function docOf(article: Article, copy: number): NormalizedDoc {
  const { title, standfirst, blocks } = article;
  return {
    ...{ path: `copy-${copy}/${article.id}.txt`, sha256: '', format: 'text', date: null },
    ...{ source: null },
    ...{ byline: null, section: null, lang: 'en', removed: [], warnings: [] },
    ...{ title, standfirst, blocks },
  };
}

test('names tagged ahead of dedup are the names of the articles dedup leaves unchanged, and nothing is tagged twice', async () => {
  await rm(path.join(work, 'cache'), { recursive: true, force: true });
  // Every story in ten copies, as a scrape of many mirrors gives them.
  const docs = Array.from({ length: 10 }, (_, copy) => articles.map((a) => docOf(a, copy))).flat();
  const before = pool.itemsDone;
  const ahead = await tagAhead(docs, options, pool);
  assert.ok(ahead.keys.size >= 200, `${ahead.keys.size} documents tagged ahead`);
  assert.ok(ahead.keys.size <= articles.length, 'each text once, not each copy');
  // Dedup outlasts the thread here: it tags every document sent before the names stage starts.
  await ahead.found;

  // Dedup changed one story's text (a longer copy merged in): its names are found afresh.
  const changed = articles.map((a, i) =>
    i === 3 ? { ...a, title: `${a.title} as Gordon Brown said` } : a,
  );
  const result = await findNames(changed, options, pool, () => {}, ahead);
  assert.deepEqual(result.names, changed.map(namesIn));
  assert.equal(result.tagged, articles.length);
  // Every document tagged ahead but the changed one is some article's text (two BBC stories
  // share one text, and take one document's names).
  assert.ok(result.ahead.taken >= ahead.keys.size - 1, `${result.ahead.taken} taken`);
  // The threads tagged the documents sent ahead and nothing more: the articles left (fewer than
  // the 200 worth sending to threads) were tagged on this thread.
  assert.equal(pool.itemsDone - before, ahead.keys.size);
  assert.equal(result.workers, 1);

  // What the cache holds is not tagged ahead again.
  const again = await tagAhead(
    changed.map((a) => docOf(a, 0)),
    options,
    pool,
  );
  assert.equal(again.keys.size, 0);
  // Nor are documents the last build had whose texts the cache does not hold: dedup merged them
  // away then, as it will now.
  const copies = docs.map((doc) => ({ ...doc, title: `${doc.title} (copy)` }));
  const old = await tagAhead(copies, options, pool, () => true);
  assert.equal(old.keys.size, 0);
  // Unless the cache is empty (a new work folder beside a kept lock): nothing then says which of
  // the last build's documents were articles, and they are tagged ahead like new ones.
  await rm(path.join(work, 'cache'), { recursive: true, force: true });
  const fresh = await tagAhead(copies, options, pool, () => true);
  assert.ok(fresh.keys.size >= 200, `${fresh.keys.size} documents tagged ahead`);
  assert.equal((await fresh.found).filter(Boolean).length, fresh.keys.size);
});

test('the names stage stops the thread tagging ahead, and tags what it had not begun', async () => {
  await rm(path.join(work, 'cache'), { recursive: true, force: true });
  // Three copies of each story: enough documents for a third of them to be worth a thread.
  const docs = Array.from({ length: 3 }, (_, copy) => articles.map((a) => docOf(a, copy))).flat();
  // No dedup runs in between: the names stage starts while the thread is on its first batch.
  const ahead = await tagAhead(docs, options, pool);
  const before = pool.itemsDone;
  const result = await findNames(articles, options, pool, () => {}, ahead);
  assert.deepEqual(result.names, articles.map(namesIn));
  assert.equal(result.tagged, articles.length);
  assert.ok(
    result.ahead.tagged < ahead.keys.size,
    `${result.ahead.tagged} of ${ahead.keys.size} sent were tagged ahead`,
  );
  assert.equal(result.ahead.taken, result.ahead.tagged, 'each text tagged ahead is taken');
  // Each document was tagged once: ahead, or with the articles.
  assert.equal(pool.itemsDone - before, articles.length);
});
