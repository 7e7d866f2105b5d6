// What the stages keep in <work>/cache/ between builds, so that a rebuild redoes only the work
// its changes call for: the normalize stage's documents (src/normalize/cache.ts) and the
// write stage's rendered bodies (src/stages/write.ts). A cache only ever saves time: a missing,
// damaged or outdated one means recomputing, and the output never depends on it.
//
// Two things make that hold:
// - codeVersion(): a hash of the code that computed an entry (the source files a stage runs,
//   found by following its imports, and the installed versions of the packages they use, with
//   every package those depend on). A change to any of them makes every entry stale.
// - JSON Lines files, one entry a line after a header line with the version: read a line at a
//   time (no single string near V8's 512 MB limit at 100,000 articles), each line checked before
//   use, written beside themselves and renamed into place, so a build killed mid-write leaves the
//   previous file whole, and only the entries of the last build are kept.
// - gzip-compressed (CACHE_GZIP_LEVEL says why): a file that is not gzip (one of the plain JSON
//   Lines files of earlier versions) or is damaged gives no entries, as another version does.

import { createHash } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline as streamPipeline, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import path from 'node:path';
import { createGunzip, createGzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT, sourceFile } from './project.ts';
import { replaceFile } from './replace-file.ts';

/**
 * Where a module names another module or a file it reads: static and dynamic imports and
 * re-exports, URLs relative to import.meta.url (the lexicon's word counts), and createRequire
 * calls. Relative ones are files of this repository; bare ones name packages. Type-only imports
 * are left out: they compute nothing.
 */
const SPECIFIERS = [
  /^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s+'([^']+)'/gm,
  /^\s*import\s+'([^']+)'/gm,
  /\bimport\(\s*'([^']+)'\s*\)/g,
  /\bnew URL\(\s*'([^']+)'\s*,\s*import\.meta\.url\s*\)/g,
  /\bcreateRequire\([^)]*\)\(\s*'([^']+)'\s*\)/g,
];

export interface CodeSources {
  /** Source and data files, as paths relative to the repository. */
  files: string[];
  /** Packages as name@version, with every package they depend on. */
  packages: string[];
}

/**
 * The files and packages `entries` run: each entry module, every module and data file it reaches
 * through relative imports, and the packages any of them import, with their dependencies.
 */
export function codeSources(entries: URL[]): CodeSources {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    // A folder (the repository, found from import.meta.url) is no code of its own.
    if (files.has(file) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return;
    files.add(file);
    if (!/\.[cm]?[jt]s$/.test(file)) return;
    // Comment lines are left out: they may quote code.
    const text = readFileSync(file, 'utf8').replace(/^\s*(?:\/\/|\/?\*).*$/gm, '');
    for (const pattern of SPECIFIERS) {
      for (const match of text.matchAll(pattern)) {
        const specifier = match[1] ?? '';
        if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
        else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
      }
    }
  };
  // The sources, also when this runs compiled (src/project.ts): a change to one is a new version.
  for (const entry of entries) visit(sourceFile(fileURLToPath(entry)));
  return {
    files: [...files].map((f) => path.relative(PROJECT_ROOT, f).split(path.sep).join('/')).sort(),
    packages: packageVersions([...packages], PROJECT_ROOT),
  };
}

/** "mdast-util-to-markdown/lib/x.js" -> "mdast-util-to-markdown"; "@scope/pkg/x" -> "@scope/pkg". */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

/**
 * name@version of each package and of everything it depends on, found as Node finds them (the
 * nearest node_modules folder up from the package that asks). A package that is not installed
 * (an optional one) is left out.
 */
function packageVersions(names: string[], from: string): string[] {
  const found = new Map<string, string>(); // package folder -> name@version
  const visit = (name: string, dir: string) => {
    for (let at = dir; ; at = path.dirname(at)) {
      const folder = path.join(at, 'node_modules', name);
      if (existsSync(path.join(folder, 'package.json'))) {
        if (found.has(folder)) return;
        const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as {
          version?: string;
          dependencies?: Record<string, string>;
          peerDependencies?: Record<string, string>;
          optionalDependencies?: Record<string, string>;
        };
        found.set(folder, `${name}@${manifest.version ?? '?'}`);
        const { dependencies = {}, peerDependencies = {}, optionalDependencies = {} } = manifest;
        for (const dependency of Object.keys({
          ...dependencies,
          ...peerDependencies,
          ...optionalDependencies,
        })) {
          visit(dependency, folder);
        }
        return;
      }
      if (path.dirname(at) === at) return;
    }
  };
  for (const name of names) visit(name, from);
  return [...new Set(found.values())].sort();
}

/**
 * A short hash of everything `entries` compute with (see codeSources), plus the Unicode version
 * of this Node (the \p{L} and \p{Lu} classes the text rules match with, and the decoders, follow
 * it). Cached entries made by other code are never used.
 */
export function codeVersion(entries: URL[]): string {
  const { files, packages } = codeSources(entries);
  const hash = createHash('sha256');
  for (const file of files) {
    hash
      .update(`${file}\0`)
      .update(readFileSync(path.join(PROJECT_ROOT, file)))
      .update('\0');
  }
  hash.update(packages.join('\n')).update(`\0unicode ${process.versions.unicode ?? ''}`);
  return hash.digest('hex').slice(0, 16);
}

/**
 * codeVersion(entries), worked out on the first call and kept. For a version a module needs only
 * on the main thread: the worker threads import the same modules (src/worker-tasks.ts), and
 * reading and hashing the sources at import cost each thread ~60-110 ms of CPU for nothing
 * (the normalize cache's 128 files, measured at stop 61).
 */
