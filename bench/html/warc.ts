// Times WARC input on a WARC written from the corpora's pages (../shared/corpora/web-pages:
// Readability's 130 source.html pages and trafilatura's 923 pages, 1,053 in all). Each page is a
// response record after its request record, gzip per record as crawlers write them (--plain for
// an uncompressed .warc), until --records responses are written.
//
//   npm run bench:html:warc [-- --records 2000] [--plain] [--keep]
//       reads the file with src/warc/records.ts as a build's ingest does, and prints the time,
//       the throughput and the process's peak resident memory;
//   npm run bench:html:warc -- --build --records 10000
//       builds an archive from the file (the CLI in a child process under /usr/bin/time -v,
//       from a fresh output, work folder and lock, as `npm run bench` does) and prints the wall
//       time, each stage's seconds and the process tree's peak resident memory;
//   npm run bench:html:warc -- --write-only --records 300 [--plain]
//       only writes the file (afresh) and keeps it.
//
// Past the pool of pages (response k >= pool size P), page k is page k mod P of round
// r = floor(k / P), its text changed as `npm run bench` changes a story past its pool: a third of
// the distinct lower-case words of 4+ letters in the page's text (outside tags, scripts and
// styles), picked by a hash of word and round, replaced the same way throughout the page by other
// words of the pages' vocabulary, so that every page is a document of its own (not a repeat
// capture, which ingest would take once, nor a copy, which dedup would merge). The bytes are
// handled as Latin-1, so that every encoding's bytes outside ASCII letters stay as they were.
// The file is kept in tmp/bench-warc/. Same --root, --records and --plain give the same bytes, in
// any run and any copy of the tree (record IDs and dates from warc-records.ts, no clock, no random).

import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { emptyTally, warcFileDocuments } from '../../src/warc/records.ts';
import { fnv1a } from '../../src/text.ts';
import { benchRecordPair } from './warc-records.ts';
import { REPO_ROOT } from '../quality/generate.ts';
import { buildCommand, measure, type Measured, type StageResult } from '../scale/run.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: path.resolve('../shared/corpora/web-pages') },
    records: { type: 'string', default: '2000' },
    plain: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    'write-only': { type: 'boolean', default: false },
  },
});
const root = values.root as string;
const readability = path.join(root, 'readability');
const trafilatura = path.join(root, 'trafilatura', 'html');
if (!existsSync(readability) || !existsSync(trafilatura)) {
  console.error(`bench:html:warc: no web pages at ${root} (pass --root <web-pages folder>)`);
  process.exit(1);
}
const pages = [
  ...readdirSync(readability)
    .sort()
    .map((n) => path.join(readability, n, 'source.html'))
    .filter((f) => existsSync(f)),
  ...readdirSync(trafilatura)
    .sort()
    .map((n) => path.join(trafilatura, n)),
].map((f) => readFileSync(f).toString('latin1'));
const count = Number(values.records);
const gzip = !values.plain;
const MB = 1e6;

const WORD = /\b[a-z]{4,}\b/g;
/** Text outside tags, and the elements whose text is not the page's (kept as they are). */
const PIECES = /(<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<[^>]*>)/i;

function textPieces(html: string): { text: string; markup: boolean }[] {
  return html
    .split(new RegExp(PIECES, 'gi'))
    .map((piece, i) => ({ text: piece, markup: i % 2 === 1 }));
}

const vocabulary = (() => {
  const words = new Set<string>();
  for (const page of pages.slice(0, 200)) {
    for (const piece of textPieces(page)) {
      if (!piece.markup) for (const w of piece.text.match(WORD) ?? []) words.add(w);
    }
  }
  return [...words].sort();
})();

/** Page k (see the top of this file). */
function pageAt(k: number): Buffer {
  const base = pages[k % pages.length] as string;
  const round = Math.floor(k / pages.length);
  if (round === 0) return Buffer.from(base, 'latin1');
  const swap = (word: string) => {
    const h = fnv1a(`${round}:${word}`);
    return h % 3 === 0 ? (vocabulary[(h >>> 2) % vocabulary.length] ?? word) : word;
  };
  const changed = textPieces(base)
    .map((p) => (p.markup ? p.text : p.text.replace(WORD, swap)))
    .join('');
  return Buffer.from(changed, 'latin1');
}

