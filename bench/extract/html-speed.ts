// Normalize CPU of saved HTML pages (the corpora's Readability and trafilatura pages, as
// bench:extract:html reads them), for one checkout or two in turn in one process:
//
//   npm run bench:normalize:html -- DIR [NEW_DIR] [--corpora ../shared/corpora]
//     [--rounds 5] [--dump FILE]
//
// Each page is decoded as ingest decodes it (untimed), each corpus profiled once, and
// normalize() timed in CPU (process.cpuUsage). With two trees, both normalize the same page one
// after the other, in an order that alternates between rounds (the load they share cancels);
// each round prints every tree's CPU a page (total over pages) and the median page. --dump FILE
// writes every page's normalized document as one JSON line for each tree (FILE.0, FILE.1) and
// reports how many differ: a speed change must leave them byte-identical. Run under
// `node --cpu-prof` with one tree for a profile.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireCorpora } from '../shared/corpora.ts';
import { cpuMs, median, sum } from '../shared/cpu.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    rounds: { type: 'string', default: '5' },
    dump: { type: 'string' },
  },
});
if (positionals.length < 1 || positionals.length > 2) {
  console.error('usage: html-speed.ts DIR [NEW_DIR] [--rounds N] [--dump FILE]');
  process.exit(2);
}
const root = path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');

interface Tree {
  normalize(file: object, context: object): unknown;
  sets: { names: string[]; files: object[]; context: object }[];
}

async function load(dir0: string): Promise<Tree> {
  const dir = path.resolve(dir0);
  const ingest = await import(path.join(dir, 'src/stages/ingest.ts'));
  const stage = await import(path.join(dir, 'src/stages/normalize.ts'));
  const pages = await import(path.join(dir, 'bench/extract/html-pages.ts'));
  const { sizeLimit } = await import(path.join(dir, 'src/size-limit.ts'));
  const { defaultOptions } = await import(path.join(dir, 'src/options.ts'));
  const tree: Tree = { normalize: stage.normalize, sets: [] };
  for (const list of [pages.readabilityHtmlPages(root), pages.trafilaturaHtmlPages(root)] as {
    path: string;
    name: string;
    bytes: Buffer;
  }[][]) {
    const names: string[] = [];
    const files: object[] = [];
    for (const p of list) {
      if (p.bytes.length > sizeLimit('html', defaultOptions.maxFileSize)) continue;
      const file = ingest.readInputFile(p.path, p.bytes);
      if ('reason' in file) continue;
      names.push(p.name);
      files.push(file);
    }
    tree.sets.push({ names, files, context: stage.corpusProfile(files) });
  }
  return tree;
}

const trees: Tree[] = [];
for (const dir of positionals) trees.push(await load(dir));

if (values.dump) {
  const dumps = trees.map((tree) =>
    tree.sets.flatMap((set) =>
      set.files.map((file) => JSON.stringify(tree.normalize(file, set.context))),
    ),
  );
  dumps.forEach((lines, t) => writeFileSync(`${values.dump}.${t}`, lines.join('\n') + '\n'));
  if (dumps.length === 2) {
    const names = trees[0]!.sets.flatMap((s) => s.names);
    const differ = names.filter((_, i) => dumps[0]![i] !== dumps[1]![i]);
    console.log(
      `${names.length} pages dumped, ${differ.length} differ${differ.length ? ': ' + differ.slice(0, 20).join(' ') : ''}`,
    );
  } else console.log(`${dumps[0]!.length} pages dumped`);
}

// One untimed pass: compiling and warming up are not a page's cost.
for (const tree of trees)
  for (const set of tree.sets) for (const f of set.files) tree.normalize(f, set.context);

for (let round = 0; round < Number(values.rounds); round++) {
  const ms: number[][] = trees.map(() => []);
  const sets = trees[0]!.sets;
  sets.forEach((set, k) =>
    set.files.forEach((_, i) => {
      const order =
        round % 2 === 0 ? trees.map((_, t) => t) : trees.map((_, t) => trees.length - 1 - t);
      for (const t of order) {
        const s = trees[t]!.sets[k]!;
        ms[t]!.push(cpuMs(() => trees[t]!.normalize(s.files[i]!, s.context)));
      }
    }),
  );
  console.log(
    `round ${round + 1}: ${ms[0]!.length} pages, ms a page ` +
      ms
        .map((m) => `${(sum(m) / m.length).toFixed(3)} (median ${median(m).toFixed(3)})`)
        .join(' -> '),
  );
}
