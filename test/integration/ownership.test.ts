// The build never moves, replaces or deletes what is not its own (src/ownership.ts). Each case is
// one a new user met: a scratch folder holding a copy of the seeds and a file of their own
// (notes.md), and a build pointed somewhere it must not write. Every refusal exits 2 with a
// sentence naming the folder, and every file of the user's is still there, byte for byte.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { buildCommand, fileHashes, ROOT } from '../helpers/cli.ts';
import { SEEDS } from '../helpers/seeds-site.ts';

const NOTES = '# My notes\n\nInterview transcripts are in the cabinet, not here.\n';

let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-ownership-'));
});

after(() => rm(dir, { recursive: true, force: true }));

/** A fresh scratch folder: `in/` holding the seeds and the user's notes.md. */
async function scratch(name: string): Promise<string> {
  const folder = path.join(dir, name);
  await cp(SEEDS, path.join(folder, 'in'), { recursive: true });
  await writeFile(path.join(folder, 'in', 'notes.md'), NOTES);
  return folder;
}

/** Runs the build in `cwd` and checks it was refused, touching nothing under `cwd`. */
async function assertRefused(cwd: string, args: string[], message: RegExp): Promise<void> {
  const before = await fileHashes(cwd);
  const run = await buildCommand(cwd, args);
  assert.equal(run.code, 2, `expected a refusal (exit 2), got ${run.code}:\n${run.stderr}`);
  assert.match(run.stderr, message);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'a refusal printed a stack trace');
  assert.deepEqual(await fileHashes(cwd), before, 'a refused build changed files');
}

test('an output equal to the input is refused, and the input is kept byte for byte', async () => {
  const cwd = await scratch('same');
  await assertRefused(cwd, ['--input', 'in', '--output', 'in'], /output folder in is the input/);
  assert.equal(await readFile(path.join(cwd, 'in', 'notes.md'), 'utf8'), NOTES);
  assert.ok(!existsSync(path.join(cwd, 'in.previous')), 'the input was moved aside');
  // The next build, one that fails on a mistyped input, still touches nothing.
  await assertRefused(cwd, ['--input', 'typo', '--output', 'in'], /input folder typo does not/);
});

test('an output of the current folder, or above it, is refused', async () => {
  const cwd = await scratch('dot');
  await assertRefused(cwd, ['--input', 'in', '--output', '.'], /the current folder/);
  await assertRefused(
    path.join(cwd, 'in'),
    ['--input', '.', '--output', '..'],
    /the current folder/,
  );
});

test("someone's own non-empty folder is refused as an output", async () => {
  const cwd = await scratch('thesis');
  await mkdir(path.join(cwd, 'thesis', 'chapters'), { recursive: true });
  await writeFile(path.join(cwd, 'thesis', 'chapters', 'one.md'), '# Chapter one\n');
  await writeFile(path.join(cwd, 'thesis', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0]));
  await assertRefused(
    cwd,
    ['--input', 'in', '--output', 'thesis'],
    /output folder thesis holds 2 entries and no \.news-archive-site file/,
  );
});

test('an output inside or holding the input, the lock or the work folder, is refused', async () => {
  const cwd = await scratch('overlap');
  await cp(path.join(cwd, 'in'), path.join(cwd, 'data', 'in'), { recursive: true });
  await assertRefused(
    cwd,
    ['--input', 'data/in', '--output', 'data'],
    /output folder data holds the input folder data\/in/,
  );
  await assertRefused(cwd, ['--input', 'in', '--output', 'in/site'], /inside the input folder/);
  await assertRefused(
    cwd,
    ['--input', 'in', '--output', 'site', '--lock', 'site/lock.json'],
    /holds the address lock/,
  );
  await assertRefused(
    cwd,
    ['--input', 'in', '--output', 'site', '--work', 'site/work'],
    /overlaps the work folder/,
  );
  await assertRefused(cwd, ['--input', 'in', '--work', 'in/.work'], /overlaps the input folder/);
});

test("a <output>.previous or .staging folder that is not the tool's is left alone", async () => {
  const cwd = await scratch('previous');
  for (const name of ['site.previous', 'site.staging']) {
    await mkdir(path.join(cwd, name));
    await writeFile(path.join(cwd, name, 'notes.md'), NOTES);
    await assertRefused(cwd, ['--input', 'in', '--output', 'site'], /was not made by news-archive/);
    await rm(path.join(cwd, name), { recursive: true });
  }
});

test('a work folder holding files the tool did not write is refused', async () => {
  const cwd = await scratch('work');
  await mkdir(path.join(cwd, 'papers'));
  await writeFile(path.join(cwd, 'papers', 'draft.md'), NOTES);
  await assertRefused(cwd, ['--input', 'in', '--work', 'papers'], /work folder papers holds/);
});

test('its own sites are replaced, kept as .previous, then removed; an empty folder is used', async () => {
  const cwd = await scratch('own');
  await mkdir(path.join(cwd, 'site'));
  const args = ['--input', 'in', '--output', 'site'];
  for (let round = 1; round <= 3; round++) {
    const run = await buildCommand(cwd, args);
    assert.equal(run.code, 0, `build ${round} failed:\n${run.stderr}`);
    assert.ok(existsSync(path.join(cwd, 'site', '.news-archive-site')), 'the site is not marked');
    assert.ok(existsSync(path.join(cwd, 'site', 'index.html')));
    assert.equal(existsSync(path.join(cwd, 'site.previous')), round > 1);
    assert.ok(!existsSync(path.join(cwd, 'site.staging')), 'a staging folder was left behind');
  }
  assert.equal(await readFile(path.join(cwd, 'in', 'notes.md'), 'utf8'), NOTES);
});

