// A saved page and a text dump whose tool lost its letters (stop 64): trafilatura's
// automobilwoche.de-VW-Betriebsversammlung.html and its html2text dump, which read the ISO-8859-1
// page as UTF-8 and wrote U+FFFD for each umlaut ("Es knirscht zwischen Diess und
// Aufsichtsr\uFFFDten"; test/fixtures/html/README.md). What a reader sees: one article, the page's
// story with its umlauts and no U+FFFD, the dump listed among its sources with its lost letters
// told; the build warns about the dump by name.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articleBody, buildCopies } from '../helpers/built-copies.ts';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'automobilwoche');
const PAGE = 'pages/automobilwoche.de-VW-Betriebsversammlung.html';
const DUMP = 'html2text/automobilwoche.de-VW-Betriebsversammlung.txt';

let dir: string;
let out: string;
let manifest: Manifest;

before(async () => {
  ({ dir, out, manifest } = await buildCopies('archive-lost-letters-', [
    [PAGE, path.join(FIXTURE, 'source.html')],
    [DUMP, path.join(FIXTURE, 'html2text.txt')],
  ]));
});

after(() => rm(dir, { recursive: true, force: true }));

test('the page and its dump that lost its umlauts make one article, the page canonical', () => {
  assert.equal(manifest.articles.length, 1, manifest.articles.map((a) => a.title).join(' | '));
  const article = manifest.articles[0]!;
  assert.deepEqual(
    article.sources.map((s) => [s.path, s.role, s.lost_letters]),
    [
      [PAGE, 'canonical', undefined],
      // Of the file's 47, the 31 in the headline and paragraphs the dump's text is read as.
      [DUMP, 'duplicate', 31],
    ],
  );
});

test("the article's headline and text are the page's, with no U+FFFD", () => {
  const article = manifest.articles[0]!;
  assert.match(article.title, /Aufsichtsräten$/);
  const text = articleBody(out, article.url);
  assert.match(text, /Verhältnis zwischen Volkswagen-Chef Herbert Diess/);
  assert.ok(!text.includes('\uFFFD'), 'the article shows U+FFFD');
});

test("the article's sources tell that the dump's text lost 31 letters", () => {
  const html = readFileSync(path.join(out, manifest.articles[0]!.url, 'index.html'), 'utf8');
  const line = html.split('\n').find((l) => l.includes(`>${DUMP}</a>`)) ?? '';
  assert.match(line, /its text lost 31 letters \(shown as \uFFFD\)/);
});

test('report.json warns about the dump by name: it holds U+FFFD, its letters are lost', () => {
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
    files: { path: string; warnings: string[] }[];
  };
  const warnings = report.files.find((f) => f.path === DUMP)?.warnings ?? [];
  assert.ok(
    warnings.some((w) => /^holds 47 U\+FFFD replacement characters \(first on line 41\)/.test(w)),
    JSON.stringify(warnings),
  );
});
