// Article extraction from full-page text dumps: normalize is run on the w3m, lynx and html2text
// dumps of Readability's 130 test pages and trafilatura's evaluation pages, and scored by the
// ScrapingHub body measure, headline / byline / date accuracy and trafilatura's snippets (the
// measure is in bench/extract/measure.ts; test/quality/extract-gate.test.ts holds the committed
// sample in test/web-pages to the floors in bench/extract/floors.json).
//
//   npm run bench:extract -- [--corpora ../shared/corpora] [--tool w3m] [--limit N]
//                            [--json FILE] [--worst N] [--news]
//   npm run bench:extract -- --pages test/web-pages [--write-floors bench/extract/floors.json]

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireCorpora } from '../shared/corpora.ts';
import {
  declaredDateMisses,
  declaredTitleMisses,
  extract,
  type Extraction,
  floorsFrom,
  keep,
  FLOOR_MARGIN,
  measure,
  metadataMisses,
  readabilityPages,
  trafilaturaPages,
  TOOLS,
  type Tool,
  type Page,
  type ToolReport,
} from './measure.ts';
import { judgedKinds } from './judged-dates.ts';
import { newsFilter } from './news.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    tool: { type: 'string', multiple: true },
    limit: { type: 'string' },
    json: { type: 'string' },
    worst: { type: 'string', default: '10' },
    // Measure another folder in the web-pages layout (test/web-pages, the gate's sample).
    pages: { type: 'string' },
    // With --pages test/web-pages: pin the gate's floors at these figures (see floors.json).
    'write-floors': { type: 'string' },
    // List every Readability page whose headline, byline or date is missed: expected, ours, and
    // how the dump prints the expected title (a line, wrapped over two, with a site's name, no);
    // then every trafilatura page whose headline is not the title its evaldata.json declares.
    headlines: { type: 'boolean', default: false },
    // List every trafilatura page whose date is not the day its evaldata.json declares: expected,
    // ours, the line ours was read from, and whether the dump prints each day (printed-day.ts).
    dates: { type: 'boolean', default: false },
    // List every trafilatura page that declares no day but is given a date: ours and the line
    // it was read from, for judging by hand against the page (about 1 in 10 was not the
    // article's own at stop 51).
    'undeclared-dates': { type: 'boolean', default: false },
    // Score (and list) only the news articles, decided from each page's own HTML
    // (bench/extract/news.ts says the rule and why): the held-out yardstick is news pages.
    news: { type: 'boolean', default: false },
  },
});

const tools = (values.tool ?? [...TOOLS]) as Tool[];
for (const tool of tools) {
  if (!TOOLS.includes(tool)) {
    console.error(`--tool ${tool}: one of ${TOOLS.join(', ')}`);
    process.exit(2);
  }
}
const root = values.pages
  ? path.resolve(values.pages)
  : path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');
const limit = values.limit ? Number(values.limit) : Infinity;
const only = values.news ? newsFilter(root) : undefined;
/** Normalizes the pages (the whole corpus: one profile), then keeps the news ones with --news. */
const run = (pages: Page[]): Extraction[] => keep(extract(pages), only).extractions;
if (only) {
  const r = readabilityPages(root, 'w3m', limit);
  const t = trafilaturaPages(root, 'w3m', limit);
  console.log(
    `news pages (bench/extract/news.ts): Readability ${r.filter(only).length} of ${r.length}, trafilatura ${t.filter(only).length} of ${t.length}`,
  );
}

if (values.headlines) {
  for (const tool of tools) {
    const extractions = run(readabilityPages(root, tool, limit));
    const rows = metadataMisses(extractions);
    for (const field of ['headline', 'byline', 'date'] as const) {
      const misses = rows.filter((r) => r.field === field);
      console.log(`\n${tool}: ${misses.length} ${field}s missed (expected | ours | printed)`);
      for (const r of misses) {
        const name = r.path.split('/')[1] ?? r.path;
        console.log(
          `  ${name.padEnd(34)} ${r.printed.padEnd(9)} ${JSON.stringify(r.expected)} | ${JSON.stringify(r.got)}`,
        );
      }
    }
    const declared = declaredTitleMisses(run(trafilaturaPages(root, tool, limit)));
    console.log(
      `\n${tool}: ${declared.length} trafilatura titles missed (expected | ours | printed)`,
    );
    for (const r of declared) {
      const name = path.basename(r.path, '.txt');
      console.log(
        `  ${name.padEnd(34)} ${r.printed.padEnd(9)} ${JSON.stringify(r.expected)} | ${JSON.stringify(r.got)}`,
      );
    }
  }
  process.exit(0);
}

