// isInside decides what the server may send and which folders the build refuses to replace.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInside, rawCopyPath } from '../../src/paths.ts';

test('a folder holds itself and what lies under it, not a sibling that shares its prefix', () => {
  assert.ok(isInside('/srv/site', '/srv/site'));
  assert.ok(isInside('/srv/site', '/srv/site/raw/a.txt'));
  assert.ok(!isInside('/srv/site', '/srv/site-old/index.html'));
  assert.ok(!isInside('/srv/site/raw', '/srv/site/index.html'));
});

test('a child named with leading dots is inside; the root holds every path', () => {
  // "..dots..in..name...txt" is a real hostile input name (test/helpers/hostile-input.ts).
  assert.ok(isInside('/srv/site/raw', '/srv/site/raw/..dots..in..name...txt'));
  assert.ok(isInside('/data', '/data/..in'));
  assert.ok(isInside('/', '/home/user'));
});

test('raw copies: a page is published as text, and no two input files share a copy', () => {
  assert.equal(rawCopyPath('news/page.html'), 'news/page.html.txt');
  assert.equal(rawCopyPath('news/page.HTM'), 'news/page.HTM.txt');
  assert.equal(rawCopyPath('news/story.txt'), 'news/story.txt');
  // A user's own "page.html.txt" beside "page.html" would have been overwritten by its copy.
  const folder = [
    'page.html',
    'page.html.txt',
    'page.html.txt.txt',
    'page.HTML.TXT',
    'page.htm',
    'page.htm.txt',
    'page.txt',
    'page.html.md',
    'page.md',
  ];
  const copies = folder.map(rawCopyPath);
  assert.equal(new Set(copies).size, folder.length, copies.join(', '));
  // A copy of markup is never served by its extension as markup.
  for (const [i, copy] of copies.entries()) {
    if (/\.html?$/i.test(folder[i] ?? '')) assert.match(copy, /\.txt$/);
  }
});
