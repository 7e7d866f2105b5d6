import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { brotliCompressSync, crc32, deflateRawSync, gzipSync } from 'node:zlib';
import {
  emptyTally,
  warcDocuments,
  warcFileDocuments,
  type WarcItem,
  type WarcTally,
} from '../../src/warc/records.ts';
import { chunked, serializeRecord, type RecordSpec } from '../helpers/warc.ts';

// A small WARC written with warcio itself from real pages' bytes (Readability's test pages in
// test/web-pages/html/readability, their one copy), holding
// the records a crawl writes around each page: warcinfo, requests, a redirect, a 404, an image,
// metadata and a revisit, and HTML responses stored plain, chunked+gzip, brotli and raw deflate.

const fixtures = path.join(import.meta.dirname, '../web-pages/html/readability');
const pageBytes = (name: string) => readFileSync(path.join(fixtures, name, 'source.html'));
const gitlab = pageBytes('gitlab-blog');
const medium = pageBytes('medium-2');
const tumblr = pageBytes('tumblr');
const videos = pageBytes('videos-2');
const DATE = '2024-06-26T10:00:00Z';

/** A record of this file's WARC: every one is dated DATE. */
type Spec = Omit<RecordSpec, 'date'>;

const HTML = 'text/html; charset=utf-8';
const ONE_MB = 1_000_000;
// 5 MB of spaces gzip to about 5 KB: a payload far larger decoded than stored.
const bomb = gzipSync(Buffer.alloc(5 * ONE_MB, 0x20));

