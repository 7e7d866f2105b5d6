// The decoded pages of WARC records, kept in the work folder (<work>/warc/payloads/<sha256>.br)
// from ingest until normalize reads them (withText in src/stages/ingest.ts) and the site stage
// publishes them as raw copies (src/stages/site.ts). They are kept compressed with brotli at
// quality 0: a page of the corpora's (149 KB of HTML on average) takes 32 KB, where it took
// all its bytes before stop 59 (15 GB at 100,000 records). Quality 0 compressed these pages in
// a third of zlib level 1's CPU, as small (32.4 against 32.7 KB a page), and inflated as fast;
// quality 1 takes 1.6 KB less for half as much CPU again, 2 and up twice the CPU or more
// (docs/figures.md, stop 59, pl59).
//
// A file is named by its payload's sha256 and the ".br" that says how it is stored: an earlier
// version's uncompressed file (named by the sha256 alone) is never read as compressed; it is not
// a payload this build keeps, so prunePayloads removes it.

import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { access, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { brotliCompress, brotliDecompressSync, constants, createBrotliDecompress } from 'node:zlib';
import { replaceFile } from '../replace-file.ts';

const compress = promisify(brotliCompress);

/** Brotli's quality for the kept pages: see the top of this module. */
const PAYLOAD_QUALITY = 0;

/** Where the payload with this sha256 is kept in `payloadDir`. */
export function payloadPath(payloadDir: string, sha256: string): string {
  return path.join(payloadDir, `${sha256}.br`);
}

/**
 * Keeps a payload at `file` (payloadPath) unless it is there: compressed off the main thread,
 * then written through a temporary name, so that two WARC files read at once that hold the same
 * page never leave a half-written copy.
 */
export async function keepPayload(file: string, bytes: Buffer): Promise<void> {
  if (
    await access(file).then(
      () => true,
      () => false,
    )
  ) {
    return;
  }
  const stored = await compress(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: PAYLOAD_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  await replaceFile(file, stored, {
    temp: `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  });
}

/** A kept payload's bytes, as the record gave them (for normalize, in a worker thread). */
export function readPayload(file: string): Buffer {
  return brotliDecompressSync(readFileSync(file));
}

/** Writes a kept payload's bytes, as the record gave them, to `target` (its raw copy). */
export async function copyPayload(file: string, target: string): Promise<void> {
  await pipeline(createReadStream(file), createBrotliDecompress(), createWriteStream(target));
}

/**
 * Removes every file in payloadDir but the payloads kept for this build (pages gone from the
 * input, an earlier version's uncompressed pages, a temporary file a killed build left).
 */
export async function prunePayloads(payloadDir: string, kept: Set<string>): Promise<void> {
  const names = await readdir(payloadDir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => !kept.has(path.join(payloadDir, name)))
      .map((name) => rm(path.join(payloadDir, name), { force: true })),
  );
}
