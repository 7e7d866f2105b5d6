// A saved page and a text dump of the same page, built together (stop 62): trafilatura's
// it-for-kids.org.variables.html and its w3m dump (test/fixtures/html/README.md). The dump
// prints the site's menu above the story and its footer under it. What a reader sees: one
// article, the page's story, without the dump's menu and footer lines; those lines are in
// report.json, under the dump, with where they went.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articleBody, buildCopies } from '../helpers/built-copies.ts';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'html', 'it-for-kids');
const PAGE = 'pages/it-for-kids.org.variables.html';
const DUMP = 'w3m/it-for-kids.org.variables.html.txt';
/** Lines of the dump's menu and footer that the page's article leaves out. */
const CHROME = ['Blog Blog Status Status Team Team', 'Jetzt mitmachen!', 'Copyright © IT4Kids'];

let dir: string;
let out: string;
let manifest: Manifest;

before(async () => {
  ({ dir, out, manifest } = await buildCopies('archive-page-dump-', [
    [PAGE, path.join(FIXTURE, 'source.html')],
    [DUMP, path.join(FIXTURE, 'w3m.txt')],
  ]));
});

after(() => rm(dir, { recursive: true, force: true }));

test('the page and its dump make one article, the page its canonical copy', () => {
  assert.equal(manifest.articles.length, 1);
  const article = manifest.articles[0]!;
  assert.deepEqual(
    article.sources.map((s) => [s.path, s.role]),
    [
      [PAGE, 'canonical'],
      [DUMP, 'duplicate'],
    ],
  );
});

test("the article holds the page's story without the dump's menu and footer", () => {
  const text = articleBody(out, manifest.articles[0]!.url);
  assert.match(text, /Wie war das nochmal mit den Variablen\?/);
  assert.match(text, /Variablen sind kein Problem für dich\?/);
  for (const line of CHROME) assert.ok(!text.includes(line), `"${line}" is in the article`);
});

test("the dump's lines left out are recorded in report.json, naming the page", () => {
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
    files: { path: string; moved: { text: string; reason: string }[] }[];
  };
  const moved = report.files.find((f) => f.path === DUMP)?.moved ?? [];
  for (const line of CHROME) {
    const entry = moved.find((m) => m.text === line);
    assert.ok(entry, `"${line}" is not recorded: ${JSON.stringify(moved)}`);
    assert.match(entry.reason, new RegExp(`outside the story the saved page ${PAGE}`));
  }
});
