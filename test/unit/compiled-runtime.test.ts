// The compiled runtime (bin/runtime.js): the news-archive command runs src/ compiled to plain
// JavaScript when compiled/ was made from the sources as they are, never stale code after an
// edit to src/, and the caches' code versions follow the TypeScript sources either way.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { codeVersion } from '../../src/cache.ts';
import { ROOT } from '../helpers/cli.ts';

const run = promisify(execFile);

/** A copy of the project (its node_modules linked), compiled as `npm ci` compiles it. */
let project = '';
let runtime: {
  compile: (root: string) => Promise<void>;
  compiledIsFresh: (root: string) => boolean;
};

before(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'compiled-runtime-'));
  for (const name of ['bin', 'src', '.eleventy.ts', 'package.json', 'tsconfig.json']) {
    await cp(path.join(ROOT, name), path.join(project, name), { recursive: true });
  }
  await symlink(path.join(ROOT, 'node_modules'), path.join(project, 'node_modules'));
  runtime = await import(pathToFileURL(path.join(project, 'bin/runtime.js')).href);
  await runtime.compile(project);
});

after(() => rm(project, { recursive: true, force: true }));

async function command(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [
    path.join(project, 'bin/news-archive.js'),
    ...args,
  ]);
  return stdout.trim();
}

/** Has the compiled build command answer --version with `answer`, so a run shows which ran. */
async function markCompiled(answer: string): Promise<void> {
  const file = path.join(project, 'compiled/src/cli.js');
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    text.replace('function version() {', `function version() { return "${answer}";`),
  );
}

test('the command runs the compiled modules, and the sources under tsx once src/ is edited', async () => {
  assert.ok(runtime.compiledIsFresh(project));
  await markCompiled('compiled');
  assert.equal(await command('--version'), 'compiled');

  // A developer's edit, without compiling again: the sources run, as they are now.
  await appendFile(path.join(project, 'src/cli.ts'), '\n// an edit\n');
  assert.equal(runtime.compiledIsFresh(project), false);
  assert.equal(await command('--version'), '0.1.0');

  // `npm run compile` (or `npm ci`) brings the compiled modules back.
  await runtime.compile(project);
  await markCompiled('compiled again');
  assert.equal(await command('build', '--version'), 'compiled again');
});

test("the caches' code version is the sources' in the compiled runtime, and follows an edit", async () => {
  const compiledVersion = async () => {
    const cache = pathToFileURL(path.join(project, 'compiled/src/cache.js')).href;
    const entry = pathToFileURL(path.join(project, 'compiled/src/write/render.js')).href;
    const { stdout } = await run(process.execPath, [
      '--input-type=module',
      '-e',
      `const { codeVersion } = await import(${JSON.stringify(cache)});` +
        `console.log(codeVersion([new URL(${JSON.stringify(entry)})]));`,
    ]);
    return stdout.trim();
  };
  // What the TypeScript sources compute, under tsx, for the same module.
  const sources = codeVersion([new URL('../../src/write/render.ts', import.meta.url)]);
  assert.equal(await compiledVersion(), sources);

  // An edit to a module render.ts imports (text.ts, its word count), not compiled again.
  await appendFile(path.join(project, 'src/text.ts'), '\n// an edit\n');
  assert.notEqual(await compiledVersion(), sources);
});