const dir = path.join(REPO_ROOT, 'tmp', 'bench-warc');
const file = path.join(dir, `${count}${gzip ? '.warc.gz' : '.warc'}`);
await mkdir(dir, { recursive: true });
// --write-only writes the file afresh (a kept file may come from another --root or an older
// version of this bench), keeps it and stops: the way to make the same WARC in two trees.
if (values['write-only']) await rm(file, { force: true });
if (!existsSync(file)) {
  const t0 = performance.now();
  const out = createWriteStream(`${file}.tmp`);
  for (let i = 0; i < count; i++) {
    for (const bytes of await benchRecordPair(i, pageAt(i), gzip)) {
      if (!out.write(bytes)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  await rename(`${file}.tmp`, file);
  console.log(`written in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${file}`);
}
const fileBytes = statSync(file).size;
if (values['write-only']) process.exit(0);

if (values.build) await timeBuild();
else await timeReading();
if (!values.keep) await rm(file, { force: true });

async function timeReading(): Promise<void> {
  let peakRss = process.memoryUsage().rss;
  const baseRss = peakRss;
  const tally = emptyTally();
  const t1 = performance.now();
  let docs = 0;
  let html = 0;
  for await (const item of warcFileDocuments(file, { maxPayloadBytes: 5_000_000 }, tally)) {
    if (item.kind === 'document') {
      docs++;
      html += item.payload.length;
    }
    if (item.kind === 'damaged') throw new Error(item.message);
    if ((docs & 63) === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const readSeconds = (performance.now() - t1) / 1000;
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  console.log(
    `${count} responses (+${count} requests), ${(html / MB).toFixed(1)} MB of HTML, ${gzip ? 'gzip per record' : 'plain'}: ${(fileBytes / MB).toFixed(1)} MB file`,
  );
  console.log(
    `read ${docs} documents in ${readSeconds.toFixed(1)} s: ${(count / readSeconds).toFixed(0)} records/s, ${(html / MB / readSeconds).toFixed(1)} MB/s of HTML`,
  );
  console.log(
    `resident memory: ${(baseRss / MB).toFixed(1)} MB before reading, peak ${(peakRss / MB).toFixed(1)} MB while reading; tally ${JSON.stringify({ records: tally.records, documents: tally.documents, request: tally.skipped.request })}`,
  );
}

async function timeBuild(): Promise<void> {
  const run = path.join(dir, `run-${count}`);
  await rm(run, { recursive: true, force: true });
  await mkdir(path.join(run, 'input'), { recursive: true });
  // The input folder holds the WARC file alone, as a crawl's folder would.
  const input = path.join(run, 'input');
  await rename(file, path.join(input, path.basename(file)));
  try {
    const measured = await measure(buildCommand(input, run), REPO_ROOT, true);
    if (measured.code !== 0) {
      throw new Error(`the build exited with ${measured.code}:\n${measured.stderrTail.join('\n')}`);
    }
    console.log(
      `\n${count} responses (+${count} requests), ${(fileBytes / MB).toFixed(1)} MB ${gzip ? '.warc.gz' : '.warc'}: ` +
        `built in ${measured.wallSeconds.toFixed(1)} s wall (${measured.cpuSeconds.toFixed(1)} s of CPU), peak ${measured.peakTreeMB.toFixed(0)} MiB ` +
        `resident (process tree), largest process ${measured.maxRssMB.toFixed(0)} MiB`,
    );
    printStages(measured.stages, measured.steps);
    console.log(measured.stdout.trim().split('\n').at(-1) ?? '');
  } finally {
    await rename(path.join(input, path.basename(file)), file);
    if (!values.keep) await rm(run, { recursive: true, force: true });
  }
}

/**
 * Each stage's wall seconds, its CPU (the process tree's, from the stage line before; the first
 * stage's holds the start-up) in seconds and in ms a record, and the tree's peak; the site's steps
 * (Eleventy, Pagefind) under it.
 */
function printStages(stages: StageResult[], steps: Measured['steps']): void {
  const perRecord = (cpu: number) => `${((cpu * 1000) / count).toFixed(1).padStart(6)} ms a record`;
  let idleWall = 0;
  for (const stage of stages) {
    // Under load the wall time says little (each session gets its share of the cores, whatever
    // its threads), so the wall the stage would need on an idle 2-core machine is bounded from
    // below: at least its main thread's CPU, and at least its CPU spread over both cores.
    const bound = Math.max(stage.mainCpuSeconds, stage.cpuSeconds / 2);
    idleWall += bound;
    console.log(
      `  ${stage.stage.padEnd(10)} ${stage.seconds.toFixed(1).padStart(7)} s   CPU ${stage.cpuSeconds.toFixed(1).padStart(6)} s ${perRecord(stage.cpuSeconds)}   main ${stage.mainCpuSeconds.toFixed(1).padStart(6)} s   idle 2 cores >= ${bound.toFixed(1).padStart(6)} s   peak ${stage.peakTreeMB.toFixed(0).padStart(6)} MiB`,
    );
    for (const step of steps.filter((s) => s.stage.startsWith(`${stage.stage}: `))) {
      console.log(
        `    ${step.stage.slice(0, 60).padEnd(60)} ${step.seconds.toFixed(1).padStart(7)} s   CPU ${step.cpuSeconds.toFixed(1).padStart(6)} s ${perRecord(step.cpuSeconds)}`,
      );
    }
  }
  console.log(
    `  on an idle 2-core machine, at least ${idleWall.toFixed(1)} s from the process start`,
  );
}
