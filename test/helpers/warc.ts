// WARC files written with warcio's own writer, as crawlers write them: one record after another,
// each record a gzip member of its own in a .warc.gz.

import { WARCRecord, WARCSerializer, type WARCType } from 'warcio';

export interface RecordSpec {
  url: string;
  type: WARCType;
  /** WARC-Date, ISO 8601. */
  date: string;
  /** The HTTP status line of a response or request; "HTTP/1.1 200 OK" when left out. */
  status?: string;
  headers?: Record<string, string>;
  body?: Buffer;
}

/** HTTP/1.1 chunked framing of `bytes`, in chunks of `size` bytes. */
export function chunked(bytes: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) {
    const chunk = bytes.subarray(i, i + size);
    parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** One record as warcio writes it: a gzip member of its own when `gzip`. */
export async function serializeRecord(spec: RecordSpec, gzip: boolean): Promise<Uint8Array> {
  const body = spec.body;
  const record = WARCRecord.create(
    {
      url: spec.url,
      type: spec.type,
      date: spec.date,
      httpHeaders: spec.headers ?? {},
      statusline: spec.status ?? 'HTTP/1.1 200 OK',
    },
    body
      ? (async function* () {
          yield body;
        })()
      : undefined,
  );
  return WARCSerializer.serialize(record, { gzip });
}

/** A WARC file's bytes and the byte offset of each record in it, in the order of `specs`. */
export async function writeWarc(
  specs: RecordSpec[],
  gzip: boolean,
): Promise<{ bytes: Buffer; offsets: number[] }> {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const spec of specs) {
    const bytes = await serializeRecord(spec, gzip);
    offsets.push(at);
    parts.push(bytes);
    at += bytes.length;
  }
  return { bytes: Buffer.concat(parts), offsets };
}
