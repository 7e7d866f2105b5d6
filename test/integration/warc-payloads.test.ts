// A WARC record's page is kept in the work folder until the site is written (src/warc/payloads.ts):
// compressed, named by its sha256. What a user sees: the work folder takes a fraction of the
// pages' bytes, each raw copy is the page byte for byte all the same (one served chunked and
// gzipped too), a rebuild over the same work folder links the unchanged copies and lets go of a
// page gone from the input, and a work folder an earlier version left (the pages uncompressed)
// builds the same site and is cleared of them. Real pages: Readability's test pages.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build } from '../../src/build.ts';
import { optionsIn } from '../helpers/options.ts';
import { chunked, writeWarc, type RecordSpec } from '../helpers/warc.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'web-pages', 'html', 'readability');
const page = (name: string) => readFileSync(path.join(FIXTURES, name, 'source.html'));
const medium = page('medium-1');
const gitlab = page('gitlab-blog');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const HTML = { 'Content-Type': 'text/html; charset=utf-8' };
const DATE = '2024-06-26T10:00:00Z';

const MEDIUM: RecordSpec = {
  url: 'https://medium.com/@pippinlee/the-open-journalism-project-fb39f4f701bb',
  type: 'response',
  date: DATE,
  headers: HTML,
  body: medium,
};
const GITLAB: RecordSpec = {
  url: 'https://about.gitlab.com/blog/2024/06/25/3-surprising-findings/',
  type: 'response',
  date: DATE,
  headers: { ...HTML, 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' },
  body: chunked(gzipSync(gitlab), 8000),
};

let dir: string;
let input: string;
let offsets: number[];

const payloads = () => path.join(dir, 'work', 'warc', 'payloads');
const copyOf = (offset: number) =>
  path.join(dir, 'dist', 'raw', 'crawl', `site.warc.gz#${offset}.html.txt`);

async function writeCrawl(records: RecordSpec[]): Promise<number[]> {
  const crawl = await writeWarc(records, true);
  await writeFile(path.join(input, 'crawl', 'site.warc.gz'), crawl.bytes);
  return crawl.offsets;
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-warc-payloads-'));
  input = path.join(dir, 'input');
  await mkdir(path.join(input, 'crawl'), { recursive: true });
  offsets = await writeCrawl([MEDIUM, GITLAB]);
  await build(optionsIn(dir, input));
});

after(() => rm(dir, { recursive: true, force: true }));

test('the work folder keeps each page compressed; its raw copy is the page byte for byte', async () => {
  const names = (await readdir(payloads())).sort();
  assert.deepEqual(names, [`${sha256(medium)}.br`, `${sha256(gitlab)}.br`].sort());
  const kept = (await stat(path.join(payloads(), `${sha256(medium)}.br`))).size;
  assert.ok(kept < medium.length / 3, `${kept} bytes kept for a ${medium.length}-byte page`);
  assert.deepEqual(readFileSync(copyOf(offsets[0] as number)), medium);
  // What the server sent once decoded, not the chunked, gzipped bytes of the record.
  assert.deepEqual(readFileSync(copyOf(offsets[1] as number)), gitlab);
});

test('a work folder an earlier version left, its pages uncompressed, builds the same copies', async () => {
  // What a build before stop 59 kept: the page under its sha256 alone, and a temporary file a
  // killed build left.
  for (const name of await readdir(payloads())) await rm(path.join(payloads(), name));
  await writeFile(path.join(payloads(), sha256(medium)), medium);
  await writeFile(path.join(payloads(), `${sha256(gitlab)}.123.abc.tmp`), 'half');
  await rm(path.join(dir, 'dist'), { recursive: true });
  await build(optionsIn(dir, input));
  assert.deepEqual(readFileSync(copyOf(offsets[0] as number)), medium);
  assert.deepEqual(readFileSync(copyOf(offsets[1] as number)), gitlab);
  assert.deepEqual(
    (await readdir(payloads())).sort(),
    [`${sha256(medium)}.br`, `${sha256(gitlab)}.br`].sort(),
  );
});

test('a rebuild links the unchanged copy and lets go of the page gone from the input', async () => {
  const before = statSync(copyOf(offsets[0] as number)).ino;
  const now = await writeCrawl([MEDIUM]);
  assert.equal(now[0], offsets[0]);
  await build(optionsIn(dir, input));
  assert.equal(statSync(copyOf(now[0] as number)).ino, before, 'the copy is linked, not written');
  assert.deepEqual(readFileSync(copyOf(now[0] as number)), medium);
  assert.deepEqual(await readdir(payloads()), [`${sha256(medium)}.br`]);
});
