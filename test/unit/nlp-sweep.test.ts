// src/nlp-sweep.ts stands in for compromise's own bulk matcher (its post-tagger's sweep): on real
// BBC stories, every term must get the same tags with either, and the tagger's people the same.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import compromise from 'compromise';
import { bbcStories } from '../helpers/corpora.ts';

interface Methods {
  one: { bulkMatch: unknown };
}
const world = compromise.world() as unknown as { methods: Methods };
/** compromise's own matcher, taken before src/nlp.ts replaces it. */
const theirs = world.methods.one.bulkMatch;
const { default: nlp } = await import('../../src/nlp.ts');
const ours = world.methods.one.bulkMatch;

type Term = { text: string; tags: Set<string> };

/** Every term's text and tags, and the people found, with the given matcher. */
function tagsWith(bulkMatch: unknown, text: string): string {
  world.methods.one.bulkMatch = bulkMatch;
  try {
    const doc = nlp(text);
    const terms = (doc as unknown as { docs: Term[][] }).docs.map((s) =>
      s.map((t) => `${t.text}/${[...t.tags].sort().join(',')}`),
    );
    return JSON.stringify([terms, doc.people().out('array')]);
  } finally {
    world.methods.one.bulkMatch = ours;
  }
}

test('the post-tagger tags as compromise does, with its own matcher or ours', () => {
  assert.notEqual(ours, theirs);
  const stories = bbcStories(4).map(({ file }) => readFileSync(file, 'latin1'));
  assert.ok(stories.length >= 20);
  for (const text of stories) assert.equal(tagsWith(ours, text), tagsWith(theirs, text));
});
