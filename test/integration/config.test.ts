// The build command with an archive.config.json, as a user runs it: the config's title,
// description, base URL and topic settings reach the site, command-line options override it, and
// a broken config stops the build with a message naming the file before anything is written.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { Manifest } from '../../src/types.ts';

const run = promisify(execFile);
const ROOT = path.join(import.meta.dirname, '../..');
const SEEDS = path.join(ROOT, 'seeds');

let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-config-build-'));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs `npm run build -- ...args` (as tsx src/cli.ts) in `dir`; resolves to its exit and output. */
async function buildCommand(args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(
      process.execPath,
      ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli.ts'), '--quiet', ...args],
      { cwd: dir },
    );
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

test('the config names the site, sets its address and shapes its topics', async () => {
  await writeFile(
    path.join(dir, 'archive.config.json'),
    JSON.stringify({
      title: 'Korea Desk Archive',
      description: 'Reports on North Korea, collected by the desk.',
      baseUrl: 'https://archive.example.org',
      basePath: '/korea/',
      topics: {
        aliases: { 'North Korea': ['N Korea', 'the North'] },
        exclude: ['China'],
        subjects: { Defection: ['defector', 'defectors', 'defect', 'defected', 'defection'] },
      },
    }),
  );
  const { code, stderr } = await buildCommand(['--input', SEEDS, '--output', 'dist']);
  assert.equal(code, 0, stderr);
  const home = await readFile(path.join(dir, 'dist/index.html'), 'utf8');
  assert.match(home, /<title>Korea Desk Archive<\/title>/);
  assert.match(home, /Reports on North Korea, collected by the desk\./);
  assert.match(home, /href="\/korea\/topics\/"/);
  const feed = await readFile(path.join(dir, 'dist/feed.xml'), 'utf8');
  assert.match(feed, /href="https:\/\/archive\.example\.org\/korea\/articles\//);

  const manifest = JSON.parse(
    await readFile(path.join(dir, 'dist/archive.json'), 'utf8'),
  ) as Manifest;
  const topics = manifest.articles.flatMap((a) => a.topics);
  assert.ok(!topics.includes('China'), 'an excluded topic is gone');
  assert.ok(topics.includes('North Korea'));
  assert.ok(!topics.includes('N Korea'), 'an alias is shown under its canonical name');
  const defection = manifest.articles.filter((a) => a.topics.includes('Defection'));
  assert.ok(
    defection.some((a) => a.title === 'N Korean elite trying to flee country'),
    'the keyword subject is given to the story about defectors',
  );
  await stat(path.join(dir, 'dist/topics/defection/index.html'));

  // A command-line option wins over the config.
  const again = await buildCommand(['--input', SEEDS, '--output', 'dist2', '--title', 'Other']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(await readFile(path.join(dir, 'dist2/index.html'), 'utf8'), /<title>Other<\/title>/);
});

test('a broken config stops the build, naming the file and the field', async () => {
  const file = path.join(dir, 'broken.config.json');
  await writeFile(file, JSON.stringify({ title: 'x', topics: { aliasses: {} } }));
  const { code, stderr } = await buildCommand([
    '--config',
    file,
    '--input',
    SEEDS,
    '--output',
    'never',
  ]);
  assert.equal(code, 2);
  assert.match(stderr, /broken\.config\.json: unknown field "topics\.aliasses"/);
  await assert.rejects(stat(path.join(dir, 'never')), 'nothing was built');

  const missing = await buildCommand([
    '--config',
    path.join(dir, 'nope.json'),
    '--output',
    'never',
  ]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.json: cannot be read/);
});
