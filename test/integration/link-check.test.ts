// A link check over the whole built site, the way a crawler would see it: every internal link and
// asset of every page resolves to a file of the site, stays under the base path, and every #id
// it points at exists; the feeds and sitemaps point at the site's public address. Two builds
// under /news/: the real seeds through the command line (`npm run build -- --base-path /news/
// --base-url <the site's whole address>`), and a synthetic site with what the seeds lack
// (redirect pages, awkward file names, right-to-left text).

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { makeArticle, syntheticArticles, topics } from '../helpers/articles.ts';
import {
  elements,
  fileFor,
  parseHtml,
  parseXml,
  textOf,
  type Element,
} from '../helpers/site-files.ts';
import { buildSyntheticSite } from '../helpers/synthetic-site.ts';

const ROOT = path.join(import.meta.dirname, '../..');
const BASE = '/news/';
/** The public address of the seeds site, given to --base-url whole, with its base path. */
const SEEDS_URL = 'https://archive.example.org/news';
/** The synthetic site's base URL, given as the build options take it (above the base path). */
const SYNTHETIC_ORIGIN = 'https://synthetic.example.org';

let dir: string;
let seedsOut: string;
let syntheticOut: string;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-links-'));
  seedsOut = path.join(dir, 'seeds');
  // The command line a user runs, from an empty folder so that no archive.config.json is read.
  await promisify(execFile)(
    process.execPath,
    [
      ...['--import', import.meta.resolve('tsx'), path.join(ROOT, 'src/cli.ts')],
      ...['--input', path.join(ROOT, 'seeds'), '--output', seedsOut],
      ...['--work', path.join(dir, 'work'), '--lock', path.join(dir, 'lock.json')],
      ...['--base-path', BASE, '--base-url', SEEDS_URL, '--quiet'],
    ],
    { cwd: dir },
  );
  syntheticOut = path.join(dir, 'synthetic');
  await buildSyntheticSite(syntheticOut, { basePath: BASE, baseUrl: SYNTHETIC_ORIGIN }, [
    ...syntheticArticles(),
    makeArticle({
      slug: 'renamed-story',
      title: 'A story that was renamed twice',
      date: ['2011-11-11', 'day'],
      topics: [topics.southKorea],
      paragraphs: ['Its old addresses must still lead here.'],
      aliases: ['first-name', 'second-name'],
    }),
  ]);
});

after(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The URL a file of the site is served at, on `origin`. */
function urlOf(out: string, file: string, origin: string): URL {
  const relative = path.relative(out, file).split(path.sep).map(encodeURIComponent).join('/');
  return new URL(BASE + relative.replace(/(^|\/)index\.html$/, '$1'), origin);
}

interface Reference {
  url: string;
  /** What refers to it: "<img src>". */
  where: string;
  /** The browser fetches it with the page (an image, a stylesheet), rather than on a click. */
  loads: boolean;
}

/** <link> relations that make the browser fetch the linked file. */
const FETCHING_LINKS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest)\b/i;

