// The HTML pages in a WARC file (ISO 28500), read as a stream with webrecorder's warcio: each
// `response` record with a 2xx status and an HTML payload is one document, its payload decoded
// from the transfer and content encodings it was captured with. Every other record is counted
// by kind, so that a build can say what it skipped. Memory is bounded: the file is read in the
// stream's chunks and only a yielded document's payload (at most maxPayloadBytes, decoded) is
// held; a payload that decodes past the limit (a compression bomb) is refused without being
// read whole.
//
// warcio parses the records of .warc and .warc.gz alike, and gives each record's byte offset in
// the file for both: in a .warc.gz, the offset of the record's gzip member, as WARC writers
// compress each record as a member of its own (a .warc.gz compressed whole as one member reads,
// but with offsets that are not the records'). A file that starts as a gzip member is inflated by
// Node's zlib, a member at a time (gzip-members.ts), not by warcio's JavaScript inflate; any
// other file is read by warcio as it is (it tries gzip on the first bytes and falls back to plain).
//
// The payload of a response (its codings decoded, bounded) is read in payload.ts; damage that
// ends the reading is told in damage.ts.

import { createReadStream } from 'node:fs';
import { brokenHeader, cutShort, damage, trailingDamage, unreadable } from './damage.ts';
import { GzipMemberDamage, GzipMembersReader, startsGzipMember } from './gzip-members.ts';
import { isHtmlType, looksLikeHtml, readPayload } from './payload.ts';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';

/** The standard's WARC-Types other than `response`: each is a record skipped under its own name. */
const OTHER_RECORD_TYPES = [
  'warcinfo',
  'request',
  'metadata',
  'revisit',
  'resource',
  'conversion',
  'continuation',
] as const;

type OtherRecordType = (typeof OTHER_RECORD_TYPES)[number];

/** Why a record is not a document. */
export type SkipKind =
  | OtherRecordType
  /** A WARC-Type outside the standard's eight. */
  | 'unknown-type'
  /** A response record without an HTTP status line: dns:, ftp: or whois: captures. */
  | 'not-http'
  /** 3xx. */
  | 'redirect'
  /** 1xx, 4xx, 5xx. */
  | 'not-2xx'
  /** 2xx, but CSS, script, an image, a PDF... */
  | 'not-html';

const SKIP_KINDS: readonly SkipKind[] = [
  ...OTHER_RECORD_TYPES,
  'unknown-type',
  'not-http',
  'redirect',
  'not-2xx',
  'not-html',
];

/** Why an HTML response was not taken. */
export type RefusalReason =
  /** Its decoded payload is larger than maxPayloadBytes. */
  | 'too-large'
  /** Content-Encoding or Transfer-Encoding this reader cannot decode (zstd, compress). */
  | 'unsupported-encoding'
  /** The payload does not decode in its declared encoding, or its chunked framing is broken. */
  | 'corrupt-encoding';

export interface WarcDocument {
  kind: 'document';
  targetUri: string;
  /** WARC-Date as written (ISO 8601, UTC): the capture time. */
  warcDate: string;
  recordId: string | null;
  /** Byte offset of the record in the file (of its gzip member in a .warc.gz). */
  offset: number;
  status: number;
  /** HTTP response headers, names lower-cased, repeated headers joined with ", ". */
  httpHeaders: Record<string, string>;
  /** The payload as the page's author served it: transfer and content encodings undone. */
  payload: Buffer;
  /** The codings undone, outermost first ("chunked", "gzip", "br"); empty for a plain payload. */
  decoded: string[];
}

export interface WarcRefusal {
  kind: 'refused';
  targetUri: string;
  warcDate: string;
  offset: number;
  reason: RefusalReason;
  /** A sentence for the build summary, naming the record and the reason. */
  message: string;
}

/** Damage that ends the reading: a truncated record, bytes that are not a WARC record. */
export interface WarcDamage {
  kind: 'damaged';
  offset: number;
  message: string;
}

export type WarcItem = WarcDocument | WarcRefusal | WarcDamage;

export interface WarcTally {
  records: number;
  documents: number;
  refused: number;
  skipped: Record<SkipKind, number>;
}

export function emptyTally(): WarcTally {
  return {
    records: 0,
    documents: 0,
    refused: 0,
    skipped: Object.fromEntries(SKIP_KINDS.map((k) => [k, 0])) as Record<SkipKind, number>,
  };
}

export interface WarcReadOptions {
  /** The largest decoded payload taken (a build passes its --max-file-size). */
  maxPayloadBytes: number;
}

const RECORD_TYPES: ReadonlySet<string> = new Set(OTHER_RECORD_TYPES);

/**
 * Reads the HTML documents of a WARC stream (a file's read stream, or any iterable of byte
 * chunks), counting every record in `tally`. A damaged record ends the reading with a
 * WarcDamage item; everything before it has been yielded.
 */
