// Normalize speed per file, and every document it gives, on the BBC corpus and on the web-page
// dumps (w3m, lynx, html2text of Readability's and trafilatura's pages). Files are read as
// ingest reads them and profiled one corpus and tool at a time, as a build over that folder
// would (corpusProfile); only normalize() is timed. One untimed pass warms the code up, then
// --runs passes (5) are timed; the medians over the passes are printed. --dump FILE writes each
// document as one JSON line, to check that a change to normalize leaves its output unchanged
// (diff two dumps).
//
//   npm run bench:normalize -- [--corpora ../shared/corpora] [--runs 5] [--dump FILE]

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize, type NormalizeContext } from '../../src/stages/normalize.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { readabilityPages, trafilaturaPages, TOOLS } from './measure.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    runs: { type: 'string', default: '5' },
    dump: { type: 'string' },
  },
});

interface Corpus {
  name: string;
  files: InputFile[];
  context: NormalizeContext;
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

function corpus(name: string, files: InputFile[]): Corpus {
  return { name, files, context: corpusProfile(files) };
}

const root = requireCorpora(values.corpora, ['bbc', 'web-pages']);
const bbcDir = path.join(root, 'bbc');
const pagesDir = path.join(root, 'web-pages');
const bbc = [
  corpus(
    'bbc',
    read(
      listFiles(bbcDir).map((rel) => ({ path: rel, bytes: readFileSync(path.join(bbcDir, rel)) })),
    ),
  ),
];
const dumps = TOOLS.flatMap((tool) => [
  corpus(`readability/${tool}`, read(readabilityPages(pagesDir, tool))),
  corpus(`trafilatura/${tool}`, read(trafilaturaPages(pagesDir, tool))),
]);

/**
 * One pass over the corpora: each file's normalize() time in ms, wall clock and CPU (this
 * process's user and system time: on a machine shared with other work the wall clock also
 * counts the time other processes ran), and the documents.
 */
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
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { ms, cpu, docs };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const runs = Number(values.runs);
const lines: string[] = [];
for (const [label, corpora] of [
  ['bbc', bbc],
  ['web-page dumps', dumps],
] as const) {
  const warm = pass(corpora);
  if (values.dump) {
    for (const doc of warm.docs) lines.push(JSON.stringify(doc));
  }
  const figures = { median: [] as number[], mean: [] as number[], cpuMean: [] as number[] };
  for (let r = 0; r < runs; r++) {
    const { ms, cpu } = pass(corpora);
    figures.median.push(median(ms));
    figures.mean.push(sum(ms) / ms.length);
    figures.cpuMean.push(sum(cpu) / cpu.length);
  }
  const show = (xs: number[]) =>
    `${median(xs).toFixed(3)} (runs ${xs.map((x) => x.toFixed(3)).join(' ')})`;
  console.log(
    `${label}: ${warm.docs.length} files; ms/file over ${runs} runs: median ${show(figures.median)}, ` +
      `mean ${show(figures.mean)}, CPU mean ${show(figures.cpuMean)}`,
  );
}
if (values.dump) {
  writeFileSync(values.dump, `${lines.join('\n')}\n`);
  console.log(`documents written to ${values.dump}`);
}
