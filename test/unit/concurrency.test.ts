// mapConcurrently (src/concurrency.ts) reads, writes and copies the archive's files a few at a
// time; the output must not depend on which file finishes first.

import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { mapConcurrently } from '../../src/concurrency.ts';

test('results come in the order of the items, however the calls finish', async () => {
  const items = Array.from({ length: 50 }, (_, i) => i);
  // Later items finish first.
  const results = await mapConcurrently(items, async (i) => {
    await sleep(50 - i);
    return i * 2;
  });
  assert.deepEqual(
    results,
    items.map((i) => i * 2),
  );
});

test('no more than the limit run at once, and all of them are used', async () => {
  let running = 0;
  let most = 0;
  await mapConcurrently(
    Array.from({ length: 40 }, (_, i) => i),
    async () => {
      most = Math.max(most, ++running);
      await sleep(2);
      running--;
    },
    5,
  );
  assert.equal(most, 5);
});

test('a failure rejects with its error, and no new call starts after it', async () => {
  const started: number[] = [];
  await assert.rejects(
    mapConcurrently(
      Array.from({ length: 100 }, (_, i) => i),
      async (i) => {
        started.push(i);
        await sleep(1);
        if (i === 10) throw new Error('file 10 is unreadable');
      },
      4,
    ),
    /file 10 is unreadable/,
  );
  assert.ok(started.length < 20, `${started.length} calls started`);
});
