// The write stage on a rebuild (src/stages/write.ts): bodies come from the render cache only
// while their text is the same, a Markdown file is rewritten only when its bytes change, and the
// content folder ends up exactly as a clean build leaves it, whatever was left in it before.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import matter from 'gray-matter';
import { after, before, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { defaultOptions, type BuildOptions } from '../../src/options.ts';
import {
  renderBodies,
  toWrite,
  write as writeWith,
  type WriteResult,
} from '../../src/stages/write.ts';
import type { AddressedArticle } from '../../src/types.ts';
import { WorkerPool } from '../../src/workers.ts';
import { spillFolder } from '../../src/render-spill.ts';
import { syntheticAddressed } from '../helpers/articles.ts';
import { assertSameTree } from '../helpers/site-files.ts';

/** The stage as the build runs it: bodies rendered (on the pool's threads, if given), then written. */
async function write(
  articles: AddressedArticle[],
  options: BuildOptions,
  pool: WorkerPool | null = null,
): Promise<WriteResult> {
  return writeWith(articles.map(toWrite), options, await renderBodies(articles, options, pool));
}

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-write-cache-'));
});
after(() => rm(dir, { recursive: true, force: true }));

let runs = 0;
/** A work folder that has seen no build. */
function freshWork(): BuildOptions {
  return { ...defaultOptions, work: path.join(dir, `work-${++runs}`) };
}
const folder = (options: BuildOptions) => path.join(options.work, 'content', 'articles');
/** Where the bodies' HTML is written, for the site's article pages. */
const bodiesFolder = (options: BuildOptions) => path.join(options.work, 'content', 'bodies');

/** The article records as the stages before write hand them over. */
function addressed(): AddressedArticle[] {
  return syntheticAddressed();
}

/** What a clean build's write stage returns and leaves, for comparison. */
async function clean(articles: AddressedArticle[]): Promise<{ result: WriteResult; dir: string }> {
  const options = freshWork();
  return { result: await write(articles, options), dir: folder(options) };
}

test('a rebuild with nothing changed renders and writes nothing, and returns the same', async () => {
  const options = freshWork();
  const articles = addressed();
  const first = await write(articles, options);
  assert.equal(first.rendered, articles.length);
  assert.equal(first.written, articles.length);
  const file = path.join(folder(options), `${articles[0]!.slug}.md`);
  const before = (await stat(file)).mtimeMs;

  const second = await write(articles, options);
  assert.equal(second.rendered, 0);
  assert.equal(second.written, 0);
  assert.equal(second.removed, 0);
  assert.equal((await stat(file)).mtimeMs, before, 'an unchanged file is not written');
  assert.deepStrictEqual(second.articles, first.articles);
  assert.deepStrictEqual(second.articles, (await clean(articles)).result.articles);
});

test('after changes the folder and the bodies are what a clean build gives', async () => {
  const options = freshWork();
  await write(addressed(), options);
  // One article's text changes, one goes, one is retitled (its front matter changes, its body
  // not); a file and a folder that are no article's are left in the folder, an article's file
  // is deleted and another's replaced by a link.
  const [edited, gone, retitled, ...rest] = addressed();
  const articles = [
    {
      ...edited!,
      blocks: [...edited!.blocks, { kind: 'paragraph' as const, text: 'A *new* line.' }],
    },
    { ...retitled!, title: `${retitled!.title}, updated` },
    ...rest,
  ];
  await writeFile(path.join(folder(options), 'notes.txt'), 'mine');
  await mkdir(path.join(folder(options), 'drafts.md'));
  const linked = path.join(folder(options), `${rest[1]!.slug}.md`);
  await rm(linked);
  await symlink(path.join(dir, 'elsewhere.md'), linked);
  await rm(path.join(folder(options), `${rest[0]!.slug}.md`));
  await writeFile(path.join(bodiesFolder(options), 'old.html'), '<p>no article</p>');
  await rm(path.join(bodiesFolder(options), `${rest[2]!.slug}.html`));

  const result = await write(articles, options);
  const expected = await clean(articles);
  assert.deepStrictEqual(result.articles, expected.result.articles);
  await assertSameTree(folder(options), expected.dir);
  await assertSameTree(bodiesFolder(options), path.join(expected.dir, '../bodies'));
  assert.equal(result.rendered, 1, 'only the edited body is rendered');
  assert.equal(result.written, 4, 'the edited, retitled, deleted and linked articles');
  assert.equal(result.removed, 4, 'the article gone, the file, the folder and the link');
  await assert.rejects(stat(path.join(dir, 'elsewhere.md')), 'nothing is written through a link');
  const editedBody = path.join(bodiesFolder(options), `${edited!.slug}.html`);
  assert.match(await readFile(editedBody, 'utf8'), /\*new\*/);
  assert.ok(!result.articles.some((a) => a.id === gone!.id));
});

