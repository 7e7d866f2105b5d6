// The removals report, published as /report.json: what the build took out of each file and why.
//
// Its bulk is the removals (Removal[] of each document): 61 KB a page on the WARC benchmark's
// saved pages (bench/html/warc.ts), so about 6 GB at 100,000 pages, held from normalize to the
// site stage, and past what one JavaScript string holds (about 0.5 G characters), so that
// JSON.stringify of the whole report fails there. They are written to the work folder as each
// document is normalized (openRemovalSpill), deflated (a tenth of the bytes), let go of, and
// copied from there as the report is written a file at a time (writeReport), which deletes the
// file: nothing of it outlives the build. The bytes are those of
// JSON.stringify(report, null, 2) + "\n", as before.

import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { createDeflateRaw, createInflateRaw } from 'node:zlib';
import type { NormalizedDoc, Removal, Spillover } from '../types.ts';

/** The removals of a build's documents, in the work folder (see the top of this module). */
export interface SpilledRemovals {
  file: string;
  /** Byte length of each document's removals, in the order of the documents. */
  lengths: number[];
}

/** One file's entry in the report, its removals left in the spill file. */
interface ReportEntry {
  path: string;
  encoding: string | null;
  date_from: string | null;
  warnings: string[];
  moved: { text: string; reason: string }[];
}

/** The report to write: its entries, and where their removals are. */
export interface PendingReport {
  entries: ReportEntry[];
  removals: SpilledRemovals;
}

/**
 * An entry's removals as they stand in the report: JSON.stringify's two-space indentation, each
 * line after the first further indented by the six spaces of an entry's keys ("files" is at 2,
 * its entries at 4). A JSON text holds no raw line break inside a string, so that is exact.
 */
const ENTRY_KEY_INDENT = '\n      ';

/**
 * zlib's level for the spill: the removals as the report indents them, 62 KB a record on the WARC
 * bench (6.2 GB at 100,000 records, beside the normalize cache's own copy), shrink about 10
 * times at level 1 for ~0.2 ms of CPU a record (docs/figures.md, stop 58).
 */
const SPILL_DEFLATE_LEVEL = 1;

/** Documents' removals written to the work folder as the documents come (openRemovalSpill). */
export interface RemovalSpill {
  /** Writes the document's removals after those of the documents before it, and empties them. */
  add(doc: NormalizedDoc): void;
  /** Waits for the writes: the removals of every document added, in the order added. */
  close(): Promise<SpilledRemovals>;
}

/**
 * Opens `work`/report-removals.tmp for the removals of the documents to come, each written and
 * let go of when added: the normalize stage adds each document as it is made
 * (src/normalize/cache.ts), so that a build never holds them all (doc.removed is read by nothing
 * after normalize but the report, and the normalize cache, whose entry is written before).
 */
export function openRemovalSpill(work: string): RemovalSpill {
  const file = path.resolve(work, 'report-removals.tmp');
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createDeflateRaw({ level: SPILL_DEFLATE_LEVEL });
  // A write error is thrown by close(), which waits for the stream.
  const written = pipeline(out, createWriteStream(file));
  written.catch(() => {});
  const lengths: number[] = [];
  return {
    add(doc) {
      const bytes = Buffer.from(
        JSON.stringify(doc.removed, null, 2).replaceAll('\n', ENTRY_KEY_INDENT),
      );
      lengths.push(bytes.length);
      doc.removed = [];
      out.write(bytes);
    },
    async close() {
      out.end();
      await written;
      return { file, lengths };
    },
  };
}

/** Spills the removals of `docs`, in order (openRemovalSpill). */
export async function spillRemovals(docs: NormalizedDoc[], work: string): Promise<SpilledRemovals> {
  const spill = openRemovalSpill(work);
  for (const doc of docs) spill.add(doc);
  return spill.close();
}

/** The report of `docs` (their removals spilled), with what dedup moved out of each. */
export function pendingReport(
  docs: NormalizedDoc[],
  spillover: Spillover[],
  files: { path: string; encoding: string }[],
  removals: SpilledRemovals,
): PendingReport {
  const encodings = new Map(files.map((f) => [f.path, f.encoding]));
  // By path, once: filtering the spillover for each document took docs x spillover steps.
  const moved = new Map<string, { text: string; reason: string }[]>();
  for (const { path: p, text, reason } of spillover) {
    let list = moved.get(p);
    if (!list) moved.set(p, (list = []));
    list.push({ text, reason });
  }
  return {
    entries: docs.map((doc) => ({
      path: doc.path,
      encoding: encodings.get(doc.path) ?? null,
      date_from: doc.date?.from ?? null,
      warnings: doc.warnings,
      moved: moved.get(doc.path) ?? [],
    })),
    removals,
  };
}