const records: Spec[] = [
  { url: '', type: 'warcinfo', body: Buffer.from('software: test\r\nformat: WARC 1.0\r\n') },
  {
    url: 'https://about.gitlab.com/blog/',
    type: 'request',
    status: 'GET /blog/ HTTP/1.1',
    headers: { Host: 'about.gitlab.com' },
  },
  {
    url: 'https://about.gitlab.com/blog/',
    type: 'response',
    headers: { 'Content-Type': HTML, 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' },
    body: chunked(gzipSync(gitlab), 4000),
  },
  {
    url: 'http://medium.com/p',
    type: 'response',
    status: 'HTTP/1.1 301 Moved Permanently',
    headers: { Location: 'https://medium.com/p', 'Content-Type': HTML },
    body: Buffer.from('<html>moved</html>'),
  },
  {
    url: 'https://medium.com/missing',
    type: 'response',
    status: 'HTTP/1.1 404 Not Found',
    headers: { 'Content-Type': HTML },
    body: Buffer.from('<html><title>Not found</title></html>'),
  },
  {
    url: 'https://medium.com/logo.png',
    type: 'response',
    headers: { 'Content-Type': 'image/png' },
    body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  {
    url: 'https://medium.com/p',
    type: 'response',
    headers: { 'Content-Type': HTML, 'Content-Encoding': 'br' },
    body: brotliCompressSync(medium),
  },
  {
    url: 'https://bomb.example/',
    type: 'response',
    headers: { 'Content-Type': HTML, 'Content-Encoding': 'gzip' },
    body: bomb,
  },
  {
    url: 'https://mcupdate.tumblr.com/post',
    type: 'response',
    headers: { 'Content-Encoding': 'deflate' },
    body: deflateRawSync(tumblr),
  },
  {
    url: 'https://mcupdate.tumblr.com/post',
    type: 'metadata',
    body: Buffer.from('outlinks: https://mcupdate.tumblr.com/\r\n'),
  },
  { url: 'https://about.gitlab.com/blog/', type: 'revisit', headers: { 'Content-Type': HTML } },
  {
    url: 'https://next.liberation.fr/culture/',
    type: 'response',
    headers: { 'Content-Type': 'text/html' },
    body: videos,
  },
];

function serialize(spec: Spec, gzip: boolean): Promise<Uint8Array> {
  return serializeRecord({ ...spec, date: DATE }, gzip);
}

/** The WARC's bytes and each record's offset, as written. */
async function buildWarc(gzip: boolean): Promise<{ bytes: Buffer; offsets: number[] }> {
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const spec of records) {
    const bytes = await serialize(spec, gzip);
    offsets.push(at);
    parts.push(bytes);
    at += bytes.length;
  }
  return { bytes: Buffer.concat(parts), offsets };
}

async function collect(items: AsyncIterable<WarcItem>): Promise<WarcItem[]> {
  const out: WarcItem[] = [];
  for await (const item of items) out.push(item);
  return out;
}

async function readFromFile(bytes: Buffer, tally: WarcTally, chunk = 1000): Promise<WarcItem[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'warc-test-'));
  try {
    const file = path.join(dir, 'crawl.warc.gz');
    await writeFile(file, bytes);
    // Small read chunks put record, header and gzip-member boundaries inside chunks.
    return await collect(
      warcDocuments(
        createReadStream(file, { highWaterMark: chunk }),
        { maxPayloadBytes: ONE_MB },
        tally,
      ),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

for (const gzip of [false, true]) {
  test(`${gzip ? '.warc.gz' : '.warc'}: the 2xx HTML responses are yielded decoded, every other record counted`, async () => {
    const { bytes, offsets } = await buildWarc(gzip);
    const tally = emptyTally();
    const items = await readFromFile(bytes, tally);
    const docs = items.filter((i) => i.kind === 'document');
    assert.deepEqual(
      docs.map((d) => [d.targetUri, d.offset, d.decoded]),
      [
        ['https://about.gitlab.com/blog/', offsets[2], ['chunked', 'gzip']],
        ['https://medium.com/p', offsets[6], ['br']],
        ['https://mcupdate.tumblr.com/post', offsets[8], ['deflate']],
        ['https://next.liberation.fr/culture/', offsets[11], []],
      ],
    );
    // Byte for byte the pages as served.
    assert.deepEqual(
      docs.map((d) =>
        d.payload.equals([gitlab, medium, tumblr, videos][docs.indexOf(d)] as Buffer),
      ),
      [true, true, true, true],
    );
    assert.equal(docs[0]?.warcDate, DATE);
    assert.equal(docs[0]?.status, 200);
    assert.equal(docs[0]?.httpHeaders['content-type'], HTML);
    const refused = items.filter((i) => i.kind === 'refused');
    assert.deepEqual(
      refused.map((r) => [r.targetUri, r.offset, r.reason]),
      [['https://bomb.example/', offsets[7], 'too-large']],
    );
    assert.match(refused[0]?.message ?? '', /https:\/\/bomb\.example\/.*more than 1000000 bytes/);
    assert.equal(
      items.some((i) => i.kind === 'damaged'),
      false,
    );
    assert.deepEqual(tally, {
      records: records.length,
      documents: 4,
      refused: 1,
      skipped: {
        warcinfo: 1,
        request: 1,
        metadata: 1,
        revisit: 1,
        resource: 0,
        conversion: 0,
        continuation: 0,
        'unknown-type': 0,
        'not-http': 0,
        redirect: 1,
        'not-2xx': 1,
        'not-html': 1,
      },
    });
  });
}

test('the reader is the same for a whole-file stream: read from a path', async () => {
  const { bytes } = await buildWarc(true);
  const dir = await mkdtemp(path.join(tmpdir(), 'warc-test-'));
  try {
    const file = path.join(dir, 'crawl.warc.gz');
    await writeFile(file, bytes);
    const tally = emptyTally();
    const items = await collect(warcFileDocuments(file, { maxPayloadBytes: ONE_MB }, tally));
    assert.equal(items.filter((i) => i.kind === 'document').length, 4);
    assert.equal(tally.records, records.length);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a payload stored decoded under a Content-Encoding header is read as it is', async () => {
  // Some capture tools keep the header but store the body decoded; warcio reads it so too.
  const bytes = await serialize(
    {
      url: 'https://a.example/',
      type: 'response',
      headers: { 'Content-Type': HTML, 'Content-Encoding': 'gzip' },
      body: medium,
    },
    false,
  );
  const items = await collect(warcDocuments([bytes], { maxPayloadBytes: ONE_MB }));
  assert.equal(items[0]?.kind, 'document');
  assert.ok(
    items[0]?.kind === 'document' &&
      items[0].payload.equals(medium) &&
      items[0].decoded.length === 0,
  );
});

test('an encoding Node cannot decode is refused with the reason; reading goes on', async () => {
  const parts = [
    await serialize(
      {
        url: 'https://z.example/',
        type: 'response',
        headers: { 'Content-Type': HTML, 'Content-Encoding': 'zstd' },
        body: Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3]),
      },
      true,
    ),
    await serialize(
      {
        url: 'https://b.example/',
        type: 'response',
        headers: { 'Content-Type': HTML },
        body: tumblr,
      },
      true,
    ),
  ];
  const items = await collect(warcDocuments(parts, { maxPayloadBytes: ONE_MB }));
  assert.deepEqual(
    items.map((i) => [i.kind, 'reason' in i ? i.reason : null]),
    [
      ['refused', 'unsupported-encoding'],
      ['document', null],
    ],
  );
});

for (const gzip of [false, true]) {
  test(`${gzip ? '.warc.gz' : '.warc'} cut short: every record before the damage is read, and the damage named`, async () => {
    const { bytes, offsets } = await buildWarc(gzip);
    const last = offsets.at(-1) as number;
    // Cut in the middle of the last record (the Libération page).
    const cut = bytes.subarray(0, last + Math.floor((bytes.length - last) / 2));
    const tally = emptyTally();
    const items = await readFromFile(cut, tally);
    const docs = items.filter((i) => i.kind === 'document');
    assert.equal(docs.length, 3);
    const damage = items.at(-1);
    assert.equal(damage?.kind, 'damaged');
    assert.equal(damage?.offset, last);
    assert.match(damage?.message ?? '', new RegExp(`byte ${last}.*liberation.*cut short`));
  });
}

test('bytes that are not a WARC record end the reading with the damage named', async () => {
  const { bytes } = await buildWarc(false);
  const garbage = Buffer.concat([
    bytes,
    Buffer.from('this is not a WARC record\r\nat all\r\n\r\n'),
  ]);
  const items = await readFromFile(garbage, emptyTally());
  assert.equal(items.filter((i) => i.kind === 'document').length, 4);
  const damage = items.at(-1);
  assert.equal(damage?.kind, 'damaged');
  assert.equal(damage?.offset, bytes.length);
  assert.match(damage?.message ?? '', /no WARC record at byte \d+/);
});

for (const gzip of [false, true]) {
  test(`${gzip ? '.warc.gz' : '.warc'} in chunks of 1, 7 and 64 bytes: the same documents at the same offsets`, async () => {
    // warcio alone misreads chunks under 5 bytes; a payload's first chunk can be 1 byte where a
    // read chunk ends just after the HTTP headers, and its coding is still recognized.
    const { bytes, offsets } = await buildWarc(gzip);
    for (const size of [1, 7, 64]) {
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      );
      const items = await collect(warcDocuments(chunks, { maxPayloadBytes: ONE_MB }));
      const docs = items.flatMap((i) => (i.kind === 'document' ? [i] : []));
      assert.deepEqual(
        docs.map((d) => d.offset),
        [offsets[2], offsets[6], offsets[8], offsets[11]],
        `chunks of ${size}`,
      );
      assert.deepEqual(
        docs.map((d, i) => d.payload.equals([gitlab, medium, tumblr, videos][i] as Buffer)),
        [true, true, true, true],
        `chunks of ${size}`,
      );
    }
  });
}

