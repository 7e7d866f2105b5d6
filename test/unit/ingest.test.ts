import assert from 'node:assert/strict';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { ingest, readInputFile } from '../../src/stages/ingest.ts';
import { defaultOptions } from '../../src/options.ts';
import type { InputFile } from '../../src/types.ts';

// Seed 002 has curly quotes and Hangul: every encoding below must give back the same text.
const seed = readFileSync(
  path.join(import.meta.dirname, '../../seeds/002_a5bee99aa457aab1.txt'),
  'utf8',
);

function read(bytes: Buffer): InputFile {
  const file = readInputFile('a.txt', bytes);
  assert.ok(!('reason' in file), `rejected: ${'reason' in file ? file.reason : ''}`);
  return file;
}

test('UTF-8 with and without BOM, UTF-16 LE/BE with BOM and CRLF all decode to the same text', () => {
  const utf16be = Buffer.from(seed, 'utf16le').swap16();
  const variants: [string, Buffer][] = [
    ['utf-8', Buffer.from(seed)],
    ['utf-8 (BOM)', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed)])],
    ['utf-16le (BOM)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')])],
    ['utf-16be (BOM)', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be])],
    ['utf-8', Buffer.from(seed.replace(/\n/g, '\r\n'))],
  ];
  for (const [encoding, bytes] of variants) {
    const file = read(bytes);
    assert.equal(file.encoding, encoding);
    assert.equal(file.text, seed, encoding);
  }
});

test('Windows-1252 text (curly quotes, accents, euro sign) is read correctly', () => {
  // “Café” costs €5 – in Windows-1252 bytes.
  const bytes = Buffer.from([
    0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x63, 0x6f, 0x73, 0x74, 0x73, 0x20, 0x80, 0x35, 0x20,
    0x96,
  ]);
  const file = read(bytes);
  assert.equal(file.encoding, 'windows-1252');
  assert.equal(file.text, '“Café” costs €5 –');
});

test('the real Latin-1 BBC file decodes without replacement characters', () => {
  const bytes = readFileSync(
    path.join(import.meta.dirname, '../fixtures/normalize/bbc-latin1/input.txt'),
  );
  const file = read(bytes);
  assert.equal(file.encoding, 'windows-1252');
  assert.ok(!file.text.includes('\uFFFD'));
});

test('front matter values are parsed, bad YAML is reported and the text kept', () => {
  const good = read(
    Buffer.from('---\ntitle: Given title\ndate: 2004-12-10\n---\nBody text here.\n'),
  );
  assert.equal(good.frontMatter.title, 'Given title');
  assert.equal(good.text.trim(), 'Body text here.');
  const bad = read(Buffer.from('---\ntitle: [unclosed\n---\nBody text here.\n'));
  assert.deepEqual(bad.frontMatter, {});
  assert.match(bad.warnings[0] ?? '', /front matter is not valid YAML/);
  assert.equal(bad.text.trim(), 'Body text here.');
});

test('empty, binary and whitespace-only files are rejected with a reason', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.deepEqual(readInputFile('e.txt', Buffer.alloc(0)), {
    path: 'e.txt',
    reason: 'empty file',
  });
  assert.match((readInputFile('p.txt', png) as { reason: string }).reason, /PNG image/);
  assert.match(
    (readInputFile('n.txt', Buffer.from('a\0b\0c')) as { reason: string }).reason,
    /NUL bytes/,
  );
  assert.match(
    (readInputFile('w.txt', Buffer.from(' \n\t\n')) as { reason: string }).reason,
    /only whitespace/,
  );
});

test('ingest walks folders in sorted order, records paths and sha256, lists what it rejects', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ingest-'));
  await mkdir(path.join(dir, 'b dir'));
  await writeFile(path.join(dir, 'b dir', 'story.md'), 'A headline\n\nSome text of the story.\n');
  await writeFile(path.join(dir, 'a.txt'), 'Another headline\n\nMore text.\n');
  await writeFile(path.join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
  await symlink('/etc/hostname', path.join(dir, 'link.txt'));
  const result = await ingest({ ...defaultOptions, input: dir });
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['a.txt', 'b dir/story.md'],
  );
  assert.equal(result.files[0]?.sha256.length, 64);
  assert.deepEqual(result.rejected.map((r) => r.path).sort(), ['link.txt', 'photo.jpg']);
  assert.match(
    result.rejected.find((r) => r.path === 'link.txt')?.reason ?? '',
    /symbolic link, not followed/,
  );
});

test('a file over --max-file-size is rejected unread, with its size, the limit and what to do', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ingest-size-'));
  const story = 'A headline\n\nSome text of the story.\n';
  await writeFile(path.join(dir, 'at-limit.txt'), story.padEnd(2_000, 'x'));
  await writeFile(path.join(dir, 'over.txt'), story.padEnd(2_001, 'x'));
  const result = await ingest({ ...defaultOptions, input: dir, maxFileSize: 2_000 });
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['at-limit.txt'],
  );
  assert.deepEqual(result.rejected, [
    {
      path: 'over.txt',
      reason:
        'too large: 2 KB (2,001 bytes), over the 2 KB limit for one file (not read, and not copied to ' +
        '/raw/); if it holds many articles, split it into one file per article, or raise the ' +
        'limit with --max-file-size MB',
    },
  ]);
  assert.deepEqual(
    result.raw.map((r) => r.path),
    ['at-limit.txt'],
    'the file too large is not published under /raw/',
  );
  assert.equal(defaultOptions.maxFileSize, 1_000_000);
});

