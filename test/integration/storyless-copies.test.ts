// Copies of a page that hold no story, built with a copy that does (issue 22: a page, its dump
// and its capture are one article; stop 63). Two real pages of trafilatura's
// (test/fixtures/html/README.md), each saved and dumped by w3m:
// - hildesheimer-presse.de's police report: the dump prints the site's cookie dialog under the
//   story, longer than it, so the dump's body is the dialog and shares no text with the page.
// - nh24.de's "Mitarbeiter fordern Bundeswehr-Aufträge für deutsche Unternehmen": the story stands
//   in a theme's main column named for its sidebar, which the page's extraction took out whole.
// - 1337kultur.de's podcast episode "Folge 70: Star Trek: Picard" (stop 64), saved and dumped by
//   lynx: the dump's body is the two readers' comments under the episode, which quote its headline
//   (so the dump is not storyless by its words) and share no text with the page's story.
// What a reader sees: one article per page, carrying the story; the dump is one of its sources,
// and what it printed in the story's place (the cookie dialog, the comments) is in report.json.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articleBody, articlesOf as holding, buildCopies } from '../helpers/built-copies.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'html');
const COOKIE_PAGE = 'pages/hildesheimer-presse.de-hund.html';
const COOKIE_DUMP = 'w3m/hildesheimer-presse.de-hund.html.txt';
const SIDEBAR_PAGE = 'pages/nh24.de-Bundeswehr.html';
const SIDEBAR_DUMP = 'w3m/nh24.de-Bundeswehr.html.txt';
const COMMENTS_PAGE = 'pages/1337kultur.de.picard.html';
const COMMENTS_DUMP = 'lynx/1337kultur.de.picard.html.txt';
/** A sentence of the cookie dialog the hildesheimer-presse dump prints in the story's place. */
const DIALOG = 'Die technische Speicherung oder der Zugang ist unbedingt erforderlich';

let dir: string;
let out: string;
let manifest: Manifest;

before(async () => {
  ({ dir, out, manifest } = await buildCopies('archive-storyless-', [
    [COOKIE_PAGE, path.join(FIXTURES, 'hildesheimer-presse/source.html')],
    [COOKIE_DUMP, path.join(FIXTURES, 'hildesheimer-presse/w3m.txt')],
    [SIDEBAR_PAGE, path.join(FIXTURES, 'nh24/source.html')],
    [SIDEBAR_DUMP, path.join(FIXTURES, 'nh24/w3m.txt')],
    [COMMENTS_PAGE, path.join(FIXTURES, '1337kultur/source.html')],
    [COMMENTS_DUMP, path.join(FIXTURES, '1337kultur/lynx.txt')],
  ]));
});

after(() => rm(dir, { recursive: true, force: true }));

const articlesOf = (inputPath: string) => holding(manifest, inputPath);
const articleText = (url: string) => articleBody(out, url);

test("a dump whose body is a cookie dialog joins its page's article, which carries the story", () => {
  const [article, ...more] = articlesOf(COOKIE_PAGE);
  assert.ok(article, 'the saved page built no article');
  assert.equal(more.length, 0);
  assert.deepEqual(
    articlesOf(COOKIE_DUMP).map((a) => a.id),
    [article.id],
  );
  const text = articleText(article.url);
  assert.match(text, /Nach aktuellem Kenntnisstand schlug der Hund des Hausbewohners/);
  assert.ok(!text.includes(DIALOG), 'the cookie dialog is in the article');
});

test("the dump's cookie dialog is recorded in report.json, naming the page", () => {
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
    files: { path: string; moved?: { text: string; reason: string }[] }[];
  };
  const moved = report.files.find((f) => f.path === COOKIE_DUMP)?.moved ?? [];
  const entry = moved.find((m) => m.text.startsWith(DIALOG));
  assert.ok(entry, `the dialog is not recorded: ${JSON.stringify(moved).slice(0, 500)}`);
  assert.match(entry.reason, new RegExp(COOKIE_PAGE));
});

test('a page whose story stands in a column named for its sidebar builds as one article with its dump, carrying the story', () => {
  const [article, ...more] = articlesOf(SIDEBAR_PAGE);
  assert.ok(article, 'the saved page built no article');
  assert.equal(more.length, 0);
  assert.deepEqual(
    articlesOf(SIDEBAR_DUMP).map((a) => a.id),
    [article.id],
  );
  assert.equal(article.title, 'Mitarbeiter fordern Bundeswehr-Aufträge für deutsche Unternehmen');
  assert.match(articleText(article.url), /In Sorge um ihre Arbeitsplätze demonstrierten am Montag/);
});

test("a dump whose body is the readers' comments joins its page's article, which carries the story", () => {
  const [article, ...more] = articlesOf(COMMENTS_PAGE);
  assert.ok(article, 'the saved page built no article');
  assert.equal(more.length, 0);
  assert.deepEqual(
    articlesOf(COMMENTS_DUMP).map((a) => a.id),
    [article.id],
  );
  assert.equal(article.title, 'Folge 70: Star Trek: Picard');
  assert.match(articleText(article.url), /Thema dieser Folge ist die neue Star Trek-Serie Picard/);
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
    files: { path: string; moved?: { text: string; reason: string }[] }[];
  };
  const moved = report.files.find((f) => f.path === COMMENTS_DUMP)?.moved ?? [];
  assert.ok(
    moved.some((m) => m.text.includes('Vielen, vielen Dank für die tolle Folge')),
    `the comments are not recorded: ${JSON.stringify(moved).slice(0, 500)}`,
  );
});
