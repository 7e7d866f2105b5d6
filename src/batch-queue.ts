// Batches for the worker threads that wait in a file of the work folder rather than in a thread's
// message queue (src/workers.ts, MapOptions.queueFile).
//
// A batch posted to a thread is serialized at once and held, outside V8's heap, until the thread
// takes it. The build posts every batch of a long call at once, so that the threads work while
// the main thread runs something long without a turn of its event loop (topics, dedup), and the
// main thread cannot post more meanwhile. The render thread's queue held every article body's
// serialized copy, ~1 GB at 100,000 WARC records at the start of the topics stage, and the names
// thread's a third of the documents' texts through dedup, draining only as the thread got through
// them (docs/figures.md, stops 60 and 61). Written to a file instead, a batch is page cache until
// the thread reads it back, which is not the process's memory.

import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

/** Where a batch lies in its queue file. */
export interface QueuedBatch {
  file: string;
  offset: number;
  length: number;
}

/** A queue file being written: emptied when made, removed by remove(). */
export class BatchQueue {
  readonly #file: string;
  #offset = 0;

  constructor(file: string) {
    this.#file = file;
    mkdirSync(path.dirname(file), { recursive: true });
    closeSync(openSync(file, 'w'));
  }

  /** Appends a batch (serialized as postMessage would) and says where it lies. */
  append(items: unknown[]): QueuedBatch {
    const bytes = serialize(items);
    const fd = openSync(this.#file, 'a');
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    } finally {
      closeSync(fd);
    }
    const batch = { file: this.#file, offset: this.#offset, length: bytes.length };
    this.#offset += bytes.length;
    return batch;
  }

  remove(): void {
    rmSync(this.#file, { force: true });
  }
}

/** A queued batch's items, read back (on the thread that works on them). */
export function readBatch({ file, offset, length }: QueuedBatch): unknown[] {
  const bytes = Buffer.allocUnsafe(length);
  const fd = openSync(file, 'r');
  try {
    let done = 0;
    while (done < length) {
      const read = readSync(fd, bytes, done, length - done, offset + done);
      if (read === 0) throw new Error(`${file} ends before the batch queued at ${offset}`);
      done += read;
    }
  } finally {
    closeSync(fd);
  }
  return deserialize(bytes) as unknown[];
}
