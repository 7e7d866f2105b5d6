// Evaluation-corpus generator for the normalize stage.
//
// Takes REAL articles from the shared research corpora (BBC News 2004-2005, Reuters-21578) and
// writes each one out the way a scraped copy really looks: site chrome, datelines in many formats,
// bylines, repeated headlines, related-link lists, paywall cut-offs, print-layout hyphenation,
// hard wrapping, mixed encodings and line endings. For every file it records the truth (title,
// standfirst, date, source, byline, body paragraphs, every inserted chrome line, every inserted
// print break) in <out>/truth.json, so that extraction quality can be measured.
//
// Deterministic: the same corpora, count and seed give byte-identical output.
//
//   npx tsx bench/quality/generate.ts --out DIR [--count 600] [--seed 1] [--corpora DIR]
//
// See bench/quality/README.md for what is generated and how the truth is defined.
//
// The steps, one module each under generate/: types.ts, random.ts (seeded randomness),
// dates.ts, corpora.ts (reading BBC and Reuters), names.ts (invented sites and people),
// context.ts (the template machinery), templates.ts, body-layout.ts (paragraphs and print
// breaks), file.ts (one file). This module makes the corpus and is the command line; it
// re-exports the steps' exports for the benches that import them from here.

import path from 'node:path';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadBbc, loadReuters } from './generate/corpora.ts';
import { type Env, makeFile } from './generate/file.ts';
import { SITES } from './generate/names.ts';
import { Rng } from './generate/random.ts';
import { type Template, TEMPLATES } from './generate/templates.ts';
import type { GenerateOptions, TruthRecord } from './generate/types.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { compare } from '../shared/reuters.ts';
import { runsAsScript } from '../shared/script.ts';

export * from './generate/types.ts';
export * from './generate/random.ts';
export * from './generate/dates.ts';
export * from './generate/corpora.ts';
export * from './generate/names.ts';
export * from './generate/context.ts';
export * from './generate/templates.ts';
export * from './generate/body-layout.ts';
export * from './generate/file.ts';

export async function generateCorpus(options: GenerateOptions): Promise<TruthRecord[]> {
  const { corpora, out, count, seed } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`bad count: ${count}`);
  const bbc = await loadBbc(corpora);
  const reuters = await loadReuters(corpora);
  if (bbc.length === 0 || reuters.length === 0) {
    throw new Error(
      `no articles found under ${corpora} (bbc: ${bbc.length}, reuters: ${reuters.length})`,
    );
  }
  const rng = new Rng(seed >>> 0);
  const nBbc = Math.min(Math.ceil(count / 2), bbc.length);
  const nReuters = Math.min(count - nBbc, reuters.length);
  const chosen = rng.shuffle([...rng.sample(bbc, nBbc), ...rng.sample(reuters, nReuters)]);
  const order: Template[] = [];
  while (order.length < chosen.length) order.push(...rng.shuffle(TEMPLATES));
  const homes = new Map<string, string>();
  rng.shuffle(SITES).forEach((site, i) => {
    const t = TEMPLATES[i];
    if (t) homes.set(t.id, site);
  });
  const env: Env = {
    seed: seed >>> 0,
    titles: { bbc: bbc.map((a) => a.title), reuters: reuters.map((a) => a.title) },
    homes,
  };

  await mkdir(out, { recursive: true });
  for (const entry of await readdir(out)) {
    if (/^site-\d+$/.test(entry) || entry === 'truth.json') {
      await rm(path.join(out, entry), { recursive: true, force: true });
    }
  }
  const records: TruthRecord[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const article = chosen[i];
    const template = order[i];
    if (!article || !template) continue;
    const { record, bytes } = makeFile(i, article, template, env);
    const file = path.join(out, ...record.path.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    records.push(record);
  }
  records.sort((a, b) => compare(a.path, b.path));
  await writeFile(path.join(out, 'truth.json'), `${JSON.stringify(records, null, 2)}\n`);
  return records;
}

// Command line

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../..');
export const DEFAULT_CORPORA = path.resolve(REPO_ROOT, '../shared/corpora');

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    'usage: npx tsx bench/quality/generate.ts --out DIR [--count 600] [--seed 1] [--corpora DIR]',
  );
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i] ?? '';
    const value = argv[i + 1];
    if (!['--out', '--count', '--seed', '--corpora'].includes(key) || value === undefined) {
      usage(`bad argument: ${key}`);
    }
    args.set(key, value);
  }
  const out = args.get('--out');
  if (!out) usage('--out is required');
  const count = Number(args.get('--count') ?? 600);
  const seed = Number(args.get('--seed') ?? 1);
  if (!Number.isInteger(count) || count < 1) usage('--count must be a positive integer');
  if (!Number.isInteger(seed)) usage('--seed must be an integer');
  const corpora = requireCorpora(args.get('--corpora') ?? DEFAULT_CORPORA, ['bbc', 'reuters21578']);
  const records = await generateCorpus({ corpora, out: path.resolve(out), count, seed });
  const by = (key: (r: TruthRecord) => string) => {
    const counts = new Map<string, number>();
    for (const r of records) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return [...counts].map(([k, v]) => `${k} ${v}`).join(', ');
  };
  console.log(`wrote ${records.length} files and truth.json to ${path.resolve(out)}`);
  console.log(`  corpus: ${by((r) => r.corpus)}`);
  console.log(`  encoding: ${by((r) => r.encoding)}`);
  console.log(`  layout: ${by((r) => r.layout)}`);
}

if (runsAsScript(import.meta.filename)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
