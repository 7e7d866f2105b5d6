// A saved page and its dumps that one of the dumps' figures or printed day sets against the page
// (issue 22: a page and its dumps are one article; stop 64). acpjournals.org's "The Effect of
// Influenza Vaccination for the Elderly on Hospitalization and Mortality" (trafilatura's
// development pages; test/fixtures/html/README.md), saved and dumped by w3m and lynx: the page
// declares its day (dc.date 2020-03-03), both dumps print "7 April 2020", 35 days later, and a day
// or more apart every figure two copies tell must agree, which the w3m dump's do not, while the
// lynx dump's do. What a reader sees: one article, dated as the page declares, with the three
// copies as its sources.

import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articleOfAll, buildCopies, pageAndDumps } from '../helpers/built-copies.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'acpjournals');
const {
  page: PAGE,
  dumps: DUMPS,
  copies,
} = pageAndDumps(FIXTURES, 'acpjournals.org.3075.html', ['lynx', 'w3m']);

let dir: string;
let manifest: Manifest;

before(async () => {
  ({ dir, manifest } = await buildCopies('archive-vouched-', copies));
});

after(() => rm(dir, { recursive: true, force: true }));

test('a page and two dumps printing another day build one article, dated as the page declares', () => {
  const article = articleOfAll(manifest, PAGE, DUMPS);
  assert.match(article.title, /^The Effect of Influenza Vaccination for the Elderly/);
  assert.equal(article.date?.slice(0, 10), '2020-03-03');
});
