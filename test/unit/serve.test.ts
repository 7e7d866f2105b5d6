// The local static server: content types, index pages, misses, and paths that try to leave the
// served folder; and the serve command: its help, its mistakes, base paths, a taken port, a
// folder with no site, and a site replaced while it is served.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { parseServeArgs } from '../../src/serve-args.ts';
import { serveMain, startServer, type RunningServer } from '../../src/serve.ts';

let dir: string;
let root: string;
let server: RunningServer;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-serve-'));
  root = path.join(dir, 'site');
  const files: Record<string, string | Buffer> = {
    'index.html': '<h1>Home</h1>',
    '404.html': '<h1>Not here</h1>',
    'topics/index.html': '<h1>Topics</h1>',
    'assets/site.css': 'body {}',
    'assets/search.js': '',
    'archive.json': '{}',
    'feed.xml': '<feed/>',
    'pagefind/pagefind.en_1.pf_meta': Buffer.from([1, 2, 3]),
    'pagefind/wasm.en.pagefind': Buffer.from([0]),
    'pagefind/pagefind.wasm': Buffer.from([0, 97, 115, 109]),
    'notes.md': 'plain text',
    'raw/a story.txt': 'caf\u00e9',
    'raw/latin1.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]),
    'raw/page.html': '<script>alert(1)</script>',
  };
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), content);
  }
  await writeFile(path.join(dir, 'secret.txt'), 'outside the root');
  await symlink(path.join(dir, 'secret.txt'), path.join(root, 'link.txt'));
  server = await startServer({ root, port: 0, basePath: '/news/' });
});

after(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

async function get(urlPath: string, method = 'GET') {
  const origin = new URL(server.url).origin;
  const response = await fetch(origin + urlPath, { method, redirect: 'manual' });
  return { response, body: await response.text() };
}

test('serves files with their content types', async () => {
  const expected: Record<string, string> = {
    '/news/': 'text/html; charset=utf-8',
    '/news/assets/site.css': 'text/css; charset=utf-8',
    '/news/assets/search.js': 'text/javascript; charset=utf-8',
    '/news/archive.json': 'application/json',
    '/news/feed.xml': 'application/xml',
    '/news/pagefind/pagefind.en_1.pf_meta': 'application/octet-stream',
    '/news/pagefind/wasm.en.pagefind': 'application/octet-stream',
    '/news/pagefind/pagefind.wasm': 'application/wasm',
    '/news/notes.md': 'text/plain; charset=utf-8',
  };
  for (const [urlPath, type] of Object.entries(expected)) {
    const { response } = await get(urlPath);
    assert.equal(response.status, 200, urlPath);
    assert.equal(response.headers.get('content-type'), type, urlPath);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  }
});

test('raw input files are plain text, labelled UTF-8 only when they are', async () => {
  const utf8 = await get('/news/raw/a%20story.txt');
  assert.equal(utf8.response.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.equal(utf8.body, 'café');
  const latin1 = await get('/news/raw/latin1.txt');
  assert.equal(latin1.response.headers.get('content-type'), 'text/plain');
  const html = await get('/news/raw/page.html');
  assert.equal(html.response.headers.get('content-type'), 'text/plain; charset=utf-8');
});

test('folders serve their index page, after a redirect to the address with a slash', async () => {
  assert.equal((await get('/news/topics/')).body, '<h1>Topics</h1>');
  const { response } = await get('/news/topics?q=x');
  assert.equal(response.status, 301);
  assert.equal(response.headers.get('location'), '/news/topics/?q=x');
  assert.equal((await get('/news')).response.headers.get('location'), '/news/');
  assert.equal((await get('/')).response.headers.get('location'), '/news/');
});

test('misses get the 404 page with status 404', async () => {
  for (const urlPath of ['/news/nothing/', '/news/raw/none.txt', '/elsewhere/index.html']) {
    const { response, body } = await get(urlPath);
    assert.equal(response.status, 404, urlPath);
    assert.equal(body, '<h1>Not here</h1>');
  }
});

test('paths leading outside the folder are refused', async () => {
  for (const urlPath of [
    '/news/../secret.txt',
    '/news/%2e%2e/secret.txt',
    '/news/..%2fsecret.txt',
    '/news/link.txt',
    '/news/%00',
    '/news/%E0%A4%A',
  ]) {
    const { response, body } = await get(urlPath);
    assert.equal(response.status, 404, urlPath);
    assert.doesNotMatch(body, /outside the root/, urlPath);
  }
});

test('HEAD has headers only; other methods are not allowed', async () => {
  const head = await get('/news/', 'HEAD');
  assert.equal(head.response.status, 200);
  assert.equal(head.response.headers.get('content-length'), '13');
  assert.equal(head.body, '');
  assert.equal((await get('/news/', 'POST')).response.status, 405);
});

/** The serve command run in this process, as the bin runs it; `stop` is its Ctrl+C. */
function serveCommand(argv: string[]) {
  const controller = new AbortController();
  const out: string[] = [];
  const err: string[] = [];
  let listening: (url: string) => void = () => {};
  const url = new Promise<string>((done) => (listening = done));
  const code = serveMain(argv, {
    log: (line) => out.push(line),
    error: (line) => err.push(line),
    signal: controller.signal,
    onListening: listening,
  });
  return {
    code,
    out,
    err,
    /** The site's address once served; rejects when the command ends first. */
    url: () =>
      Promise.race([
        url,
        code.then((c): never => {
          throw new Error(`serve ended with exit code ${c}: ${err.join('\n')}`);
        }),
      ]),
    stop: () => {
      controller.abort();
      return code;
    },
  };
}

const OPTIONS = ['--dir', '--port', '--base-path', '--config', '--watch', '--input', '--output'];

test('--help lists every option and exits 0', async () => {
  for (const flag of ['--help', '-h']) {
    const run = serveCommand([flag]);
    assert.equal(await run.code, 0);
    const help = run.out.join('\n');
    // With --watch, every option of the build.
    const build = ['--work', '--lock', '--base-url', '--title', '--strict', '--allow-empty'];
    build.push('--jobs', '--articles-per-index', '--max-file-size', '--quiet');
    for (const option of [...OPTIONS, ...build, '--help']) {
      assert.match(help, new RegExp(`${option}\\b`), option);
    }
  }
});

test('an unknown option exits 2 with one sentence naming the nearest known one', async () => {
  const run = serveCommand(['--prot', '9000']);
  assert.equal(await run.code, 2);
  assert.equal(run.err.length, 1);
  assert.match(run.err[0]!, /Unknown option --prot\. Did you mean --port\?/);
  // The same from the command a user types: exit code 2 and no stack trace.
  const failed = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, '../../src/serve.ts'), '--bse-path', 'x'],
    { cwd: path.join(import.meta.dirname, '../..') },
  ).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => error,
  );
  assert.equal(failed.code, 2);
  assert.match(failed.stderr, /Did you mean --base-path\?/);
  assert.doesNotMatch(failed.stderr, /\n\s+at /);
});

