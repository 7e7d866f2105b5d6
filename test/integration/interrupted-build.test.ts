// A build killed or failing mid-way never leaves a half-written site: the first build publishes
// a site; a second build of a changed input is SIGKILLed during the site stage (once its progress
// line for the write stage is out, Eleventy is rendering into the staging folder); the output
// folder must still be exactly the first build, file for file, and the next build must succeed
// and clean up the stale staging folder. Then a build fails in the site stage (an input file
// vanishes before its raw copy), with the same guarantees.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { bbcStory } from '../helpers/hostile-input.ts';
import { buildCommand, fileHashes } from '../helpers/cli.ts';
import { SEEDS } from '../helpers/seeds-site.ts';

const ROOT = path.join(import.meta.dirname, '../..');

let dir: string;
let input: string;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-interrupted-'));
  input = path.join(dir, 'input');
  await cp(SEEDS, input, { recursive: true });
});

after(() => rm(dir, { recursive: true, force: true }));

/** Starts the build with progress lines on and SIGKILLs it once `line` shows on its stderr. */
function killDuring(line: RegExp): Promise<{ signal: NodeJS.Signals | null; stderr: string }> {
  return during(line, (child) => child.kill('SIGKILL'));
}

/** Starts the build with progress lines on and runs `act` once, when `line` shows on stderr. */
function during(
  line: RegExp,
  act: (child: ReturnType<typeof spawn>) => void,
): Promise<{ signal: NodeJS.Signals | null; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli.ts')], ...buildArgs()],
      { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    let acted = false;
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      if (!acted && line.test(stderr) && child.exitCode === null) {
        acted = true;
        act(child);
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ signal, code, stderr }));
  });
}

/** The build both tests publish with, and the one the killed build is compared to. */
const buildArgs = () => [
  '--input',
  input,
  '--output',
  'dist',
  '--work',
  'work',
  '--lock',
  'archive.lock.json',
];

/** Builds and publishes the site; resolves to its files' hashes and the lock, to compare with. */
async function publish(): Promise<{ published: Map<string, string>; lock: string }> {
  const first = await buildCommand(dir, buildArgs());
  assert.equal(first.code, 0, first.stderr);
  return {
    published: await fileHashes(path.join(dir, 'dist')),
    lock: await readFile(path.join(dir, 'archive.lock.json'), 'utf8'),
  };
}

/** The output folder and lock must be exactly what was published. */
async function assertUnchanged(published: Map<string, string>, lock: string): Promise<void> {
  const after = await fileHashes(path.join(dir, 'dist'));
  assert.deepEqual([...after.keys()], [...published.keys()], 'files were added or removed');
  for (const [file, hash] of published) assert.equal(after.get(file), hash, `${file} changed`);
  assert.equal(await readFile(path.join(dir, 'archive.lock.json'), 'utf8'), lock);
}

/** A story file from a real BBC story. */
function storyFile(n: number): string {
  const { title, paragraphs } = bbcStory('tech', n);
  return `${title}\n\n${paragraphs.join('\n\n')}\n`;
}

test('a build killed during the site stage leaves the previous site as it was', async () => {
  const { published, lock } = await publish();

  // A changed input: one more story.
  await writeFile(path.join(input, 'added.txt'), storyFile(10));

  const killed = await killDuring(/^write: /m);
  assert.equal(killed.signal, 'SIGKILL', `the build ended before it was killed:\n${killed.stderr}`);
  assert.doesNotMatch(killed.stderr, /^site: /m, 'the site stage had finished');

  await assertUnchanged(published, lock);

  // The next build succeeds, publishes the change and leaves no staging folder behind.
  const next = await buildCommand(dir, buildArgs());
  assert.equal(next.code, 0, next.stderr);
  const manifest = await readFile(path.join(dir, 'dist/archive.json'), 'utf8');
  assert.ok(manifest.includes('"added.txt"'), 'the added story is not in the new site');
  assert.ok(!existsSync(path.join(dir, 'dist.staging')), 'a staging folder was left behind');
  // The site it replaced is kept beside it until the next build removes it (src/publish.ts).
  const replaced = await readFile(path.join(dir, 'dist.previous/archive.json'), 'utf8');
  assert.ok(!replaced.includes('"added.txt"'), 'dist.previous is not the replaced site');
  assert.ok(!existsSync(path.join(dir, 'archive.lock.json.tmp')), 'a lock .tmp was left behind');
});

test('a build that fails during the site stage leaves the previous site as it was', async () => {
  const { published, lock } = await publish();

  // A scraper still at work: a story lands in the folder, then is moved away mid-build, after
  // it was read and before its raw copy is published.
  const moved = path.join(input, 'moved-away.txt');
  await writeFile(moved, storyFile(11));
  const failed = await during(/^write: /m, () => void rm(moved));
  assert.equal(failed.code, 1, `the build did not fail:\n${failed.stderr}`);
  assert.match(failed.stderr, /moved-away\.txt was removed from the input folder during the build/);

  await assertUnchanged(published, lock);
  assert.ok(!existsSync(path.join(dir, 'dist.staging')), 'a staging folder was left behind');
  assert.ok(!existsSync(path.join(dir, 'archive.lock.json.tmp')), 'a lock .tmp was left behind');
});
