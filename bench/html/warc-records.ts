// The records of bench/html/warc.ts's WARC file, made from their inputs alone: the same response
// number and page give the same bytes in every run and every copy of the tree. warcio's
// WARCRecord.create draws a random WARC-Record-ID (uuid-random) when none is given, so the ID is
// given here: a name-based UUID (RFC 9562 version 5, SHA-1 in the URL namespace) of the record's
// type and target URI. The WARC-Date is the bench's fixed clock (2024-01-01T00:00:00Z plus one
// second a response), never the time of the run; the gzip members carry no mtime (zlib writes 0).

import { createHash } from 'node:crypto';
import { WARCRecord, WARCSerializer } from 'warcio';

/** RFC 9562's URL namespace. */
const URL_NAMESPACE = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');

/** The version-5 UUID of `name` in the URL namespace, as `<urn:uuid:...>`. */
export function benchRecordId(type: string, url: string): string {
  const bytes = createHash('sha1')
    .update(URL_NAMESPACE)
    .update(`${type} ${url}`, 'utf8')
    .digest()
    .subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `<urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}>`;
}

/** Response `i`'s request and response records, serialized (a gzip member each when `gzip`). */
export async function benchRecordPair(
  i: number,
  page: Buffer,
  gzip: boolean,
): Promise<Uint8Array[]> {
  const url = `https://bench.example/${i}/`;
  const date = new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString();
  const request = WARCRecord.create({
    url,
    type: 'request',
    date,
    statusline: 'GET / HTTP/1.1',
    httpHeaders: { Host: 'bench.example' },
    warcHeaders: { 'WARC-Record-ID': benchRecordId('request', url) },
  });
  const response = WARCRecord.create(
    {
      url,
      type: 'response',
      date,
      httpHeaders: { 'Content-Type': 'text/html' },
      warcHeaders: { 'WARC-Record-ID': benchRecordId('response', url) },
    },
    [page],
  );
  return [
    await WARCSerializer.serialize(request, { gzip }),
    await WARCSerializer.serialize(response, { gzip }),
  ];
}