/** Whether the site stage's report is one to stream (the build's), or a value to publish as is. */
export function isPendingReport(report: unknown): report is PendingReport {
  return (
    typeof report === 'object' && report !== null && 'removals' in report && 'entries' in report
  );
}

/**
 * Writes the report to `target`, byte for byte JSON.stringify({ files }, null, 2) + "\n" with
 * each entry's removals (listed before "moved", as the report has always had them) copied from
 * the spill file, which is deleted then.
 */
export async function writeReport(report: PendingReport, target: string): Promise<void> {
  const { entries, removals } = report;
  const out = createWriteStream(target);
  const spill = createReadStream(removals.file, { highWaterMark: SPILL_READ_BYTES });
  const inflate = createInflateRaw({ chunkSize: SPILL_READ_BYTES });
  // A read error ends the removals with it.
  spill.on('error', (error) => inflate.destroy(error));
  try {
    await write(out, entries.length === 0 ? '{\n  "files": []' : '{\n  "files": [\n');
    const nextRemovals = spillReader(
      spill.pipe(inflate)[Symbol.asyncIterator]() as AsyncIterator<Buffer>,
    );
    for (const [i, entry] of entries.entries()) {
      const { path: p, encoding, date_from, warnings, moved } = entry;
      // The keys in the report's order, "removed" a placeholder for the spilled bytes.
      const text = JSON.stringify(
        { path: p, encoding, date_from, warnings, removed: 0, moved },
        null,
        2,
      ).replaceAll('\n', '\n    ');
      const at = text.indexOf(PLACEHOLDER);
      const buffer = await nextRemovals(removals.lengths[i] as number);
      await write(out, `    ${text.slice(0, at)}${ENTRY_KEY_INDENT}"removed": `);
      await write(out, buffer);
      await write(out, text.slice(at + PLACEHOLDER.length));
      await write(out, i + 1 < entries.length ? ',\n' : '\n  ]');
    }
    await write(out, '\n}\n');
  } finally {
    inflate.destroy();
    spill.destroy();
    out.end();
    await once(out, 'close');
  }
  await rm(removals.file, { force: true });
}

/**
 * The spilled removals of the documents `wanted` (by their place in the spill's order), each
 * parsed as its document had them, read through the spill file once and left there for the
 * report (src/dedup/printed-story.ts reads what text dumps printed).
 */
export async function* spilledRemovals(
  removals: SpilledRemovals,
  wanted: (i: number) => boolean,
): AsyncGenerator<[number, Removal[]]> {
  const spill = createReadStream(removals.file, { highWaterMark: SPILL_READ_BYTES });
  const inflate = createInflateRaw({ chunkSize: SPILL_READ_BYTES });
  spill.on('error', (error) => inflate.destroy(error));
  try {
    const next = spillReader(spill.pipe(inflate)[Symbol.asyncIterator]() as AsyncIterator<Buffer>);
    for (const [i, length] of removals.lengths.entries()) {
      const buffer = await next(length);
      if (wanted(i)) yield [i, JSON.parse(buffer.toString('utf8')) as Removal[]];
    }
  } finally {
    inflate.destroy();
    spill.destroy();
  }
}

/** Bytes of the spill file read, and inflated, at a time. */
const SPILL_READ_BYTES = 1 << 20;

/**
 * The spill's inflated bytes in order, `length` at a time, from `chunks` of about a megabyte: a
 * read of its own for each document's removals was a round trip to libuv's threads per document
 * (111,903 documents at 100,000 articles).
 */
function spillReader(chunks: AsyncIterator<Buffer>): (length: number) => Promise<Buffer> {
  let chunk: Buffer = Buffer.alloc(0);
  let offset = 0;
  return async (length) => {
    const parts: Buffer[] = [chunk.subarray(offset)];
    let held = parts[0]!.length;
    while (held < length) {
      const next = await chunks.next();
      if (next.done) throw new Error('The spilled removals end before the report');
      parts.push(next.value);
      held += next.value.length;
    }
    if (parts.length > 1) {
      chunk = Buffer.concat(parts);
      offset = 0;
    }
    offset += length;
    return chunk.subarray(offset - length, offset);
  };
}

/**
 * The placeholder's line in an entry: "removed" as a key of the entry itself (six spaces in; a
 * key inside a string would be escaped, one deeper indented further), followed by "moved".
 */
const PLACEHOLDER = `${ENTRY_KEY_INDENT}"removed": 0`;

async function write(out: WriteStream, chunk: string | Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}
