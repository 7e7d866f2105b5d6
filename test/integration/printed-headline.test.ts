// A saved page and its text dumps under different headlines (issue 22: a page and its dumps are
// one article; stop 65). mix1.de's review "Leslie Clio präsentiert das Album 'Brave New Woman'"
// (trafilatura's development pages; test/fixtures/html/README.md), saved and dumped by w3m, lynx
// and html2text: the dumps took a product box's line for their headline ("Cover: Leslie Clio -
// Gladys Leslie Clio", "Leslie Clio"), and around the review they hold the shop's menus and
// teasers, so they share under half of their text with the page. But the w3m and lynx dumps print
// the page's headline as a line, and the page holds the line they took for theirs. What a reader
// sees: one article with the four copies as its sources, under the page's headline.

import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articleBody, articleOfAll, buildCopies, pageAndDumps } from '../helpers/built-copies.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'mix1-clio');
const { page: PAGE, dumps: DUMPS, copies } = pageAndDumps(FIXTURES, 'mix1.de-clio.html');

let dir: string;
let out: string;
let manifest: Manifest;

before(async () => {
  ({ dir, out, manifest } = await buildCopies('archive-printed-', copies));
});

after(() => rm(dir, { recursive: true, force: true }));

test('a page and dumps under other headlines that print its headline build one article', () => {
  const article = articleOfAll(manifest, PAGE, DUMPS);
  assert.equal(manifest.articles.length, 1);
  assert.equal(article.title, "Leslie Clio präsentiert das Album 'Brave New Woman'");
  const body = articleBody(out, article.url);
  assert.match(body, /erscheint das neue und vierte Leslie-Clio-Album/);
});
