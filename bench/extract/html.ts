// Article extraction from the pages themselves (HTML input, issue 22): normalize is run on each
// page's saved HTML as a build reads an .html file (readInputFile: the encoding found as a
// browser finds it; then the HTML front end and DOM classifier), and scored by the same measure
// as the text dumps (bench/extract/measure.ts: the ScrapingHub body measure, headline, byline
// and date on Readability's 130 pages; must/must-not snippets on trafilatura's pages).
//
//   npm run bench:extract:html -- [--corpora ../shared/corpora] [--limit N] [--worst N] [--no-peer]
//   npm run bench:extract:html -- --pages test/web-pages/html [--write-floors bench/extract/html-floors.json]
//   npm run bench:extract:html -- --headlines   (every headline, byline and date missed)
//   npm run bench:extract:html -- --dates       (trafilatura's dates missed or wrong, with
//                                                every date each page declares)
//   npm run bench:extract:html -- --kept        (every must-not snippet of trafilatura's pages
//                                                the body keeps, with the element it stands in)
//   npm run bench:extract:html -- --short 20  (every page whose body is under 20 words, beside
//                                               its w3m dump's words)
//   npm run bench:extract:html -- --news   (each figure over the news pages only beside all
//                                           pages, ours and the peer's; with --headlines,
//                                           --dates, --kept: list the news pages' only)
//   npm run bench:extract:html -- --build [--rounds 3]   (issue 22's speed figure: the real
//                                                build of the pages beside Readability's wall)
//
// On trafilatura's pages the headline, byline and date evaldata.json declares are scored too
// (bench/extract/declared.ts), beside each of the page's own title declarations scored alone;
// dates also against the days judged where the page declares another (judged-dates.ts).
//
// --pages measures a web-pages folder of that layout instead (the committed sample the gate,
// test/quality/html-gate.test.ts, measures); --write-floors pins its figures as the gate's floors.
// A page over the build's default --max-file-size (1 MB) is rejected as a build rejects it and
// counts as extracting nothing (5 of Readability's 130 pages, 6 of trafilatura's).
//
// The same run then measures the peer, Mozilla Readability on linkedom (bench/extract/peer.ts),
// on the same pages by the same scores, and prints both side by side with wall time per page;
// --no-peer skips it.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptions } from '../../src/options.ts';
import { sizeLimit } from '../../src/size-limit.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { scoreDeclared, TITLE_SOURCES, worstHeadlines, type DeclaredMiss } from './declared.ts';
import {
  htmlFloorsFrom,
  measureHtml,
  readabilityHtmlPages,
  trafilaturaHtmlPages,
} from './html-pages.ts';
import { dateEvidence } from './date-evidence.ts';
import { judgedKinds } from './judged-dates.ts';
import {
  declaredDateMisses,
  dumpText,
  extract,
  keep,
  metadataMisses,
  type Extraction,
  type Page,
} from './measure.ts';
import { newsTable } from './html-news.ts';
import { newsFilter } from './news.ts';
import { buildBesideReadability } from './html-build.ts';
import { keptSnippets } from './kept-snippets.ts';
import { shortPages } from './html-short.ts';
import { measurePeer } from './peer.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    pages: { type: 'string' },
    'write-floors': { type: 'string' },
    limit: { type: 'string' },
    worst: { type: 'string', default: '10' },
    'no-peer': { type: 'boolean', default: false },
    // Issue 22's speed figure: Readability's wall over every page against the real build of the
    // same pages, side by side, --rounds times (bench/extract/html-build.ts).
    build: { type: 'boolean', default: false },
    rounds: { type: 'string', default: '3' },
    // List every Readability page whose headline, byline or date is missed: expected, ours, and
    // how the page's text prints the expected title (a line, wrapped, with a site's name, no);
    // then every trafilatura page's, with the page's own title declarations.
    headlines: { type: 'boolean', default: false },
    // List every trafilatura page whose date is missed or wrong: expected, ours and where ours
    // was read, whether the page's text prints each day, and every date the page declares
    // (bench/extract/date-evidence.ts); then the pages whose reference is judged
    // (trafilatura-judged-dates.json) and how they fare.
    dates: { type: 'boolean', default: false },
    // List every must-not snippet of trafilatura's pages the body keeps, with the path of the
    // element the page prints it in (the block of the HTML front end that holds it), to sort
    // the body's chrome by what holds it (stop 57).
    kept: { type: 'boolean', default: false },
    // Score (and list) the news articles only, decided from each page's own HTML
    // (bench/extract/news.ts, as bench:extract --news): the held-out yardstick is news pages.
    // The pages are still extracted with their whole corpus, so a page scores as in a full run.
    news: { type: 'boolean', default: false },
    // List every page whose body is under N words beside its w3m dump's words (and the
    // reference's), the most lost first (bench/extract/html-short.ts, stop 66).
    short: { type: 'string' },
  },
});

