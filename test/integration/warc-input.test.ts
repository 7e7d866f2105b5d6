// WARC files as input (issue 22), built end to end. A crawl written with warcio from real pages
// (Readability's test pages, read from the saved-page sample test/web-pages/html/readability,
// their one copy): two HTML pages (one served chunked and gzipped), one of them captured
// twice, and the records a crawl writes around them (warcinfo, a request, a stylesheet, a 404, a
// 301, a revisit) and a compression bomb; beside it a .warc.gz cut short inside its second page.
// What a user sees: one article per page, never one for the other records, which the summary and
// /archive.json count by kind; the capture's address, time and record in the Sources section
// and the manifest; the page's raw copy as text; the bomb refused and the damage named. A saved
// page (.html) beside them gives the address it declares.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build, type BuildSummary } from '../../src/build.ts';
import { summaryLine } from '../../src/summary.ts';
import type { Manifest } from '../../src/types.ts';
import { optionsIn } from '../helpers/options.ts';
import { chunked, writeWarc, type RecordSpec } from '../helpers/warc.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'web-pages', 'html', 'readability');
const page = (name: string) => readFileSync(path.join(FIXTURES, name, 'source.html'));
const gitlab = page('gitlab-blog');
const medium = page('medium-1');
const medium2 = page('medium-2');
const videos = page('videos-2');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

const HTML = { 'Content-Type': 'text/html; charset=utf-8' };
const GITLAB_URL = 'https://about.gitlab.com/blog/2024/06/25/3-surprising-findings/';
const MEDIUM_URL = 'https://medium.com/@pippinlee/the-open-journalism-project-fb39f4f701bb';
const FIRST = '2024-06-26T10:00:00Z';
const AGAIN = '2024-07-02T08:30:00Z';
/** A saved page's default limit, 10 MB (ten times --max-file-size): the bomb's 50 MB of spaces gzip to about 50 KB. */
const bomb = gzipSync(Buffer.alloc(50_000_000, 0x20));

const CRAWL: RecordSpec[] = [
  { url: '', type: 'warcinfo', date: FIRST, body: Buffer.from('software: test\r\n') },
  {
    url: GITLAB_URL,
    type: 'request',
    date: FIRST,
    status: 'GET /blog/2024/06/25/3-surprising-findings/ HTTP/1.1',
    headers: { Host: 'about.gitlab.com' },
  },
  {
    url: GITLAB_URL,
    type: 'response',
    date: FIRST,
    headers: { ...HTML, 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' },
    body: chunked(gzipSync(gitlab), 8000),
  },
  {
    url: 'https://about.gitlab.com/style.css',
    type: 'response',
    date: FIRST,
    headers: { 'Content-Type': 'text/css' },
    body: Buffer.from('body { color: #333 }\n'),
  },
  { url: MEDIUM_URL, type: 'response', date: FIRST, headers: HTML, body: medium },
  {
    url: 'https://medium.com/missing',
    type: 'response',
    date: FIRST,
    status: 'HTTP/1.1 404 Not Found',
    headers: HTML,
    body: Buffer.from('<html><title>Not found</title><p>No such page.</p></html>'),
  },
  {
    url: 'http://medium.com/p',
    type: 'response',
    date: FIRST,
    status: 'HTTP/1.1 301 Moved Permanently',
    headers: { ...HTML, Location: MEDIUM_URL },
    body: Buffer.from('<html><p>Moved <a href="/p">here</a>.</p></html>'),
  },
  // The same page fetched again, unchanged: one copy, listed as a repeat capture.
  { url: MEDIUM_URL, type: 'response', date: AGAIN, headers: HTML, body: medium },
  { url: MEDIUM_URL, type: 'revisit', date: AGAIN, headers: HTML },
  {
    url: 'https://bomb.example/',
    type: 'response',
    date: AGAIN,
    headers: { ...HTML, 'Content-Encoding': 'gzip' },
    body: bomb,
  },
];

const CUT: RecordSpec[] = [
  {
    url: 'https://medium.com/on-behalf-of-literally',
    type: 'response',
    date: FIRST,
    headers: HTML,
    body: medium2,
  },
  {
    url: 'https://next.liberation.fr/culture/',
    type: 'response',
    date: FIRST,
    headers: HTML,
    body: videos,
  },
];

let dir: string;
let out: string;
let summary: BuildSummary;
let manifest: Manifest;
let crawlOffsets: number[];
let cutAt: number;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-warc-'));
  const input = path.join(dir, 'input');
  await mkdir(path.join(input, 'crawl'), { recursive: true });
  const crawl = await writeWarc(CRAWL, true);
  crawlOffsets = crawl.offsets;
  await writeFile(path.join(input, 'crawl', 'site.warc.gz'), crawl.bytes);
  const cut = await writeWarc(CUT, true);
  cutAt = cut.offsets[1] as number;
  // Cut in the middle of the second record, the Libération page.
  const end = cutAt + Math.floor((cut.bytes.length - cutAt) / 2);
  await writeFile(path.join(input, 'cut.warc.gz'), cut.bytes.subarray(0, end));
  // A saved page beside them: its Sources entry gives the address the page declares.
  await writeFile(path.join(input, 'saved.html'), page('tumblr'));
  summary = await build(optionsIn(dir, input));
  out = path.join(dir, 'dist');
  manifest = JSON.parse(await readFile(path.join(out, 'archive.json'), 'utf8')) as Manifest;
});

after(() => rm(dir, { recursive: true, force: true }));

const at = (i: number) => `crawl/site.warc.gz#${crawlOffsets[i]}`;

