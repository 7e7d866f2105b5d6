// Normalize speed per file, and every document it gives, on the BBC corpus and on the web-page
// dumps (w3m, lynx, html2text of Readability's and trafilatura's pages). Files are read as
// ingest reads them and profiled one corpus and tool at a time, as a build over that folder
// would (corpusProfile); only normalize() is timed. One untimed pass warms the code up, then
// --runs passes (5) are timed; the medians over the passes are printed. --dump FILE writes each
// document as one JSON line, to check that a change to normalize leaves its output unchanged
// (diff two dumps).
//
// Each file's time is taken twice: wall-clock, and the process's CPU time (process.cpuUsage),
// which is what "ms a file on one core" means and which other processes on a shared machine
// inflate far less. The dumps of 10-30 KB (the full-page size the 3 ms budget of issue 21 is
// for) are also reported apart. --only mid times those alone; --long N also times one file of N
// MB made of the w3m dumps concatenated (how normalize grows on long input).
//
//   npm run bench:normalize -- [--corpora ../shared/corpora] [--runs 5] [--dump FILE]
//     [--only bbc|dumps|mid] [--long 2]

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize, type NormalizeContext } from '../../src/stages/normalize.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { readabilityPages, trafilaturaPages, TOOLS, type Tool } from './measure.ts';
import { median, sum } from '../shared/cpu.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    runs: { type: 'string', default: '5' },
    dump: { type: 'string' },
    only: { type: 'string' },
    long: { type: 'string' },
  },
});

interface Corpus {
  files: InputFile[];
  context: NormalizeContext;
  /** The tool that dumped the pages (null for BBC's text). */
  tool: Tool | null;
}

function read(pages: { path: string; bytes: Buffer }[]): InputFile[] {
  return pages.flatMap(({ path: rel, bytes }) => {
    // ingest's default size limit is 1 MB; no file of these corpora comes near it.
    const file = readInputFile(rel, bytes);
    return 'reason' in file ? [] : [file as InputFile];
  });
}

function listFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((e) => {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) return listFiles(dir, child);
      return e.name.endsWith('.txt') && e.name !== 'README.TXT' ? [child] : [];
    });
}

/** One corpus (or one tool's dumps of one) profiled as a build over its folder would. */
function corpus(files: InputFile[], tool: Tool | null = null): Corpus {
  return { files, context: corpusProfile(files), tool };
}

const root = requireCorpora(values.corpora, ['bbc', 'web-pages']);
const bbcDir = path.join(root, 'bbc');
const pagesDir = path.join(root, 'web-pages');
const bbc = [
  corpus(
    read(
      listFiles(bbcDir).map((rel) => ({ path: rel, bytes: readFileSync(path.join(bbcDir, rel)) })),
    ),
  ),
];
const dumps = TOOLS.flatMap((tool) => [
  corpus(read(readabilityPages(pagesDir, tool)), tool),
  corpus(read(trafilaturaPages(pagesDir, tool)), tool),
]);
/** A full page as scrapers dump it: 10-30 KB of text (issue 21's budget: 3 ms a file). */
const isFullPage = (file: InputFile) => {
  const bytes = Buffer.byteLength(file.text);
  return bytes >= 10_000 && bytes <= 30_000;
};
const fullPages = dumps.map((c) => ({ ...c, files: c.files.filter(isFullPage) }));

/** One pass over the corpora: each file's normalize() time in ms (wall, CPU), and the documents. */
function pass(corpora: Corpus[]): { ms: number[]; cpu: number[]; docs: NormalizedDoc[] } {
  const ms: number[] = [];
  const cpu: number[] = [];
  const docs: NormalizedDoc[] = [];
  for (const { files, context } of corpora) {
    for (const file of files) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      docs.push(normalize(file, context));
      ms.push(performance.now() - t0);
      const used = process.cpuUsage(c0);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  return { ms, cpu, docs };
}

const runs = Number(values.runs);
const fixed = (xs: number[]) => xs.map((m) => m.toFixed(3)).join(' ');
const lines: string[] = [];
/** A set of corpora timed together, by the name --only gives it. */
interface TimedSet {
  only: 'bbc' | 'dumps' | 'mid';
  label: string;
  corpora: Corpus[];
  /** Its 10-30 KB files are also reported on a line of their own (mid is those files alone). */
  fullPagesApart: boolean;
}
const sets: TimedSet[] = [
  { only: 'bbc', label: 'bbc', corpora: bbc, fullPagesApart: false },
  { only: 'dumps', label: 'web-page dumps', corpora: dumps, fullPagesApart: true },
  { only: 'mid', label: 'web-page dumps of 10-30 KB', corpora: fullPages, fullPagesApart: false },
];
// Without --only (or with a name it does not know), BBC and the whole dumps.
const named = sets.filter((set) => set.only === values.only);
const chosen = named.length ? named : sets.filter((set) => set.only !== 'mid');
for (const { label, corpora, fullPagesApart } of chosen) {
  const warm = pass(corpora);
  if (values.dump) {
    for (const doc of warm.docs) lines.push(JSON.stringify(doc));
  }
  const medians: number[] = [];
  const means: number[] = [];
  const cpuMedians: number[] = [];
  const fullPageCpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const { ms, cpu } = pass(corpora);
    medians.push(median(ms));
    means.push(sum(ms) / ms.length);
    cpuMedians.push(median(cpu));
    if (fullPagesApart) {
      const files = corpora.flatMap((c) => c.files);
      fullPageCpu.push(median(cpu.filter((_, i) => isFullPage(files[i] as InputFile))));
    }
  }
  const files = warm.docs.length;
  console.log(
    `${label}: ${files} files; ms/file over ${runs} runs: median ${median(medians).toFixed(3)} ` +
      `(runs ${fixed(medians)}), mean ${median(means).toFixed(3)} (runs ${fixed(means)}); ` +
      `CPU ms/file median ${median(cpuMedians).toFixed(3)} (runs ${fixed(cpuMedians)})`,
  );
  if (fullPageCpu.length) {
    console.log(
      `  of which 10-30 KB: CPU ms/file median ${median(fullPageCpu).toFixed(3)} ` +
        `(runs ${fixed(fullPageCpu)})`,
    );
  }
}
if (values.long) {
  // One long dump-like file: the w3m dumps one after another up to --long MB.
  const w3m = dumps.filter((c) => c.tool === 'w3m').flatMap((c) => c.files);
  const target = Number(values.long) * 1_000_000;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target && w3m.length; i++) {
    const text = (w3m[i % w3m.length] as InputFile).text;
    parts.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  const text = parts.join('\n\n');
  const file: InputFile = { ...(w3m[0] as InputFile), path: 'long.txt', text };
  const context = corpusProfile([file]);
  const cpu: number[] = [];
  for (let r = 0; r < Math.max(1, runs); r++) {
    const c0 = process.cpuUsage();
    normalize(file, context);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
  }
  console.log(
    `one file of ${bytes} bytes (${parts.length} w3m dumps, ${text.split('\n').length} lines): ` +
      `CPU ms median ${median(cpu).toFixed(0)} (runs ${cpu.map((m) => m.toFixed(0)).join(' ')})`,
  );
}
if (values.dump) {
  writeFileSync(values.dump, `${lines.join('\n')}\n`);
  console.log(`documents written to ${values.dump}`);
}