const root = values.pages ?? path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');
const limit = values.limit ? Number(values.limit) : Infinity;
const only = values.news ? newsFilter(root) : undefined;
/** Normalizes the pages (the whole corpus: one profile), then keeps the news ones with --news. */
const run = (pages: Page[]): Extraction[] => keep(extract(pages), only).extractions;

/** A trafilatura page's miss: expected | ours, then the page's own title declarations. */
function printMiss(m: DeclaredMiss): void {
  const name = m.path.split('/').at(-1) ?? m.path;
  console.log(`    ${name}  ${JSON.stringify(m.expected)} | ${JSON.stringify(m.got)}`);
  for (const [source, value] of Object.entries(m.sources ?? {})) {
    console.log(`      ${source.padEnd(17)} ${JSON.stringify(value.slice(0, 160))}`);
  }
}

if (values.build) {
  await buildBesideReadability(root, { limit, rounds: Number(values.rounds) });
  process.exit(0);
}

if (values.short) {
  const extractions = [
    ...run(readabilityHtmlPages(root, limit)),
    ...run(trafilaturaHtmlPages(root, limit)),
  ];
  const rows = shortPages(root, extractions, Number(values.short));
  console.log(
    `${rows.length} pages whose body is under ${values.short} words (body | w3m | reference)`,
  );
  for (const r of rows) {
    const why = r.rejected ? `  (rejected: ${r.rejected})` : '';
    console.log(`  ${r.body} | ${r.w3m ?? '-'} | ${r.reference ?? '-'}  ${r.path}${why}`);
  }
  process.exit(0);
}

if (values.kept) {
  const extractions = run(trafilaturaHtmlPages(root, limit));
  const rows = keptSnippets(extractions);
  const pages = new Set(rows.map((r) => r.path)).size;
  console.log(`${rows.length} must-not snippets kept in the body, on ${pages} pages`);
  for (const r of rows) {
    console.log(
      `  ${r.path.split('/').at(-1)}\n    ${JSON.stringify(r.snippet)}\n    ${r.element}`,
    );
  }
  process.exit(0);
}

if (values.headlines) {
  const extractions = run(readabilityHtmlPages(root, limit));
  const rows = metadataMisses(extractions);
  for (const field of ['headline', 'byline', 'date'] as const) {
    const misses = rows.filter((r) => r.field === field);
    console.log(`\n${misses.length} ${field}s missed (expected | ours | printed)`);
    for (const r of misses) {
      const name = r.path.split('/')[1] ?? r.path;
      console.log(
        `  ${name.padEnd(34)} ${r.printed.padEnd(9)} ${JSON.stringify(r.expected)} | ${JSON.stringify(r.got)}`,
      );
    }
  }
  const traf = run(trafilaturaHtmlPages(root, limit));
  const declared = scoreDeclared(traf);
  for (const field of ['headline', 'byline', 'date'] as const) {
    const misses = declared.misses.filter((m) => m.field === field);
    console.log(`\ntrafilatura: ${misses.length} ${field}s missed (expected | ours | declared)`);
    for (const m of misses) printMiss(m);
  }
  process.exit(0);
}

if (values.dates) {
  const extractions = run(trafilaturaHtmlPages(root, limit));
  const misses = declaredDateMisses(extractions);
  console.log(
    `trafilatura: ${misses.length} dates missed or wrong (expected printed? | ours printed? | read from)`,
  );
  for (const m of misses) {
    const e = extractions.find((x) => x.page.path === m.path);
    const evidence = dateEvidence(e ? dumpText(e) : '');
    const shown = (day: string) => (evidence.prints(day) ? 'printed' : 'not printed');
    const ours = m.got === null ? '-' : `${m.got} ${shown(m.got)}`;
    console.log(
      `\n  ${m.path.split('/').at(-1)}  ${m.expected} ${shown(m.expected)} | ${ours} | ${JSON.stringify(m.from?.slice(0, 100) ?? null)}`,
    );
    for (const d of evidence.declared.slice(0, 12)) console.log(`      ${d}`);
  }
  process.exit(0);
}

