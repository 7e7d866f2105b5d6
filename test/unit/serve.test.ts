// The local static server: content types, index pages, misses, and paths that try to leave the
// served folder.

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { startServer, type RunningServer } from '../../src/serve.ts';

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
