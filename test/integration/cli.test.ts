// The command line as a user meets it: --help and --version, mistakes in the command (an
// unknown or misspelt option, a missing value, a base URL without its scheme) told in one line
// with exit code 2, the news-archive command (bin/news-archive.js) and `npm --prefix CHECKOUT run
// build` working from the user's own folder, and a corpus's README and hidden files left out of
// the site and counted in a summary that reads as English.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import type { Manifest } from '../../src/types.ts';
import { buildCommand, ROOT, type Run } from '../helpers/cli.ts';

const execFileAsync = promisify(execFile);
const SEEDS = path.join(ROOT, 'seeds');
const BIN = path.join(ROOT, 'bin/news-archive.js');

let dir: string;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-cli-'));
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fresh folder under the test's temporary one. */
async function folder(name: string): Promise<string> {
  const made = path.join(dir, name);
  await mkdir(made, { recursive: true });
  return made;
}

/** Runs a command in `cwd`; resolves to its exit code and output, whatever the code. */
async function runIn(cwd: string, file: string, args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(file, args, {
      cwd,
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** A user's mistake: exit 2 and one line naming it, with no stack trace and nothing built. */
function assertUsageError(run: Run, message: RegExp | string, cwd: string) {
  assert.equal(run.code, 2, run.stderr);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line, not:\n${run.stderr}`);
  assert.match(lines[0] ?? '', /^news-archive: /);
  if (typeof message === 'string') assert.ok(run.stderr.includes(message), run.stderr);
  else assert.match(run.stderr, message);
  assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  assert.doesNotMatch(run.stderr, /build failed|left as it was/);
  assert.ok(!existsSync(path.join(cwd, 'dist')), 'nothing was built');
}

const OPTIONS = [
  '--input DIR',
  '--output DIR',
  '--work DIR',
  '--lock FILE',
  '--config FILE',
  '--base-path PATH',
  '--base-url URL',
  '--title TEXT',
  '--strict',
  '--allow-empty',
  '--jobs N',
  '--articles-per-index N',
  '--max-file-size MB',
  '--quiet',
];

/** The help's entry for `option` ("--input DIR"), its lines wrapped to fit joined, or null. */
function helpEntry(help: string, option: string): string | null {
  const lines = help.split('\n');
  const first = lines.findIndex((l) => l.trimStart().startsWith(`${option} `));
  if (first === -1) return null;
  const entry = [lines[first]!.trim()];
  for (const line of lines.slice(first + 1)) {
    // A wrapped entry goes on in lines indented past the option's names.
    if (!/^ {4,}\S/.test(line) || line.trimStart().startsWith('-')) break;
    entry.push(line.trim());
  }
  return entry.join(' ');
}

test('--help and -h list every option with its default, and the commands; exit 0', async () => {
  const cwd = await folder('help');
  for (const flag of ['--help', '-h']) {
    const run = await buildCommand(cwd, [flag]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stderr, '');
    for (const option of OPTIONS) {
      const entry = helpEntry(run.stdout, option);
      assert.ok(entry, `${flag} lists ${option}:\n${run.stdout}`);
      assert.match(entry, /\(default: [^)]+\)$/, `${option} has its default`);
    }
    assert.match(run.stdout, /--allow-empty +publish even when the input gives no article/);
    assert.match(run.stdout, /news-archive \[build\] \[options\]/);
    assert.match(run.stdout, /news-archive serve/);
    assert.ok(!existsSync(path.join(cwd, 'dist')), 'help builds nothing');
  }
});

test('--version prints the version in package.json; exit 0', async () => {
  const cwd = await folder('version');
  const { version } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  const run = await buildCommand(cwd, ['--version']);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout.trim(), version);
});

test('a misspelt option is named with the one meant; exit 2, no stack trace', async () => {
  const cwd = await folder('unknown');
  assertUsageError(
    await buildCommand(cwd, ['--inptu', SEEDS]),
    'news-archive: Unknown option --inptu. Did you mean --input?',
    cwd,
  );
  assertUsageError(
    await buildCommand(cwd, ['--input', SEEDS, '--allow_empty']),
    'Did you mean --allow-empty?',
    cwd,
  );
  assertUsageError(
    await buildCommand(cwd, ['--input', SEEDS, '--frobnicate']),
    /Unknown option --frobnicate\. Run news-archive --help/,
    cwd,
  );
});

test('an option without its value, or a stray argument, is one sentence; exit 2', async () => {
  const cwd = await folder('missing-value');
  assertUsageError(
    await buildCommand(cwd, ['--input']),
    'news-archive: --input needs a value, as in --input DIR.',
    cwd,
  );
  assertUsageError(
    await buildCommand(cwd, ['--output', '--input', SEEDS]),
    '--output needs a value, as in --output DIR.',
    cwd,
  );
  assertUsageError(await buildCommand(cwd, [SEEDS]), `--input ${SEEDS}`, cwd);
  assertUsageError(await buildCommand(cwd, ['--jobs', 'two']), '--jobs wants a whole number', cwd);
});

test('a base URL without http(s):// says what to write instead; exit 2', async () => {
  const cwd = await folder('base-url');
  assertUsageError(
    await buildCommand(cwd, ['--input', SEEDS, '--base-url', 'example.org']),
    /--base-url "example\.org" .*write https:\/\/example\.org/,
    cwd,
  );
  assertUsageError(
    await buildCommand(cwd, ['--input', SEEDS, '--base-url', 'https://']),
    '--base-url "https://" names no host: write the site\'s whole address',
    cwd,
  );
  // The same checks hold for the config's baseUrl, named by its file.
  await writeFile(path.join(cwd, 'site.json'), JSON.stringify({ baseUrl: 'example.org' }));
  assertUsageError(
    await buildCommand(cwd, ['--input', SEEDS, '--config', 'site.json']),
    /site\.json.*baseUrl.*https?:\/\//,
    cwd,
  );
  await writeFile(path.join(cwd, 'site.json'), JSON.stringify({ baseUrl: 'https://' }));
  assertUsageError(
    await buildCommand(cwd, ['--input', SEEDS, '--config', 'site.json']),
    'news-archive: site.json: "baseUrl": "https://" names no host',
    cwd,
  );
});

test('a build that fails on its own tells it once: what became of the site, then the error', async () => {
  const cwd = await folder('crash');
  // A work folder under a file: mkdir fails with ENOTDIR once the build has started, which is
  // the build's failure, not a mistake the command line checks.
  await writeFile(path.join(cwd, 'a-file'), '');
  const run = await buildCommand(cwd, ['--input', SEEDS, '--work', 'a-file/work']);
  assert.equal(run.code, 1, run.stderr);
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines[0], 'news-archive: build failed, dist was left as it was.', run.stderr);
  // The message once, in the stack that follows it, however many processes the build ran in
  // (the relaunch with the heap limit sized to the machine, src/heap-limit.ts).
  assert.equal(run.stderr.split('ENOTDIR').length - 1, 1, run.stderr);
  assert.equal(lines.filter((line) => line.includes('build failed')).length, 1, run.stderr);
  assert.match(lines[1] ?? '', /^Error: ENOTDIR: not a directory, mkdir .*a-file\/work'$/);
  assert.match(lines[2] ?? '', /^\s+at /);
});

test('a missing input folder is a usage error, not "build failed"; exit 2', async () => {
  const cwd = await folder('no-input');
  assertUsageError(await buildCommand(cwd, ['--input', 'nowhere']), 'nowhere', cwd);
});

/**
 * The heap limit of every Node process a build command ran (pid order of exit), each recorded by
 * a module NODE_OPTIONS loads into it, and the command's run.
 */
async function heapLimitsOf(
  cwd: string,
  file: string,
  args: string[],
  nodeOptions: string,
): Promise<{ run: Run; limitsMB: number[] }> {
  const record = path.join(cwd, 'limits.txt');
  const recorder = path.join(cwd, 'record-limit.cjs');
  await writeFile(
    recorder,
    `process.on('exit', () => require('node:fs').appendFileSync(${JSON.stringify(record)}, ` +
      `require('node:v8').getHeapStatistics().heap_size_limit + '\\n'));\n`,
  );
  const env = { ...process.env, NODE_OPTIONS: `--require ${recorder} ${nodeOptions}` };
  let run: Run;
  try {
    const { stdout, stderr } = await execFileAsync(file, args, { cwd, env });
    run = { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    run = { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
  const text = existsSync(record) ? await readFile(record, 'utf8') : '';
  const limitsMB = text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((n) => Number(n) / 1024 ** 2);
  return { run, limitsMB };
}

test("a build runs with half the machine's memory as its heap limit; a limit the user sets is kept", async () => {
  const half = totalmem() / 2 / 1024 ** 2;
  // A build that stops at its first check (the input folder is missing) in the process that
  // builds: the limit is that process's, and the command's output and exit code are its own.
  for (const command of [
    [process.execPath, ['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli.ts')]],
    [BIN, ['build']],
  ] as const) {
    const cwd = await folder(`heap-${path.basename(command[0])}`);
    const { run, limitsMB } = await heapLimitsOf(
      cwd,
      command[0],
      [...command[1], '--input', 'nowhere'],
      '',
    );
    assertUsageError(run, 'nowhere', cwd);
    // The command's process and the build's, which ends first.
    assert.equal(limitsMB.length, 2, `${limitsMB}`);
    assert.ok(
      Math.abs((limitsMB[0] as number) - half) < 100,
      `${limitsMB[0]} MB, not about ${half}`,
    );
  }
  const cwd = await folder('heap-given');
  const { run, limitsMB } = await heapLimitsOf(
    cwd,
    BIN,
    ['--input', 'nowhere'],
    '--max-old-space-size=3000',
  );
  assertUsageError(run, 'nowhere', cwd);
  // One process, with the user's limit (V8 adds the young generation's 48 MB).
  assert.deepEqual(limitsMB, [3048]);
});

test("a corpus's README and hidden files are skipped and counted; the summary is English", async () => {
  const cwd = await folder('skipped');
  const input = path.join(cwd, 'bbc');
  await mkdir(path.join(input, 'business'), { recursive: true });
  await mkdir(path.join(input, '.git'));
  await copyFile(
    path.join(SEEDS, '004_58c0262a177e068d.txt'),
    path.join(input, 'business/004.txt'),
  );
  // The BBC corpus's own README.TXT, which used to be published as an article.
  await writeFile(
    path.join(input, 'README.TXT'),
    'Consists of 2225 documents from the BBC news website corresponding to stories in five ' +
      'topical areas from 2004-2005.\nNatural Classes: 5 (business, entertainment, politics, ' +
      'sport, tech)\n\nAll rights, including copyright, in the content of the original ' +
      'articles are owned by the BBC.\n',
  );
  await writeFile(path.join(input, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  await writeFile(path.join(input, '.git/config'), '[core]\n\trepositoryformatversion = 0\n');

  const run = await buildCommand(cwd, ['--input', 'bbc']);
  assert.equal(run.code, 0, run.stderr);
  const manifest = JSON.parse(
    await readFile(path.join(cwd, 'dist/archive.json'), 'utf8'),
  ) as Manifest;
  assert.deepEqual(
    manifest.articles.flatMap((a) => a.sources.map((s) => s.path)),
    ['business/004.txt'],
    'only the article is published',
  );
  assert.deepEqual(manifest.rejected, [], 'skipped files are not listed as rejected');
  assert.deepEqual((await readdir(path.join(cwd, 'dist/raw'), { recursive: true })).sort(), [
    'business',
    'business/004.txt',
  ]);
  assert.match(
    run.stdout,
    /: 1 file read, 1 article \(0 fragments\), 0 copies merged, 0 files rejected, 2 files and 1 folder skipped \(hidden or documentation\), \d+ pages\./,
  );
});

test('news-archive build works from the folder the user is in', async () => {
  const cwd = await folder('bin');
  await cp(SEEDS, path.join(cwd, 'in'), { recursive: true });
  const run = await runIn(cwd, process.execPath, [BIN, 'build', '--input', 'in', '--quiet']);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, new RegExp(`Built ${path.join(cwd, 'dist')} in`));
  assert.ok(existsSync(path.join(cwd, 'dist/index.html')), 'the site is in the user folder');
  assert.ok(existsSync(path.join(cwd, 'archive.lock.json')), 'and so is its lock');

  // An input with no article (a README only) against the lock's addresses stops, exit 2, unless
  // --allow-empty says to publish the empty archive.
  await mkdir(path.join(cwd, 'empty'));
  await writeFile(path.join(cwd, 'empty/README.md'), '# Where the articles will go\n');
  const refused = await runIn(cwd, process.execPath, [BIN, '--input', 'empty', '--quiet']);
  assert.equal(refused.code, 2, refused.stderr);
  assert.match(refused.stderr, /^news-archive: empty gave no article.*--allow-empty/);
  assert.doesNotMatch(refused.stderr, /\n\s+at |build failed/);
  const emptied = await runIn(cwd, process.execPath, [
    BIN,
    '--input',
    'empty',
    '--allow-empty',
    '--quiet',
  ]);
  assert.equal(emptied.code, 0, emptied.stderr);
  assert.match(emptied.stdout, /0 files read, 0 articles \(0 fragments\)/);

  // build is the default command, --help lists the commands, and a stray word is named.
  const help = await runIn(cwd, process.execPath, [BIN, '--help']);
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /news-archive \[build\] \[options\][\s\S]*news-archive serve/);
  const stray = await runIn(cwd, process.execPath, [BIN, 'in']);
  assert.equal(stray.code, 2);
  assert.match(stray.stderr, /Unknown command "in".*news-archive build --input in/);
});

test('npm --prefix CHECKOUT run build reads and writes in the folder npm was run in', async () => {
  const cwd = await folder('npm-prefix');
  await cp(SEEDS, path.join(cwd, 'in'), { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = await runIn(cwd, npm, [
    '--prefix',
    ROOT,
    'run',
    'build',
    '--',
    '--input',
    'in',
    '--output',
    'out',
    '--quiet',
  ]);
  assert.equal(run.code, 0, run.stderr);
  assert.ok(existsSync(path.join(cwd, 'out/index.html')), `no site in ${cwd}/out:\n${run.stdout}`);
  assert.ok(existsSync(path.join(cwd, 'archive.lock.json')), 'the lock is in the user folder');
});

test('npm --prefix CHECKOUT run serve reads its files in the folder npm was run in', async () => {
  const cwd = await folder('npm-prefix-serve');
  // Not JSON: read from the user's folder, it is named as broken; from the checkout, where there
  // is no such file, it would be named as missing.
  await writeFile(path.join(cwd, 'broken.json'), '{');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = await runIn(cwd, npm, [
    ...['--prefix', ROOT, 'run', 'serve', '--'],
    ...['--config', 'broken.json', '--port', '0'],
  ]);
  assert.equal(run.code, 2, run.stderr);
  assert.match(run.stderr, /news-archive serve: broken\.json: not valid JSON/);
});
