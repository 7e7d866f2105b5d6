// WARC files as input (issue 22): each 2xx HTML response record of a .warc or .warc.gz becomes
// one InputFile of format "html", read by src/warc/records.ts as a stream, so that a 2 GB archive
// costs the memory of its pages' text, not of the file.
//
// A record's input path is "<warc path>#<offset>" ("crawls/site.warc.gz#48213"): the WARC file's
// path in the input folder and the byte offset of the record in it (of its gzip member in a
// .warc.gz), which is unique in the file and the same in every build of the same file. It is the
// name the summary, the Sources section and /archive.json give the copy; its raw copy is
// published as text at raw/<warc path>#<offset>.html.txt (rawCopyPath), "#" percent-encoded in
// links.
//
// The same page captured twice (a crawl that fetched it again, unchanged) is one copy: a record
// is keyed by its payload's sha256 (InputFile.sha256, the key of the address lock and of the raw
// copies), and a record whose payload an earlier one already gave, in path and offset order, is
// counted as a repeat capture and listed with the copy it repeats, not read again.

import { createHash } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { replaceFile } from '../replace-file.ts';
import { PAGE_SIZE_FACTOR, sizeLimit } from '../size-limit.ts';
import type { InputFile, Rejection, WarcFileSummary } from '../types.ts';
import {
  emptyTally,
  warcFileDocuments,
  type RefusalReason,
  type WarcDocument,
  type WarcTally,
} from './records.ts';

/** Whether a file name is a WARC file's: .warc, or .warc.gz as crawlers write them. */
export function isWarcName(name: string): boolean {
  return /\.warc(?:\.gz)?$/i.test(name);
}

/** The input path of a WARC record: see the top of this module. */
function recordPath(warcPath: string, offset: number): string {
  return `${warcPath}#${offset}`;
}

/** One record as read, before repeat captures are told apart (that needs every WARC file). */
export interface WarcRecordRead {
  file: InputFile;
  /** The record's decoded payload, kept at payloadFile for its raw copy. */
  payloadFile: string;
}

export interface WarcFileRead {
  summary: WarcFileSummary;
  records: WarcRecordRead[];
  rejected: Rejection[];
}

/**
 * Reads one WARC file: its HTML pages as InputFiles (through `toInputFile`, which decodes a
 * page as a saved page is decoded), every other record counted. Each page's payload is written
 * to `payloadDir`/<sha256> for its raw copy, so that it is not held in memory until the site is
 * written.
 */
export async function readWarcFile(
  absPath: string,
  rel: string,
  options: { maxFileSize: number; payloadDir: string },
  toInputFile: (
    recordRel: string,
    bytes: Buffer,
    sha256: string,
    contentType: string | null,
  ) => InputFile | Rejection,
): Promise<WarcFileRead> {
  const tally = emptyTally();
  const records: WarcRecordRead[] = [];
  const rejected: Rejection[] = [];
  let damaged: WarcFileSummary['damaged'] = null;
  await mkdir(options.payloadDir, { recursive: true });
  for await (const item of warcFileDocuments(
    absPath,
    { maxPayloadBytes: sizeLimit('html', options.maxFileSize) },
    tally,
  )) {
    const at = recordPath(rel, item.offset);
    if (item.kind === 'damaged') {
      damaged = { offset: item.offset, message: item.message };
      rejected.push({ path: at, reason: damagedReason(damaged, tally.records) });
    } else if (item.kind === 'refused') {
      rejected.push({ path: at, reason: refusalReason(item.reason, item.message) });
    } else {
      const read = await readRecord(item, at, rel, options.payloadDir, toInputFile);
      if ('reason' in read) rejected.push(read);
      else records.push(read);
    }
  }
  return { summary: fileSummary(rel, tally, records.length, damaged), records, rejected };
}

/** Why the records after a damaged one were not read. */
function damagedReason(damaged: { offset: number; message: string }, records: number): string {
  return (
    `damaged WARC file: ${damaged.message}; the ${records} records before byte ` +
    `${damaged.offset} were read, nothing after it`
  );
}