if (values['undeclared-dates']) {
  for (const tool of tools) {
    const extractions = run(trafilaturaPages(root, tool, limit));
    const dated = extractions.filter((e) => !e.page.declaredDate && e.doc?.date);
    console.log(
      `\n${tool}: ${dated.length} dates given on pages that declare none (ours | read from)`,
    );
    for (const e of dated) {
      const name = path.basename(e.page.path, '.txt');
      const date = e.doc?.date;
      console.log(
        `  ${name.padEnd(40)} ${String(date?.value).padEnd(10)} | ${JSON.stringify(date?.from?.slice(0, 100) ?? null)}`,
      );
    }
  }
  process.exit(0);
}

if (values.dates) {
  for (const tool of tools) {
    const misses = declaredDateMisses(run(trafilaturaPages(root, tool, limit)));
    console.log(
      `\n${tool}: ${misses.length} trafilatura dates missed or wrong (expected shown? | ours shown? | read from)`,
    );
    for (const m of misses) {
      const name = path.basename(m.path, '.txt');
      const shown = (yes: boolean) => (yes ? 'shown' : 'not shown');
      const ours = m.got === null ? '-' : `${m.got} ${shown(m.gotShown)}`;
      console.log(
        `  ${name.padEnd(40)} ${m.expected} ${shown(m.shown).padEnd(9)} | ${ours.padEnd(20)} | ${JSON.stringify(m.from?.slice(0, 100) ?? null)}`,
      );
    }
  }
  process.exit(0);
}

