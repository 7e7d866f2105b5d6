// Sections and folder data (issue 24), built end to end from real BBC stories
// (test/corpora/bbc) laid out as the BBC corpus is, one folder per desk: each desk becomes a
// section with its own pages, a place in the navigation and a search filter; archive.folder.json
// files give the publication, section and language of the files under them, the nearer folder's
// over the farther's and the file's own front matter over both; a bad data file is reported
// under its path, naming the field, and does not stop the build.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build, type BuildSummary } from '../../src/build.ts';
import { fileLines } from '../../src/summary.ts';
import type { Manifest } from '../../src/types.ts';
import { optionsIn } from '../helpers/options.ts';

const BBC = path.join(import.meta.dirname, '..', 'corpora', 'bbc');

let dir: string;
let out: string;
let summary: BuildSummary;
let manifest: Manifest;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-sections-'));
  const input = path.join(dir, 'input');
  const copy = async (from: string, to: string) => {
    await mkdir(path.dirname(path.join(input, to)), { recursive: true });
    await copyFile(path.join(BBC, from), path.join(input, to));
  };
  const data = async (to: string, value: unknown) => {
    await mkdir(path.dirname(path.join(input, to)), { recursive: true });
    await writeFile(path.join(input, to), JSON.stringify(value));
  };
  await data('archive.folder.json', { publication: 'BBC News', timeZone: 'Asia/Tokyo' });
  await copy('business/001.txt', 'business/001.txt');
  await copy('business/002.txt', 'business/002.txt');
  // Front matter names another section: the file's word is the last.
  const story = await readFile(path.join(BBC, 'business/003.txt'), 'utf8');
  await writeFile(path.join(input, 'business/003.txt'), `---\nsection: Markets\n---\n${story}`);
  // A time in UTC: 20:00 on the 10th is 05:00 on the 11th in the root folder's zone.
  const dated = await readFile(path.join(BBC, 'business/004.txt'), 'utf8');
  await writeFile(
    path.join(input, 'business/004.md'),
    `---\ndate: '2005-01-10T20:00:00Z'\n---\n${dated}`,
  );
  await data('sport/archive.folder.json', { section: 'Sport', language: 'en-GB' });
  await copy('sport/001.txt', 'sport/001.txt');
  await copy('sport/002.txt', 'sport/athletics/002.txt');
  // A misspelt language: the file is reported and its folder keeps sport's defaults.
  await data('sport/athletics/archive.folder.json', { publication: 'BBC Sport', language: 42 });
  summary = await build(optionsIn(dir, input));
  out = path.join(dir, 'dist');
  manifest = JSON.parse(await readFile(path.join(out, 'archive.json'), 'utf8')) as Manifest;
});

after(() => rm(dir, { recursive: true, force: true }));

function article(inputPath: string) {
  const found = manifest.articles.find((a) => a.sources.some((s) => s.path === inputPath));
  assert.ok(found, `no article from ${inputPath}: ${JSON.stringify(manifest.rejected)}`);
  return found;
}

function page(url: string): string {
  return readFileSync(path.join(out, url, 'index.html'), 'utf8');
}

test('each desk folder is a section, named by its folder, its folder data or the front matter', () => {
  assert.equal(article('business/001.txt').section, 'Business');
  assert.equal(article('business/002.txt').section, 'Business');
  assert.equal(article('business/003.txt').section, 'Markets');
  assert.equal(article('sport/001.txt').section, 'Sport');
  assert.equal(article('sport/athletics/002.txt').section, 'Sport');
});

test('the root folder data names the publication once for every file under it', () => {
  for (const a of manifest.articles) assert.equal(a.source, 'BBC News', a.title);
  assert.match(page('/sources/'), />BBC News</);
});

test('sections get pages listing their articles, and a place in the navigation', () => {
  const index = page('/sections/');
  for (const [name, url] of [
    ['Business', '/sections/business/'],
    ['Markets', '/sections/markets/'],
    ['Sport', '/sections/sport/'],
  ]) {
    assert.match(index, new RegExp(`<a href="${url}">${name}</a>`));
  }
  const business = page('/sections/business/');
  assert.match(business, /<h1>Business/);
  assert.match(business, /Ad sales boost Time Warner profit/);
  assert.match(business, /Dollar gains on Greenspan speech/);
  assert.doesNotMatch(business, /Claxton hunting first major medal/);
  assert.match(page('/'), /<a href="\/sections\/"[^>]*>Sections<\/a>/);
  const url = article('sport/001.txt').url;
  const story = page(url);
  assert.match(story, /<dt>Section<\/dt>\s*<dd><a href="\/sections\/sport\/">Sport<\/a><\/dd>/);
  assert.match(story, /<span data-pagefind-filter="section">Sport<\/span>/);
  assert.match(page('/search/'), /data-filter="section"/);
});

test('the folder data language is the language of the files under it', () => {
  assert.match(page(article('sport/001.txt').url), /<html lang="en-GB"/);
  assert.match(page(article('sport/athletics/002.txt').url), /<html lang="en-GB"/);
  assert.match(page(article('business/001.txt').url), /<html lang="en"/);
});

test('a date given in UTC is dated by its day in the folder data time zone', () => {
  assert.equal(article('business/004.md').date, '2005-01-11');
});

test('a bad data file is reported under its path, naming the field, and ignored', () => {
  const bad = 'sport/athletics/archive.folder.json';
  const warning = summary.warnings.find((w) => w.path === bad);
  assert.ok(warning, JSON.stringify(summary.warnings));
  assert.match(warning.message, /^"language" must be a non-empty string/);
  // As the terminal shows it: the file named once, then the field.
  assert.ok(
    fileLines(summary, { skipped: false }).some((line) =>
      line.startsWith(`warning ${bad}: "language" must be a non-empty string (got 42)`),
    ),
  );
  // Its publication, "BBC Sport", was not taken either: the whole file is ignored.
  assert.equal(article('sport/athletics/002.txt').source, 'BBC News');
  const entry = manifest.folder_data.find((f) => f.path === bad);
  assert.equal(entry?.defaults, null);
  assert.match(entry?.error ?? '', /language/);
});

test('data files are inputs accounted for, not articles', () => {
  assert.equal(summary.filesRead, 9);
  assert.equal(summary.articles, 6);
  assert.equal(summary.rejected.length, 0);
  assert.deepEqual(
    manifest.folder_data.map((f) => [f.path, f.defaults]),
    [
      ['archive.folder.json', { publication: 'BBC News', timeZone: 'Asia/Tokyo' }],
      ['sport/archive.folder.json', { section: 'Sport', language: 'en-GB' }],
      ['sport/athletics/archive.folder.json', null],
    ],
  );
  assert.equal(
    readFileSync(path.join(out, 'raw/sport/archive.folder.json'), 'utf8'),
    JSON.stringify({ section: 'Sport', language: 'en-GB' }),
  );
});

test('a changed data file changes the articles under it on the next build', async () => {
  const input = path.join(dir, 'input');
  await writeFile(path.join(input, 'archive.folder.json'), JSON.stringify({ publication: 'BBC' }));
  const again = await build(optionsIn(dir, input));
  assert.equal(again.articles, 6);
  const rebuilt = JSON.parse(await readFile(path.join(out, 'archive.json'), 'utf8')) as Manifest;
  for (const a of rebuilt.articles) assert.equal(a.source, 'BBC', a.title);
  const dated = rebuilt.articles.find((a) => a.sources.some((s) => s.path === 'business/004.md'));
  assert.equal(dated?.date, '2005-01-10', 'without the time zone, the day as written');
});
