// The normalize cache (src/normalize/cache.ts): a document from the cache must be the one
// normalize would return now, exactly, also when a new file changes the archive-wide evidence a
// cached file's normalization read (its word counts decide print-break joins); a damaged cache
// is recomputed, never trusted; and the cache holds the last build's files only.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { codeSources } from '../../src/cache.ts';
import { defaultOptions, type BuildOptions } from '../../src/options.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { openNormalizeCache } from '../../src/normalize/cache.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';
import { bbcStories, CORPORA } from '../helpers/corpora.ts';
import { WorkerPool } from '../../src/workers.ts';

const ROOT = path.join(import.meta.dirname, '../..');
/** A real BBC story that spells "nailbiting" solid (seed 001 prints "nail-biting"). */
const NAILBITING = path.join(CORPORA, 'bbc/sport/483.txt');

function inputFile(rel: string, bytes: Buffer): InputFile {
  const file = readInputFile(rel, bytes);
  assert.ok(!('reason' in file), `${rel} was rejected`);
  return file;
}

function seedFiles(): InputFile[] {
  const seeds = path.join(ROOT, 'seeds');
  return readdirSync(seeds)
    .sort()
    .map((name) => inputFile(name, readFileSync(path.join(seeds, name))));
}

/** The seeds and every normalize fixture, read as ingest reads them. */
function realFiles(): InputFile[] {
  const fixtures = path.join(ROOT, 'test/fixtures/normalize');
  return [
    ...seedFiles(),
    ...readdirSync(fixtures)
      .sort()
      .map((name) =>
        inputFile(`fixtures/${name}.txt`, readFileSync(path.join(fixtures, name, 'input.txt'))),
      ),
  ];
}

let work: string;
before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'archive-normalize-cache-'));
});
after(() => rm(work, { recursive: true, force: true }));

/** A fresh work folder for one test. */
async function freshWork(name: string): Promise<BuildOptions> {
  return { ...defaultOptions, work: path.join(work, name) };
}

/** One build's normalize stage through the cache, as src/build.ts runs it. */
async function normalizeAll(
  files: InputFile[],
  opts: BuildOptions,
  pool: WorkerPool | null = null,
): Promise<{ docs: NormalizedDoc[]; reused: number }> {
  const context = corpusProfile(files);
  const cache = await openNormalizeCache(files, opts);
  const docs = await cache.normalizeAll(files, context, pool);
  await cache.save();
  return { docs, reused: cache.reused };
}

function fresh(files: InputFile[]): NormalizedDoc[] {
  const context = corpusProfile(files);
  return files.map((f) => normalize(f, context));
}

const cacheFile = (opts: BuildOptions) => path.join(opts.work, 'cache', 'normalize.jsonl');

/** The cache file's JSON Lines (it is gzip-compressed: src/cache.ts). */
async function readCacheText(opts: BuildOptions): Promise<string> {
  return gunzipSync(await readFile(cacheFile(opts))).toString('utf8');
}

/** Puts JSON Lines in the cache file, compressed as the build writes them. */
async function writeCacheText(opts: BuildOptions, text: string): Promise<void> {
  await writeFile(cacheFile(opts), gzipSync(text));
}

test('documents from the cache equal fresh ones, down to the order of their keys', async () => {
  const opts = await freshWork('equal');
  const files = realFiles();
  const first = await normalizeAll(files, opts);
  assert.equal(first.reused, 0);
  const second = await normalizeAll(files, opts);
  assert.equal(second.reused, files.length, 'nothing changed: every document is reused');
  const expected = fresh(files);
  assert.deepStrictEqual(second.docs, expected);
  // The documents reach the published report.json as JSON: the same bytes.
  assert.equal(JSON.stringify(second.docs), JSON.stringify(expected));
});

/** The first `perDesk` stories of every BBC desk, read as ingest reads them. */
function bbcFiles(perDesk: number): InputFile[] {
  return bbcStories(perDesk).map(({ rel, file }) => inputFile(rel, readFileSync(file)));
}

