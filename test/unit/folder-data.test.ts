// Folder data files (src/folder-data.ts): what each field accepts, the message a mistake gets,
// how a file's defaults come from its folders, and how they meet what the file itself says.

import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import {
  applyFolderDefaults,
  folderSection,
  parseFolderData,
  readFolderData,
  zonedDay,
  type FolderDataFile,
} from '../../src/folder-data.ts';
import { applyFrontMatter } from '../../src/extract/front-matter.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';
import { normalizedDoc } from '../helpers/articles.ts';

const FILE = 'sport/archive.folder.json';

test('a data file gives a publication, a section (or none), a language and a time zone', () => {
  const data = { publication: ' BBC News ', section: 'Sport', language: 'en-GB' };
  assert.deepEqual(parseFolderData({ ...data, timeZone: 'Europe/London' }, FILE), {
    publication: 'BBC News',
    section: 'Sport',
    language: 'en-GB',
    timeZone: 'Europe/London',
  });
  assert.deepEqual(parseFolderData({ section: null }, FILE), { section: null });
  assert.deepEqual(parseFolderData({}, FILE), {});
});

test('a mistake is named with the file and the field', () => {
  const cases: [unknown, RegExp][] = [
    [[], /sport\/archive\.folder\.json: folder data must be a JSON object/],
    [{ lang: 'en' }, /unknown field "lang" \(known: publication, section, language, timeZone\)/],
    [{ publication: '' }, /"publication" must be a non-empty string \(got ""\)/],
    [{ section: 3 }, /"section" must be a non-empty string or null \(got 3\)/],
    [{ language: 'English' }, /"language" must be a BCP 47 language tag/],
    [{ language: 'en_GB' }, /"language" must be a BCP 47 language tag/],
    [{ timeZone: 'GMT+25' }, /"timeZone" must be an IANA time zone such as "Europe\/London"/],
    [{ timeZone: 'London' }, /"timeZone" must be an IANA time zone/],
  ];
  for (const [data, message] of cases) {
    assert.throws(() => parseFolderData(data, FILE), message, JSON.stringify(data));
  }
});

test('a top-level folder with letters in its name is a section', () => {
  assert.equal(folderSection('business/001.txt'), 'Business');
  assert.equal(folderSection('world_news/a/b.txt'), 'World news');
  assert.equal(folderSection('BBC-Sport/1.txt'), 'BBC Sport');
  assert.equal(folderSection('2004/12/story.txt'), null);
  assert.equal(folderSection('about.gitlab.com/blog/survey.html'), null);
  assert.equal(folderSection('story.txt'), null);
});

function doc(path: string, fields: Partial<NormalizedDoc> = {}): NormalizedDoc {
  return normalizedDoc(path, [], fields);
}

function file(path: string, frontMatter: Record<string, unknown> = {}): InputFile {
  return {
    path,
    sha256: '',
    size: 1,
    encoding: 'utf-8',
    format: 'text',
    text: '',
    frontMatter,
    warnings: [],
  };
}

function data(path: string, defaults: FolderDataFile['defaults']): FolderDataFile {
  return { path, sha256: '', defaults, error: null };
}

test('nearer folders override farther ones, and the file overrides its folders', () => {
  const docs = [
    doc('business/a.txt'),
    doc('sport/a.txt'),
    doc('sport/cricket/b.txt'),
    doc('sport/c.txt', { source: 'Reuters', section: 'Athletics', lang: 'en' }),
    doc('2004/d.txt'),
    doc('e.txt'),
  ];
  applyFolderDefaults(
    docs,
    [
      data('archive.folder.json', { publication: 'BBC News', language: 'en-GB' }),
      data('sport/archive.folder.json', { publication: 'BBC Sport', section: 'Sport' }),
      data('sport/cricket/archive.folder.json', { section: null }),
    ],
    (rel) => file(rel, rel === 'sport/c.txt' ? { lang: 'en' } : {}),
  );
  assert.deepEqual(
    docs.map((d) => [d.path, d.source, d.section, d.lang]),
    [
      ['business/a.txt', 'BBC News', 'Business', 'en-GB'],
      ['sport/a.txt', 'BBC Sport', 'Sport', 'en-GB'],
      ['sport/cricket/b.txt', 'BBC Sport', null, 'en-GB'],
      // Its text named a source and a section, and its front matter a language.
      ['sport/c.txt', 'Reuters', 'Athletics', 'en'],
      ['2004/d.txt', 'BBC News', null, 'en-GB'],
      ['e.txt', 'BBC News', null, 'en-GB'],
    ],
  );
});

