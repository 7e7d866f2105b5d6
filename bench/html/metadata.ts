// The measure of declared-metadata reading (src/html/metadata.ts) on Readability's test pages:
// each page's source.html is decoded (src/html/charset.ts), parsed and read, and its headline,
// byline and date are compared with Readability's expected-metadata.json by the same rules the
// text-dump measure uses (bench/extract/measure.ts: sameHeadline, sameByline, and a date right
// when it is the declared calendar day as written).
//
//   npm run bench:html [-- --root ../shared/corpora/web-pages] [--json]

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { declaredDay, sameByline, sameHeadline } from '../extract/measure.ts';
import { decodeHtml } from '../../src/html/charset.ts';
import { pageMetadata, parseHtml, type PageMetadata } from '../../src/html/metadata.ts';

interface Expected {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
}

interface PageResult {
  name: string;
  expected: Expected;
  got: PageMetadata;
  ms: number;
}

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: path.resolve('../shared/corpora/web-pages') },
    json: { type: 'boolean', default: false },
  },
});
const dir = path.join(values.root as string, 'readability');
if (!existsSync(dir)) {
  console.error(`bench:html: no Readability pages at ${dir} (pass --root <web-pages folder>)`);
  process.exit(1);
}

const nonEmpty = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'source.html')))
  .map((e) => e.name)
  .sort();

// One untimed page first: the first parse pays for loading and compiling the parser.
if (cases[0])
  pageMetadata(parseHtml(decodeHtml(readFileSync(path.join(dir, cases[0], 'source.html'))).text));

const results: PageResult[] = cases.map((name) => {
  const raw = JSON.parse(
    readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8'),
  ) as Record<string, unknown>;
  const bytes = readFileSync(path.join(dir, name, 'source.html'));
  const t0 = performance.now();
  const got = pageMetadata(parseHtml(decodeHtml(bytes).text));
  const ms = performance.now() - t0;
  return {
    name,
    expected: {
      title: nonEmpty(raw.title),
      byline: nonEmpty(raw.byline),
      publishedTime: nonEmpty(raw.publishedTime),
    },
    got,
    ms,
  };
});

const failures: string[] = [];
const dated: string[] = [];
const tally = {
  pages: results.length,
  headline: { pages: 0, right: 0 },
  byline: { pages: 0, right: 0, found: 0 },
  date: { declared: 0, found: 0, right: 0, wrong: 0, coarser: 0, undeclared: 0, datedAnyway: 0 },
};
for (const r of results) {
  const { expected: e, got } = r;
  if (e.title) {
    tally.headline.pages++;
    if (sameHeadline(e.title, got.headline?.value ?? null)) tally.headline.right++;
    else
      failures.push(
        `${r.name}: headline ${JSON.stringify(got.headline?.value ?? null)} (${got.headline?.from ?? '-'}), expected ${JSON.stringify(e.title)}`,
      );
  }
  if (e.byline) {
    tally.byline.pages++;
    if (got.byline) tally.byline.found++;
    if (sameByline(e.byline, got.byline)) tally.byline.right++;
    else
      failures.push(
        `${r.name}: byline ${JSON.stringify(got.byline)} (${got.authors?.from ?? '-'}), expected ${JSON.stringify(e.byline)}`,
      );
  }
  // The date rule of bench/extract/measure/readability-scores.ts's scoreReadability: the declared day as written.
  const day = declaredDay(e.publishedTime);
  const gotDay = got.date?.value ?? null;
  if (day) {
    tally.date.declared++;
    if (gotDay) {
      tally.date.found++;
      if (gotDay === day) tally.date.right++;
      else {
        tally.date.wrong++;
        if (day.startsWith(gotDay)) tally.date.coarser++;
      }
    }
    if (gotDay !== day)
      failures.push(
        `${r.name}: date ${gotDay ?? 'none'} (${got.date?.from ?? '-'}), expected ${day}`,
      );
  } else {
    tally.date.undeclared++;
    if (gotDay) {
      tally.date.datedAnyway++;
      // Not counted wrong: Readability reads fewer declarations than the page makes.
      dated.push(`${r.name}: ${got.date?.declared} (${got.date?.from})`);
    }
  }
}

const ms = results.map((r) => r.ms).sort((a, b) => a - b);
const median = ms.length ? (ms[Math.floor((ms.length - 1) / 2)] as number) : 0;
const share = (a: number, b: number) => (b ? (a / b).toFixed(3) : '-');
if (values.json) {
  console.log(JSON.stringify({ ...tally, medianMs: median, dated, failures }, null, 2));
} else {
  console.log(`Readability's pages: ${tally.pages} source.html files under ${dir}`);
  console.log(
    `headline  ${tally.headline.right}/${tally.headline.pages} right (${share(tally.headline.right, tally.headline.pages)})`,
  );
  console.log(
    `byline    ${tally.byline.right}/${tally.byline.pages} right (${share(tally.byline.right, tally.byline.pages)}), ${tally.byline.found} found`,
  );
  console.log(
    `date      ${tally.date.right}/${tally.date.declared} right (${share(tally.date.right, tally.date.declared)}), ` +
      `${tally.date.found} found, ${tally.date.wrong} wrong (${tally.date.coarser} coarser); ` +
      `${tally.date.datedAnyway} of ${tally.date.undeclared} undeclared pages given a date`,
  );
  console.log(
    `time      decode+parse+metadata median ${median.toFixed(2)} ms a page, max ${(ms.at(-1) ?? 0).toFixed(1)} ms`,
  );
  console.log(`\ndated where expected-metadata.json has no publishedTime (${dated.length}):`);
  for (const d of dated) console.log(`  ${d}`);
  console.log(`\nfailures (${failures.length}):`);
  for (const f of failures) console.log(`  ${f}`);
}
