// A saved page and its text dumps under one headline that share the story but under half of the
// smaller copy (issue 22: a page and its dumps are one article; stop 64). Geschichte der
// Gegenwart's "Mit Foucault die Pandemie verstehen?" (trafilatura's development pages;
// test/fixtures/html/README.md), saved and dumped by w3m, lynx and html2text: the dumps hold the
// site's menus, topics, archive and teasers, and the readers' comments around the story. What a
// reader sees: one article with the four copies as its sources, its text the page's story without
// the dumps' menus.

import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articleBody, articleOfAll, buildCopies, pageAndDumps } from '../helpers/built-copies.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'foucault');
const {
  page: PAGE,
  dumps: DUMPS,
  copies,
} = pageAndDumps(FIXTURES, 'geschichtedergegenwart.ch.foucault.html');

let dir: string;
let out: string;
let manifest: Manifest;

before(async () => {
  ({ dir, out, manifest } = await buildCopies('archive-headed-', copies));
});

after(() => rm(dir, { recursive: true, force: true }));

test('a page and dumps sharing little but the story build one article of the story', () => {
  const article = articleOfAll(manifest, PAGE, DUMPS);
  assert.equal(article.title, 'Mit Foucault die Pandemie verstehen?');
  const body = articleBody(out, article.url);
  assert.match(body, /Kann man mit den theoretischen Konzepten und historischen Beispielen/);
  // The dumps' menus and archive around the story are not the article's.
  assert.doesNotMatch(body, /Oktober 2020 September 2020|UnterstützerInnen/);
});
