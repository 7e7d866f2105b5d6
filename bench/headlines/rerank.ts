// The learned re-ranker's experiment (docs/figures.md, stop 46, branch ml46): 5-fold cross
// validation over trafilatura's pages, split by page (a page's w3m, lynx and html2text dumps in
// one fold), the learned pick against the rules' on the held-out folds, per tool, of the pages
// whose dump prints the title (as bench:extract counts); then Readability's pages as a second
// test set, never trained on (the model fitted on all trafilatura's pages).
//
//   npm run bench:headlines:rerank -- [--corpora ../shared/corpora] [--cache FILE] [--limit N]
//                                     [--iterations N] [--l2 X] [--drop feature,feature]
//
// --cache keeps the labelled candidates (collect.ts: one normalize per candidate, minutes) in a
// JSON file, read back when it exists.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireCorpora } from '../shared/corpora.ts';
import { readabilityPages, trafilaturaPages, TOOLS, type Tool } from '../extract/measure.ts';
import { collect, type Sample } from './collect.ts';
import { FEATURES } from './features.ts';
import { fit, pick, type Group, type Model } from './ranker.ts';

const FOLDS = 5;
const SEED = 46;

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    cache: { type: 'string' },
    limit: { type: 'string' },
    // Variants (docs/figures.md, stop 46): the fit's settings, and features zeroed by name
    // (--drop chosen,weighed,proposals,lastProposer: the ranker without the rules' verdicts).
    iterations: { type: 'string' },
    l2: { type: 'string' },
    drop: { type: 'string', default: '' },
  },
});
const options = {
  ...(values.iterations ? { iterations: Number(values.iterations) } : {}),
  ...(values.l2 ? { l2: Number(values.l2) } : {}),
};
const dropped = values.drop
  .split(',')
  .filter(Boolean)
  .map((name) => FEATURES.findIndex((f) => f.name === name));

const root = path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');
const limit = values.limit ? Number(values.limit) : Infinity;
const samples = load();
const traf = samples.filter((s) => s.corpus === 'trafilatura');
const fold = foldsOf([...new Set(traf.map((s) => s.name))].sort());

// Held-out picks: each fold's pages picked by the model fitted on the other four.
const learned = new Map<Sample, boolean>();
for (let f = 0; f < FOLDS; f++) {
  const model = fit(traf.filter((s) => fold.get(s.name) !== f).map(group), options);
  for (const s of traf.filter((t) => fold.get(t.name) === f)) learned.set(s, pickRight(model, s));
}
const all = fit(traf.map(group), options);
for (const s of samples.filter((t) => t.corpus === 'readability'))
  learned.set(s, pickRight(all, s));

for (const corpus of ['trafilatura', 'readability'] as const) {
  console.log(`\n${corpus} (${corpus === 'trafilatura' ? 'held-out folds' : 'never trained on'})`);
  for (const tool of TOOLS) report(samples.filter((s) => s.corpus === corpus && s.tool === tool));
}
console.log('\nweights fitted on all trafilatura pages (standardized units), largest first');
FEATURES.map((f, j) => ({ name: f.name, w: all.w[j] as number }))
  .sort((a, b) => Math.abs(b.w) - Math.abs(a.w))
  .forEach((f) => console.log(`  ${f.name.padEnd(14)} ${f.w.toFixed(3)}`));

function load(): Sample[] {
  if (values.cache && existsSync(values.cache)) {
    return JSON.parse(readFileSync(values.cache, 'utf8')) as Sample[];
  }
  const out = TOOLS.flatMap((tool: Tool) => [
    ...collect(trafilaturaPages(root, tool, limit), tool),
    ...collect(readabilityPages(root, tool, limit), tool),
  ]);
  if (values.cache) writeFileSync(values.cache, JSON.stringify(out));
  return out;
}

/** Page names to folds: a fixed-seed shuffle (an LCG), then every FOLDS-th name. */
function foldsOf(names: string[]): Map<string, number> {
  let state = SEED;
  const next = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0);
  const order = names.map((name) => ({ name, r: next() })).sort((a, b) => a.r - b.r);
  return new Map(order.map((o, i) => [o.name, i % FOLDS]));
}

function group(s: Sample): Group {
  return {
    x: s.candidates.map((c) => c.x.map((v, j) => (dropped.includes(j) ? 0 : v))),
    label: s.candidates.map((c) => c.label),
  };
}

/** The learned pick is right; where the rules chose no candidate it stands as the rules' did. */
function pickRight(model: Model, s: Sample): boolean {
  if (!s.candidates.some((c) => c.chosen)) return s.rulesRight;
  return s.candidates[pick(model, group(s).x)]?.label ?? s.rulesRight;
}

function report(rows: Sample[]): void {
  const printed = rows.filter((s) => s.printed);
  const rules = printed.filter((s) => s.rulesRight).length;
  const ours = printed.filter((s) => learned.get(s)).length;
  const reachable = printed.filter((s) => s.rulesRight || s.candidates.some((c) => c.label));
  const share = (n: number) => (n / Math.max(1, printed.length)).toFixed(3);
  const tool = rows[0]?.tool ?? '';
  console.log(
    `  ${tool.padEnd(9)} printed ${printed.length}: rules ${rules} (${share(rules)}), learned ` +
      `${ours} (${share(ours)}), some candidate right ${reachable.length} (${share(reachable.length)})`,
  );
  const gained = printed.filter((s) => !s.rulesRight && learned.get(s)).map((s) => s.name);
  const lost = printed.filter((s) => s.rulesRight && !learned.get(s)).map((s) => s.name);
  console.log(`    +${gained.length} ${gained.join(' ')}`);
  console.log(`    -${lost.length} ${lost.join(' ')}`);
}