test("documents normalized on worker threads are the main thread's, and so is the cache", async () => {
  // More files than the pool's threshold (200), so that they go to the threads.
  const files = [...realFiles(), ...bbcFiles(50)];
  const inMain = await freshWork('main-thread');
  const onThreads = await freshWork('threads');
  const pool = new WorkerPool(2);
  try {
    const threaded = await normalizeAll(files, onThreads, pool);
    assert.equal(pool.itemsDone, files.length, 'every file went to the threads');
    assert.deepStrictEqual(threaded.docs, fresh(files));
    await normalizeAll(files, inMain);
    assert.equal(
      await readFile(cacheFile(onThreads), 'utf8'),
      await readFile(cacheFile(inMain), 'utf8'),
      'the cache records the same lookups and answers',
    );
  } finally {
    await pool.close();
  }
});

test('each document is handed on in file order once its entry is written: the build spills its removals then', async () => {
  const files = [...realFiles(), ...bbcFiles(50)];
  const kept = await freshWork('kept');
  const spilled = await freshWork('spilled');
  const pool = new WorkerPool(2);
  try {
    await normalizeAll(files, kept, pool);
    const cache = await openNormalizeCache(files, spilled);
    const handed: { path: string; removed: number }[] = [];
    const docs = await cache.normalizeAll(files, corpusProfile(files), pool, undefined, (doc) => {
      handed.push({ path: doc.path, removed: doc.removed.length });
      // As src/stages/report.ts does once the removals are written.
      doc.removed = [];
    });
    await cache.save();
    assert.deepEqual(
      handed.map((h) => h.path),
      files.map((f) => f.path),
    );
    assert.ok(
      handed.some((h) => h.removed > 0),
      'documents came with their removals',
    );
    assert.ok(docs.every((d) => d.removed.length === 0));
    assert.equal(
      await readFile(cacheFile(spilled), 'utf8'),
      await readFile(cacheFile(kept), 'utf8'),
      'the cache entries keep the removals',
    );
  } finally {
    await pool.close();
  }
});

test('a new file whose words decide a join in a cached file: that file is normalized again', async () => {
  const opts = await freshWork('hyphenation');
  // The seeds alone: the fixtures copy them, and a second "nail-biting" would attest it.
  const files = seedFiles();
  await normalizeAll(files, opts);
  const seed = files.findIndex((f) => f.text.includes('nail-biting'));
  assert.ok(seed >= 0, 'a seed prints "nail-biting"');

  const added = [...files, inputFile('bbc/sport/483.txt', readFileSync(NAILBITING))];
  const rebuilt = await normalizeAll(added, opts);
  const expected = fresh(added);
  assert.deepStrictEqual(rebuilt.docs, expected);
  const text = (doc: NormalizedDoc) => doc.blocks.map((b) => b.text).join('\n');
  // The case itself: the BBC story's "nailbiting" is the evidence that "nail-biting" was a
  // print break, so a clean build joins it.
  assert.match(text(expected[seed]!), /nailbiting/);
  assert.doesNotMatch(text(fresh(files)[seed]!), /nailbiting/);
  assert.ok(rebuilt.reused < files.length, 'the seed whose evidence changed was not reused');
  assert.ok(rebuilt.reused > 0, 'files whose evidence held were reused');
});

test('a damaged cache is recomputed, not trusted', async () => {
  const opts = await freshWork('damaged');
  const files = realFiles();
  await normalizeAll(files, opts);
  const lines = (await readCacheText(opts)).split('\n');
  // A line cut short (a crash mid-write), a line of another shape, a document with a field of
  // the wrong type: each entry is dropped, the others are used.
  const [header = '', first = '', second = '', third = '', ...rest] = lines;
  const wrongType = JSON.parse(third) as { doc: { blocks: unknown } };
  wrongType.doc.blocks = 'not a list';
  await writeCacheText(
    opts,
    [
      header,
      first.slice(0, first.length / 2),
      '{"path": 1}',
      second,
      JSON.stringify(wrongType),
      ...rest,
    ].join('\n'),
  );
  const damaged = await normalizeAll(files, opts);
  assert.equal(damaged.reused, files.length - 2);
  assert.deepStrictEqual(damaged.docs, fresh(files));

  // A file that is not JSON Lines at all, and one written by other code.
  for (const text of ['\u0000garbage', `{"version":"other"}\n${lines.slice(1).join('\n')}`]) {
    await writeCacheText(opts, text);
    const result = await normalizeAll(files, opts);
    assert.equal(result.reused, 0);
    assert.deepStrictEqual(result.docs, fresh(files));
  }
});

