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
import { articleBody, articlesOf, buildCopies } from '../helpers/built-copies.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'mix1-clio');
const NAME = 'mix1.de-clio.html';
const PAGE = `pages/${NAME}`;
const DUMPS = ['w3m', 'lynx', 'html2text'].map((tool) => [`${tool}/${NAME}.txt`, tool] as const);

let dir: string;
let out: string;
let manifest: Manifest;

before(async () => {
  ({ dir, out, manifest } = await buildCopies('archive-printed-', [
    [PAGE, path.join(FIXTURES, 'source.html')],
    ...DUMPS.map(([name, tool]) => [name, path.join(FIXTURES, `${tool}.txt`)] as const),
  ]));
});

after(() => rm(dir, { recursive: true, force: true }));

test('a page and dumps under other headlines that print its headline build one article', () => {
  const [article, ...more] = articlesOf(manifest, PAGE);
  assert.ok(article, 'the saved page built no article');
  assert.equal(more.length, 0);
  for (const [dump] of DUMPS)
    assert.deepEqual(
      articlesOf(manifest, dump).map((a) => a.id),
      [article.id],
      `${dump} is in another article`,
    );
  assert.equal(manifest.articles.length, 1);
  assert.equal(article.title, "Leslie Clio präsentiert das Album 'Brave New Woman'");
  const body = articleBody(out, article.url);
  assert.match(body, /erscheint das neue und vierte Leslie-Clio-Album/);
});
