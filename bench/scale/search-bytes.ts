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
// page and the first query together: that sum is printed last. Seconds: the page's until its
// load event; a query's from typing it to its first results shown, which includes the 300 ms
// Pagefind's debouncedSearch waits for more typing (search.js); the filters' until they show.
//
// --from-disk opens the site from disk (file://) instead, as a reader of a portable site
// (--portable, src/site/portable.ts) does: Pagefind's files then come as their wrapper scripts,
// counted as the kind of file they wrap, and the bytes are the files' sizes on disk.
//
// --portable [--runs 5] compares a portable build with the plain build of the same input:
//   - the bytes and files of each site, and of its search folder (pagefind/), and what the
//     portable build adds;
//   - the seconds to open the search page, to answer the first query and each later one, from
//     disk (file://) and over http (the same portable folder served, which uses Pagefind's own
//     module and worker), each run in a fresh browser context (no cache), medians of the runs.
// The plain site is --site (default the scale benchmark's run/dist), the portable one
// --portable-site (default tmp/bench-scale/<N>/portable/dist), which is built when missing, with
// --portable, from the scale benchmark's input for N (tmp/bench-scale/<N>/seed-1/input): run
// `npm run bench -- --articles N --skip-baseline` first.

import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/helpers/browser.ts';
import { startServer } from '../../src/serve.ts';
import { WRAPPER_SUFFIX } from '../../src/site/portable.ts';
import { buildCommand } from './run.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    articles: { type: 'string' },
    'base-path': { type: 'string', default: '/' },
    queries: { type: 'string', default: 'election,oil prices,football' },
    period: { type: 'string' },
    'from-disk': { type: 'boolean', default: false },
    portable: { type: 'boolean', default: false },
    'portable-site': { type: 'string' },
    runs: { type: 'string', default: '5' },
  },
});
const REPO_ROOT = path.join(import.meta.dirname, '../..');
const scaleDir = path.join(REPO_ROOT, 'tmp/bench-scale', values.articles ?? '1000');
const site = values.site ?? path.join(scaleDir, 'run/dist');
const basePath = values['base-path'] ?? '/';
const queries = (values.queries ?? '').split(',').map((q) => q.trim());

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

/**
 * One reader's session on the search page of `root`, in a fresh browser context: the page, each
 * query in turn, the filters opened (see the top comment). Served over http unless `fromDisk`.
 */
