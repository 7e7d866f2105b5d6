// Fixture tests for ingest + normalize: test/fixtures/normalize/<case>/input.txt is read as the
// build reads it, and the result (front matter and Markdown body, as the write stage emits it,
// plus the removal record) must equal expected.md. Regenerate with `UPDATE=1 npm run test:unit`
// and review the diff.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import matter from 'gray-matter';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { blocksToMarkdown } from '../../src/stages/write.ts';
import type { InputFile } from '../../src/types.ts';

const root = path.join(import.meta.dirname, '../fixtures/normalize');

for (const name of readdirSync(root).sort()) {
  test(`normalize fixture: ${name}`, () => {
    const file = readInputFile('input.txt', readFileSync(path.join(root, name, 'input.txt')));
    assert.ok(!('reason' in file), `fixture ${name} was rejected`);
    const doc = normalize(file as InputFile, corpusProfile([file as InputFile]));
    const actual = matter.stringify(blocksToMarkdown(doc.blocks), {
      title: doc.title,
      standfirst: doc.standfirst,
      date: doc.date?.value ?? null,
      date_precision: doc.date?.precision ?? null,
      source: doc.source,
      byline: doc.byline,
      section: doc.section,
      lang: doc.lang,
      removed: doc.removed.map((r) => `${r.line}: ${r.reason}: ${r.text}`),
    });
    const expectedPath = path.join(root, name, 'expected.md');
    if (process.env.UPDATE || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
    assert.equal(actual, readFileSync(expectedPath, 'utf8'));
  });
}
