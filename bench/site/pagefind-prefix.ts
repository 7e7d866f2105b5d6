// Pagefind's completion of a query word, one index against the same pages in parts.
// `npx tsx bench/site/pagefind-prefix.ts` (the reproduction) or
// `npx tsx bench/site/pagefind-prefix.ts --site DIR [--query oil,price]` (a built site's parts;
// the words as Pagefind holds them, stemmed: "price", not "prices").
//
// Pagefind matches every query word as a prefix ("oil" finds pages holding "oily"), but only
// among the words of the index chunks it has loaded, and it loads for a word only the chunks
// whose range (from, to) holds the word itself; the chunks of the word's longer forms are loaded
// only when no chunk holds the word (pagefind_web/src/lib.rs, request_indexes, 1.6.0). Where a
// chunk ends at "oil" and the next starts at "oily", "oil" does not find the pages holding only
// "oily". Chunks end by size, so where they end depends on every page of the index, and an
// archive cut in parts (src/site/search-index.ts) finds other completions than one index of the
// same pages (docs/figures.md, stop 57, pf57).
//
// The reproduction writes four pages (one with 19,996 words "apple", so that Pagefind's chunk
// of 20,000 entries ends at "oil"), indexes them with the installed Pagefind as the build does
// (src/site/pagefind-cli.ts) as one index and as two parts, and searches each from Chromium:
// Pagefind's own pagefind.js, one part alone and the parts merged with mergeIndex as the search
// page merges them (templates/assets/search.js). It prints each bundle's chunks and the pages
// found. With --site it reads a built site's parts (search/index.html's data-indexes) and prints,
// for each query word, the chunks Pagefind loads and the chunks that hold longer forms of the
// word but are not loaded: pages found only through those are missed in that part.