const f = (x: number) => x.toFixed(3);
const started = performance.now();
const report = measureHtml(root, { limit, worst: Number(values.worst), only });
const rs = report.readability;
const rt = rs.timing;
console.log(`extraction from HTML pages, ${root}`);
console.log(
  `\nReadability pages (${rs.pages}; over ${sizeLimit('html', defaultOptions.maxFileSize) / 1e6} MB, not read: ${rs.over.length})`,
);
console.log(
  `body F1 ${f(rs.f1)} P ${f(rs.precision)} R ${f(rs.recall)} (whole page as text: F1 ${f(rs.baseline.f1)}); empty ${rs.empty}`,
);
console.log(
  `news-like pages (${rs.newsLike.pages}): F1 ${f(rs.newsLike.f1)} P ${f(rs.newsLike.precision)} R ${f(rs.newsLike.recall)}`,
);
console.log(
  `headline ${rs.headline.right}/${rs.headline.pages} (${f(rs.headline.accuracy)}), byline ${rs.byline.right}/${rs.byline.pages} (${f(rs.byline.accuracy)})`,
);
const j = rs.judged;
console.log(
  `  against the references as judged (bench/extract/readability-judged.json, ${j.judged} judged): headline ${j.headline.right}/${j.headline.pages}, byline ${j.byline.right}/${j.byline.pages}`,
);
const d = rs.date;
console.log(
  `date found ${d.found}/${d.declared}, wrong ${d.wrong} (coarser ${d.coarser}); undeclared pages dated anyway ${d.datedAnyway}/${d.undeclared}`,
);
console.log(
  `normalize ms/page: median ${rt.medianMs.toFixed(1)}, p95 ${rt.p95Ms.toFixed(1)}, max ${rt.maxMs.toFixed(0)} (${rt.slowest})`,
);
console.log('worst pages (F1 P R):');
for (const w of rs.worst) console.log(`  ${f(w.f1)} ${f(w.precision)} ${f(w.recall)}  ${w.path}`);

const ts = report.trafilatura;
const e = ts.extracted;
console.log(
  `\ntrafilatura pages (${ts.pages}; ${ts.snippets.with} with / ${ts.snippets.without} without snippets; not read: ${ts.over.length})`,
);
console.log(
  `with found ${f(e.withFound)}, without absent ${f(e.withoutAbsent)}, mean ${f(e.mean)}; snippet P ${f(e.precision)} R ${f(e.recall)} F1 ${f(e.f1)}; empty ${ts.empty}`,
);
const td = ts.declared;
console.log(
  `declared metadata (evaldata.json): headline ${td.headline.right}/${td.headline.pages} (${f(td.headline.accuracy)}), byline ${td.byline.right}/${td.byline.pages} (${f(td.byline.accuracy)}), date found ${td.date.found}/${td.date.declared}, wrong ${td.date.wrong}`,
);
console.log(
  `  headline as judged (bench/extract/trafilatura-judged-headlines.json, ${td.headline.judged} judged): ${td.headline.rightJudged}/${td.headline.pages}`,
);
console.log(
  `  bylines as judged (bench/extract/trafilatura-judged-bylines.json, ${td.bylineJudged.judged} judged): ${td.bylineJudged.right}/${td.bylineJudged.pages} (as declared: ${td.byline.right}/${td.byline.pages})`,
);
console.log(
  `  dates as judged (bench/extract/trafilatura-judged-dates.json, ${td.date.judged} judged; by kind: ${judgedKinds()}): found ${td.date.found}/${td.date.declared}, wrong ${td.date.wrongJudged} (as declared: wrong ${td.date.wrong})`,
);
console.log(
  `  each title declaration alone, right / pages declaring it: ${TITLE_SOURCES.map((s) => `${s} ${td.sources[s].right}/${td.sources[s].declared}`).join(', ')}`,
);
console.log('  worst headline misses (a declaration right first): expected | ours | declared');
for (const m of worstHeadlines(td.misses, Number(values.worst))) printMiss(m);
console.log(
  `normalize ms/page: median ${ts.timing.medianMs.toFixed(1)}, p95 ${ts.timing.p95Ms.toFixed(1)}, max ${ts.timing.maxMs.toFixed(0)}`,
);
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);

