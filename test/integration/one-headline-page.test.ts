// A saved page and its text dumps under one headline, each front end keeping another part of the
// page (issue 22: a page and its dumps are one article; stop 65). Resonator's podcast page "RES158
// Sternfusion am Teilchenbeschleuniger" (trafilatura's development pages; test/fixtures/html/
// README.md), saved and dumped by w3m, lynx and html2text: the dumps hold the episode's notes and
// the site's menus, the page its player and show notes, and the page shares a third of the w3m
// dump's text and a sixth of the others'. Checked as unrelated stories, the page stayed an
// article of its own beside its dumps'. What a reader sees: one article with the four copies.

import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articlesOf, buildCopies } from '../helpers/built-copies.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'resonator');
const NAME = 'resonator-podcast.de.res158.html';
const PAGE = `pages/${NAME}`;
const DUMPS = ['w3m', 'lynx', 'html2text'].map((tool) => [`${tool}/${NAME}.txt`, tool] as const);

let dir: string;
let manifest: Manifest;

before(async () => {
  ({ dir, manifest } = await buildCopies('archive-one-headline-', [
    [PAGE, path.join(FIXTURES, 'source.html')],
    ...DUMPS.map(([name, tool]) => [name, path.join(FIXTURES, `${tool}.txt`)] as const),
  ]));
});

after(() => rm(dir, { recursive: true, force: true }));

test('a page and dumps keeping other parts of it under one headline build one article', () => {
  const [article, ...more] = articlesOf(manifest, PAGE);
  assert.ok(article, 'the saved page built no article');
  assert.equal(more.length, 0);
  for (const [dump] of DUMPS)
    assert.deepEqual(
      articlesOf(manifest, dump).map((a) => a.id),
      [article.id],
      `${dump} is in another article`,
    );
  assert.equal(article.title, 'RES158 Sternfusion am Teilchenbeschleuniger');
  assert.equal(manifest.articles.length, 1);
});