async function searchSession(browser: Browser, root: string, fromDisk: boolean): Promise<Phase[]> {
  const server = fromDisk ? null : await startServer({ root, port: 0, basePath });
  const context = await browser.newContext();
  const phases: Phase[] = [];
  try {
    const page = await context.newPage();
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
      : pathToFileURL(path.join(path.resolve(root), 'search/index.html'));
    if (values.period) address.searchParams.set('period', values.period);
    await page.goto(address.href, { waitUntil: 'load' });
    current.seconds = (performance.now() - started) / 1000;
    // Pagefind's WebAssembly and page list load after the page (search.js); a query waits for
    // them to be in.
    await page.waitForLoadState('networkidle');
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
      current.seconds = (performance.now() - started) / 1000;
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      current.results = (await page.locator('#search-message').textContent()) ?? '';
      phases.push(current);
    }

    current = { phase: 'filters opened', requests: 0, bytes: 0, byKind: {}, seconds: 0 };
    started = performance.now();
    await page.locator('#search-filters summary').click();
    await page.locator('.search-filter-checkbox:visible').first().waitFor({ timeout: 120_000 });
    current.seconds = (performance.now() - started) / 1000;
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    phases.push(current);
  } finally {
    await context.close();
    await server?.close();
  }
  return phases;
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** The per-phase downloads of one session, as `npm run bench:search` has always printed them. */
function printSession(phases: Phase[], fromDisk: boolean): void {
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
    JSON.stringify({
      site,
      period: values.period ?? null,
      fromDisk,
      coldFirstSearch: cold,
      phases,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// --portable

interface Footprint {
  files: number;
  bytes: number;
  searchFiles: number;
  searchBytes: number;
  /** Of the search folder: the wrapper scripts and the portable copy of pagefind.js. */
  portableFiles: number;
  portableBytes: number;
}

/** Files and bytes (sizes on disk, not blocks) of a built site, its search folder apart. */
async function footprint(root: string): Promise<Footprint> {
  const sum: Footprint = {
    files: 0,
    bytes: 0,
    searchFiles: 0,
    searchBytes: 0,
    portableFiles: 0,
    portableBytes: 0,
  };
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size } = await stat(file);
    sum.files++;
    sum.bytes += size;
    const relative = path.relative(root, file);
    if (!relative.startsWith(`pagefind${path.sep}`)) continue;
    sum.searchFiles++;
    sum.searchBytes += size;
    const wrapper = /\.(pf_\w+|pagefind|json)$/.test(entry.name.slice(0, -WRAPPER_SUFFIX.length));
    if ((entry.name.endsWith(WRAPPER_SUFFIX) && wrapper) || entry.name === 'pagefind-portable.js') {
      sum.portableFiles++;
      sum.portableBytes += size;
    }
  }
  return sum;
}

/** Builds the portable site for --articles N from the scale benchmark's input, when missing. */
function ensurePortableSite(portableSite: string): void {
  if (existsSync(path.join(portableSite, 'search', 'index.html'))) return;
  if (values['portable-site'] !== undefined || values.articles === undefined) {
    console.error(`${portableSite}: no site there; build it with --portable first`);
    process.exit(2);
  }
  const input = path.join(scaleDir, 'seed-1', 'input');
  if (!existsSync(input)) {
    console.error(
      `${input}: no input; run npm run bench -- --articles ${values.articles} --skip-baseline first`,
    );
    process.exit(2);
  }
  const runDir = path.dirname(portableSite);
  console.error(`building the portable site: ${portableSite}`);
  const [node, ...args] = buildCommand(input, runDir, portableSite);
  const built = spawnSync(node as string, [...args, '--portable'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error(`the portable build exited with ${built.status}`);
}

function median(numbers: number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const percent = (more: number, base: number) =>
  `${more >= base ? '+' : ''}${((100 * (more - base)) / base).toFixed(1)}%`;

function printFootprints(plain: Footprint, portable: Footprint): void {
  const MB = (n: number) => (n / 1024 / 1024).toFixed(1);
  const rows: [string, string, string, string][] = [
    ['', 'plain', 'portable', 'added'],
    ['site MB', MB(plain.bytes), MB(portable.bytes), percent(portable.bytes, plain.bytes)],
    [
      'site files',
      String(plain.files),
      String(portable.files),
      percent(portable.files, plain.files),
    ],
    [
      'search folder MB',
      MB(plain.searchBytes),
      MB(portable.searchBytes),
      percent(portable.searchBytes, plain.searchBytes),
    ],
    [
      'search folder files',
      String(plain.searchFiles),
      String(portable.searchFiles),
      percent(portable.searchFiles, plain.searchFiles),
    ],
    [
      'wrappers + portable script',
      '',
      `${portable.portableFiles} files, ${MB(portable.portableBytes)} MB`,
      '',
    ],
  ];
  for (const row of rows) {
    console.log(
      `  ${row[0].padEnd(28)}${row
        .slice(1)
        .map((c) => c.padStart(14))
        .join('')}`,
    );
  }
}

async function comparePortable(): Promise<void> {
  const portableSite = values['portable-site'] ?? path.join(scaleDir, 'portable', 'dist');
  ensurePortableSite(portableSite);
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
  const portable = await footprint(portableSite);
  await printPortableFootprints(portableSite, portable);
  const seconds = await timeSessions(portableSite, runs);
  printSessionMedians(seconds, runs);
  console.log(
    JSON.stringify({
      plain: existsSync(site) ? { site, ...(await footprint(site)) } : null,
      portable: { site: portableSite, ...portable },
      period: values.period ?? null,
      queries,
      runs,
      seconds,
      medians: Object.fromEntries(
        (['disk', 'http'] as const).map((how) => [
          how,
          {
            page: median(seconds[how].page),
            first: median(seconds[how].first),
            next: median(seconds[how].next),
          },
        ]),
      ),
    }),
  );
}

/** The portable build's files and bytes beside the plain build's (or its search folder's). */
async function printPortableFootprints(portableSite: string, portable: Footprint): Promise<void> {
  console.log(`portable ${portableSite}`);
  if (existsSync(site)) {
    console.log(`plain    ${site}`);
    printFootprints(await footprint(site), portable);
    return;
  }
  // Pagefind's own files are the same bytes in both builds (checked at 10,000 articles), so
  // the search folder's overhead is known from the portable build alone; the pages' relative
  // links, which also change their size, are not.
  console.log(`plain    ${site}: none; the search folder alone, the plain one being the rest`);
  printFootprints(
    {
      ...portable,
      files: NaN,
      bytes: NaN,
      searchFiles: portable.searchFiles - portable.portableFiles,
      searchBytes: portable.searchBytes - portable.portableBytes,
    },
    portable,
  );
}

/** Seconds of each search session's phases, from disk and over http. */
type SessionSeconds = Record<'disk' | 'http', { page: number[]; first: number[]; next: number[] }>;

/** `runs` search sessions on the portable site from disk and over http, taking turns. */
async function timeSessions(portableSite: string, runs: number): Promise<SessionSeconds> {
  const browser = await launchBrowser();
  const seconds: SessionSeconds = {
    disk: { page: [], first: [], next: [] },
    http: { page: [], first: [], next: [] },
  };
  try {
    for (let run = 0; run < runs; run++) {
      // Disk and http take turns, so that neither always follows the other.
      const order = run % 2 ? (['http', 'disk'] as const) : (['disk', 'http'] as const);
      for (const how of order) {
        const phases = await searchSession(browser, portableSite, how === 'disk');
        // searchSession's phases: the page, one a query in turn, then the filters opened.
        const [page, first, ...rest] = phases.slice(0, 1 + queries.length);
        seconds[how].page.push(page!.seconds);
        seconds[how].first.push(first!.seconds);
        seconds[how].next.push(...rest.map((p) => p.seconds));
        console.error(
          `run ${run + 1} ${how}: ${phases.map((p) => `${p.phase} ${p.seconds.toFixed(2)} s`).join(', ')}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
  return seconds;
}

/** The sessions' median seconds, a row from disk and one over http. */
function printSessionMedians(seconds: SessionSeconds, runs: number): void {
  const period = values.period ? `period ${values.period}` : 'the default period';
  console.log(
    `  search, ${period}, medians of ${runs} runs (next: ${queries.length - 1} queries a run):`,
  );
  console.log(
    `  ${''.padEnd(28)}${['page s', 'first query s', 'next query s'].map((c) => c.padStart(14)).join('')}`,
  );
  for (const how of ['disk', 'http'] as const) {
    const { page, first, next } = seconds[how];
    console.log(
      `  ${(how === 'disk' ? 'from disk (file://)' : 'over http').padEnd(28)}` +
        [page, first, next].map((s) => median(s).toFixed(3).padStart(14)).join(''),
    );
  }
}

if (values.portable) {
  await comparePortable();
} else {
  const fromDisk = values['from-disk'] === true;
  const browser = await launchBrowser();
  try {
    printSession(await searchSession(browser, site, fromDisk), fromDisk);
  } finally {
    await browser.close();
  }
}
