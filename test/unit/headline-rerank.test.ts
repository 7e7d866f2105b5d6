// The dump headline re-ranker's experiment (bench/headlines, docs/figures.md stop 46, branch
// ml46): the trace readPageHeader hands an observer, the candidates' features read from it, a
// candidate forced in the rules' place, and the ranker's determinism.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';
import { observeDumpHeadlines, type DumpHeadlineTrace } from '../../src/extract/page-header.ts';
import { candidatesOf, FEATURES } from '../../bench/headlines/features.ts';
import { fit, pick } from '../../bench/headlines/ranker.ts';

const FLVW = 'Joana Herrmann fliegt bei den FLVW-Hallenmeisterschaften über 1,78 Meter';

test('the trace of a dump: the rules chose the title, among candidates with every feature', () => {
  const traces: DumpHeadlineTrace[] = [];
  observeDumpHeadlines((t) => void traces.push(t));
  try {
    assert.equal(title('flvw-w3m.txt'), FLVW);
  } finally {
    observeDumpHeadlines(null);
  }
  assert.equal(traces.length, 1);
  const candidates = candidatesOf(traces[0] as DumpHeadlineTrace);
  assert.ok(candidates.length > 1);
  assert.equal(candidates.filter((c) => c.chosen).length, 1);
  assert.equal(candidates.find((c) => c.chosen)?.headline.text.trim(), FLVW);
  for (const c of candidates) assert.equal(c.x.length, FEATURES.length);
});

test('a candidate the observer gives is published in the rules’ place, and only while observed', () => {
  let other: string | null = null;
  observeDumpHeadlines((t) => {
    const c = candidatesOf(t).find((k) => !k.chosen);
    other = c?.headline.text.trim() ?? null;
    return c?.headline;
  });
  let forced: string | null;
  try {
    forced = title('flvw-w3m.txt');
  } finally {
    observeDumpHeadlines(null);
  }
  assert.ok(other);
  assert.notEqual(forced, FLVW);
  assert.equal(title('flvw-w3m.txt'), FLVW);
});

test('the ranker is deterministic and learns a feature that tells the right candidate', () => {
  const groups = [0, 1, 2, 3, 4, 5].map((k) => ({
    x: [
      [1, k % 2, 0.5],
      [1, 1 - (k % 2), 0.2],
    ],
    label: [k % 2 === 1, k % 2 === 0],
  }));
  const a = fit(groups);
  assert.deepEqual(fit(groups), a);
  assert.equal(
    pick(a, [
      [1, 0, 0.5],
      [1, 1, 0.5],
    ]),
    1,
  );
});
