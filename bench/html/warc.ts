// Times the WARC reader (src/warc/records.ts) on a WARC written from the corpora's pages: each of
// Readability's 130 source.html pages is written again and again (under a new URL each time) as
// a response record after its request record, until --records responses are written, gzip per
// record as crawlers write them (--plain for an uncompressed .warc). Then the file is read as a
// build would read it, and the time, throughput and the process's peak resident memory printed.
//
//   npm run bench:html:warc [-- --records 2000] [--plain] [--keep]

import { createWriteStream, readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { WARCRecord, WARCSerializer } from 'warcio';
import { emptyTally, warcFileDocuments } from '../../src/warc/records.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: path.resolve('../shared/corpora/web-pages') },
    records: { type: 'string', default: '2000' },
    plain: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const dir = path.join(values.root as string, 'readability');
if (!existsSync(dir)) {
  console.error(`bench:html:warc: no Readability pages at ${dir} (pass --root <web-pages folder>)`);
  process.exit(1);
}
const pages = readdirSync(dir)
  .sort()
  .filter((n) => existsSync(path.join(dir, n, 'source.html')))
  .map((n) => readFileSync(path.join(dir, n, 'source.html')));
const count = Number(values.records);
const gzip = !values.plain;

const work = await mkdtemp(path.join(tmpdir(), 'bench-warc-'));
const file = path.join(work, gzip ? 'bench.warc.gz' : 'bench.warc');
let payloadBytes = 0;
const t0 = performance.now();
const out = createWriteStream(file);
for (let i = 0; i < count; i++) {
  const page = pages[i % pages.length] as Buffer;
  payloadBytes += page.length;
  const url = `https://bench.example/${i}/`;
  const date = new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString();
  const request = WARCRecord.create({
    url,
    type: 'request',
    date,
    statusline: 'GET / HTTP/1.1',
    httpHeaders: { Host: 'bench.example' },
  });
  const response = WARCRecord.create(
    { url, type: 'response', date, httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } },
    [page],
  );
  for (const record of [request, response]) {
    if (!out.write(await WARCSerializer.serialize(record, { gzip }))) await once(out, 'drain');
  }
}
out.end();
await once(out, 'finish');
const writeSeconds = (performance.now() - t0) / 1000;
const fileBytes = statSync(file).size;

let peakRss = process.memoryUsage().rss;
const baseRss = peakRss;
const tally = emptyTally();
const t1 = performance.now();
let docs = 0;
for await (const item of warcFileDocuments(file, { maxPayloadBytes: 5_000_000 }, tally)) {
  if (item.kind === 'document') docs++;
  if (item.kind === 'damaged') throw new Error(item.message);
  if ((docs & 63) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
}
const readSeconds = (performance.now() - t1) / 1000;
peakRss = Math.max(peakRss, process.memoryUsage().rss);

const mb = (n: number) => (n / 1e6).toFixed(1);
console.log(
  `${count} responses (+${count} requests), ${mb(payloadBytes)} MB of HTML, ${gzip ? 'gzip per record' : 'plain'}: ${mb(fileBytes)} MB file, written in ${writeSeconds.toFixed(1)} s`,
);
console.log(
  `read ${docs} documents in ${readSeconds.toFixed(1)} s: ${(count / readSeconds).toFixed(0)} records/s, ${mb(payloadBytes / readSeconds)} MB/s of HTML`,
);
console.log(
  `resident memory: ${mb(baseRss)} MB before reading, peak ${mb(peakRss)} MB while reading; tally ${JSON.stringify({ records: tally.records, documents: tally.documents, request: tally.skipped.request })}`,
);
if (values.keep) console.log(`kept ${file}`);
else await rm(work, { recursive: true, force: true });