test('a saved page may be ten times --max-file-size: its markup is not article text', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ingest-page-size-'));
  // A news page whose inline script makes it five times the limit, as CNN's or the Guardian's
  // saved pages are at the default 1 MB; and one over ten times.
  const page = (bytes: number) =>
    '<!doctype html><html><head><title>Storm closes the port</title><script>var x="' +
    'x'.repeat(bytes) +
    '";</script></head><body><article><h1>Storm closes the port</h1>' +
    '<p>The harbour master closed the port on Monday as the storm came ashore.</p>' +
    '</article></body></html>';
  await writeFile(path.join(dir, 'big-page.html'), page(10_000));
  await writeFile(path.join(dir, 'huge-page.html'), page(25_000));
  await writeFile(path.join(dir, 'big-text.txt'), 'A headline\n\n'.padEnd(2_500, 'x'));
  const result = await ingest({ ...defaultOptions, input: dir, maxFileSize: 2_000 });
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['big-page.html'],
  );
  const reasons = new Map(result.rejected.map((r) => [r.path, r.reason]));
  assert.match(
    reasons.get('huge-page.html') ?? '',
    /over the 20 KB limit for a saved page \(10 times --max-file-size\)/,
  );
  assert.match(reasons.get('big-text.txt') ?? '', /over the 2 KB limit for one file/);
});

test('hidden files and folders and documentation files are skipped, listed, and not read', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ingest-skip-'));
  const story = 'A headline\n\nSome text of the story.\n';
  await mkdir(path.join(dir, 'business'));
  await mkdir(path.join(dir, '.git/objects'), { recursive: true });
  await writeFile(path.join(dir, 'business', '001.txt'), story);
  await writeFile(path.join(dir, 'business', 'README'), story);
  await writeFile(path.join(dir, 'business', '._001.txt'), Buffer.from([0, 5, 22, 7]));
  await writeFile(path.join(dir, 'README.TXT'), story);
  await writeFile(path.join(dir, 'readme.md'), story);
  await writeFile(path.join(dir, 'LICENSE'), 'MIT License\n');
  await writeFile(path.join(dir, 'Licence.txt'), 'Licence\n');
  await writeFile(path.join(dir, 'CHANGELOG.md'), '# Changes\n');
  await writeFile(path.join(dir, 'CONTRIBUTING.md'), 'Pull requests welcome\n');
  await writeFile(path.join(dir, 'COPYING'), 'GPL\n');
  await writeFile(path.join(dir, 'AUTHORS.txt'), 'Someone\n');
  await writeFile(path.join(dir, 'NOTICE'), 'Notice\n');
  await writeFile(path.join(dir, '.DS_Store'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]));
  await writeFile(path.join(dir, '.git/config'), '[core]\n');
  await writeFile(path.join(dir, '.git/objects/ab'), story);
  // Names that only begin like a documentation file or a hidden one are articles.
  await writeFile(path.join(dir, 'readme-notes.txt'), story);
  await writeFile(path.join(dir, '..dots..in..name.txt'), story);
  await writeFile(path.join(dir, 'authors-say-goodbye.md'), story);
  const result = await ingest({ ...defaultOptions, input: dir });
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['..dots..in..name.txt', 'authors-say-goodbye.md', 'business/001.txt', 'readme-notes.txt'],
  );
  assert.deepEqual(result.rejected, [], 'nothing skipped is a rejection');
  assert.deepEqual(
    result.raw.map((r) => r.path),
    ['..dots..in..name.txt', 'authors-say-goodbye.md', 'business/001.txt', 'readme-notes.txt'],
    'nothing skipped is published under /raw/',
  );
  assert.deepEqual(
    [...result.skipped].sort((a, b) => (a.path < b.path ? -1 : 1)),
    [
      { path: '.DS_Store', reason: 'hidden' },
      { path: '.git/', reason: 'hidden' },
      { path: 'AUTHORS.txt', reason: 'documentation' },
      { path: 'CHANGELOG.md', reason: 'documentation' },
      { path: 'CONTRIBUTING.md', reason: 'documentation' },
      { path: 'COPYING', reason: 'documentation' },
      { path: 'LICENSE', reason: 'documentation' },
      { path: 'Licence.txt', reason: 'documentation' },
      { path: 'NOTICE', reason: 'documentation' },
      { path: 'README.TXT', reason: 'documentation' },
      { path: 'business/._001.txt', reason: 'hidden' },
      { path: 'business/README', reason: 'documentation' },
      { path: 'readme.md', reason: 'documentation' },
    ],
  );
});

test("the BBC corpus's README.TXT is skipped, not read as an article", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'ingest-bbc-'));
  await mkdir(path.join(dir, 'tech'));
  await writeFile(
    path.join(dir, 'README.TXT'),
    'Consists of 2225 documents from the BBC news website corresponding to stories in five ' +
      'topical areas from 2004-2005.\nNatural Classes: 5 (business, entertainment, politics, ' +
      'sport, tech)\n',
  );
  await writeFile(
    path.join(dir, 'tech', '001.txt'),
    'Ink helps drive democracy in Asia\n\nText.\n',
  );
  const result = await ingest({ ...defaultOptions, input: dir });
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['tech/001.txt'],
  );
  assert.deepEqual(result.skipped, [{ path: 'README.TXT', reason: 'documentation' }]);
});
