// The names tagger on articles in other languages than English (src/topics/tagger.ts,
// holdsKnownName): compromise reads most of a German article's capitalized nouns as names, so
// only sentences holding a name its lexicon knows, or an acronym, are tagged. Real pages:
// test/fixtures/names/README.md.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { namesIn, type TaggedText } from '../../src/topics/tagger.ts';

const [horrorClown, iphone] = JSON.parse(
  readFileSync(new URL('../fixtures/names/german-pages.json', import.meta.url), 'utf8'),
) as TaggedText[];

const names = (article: TaggedText | undefined) =>
  new Set(namesIn(article as TaggedText).candidates.map((c) => c.name));

test('a German noun is not a name, a place in the same story still is', () => {
  const found = names(horrorClown);
  assert.ok(!found.has('Kindern'), 'Kindern ("children") is no name');
  assert.ok(found.has('LINZ'));
});

test('people and companies of a German article are found, its nouns are not', () => {
  const found = names(iphone);
  for (const name of ['Jon Prosser', 'Jeff Pu', 'Samsung']) assert.ok(found.has(name), name);
  assert.ok(!found.has('Modellen'), 'Modellen ("models") is no name');
});
