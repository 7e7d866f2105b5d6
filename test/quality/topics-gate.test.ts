// Topics quality gate: on 600 Reuters-21578 stories (bench/topics/run.ts, every Nth labelled
// regular story), the share of labelled places, people and organizations found among the
// article's topics, and the share of those shown with the label's kind, must stay at
// bench/topics/floors.json, and no topic may be junk.
//
// Issue 24 (a country named once is a topic; names in headlines; kinds from usage): on the full
// corpora's 600, 0.680 of all labels, 0.929 of those named, places 0.670, people 0.730, orgs
// 0.796; on the samples' 600, 0.708, 0.933, places 0.699, people 0.710, orgs 0.836; kinds
// 100% right on both. Then countries no longer on the map ("Yugoslavia"), first names the
// tagger cut off ("Carl" of "Carl Icahn's"), months before names ("December's OPEC") and the
// country of a dateline ("HANOVER, West Germany"): full 0.688, 0.941, places 0.676, people 0.746,
// orgs 0.816; samples 0.711, 0.938, places 0.701, people 0.710, orgs 0.855. The floors below sit
// under both. The figures before:
//
// The target for the share is 0.80; it cannot be reached on all labels, since about a
// third of them name nothing in the text (a story filed in Pittsburgh about a company is labelled
// "usa"). Measured on this sample: 0.589 of all labels, 0.808 of those named in the text; per
// kind places 0.567, people 0.730, orgs 0.776; junk 0. The floors sit one or two labels below
// (a ratchet: raise them when the stage gets better).
//
// By default the gate reads the committed samples (test/corpora), which hold these 600 stories
// among others, so it samples a different 600: measured there 0.610 of all labels, 0.807 of
// those named; places 0.589, people 0.710 (44 of 62), orgs 0.818; junk 0. The same floors hold,
// people one label above its floor. ARCHIVE_CORPORA=DIR runs it on the full corpora.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { LABEL_KINDS, topicsQuality } from '../../bench/topics/run.ts';
import { CORPORA as corpora } from '../helpers/corpora.ts';

const floors = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../bench/topics/floors.json'), 'utf8'),
) as {
  count: number;
  recall: { min: number };
  recallOfNamed: { min: number };
  places: { min: number };
  people: { min: number };
  orgs: { min: number };
  kindAccuracy: { min: number };
  junk: { max: number };
};

test('topics find the labelled people, places and organizations, and no junk', async () => {
  assert.ok(
    existsSync(path.join(corpora, 'reuters21578')),
    `the corpora are missing at ${corpora}: run npx tsx test/corpora/sample.ts, or set ARCHIVE_CORPORA to the folder holding bbc/ and reuters21578/`,
  );
  const { scores, results } = await topicsQuality(corpora, floors.count);
  const hint = `(npm run bench:topics -- --count ${floors.count})`;
  assert.ok(
    scores.recall >= floors.recall.min,
    `labels found ${scores.recall} < ${floors.recall.min} ${hint}`,
  );
  assert.ok(
    scores.recallOfNamed >= floors.recallOfNamed.min,
    `labels named in the text found ${scores.recallOfNamed} < ${floors.recallOfNamed.min} ${hint}`,
  );
  for (const kind of LABEL_KINDS) {
    const { recall } = scores.kinds[kind];
    assert.ok(recall >= floors[kind].min, `${kind} found ${recall} < ${floors[kind].min} ${hint}`);
  }
  assert.ok(
    scores.kindAccuracy >= floors.kindAccuracy.min,
    `found labels shown with their kind ${scores.kindAccuracy} < ${floors.kindAccuracy.min} ${hint}`,
  );
  const junk = results.flatMap((r) => r.junk.map((j) => j.name));
  assert.ok(scores.junk <= floors.junk.max, `junk topics: ${junk.join(', ')} ${hint}`);
});