export async function* warcDocuments(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: WarcReadOptions,
  tally: WarcTally = emptyTally(),
): AsyncGenerator<WarcItem> {
  const fed = { bytes: 0 };
  let reader: GzipMembersReader | AsyncIterable<Uint8Array>;
  try {
    reader = await readerOf(coalesced(source, MIN_CHUNK_BYTES, fed));
  } catch (error) {
    yield unreadable(0, error);
    return;
  }
  const parser = new WARCParser(reader);
  let offset = 0;
  try {
    for await (const record of parser) {
      offset = parser.offset;
      if (reader instanceof GzipMembersReader && reader.cutAt === offset) {
        // The file ends inside this record's gzip member: whatever its decoded bytes hold, the
        // record is not whole (its member's check could not be made).
        yield cutShort(record, offset);
        return;
      }
      const broken = brokenHeader(record, offset);
      if (broken) {
        yield broken;
        return;
      }
      const item = await recordItem(record, offset, options);
      if (item.kind === 'damaged' || !(await drained(record))) {
        yield item.kind === 'damaged' ? item : cutShort(record, offset);
        return;
      }
      const whole = counted(tally, item);
      if (whole) yield whole;
    }
  } catch (error) {
    if (error instanceof GzipMemberDamage) {
      yield damage(error.offset, error.message);
      return;
    }
    yield unreadable(offset, error);
    return;
  }
  const trailing = trailingDamage(parser, fed.bytes);
  if (trailing) yield trailing;
}

/** Counts a whole record's outcome in `tally`; returns the item to yield (none for a skip). */
function counted(tally: WarcTally, item: RecordOutcome): WarcItem | null {
  tally.records++;
  if (item.kind === 'skipped') {
    tally.skipped[item.skip]++;
    return null;
  }
  if (item.kind === 'document') tally.documents++;
  else tally.refused++;
  return item;
}

/**
 * warcio decides between gzip and plain on the first chunk it is given, and misreads chunks of
 * 1 to 4 bytes (found by the chunk-size test: bytes of the first record lost, records after the
 * first not found, .warc.gz offsets a few bytes off); from 5 bytes up every size tried read
 * right. Chunks are joined up to at least this many bytes; a file's read stream gives 64 KiB
 * chunks, which pass through as they are.
 */
const MIN_CHUNK_BYTES = 512;

async function* coalesced(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  min: number,
  fed: { bytes: number },
): AsyncGenerator<Uint8Array> {
  let pending: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of source) {
    fed.bytes += chunk.length;
    if (size === 0 && chunk.length >= min) {
      yield chunk;
      continue;
    }
    pending.push(chunk);
    size += chunk.length;
    if (size >= min) {
      yield Buffer.concat(pending, size);
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield Buffer.concat(pending, size);
}

/**
 * The reader warcio's parser reads: Node's zlib a member at a time where the first bytes are a
 * gzip member's, else the chunks themselves, for warcio's own reader (plain, or its fallback).
 */
async function readerOf(
  chunks: AsyncGenerator<Uint8Array>,
): Promise<GzipMembersReader | AsyncIterable<Uint8Array>> {
  const first = await chunks.next();
  if (first.done) return chunks;
  const all = (async function* () {
    yield first.value;
    yield* chunks;
  })();
  return startsGzipMember(first.value) ? new GzipMembersReader(all) : all;
}

/** Reads a .warc or .warc.gz file (see warcDocuments). */
export function warcFileDocuments(
  file: string,
  options: WarcReadOptions,
  tally: WarcTally = emptyTally(),
): AsyncGenerator<WarcItem> {
  return warcDocuments(createReadStream(file), options, tally);
}

/**
 * Reads what is left of a record's block, discarding it, so that warcio never skips it: its skip
 * loops forever where the file ends inside the record (LimitReader.skipFully in 2.4.11 retries a
 * read that gives 0 bytes). False when the file ended before the record did.
 */
async function drained(record: WARCRecord): Promise<boolean> {
  const reader = record._reader;
  if (!(reader instanceof LimitReader)) return true;
  for await (const chunk of reader) void chunk;
  return reader.limit <= 0;
}

type RecordOutcome = WarcItem | { kind: 'skipped'; skip: SkipKind };

async function recordItem(
  record: WARCRecord,
  offset: number,
  options: WarcReadOptions,
): Promise<RecordOutcome> {
  const type: string = record.warcType ?? '';
  const skip = (kind: SkipKind): RecordOutcome => ({ kind: 'skipped', skip: kind });
  if (type !== 'response')
    return skip(RECORD_TYPES.has(type) ? (type as OtherRecordType) : 'unknown-type');
  const http = record.httpHeaders;
  const status = Number(http?.statusCode);
  if (!http || !/^HTTP\//i.test(http.statusline) || !Number.isInteger(status)) {
    return skip('not-http');
  }
  if (status >= 300 && status < 400) return skip('redirect');
  if (status < 200 || status >= 300) return skip('not-2xx');
  const contentType = http.headers.get('content-type') ?? null;
  if (contentType !== null && !isHtmlType(contentType)) return skip('not-html');

  const targetUri = record.warcTargetURI ?? '';
  const warcDate = record.warcDate ?? '';
  const result = await readPayload(record, http.headers, options.maxPayloadBytes);
  if (result.kind === 'truncated') return cutShort(record, offset);
  if (result.kind === 'refused') {
    return {
      kind: 'refused',
      targetUri,
      warcDate,
      offset,
      reason: result.reason,
      message: `${targetUri} (record at byte ${offset}): ${result.message}`,
    };
  }
  if (contentType === null && !looksLikeHtml(result.payload)) return skip('not-html');
  const httpHeaders: Record<string, string> = {};
  for (const [name, value] of http.headers) httpHeaders[name.toLowerCase()] = value;
  return {
    kind: 'document',
    targetUri,
    warcDate,
    recordId: record.warcHeader('WARC-Record-ID') ?? null,
    offset,
    status,
    httpHeaders,
    payload: result.payload,
    decoded: result.decoded,
  };
}
