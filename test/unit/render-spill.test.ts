// Rendered bodies wait for the write stage in spill files, not in the main thread's heap
// (src/render-spill.ts): what is read back must be what was rendered, to the last character, and
// the blocks sent to the threads must not be held while they render (at 100,000 WARC records the
// bodies and blocks were ~3 GB of the build's peak; docs/figures.md, stop 59).

import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import {
  resetSpill,
  spillBodies,
  SpillReader,
  threadSpillFile,
  type SpilledBody,
} from '../../src/render-spill.ts';
import { renderBody, type BodyToRender } from '../../src/stages/write.ts';
import type { Block } from '../../src/types.ts';
import { WorkerPool } from '../../src/workers.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-render-spill-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** Bodies as scraped pages give them: several scripts, typographic marks, a table, a list. */
function bodies(count: number): BodyToRender[] {
  return Array.from({ length: count }, (_, i) => {
    const blocks: Block[] = [
      { kind: 'heading', text: `Seoul talks, day ${i}`, level: 2 },
      {
        kind: 'paragraph',
        text: `“Ko­reans want peace,” said Kim — 東京の会談 ${i} 🙂 (café, naïve).`,
      },
      { kind: 'list-item', text: 'A <b>bold</b> claim, *not* Markdown', ordered: true },
      { kind: 'paragraph', text: 'Москва: 5 % of 1,000 ¥ [x](javascript:alert(1))' },
    ];
    return { key: `key-${i}`, blocks };
  });
}

test('a spilled body reads back as rendered, whatever its characters', () => {
  const folder = path.join(dir, 'round-trip');
  resetSpill(folder);
  const rendered = bodies(120).map(renderBody);
  const file = threadSpillFile(folder);
  // Two appends to one file, as a thread makes one a batch.
  const spilled = [
    ...spillBodies(file, rendered.slice(0, 50)),
    ...spillBodies(file, rendered.slice(50)),
  ];
  const reader = new SpillReader();
  try {
    // In another order than written, as the write stage reads by date.
    for (const i of [119, 0, 77, 50, 49, 3]) {
      assert.deepStrictEqual(reader.read(spilled[i] as SpilledBody), rendered[i]);
    }
  } finally {
    reader.close();
  }
});

test('WorkerPool.each lets go of the items it sent while the threads still work on them', async () => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const folder = path.join(dir, 'threads');
  resetSpill(folder);
  const pool = new WorkerPool(2);
  let taken = 0;
  try {
    // Made in a function of their own, so that only the pool could still hold them.
    const send = () => {
      const items = bodies(400);
      const ref = new WeakRef(items[0]!.blocks);
      const done = pool.each('render', items, { folder }, (_, out) => (taken += out.length));
      return { ref, done };
    };
    const { ref, done } = send();
    // A WeakRef's target lives to the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    const pending = taken < 400;
    const collected = ref.deref() === undefined;
    await done;
    assert.equal(taken, 400);
    // The threads load their modules first (about a second), so the replies are still due here.
    assert.ok(pending, 'the threads had not answered yet');
    assert.ok(collected, "the items' blocks were held until the last reply");
  } finally {
    await pool.close();
  }
});
