// Folder data files (src/folder-data.ts): what each field accepts, the message a mistake gets,
// how a file's defaults come from its folders, and how they meet what the file itself says.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  applyFolderDefaults,
  folderSection,
  parseFolderData,
  type FolderDataFile,
} from '../../src/folder-data.ts';
import type { NormalizedDoc } from '../../src/types.ts';

const FILE = 'sport/archive.folder.json';

test('a data file gives a publication, a section (or none) and a language', () => {
  assert.deepEqual(
    parseFolderData({ publication: ' BBC News ', section: 'Sport', language: 'en-GB' }, FILE),
    { publication: 'BBC News', section: 'Sport', language: 'en-GB' },
  );
  assert.deepEqual(parseFolderData({ section: null }, FILE), { section: null });
  assert.deepEqual(parseFolderData({}, FILE), {});
});

test('a mistake is named with the file and the field', () => {
  const cases: [unknown, RegExp][] = [
    [[], /sport\/archive\.folder\.json: folder data must be a JSON object/],
    [{ lang: 'en' }, /unknown field "lang" \(known: publication, section, language\)/],
    [{ publication: '' }, /"publication" must be a non-empty string \(got ""\)/],
    [{ section: 3 }, /"section" must be a non-empty string or null \(got 3\)/],
    [{ language: 'English' }, /"language" must be a BCP 47 language tag/],
    [{ language: 'en_GB' }, /"language" must be a BCP 47 language tag/],
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
  assert.equal(folderSection('story.txt'), null);
});

function doc(path: string, fields: Partial<NormalizedDoc> = {}): NormalizedDoc {
  return {
    path,
    sha256: '',
    title: 'A story',
    standfirst: null,
    date: null,
    source: null,
    byline: null,
    section: null,
    lang: 'en',
    blocks: [],
    removed: [],
    warnings: [],
    ...fields,
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
    (rel) => rel === 'sport/c.txt',
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
