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

import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import type { Transform } from 'node:stream';
import { AsyncIterReader, LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { asBuffer, GzipMemberDamage, GzipMembersReader, startsGzipMember } from './gzip-members.ts';
import { messageOf } from '../errors.ts';

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

/** HTML media types (WHATWG MIME Sniffing: text/html; XHTML is HTML to a reader too). */
function isHtmlType(contentType: string): boolean {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'text/html' || essence === 'application/xhtml+xml';
}

/**
 * A payload served without a Content-Type that begins as HTML does (MIME Sniffing's HTML
 * patterns, after whitespace and a UTF-8 BOM): "<!DOCTYPE HTML", "<html", "<head", "<body"...
 */
function looksLikeHtml(payload: Uint8Array): boolean {
  const head = Buffer.from(payload.buffer, payload.byteOffset, Math.min(payload.byteLength, 512))
    .toString('latin1')
    .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
    .trimStart()
    .toLowerCase();
  return /^<(?:!doctype html|html|head|body|script|iframe|h1|div|font|table|a|style|title|b|br|p|!--)[\s>]/.test(
    head,
  );
}

/** The tokens of a coding header ("gzip, chunked" -> ["gzip", "chunked"]), identity left out. */
function codings(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
}

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
 * warcio ends without a word where a .warc.gz ends inside a gzip member before the member has
 * given a whole record header: the bytes fed (`fed`) that no complete record accounts for are
 * damage.
 */
function trailingDamage(parser: WARCParser, fed: number): WarcDamage | null {
  const end = parser._reader.getRawOffset();
  if (end >= fed) return null;
  return damage(
    end,
    `the last ${fed - end} bytes, from byte ${end}, are not a complete record: the file is cut short or corrupt there`,
  );
}

/** A read that failed (the file's, or warcio's on bytes it cannot parse) after `offset`. */
function unreadable(offset: number, error: unknown): WarcDamage {
  return damage(offset, `unreadable WARC data after byte ${offset}: ${messageOf(error)}`);
}

/** The damage a record's WARC header shows (no version line, no Content-Length), or null. */
function brokenHeader(record: WARCRecord, offset: number): WarcDamage | null {
  if (!/^WARC\/\d/.test(record.warcHeaders.statusline)) {
    return damage(offset, `no WARC record at byte ${offset} (found ${quoteStart(record)})`);
  }
  if (!/^\d+$/.test(record.warcHeader('Content-Length') ?? '')) {
    return damage(
      offset,
      `record at byte ${offset} has no Content-Length: its header is cut or broken`,
    );
  }
  return null;
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

function damage(offset: number, message: string): WarcDamage {
  return { kind: 'damaged', offset, message };
}

function quoteStart(record: WARCRecord): string {
  return JSON.stringify(record.warcHeaders.statusline.slice(0, 40));
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

function cutShort(record: WARCRecord, offset: number): WarcDamage {
  const what = record.warcTargetURI ? ` (${record.warcTargetURI})` : '';
  return damage(offset, `record at byte ${offset}${what} is cut short: the file ends inside it`);
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

// ---------------------------------------------------------------------------------------------
// The payload.

/** warcio's HTTP headers: the web's Headers, or its own multi-map (get may give undefined). */
interface HeaderLookup {
  get(name: string): string | null | undefined;
}

type PayloadResult =
  | { kind: 'payload'; payload: Buffer; decoded: string[] }
  | { kind: 'refused'; reason: RefusalReason; message: string }
  | { kind: 'truncated' };

class PayloadTooLarge extends Error {}

/** The decoder for one content coding, or null when Node has none for it. */
function decoderFor(coding: string, first: Uint8Array): Transform | null {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      // HTTP's "deflate" is zlib-wrapped by the standard, raw deflate from many servers: a zlib
      // stream starts with a header whose 16-bit value is a multiple of 31 (RFC 1950).
      return first.length >= 2 &&
        (first[0]! & 0x0f) === 8 &&
        ((first[0]! << 8) | first[1]!) % 31 === 0
        ? createInflate()
        : createInflateRaw();
    case 'br':
      return createBrotliDecompress();
    default:
      return null;
  }
}

/**
 * Whether the payload's first bytes are the outermost coding's at all. Capture tools that
 * store the body already decoded but keep the Content-Encoding header exist (warcio itself
 * reads such a payload as plain); a gzip stream starts 1F 8B, and a body that starts as markup
 * is not compressed.
 */
function isCoded(coding: string, first: Uint8Array): boolean {
  if (coding === 'gzip' || coding === 'x-gzip') return first[0] === 0x1f && first[1] === 0x8b;
  return !looksLikeHtml(first);
}

/**
 * Bytes enough to tell a coding from markup: a gzip or zlib header is 2 bytes, and looksLikeHtml
 * reads the first tag; 512 covers a doctype after a BOM and a few blank lines.
 */
const PEEK_BYTES = 512;

/**
 * The stream's first PEEK_BYTES bytes (fewer if it is shorter), and the whole stream again. A
 * chunk can be a single byte where the file's read chunk ends just after the HTTP headers.
 */
async function peek(
  source: AsyncIterable<Uint8Array>,
): Promise<{ first: Uint8Array; rest: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  while (size < PEEK_BYTES) {
    const r = await iterator.next();
    if (r.done) break;
    head.push(r.value);
    size += r.value.length;
  }
  const first = Buffer.concat(head, size);
  const rest = {
    async *[Symbol.asyncIterator]() {
      if (first.length) yield first;
      for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value;
    },
  };
  return { first, rest };
}

async function readPayload(
  record: WARCRecord,
  headers: HeaderLookup,
  maxBytes: number,
): Promise<PayloadResult> {
  const reader = record.reader;
  const raw: AsyncIterable<Uint8Array> =
    Symbol.asyncIterator in reader ? reader : Readable.from(reader);
  const decoding = await decodingOf(raw, headers);
  if ('kind' in decoding) return decoding;
  const { source, stages, decoded, dechunker } = decoding;
  let payload: Buffer;
  try {
    payload = await collect(source, stages, maxBytes);
  } catch (error) {
    if (error instanceof PayloadTooLarge) {
      return {
        kind: 'refused',
        reason: 'too-large',
        message: `payload decodes to more than ${maxBytes} bytes (the size limit); not read further`,
      };
    }
    if (truncated(record)) return { kind: 'truncated' };
    const reason = messageOf(error);
    return {
      kind: 'refused',
      reason: 'corrupt-encoding',
      message: `payload does not decode as ${decoded.join(' then ')} (${reason})`,
    };
  }
  if (truncated(record)) return { kind: 'truncated' };
  if (dechunker?.errored) {
    return {
      kind: 'refused',
      reason: 'corrupt-encoding',
      message: 'payload declared chunked, but its chunk framing is broken',
    };
  }
  return { kind: 'payload', payload, decoded };
}

/** How a payload is to be decoded: its bytes, and the decoders in the order they run. */
interface Decoding {
  source: AsyncIterable<Uint8Array>;
  stages: Transform[];
  /** The codings undone, as the record's headers name them. */
  decoded: string[];
  dechunker: AsyncIterReader | null;
}

/**
 * The decoders the record's transfer and content codings ask for, where the payload's first
 * bytes show it really is coded so (servers label plain bodies gzip); a refusal for a coding no
 * decoder here undoes.
 */
async function decodingOf(
  raw: AsyncIterable<Uint8Array>,
  headers: HeaderLookup,
): Promise<Decoding | PayloadResult> {
  const transfer = codings(headers.get('transfer-encoding'));
  const chunked = transfer.includes('chunked');
  // warcio's dechunker passes a body that is not chunked after all through unchanged.
  const dechunker = chunked ? new AsyncIterReader(raw, null, true) : null;
  let source: AsyncIterable<Uint8Array> = dechunker ?? raw;
  // The codings in the order they were applied: content first, then transfer (chunked aside).
  const applied = [
    ...codings(headers.get('content-encoding')),
    ...transfer.filter((c) => c !== 'chunked'),
  ];
  const decoded: string[] = chunked ? ['chunked'] : [];
  const stages: Transform[] = [];
  if (applied.length) {
    const peeked = await peek(source);
    source = peeked.rest;
    const outermost = applied.at(-1) as string;
    if (isCoded(outermost, peeked.first)) {
      for (const coding of [...applied].reverse()) {
        const stage = decoderFor(coding, peeked.first);
        if (!stage) {
          return {
            kind: 'refused',
            reason: 'unsupported-encoding',
            message: `payload encoded as ${coding}, which cannot be decoded here`,
          };
        }
        stages.push(stage);
        decoded.push(coding);
      }
    }
  }
  return { source, stages, decoded, dechunker };
}

/** The payload's bytes through the decoders; throws PayloadTooLarge past `maxBytes`. */
async function collect(
  source: AsyncIterable<Uint8Array>,
  stages: Transform[],
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    if (size > maxBytes) throw new PayloadTooLarge();
    chunks.push(chunk);
  };
  if (stages.length === 0) {
    // A plain payload is read straight: a stream pipeline per record cost 5 ms a record.
    for await (const chunk of source) take(chunk);
  } else {
    // pipeline's typings take a fixed list of streams; the stages are one to three decoders.
    const run = pipeline as (...streams: unknown[]) => Promise<void>;
    await run(
      Readable.from(source, { objectMode: false }),
      ...stages,
      async function* (input: AsyncIterable<Buffer>) {
        for await (const chunk of input) take(chunk);
        yield* [];
      },
    );
  }
  // One chunk (a payload inflated whole with its record's gzip member) is taken as it is: a copy
  // of every page for nothing.
  const only = chunks.length === 1 ? chunks[0] : undefined;
  if (only) return asBuffer(only);
  return Buffer.concat(chunks, size);
}

/** The record's block ended before its Content-Length: the stream ran out inside it. */
function truncated(record: WARCRecord): boolean {
  const reader = record._reader;
  return reader instanceof LimitReader && reader.limit > 0;
}