for (const gzip of [false, true]) {
  test(
    `${gzip ? '.warc.gz' : '.warc'} cut inside a record that is skipped, or inside a header: damage named, no hang`,
    { timeout: 20_000 },
    async () => {
      // warcio's own skip loops forever on a record the file ends inside; each cut below, in an
      // image record after a page, must end in one damage item after the page.
      const page = await serialize(
        {
          url: 'https://t.example/',
          type: 'response',
          headers: { 'Content-Type': HTML },
          body: tumblr,
        },
        gzip,
      );
      const image = await serialize(
        {
          url: 'https://t.example/i.png',
          type: 'response',
          headers: { 'Content-Type': 'image/png' },
          body: Buffer.alloc(50_000, 7),
        },
        gzip,
      );
      for (const cut of [1, 10, 100, Math.floor(image.length / 2), image.length - 40]) {
        const bytes = Buffer.concat([page, image.subarray(0, cut)]);
        const items = await collect(warcDocuments([bytes], { maxPayloadBytes: ONE_MB }));
        assert.deepEqual(
          items.map((i) => i.kind),
          ['document', 'damaged'],
          `cut at ${cut} of ${image.length}`,
        );
        assert.match(items[1]?.kind === 'damaged' ? items[1].message : '', /byte \d+/);
      }
    },
  );
}

// The .warc.gz reader inflates each gzip member with Node's zlib (src/warc/gzip-members.ts): a
// member that fails to inflate or fails its check, bytes between members, a member cut at its
// trailer, a member too large to inflate whole, and the header fields other writers set.

