// Article-extraction gate for saved web pages (HTML input, issue 22): normalize is run on the
// committed sample of pages (test/web-pages/html: 49 of Readability's test pages with their
// expected article and metadata, 12 of trafilatura's evaluation pages with their snippets; see
// test/web-pages/README.md) and measured as `npm run bench:extract:html` measures the full
// corpora (the same code, bench/extract/html-pages.ts). The build fails when a figure falls below
// its floor in bench/extract/html-floors.json.
//
// The floors are a non-regression line, not the targets: the sample's measured shares
// less 0.01, its page counts as measured, as taken on 2026-12-02 (body F1 0.960 P 0.985
// R 0.936, headlines 54/56, bylines 16/19, dates 10/10 with none wrong; trafilatura with-found
// 0.944, without-absent 0.902), raised the same day after the articleBody/role=article and
// javascript: link rules (body F1 0.969 P 0.987 R 0.951), and on 2026-12-03 after the teaser,
// empty-section and article-header rules (body F1 0.970 P 0.989 R 0.952, trafilatura
// without-absent 0.922); headlines and bylines against the references as judged
// (bench/extract/readability-judged.json) pinned 2026-12-03 at 56/56 and 18/18, so that a
// headline ending in its declared site's name again (ehow-1) fails the gate even where
// Readability's own reference keeps the name; the headline, byline and date trafilatura's
// evaldata.json declares for its sample pages pinned 2026-12-03 at 13/17, 3/9 and 9/13 found with
// none wrong (bench/extract/declared.ts), the bylines raised the same day to 6 of 9 (7 measured)
// after the byline-element and lead-in rules, the dates found to 10 of 13 (11 measured) after the
// date round (a WebPage's datePublished, printed <time>, date-marked elements). Stop 47 cut the
// sample to a few hundred KB less (59 -> 49 Readability cases, 17 -> 12 trafilatura pages) and
// took every floor again from it (the figures before and after are in html-floors.json's note).
// Raise them as extraction improves:
//   npm run bench:extract:html -- --pages test/web-pages/html --write-floors bench/extract/html-floors.json
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { htmlBelowFloors, measureHtml, type HtmlFloors } from '../../bench/extract/html-pages.ts';

const sample = path.join(import.meta.dirname, '../web-pages/html');
const { floors } = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../bench/extract/html-floors.json'), 'utf8'),
) as { floors: HtmlFloors };

test('article extraction from saved pages stays above the pinned floors', () => {
  const report = measureHtml(sample);
  assert.ok(report.readability.pages >= 45, 'Readability sample missing');
  assert.ok(report.trafilatura.pages >= 10, 'trafilatura sample missing');
  const misses = htmlBelowFloors(report, floors);
  assert.deepEqual(
    misses,
    [],
    `below the floors in bench/extract/html-floors.json (npm run bench:extract:html -- --pages test/web-pages/html):\n${misses.join('\n')}`,
  );
});