test('a damaged render cache is recomputed, not trusted', async () => {
  const options = freshWork();
  const articles = addressed();
  await write(articles, options);
  const cacheFile = path.join(options.work, 'cache', 'render.jsonl');
  const [header = '', first = '', second = '', ...rest] = gunzipSync(await readFile(cacheFile))
    .toString('utf8')
    .split('\n');
  const wrongType = JSON.parse(second) as { html: unknown };
  wrongType.html = 42;
  await writeFile(
    cacheFile,
    gzipSync([header, first.slice(0, 40), JSON.stringify(wrongType), ...rest].join('\n')),
  );
  const result = await write(articles, options);
  assert.equal(result.rendered, 2);
  assert.deepStrictEqual(result.articles, (await clean(articles)).result.articles);
});

test("bodies rendered on worker threads are the main thread's, files and cache alike", async () => {
  // More bodies than the pool's threshold (200): each synthetic article 40 times over, each copy
  // with a paragraph of its own (markup in it, to be escaped), under a slug of its own.
  const articles = Array.from({ length: 40 }, (_, copy) =>
    addressed().map((article) => ({
      ...article,
      id: `${article.id}-${copy}`,
      slug: `${article.slug}-${copy}`,
      blocks: [
        ...article.blocks,
        { kind: 'paragraph' as const, text: `Copy <b>${copy}</b> *of* it.` },
      ],
    })),
  ).flat();
  const options = freshWork();
  const pool = new WorkerPool(2);
  try {
    const result = await write(articles, options, pool);
    assert.equal(pool.itemsDone, articles.length, 'every body was rendered on the threads');
    const expected = await clean(articles);
    assert.deepStrictEqual(result.articles, expected.result.articles);
    await assertSameTree(folder(options), expected.dir);
    const cacheOf = (dir: string) => readFile(path.join(dir, '../../cache/render.jsonl'));
    assert.deepEqual(await cacheOf(folder(options)), await cacheOf(expected.dir));
    assert.equal(existsSync(spillFolder(options.work)), false, "the threads' spill files go");
  } finally {
    await pool.close();
  }
});

test("the bodies spilled to the work folder until written are removed, a killed build's too", async () => {
  // The bodies wait for the write stage in files, not in the heap (src/render-spill.ts); a build
  // killed before writing leaves them, and the next one must neither read nor keep them.
  const articles = addressed();
  const options = freshWork();
  const spill = spillFolder(options.work);
  await mkdir(spill, { recursive: true });
  await writeFile(path.join(spill, 'thread-0.bodies'), '["left by a killed build"');
  const result = await write(articles, options);
  assert.equal(existsSync(spill), false);
  assert.deepStrictEqual(result.articles, (await clean(articles)).result.articles);
  const expected = await clean(articles);
  await assertSameTree(folder(options), expected.dir);
});

test('the written articles keep their summary sentence and body hash; the HTML goes to a file', async () => {
  // gray-matter keeps every text it is given without options in a cache of its own, for the life
  // of the process: the Markdown of every body, and a Buffer copy of it (15 KB an article at
  // 5,000 saved pages; docs/figures.md, stop 55). The HTML is written for the site's article
  // pages and not held to the site stage (docs/figures.md, stop 56).
  const { cache } = matter as unknown as { cache: Record<string, unknown> };
  const articles = addressed();
  const options = freshWork();
  const { articles: written } = await write(articles, options);
  const bodies = await Promise.all(
    articles.map(async (article) => {
      const file = await readFile(path.join(folder(options), `${article.slug}.md`), 'utf8');
      return matter(file, {}).content;
    }),
  );
  assert.ok(bodies.every((body) => body.length > 0));
  assert.ok(!bodies.some((body) => Object.hasOwn(cache, body)), 'no body is left in the cache');
  assert.ok(written.every((article) => !('blocks' in article) && !('bodyHtml' in article)));
  for (const article of written) {
    const html = await readFile(path.join(bodiesFolder(options), `${article.slug}.html`), 'utf8');
    assert.match(html, /^<p>/);
    assert.equal(article.bodyHash, createHash('sha256').update(html).digest('hex'));
  }
  const summaryOf = (id: string) => written.find((article) => article.id === id)?.summary;
  // The first synthetic article's standfirst has no sentence end; its lead paragraph gives one.
  assert.match(summaryOf(articles[0]!.id) ?? '', /^Defections by ordinary North Koreans/);
});
