// A response record's payload: its transfer and content codings decoded (Node's zlib), read to
// at most maxPayloadBytes, and whether it is HTML (records.ts).

import { Readable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { messageOf } from '../errors.ts';
import { truncated } from './damage.ts';
import { asBuffer } from './gzip-members.ts';
import type { RefusalReason } from './records.ts';
import { AsyncIterReader, type WARCRecord } from 'warcio';

/** HTML media types (WHATWG MIME Sniffing: text/html; XHTML is HTML to a reader too). */
export function isHtmlType(contentType: string): boolean {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'text/html' || essence === 'application/xhtml+xml';
}

/**
 * A payload served without a Content-Type that begins as HTML does (MIME Sniffing's HTML
 * patterns, after whitespace and a UTF-8 BOM): "<!DOCTYPE HTML", "<html", "<head", "<body"...
 */
export function looksLikeHtml(payload: Uint8Array): boolean {
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

export async function readPayload(
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
