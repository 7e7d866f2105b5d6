// src/nlp-freeze.ts stands in for compromise's own 'freeze' step: on real BBC stories and on a
// text full of its frozen phrases, every term must get the same tags and the same frozen mark.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import compromise from 'compromise';
import { bbcStories } from '../helpers/corpora.ts';

interface Compute {
  freeze: unknown;
}
const world = compromise.world() as unknown as { compute: Compute };
/** compromise's own step, taken before src/nlp.ts replaces it. */
const theirs = world.compute.freeze;
const { default: nlp } = await import('../../src/nlp.ts');
const ours = world.compute.freeze;

type Term = { text: string; tags: Set<string>; frozen?: boolean };

/**
 * Every term's text, tags and frozen mark, with the given step: after the whole parse, or right
 * after the step (the parse's end clears the marks).
 */
function tagsWith(freeze: unknown, text: string, whole = true): string {
  world.compute.freeze = freeze;
  try {
    const doc = whole ? nlp(text) : nlp.tokenize(text);
    if (!whole) doc.compute(['alias', 'machine', 'index', 'id', 'freeze']);
    const terms = (doc as unknown as { docs: Term[][] }).docs.map((s) =>
      s.map((t) => `${t.text}/${[...t.tags].sort().join(',')}/${t.frozen === true}`),
    );
    return JSON.stringify(terms);
  } finally {
    world.compute.freeze = ours;
  }
}

const FROZEN =
  'The Prime Minister told the Financial Times that the Labour Party would take part. ' +
  'Bill Gates read the New York Times in the living room after the Cold War, new kids on the block.';

test('the freeze step tags as compromise does, with its own step or ours', () => {
  assert.notEqual(ours, theirs);
  assert.equal(tagsWith(ours, FROZEN, false).match(/\/true"/g)?.length, 22);
  assert.equal(tagsWith(ours, FROZEN, false), tagsWith(theirs, FROZEN, false));
  assert.equal(tagsWith(ours, FROZEN), tagsWith(theirs, FROZEN));
  const stories = bbcStories(4).map(({ file }) => readFileSync(file, 'latin1'));
  assert.ok(stories.length >= 20);
  for (const text of stories) assert.equal(tagsWith(ours, text), tagsWith(theirs, text));
});