const started = performance.now();
const reports: ToolReport[] = [];
for (const tool of tools) {
  const t0 = performance.now();
  const [report] = measure(root, {
    tools: [tool],
    limit,
    worst: Number(values.worst),
    only,
  });
  reports.push(report as ToolReport);
  console.error(`${tool}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const seconds = (performance.now() - started) / 1000;

const f = (x: number) => x.toFixed(3);
const pct = (n: number, d: number) => `${n}/${d}`;
console.log(`extraction from text dumps, ${root}, ${seconds.toFixed(1)} s`);
console.log('\nReadability pages: body by the ScrapingHub measure (4-token shingles)');
console.log(
  'tool       pages    F1     P      R   | base F1  P      R   | empty | headline (of printed) byline (of printed) wrong | date found (of shown) wrong (coarser) undated-dated | ms/file median p95  max',
);
for (const r of reports) {
  const x = r.readability;
  if (!x) continue;
  const d = x.date;
  console.log(
    [
      r.tool.padEnd(10),
      String(x.pages).padStart(5),
      f(x.f1),
      f(x.precision),
      f(x.recall),
      '|',
      f(x.baseline.f1).padStart(7),
      f(x.baseline.precision),
      f(x.baseline.recall),
      '|',
      String(x.empty).padStart(5),
      '|',
      `${pct(x.headline.right, x.headline.pages)} (${pct(x.headline.printedRight, x.headline.printed)}) ${pct(x.byline.right, x.byline.pages)} (${pct(x.byline.printedRight, x.byline.printed)}) ${x.byline.wrong}`.padStart(
        42,
      ),
      '|',
      `${pct(d.found, d.declared)} (${pct(d.shownFound, d.shown)}) ${d.wrong} (${d.coarser})`.padStart(
        28,
      ),
      `${pct(d.datedAnyway, d.undeclared)}`.padStart(8),
      '|',
      `${x.timing.medianMs.toFixed(1)} ${x.timing.p95Ms.toFixed(1)} ${x.timing.maxMs.toFixed(0)}`.padStart(
        22,
      ),
    ].join(' '),
  );
}
console.log('\nnews-like Readability pages only (byline and publishedTime declared)');
for (const r of reports) {
  const n = r.readability?.newsLike;
  if (!n) continue;
  console.log(
    `${r.tool.padEnd(10)} ${String(n.pages).padStart(5)} ${f(n.f1)} ${f(n.precision)} ${f(n.recall)} | ${f(n.baseline.f1).padStart(7)} ${f(n.baseline.precision)} ${f(n.baseline.recall)}`,
  );
}
console.log(
  '\ntrafilatura pages: snippets (with found / without absent / mean; snippet P R F1); headline against the declared title (of printed)',
);
console.log(
  'tool       pages  with  without  mean  |  P     R     F1   | baseline with without mean | empty | headline (of printed) | ms/file median p95  max',
);
for (const r of reports) {
  const x = r.trafilatura;
  if (!x) continue;
  const e = x.extracted;
  const b = x.baseline;
  console.log(
    [
      r.tool.padEnd(10),
      String(x.pages).padStart(5),
      f(e.withFound),
      f(e.withoutAbsent).padStart(7),
      f(e.mean).padStart(6),
      ' |',
      f(e.precision),
      f(e.recall),
      f(e.f1),
      '|',
      f(b.withFound).padStart(13),
      f(b.withoutAbsent).padStart(7),
      f(b.mean),
      '|',
      String(x.empty).padStart(5),
      '|',
      `${pct(x.headline.right, x.headline.pages)} (${pct(x.headline.printedRight, x.headline.printed)})`.padStart(
        21,
      ),
      '|',
      `${x.timing.medianMs.toFixed(1)} ${x.timing.p95Ms.toFixed(1)} ${x.timing.maxMs.toFixed(0)}`.padStart(
        22,
      ),
    ].join(' '),
  );
}
console.log(
  '\ntrafilatura pages: dates against the day evaldata.json declares; "shown": the dump prints that day (bench/extract/printed-day.ts);',
);
console.log(
  `"as judged": against the days judged where the page declares another (bench/extract/trafilatura-judged-dates.json, ${reports.find((r) => r.trafilatura)?.trafilatura?.date.judged ?? 0} pages; by kind: ${judgedKinds()})`,
);
console.log(
  'tool       declared  found  right | shown  found  right | wrong (declared day shown / not) | as judged: right  wrong | undated-dated',
);
for (const r of reports) {
  const d = r.trafilatura?.date;
  if (!d) continue;
  console.log(
    [
      r.tool.padEnd(10),
      String(d.declared).padStart(8),
      String(d.found).padStart(6),
      String(d.found - d.wrong).padStart(6),
      '|',
      String(d.shown).padStart(5),
      String(d.shownFound).padStart(6),
      String(d.shownRight).padStart(6),
      '|',
      `${d.wrong} (${d.wrongShown} / ${d.wrong - d.wrongShown})`.padStart(32),
      '|',
      String(d.found - d.wrongJudged).padStart(16),
      String(d.wrongJudged).padStart(6),
      '|',
      pct(d.datedAnyway, d.undeclared).padStart(13),
    ].join(' '),
  );
}
for (const r of reports) {
  if (r.readability) {
    console.log(`\n${r.tool}: worst Readability pages by F1 (P, R)`);
    for (const w of r.readability.worst) {
      console.log(`  ${f(w.f1)}  (${f(w.precision)}, ${f(w.recall)})  ${w.path}`);
    }
  }
  if (r.trafilatura) {
    console.log(`${r.tool}: worst trafilatura pages (with found, without absent)`);
    for (const w of r.trafilatura.worst) {
      console.log(`  ${f(w.withFound)} ${f(w.withoutAbsent)}  ${w.path}`);
    }
  }
  for (const [name, x] of [
    ['readability', r.readability],
    ['trafilatura', r.trafilatura],
  ] as const) {
    if (x)
      console.log(
        `${r.tool} ${name}: slowest file ${x.timing.slowest} ${x.timing.maxMs.toFixed(0)} ms; corpus profile ${x.timing.profileMs.toFixed(0)} ms`,
      );
  }
}

if (values.json) {
  mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true });
  writeFileSync(
    values.json,
    `${JSON.stringify({ root, limit: values.limit ?? null, seconds, tools: reports }, null, 2)}\n`,
  );
  console.log(`\nfigures written to ${values.json}`);
}

if (values['write-floors']) {
  const floors = {
    note:
      `Measured ${new Date().toISOString().slice(0, 10)} on ${path.relative(process.cwd(), root) || root} ` +
      `by npm run bench:extract -- --pages ${values.pages ?? ''} --write-floors: shares less ` +
      `${FLOOR_MARGIN} (rounded down), page counts as measured. Raise them as extraction improves.`,
    floors: floorsFrom(reports),
  };
  writeFileSync(values['write-floors'], `${JSON.stringify(floors, null, 2)}\n`);
  console.log(`floors written to ${values['write-floors']}`);
}