test('a cache file of an earlier version, plain JSON Lines, is ignored and replaced', async () => {
  const opts = await freshWork('plain');
  const files = realFiles();
  await normalizeAll(files, opts);
  const text = await readCacheText(opts);
  // What this code would read, uncompressed, as versions before stop 58 wrote their files; and
  // the same cut short, as a gzip file cut short would be.
  const compressed = await readFile(cacheFile(opts));
  for (const bytes of [Buffer.from(text), compressed.subarray(0, compressed.length / 2)]) {
    await writeFile(cacheFile(opts), bytes);
    const result = await normalizeAll(files, opts);
    assert.equal(result.reused, 0);
    assert.deepStrictEqual(result.docs, fresh(files));
    assert.equal(await readCacheText(opts), text, 'written afresh, compressed');
  }
  assert.equal((await normalizeAll(files, opts)).reused, files.length, 'and read by the next');
});

test('the cache takes a fraction of its JSON on disk', async () => {
  const opts = await freshWork('size');
  await normalizeAll(realFiles(), opts);
  const json = Buffer.byteLength(await readCacheText(opts));
  const { size } = await stat(cacheFile(opts));
  // About a third on these short files (a ninth on the WARC bench's saved pages: stop 58).
  assert.ok(size < json / 2, `${size} bytes on disk for ${json} of JSON`);
});

test('the cache keeps the files of the last build only', async () => {
  const opts = await freshWork('pruned');
  const files = realFiles();
  await normalizeAll(files, opts);
  const fewer = files.slice(2);
  await normalizeAll(fewer, opts);
  const entries = (await readCacheText(opts)).trim().split('\n').slice(1);
  assert.deepEqual(
    entries.map((line) => (JSON.parse(line) as { path: string }).path),
    fewer.map((f) => f.path),
  );
  // A file whose bytes changed under the same path is normalized afresh.
  const changed = fewer.map((f, i) =>
    i === 0 ? inputFile(f.path, Buffer.from(`${f.text}\nOne more paragraph of the story.\n`)) : f,
  );
  const result = await normalizeAll(changed, opts);
  assert.equal(result.reused, fewer.length - 1);
  assert.deepStrictEqual(result.docs, fresh(changed));
});

test('the code version covers what normalize runs: its modules, data and packages', () => {
  const { files, packages } = codeSources([
    new URL('../../src/normalize/cache.ts', import.meta.url),
  ]);
  for (const file of [
    'src/extract/normalize.ts',
    'src/normalize/cache.ts',
    'src/stages/ingest.ts',
    'src/text.ts',
    'src/lexicon/news-words.txt',
    // src/normalize/headline/ is a folder of the headline's rule modules: its files, not itself.
    ...readdirSync(path.join(ROOT, 'src/normalize'), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => path.relative(ROOT, path.join(f.parentPath, f.name))),
    // The extraction layer that normalize composes (src/extract/normalize.ts), every stage of it;
    // src/extract/headline-revisions/ is a folder of the dump headline's revisions: its files.
    // src/extract/html/ is a folder of the saved-page reader's modules (stop 44, rf44).
    ...readdirSync(path.join(ROOT, 'src/extract'), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => path.relative(ROOT, path.join(f.parentPath, f.name))),
  ]) {
    assert.ok(files.includes(file), `${file} is in the version`);
  }
  for (const name of ['compromise', 'an-array-of-english-words', 'gray-matter', 'js-yaml']) {
    assert.ok(
      packages.some((p) => p.startsWith(`${name}@`)),
      `${name} is in the version`,
    );
  }
  assert.ok(!files.includes('src/options.ts'), 'type-only imports are not');
  // The stage around it (the cache, rejections, folder defaults) is not what a file gives.
  assert.ok(!files.includes('src/stages/normalize.ts'), 'the normalize stage is not');
});