function articleFrom(inputPath: string) {
  const found = manifest.articles.find((a) => a.sources.some((s) => s.path === inputPath));
  assert.ok(found, `no article from ${inputPath}: ${JSON.stringify(manifest.rejected)}`);
  return found;
}

test('each HTML page of the WARC files is one article; no other record is', () => {
  assert.deepEqual(manifest.articles.map((a) => a.title).sort(), [
    '3 surprising findings from our 2024 Global DevSecOps Survey',
    'Minecraft 1.8 - The Bountiful Update',
    'On Behalf of “Literally”',
    'The Open Journalism Project: Better Student Journalism',
  ]);
  assert.equal(articleFrom(at(2)).byline, 'Dave Steer');
  assert.equal(articleFrom(at(4)).date, '2015-03-17');
  assert.ok(articleFrom('cut.warc.gz#0'));
});

test('the other records are counted by kind, in the summary and in archive.json', () => {
  const expected = [
    {
      path: 'crawl/site.warc.gz',
      records: CRAWL.length,
      pages: 2,
      skipped: { warcinfo: 1, request: 1, revisit: 1, redirect: 1, 'not-2xx': 1, 'not-html': 1 },
      refused: 1,
      repeats: [{ path: at(7), url: MEDIUM_URL, captured_at: AGAIN, same_as: at(4) }],
      damaged: null,
    },
    {
      path: 'cut.warc.gz',
      records: 1,
      pages: 1,
      skipped: {},
      refused: 0,
      repeats: [],
      damaged: {
        offset: cutAt,
        message: `record at byte ${cutAt} (https://next.liberation.fr/culture/) is cut short: the file ends inside it`,
      },
    },
  ];
  assert.deepEqual(manifest.warc, expected);
  assert.deepEqual(summary.warc, expected);
  assert.match(
    summaryLine(summary, 1),
    / 2 WARC files of 11 records: 3 web pages, 1 repeat capture, 6 other records \(1 warcinfo record, 1 request, 1 revisit, 1 redirect, 1 error response \(not 2xx\), 1 response not HTML\), /,
  );
});

test('the same page captured twice is one copy, keyed by its payload’s sha256', async () => {
  const article = articleFrom(at(4));
  assert.deepEqual(
    article.sources.map((s) => [s.path, s.sha256]),
    [[at(4), sha256(medium)]],
  );
  assert.ok(!manifest.articles.some((a) => a.sources.some((s) => s.path === at(7))));
  const lock = JSON.parse(await readFile(path.join(dir, 'archive.lock.json'), 'utf8')) as {
    articles: { sources: string[] }[];
  };
  assert.ok(lock.articles.some((a) => a.sources.includes(sha256(medium))));
  // The chunked, gzipped page is keyed by what the server sent once decoded.
  assert.equal(articleFrom(at(2)).sources[0]?.sha256, sha256(gitlab));
});

test('the bomb is refused and the damage named, with the WARC file and the record', () => {
  const refused = manifest.rejected.find((r) => r.path === at(9));
  assert.match(
    refused?.reason ?? '',
    /https:\/\/bomb\.example\/ .*more than 10000000 bytes.*--max-file-size/,
  );
  const damaged = manifest.rejected.find((r) => r.path === `cut.warc.gz#${cutAt}`);
  assert.match(damaged?.reason ?? '', /damaged WARC file: .*cut short.*1 records before byte/);
  assert.deepEqual(
    manifest.rejected.map((r) => r.path).sort(),
    [at(9), `cut.warc.gz#${cutAt}`].sort(),
  );
});

test('archive.json and the Sources section give the address, capture time and record', () => {
  const source = articleFrom(at(4)).sources[0];
  assert.deepEqual(
    { url: source?.url, captured_at: source?.captured_at, warc: source?.warc },
    {
      url: MEDIUM_URL,
      captured_at: FIRST,
      warc: { file: 'crawl/site.warc.gz', offset: crawlOffsets[4] },
    },
  );
  const html = readFileSync(path.join(out, articleFrom(at(4)).url, 'index.html'), 'utf8');
  const sources = /<ul class="sources">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  assert.ok(sources.includes(`href="${MEDIUM_URL}"`), sources);
  assert.ok(
    sources.includes(
      `captured 26 June 2024 10:00 UTC, record at byte ${crawlOffsets[4]} of crawl/site.warc.gz`,
    ),
    sources,
  );
});

test('a saved page’s Sources entry gives the address it declares, no capture', () => {
  const source = articleFrom('saved.html').sources[0];
  const declared = 'http://mcupdate.tumblr.com/post/96439224994/minecraft-18-the-bountiful-update';
  assert.deepEqual(source && { ...source, sha256: '' }, {
    path: 'saved.html',
    sha256: '',
    role: 'canonical',
    url: declared,
  });
  const html = readFileSync(path.join(out, articleFrom('saved.html').url, 'index.html'), 'utf8');
  assert.match(html, new RegExp(`original address <a href="${declared}"[^>]*>`));
});

test('a record’s raw copy is its page as text, never HTML; the WARC file is not copied', () => {
  const copy = path.join(out, 'raw', 'crawl', `site.warc.gz#${crawlOffsets[2]}.html.txt`);
  // What the server sent, decoded: not the chunked, gzipped bytes stored in the record.
  assert.deepEqual(readFileSync(copy), gitlab);
  assert.ok(!existsSync(path.join(out, 'raw', 'crawl', 'site.warc.gz')));
  const html = readFileSync(path.join(out, articleFrom(at(2)).url, 'index.html'), 'utf8');
  assert.ok(html.includes(`href="/raw/crawl/site.warc.gz%23${crawlOffsets[2]}.html.txt"`));
});
