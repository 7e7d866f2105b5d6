// A saved page and its text dump that print different days, built together (stop 63, issue 22):
// trafilatura's angelmagazin.de-schmerzen.html, cut (test/fixtures/html/README.md), and its w3m
// dump, whole. The page's JSON-LD declares datePublished 2021-11-29; both the page and the dump
// print its last change, 12.01.2022, under the author's name (the JSON-LD's dateModified). The
// dump's only date is that day, 44 days after the declared one. What a reader sees: one article,
// dated the day the page declares, not two copies of the story on two days.

import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { buildCopies } from '../helpers/built-copies.ts';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'angelmagazin');
const PAGE = 'pages/angelmagazin.de-schmerzen.html';
const DUMP = 'w3m/angelmagazin.de-schmerzen.html.txt';

let dir: string;
let manifest: Manifest;

before(async () => {
  ({ dir, manifest } = await buildCopies('archive-page-dump-dates-', [
    [PAGE, path.join(FIXTURE, 'source.html')],
    [DUMP, path.join(FIXTURE, 'w3m.txt')],
  ]));
});

after(() => rm(dir, { recursive: true, force: true }));

test('the page and its dump, printed 44 days apart, make one article', () => {
  assert.deepEqual(
    manifest.articles.map((a) => a.sources.map((s) => s.path)),
    [[PAGE, DUMP]],
  );
  assert.equal(manifest.articles[0]?.title, 'Können Fische Schmerzen spüren / empfinden?');
});

test("the article is dated by the page's declared datePublished, not the dump's day", () => {
  assert.equal(manifest.articles[0]?.date, '2021-11-29');
});