test("a zoned timestamp is dated by its day in the folder's time zone", () => {
  // 02:00 UTC on the 5th is still the 4th in New York, and already the 5th in Seoul.
  assert.equal(
    zonedDay('Posted 2019-06-05T02:00:00Z', '2019-06-05', 'America/New_York'),
    '2019-06-04',
  );
  assert.equal(zonedDay('2019-06-04T23:30-04:00', '2019-06-04', 'Asia/Seoul'), '2019-06-05');
  assert.equal(zonedDay('2019-06-04 23:30+0900', '2019-06-04', 'Asia/Tokyo'), '2019-06-04');
  // Without a zone, the time is the folder's own: the day as written.
  assert.equal(zonedDay('Posted 2019-06-05T02:00', '2019-06-05', 'America/New_York'), null);
  // A timestamp of another day than the one read is not the date's.
  assert.equal(zonedDay('Updated 2019-06-07T02:00Z', '2019-06-05', 'America/New_York'), null);

  const date = (value: string, from: string) => ({ value, precision: 'day' as const, from });
  const given = { 'ny/b.md': { date: '2019-06-05T03:00:00+00:00' } } as Record<string, object>;
  // b.md's date is its front matter's, read as normalize reads it: the zone is in that value.
  const fromFrontMatter = doc('ny/b.md');
  applyFrontMatter(fromFrontMatter, given['ny/b.md'] as Record<string, unknown>, []);
  const docs = [
    doc('ny/a.txt', { date: date('2019-06-05', 'Posted 2019-06-05T02:00:00Z') }),
    fromFrontMatter,
    doc('ny/c.txt', { date: date('2019-06-05', 'Posted 2019-06-05T02:00') }),
  ];
  applyFolderDefaults(
    docs,
    [data('ny/archive.folder.json', { timeZone: 'America/New_York' })],
    (rel) => file(rel, given[rel] as Record<string, unknown>),
  );
  assert.deepEqual(
    docs.map((d) => d.date?.value),
    ['2019-06-04', '2019-06-04', '2019-06-05'],
  );
});

test("a saved page's declared language wins over the folder's", () => {
  const text = [
    {
      kind: 'paragraph' as const,
      text: 'The ferry to the islands was cancelled on Thursday, the port said.',
    },
  ];
  const docs = [
    // <html lang="en-US">: another language than the text gives ("en"), so the page's own.
    doc('pages/a.html', { lang: 'en-US', blocks: text }),
    // No declaration: the language normalize told from the text.
    doc('pages/b.html', { lang: 'en', blocks: text }),
  ];
  applyFolderDefaults(docs, [data('pages/archive.folder.json', { language: 'en-GB' })], (rel) => ({
    ...file(rel),
    format: 'html',
  }));
  assert.deepEqual(
    docs.map((d) => d.lang),
    ['en-US', 'en-GB'],
  );
});

test('a data file that is no JSON, or too large, is reported and read as no defaults', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'folder-data-'));
  try {
    await mkdir(path.join(dir, 'a'));
    await mkdir(path.join(dir, 'b'));
    await writeFile(path.join(dir, 'archive.folder.json'), '\uFEFF{ "publication": "BBC News" }');
    await writeFile(path.join(dir, 'a/archive.folder.json'), "{ publication: 'BBC' }");
    await writeFile(
      path.join(dir, 'b/archive.folder.json'),
      JSON.stringify({ section: 'x'.repeat(99) }),
    );
    const files = ['archive.folder.json', 'a/archive.folder.json', 'b/archive.folder.json'];
    const read = await readFolderData(dir, files, 100);
    assert.deepEqual(read[0]?.defaults, { publication: 'BBC News' });
    assert.match(read[1]?.error ?? '', /^not valid JSON/);
    assert.match(read[2]?.error ?? '', /^too large for folder data/);
    assert.equal(read[2]?.sha256, null);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
