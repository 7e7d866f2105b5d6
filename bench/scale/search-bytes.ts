// What a reader's browser downloads to search a built archive.
// `npm run bench:search -- --site DIR [--base-path /] [--queries "election,oil prices"]
//   [--period all] [--from-disk]`
// (default site: the scale benchmark's tmp/bench-scale/<N>/run/dist for --articles N; default
// period: the one the search page searches unless the reader chooses, the newest part of a split
// index; --period all measures every part merged).
//
// Serves the site over localhost (src/serve.ts, no compression: Pagefind's index files are
// already gzipped) and drives Debian's Chromium: opens /search/, waits until the page is idle,
// then types each query in turn, the whole query at once (fill), and waits for the result count
// and for the network to settle; then opens the filters. Bytes are the on-the-wire sizes (body
// and headers) Chromium reports per request, the page's web workers included, grouped by phase:
// the page itself (which also loads Pagefind's WebAssembly and the index's page list), the first
// query, each later query, the filters. A reader's first search from a cold browser costs the
// page and the first query together: that sum is printed last.
//
// --from-disk opens the site from disk (file://) instead, as a reader of a portable site
// (--portable, src/site/portable.ts) does: Pagefind's files then come as their wrapper scripts,
// counted as the kind of file they wrap, and the bytes are the files' sizes on disk.

import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from '../../src/serve.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    articles: { type: 'string' },
    'base-path': { type: 'string', default: '/' },
    queries: { type: 'string', default: 'election,oil prices,football' },
    period: { type: 'string' },
    'from-disk': { type: 'boolean', default: false },
  },
});
const site =
  values.site ??
  path.join(import.meta.dirname, '../../tmp/bench-scale', values.articles ?? '1000', 'run/dist');
const basePath = values['base-path'] ?? '/';
const queries = (values.queries ?? '').split(',').map((q) => q.trim());
const fromDisk = values['from-disk'] === true;

interface Phase {
  phase: string;
  requests: number;
  bytes: number;
  /** Bytes per kind of file: pagefind index, fragment, meta, wasm, js, html, css. */
  byKind: Record<string, number>;
  results?: string;
  seconds: number;
}

function kindOf(url: string): string {
  // A portable site's wrapper of a Pagefind file counts as the file it wraps.
  const name = new URL(url).pathname.replace(/(\.pf_\w+|\.pagefind|\.json)\.js$/, '$1');
  // Pagefind's files, in the main bundle and in the parts of a split index.
  if (name.endsWith('.pf_index')) return 'index chunks';
  if (name.endsWith('.pf_fragment')) return 'fragments';
  if (name.endsWith('.pf_filter')) return 'filters';
  if (name.endsWith('.pf_meta')) return 'meta';
  if (name.includes('wasm')) return 'wasm';
  return path.extname(name).slice(1) || 'html';
}

const server = fromDisk ? null : await startServer({ root: site, port: 0, basePath });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const phases: Phase[] = [];
try {
  const page = await browser.newPage();
  let current: Phase = { phase: 'page', requests: 0, bytes: 0, byKind: {}, seconds: 0 };
  // Playwright reports the requests of the page's workers too (Pagefind fetches its index from
  // a web worker); sizes() are the bytes on the wire, headers included.
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    const phase = current;
    pending.push(
      (fromDisk
        ? Promise.resolve(statSync(fileURLToPath(request.url())).size)
        : request.sizes().then((sizes) => sizes.responseBodySize + sizes.responseHeadersSize)
      ).then((bytes) => {
        const kind = kindOf(request.url());
        phase.requests++;
        phase.bytes += bytes;
        phase.byKind[kind] = (phase.byKind[kind] ?? 0) + bytes;
      }),
    );
  });
  let started = performance.now();
  const address = server
    ? new URL('search/', server.url)
    : pathToFileURL(path.join(path.resolve(site), 'search/index.html'));
  if (values.period) address.searchParams.set('period', values.period);
  await page.goto(address.href, { waitUntil: 'networkidle' });
  current.seconds = (performance.now() - started) / 1000;
  phases.push(current);

  for (const [i, query] of queries.entries()) {
    current = {
      phase: i === 0 ? `first query "${query}"` : `next query "${query}"`,
      requests: 0,
      bytes: 0,
      byKind: {},
      seconds: 0,
    };
    started = performance.now();
    const input = page.locator('#search-input');
    await input.fill(query);
    await page
      .locator('#search-message', { hasText: /result/ })
      .filter({ hasText: query })
      .waitFor({ timeout: 120_000 });
    await page.locator('#search-results:not([aria-busy])').waitFor({ state: 'attached' });
    await page.waitForLoadState('networkidle');
    current.seconds = (performance.now() - started) / 1000;
    await Promise.all(pending);
    current.results = (await page.locator('#search-message').textContent()) ?? '';
    phases.push(current);
  }

  current = { phase: 'filters opened', requests: 0, bytes: 0, byKind: {}, seconds: 0 };
  started = performance.now();
  await page.locator('#search-filters summary').click();
  await page.locator('.search-filter-checkbox:visible').first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  current.seconds = (performance.now() - started) / 1000;
  await Promise.all(pending);
  phases.push(current);
} finally {
  await browser.close();
  await server?.close();
}

const kb = (n: number) => (n / 1024).toFixed(1);
console.log(
  `search downloads, ${site}${values.period ? `, period ${values.period}` : ''}` +
    (fromDisk ? ', from disk' : ''),
);
for (const p of phases) {
  console.log(
    `  ${p.phase.padEnd(32)} ${kb(p.bytes).padStart(8)} KB in ${String(p.requests).padStart(3)} ` +
      `requests, ${p.seconds.toFixed(2)} s${p.results ? `  (${p.results.trim()})` : ''}`,
  );
  const kinds = Object.entries(p.byKind).sort((a, b) => b[1] - a[1]);
  console.log(`      ${kinds.map(([k, n]) => `${k} ${kb(n)} KB`).join(', ')}`);
}
const cold = (phases[0]?.bytes ?? 0) + (phases[1]?.bytes ?? 0);
console.log(`  a first search from a cold browser (page + first query): ${kb(cold)} KB`);
console.log(
  JSON.stringify({ site, period: values.period ?? null, fromDisk, coldFirstSearch: cold, phases }),
);
