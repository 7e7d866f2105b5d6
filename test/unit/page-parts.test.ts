// A saved page and its three text dumps, each front end keeping a part of the page under its own
// headline (issue 22: a page and its dumps are one article; stop 65). The copies are the normalize
// stage's documents of two of trafilatura's development pages (test/fixtures/page-parts/, the
// blocks' text as the build read them, each page's four copies whole):
//   - backen.de's "Maulwurfkuchen mit Erdbeeren": the lynx dump reads the recipe's box "Was du noch
//     wissen solltest" as its headline and holds the recipe's introduction, 0.88 inside the page;
//     the w3m dump, under the page's headline, holds the recipe's steps: the two share nothing.
//   - oetker.de's "Bienenstich-Muffins": the page's body is its teaser (62 shingles), the recipe
//     is in the dumps, two of them under "Vorbereiten" (a step's label), all of it in the
//     html2text dump under the page's headline.
// What a reader saw: the recipe in two articles, one named by the page, one by its dumps.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { dedup } from '../../src/stages/dedup.ts';
import type { NormalizedDoc } from '../../src/types.ts';
import { normalizedDoc } from '../helpers/articles.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'page-parts');

type Copy = Pick<NormalizedDoc, 'path' | 'format' | 'title' | 'date' | 'lang' | 'blocks'>;

function copies(name: string): NormalizedDoc[] {
  const read = JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')) as Copy[];
  return read.map((c) => normalizedDoc(c.path, [], c));
}

for (const [name, title] of [
  ['backen', 'Maulwurfkuchen mit Erdbeeren'],
  ['oetker', 'Bienenstich-Muffins'],
] as const) {
  test(`${name}: a page and dumps under a section's label for a headline build one article`, () => {
    const docs = copies(name);
    const { articles } = dedup(docs);
    const whole = articles.filter((a) => !a.fragment);
    assert.equal(whole.length, 1, whole.map((a) => a.title).join(' | '));
    const [article] = whole as [(typeof whole)[number]];
    assert.equal(article.title, title);
    assert.deepEqual(
      [...new Set(article.sources.map((s) => s.path))].sort(),
      docs.map((d) => d.path).sort(),
    );
  });
}

test("a dump under a section's label stays apart from another recipe's page and dumps", () => {
  const [backenPage, backenW3m] = copies('backen');
  const oetker = copies('oetker').filter((d) => d.format === 'text');
  const { articles } = dedup([backenPage!, backenW3m!, ...oetker]);
  const pathsOf = (a: (typeof articles)[number]) => a.sources.map((s) => s.path).join(' ');
  for (const article of articles.filter((a) => !a.fragment)) {
    const recipes = new Set(article.sources.map((s) => s.path.replace(/^.*\/|\.txt$/g, '')));
    assert.equal(recipes.size, 1, pathsOf(article));
  }
});
