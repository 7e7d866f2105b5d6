// Copies the committed sample of saved pages that test/quality/html-gate.test.ts measures
// (test/web-pages/html, see test/web-pages/README.md) out of the full corpora, by fixed rules so
// that running it again gives the same files:
//
// - Readability: the cases whose source.html, expected.html and expected-metadata.json weigh at
//   most 40 KB together (mostly Readability's feature tests: small pages of every shape), the
//   signed and dated cases (byline and publishedTime declared: news-like, where the byline and
//   date figures come from) of at most 100 KB, and the cases named in READ_BY_TESTS. All of
//   them, by name: 49 cases, 0.94 MB (59 cases, 2.0 MB with caps of 100 and 200 KB until stop 47).
// - trafilatura: the pages of the text sample (test/web-pages/trafilatura/evaldata.json, 30
//   pages chosen by bench/extract/sample.ts) whose saved HTML weighs at most 48 KB: 12 pages;
//   evaldata.json trimmed to them (17 pages at most 64 KB until stop 47).
// The caps keep the sample small (all of the text sample's pages as HTML weigh 6.8 MB; the
// committed test data is held to a few MB in all).
//
//   npx tsx bench/extract/html-sample.ts [--corpora ../shared/corpora] [--out test/web-pages/html]

import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import type { EvalEntry } from './measure.ts';
import { sampleFolders } from './sample.ts';

const READABILITY_FILES = ['source.html', 'expected.html', 'expected-metadata.json'];
const SMALL_CASE_BYTES = 40_000;
const NEWS_CASE_BYTES = 100_000;
const TRAFILATURA_PAGE_BYTES = 48_000;
/**
 * Cases kept whatever they weigh: the pages the HTML input's tests read from here, their one copy
 * (medium-1, videos-2: test/integration/html-input.test.ts, warc-input.test.ts,
 * test/unit/html-metadata.test.ts, warc-records.test.ts), and the pages a rule's floor note names
 * (ehow-1: a headline ending in the declared site's name; ebb-org: the printed <h1> over the
 * <title>; bench/extract/html-floors.json).
 */
const READ_BY_TESTS = new Set(['ebb-org', 'ehow-1', 'medium-1', 'videos-2']);

const { from, out } = sampleFolders('test/web-pages/html');
rmSync(out, { recursive: true, force: true });

const caseDir = (name: string) => path.join(from, 'readability', name);
const cases = readdirSync(path.join(from, 'readability'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .filter((name) =>
    READABILITY_FILES.every((f) =>
      statSync(path.join(caseDir(name), f), { throwIfNoEntry: false }),
    ),
  )
  .sort()
  .filter((name) => {
    const bytes = READABILITY_FILES.reduce(
      (sum, f) => sum + statSync(path.join(caseDir(name), f)).size,
      0,
    );
    const meta = JSON.parse(
      readFileSync(path.join(caseDir(name), 'expected-metadata.json'), 'utf8'),
    ) as Record<string, unknown>;
    const news = Boolean(meta.byline) && Boolean(meta.publishedTime);
    return (
      bytes <= SMALL_CASE_BYTES || (news && bytes <= NEWS_CASE_BYTES) || READ_BY_TESTS.has(name)
    );
  });
for (const name of cases) {
  mkdirSync(path.join(out, 'readability', name), { recursive: true });
  for (const f of READABILITY_FILES)
    copyFileSync(path.join(caseDir(name), f), path.join(out, 'readability', name, f));
}
copyFileSync(path.join(from, 'readability/LICENSE.md'), path.join(out, 'readability/LICENSE.md'));

const textSample = JSON.parse(
  readFileSync(
    path.join(import.meta.dirname, '../../test/web-pages/trafilatura/evaldata.json'),
    'utf8',
  ),
) as Record<string, EvalEntry>;
const kept: Record<string, EvalEntry> = {};
mkdirSync(path.join(out, 'trafilatura/html'), { recursive: true });
for (const [key, entry] of Object.entries(textSample).sort(([a], [b]) =>
  a < b ? -1 : a > b ? 1 : 0,
)) {
  const source = path.join(from, 'trafilatura/html', entry.file);
  const size = statSync(source, { throwIfNoEntry: false })?.size;
  if (size === undefined || size > TRAFILATURA_PAGE_BYTES) continue;
  copyFileSync(source, path.join(out, 'trafilatura/html', entry.file));
  kept[key] = entry;
}
writeFileSync(path.join(out, 'trafilatura/evaldata.json'), `${JSON.stringify(kept, null, 2)}\n`);
copyFileSync(path.join(from, 'trafilatura/LICENSE'), path.join(out, 'trafilatura/LICENSE'));
console.log(
  `${cases.length} Readability cases, ${Object.keys(kept).length} trafilatura pages in ${out}`,
);