export function lazyCodeVersion(entries: URL[]): () => string {
  let version: string | undefined;
  return () => (version ??= codeVersion(entries));
}

export interface CacheLines<T> {
  /** The entries that passed the check, in file order. */
  entries: T[];
  /** Entry lines in the file, used or not (0 when `current` is false). */
  lines: number;
  /** The file was read and written by this version (else it holds nothing usable). */
  current: boolean;
}

/**
 * The entries of a cache file written by writeCacheLines with this version, each passed through
 * `check` (null drops it). A missing file, another version, or a damaged line gives no entries
 * (for that line): the cache only saves time.
 */
export async function readCacheLines<T>(
  file: string,
  version: string,
  check: (value: unknown) => T | null,
): Promise<CacheLines<T>> {
  const none = { entries: [], lines: 0, current: false };
  const entries: T[] = [];
  let lines = 0;
  const stream = createReadStream(file);
  const gunzip = createGunzip();
  // A read error (a missing file) ends the lines with it, as a decompression error does.
  stream.on('error', (error) => gunzip.destroy(error));
  const reader = createInterface({ input: stream.pipe(gunzip), crlfDelay: Infinity });
  try {
    let header = true;
    for await (const line of reader) {
      if (header) {
        if (parse(line)?.version !== version) return none;
        header = false;
        continue;
      }
      lines++;
      const entry = check(parse(line));
      if (entry !== null) entries.push(entry);
    }
    return header ? none : { entries, lines, current: true };
  } catch {
    // Missing or unreadable (a folder in its place, say): a cache only saves time.
    return none;
  } finally {
    reader.close();
    gunzip.destroy();
    stream.destroy();
  }
}

function parse(line: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(line) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** Lines go to the file in chunks of about this many characters (few writes, little memory). */
const CHUNK = 1 << 20;

/**
 * zlib's level for cache files. The normalize cache is mostly JSON of the documents' text and
 * their removals (61 KB an entry on the WARC bench's saved pages, 6.1 GB at 100,000 records); at
 * level 1 it shrinks about 5 times for ~0.3 ms of CPU an entry, under 1% of the build's 48.5 ms a
 * record. Higher levels took several times the CPU for a few percent more (docs/figures.md,
 * stop 58).
 */
export const CACHE_GZIP_LEVEL = 1;

/**
 * Writes `entries` (JSON-serializable objects) under a header with `version`, beside the file
 * first and renamed into place, so a build killed mid-write leaves the previous file whole.
 */
export async function writeCacheLines(
  file: string,
  version: string,
  entries: Iterable<object>,
): Promise<void> {
  function* chunks(): Generator<string> {
    let chunk = `${JSON.stringify({ version })}\n`;
    for (const entry of entries) {
      chunk += `${JSON.stringify(entry)}\n`;
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  }
  // The callback form returns the gzip stream, destroyed with any error on the way, which the
  // write then throws.
  const gzipped = streamPipeline(
    Readable.from(chunks()),
    createGzip({ level: CACHE_GZIP_LEVEL }),
    () => {},
  );
  await replaceFile(file, gzipped, { makeFolder: true });
}

/** A cache file written an entry at a time (openCacheLines). */
export interface CacheLinesWriter {
  add(entry: object): void;
  /** Puts the file in place of the old one. */
  commit(): Promise<void>;
  /** Leaves the old file as it was (a failed build's entries are not all there). */
  abandon(): Promise<void>;
}

/**
 * writeCacheLines for entries that come one at a time and need not all be held: each is written
 * as it comes, beside the file, and the file is renamed into place on commit().
 */
export function openCacheLines(file: string, version: string): CacheLinesWriter {
  const temp = `${file}.tmp`;
  mkdirSync(path.dirname(file), { recursive: true });
  const out = createGzip({ level: CACHE_GZIP_LEVEL });
  // A write error is thrown by commit(), which waits for the stream.
  const written = pipeline(out, createWriteStream(temp));
  written.catch(() => {});
  let chunk = `${JSON.stringify({ version })}\n`;
  const close = async () => {
    out.end(chunk);
    chunk = '';
    await written;
  };
  return {
    add(entry) {
      chunk += `${JSON.stringify(entry)}\n`;
      if (chunk.length >= CHUNK) {
        out.write(chunk);
        chunk = '';
      }
    },
    async commit() {
      await close();
      await rename(temp, file);
    },
    async abandon() {
      await close().catch(() => {});
      await rm(temp, { force: true });
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Checking what was read: every cache checks an entry against the shape it writes, with these,
// and uses none that is not exactly such an entry.

/** Whether a value read from a cache file has the shape an entry's field must have. */
export type Check = (value: unknown) => boolean;
export const isString: Check = (v) => typeof v === 'string';
export const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
export const arrayOf =
  (check: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(check);
/** An object with exactly the keys of `shape`, and maybe those of `optional`. */
export const objectOf =
  (shape: Record<string, Check>, optional: Record<string, Check> = {}): Check =>
  (v) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
    const keys = Object.keys(v);
    const record = v as Record<string, unknown>;
    const check = (k: string) => (Object.hasOwn(shape, k) ? shape[k] : optional[k]);
    return (
      Object.keys(shape).every((k) => Object.hasOwn(record, k)) &&
      keys.every((k) => Object.hasOwn(shape, k) || Object.hasOwn(optional, k)) &&
      keys.every((k) => (check(k) as Check)(record[k]))
    );
  };
