// The raw copies of WARC pages (issue 22, the disk a WARC build takes): each page a build decodes
// is kept in the work folder (warc/payloads/<sha256>) and published at raw/<record>.html.txt; the
// copy is a hard link to the kept page (one set of blocks on disk, not two), while a user's own
// input file is copied, so that editing the site never edits the input. A rebuild publishes the
// right bytes whatever happened to the kept pages in between: a page changed (its old one
// pruned), the work folder deleted, a published copy edited in place. Where the work folder is
// on another file system the pages are copied, the same bytes. Real pages: Readability's test
// pages from the saved-page sample.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build } from '../../src/build.ts';
import { optionsIn } from '../helpers/options.ts';
import { writeWarc, type RecordSpec } from '../helpers/warc.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'web-pages', 'html', 'readability');
const page = (name: string) => readFileSync(path.join(FIXTURES, name, 'source.html'));
const gitlab = page('gitlab-blog');
const medium = page('medium-1');
const medium2 = page('medium-2');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const HTML = { 'Content-Type': 'text/html; charset=utf-8' };
const response = (url: string, body: Buffer): RecordSpec => ({
  url,
  type: 'response',
  date: '2024-06-26T10:00:00Z',
  headers: HTML,
  body,
});

let dir: string;
let input: string;
let offsets: number[];

/** Writes the crawl (one record a page) into the input folder; its records' offsets. */
async function writeCrawl(bodies: Buffer[]): Promise<number[]> {
  const crawl = await writeWarc(
    bodies.map((body, i) => response(`https://example.org/${i}`, body)),
    true,
  );
  await writeFile(path.join(input, 'crawl.warc.gz'), crawl.bytes);
  return crawl.offsets;
}

const rawCopy = (out: string, offset: number) =>
  path.join(out, 'raw', `crawl.warc.gz#${offset}.html.txt`);
const keptPage = (work: string, bytes: Buffer) =>
  path.join(work, 'warc', 'payloads', sha256(bytes));

/** Builds the input into dist/ with the work folder `work` (work/ unless given). */
async function buildInto(work = path.join(dir, 'work')) {
  await build(optionsIn(dir, input, { work }));
  return { out: path.join(dir, 'dist'), work };
}

/** The raw copy is the kept page itself: one inode, the page's bytes. */
function assertLinked(copy: string, kept: string, bytes: Buffer): void {
  assert.deepEqual(readFileSync(copy), bytes);
  assert.equal(statSync(copy).ino, statSync(kept).ino, `${copy} is not a link to ${kept}`);
  assert.ok(statSync(kept).nlink >= 2);
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-raw-links-'));
  input = path.join(dir, 'input');
  await mkdir(input, { recursive: true });
  offsets = await writeCrawl([gitlab, medium]);
  // A saved page of the user's beside the crawl.
  await writeFile(path.join(input, 'saved.html'), page('tumblr'));
});

after(() => rm(dir, { recursive: true, force: true }));

test('a WARC page’s raw copy is a link to its kept page; a user’s own file is copied', async () => {
  const { out, work } = await buildInto();
  assertLinked(rawCopy(out, offsets[0] as number), keptPage(work, gitlab), gitlab);
  assertLinked(rawCopy(out, offsets[1] as number), keptPage(work, medium), medium);
  const saved = path.join(input, 'saved.html');
  const copy = path.join(out, 'raw', 'saved.html.txt');
  assert.deepEqual(readFileSync(copy), readFileSync(saved));
  assert.notEqual(statSync(copy).ino, statSync(saved).ino, 'the input file is linked into dist');
  assert.equal(statSync(saved).nlink, 1);
});

test('a rebuild publishes the right bytes: page changed, work folder deleted, copy edited', async () => {
  // The second page changed: its new page is linked, the old one pruned, the first kept as is.
  const before = statSync(keptPage(path.join(dir, 'work'), gitlab)).ino;
  offsets = await writeCrawl([gitlab, medium2]);
  let { out, work } = await buildInto();
  assertLinked(rawCopy(out, offsets[1] as number), keptPage(work, medium2), medium2);
  assert.ok(!existsSync(keptPage(work, medium)), 'the page gone from the input is pruned');
  assert.equal(statSync(rawCopy(out, offsets[0] as number)).ino, before);

  // The work folder deleted: the pages are decoded again and linked afresh.
  await rm(work, { recursive: true });
  ({ out, work } = await buildInto());
  assertLinked(rawCopy(out, offsets[0] as number), keptPage(work, gitlab), gitlab);
  assert.notEqual(statSync(keptPage(work, gitlab)).ino, before);

  // A published copy edited in place edits its kept page too (one inode): the next build
  // writes the page again from the WARC record and publishes its bytes.
  await appendFile(rawCopy(out, offsets[0] as number), '<p>edited</p>');
  ({ out, work } = await buildInto());
  assertLinked(rawCopy(out, offsets[0] as number), keptPage(work, gitlab), gitlab);
  assertLinked(rawCopy(out, offsets[1] as number), keptPage(work, medium2), medium2);
});

/** A folder on another file system than the test's, if the machine has one (tmpfs). */
function otherFileSystem(): string | null {
  const shm = '/dev/shm';
  return existsSync(shm) && statSync(shm).dev !== statSync(tmpdir()).dev ? shm : null;
}

test('with the work folder on another file system the pages are copied, the same bytes', async (t) => {
  const other = otherFileSystem();
  if (!other) return t.skip('no second file system (/dev/shm) on this machine');
  const work = await mkdtemp(path.join(other, 'archive-raw-links-work-'));
  try {
    const output = path.join(dir, 'copied');
    await build(optionsIn(dir, input, { work, output, lock: path.join(dir, 'copied.json') }));
    const copy = rawCopy(output, offsets[0] as number);
    assert.notEqual(statSync(copy).ino, statSync(keptPage(work, gitlab)).ino);
    assert.equal(statSync(copy).nlink, 1);
    const linked = await rawFiles(path.join(dir, 'dist'));
    assert.deepEqual(await rawFiles(output), linked, 'a copied site’s raw/ is a linked one’s');
  } finally {
    await rm(work, { recursive: true, force: true });
  }
});

/** Every file under <out>/raw, by path, with its bytes. */
async function rawFiles(out: string): Promise<Map<string, Buffer>> {
  const raw = path.join(out, 'raw');
  const names = (await readdir(raw, { recursive: true })).sort();
  const files = new Map<string, Buffer>();
  for (const name of names) {
    const file = path.join(raw, name);
    if (statSync(file).isFile()) files.set(name, await readFile(file));
  }
  return files;
}
