// A saved page and its w3m dump built together, the dump's lines shaped otherwise than the page's
// paragraphs (stop 63): Readability's gitlab-blog page from the committed sample
// (test/web-pages). w3m wraps the page's paragraphs at 100 columns; the dump's normalize left some
// of them cut in two (a paragraph's last line on its own: "frustrated with their toolchains than
// those not using AI.") until stop 63's ww63 joined lines wrapped at the width. What a reader
// sees: the page's paragraphs once each, not followed by a doubled line.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articleBody, buildCopies } from '../helpers/built-copies.ts';

const SAMPLE = path.join(import.meta.dirname, '..', 'web-pages');
const PAGE = 'pages/gitlab-blog.html';
const DUMP = 'w3m/gitlab-blog.html.txt';
/** The dump's last lines of the page's paragraphs, wrapped by w3m. */
const CUT_LINES = [
  'frustrated with their toolchains than those not using AI.',
  'tools but still felt a stronger need to consolidate their toolchain.',
  'fragmented landscape of tools across the board.”',
];

let dir: string;
let out: string;
let manifest: Manifest;

before(async () => {
  ({ dir, out, manifest } = await buildCopies('archive-page-dump-lines-', [
    [PAGE, path.join(SAMPLE, 'html', 'readability', 'gitlab-blog', 'source.html')],
    [DUMP, path.join(SAMPLE, 'readability', 'gitlab-blog', 'w3m.txt')],
  ]));
});

after(() => rm(dir, { recursive: true, force: true }));

test('the page and its dump make one article, the page canonical', () => {
  assert.equal(manifest.articles.length, 1);
  assert.deepEqual(
    manifest.articles[0]!.sources.map((s) => [s.path, s.role]),
    [
      [PAGE, 'canonical'],
      [DUMP, 'duplicate'],
    ],
  );
});

test("the article holds each of the page's sentences once, none doubled by the dump's lines", () => {
  const text = articleBody(out, manifest.articles[0]!.url);
  for (const line of CUT_LINES) {
    const times = text.split(line).length - 1;
    assert.equal(times, 1, `"${line}" is in the article ${times} times`);
  }
});

test("the dump's wrapped lines are in its whole paragraphs, so none is left out as a piece", () => {
  // Before stop 63's ww63 the dump's normalize left these lines as paragraphs of their own, and
  // report.json recorded each as moved to the page; now they end the dump's paragraphs, which are
  // the page's paragraphs whole (the page's copy is the article's, the dump's a duplicate).
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
    files: { path: string; moved: { text: string; reason: string }[] }[];
  };
  const moved = report.files.find((f) => f.path === DUMP)?.moved ?? [];
  for (const line of CUT_LINES) {
    assert.ok(!moved.some((m) => m.text === line), `"${line}" is left out as a piece`);
  }
});
