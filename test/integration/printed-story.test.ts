// A saved page and its text dumps whose body finder kept another part of the page (issue 22: a
// page and its dumps are one article; stop 66). Two of trafilatura's development pages
// (test/fixtures/html/README.md), each saved and dumped by w3m, lynx and html2text:
// rueda.wikidot.com's "Enchufla Figuren" tells its dance figures in bullet lists, and the dumps'
// body finder took the wiki's footer of help texts for the story ("Help | Terms of Service ...");
// nurmeinstandpunkt.wordpress.com's post is a list of link lines, and its dumps' bodies are the
// blog's sidebar ("RSS Gelinkdumped"). Their bodies share nothing with the page's, but each dump
// printed the page's story among the lines it removed. What a reader sees: one article for each
// page, under the page's headline, holding its four copies and none of the other page's.

import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articleBody, articleOfAll, buildCopies, pageAndDumps } from '../helpers/built-copies.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'html');
const rueda = pageAndDumps(path.join(FIXTURES, 'rueda-printed'), 'rueda.wikidot.com.enchufla.html');
const blog = pageAndDumps(
  path.join(FIXTURES, 'nurmeinstandpunkt-printed'),
  'nurmeinstandpunkt.wordpress.com.blogposting.html',
);

let dir: string;
let out: string;
let manifest: Manifest;

before(async () => {
  ({ dir, out, manifest } = await buildCopies('archive-printed-story-', [
    ...rueda.copies,
    ...blog.copies,
  ]));
});

after(() => rm(dir, { recursive: true, force: true }));

test('dumps whose body is the page footer join the page that tells the story', () => {
  const article = articleOfAll(manifest, rueda.page, rueda.dumps);
  assert.equal(article.title, 'Enchufla Figuren');
  assert.match(articleBody(out, article.url), /Enchufla mit Handwechsel ins Dile que no/);
});

test('dumps whose body is the blog sidebar join their post, not another page', () => {
  const article = articleOfAll(manifest, blog.page, blog.dumps);
  assert.equal(article.title, 'Blogposting 01/23/2020');
  assert.equal(manifest.articles.length, 2);
});
