// Batches sent to the worker threads ahead of a long synchronous stage wait in a file of the work
// folder rather than in the threads' message queues (src/batch-queue.ts): the same outputs as
// batches posted whole, the serialized items on disk while the threads have not taken them, and
// no file left once the call is settled.

import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { BatchQueue, readBatch } from '../../src/batch-queue.ts';
import { resetSpill, SpillReader, type SpilledBody } from '../../src/render-spill.ts';
import type { BodyToRender } from '../../src/stages/write.ts';
import type { TaggedText } from '../../src/topics/tagger.ts';
import { StopFlag, WorkerPool } from '../../src/workers.ts';

let dir: string;
before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-batch-queue-'));
});
after(() => rm(dir, { recursive: true, force: true }));

/** Bodies as scraped pages give them: several scripts, marks, a list item. */
function bodies(count: number): BodyToRender[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `key-${i}`,
    blocks: [
      { kind: 'heading', text: `Seoul talks, day ${i}`, level: 2 },
      { kind: 'paragraph', text: `“Koreans want peace,” said Kim — 東京の会談 ${i} 🙂 (café).` },
      { kind: 'list-item', text: 'A <b>bold</b> claim, *not* Markdown', ordered: true },
    ],
  }));
}

test('a queued batch reads back as it was sent, batch after batch', () => {
  const queue = new BatchQueue(path.join(dir, 'round-trip', 'items.queue'));
  const first = bodies(3);
  const second = [{ title: 'Fed adds reserves', standfirst: null, blocks: [] }];
  const [a, b] = [queue.append(first), queue.append(second)];
  assert.deepStrictEqual(readBatch(b), second);
  assert.deepStrictEqual(readBatch(a), first);
  queue.remove();
  assert.equal(existsSync(a.file), false);
});

test('WorkerPool.each with a queue file: the same bodies, the batches on disk until taken', async () => {
  const pool = new WorkerPool(2);
  const items = bodies(400);
  const render = async (folder: string, queueFile?: string) => {
    resetSpill(folder);
    const spilled: SpilledBody[] = [];
    const done = pool.each('render', items, { folder }, (start, out) => spilled.push(...out), {
      queueFile,
    });
    // The threads load their modules first (about a second): nothing is taken yet.
    const queued = queueFile && existsSync(queueFile) ? statSync(queueFile).size : 0;
    await done;
    const reader = new SpillReader();
    try {
      const byKey = new Map(spilled.map((body) => [body.key, reader.read(body)]));
      return { queued, bodies: items.map(({ key }) => byKey.get(key)) };
    } finally {
      reader.close();
    }
  };
  try {
    const posted = await render(path.join(dir, 'posted'));
    const queueFile = path.join(dir, 'queued', 'render-items.queue');
    const queued = await render(path.join(dir, 'queued'), queueFile);
    assert.deepStrictEqual(queued.bodies, posted.bodies);
    assert.equal(queued.bodies.filter(Boolean).length, 400);
    // Every batch's text was in the file: 400 items of over 100 characters each.
    assert.ok(queued.queued > 400 * 100, `${queued.queued} bytes queued`);
    assert.equal(existsSync(queueFile), false, 'the queue file is removed once the call settles');
  } finally {
    await pool.close();
  }
});

test('a stopped call skips its queued batches and still removes the file', async () => {
  const pool = new WorkerPool(2);
  const texts: TaggedText[] = Array.from({ length: 600 }, (_, i) => ({
    title: `Bank of Japan holds rates, day ${i}`,
    standfirst: null,
    blocks: [{ kind: 'paragraph', text: 'Governor Kazuo Ueda spoke in Tokyo on Tuesday.' }],
  }));
  const queueFile = path.join(dir, 'names', 'names-ahead.queue');
  const stop = new StopFlag();
  let taken = 0;
  try {
    const done = pool.each('names', texts, null, (_, out) => (taken += out.length), {
      threads: 1,
      stop,
      queueFile,
    });
    stop.raise();
    await done;
    assert.ok(taken < 600, `${taken} of 600 tagged after the stop`);
    assert.equal(existsSync(queueFile), false);
  } finally {
    await pool.close();
  }
});
