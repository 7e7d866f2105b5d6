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
import { articleOfAll, buildCopies, pageAndDumps } from '../helpers/built-copies.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'resonator');
const {
  page: PAGE,
  dumps: DUMPS,
  copies,
} = pageAndDumps(FIXTURES, 'resonator-podcast.de.res158.html');

let dir: string;
let manifest: Manifest;

before(async () => {
  ({ dir, manifest } = await buildCopies('archive-one-headline-', copies));
});

after(() => rm(dir, { recursive: true, force: true }));

test('a page and dumps keeping other parts of it under one headline build one article', () => {
  const article = articleOfAll(manifest, PAGE, DUMPS);
  assert.equal(article.title, 'RES158 Sternfusion am Teilchenbeschleuniger');
  assert.equal(manifest.articles.length, 1);
});