/** Every URL an element of an HTML page refers to. */
function referencesOf(element: Element): Reference[] {
  const found: Reference[] = [];
  const attributes = element.attribs;
  const navigates =
    ['a', 'area', 'form'].includes(element.name) ||
    (element.name === 'link' && !FETCHING_LINKS.test(attributes.rel ?? ''));
  for (const name of ['href', 'src', 'action', 'poster', 'data']) {
    const url = attributes[name];
    if (url !== undefined)
      found.push({ url, where: `<${element.name} ${name}>`, loads: !navigates });
  }
  for (const name of ['srcset', 'imagesrcset']) {
    for (const candidate of (attributes[name] ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) found.push({ url, where: `<${element.name} ${name}>`, loads: true });
    }
  }
  // <meta http-equiv="refresh" content="0; url=...">: where a redirect page sends the reader.
  if (element.name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'refresh') {
    const url = /url\s*=\s*['"]?([^'"]+)/i.exec(attributes.content ?? '')?.[1] ?? '';
    found.push({ url, where: '<meta refresh>', loads: false });
  }
  return found;
}

interface Page {
  file: string;
  url: URL;
  ids: Set<string>;
  references: Reference[];
}

interface Check {
  broken: string[];
  /** Internal references checked, and how many of them named a fragment. */
  internal: number;
  fragments: number;
  /** Distinct internal targets, to see that the check reached every kind of page. */
  targets: Set<string>;
}

/**
 * Checks every reference of every HTML page (and every url() of every stylesheet) in `out`, as
 * served on `origin` under the base path.
 */
async function checkSite(out: string, origin: string): Promise<Check> {
  const files = await filesUnder(out);
  const pages = new Map<string, Page>();
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const markup = parseHtml(await readFile(file, 'utf8'));
    const all = elements(markup);
    const ids = new Set<string>();
    for (const element of all) {
      if (element.attribs.id) ids.add(element.attribs.id);
      if (element.name === 'a' && element.attribs.name) ids.add(element.attribs.name);
    }
    pages.set(file, {
      file,
      url: urlOf(out, file, origin),
      ids,
      references: all.flatMap(referencesOf),
    });
  }
  for (const file of files.filter((f) => f.endsWith('.css'))) {
    const css = await readFile(file, 'utf8');
    const references = [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((match) => ({
      url: match[1]!,
      where: 'url()',
      loads: true,
    }));
    pages.set(file, { file, url: urlOf(out, file, origin), ids: new Set(), references });
  }

  const check: Check = { broken: [], internal: 0, fragments: 0, targets: new Set() };
  for (const page of pages.values()) {
    const from = path.relative(out, page.file);
    for (const { url, where, loads } of page.references) {
      const fail = (reason: string) => check.broken.push(`${from}: ${where} "${url}" ${reason}`);
      if (url === '') {
        fail('is empty');
        continue;
      }
      const target = new URL(url, page.url);
      if (target.protocol === 'data:' || target.protocol === 'mailto:') continue;
      if (target.origin !== new URL(origin).origin) {
        // Links out are allowed; anything the page loads from elsewhere is not.
        if (loads) fail('loads from another host');
        continue;
      }
      check.internal++;
      const file = fileFor(out, BASE, target.pathname);
      if (!file) {
        fail(`is outside the base path ${BASE}`);
        continue;
      }
      const existing =
        existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
      if (!existsSync(existing)) {
        fail(`is not in the site (no ${path.relative(out, existing)})`);
        continue;
      }
      check.targets.add(path.relative(out, existing));
      if (target.hash) {
        check.fragments++;
        const id = decodeURIComponent(target.hash.slice(1));
        if (!pages.get(existing)?.ids.has(id)) fail(`points at #${id}, which its page lacks`);
      }
    }
  }
  return check;
}

/** Every <link href>, <loc> and <id> URL in the site's XML files (feeds and sitemaps). */
async function xmlAddresses(out: string): Promise<{ file: string; url: string }[]> {
  const found: { file: string; url: string }[] = [];
  for (const file of (await filesUnder(out)).filter((f) => f.endsWith('.xml'))) {
    const markup = parseXml(await readFile(file, 'utf8'));
    for (const element of elements(markup)) {
      const url =
        element.name === 'link'
          ? element.attribs.href
          : element.name === 'loc' || (element.name === 'id' && file.endsWith('feed.xml'))
            ? textOf(element)
            : undefined;
      if (url !== undefined) found.push({ file: path.relative(out, file), url });
    }
  }
  return found;
}

/**
 * The XML addresses that do not lead to a file of the site: each must be on `publicUrl`
 * (the site's whole address, base path included).
 */
function brokenXmlAddresses(
  out: string,
  addresses: { file: string; url: string }[],
  publicUrl: string,
): string[] {
  const broken: string[] = [];
  for (const { file, url } of addresses) {
    if (!url.startsWith(`${publicUrl}/`)) {
      broken.push(`${file}: "${url}" is not under ${publicUrl}/`);
      continue;
    }
    const target = new URL(url);
    const local = fileFor(out, BASE, target.pathname);
    if (!local || !existsSync(local)) broken.push(`${file}: "${url}" is not in the site`);
  }
  return broken;
}

test('every link and asset of the seeds site resolves under /news/', async () => {
  const check = await checkSite(seedsOut, new URL(SEEDS_URL).origin);
  assert.deepEqual(check.broken, [], `${check.broken.length} broken links`);
  // The check saw the site: links to every kind of page and to the raw files, and fragments.
  for (const kind of ['articles/', 'topics/', 'archive/', 'sources/', 'search/', 'raw/']) {
    assert.ok(
      [...check.targets].some((t) => t.startsWith(kind)),
      `links to ${kind}`,
    );
  }
  assert.ok(check.internal > 300, `${check.internal} internal references`);
  assert.ok(check.fragments > 10, `${check.fragments} fragment references`);
});

test('every link and asset of the synthetic site resolves, redirects and odd file names included', async () => {
  const check = await checkSite(syntheticOut, SYNTHETIC_ORIGIN);
  assert.deepEqual(check.broken, [], `${check.broken.length} broken links`);
  assert.ok(check.targets.has('raw/odd names/a file #1?.txt'), 'the odd raw file name is linked');
  const redirect = await readFile(
    path.join(syntheticOut, 'articles/first-name/index.html'),
    'utf8',
  );
  assert.match(redirect, /http-equiv="refresh"/, 'the old address is a redirect page');
});

test('with --base-url, the feeds and sitemaps give the public address of pages that exist', async () => {
  const seeds = await xmlAddresses(seedsOut);
  const synthetic = await xmlAddresses(syntheticOut);
  const broken = [
    ...brokenXmlAddresses(seedsOut, seeds, SEEDS_URL),
    ...brokenXmlAddresses(syntheticOut, synthetic, `${SYNTHETIC_ORIGIN}/news`),
  ];
  assert.deepEqual(broken, [], `${broken.length} bad addresses in feeds and sitemaps`);
  const files = new Set(seeds.map((address) => address.file));
  for (const file of ['feed.xml', 'sitemap.xml', 'sitemap-1.xml']) {
    assert.ok(files.has(file), `${file} has addresses`);
  }
  // The sitemap lists every page a reader can reach (all HTML but redirects and the 404 page).
  const listed = new Set(seeds.filter((a) => a.file.startsWith('sitemap-')).map((a) => a.url));
  const pages = (await filesUnder(seedsOut))
    .filter((file) => file.endsWith('.html') && !file.endsWith('404.html'))
    .map((file) => urlOf(seedsOut, file, new URL(SEEDS_URL).origin).href);
  assert.deepEqual(
    pages.filter((url) => !listed.has(url)),
    [],
    'pages missing from the sitemap',
  );
});
