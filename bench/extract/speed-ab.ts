// Normalize CPU of two checkouts of this project, file by file in turn in one process:
//
//   npm run bench:normalize:ab -- BASE_DIR NEW_DIR [--corpora ../shared/corpora] [--passes 3]
//     [--all]
//
// (e.g. `git worktree add --detach ../base main` and a symlink to node_modules in it). Separate
// runs of `bench:normalize` swing by 10% on this 2-core machine, more than most speed changes
// are worth (docs/figures.md, "A sixth round"); running both trees on the same file one after the
// other, in an order that alternates between passes, cancels the load they share. The files are
// every second text dump of 10-30 KB in web-pages/ (the full-page dumps), each tree with
// its own corpus profile. Prints, per pass, NEW's total CPU over BASE's and each tree's median.

import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireCorpora } from '../shared/corpora.ts';
import { cpuMs, median, quantile, sum } from '../shared/cpu.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    passes: { type: 'string', default: '3' },
    // Every second dump of any size, not only those of 10-30 KB.
    all: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 2) {
  console.error('usage: npm run bench:normalize:ab -- BASE_DIR NEW_DIR [--passes N]');
  process.exit(2);
}
const pagesDir = path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');

// Each tree's own modules: the project's files are imported by absolute path, so two versions
// of every stage live side by side in this process.
interface Tree {
  readInputFile(path: string, bytes: Buffer): object;
  corpusProfile(files: object[]): object;
  normalize(file: object, context: object): unknown;
  sets: { files: object[]; context: object }[];
}

async function load(root: string): Promise<Tree> {
  const dir = path.resolve(root);
  const ingest = await import(path.join(dir, 'src/stages/ingest.ts'));
  const stage = await import(path.join(dir, 'src/stages/normalize.ts'));
  const measure = await import(path.join(dir, 'bench/extract/measure.ts'));
  const tree: Tree = { ...ingest, ...stage, sets: [] };
  for (const tool of measure.TOOLS as string[]) {
    for (const pages of [
      measure.readabilityPages(pagesDir, tool),
      measure.trafilaturaPages(pagesDir, tool),
    ] as { path: string; bytes: Buffer }[][]) {
      const files = pages.flatMap(({ path: p, bytes }) => {
        const file = tree.readInputFile(p, bytes);
        return 'reason' in file ? [] : [file];
      });
      const sized = files.filter((file) => {
        const n = Buffer.byteLength((file as { text: string }).text);
        return values.all || (n >= 10_000 && n <= 30_000);
      });
      tree.sets.push({
        files: sized.filter((_, i) => i % 2 === 0),
        context: tree.corpusProfile(files),
      });
    }
  }
  return tree;
}

const base = await load(positionals[0]!);
const next = await load(positionals[1]!);
for (let pass = 0; pass < Number(values.passes); pass++) {
  const baseMs: number[] = [];
  const nextMs: number[] = [];
  base.sets.forEach((set, k) =>
    set.files.forEach((file, i) => {
      const other = next.sets[k]!;
      const runBase = () => baseMs.push(cpuMs(() => base.normalize(file, set.context)));
      const runNext = () =>
        nextMs.push(cpuMs(() => next.normalize(other.files[i]!, other.context)));
      if (pass % 2 === 0) {
        runBase();
        runNext();
      } else {
        runNext();
        runBase();
      }
    }),
  );
  console.log(
    `pass ${pass + 1}: ${baseMs.length} files, NEW/BASE CPU ${(sum(nextMs) / sum(baseMs)).toFixed(3)}, ` +
      `median ms ${median(baseMs).toFixed(2)} -> ${median(nextMs).toFixed(2)}, ` +
      `p95 ms ${quantile(baseMs, 0.95).toFixed(2)} -> ${quantile(nextMs, 0.95).toFixed(2)}`,
  );
}