let peerReport: ReturnType<typeof measurePeer> | undefined;
if (!values['no-peer']) {
  const peerStarted = performance.now();
  const peer = measurePeer(root, { limit, worst: Number(values.worst), only });
  const pr = peer.readability;
  const pt = peer.trafilatura;
  const ms = (w: { medianMs: number; meanMs: number }) =>
    `${w.medianMs.toFixed(1)} / ${w.meanMs.toFixed(1)}`;
  const rows: [string, string, string][] = [
    ['', 'ours', 'Readability'],
    [`Readability pages (${rs.pages})`, '', ''],
    ['body F1', f(rs.f1), f(pr.f1)],
    ['body P', f(rs.precision), f(pr.precision)],
    ['body R', f(rs.recall), f(pr.recall)],
    [`news-like F1 (${rs.newsLike.pages})`, f(rs.newsLike.f1), f(pr.newsLike.f1)],
    ['empty', `${rs.empty}`, `${pr.empty}`],
    [`headline right /${rs.headline.pages}`, `${rs.headline.right}`, `${pr.headline.right}`],
    [`byline right /${rs.byline.pages}`, `${rs.byline.right}`, `${pr.byline.right}`],
    [
      `headline right, judged /${rs.judged.headline.pages}`,
      `${rs.judged.headline.right}`,
      `${pr.judged.headline.right}`,
    ],
    [
      `byline right, judged /${rs.judged.byline.pages}`,
      `${rs.judged.byline.right}`,
      `${pr.judged.byline.right}`,
    ],
    [`date found /${d.declared}`, `${d.found}`, `${pr.date.found}`],
    ['date wrong', `${d.wrong}`, `${pr.date.wrong}`],
    [`undeclared dated /${d.undeclared}`, `${d.datedAnyway}`, `${pr.date.datedAnyway}`],
    ['wall ms/page median / mean', ms(rs.wall), ms(pr.wall)],
    [`trafilatura pages (${ts.pages})`, '', ''],
    ['with found', f(e.withFound), f(pt.extracted.withFound)],
    ['without absent', f(e.withoutAbsent), f(pt.extracted.withoutAbsent)],
    ['snippet mean', f(e.mean), f(pt.extracted.mean)],
    ['snippet P', f(e.precision), f(pt.extracted.precision)],
    ['snippet R', f(e.recall), f(pt.extracted.recall)],
    ['snippet F1', f(e.f1), f(pt.extracted.f1)],
    ['empty', `${ts.empty}`, `${pt.empty}`],
    ['wall ms/page median / mean', ms(ts.wall), ms(pt.wall)],
  ];
  console.log(
    '\nside by side: ours | Mozilla Readability 0.6.0 on linkedom (same pages, same scores)',
  );
  console.log(
    '(wall: ours = decode + normalize, pages read; Readability = decode + linkedom parse + parse(), all pages)',
  );
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(4, ...rows.map((r) => r[1].length));
  for (const [label, ours, theirs] of rows) {
    console.log(
      ours || theirs ? `  ${label.padEnd(w0)}  ${ours.padStart(w1)}  ${theirs}` : `${label}`,
    );
  }
  const failed = [...pr.failed, ...pt.failed];
  if (failed.length) {
    console.log(`Readability found nothing on ${failed.length} pages:`);
    for (const x of failed.slice(0, Number(values.worst))) console.log(`  ${x.path}: ${x.reason}`);
  }
  console.log(`\npeer ${((performance.now() - peerStarted) / 1000).toFixed(1)} s`);
  peerReport = peer;
}

if (report.subset) {
  const news = report.subset;
  const peerNews = peerReport?.subset;
  console.log(
    `\nnews pages only (bench/extract/news.ts: the page's HTML declares a dated news article): Readability ${news.readability.pages} of ${rs.pages}, trafilatura ${news.trafilatura.pages} of ${ts.pages}`,
  );
  const peerPair = peerReport && peerNews ? { all: peerReport, news: peerNews } : undefined;
  for (const line of newsTable({ all: report, news }, peerPair)) console.log(`  ${line}`);
  console.log('worst news pages, Readability (F1 P R):');
  for (const w of news.readability.worst) {
    console.log(`  ${f(w.f1)} ${f(w.precision)} ${f(w.recall)}  ${w.path}`);
  }
  console.log('worst news pages, trafilatura (with found, without absent):');
  for (const w of news.trafilatura.worst) {
    console.log(`  ${f(w.withFound)} ${f(w.withoutAbsent)}  ${w.path}`);
  }
  console.log('worst news headline misses: expected | ours | declared');
  for (const m of worstHeadlines(news.trafilatura.declared.misses, Number(values.worst))) {
    printMiss(m);
  }
}

if (values['write-floors']) {
  const note =
    `Measured ${new Date().toISOString().slice(0, 10)} on ${values.pages ?? root} by ` +
    'npm run bench:extract:html -- --pages test/web-pages/html --write-floors: shares less 0.01 ' +
    '(rounded down), page counts as measured, wrong dates as a ceiling. Raise them as extraction ' +
    'improves; lower them only for a new sample, never to let a regression through.';
  const floors = htmlFloorsFrom(report);
  writeFileSync(values['write-floors'], `${JSON.stringify({ note, floors }, null, 2)}\n`);
  console.log(`floors written to ${values['write-floors']}`);
}
