// The rendered bodies of a build, between their rendering and the write stage, in files of the
// work folder rather than in the main thread's heap.
//
// The bodies are rendered ahead, on a worker thread, while the main thread finds topics and
// related articles (src/stages/write.ts, renderAhead). Held as strings until the write stage, an
// article's Markdown (~12 KB) and HTML (~10 KB) were about 2 GB of the main thread's heap at the
// related stage's end at 100,000 WARC records, where the build's memory peaks (a heap snapshot at
// 3,000 records: docs/figures.md, stop 59, lead). So the thread that renders a body appends it to
// a spill file of its own and answers with where it lies; the write stage reads each body back
// once, and the folder is removed after it. Each thread writes only its own file, so no two
// writers share one and no offset needs agreeing on.

import { closeSync, fstatSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';

/** A rendered body: its Markdown, its HTML and its word count, cached by `key`. */
export interface RenderedBody {
  /** Hash of the blocks it was rendered from (src/stages/write.ts, bodyKey). */
  key: string;
  markdown: string;
  html: string;
  words: number;
}

/** Where a rendered body lies in a spill file, and what the write stage needs without reading it. */
export interface SpilledBody {
  key: string;
  file: string;
  offset: number;
  length: number;
  words: number;
}

/** The folder of a build's spill files, in its work folder. */
export function spillFolder(work: string): string {
  return path.resolve(work, 'render-spill.tmp');
}

/**
 * Empties the spill folder (what a build killed before its write stage left) and makes it: the
 * build's own folder, in its own work folder.
 */
export function resetSpill(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
}

/** Removes the spill folder once its bodies are written. */
export function removeSpill(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/** This thread's spill file in the folder: no other thread writes to it. */
export function threadSpillFile(folder: string): string {
  return path.join(folder, `thread-${threadId}.bodies`);
}

/**
 * Appends the bodies to `file` (made if missing), one write for all of them, and says where
 * each lies. A body is stored as the JSON text of [markdown, html].
 */
export function spillBodies(file: string, bodies: RenderedBody[]): SpilledBody[] {
  const fd = openSync(file, 'a');
  try {
    let offset = fstatSync(fd).size;
    const parts: Buffer[] = [];
    const spilled = bodies.map(({ key, markdown, html, words }): SpilledBody => {
      const bytes = Buffer.from(JSON.stringify([markdown, html]));
      parts.push(bytes);
      const at = { key, file, offset, length: bytes.length, words };
      offset += bytes.length;
      return at;
    });
    writeAll(fd, Buffer.concat(parts));
    return spilled;
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Reads spilled bodies back, keeping each spill file open until close(). */
export class SpillReader {
  readonly #fds = new Map<string, number>();

  read({ key, file, offset, length, words }: SpilledBody): RenderedBody {
    let fd = this.#fds.get(file);
    if (fd === undefined) this.#fds.set(file, (fd = openSync(file, 'r')));
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const read = readSync(fd, bytes, done, length - done, offset + done);
      if (read === 0) throw new Error(`${file} ends before the body spilled at ${offset}`);
      done += read;
    }
    const [markdown, html] = JSON.parse(bytes.toString('utf8')) as [string, string];
    return { key, markdown, html, words };
  }

  close(): void {
    for (const fd of this.#fds.values()) closeSync(fd);
    this.#fds.clear();
  }
}
