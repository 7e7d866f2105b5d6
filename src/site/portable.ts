// A portable site (--portable): one that works opened straight from disk (file://), handed over
// as a folder or a zip, and served from any path of any web server.
//
// Two things stop a site built for a server from working from disk, and this module answers
// both:
//
// - Links. Root-relative links ("/topics/") point at the root of the disk there. A portable
//   site's pages link relative to themselves, and to a folder's index.html, since no server
//   picks it for them (portableUrl, applied to every HTML page by src/eleventy/plugin.ts).
//
// - Search. From file://, browsers refuse fetch(), module import() and new Worker(), all of
//   which Pagefind's script uses; they allow classic <script src> of local files and
//   WebAssembly from bytes. So each file Pagefind fetches is also written as a small classic
//   script that hands its bytes over (wrapFile: "<file>.js"), and a classic-script copy of
//   pagefind.js (pagefind-portable.js, from portablePagefind) runs on the main thread with a
//   fetch() of its own that loads those scripts. The search page uses it only from file://;
//   served over http, it imports Pagefind's own module, which uses its worker, as ever.
//   The rewrite relies on the shape of Pagefind's script, which is checked when the site is
//   built: a Pagefind whose script differs fails the build with a message (PortableSearchError)
//   rather than publishing a search that breaks.

import { link, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mapConcurrently } from '../concurrency.ts';

/** The not-found page's URL: a server shows it at any address, so its links stay root-relative. */
export const NOT_FOUND_URL = '/404.html';

/**
 * A link in the page at `pageUrl` (a site-relative URL: "/articles/x/", "/404.html") as a
 * portable page writes it: a root-relative URL becomes relative to the page, with index.html
 * where a folder is meant ("/topics/" from "/articles/x/" is "../../topics/index.html"). Other
 * URLs (absolute, relative, "#main") are kept. With `rootPrefix` (the site's base path, "/" or
 * "/news/"), root-relative URLs are kept from the root under that prefix instead: for the
 * not-found page.
 */