for (const size of [1000, 64]) {
  test(`.warc.gz with a corrupt member (chunks of ${size}): the records before it read, the member named`, async () => {
    const { bytes, offsets } = await buildWarc(true);
    const last = offsets.at(-1) as number;
    for (const at of [last + 30, last + Math.floor((bytes.length - last) / 2), bytes.length - 6]) {
      const corrupt = Buffer.from(bytes);
      corrupt[at] = (corrupt[at] as number) ^ 0x55;
      const items = await readFromFile(corrupt, emptyTally(), size);
      const docs = items.flatMap((i) => (i.kind === 'document' ? [i] : []));
      assert.deepEqual(
        docs.map((d) => d.offset),
        [offsets[2], offsets[6], offsets[8]],
        `byte ${at} changed`,
      );
      const damage = items.at(-1);
      assert.equal(damage?.kind, 'damaged');
      assert.equal(damage?.offset, last);
      assert.match(
        damage?.message ?? '',
        new RegExp(`gzip member at byte ${last} (does not inflate|fails its check)`),
      );
    }
  });
}

test('.warc.gz with bytes after its last member that are not one: every record read, the bytes named', async () => {
  const { bytes } = await buildWarc(true);
  const tally = emptyTally();
  const items = await readFromFile(
    Buffer.concat([bytes, Buffer.from('this is not a WARC record\r\n')]),
    tally,
  );
  assert.equal(items.filter((i) => i.kind === 'document').length, 4);
  assert.equal(tally.records, records.length);
  const damage = items.at(-1);
  assert.equal(damage?.kind, 'damaged');
  assert.equal(damage?.offset, bytes.length);
  assert.match(damage?.message ?? '', new RegExp(`no gzip member at byte ${bytes.length}`));
});

test('.warc.gz cut inside the last member’s trailer: its record is cut short, not taken', async () => {
  const { bytes, offsets } = await buildWarc(true);
  const last = offsets.at(-1) as number;
  for (const cut of [1, 4, 8]) {
    const items = await readFromFile(bytes.subarray(0, bytes.length - cut), emptyTally());
    assert.equal(items.filter((i) => i.kind === 'document').length, 3, `${cut} bytes cut`);
    const damage = items.at(-1);
    assert.equal(damage?.kind, 'damaged');
    assert.equal(damage?.offset, last);
    assert.match(damage?.message ?? '', /liberation.*cut short/);
  }
});

test('.warc.gz with a member too large to inflate whole (36 MB decoded): read as a stream, offsets kept', async () => {
  const page = (url: string, body: Buffer) =>
    serialize({ url, type: 'response', headers: { 'Content-Type': HTML }, body }, true);
  const video = gzipSync(
    await serialize(
      {
        url: 'https://t.example/v.mp4',
        type: 'response',
        headers: { 'Content-Type': 'video/mp4' },
        body: Buffer.alloc(36 * ONE_MB, 7),
      },
      false,
    ),
  );
  const parts = [
    await page('https://t.example/a', tumblr),
    video,
    await page('https://t.example/b', medium),
  ];
  const tally = emptyTally();
  const items = await collect(warcDocuments(parts, { maxPayloadBytes: ONE_MB }, tally));
  const before = (parts[0] as Uint8Array).length;
  assert.deepEqual(
    items.map((i) => [i.kind, i.offset]),
    [
      ['document', 0],
      ['document', before + video.length],
    ],
  );
  assert.equal(tally.skipped['not-html'], 1);
});

test('.warc.gz members whose headers carry a name, comment, extra field and header CRC: same documents, same offsets', async () => {
  // RFC 1952's optional header fields, which crawlers other than warcio's writer may set.
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let at = 0;
  for (const spec of records) {
    const plain = Buffer.from(await serialize(spec, false));
    const fixed = Buffer.from([0x1f, 0x8b, 8, 0x04 | 0x08 | 0x10 | 0x02, 0, 0, 0, 0, 0, 3]);
    const extra = Buffer.from([4, 0, 0x41, 0x42, 1, 2]);
    const fields = Buffer.concat([fixed, extra, Buffer.from('crawl.warc\0a comment\0')]);
    const headerCrc = Buffer.alloc(2);
    headerCrc.writeUInt16LE(crc32(fields) & 0xffff);
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc32(plain), 0);
    trailer.writeUInt32LE(plain.length, 4);
    const member = Buffer.concat([fields, headerCrc, deflateRawSync(plain), trailer]);
    offsets.push(at);
    parts.push(member);
    at += member.length;
  }
  const tally = emptyTally();
  const items = await readFromFile(Buffer.concat(parts), tally);
  const docs = items.flatMap((i) => (i.kind === 'document' ? [i] : []));
  assert.deepEqual(
    docs.map((d) => d.offset),
    [offsets[2], offsets[6], offsets[8], offsets[11]],
  );
  assert.deepEqual(
    docs.map((d, i) => d.payload.equals([gitlab, medium, tumblr, videos][i] as Buffer)),
    [true, true, true, true],
  );
  assert.equal(tally.records, records.length);
});
