// A rebuild from the caches of the previous build gives what a clean build gives, byte for byte:
// the seeds are built, then a real BBC story is added whose "nailbiting" is the evidence that
// seed 001's "nail-biting" was a print break, so the seed's cached document is stale although
// its file did not change. The rebuild (over the same work folder, output and lock, with the
// normalize cache damaged and stray files in the content folder) must equal a clean build of the
// same input and lock: the content folder and the published site.

import assert from 'node:assert/strict';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import { build } from '../../src/build.ts';
import type { BuildOptions } from '../../src/options.ts';
import { bbcFile } from '../helpers/corpora.ts';
import { optionsIn } from '../helpers/options.ts';
import { assertSameTree } from '../helpers/site-files.ts';
import { SEEDS } from '../helpers/seeds-site.ts';

const NAILBITING = bbcFile('sport', 483);

let dir: string;
let input: string;
/** The first build's folders, which the rebuild reuses. */
let options: BuildOptions;
const lines: string[] = [];

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-rebuild-cache-'));
  input = path.join(dir, 'input');
  await cp(SEEDS, input, { recursive: true });
  options = optionsIn(path.join(dir, 'first'), input, { progress: true });
  await build(options);
});

after(() => rm(dir, { recursive: true, force: true }));

/** The text of every article file in a content folder. */
async function articleTexts(work: string): Promise<string> {
  const folder = path.join(work, 'content', 'articles');
  const names = (await readdir(folder)).sort();
  return (await Promise.all(names.map((n) => readFile(path.join(folder, n), 'utf8')))).join('\n');
}

test('a rebuild after adding a file equals a clean build, content folder and site', async () => {
  assert.match(await articleTexts(options.work), /nail-biting/);
  const lockBefore = path.join(dir, 'lock-before.json');
  await copyFile(options.lock, lockBefore);
  await copyFile(NAILBITING, path.join(input, 'bbc-sport-483.txt'));

  // The last entry cut short, as a crash mid-write would leave it (were the file not renamed
  // into place); a user's stray file in the content folder.
  const cacheFile = path.join(options.work, 'cache', 'normalize.jsonl');
  const entries = gunzipSync(await readFile(cacheFile))
    .toString('utf8')
    .trimEnd()
    .split('\n');
  const last = entries.pop() ?? '';
  await writeFile(cacheFile, gzipSync([...entries, last.slice(0, last.length / 2)].join('\n')));
  await writeFile(path.join(options.work, 'content', 'articles', 'stray.md'), 'not an article');

  await build(options, (line) => lines.push(line));

  const clean = optionsIn(path.join(dir, 'clean'), input, { progress: true });
  await mkdir(path.dirname(clean.lock), { recursive: true });
  await cp(lockBefore, clean.lock);
  await build({ ...clean, progress: false });

  const texts = await articleTexts(options.work);
  assert.match(texts, /nailbiting drama/, 'the seed now reads as a clean build reads it');
  assert.doesNotMatch(texts, /nail-biting/);
  await assertSameTree(
    path.join(options.work, 'content', 'articles'),
    path.join(clean.work, 'content', 'articles'),
  );
  await assertSameTree(options.output, clean.output);
  assert.equal(await readFile(options.lock, 'utf8'), await readFile(clean.lock, 'utf8'));

  // And the rebuild did take what held from the caches.
  const normalized = lines.find((l) => l.startsWith('normalize: 6 files'));
  const reused = Number(/, (\d+) from the cache/.exec(normalized ?? '')?.[1]);
  // Of the 5 seeds, the one cut short and seed 001 (its evidence changed) are normalized again.
  assert.ok(reused >= 1 && reused <= 3, `normalize reused some seeds: ${normalized}`);
  const wrote = lines.find((l) => l.startsWith('write: ')) ?? '';
  assert.match(wrote, /, 1 removed/, 'the stray file');
  assert.ok(Number(/(\d+) bodies rendered/.exec(wrote)?.[1]) < 9, wrote);
});