/** What was read of one WARC file, its repeat captures not yet told apart (see readWarcFile). */
function fileSummary(
  rel: string,
  tally: WarcTally,
  pages: number,
  damaged: WarcFileSummary['damaged'],
): WarcFileSummary {
  const skipped: WarcFileSummary['skipped'] = {};
  for (const [kind, n] of Object.entries(tally.skipped)) {
    if (n > 0) skipped[kind] = n;
  }
  return {
    path: rel,
    records: tally.records,
    pages,
    skipped,
    refused: tally.refused,
    repeats: [],
    damaged,
  };
}

function refusalReason(reason: RefusalReason, message: string): string {
  // The payload limit is a saved page's (sizeLimit), as for an HTML file: the message says
  // which option raises it.
  return reason === 'too-large'
    ? `WARC record refused: ${message}; a saved page may be ${PAGE_SIZE_FACTOR} times --max-file-size MB; raise that if the page is real`
    : `WARC record refused: ${message}`;
}

async function readRecord(
  doc: WarcDocument,
  at: string,
  warcRel: string,
  payloadDir: string,
  toInputFile: Parameters<typeof readWarcFile>[3],
): Promise<WarcRecordRead | Rejection> {
  const sha256 = createHash('sha256').update(doc.payload).digest('hex');
  const read = toInputFile(at, doc.payload, sha256, doc.httpHeaders['content-type'] ?? null);
  if ('reason' in read) return read;
  read.capture = {
    url: doc.targetUri,
    ...(doc.warcDate ? { capturedAt: doc.warcDate } : {}),
    warc: { file: warcRel, offset: doc.offset },
  };
  const payloadFile = path.join(payloadDir, sha256);
  await keepPayload(payloadFile, doc.payload);
  // The text is read again from the kept payload when normalize needs it: a crawl's pages
  // (160 KB of HTML each on average in the corpora's) are not all held until then.
  read.text = '';
  read.textFrom = { path: payloadFile, contentType: doc.httpHeaders['content-type'] ?? null };
  return { file: read, payloadFile };
}

/**
 * Writes a payload under its sha256 unless it is there: through a temporary name, so that two
 * WARC files read at once that hold the same page never leave a half-written copy. Never in
 * place: the site's raw copy is a hard link to it (src/stages/site.ts, linkKeptPage), and keeps
 * its bytes only because a kept page is replaced, not rewritten. One there of another size is
 * written again: through that link, a published copy edited in place edits the page too.
 */
async function keepPayload(file: string, bytes: Buffer): Promise<void> {
  const size = await stat(file).then(
    (kept) => kept.size,
    () => -1,
  );
  if (size === bytes.length) return;
  await replaceFile(file, bytes, {
    temp: `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`,
  });
}

/**
 * Tells repeat captures apart, over every WARC file in path order: the first record with a
 * payload is its copy, each later one is listed in its file's summary as a repeat of it.
 * Returns the copies, in order.
 */
export function firstCaptures(reads: WarcFileRead[]): WarcRecordRead[] {
  const first = new Map<string, string>();
  const kept: WarcRecordRead[] = [];
  for (const { summary, records } of reads) {
    for (const record of records) {
      const { file } = record;
      const copy = first.get(file.sha256);
      if (copy === undefined) {
        first.set(file.sha256, file.path);
        kept.push(record);
        continue;
      }
      summary.pages--;
      summary.repeats.push({
        path: file.path,
        url: file.capture?.url ?? '',
        captured_at: file.capture?.capturedAt ?? '',
        same_as: copy,
      });
    }
  }
  return kept;
}

/** Removes the kept payloads no record of this build has (pages gone from the input). */
export async function prunePayloads(payloadDir: string, kept: Set<string>): Promise<void> {
  const names = await readdir(payloadDir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((name) => !kept.has(path.join(payloadDir, name)))
      .map((name) => rm(path.join(payloadDir, name), { force: true })),
  );
}
