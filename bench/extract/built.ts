// The archive `npm run build` makes from the development pages, scored after dedup (issue 21's
// owner scores the built archive; bench:extract and bench:extract:html score normalize alone).
// The pages are written as a user's folder would hold them, each page as the copies --copies
// names (the saved page, and its dumps by w3m, lynx and html2text), built with the real CLI from
// a fresh work folder and lock, and each copy is scored by bench/extract/measure.ts against the
// article that holds it: Readability's body measure, headline, byline and date; trafilatura's
// snippets, headline and date. "Every story once" counts the pages whose copies are spread over
// more than one article (issue 22: a page, its dump and its capture are one article).
//
//   npm run bench:extract:built -- [--corpora ../shared/corpora] [--copies pages,w3m] [--limit N]
//                                  [--keep DIR] [--split] [--json FILE]
//   npm run bench:extract:built -- --from DIR   (score a build --keep left in DIR again)
//   npm run bench:extract:built -- --pages test/web-pages --write-floors bench/extract/built-floors.json
//     (the gate's sample, test/quality/built-gate.test.ts, and its floors pinned as measured)

import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../quality/generate.ts';
import { buildCommand, measure } from '../scale/run.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { copiesOf, COPY_KINDS, writeCopies, type CopyKind } from './built-pages.ts';
import { builtFloorsFrom, scoreWork, type BuiltReport } from './built-score.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    // A web-pages folder of the corpora's layout instead (test/web-pages, the gate's sample).
    pages: { type: 'string' },
    copies: { type: 'string', default: COPY_KINDS.join(',') },
    limit: { type: 'string' },
    // Keep the input, work folder, lock and site in DIR (emptied first), to look at or --from.
    keep: { type: 'string' },
    // Score the build a --keep run left in DIR, without building again.
    from: { type: 'string' },
    // List the pages whose copies are in more than one article, with the articles' titles.
    split: { type: 'boolean', default: false },
    json: { type: 'string' },
    'write-floors': { type: 'string' },
  },
});

const kinds = values.copies.split(',').map((k) => k.trim()) as CopyKind[];
for (const kind of kinds) {
  if (!COPY_KINDS.includes(kind)) {
    console.error(`--copies ${kind}: a comma-separated list of ${COPY_KINDS.join(', ')}`);
    process.exit(2);
  }
}
const root = values.pages
  ? path.resolve(values.pages)
  : path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');
const copies = copiesOf(root, kinds, values.limit ? Number(values.limit) : Infinity);

/** Builds the copies into `dir` (input/, work/, archive.lock.json, dist/); prints its time. */
async function build(dir: string): Promise<void> {
  await writeCopies(copies, path.join(dir, 'input'));
  const run = await measure(buildCommand(path.join(dir, 'input'), dir), REPO_ROOT, false);
  if (run.code !== 0) {
    console.error(`the build exited with ${run.code}:\n${run.stderrTail.join('\n')}`);
    process.exit(1);
  }
  const summary = run.stdout.split('\n').find((l) => l.startsWith('Built ')) ?? '';
  console.log(summary.replace(/^Built \S+ in [\d.]+ s: /, 'built: '));
  console.log(`build: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU`);
}

const dir = values.from
  ? path.resolve(values.from)
  : values.keep
    ? path.resolve(values.keep)
    : mkdtempSync(path.join(tmpdir(), 'built-pages-'));
console.log(`${copies.length} copies (${kinds.join(', ')}) of the pages in ${root}`);
if (!values.from) {
  if (values.keep && existsSync(dir)) await rm(dir, { recursive: true });
  await build(dir);
}
const report = scoreWork(kinds, copies, path.join(dir, 'work'));
printReport(report, values.split);
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 2) + '\n');
if (values['write-floors']) {
  const note =
    `Measured ${new Date().toISOString().slice(0, 10)} on ${values.pages ?? root} by npm run ` +
    `bench:extract:built -- --pages ... --write-floors: F1 shares less 0.01 (rounded down), the ` +
    'pages split over more than one article as a ceiling. Raise them as extraction and dedup ' +
    'improve; lower them only for a new sample, never to let a regression through.';
  const floors = builtFloorsFrom(report);
  writeFileSync(values['write-floors'], JSON.stringify({ note, floors }, null, 2) + '\n');
  console.log(`floors written to ${values['write-floors']}`);
}
if (!values.keep && !values.from) await rm(dir, { recursive: true, force: true });

function printReport(r: BuiltReport, listSplit: boolean): void {
  const { stories } = r;
  const spread = Object.entries(stories.byArticles)
    .map(([n, pages]) => `${n}: ${pages}`)
    .join(', ');
  console.log(
    `\n${r.articles} articles (${r.fragments} fragments). Every story once: ${stories.split.length} ` +
      `of ${stories.pages} pages have copies in more than one article (pages by articles ${spread})`,
  );
  const f = (x: number) => x.toFixed(4);
  console.log(
    '\ncopies      Readability: body P / R / F1; headline; byline; dates found, wrong of declared' +
      '\n            trafilatura: snippets P / R / F1; headline; dates found, right, wrong of declared',
  );
  for (const k of r.kinds) {
    const { readability: a, trafilatura: t } = k;
    console.log(
      `${k.kind.padEnd(10)}  ${f(a.precision)} / ${f(a.recall)} / ${f(a.f1)}; ` +
        `${a.headline.right}/${a.headline.pages}; ${a.byline.right}/${a.byline.pages}; ` +
        `${a.date.found}, ${a.date.wrong} of ${a.date.declared}`,
    );
    console.log(
      `            ${f(t.extracted.precision)} / ${f(t.extracted.recall)} / ${f(t.extracted.f1)}; ` +
        `${t.headline.right}/${t.headline.pages}; ${t.date.found}, ` +
        `${t.date.found - t.date.wrong}, ${t.date.wrong} of ${t.date.declared}`,
    );
  }
  if (listSplit) {
    console.log("\npages whose copies are in more than one article, and those articles' titles:");
    for (const s of stories.split)
      console.log(`  ${s.key}: ${s.titles.map((t) => JSON.stringify(t)).join(' | ')}`);
  }
}
