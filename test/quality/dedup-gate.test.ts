// Dedup quality gate: pairwise F1 against the labelled corpora (bench/dedup/run.ts) and the
// look-alike pairs merged must stay within bench/dedup/floors.json: issue 4's targets, F1 0.97
// and no look-alike merged (measured: F1 0.986, 0 of 1,112); and paragraphs of other stories
// glued onto generated copies that stay in the article, held at the measured 66 of 749 (a
// ratchet: the single glued-on paragraph is only caught by its vocabulary).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { dedupQuality } from '../../bench/dedup/run.ts';

const corpora =
  process.env.ARCHIVE_CORPORA ?? path.join(import.meta.dirname, '../../../shared/corpora');
const floors = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../bench/dedup/floors.json'), 'utf8'),
) as { f1: { min: number }; lookalikesMerged: { max: number }; gluedLeaked: { max: number } };

test('dedup keeps its F1, keeps look-alikes apart and glued-on stories out', async () => {
  assert.ok(
    existsSync(path.join(corpora, 'reuters21578')),
    `the labelled corpora are missing at ${corpora}: set ARCHIVE_CORPORA to the folder holding bbc/ and reuters21578/`,
  );
  const { scores } = await dedupQuality(corpora);
  assert.ok(scores.f1 >= floors.f1.min, `F1 ${scores.f1} < ${floors.f1.min} (npm run bench:dedup)`);
  assert.ok(
    scores.lookalikesMerged <= floors.lookalikesMerged.max,
    `${scores.lookalikesMerged} look-alike pairs merged (npm run bench:dedup)`,
  );
  assert.ok(
    scores.gluedLeaked <= floors.gluedLeaked.max,
    `${scores.gluedLeaked} glued-on paragraphs left in articles (npm run bench:dedup)`,
  );
});
