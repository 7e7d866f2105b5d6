// Article extraction from the pages themselves (HTML input, issue 22): normalize is run on each
// page's saved HTML as a build reads an .html file (readInputFile: the encoding found as a
// browser finds it; then the HTML front end and DOM classifier), and scored by the same measure
// as the text dumps (bench/extract/measure.ts: the ScrapingHub body measure, headline, byline
// and date on Readability's 130 pages; must/must-not snippets on trafilatura's pages).
//
//   npm run bench:extract:html -- [--corpora ../shared/corpora] [--limit N] [--worst N]
//
// A page over the build's default --max-file-size (1 MB) is rejected as a build rejects it and
// counts as extracting nothing (5 of Readability's 130 pages, 5 of trafilatura's).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptions } from '../../src/options.ts';
import { requireCorpora } from '../shared/corpora.ts';
import {
  extract,
  htmlText,
  scoreReadability,
  scoreTrafilatura,
  timing,
  type EvalEntry,
  type Page,
} from './measure.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    limit: { type: 'string' },
    worst: { type: 'string', default: '10' },
  },
});

const root = path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');
const limit = values.limit ? Number(values.limit) : Infinity;
const worst = Number(values.worst);

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** Readability's test pages: source.html, scored against expected.html and its metadata. */
function readabilityHtmlPages(): Page[] {
  const dir = path.join(root, 'readability');
  const cases = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'source.html')))
    .map((e) => e.name)
    .sort()
    .slice(0, limit);
  return cases.map((name) => {
    const meta = JSON.parse(
      readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8'),
    ) as Record<string, unknown>;
    return {
      corpus: 'readability',
      name,
      path: `readability/${name}/source.html`,
      bytes: readFileSync(path.join(dir, name, 'source.html')),
      reference: htmlText(readFileSync(path.join(dir, name, 'expected.html'), 'utf8')),
      meta: {
        title: str(meta.title),
        byline: str(meta.byline),
        publishedTime: str(meta.publishedTime),
      },
    };
  });
}

/** trafilatura's evaluation pages (trafilatura/html/<file>) with their snippets. */
function trafilaturaHtmlPages(): Page[] {
  const dir = path.join(root, 'trafilatura');
  const entries = Object.values(
    JSON.parse(readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalEntry>,
  )
    .filter((e) => existsSync(path.join(dir, 'html', e.file)))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .slice(0, limit);
  return entries.map((e) => ({
    corpus: 'trafilatura',
    name: e.file,
    path: `trafilatura/html/${e.file}`,
    bytes: readFileSync(path.join(dir, 'html', e.file)),
    with: e.with ?? [],
    without: e.without ?? [],
  }));
}

/** extract() as a build reads: pages over the default --max-file-size are rejected unread. */
function extractAll(pages: Page[]) {
  const over = pages.filter((p) => p.bytes.length > defaultOptions.maxFileSize).map((p) => p.name);
  return { ...extract(pages), over };
}

const f = (x: number) => x.toFixed(3);
const started = performance.now();

const r = extractAll(readabilityHtmlPages());
const rs = scoreReadability(r.extractions, worst);
const rt = timing(r.extractions, r.profileMs);
console.log(`extraction from HTML pages, ${root}`);
console.log(
  `\nReadability pages (${rs.pages}; over ${defaultOptions.maxFileSize / 1e6} MB, not read: ${r.over.length})`,
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
const d = rs.date;
console.log(
  `date found ${d.found}/${d.declared}, wrong ${d.wrong} (coarser ${d.coarser}); undeclared pages dated anyway ${d.datedAnyway}/${d.undeclared}`,
);
console.log(
  `normalize ms/page: median ${rt.medianMs.toFixed(1)}, p95 ${rt.p95Ms.toFixed(1)}, max ${rt.maxMs.toFixed(0)} (${rt.slowest})`,
);
console.log('worst pages (F1 P R):');
for (const w of rs.worst) console.log(`  ${f(w.f1)} ${f(w.precision)} ${f(w.recall)}  ${w.path}`);

const t = extractAll(trafilaturaHtmlPages());
const ts = scoreTrafilatura(t.extractions, worst);
const tt = timing(t.extractions, t.profileMs);
const e = ts.extracted;
console.log(
  `\ntrafilatura pages (${ts.pages}; ${ts.snippets.with} with / ${ts.snippets.without} without snippets; not read: ${t.over.length})`,
);
console.log(
  `with found ${f(e.withFound)}, without absent ${f(e.withoutAbsent)}, mean ${f(e.mean)}; snippet P ${f(e.precision)} R ${f(e.recall)} F1 ${f(e.f1)}; empty ${ts.empty}`,
);
console.log(
  `normalize ms/page: median ${tt.medianMs.toFixed(1)}, p95 ${tt.p95Ms.toFixed(1)}, max ${tt.maxMs.toFixed(0)}`,
);
console.log(`\n${((performance.now() - started) / 1000).toFixed(1)} s`);