test('--watch takes every option of the build, read as the build reads it', async () => {
  const args = await parseServeArgs([
    ...['--watch', '--strict', '--allow-empty', '--quiet', '--input', 'in', '--title', 'T'],
    ...['--max-file-size', '2', '--articles-per-index', '5', '--jobs', '3', '--port', '0'],
  ]);
  assert.deepEqual(
    { ...args.build, topics: undefined },
    {
      ...args.build,
      topics: undefined,
      input: path.resolve('in'),
      output: path.resolve('dist'),
      siteTitle: 'T',
      strict: true,
      allowEmpty: true,
      progress: false,
      maxFileSize: 2_000_000,
      articlesPerSearchIndex: 5,
      jobs: 3,
    },
  );
  // Checked as the build checks them.
  await assert.rejects(parseServeArgs(['--watch', '--base-url', 'example.org']), {
    name: 'UsageError',
    message: /write https:\/\/example\.org/,
  });
  await assert.rejects(parseServeArgs(['--strict']), { message: /--strict is for --watch/ });
});

test('a stray word or a value left out is one sentence saying what to type; exit 2', async () => {
  for (const [argv, message] of [
    [
      ['site'],
      'Unexpected argument "site": options start with --, as in --dir site. ' +
        'Run news-archive serve --help to list them.',
    ],
    [['--dir', '--watch'], '--dir needs a value, as in --dir DIR.'],
    [['--watch=yes'], '--watch takes no value (it was given "yes").'],
  ] as const) {
    const run = serveCommand([...argv]);
    assert.equal(await run.code, 2, argv.join(' '));
    assert.deepEqual(run.err, [`news-archive serve: ${message}`]);
  }
});

test('--base-path takes news, /news and news/ as /news/, as the build does', async () => {
  for (const basePath of ['news', '/news', 'news/']) {
    const run = serveCommand(['--dir', root, '--port', '0', '--base-path', basePath]);
    const url = await run.url();
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/news\/$/, basePath);
    assert.equal(await (await fetch(url)).text(), '<h1>Home</h1>', basePath);
    assert.equal(await run.stop(), 0);
  }
});

test('a taken port is passed over for the next free one, and the message says which', async () => {
  const taken = createServer();
  await new Promise<void>((done) => taken.listen(0, '127.0.0.1', done));
  const port = (taken.address() as { port: number }).port;
  try {
    const run = serveCommand(['--dir', root, '--port', String(port), '--base-path', '/news/']);
    const url = await run.url();
    const served = Number(new URL(url).port);
    assert.notEqual(served, port);
    assert.equal(await (await fetch(url)).text(), '<h1>Home</h1>');
    assert.match(run.err.join('\n'), new RegExp(`port ${port} .*in use.*port ${served}`));
    assert.match(run.out.join('\n'), new RegExp(`at ${url}`));
    assert.equal(await run.stop(), 0);
  } finally {
    await new Promise((done) => taken.close(done));
  }
});

test('a missing folder, or one with no site, exits 2 naming it', async () => {
  const empty = path.join(dir, 'empty');
  await mkdir(empty, { recursive: true });
  for (const folder of [path.join(dir, 'missing'), empty]) {
    const run = serveCommand(['--dir', folder, '--port', '0']);
    assert.equal(await run.code, 2, folder);
    assert.equal(run.err.length, 1);
    assert.match(run.err[0]!, /No site in .*: build one first with `npm run build`/);
    assert.ok(run.err[0]!.includes(`${folder}/`), run.err[0]);
  }
});

test('a site replaced by renames, as a build publishes it, is served at once', async () => {
  const live = path.join(dir, 'live');
  await mkdir(live);
  await writeFile(path.join(live, 'index.html'), 'old');
  const liveServer = await startServer({ root: live, port: 0 });
  try {
    assert.equal(await (await fetch(liveServer.url)).text(), 'old');
    const staging = `${live}.staging`;
    await mkdir(staging);
    await writeFile(path.join(staging, 'index.html'), 'new');
    await rename(live, `${live}.previous`);
    await rename(staging, live);
    assert.equal(await (await fetch(liveServer.url)).text(), 'new');
  } finally {
    await liveServer.close();
  }
});
