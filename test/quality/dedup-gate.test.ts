// Dedup quality gate: pairwise F1 against the labelled corpora (bench/dedup/run.ts) and the
// look-alike pairs merged must stay within bench/dedup/floors.json: issue 4's targets, F1 0.97
// and no look-alike merged (measured: F1 0.986, 0 of 1,112); and paragraphs of other stories
// glued onto generated copies that stay in the article, held at the measured 66 of 749 (a
// ratchet: the single glued-on paragraph is only caught by its vocabulary).
//
// By default the gate reads the committed samples (test/corpora; ARCHIVE_CORPORA=DIR for the full
// corpora). There the same measure gives F1 0.985 and 0 of 150 look-alikes merged, within the
// floors, but 72 of 738 glued-on paragraphs kept: the generated copies are drawn from the
// samples' smaller pool, so other stories are glued on, and the samples hold their own ratchet
// for that count, at the measured 72.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { dedupQuality } from '../../bench/dedup/run.ts';
import { CORPORA as corpora, ON_SAMPLES } from '../helpers/corpora.ts';

const floors = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../bench/dedup/floors.json'), 'utf8'),
) as { f1: { min: number }; lookalikesMerged: { max: number }; gluedLeaked: { max: number } };
/** Glued-on paragraphs kept on the committed samples: measured 72 of 738 (see the top). */
const SAMPLE_GLUED_LEAKED_MAX = 72;
const gluedLeakedMax = ON_SAMPLES ? SAMPLE_GLUED_LEAKED_MAX : floors.gluedLeaked.max;

test('dedup keeps its F1, keeps look-alikes apart and glued-on stories out', async () => {
  assert.ok(
    existsSync(path.join(corpora, 'reuters21578')),
    `the corpora are missing at ${corpora}: run npx tsx test/corpora/sample.ts, or set ARCHIVE_CORPORA to the folder holding bbc/ and reuters21578/`,
  );
  const { scores } = await dedupQuality(corpora);
  assert.ok(scores.f1 >= floors.f1.min, `F1 ${scores.f1} < ${floors.f1.min} (npm run bench:dedup)`);
  assert.ok(
    scores.lookalikesMerged <= floors.lookalikesMerged.max,
    `${scores.lookalikesMerged} look-alike pairs merged (npm run bench:dedup)`,
  );
  assert.ok(
    scores.gluedLeaked <= gluedLeakedMax,
    `${scores.gluedLeaked} glued-on paragraphs left in articles (npm run bench:dedup)`,
  );
});