test('a second build into the same output while one runs is told so', async () => {
  const cwd = await scratch('twice');
  const args = ['--input', 'in', '--output', 'site'];
  // A running build holds <output>.staging with its marker and its process id. Racing two real
  // builds failed on a loaded machine (the second one started after the first had published), so
  // the running build is stood in for by a live process holding the staging folder as a build
  // does; the next test covers the same folder left by a dead one.
  const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 120000)']);
  try {
    const staging = path.join(cwd, 'site.staging');
    await mkdir(staging);
    await writeFile(path.join(staging, '.news-archive-site'), 'a build is running\n');
    await writeFile(path.join(staging, '.news-archive-build.pid'), String(holder.pid));
    const second = await buildCommand(cwd, args);
    assert.equal(second.code, 2, second.stderr);
    assert.match(second.stderr, /Another build into site is running/);
    assert.ok(existsSync(path.join(staging, '.news-archive-build.pid')), 'the lock was taken away');
    assert.ok(!existsSync(path.join(cwd, 'site')), 'the second build published');
  } finally {
    holder.kill();
  }
  await new Promise((resolve) => holder.once('exit', resolve));
  const after = await buildCommand(cwd, args);
  assert.equal(after.code, 0, `once the holder is gone the build goes on:\n${after.stderr}`);
  assert.ok(existsSync(path.join(cwd, 'site', 'index.html')));
});

test("a staging folder left by a killed build is the tool's and is cleared", async () => {
  const cwd = await scratch('stale');
  const staging = path.join(cwd, 'site.staging');
  await mkdir(staging);
  await writeFile(path.join(staging, '.news-archive-site'), 'left by a killed build\n');
  // A process id no process has: the kernel's limit is below 2^22.
  await writeFile(path.join(staging, '.news-archive-build.pid'), String(2 ** 22 + 1));
  const run = await buildCommand(cwd, ['--input', 'in', '--output', 'site']);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(existsSync(path.join(cwd, 'site', 'index.html')));
});

test('a read-only output folder is found before any work, not after every stage', async (t) => {
  // Root writes anywhere: the check is run as the unprivileged user "nobody" instead.
  const asRoot = process.getuid?.() === 0;
  const cwd = await scratch('readonly');
  await mkdir(path.join(cwd, 'locked'));
  await chmod(path.join(cwd, 'locked'), 0o555);
  // mkdtemp's folders are the test's alone: opened up so that "nobody" can read the input.
  if (asRoot) for (const folder of [dir, cwd]) await chmod(folder, 0o777);
  const args = [
    '--input',
    'in',
    '--output',
    'locked/site',
    '--work',
    path.join(tmpdir(), `archive-ro-work-${process.pid}`),
    '--lock',
    path.join(tmpdir(), `archive-ro-lock-${process.pid}.json`),
    '--quiet',
  ];
  const cli = ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli.ts')];
  const user = asRoot ? { uid: 65534, gid: 65534 } : {};
  // "nobody" must be able to read the checkout (a clone in a private folder is not): asked by
  // running --version as that user, and the test skipped, saying why, when it cannot.
  const probe = spawnSync(process.execPath, [...cli, '--version'], { cwd, ...user });
  if (probe.status !== 0) {
    t.skip(`the user nobody cannot run news-archive from ${ROOT}: ${String(probe.stderr)}`);
    return;
  }
  const run = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [...cli, ...args], {
      cwd,
      stdio: ['ignore', 'ignore', 'pipe'],
      ...user,
    });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /output folder locked\/site cannot be written/);
  assert.doesNotMatch(run.stderr, /^ingest: /m, 'the build ran before finding it');
});

test('an empty input against a lock of published addresses stops; --allow-empty goes on', async () => {
  const cwd = await scratch('empty');
  const built = await buildCommand(cwd, ['--input', 'in']);
  assert.equal(built.code, 0, built.stderr);
  await mkdir(path.join(cwd, 'empty'));
  const site = await fileHashes(path.join(cwd, 'dist'));
  const lock = await readFile(path.join(cwd, 'archive.lock.json'), 'utf8');

  const refused = await buildCommand(cwd, ['--input', 'empty']);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(refused.stderr, /empty gave no article .* holds \d+ published addresses/);
  assert.match(refused.stderr, /--allow-empty/);
  assert.deepEqual(await fileHashes(path.join(cwd, 'dist')), site, 'the site was changed');
  assert.equal(await readFile(path.join(cwd, 'archive.lock.json'), 'utf8'), lock);
  assert.ok(!existsSync(path.join(cwd, 'dist.staging')), 'a staging folder was left behind');

  const emptied = await buildCommand(cwd, ['--input', 'empty', '--allow-empty']);
  assert.equal(emptied.code, 0, emptied.stderr);
  const manifest = JSON.parse(await readFile(path.join(cwd, 'dist', 'archive.json'), 'utf8')) as {
    articles: unknown[];
  };
  assert.equal(manifest.articles.length, 0);
});
