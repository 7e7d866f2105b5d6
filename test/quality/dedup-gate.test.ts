// Dedup quality gate: pairwise F1 against the labelled corpora (bench/dedup/run.ts) and the
// look-alike pairs merged must stay within bench/dedup/floors.json. The floors are ratchets at
// the measured level (F1 0.950, 1 look-alike); issue 4's targets are F1 0.97 and none.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { dedupQuality } from '../../bench/dedup/run.ts';

const corpora =
  process.env.ARCHIVE_CORPORA ?? path.join(import.meta.dirname, '../../../shared/corpora');
const floors = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../bench/dedup/floors.json'), 'utf8'),
) as { f1: { min: number }; lookalikesMerged: { max: number } };

test('dedup keeps its F1 and keeps templated look-alikes apart', async () => {
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
});