export function portableUrl(
  url: string,
  pageUrl: string,
  rootPrefix: string | null = null,
): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  if (rootPrefix !== null) return rootPrefix + url.slice(1);
  const cut = url.search(/[?#]/);
  let path = cut < 0 ? url : url.slice(0, cut);
  const rest = cut < 0 ? '' : url.slice(cut);
  if (path.endsWith('/')) path += 'index.html';
  const from = pageUrl
    .slice(0, pageUrl.lastIndexOf('/') + 1)
    .split('/')
    .filter(Boolean);
  const to = path.split('/').slice(1);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const relative = '../'.repeat(from.length - common) + to.slice(common).join('/');
  // A first segment with a colon would read as a scheme ("a:b/index.html").
  return (/^[^/]*:/.test(relative) ? `./${relative}` : relative) + rest;
}

/** Pagefind's script, and the classic-script copy beside it, in the main bundle's folder. */
const PAGEFIND_SCRIPT = 'pagefind.js';
const PORTABLE_SCRIPT = 'pagefind-portable.js';
/** What a file's wrapper script adds to its name: "index/en_1a2b.pf_index.js". */
export const WRAPPER_SUFFIX = '.js';
/** The global function a wrapper script calls with its file's bytes, in base64. */
const REGISTER = '__pagefindPortableFile';
/** The global the portable script leaves Pagefind's API in. */
const PORTABLE_GLOBAL = '__pagefindPortable';
/**
 * Pagefind versions whose script the rewrite was written for and tested with
 * (test/browser/portable.test.ts). Another version's script is checked for the same shape too,
 * but is refused: the check cannot see every change of behaviour the rewrite relies on.
 */
const PORTABLE_PAGEFIND_VERSIONS = ['1.6.0'];

export class PortableSearchError extends Error {}

function refuse(why: string): never {
  throw new PortableSearchError(
    `The portable search cannot be built with this Pagefind: ${why}. It was written for ` +
      `Pagefind ${PORTABLE_PAGEFIND_VERSIONS.join(', ')}; install that version ` +
      `(npm install pagefind@${PORTABLE_PAGEFIND_VERSIONS.at(-1) ?? ''}) or build without --portable.`,
  );
}

/** The number of times `part` occurs in `text`. */
function occurrences(text: string, part: string | RegExp): number {
  if (typeof part === 'string') return text.split(part).length - 1;
  return [...text.matchAll(new RegExp(part.source, `${part.flags.replace('g', '')}g`))].length;
}

/**
 * Runs before Pagefind's code, in the same function: the registry of wrapped files, and the
 * fetch() Pagefind's code calls (its only network access: the WebAssembly is fetched as bytes
 * too), which answers from a file's wrapper script, loading it on first use.
 */
const RUNTIME = `
  const files = new Map();
  const loading = new Map();
  window.${REGISTER} = (base64) => {
    const script = document.currentScript;
    if (script && script.src.endsWith('${WRAPPER_SUFFIX}')) {
      files.set(script.src.slice(0, -${WRAPPER_SUFFIX.length}), base64);
    }
  };
  const load = (key) => {
    let done = loading.get(key);
    if (!done) {
      done = new Promise((resolve) => {
        const script = document.createElement('script');
        script.src = key + '${WRAPPER_SUFFIX}';
        // A missing file answers 404 below, as a server would.
        script.onload = script.onerror = () => {
          script.remove();
          loading.delete(key);
          resolve();
        };
        document.head.append(script);
      });
      loading.set(key, done);
    }
    return done;
  };
  const decode = (base64) => {
    if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(base64);
    const text = atob(base64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  };
  const fetch = async (input) => {
    const url = new URL(typeof input === 'string' ? input : String(input.url ?? input), document.baseURI);
    url.search = '';
    url.hash = '';
    const key = url.href;
    if (!files.has(key)) await load(key);
    const base64 = files.get(key);
    // Pagefind keeps what it loads; the text is let go once handed over.
    files.delete(key);
    if (base64 === undefined) return new Response(null, { status: 404, statusText: 'Not Found' });
    return new Response(decode(base64));
  };
  const importMetaUrl = new URL('${PAGEFIND_SCRIPT}', document.currentScript.src).href;
`;

/**
 * The classic-script copy of Pagefind's pagefind.js (an ES module): its code in a function,
 * after RUNTIME; import.meta.url (from which Pagefind finds its files) as the address
 * pagefind.js has beside this script; no worker (it could not start from file://); its
 * exports left in window.__pagefindPortable. Throws PortableSearchError when the script is not
 * of the shape this relies on.
 */
export function portablePagefind(source: string): string {
  const version = /^const pagefind_version="([^"]+)";/.exec(source)?.[1];
  if (version === undefined) refuse(`its ${PAGEFIND_SCRIPT} does not start with its version`);
  const checks: [string | RegExp, number, string][] = [
    ['import.meta.url', 4, 'import.meta.url'],
    [/\bimport\s*\(/, 0, 'a dynamic import()'],
    [/^\s*import[\s{*]/m, 0, 'an import statement'],
    [/\b(?:globalThis|window|self)\.fetch\b/, 0, 'a fetch other than a plain call'],
    [/var hasWorkerSupport=[^;]*;/, 1, 'its worker switch (hasWorkerSupport)'],
    [/export\{[\w,\s]*\};?\s*$/, 1, 'its exports at the end'],
    ['`${this.basePath}pagefind-entry.json`', 1, 'the entry file'],
    ['`${this.basePath}pagefind.${index}.pf_meta`', 1, 'the metadata file'],
    ['`${this.basePath}wasm.${language}.pagefind`', 1, 'the WebAssembly file'],
    ['`${this.basePath}index/${hash}.pf_index`', 1, 'the index chunks'],
    ['`${this.basePath}filter/${hash}.pf_filter`', 1, 'the filter chunks'],
  ];
  for (const [part, expected, what] of checks) {
    const found = occurrences(source, part);
    if (found !== expected) {
      refuse(
        `Pagefind ${version}'s ${PAGEFIND_SCRIPT} has ${found} of ${what} where ${expected} was expected`,
      );
    }
  }
  if (occurrences(source, 'import.meta') !== 4)
    refuse(`Pagefind ${version} uses import.meta otherwise`);
  if (!PORTABLE_PAGEFIND_VERSIONS.includes(version))
    refuse(`Pagefind ${version} is not a version it was tested with`);
  const body = source
    .replaceAll('import.meta.url', 'importMetaUrl')
    .replace(/var hasWorkerSupport=[^;]*;/, 'var hasWorkerSupport=false;')
    .replace(/export\{([\w,\s]*)\};?\s*$/, `window.${PORTABLE_GLOBAL}={$1};\n`);
  return (
    `// Pagefind ${version}'s ${PAGEFIND_SCRIPT} as a classic script for a site opened from disk,\n` +
    '// written by the build (src/site/portable.ts).\n' +
    `(() => {\nif (window.${PORTABLE_GLOBAL}) return;\n${RUNTIME}\n` +
    `(function () {\n'use strict';\n${body}})();\n})();\n`
  );
}

/** A file's wrapper script: its bytes handed to the portable script's registry. */
function wrapFile(bytes: Uint8Array): string {
  return `${REGISTER}("${Buffer.from(bytes).toString('base64')}");\n`;
}

interface PagefindEntry {
  version?: string;
  languages?: Record<string, { hash?: string; wasm?: string | null }>;
}

/**
 * The files of the Pagefind bundle in `folder` that its script fetches, from the folder: the
 * entry, each language's metadata and WebAssembly (Pagefind writes every language's, and loads
 * the one the entry names), and the chunks of the index, filters and fragments.
 */
async function fetchedFiles(folder: string): Promise<string[]> {
  const entryFile = 'pagefind-entry.json';
  const entry = JSON.parse(await readFile(join(folder, entryFile), 'utf8')) as PagefindEntry;
  const files = [entryFile];
  for (const [language, { hash, wasm }] of Object.entries(entry.languages ?? {})) {
    if (!hash) refuse(`its entry file names no index for the language "${language}"`);
    files.push(`pagefind.${hash}.pf_meta`);
    if (wasm) files.push(`wasm.${wasm}.pagefind`);
  }
  for (const chunks of ['index', 'filter', 'fragment']) {
    let names: string[] = [];
    try {
      names = await readdir(join(folder, chunks));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    files.push(
      ...names
        .filter((name) => !name.endsWith(WRAPPER_SUFFIX))
        .sort()
        .map((name) => `${chunks}/${name}`),
    );
  }
  return files;
}

/** Files whose names carry a hash of their content: a wrapper of the same name has the same bytes. */
const HASHED = /^(?:index|filter|fragment)\/|\.pf_meta$/;

/**
 * Writes the portable search's files into the Pagefind bundle at `folder`: each fetched file's
 * wrapper, and in the main bundle (`main`) the portable copy of Pagefind's script. The wrapper of
 * a file whose name carries its content's hash is hard-linked from `previous` (the same bundle
 * in the published site) when it is there, not made again. Resolves to the number linked.
 */
export async function writePortableSearch(
  folder: string,
  main: boolean,
  previous: string | null = null,
): Promise<number> {
  if (main) {
    const source = await readFile(join(folder, PAGEFIND_SCRIPT), 'utf8');
    await writeFile(join(folder, PORTABLE_SCRIPT), portablePagefind(source));
  }
  const linked = await mapConcurrently(await fetchedFiles(folder), async (file) => {
    const wrapper = file + WRAPPER_SUFFIX;
    if (previous && HASHED.test(file)) {
      try {
        await link(join(previous, wrapper), join(folder, wrapper));
        return true;
      } catch (error) {
        const { code } = error as NodeJS.ErrnoException;
        if (code !== 'ENOENT' && code !== 'EXDEV' && code !== 'EPERM') throw error;
      }
    }
    await writeFile(join(folder, wrapper), wrapFile(await readFile(join(folder, file))));
    return false;
  });
  return linked.filter(Boolean).length;
}
