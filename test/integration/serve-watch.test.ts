// serve --watch: a real build of a small input, served, rebuilt when an article is added, and
// still served when a rebuild fails; with the build's options, and its summary line.

import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { serveMain } from '../../src/serve.ts';

const SEEDS = path.join(import.meta.dirname, '../../seeds');
/** The headline of the article added while serving (seeds/002_...). */
const ADDED = 'North Koreans in China asking for help for defection';

let dir: string;
let input: string;
let lock: string;
let seeds: string[];

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-serve-watch-'));
  input = path.join(dir, 'in');
  lock = path.join(dir, 'archive.lock.json');
  await mkdir(input);
  seeds = (await readdir(SEEDS)).sort();
  await copyFile(path.join(SEEDS, seeds[0]!), path.join(input, seeds[0]!));
  // Its own config, so that one in the current folder does not change the build.
  await writeFile(path.join(dir, 'config.json'), '{}');
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** serve --watch in this process; `stop` is its Ctrl+C. */
function serveWatching() {
  const controller = new AbortController();
  const out: string[] = [];
  const err: string[] = [];
  let listening: (url: string) => void = () => {};
  const url = new Promise<string>((done) => (listening = done));
  const argv = ['--watch', '--input', input, '--output', path.join(dir, 'dist')];
  argv.push(
    '--work',
    path.join(dir, 'work'),
    '--lock',
    lock,
    '--config',
    path.join(dir, 'config.json'),
  );
  argv.push('--jobs', '1', '--port', '0');
  // Every option of the build is one of --watch's, read as the build reads it.
  argv.push('--strict', '--allow-empty', '--quiet', '--max-file-size', '2');
  argv.push('--articles-per-index', '100');
  const code = serveMain(argv, {
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    signal: controller.signal,
    onListening: listening,
  });
  const ended = (c: number): never => {
    throw new Error(`serve ended with exit code ${c}: ${err.join('\n')}`);
  };
  return {
    out,
    err,
    url: () => Promise.race([url, code.then(ended)]),
    stop: () => {
      controller.abort();
      return code;
    },
  };
}

/** Polls until `check` is true, for up to a minute. */
async function until(what: string, check: () => boolean | Promise<boolean>) {
  const deadline = Date.now() + 60_000;
  while (!(await check())) {
    if (Date.now() > deadline) assert.fail(`waited a minute for ${what}`);
    await new Promise((done) => setTimeout(done, 250));
  }
}

test(
  'serve --watch builds, serves, and rebuilds when an article is added',
  { timeout: 180_000 },
  async () => {
    const serve = serveWatching();
    try {
      const url = await serve.url();
      // The build command's summary line, in English for one article as for many.
      assert.match(serve.out.join('\n'), /^Built .* 1 file read, 1 article \(/m);
      const home = async () => (await fetch(url)).text();
      assert.doesNotMatch(await home(), new RegExp(ADDED));

      await copyFile(path.join(SEEDS, seeds[2]!), path.join(input, seeds[2]!));
      await until('the added article on the home page', async () => (await home()).includes(ADDED));
      assert.match(serve.out.join('\n'), /^Rebuilt .* 2 files read, 2 articles \(/m);
      assert.deepEqual(serve.err, []);

      // A failed rebuild (a damaged address lock) is reported and leaves the site served.
      await writeFile(lock, 'not json');
      await copyFile(path.join(SEEDS, seeds[3]!), path.join(input, seeds[3]!));
      await until('the failed rebuild', () =>
        serve.err.some((line) => /Rebuild failed/.test(line)),
      );
      const after = await fetch(url);
      assert.equal(after.status, 200);
      assert.match(await after.text(), new RegExp(ADDED));
    } finally {
      assert.equal(await serve.stop(), 0);
    }
  },
);