import { mkdtemp, readdir, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { startServer } from '../../src/serve.ts';
import { runPagefind } from '../../src/site/pagefind-cli.ts';
import { launchBrowser } from '../../test/helpers/browser.ts';

/** One index chunk as Pagefind's metadata names it: its first and last word (trimmed), its file. */
interface Chunk {
  from: string;
  to: string;
  hash: string;
}

/** The bytes a metadata file starts with once gunzipped (pagefind_web's decompression). */
const META_SIGNATURE = 'pagefind_dcd';

/**
 * The index chunks listed in a bundle's pagefind.*.pf_meta: a CBOR array whose first items are
 * the version, the pages and the chunks (pagefind/src/index/index_metadata.rs, MetaIndex).
 */
function readChunks(meta: Buffer): Chunk[] {
  const data = gunzipSync(meta);
  if (data.toString('latin1', 0, META_SIGNATURE.length) !== META_SIGNATURE) {
    throw new Error('not a Pagefind metadata file');
  }
  let at = META_SIGNATURE.length;
  const head = (): { major: number; n: number } => {
    const byte = data[at++] ?? 0;
    const info = byte & 31;
    let n = info;
    if (info === 24) n = data.readUInt8((at += 1) - 1);
    else if (info === 25) n = data.readUInt16BE((at += 2) - 2);
    else if (info === 26) n = data.readUInt32BE((at += 4) - 4);
    else if (info === 27) n = Number(data.readBigUInt64BE((at += 8) - 8));
    else if (info > 27) throw new Error(`unexpected CBOR item at byte ${at - 1}`);
    return { major: byte >> 5, n };
  };
  const text = (): string => {
    const { major, n } = head();
    if (major !== 3) throw new Error(`expected a string at byte ${at}`);
    return data.toString('utf8', at, (at += n));
  };
  const array = (): number => {
    const { major, n } = head();
    if (major !== 4) throw new Error(`expected an array at byte ${at}`);
    return n;
  };
  const skip = (): void => {
    const { major, n } = head();
    if (major === 2 || major === 3) at += n;
    else if (major === 4) for (let i = 0; i < n; i++) skip();
    else if (major === 5) for (let i = 0; i < 2 * n; i++) skip();
  };
  array();
  skip(); // version
  skip(); // pages
  const chunks: Chunk[] = [];
  for (let count = array(), i = 0; i < count; i++) {
    array();
    chunks.push({ from: text(), to: text(), hash: text() });
  }
  return chunks;
}

/** Rust's order of strings (by UTF-8 bytes), which Pagefind's chunk ranges use. */
function compare(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The first `n` characters of `word`. */
function head(word: string, n: number): string {
  return [...word].slice(0, n).join('');
}

/** Pagefind's first rule: the chunks whose range holds the word itself. */
function holdsWord(chunk: Chunk, word: string): boolean {
  return compare(word, chunk.from) >= 0 && compare(word, chunk.to) <= 0;
}

/**
 * Pagefind's fallback rule, used only when no chunk holds the word: the chunks whose range, cut
 * to the word's length, holds the word (it takes in some chunks that cannot hold the word).
 */
function fallbackHolds(chunk: Chunk, word: string): boolean {
  const length = [...word].length;
  const fromCut = Math.min(length, [...chunk.from].length);
  const toCut = Math.min(length, [...chunk.to].length);
  return (
    compare(head(word, fromCut), head(chunk.from, fromCut)) >= 0 &&
    compare(head(word, toCut), head(chunk.to, toCut)) <= 0
  );
}

/**
 * Whether chunk `i` may hold a word that starts with `word`: its words run from its `from` to
 * before the next chunk's `from` (a trimmed `to` is a prefix of its last word, not a bound).
 */
function mayHoldLonger(chunks: Chunk[], i: number, word: string): boolean {
  const from = chunks[i]?.from ?? '';
  const next = chunks[i + 1];
  const startsInRange = compare(from, word) <= 0 || from.startsWith(word);
  return startsInRange && (next === undefined || compare(word, next.from) < 0);
}

/** A bundle's chunks, from the one pf_meta file in `bundle`. */
async function bundleChunks(bundle: string): Promise<Chunk[]> {
  const name = (await readdir(bundle)).find((file) => file.endsWith('.pf_meta'));
  if (!name) throw new Error(`${bundle}: no pagefind.*.pf_meta file`);
  return readChunks(await readFile(path.join(bundle, name)));
}

/** What Pagefind loads for `word` in a bundle, and the chunks of longer forms it leaves out. */
function describe(chunks: Chunk[], word: string): string {
  const loaded = chunks.filter((chunk) => holdsWord(chunk, word));
  const fallback = loaded.length === 0;
  const used = fallback ? chunks.filter((chunk) => fallbackHolds(chunk, word)) : loaded;
  const missed = chunks.filter(
    (chunk, i) => mayHoldLonger(chunks, i, word) && !used.includes(chunk),
  );
  const range = (list: Chunk[]): string =>
    list.map((chunk) => `${chunk.from}..${chunk.to}`).join(', ') || '-';
  return `loads ${range(used)}${fallback ? ' (fallback)' : ''}; not loaded, may hold "${word}…": ${range(missed)}`;
}

/** The reproduction's pages: part 1 (a, b, c) and part 2 (d). */
const PAGES: Record<string, { part: 1 | 2; text: string }> = {
  // Pagefind ends a chunk once its words' entries reach 20,000 (index_chunk_size, one entry a
  // page a word plus one a position): 19,997 for "apple", 4 for "oil" in two pages.
  'a.html': { part: 1, text: `${'apple '.repeat(19_996)}oil` },
  'b.html': { part: 1, text: 'oil' },
  'c.html': { part: 1, text: 'oily' },
  // 11 entries that sort before "oil": in one index the chunk ends at "banana" instead.
  'd.html': { part: 2, text: 'banana '.repeat(10).trim() },
};

function pageHtml(text: string): string {
  return `<!doctype html><html lang="en"><body><main data-pagefind-body><p>${text}</p></main></body></html>\n`;
}

/** Writes the pages and indexes them: out/one (all four), out/part1 (a, b, c), out/part2 (d). */
async function buildBundles(dir: string): Promise<void> {
  for (const folder of ['one', 'part1', 'part2'])
    await mkdir(path.join(dir, 'site', folder), { recursive: true });
  for (const [name, { part, text }] of Object.entries(PAGES)) {
    for (const folder of ['one', `part${part}`]) {
      await writeFile(path.join(dir, 'site', folder, name), pageHtml(text));
    }
  }
  for (const folder of ['one', 'part1', 'part2']) {
    await runPagefind({
      site: path.join(dir, 'site', folder),
      glob: '**/*.html',
      language: 'en',
      outputPath: path.join(dir, 'out', folder),
    });
  }
}

/**
 * The pages found for each query by each way of searching, in Chromium. Each search runs in a
 * fresh copy of pagefind.js (a module of its own per address), since chunks once loaded stay
 * loaded: `after` searches `first` before the query, as a reader who typed "oily" would have.
 */
const SEARCHES = `(async ({ query, first }) => {
  const fresh = async (bundle, merge) => {
    const pagefind = await import(bundle + 'pagefind.js?' + Math.random());
    await pagefind.options({ baseUrl: '/' });
    for (const more of merge) await pagefind.mergeIndex(more);
    return pagefind;
  };
  const found = async (pagefind) => {
    const answer = await pagefind.search(query);
    const urls = await Promise.all(answer.results.map(async (r) => (await r.data()).url));
    return urls.map((url) => url.replace(/^\\//, '')).sort().join(' ');
  };
  const after = await fresh('/out/part1/', ['/out/part2/']);
  await after.search(first);
  return {
    one: await found(await fresh('/out/one/', [])),
    part1: await found(await fresh('/out/part1/', [])),
    merged: await found(await fresh('/out/part1/', ['/out/part2/'])),
    after: await found(after),
  };
})`;

async function reproduce(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pagefind-prefix-'));
  const server = await startServer({ root: dir, port: 0 });
  const browser = await launchBrowser();
  try {
    await buildBundles(dir);
    for (const folder of ['one', 'part1', 'part2']) {
      const chunks = await bundleChunks(path.join(dir, 'out', folder));
      console.log(`${folder}: chunks ${chunks.map((c) => `${c.from}..${c.to}`).join(', ')}`);
    }
    const page = await browser.newPage();
    await page.goto(`${server.url}site/one/b.html`);
    console.log('\nquery | one index | part 1 alone | parts merged | merged, after "oily"');
    for (const query of ['oil', 'oi', 'o', 'oily']) {
      const args = { query, first: 'oily' };
      // An expression, not a function: tsx's helpers are not defined in the page.
      const r = (await page.evaluate(`${SEARCHES}(${JSON.stringify(args)})`)) as Record<
        string,
        string
      >;
      console.log(`${query} | ${r.one} | ${r.part1} | ${r.merged} | ${r.after}`);
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The parts of a built site, as its search page lists them. */
async function siteParts(site: string): Promise<string[]> {
  const html = await readFile(path.join(site, 'search', 'index.html'), 'utf8');
  const listed = /data-indexes=(?:'([^']*)'|"([^"]*)")/.exec(html);
  const json = (listed?.[1] ?? listed?.[2] ?? '[]').replaceAll('&quot;', '"');
  return (JSON.parse(json) as { path: string }[]).map((part) => part.path);
}

/**
 * A word's pages in one part, searched by Pagefind in Chromium: as it searches (a fresh copy of
 * pagefind.js), and with the chunks it leaves out loaded first (a search for each one's first
 * and last word as the metadata names them, both inside its range; Pagefind drops punctuation
 * from a query, so "policy“" alone would miss its chunk), which is what it would find if it
 * loaded every chunk that may hold a longer form.
 */
const PART_SEARCH = `(async ({ bundle, word, probes }) => {
  const fresh = async () => {
    const pagefind = await import(bundle + 'pagefind.js?' + Math.random());
    await pagefind.options({ baseUrl: '/' });
    return pagefind;
  };
  const plain = await fresh();
  const asIs = (await plain.search(word)).results.length;
  await plain.destroy();
  const forced = await fresh();
  for (const probe of probes) await forced.preload(probe);
  const all = (await forced.search(word)).results.length;
  await forced.destroy();
  return [asIs, all];
})`;

async function inspect(site: string, words: string[]): Promise<void> {
  const parts = await siteParts(site).catch(() => ['pagefind/']);
  const server = await startServer({ root: site, port: 0 });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    // A page of the site's own origin without the site's Content-Security-Policy (its HTML pages
    // allow scripts from their own files only).
    await page.goto(`${server.url}${parts[0] ?? ''}pagefind-entry.json`);
    const totals = new Map(words.map((word) => [word, [0, 0]]));
    for (const part of parts) {
      const chunks = await bundleChunks(path.join(site, part));
      console.log(`${part} (${chunks.length} chunks)`);
      for (const word of words) {
        const probes = chunks
          .filter((chunk, i) => mayHoldLonger(chunks, i, word) && !holdsWord(chunk, word))
          .flatMap((chunk) => [chunk.from, chunk.to]);
        const args = { bundle: `/${part}`, word, probes };
        const [asIs, forced] = (await page.evaluate(
          `${PART_SEARCH}(${JSON.stringify(args)})`,
        )) as number[];
        const total = totals.get(word) ?? [0, 0];
        totals.set(word, [(total[0] ?? 0) + (asIs ?? 0), (total[1] ?? 0) + (forced ?? 0)]);
        console.log(`  ${word}: ${describe(chunks, word)}`);
        console.log(`  ${word}: ${asIs} pages found, ${forced} with those chunks loaded`);
      }
    }
    for (const [word, [asIs, forced]] of totals) {
      console.log(`all parts, ${word}: ${asIs} pages found, ${forced} with every chunk loaded`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

const { values } = parseArgs({
  options: { site: { type: 'string' }, query: { type: 'string', default: 'oil,price' } },
});
if (values.site) await inspect(values.site, values.query.split(','));
else await reproduce();
