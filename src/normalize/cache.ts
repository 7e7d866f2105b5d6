// The normalize stage's cache: each file's NormalizedDoc from the previous build, reused when
// normalizing it again would give the same document.
//
// normalize(file, context) reads the file and, through the corpus-wide context, the archive's
// word counts (joining print breaks) and its recurring template lines. Adding one file changes
// those, so a document cached by the file's bytes alone could be wrong: one new story spelling
// "nailbiting" makes "nail-biting" in a seed a print break to join (see
// test/integration/rebuild-cache.test.ts). So each file is normalized through a context that
// records every lookup normalize makes and the answer it got (NormalizeContext offers nothing
// but lookups), and the answers are kept with the document. A cached document is used only when
//   - the file has the same path (it is the document's path) and bytes (sha256),
//   - the code is the same (cacheVersion: normalize and ingest, which turns the bytes into the
//     text normalize reads, with every module, data file and package they use), and
//   - every recorded lookup gives the same answer in this build's context.
// Then normalize would make the same lookups, get the same answers and return the same document:
// it is a pure function of the file and those answers. At 10,000 articles one added file changed
// answers for 73 of 11,154 files (npm run bench -- --articles 10000 --incremental). That is with
// the lookups made only where a rule needs their answer (decideBreak, the recurring-line test in
// normalize): looking everything up first recorded 33,276 word counts and 96,264 lines instead of
// 10,098 and 31,999, and 104 files were normalized again.
//
// Storage: <work>/cache/normalize.jsonl, one file's entry a line, gzip-compressed (src/cache.ts;
// the name is kept so that an earlier version's plain file is replaced, not left beside it),
// holding the entries of the last build only.

import path from 'node:path';
import {
  arrayOf,
  lazyCodeVersion,
  isString,
  isStringOrNull,
  objectOf,
  openCacheLines,
  readCacheLines,
  type CacheLines,
  type CacheLinesWriter,
  type Check,
} from '../cache.ts';
import type { BuildOptions } from '../options.ts';
import type {
  Block,
  BlockKind,
  BlockLink,
  ExtractedDate,
  InputFile,
  NormalizedDoc,
  Removal,
} from '../types.ts';
import type { WorkerPool } from '../workers.ts';
import type { NormalizeContext } from '../extract/context.ts';
import { normalize } from '../extract/normalize.ts';

/** The code an entry was made by; see codeVersion. This module is in it for the entry format. */
const cacheVersion = lazyCodeVersion([
  new URL(import.meta.url),
  new URL('../stages/ingest.ts', import.meta.url),
]);

/** What one file's normalization asked of the context, with the answers. */
interface Facts {
  /** Word -> its count in the archive (null: absent). */
  words: [string, number | null][];
  /** Line key -> whether it is a recurring template line. */
  lines: [string, boolean][];
}

interface Entry extends Facts {
  path: string;
  sha256: string;
  doc: NormalizedDoc;
}

export interface NormalizeCache {
  /**
   * normalize(file, context) for each file, in order: from the cache when the recorded answers
   * still hold, on the pool's threads when there are enough of the others. Each document is
   * handed to `done` in file order as soon as it and those before it are made, after its cache
   * entry is written: `done` may then empty its removals (src/stages/report.ts spills them), so
   * that a build never holds them all. Called once per cache.
   */
  normalizeAll(
    files: InputFile[],
    context: NormalizeContext,
    pool: WorkerPool | null,
    progress?: (done: number) => void,
    done?: (doc: NormalizedDoc) => void,
  ): Promise<NormalizedDoc[]>;
  /** How many of the files the cache has an entry for (whether its facts still hold or not). */
  readonly cachedFiles: number;
  /** How many documents normalizeAll() took from the cache. */
  readonly reused: number;
  /** Whether normalizeAll() took the document of the file at this path from the cache. */
  fromCache(path: string): boolean;
  /**
   * Puts in place the entries of the files normalized through this cache, and only those, unless
   * the file holds just them already (they were written as normalizeAll() made them).
   */
  save(): Promise<void>;
}

/** A document with what its normalization asked of the context (see the top of this module). */
export interface RecordedDoc extends Facts {
  doc: NormalizedDoc;
}

/** normalize(file, context), with every lookup it made and the answer it got. */
export function normalizeRecording(file: InputFile, context: NormalizeContext): RecordedDoc {
  const recorder = recording(context);
  const doc = normalize(file, recorder.context);
  return { ...recorder.facts(), doc };
}

/** Reads the cache for `files`: entries for other paths or bytes are left out. */
export async function openNormalizeCache(
  files: InputFile[],
  options: BuildOptions,
): Promise<NormalizeCache> {
  const cache = await readNormalizeCache(files, options);
  return {
    async normalizeAll(files, context, pool, progress = () => {}, done = () => {}) {
      return normalizeThrough(cache, files, context, pool, progress, done);
    },
    cachedFiles: cache.cached.size,
    get reused() {
      return cache.reusedPaths.size;
    },
    fromCache: (filePath) => cache.reusedPaths.has(filePath),
    async save() {
      await cache.writer?.commit();
      cache.writer = null;
    },
  };
}

/** What an open cache holds from its reading to save(). */
interface OpenCache {
  /** <work>/cache/normalize.jsonl. */
  file: string;
  /** What was read of it: the entries of this build's files (their paths and bytes). */
  read: CacheLines<Entry>;
  /** Those entries by path. */
  cached: Map<string, Entry>;
  /** Paths of the files whose documents normalizeAll() took from the cache. */
  reusedPaths: Set<string>;
  /** This build's entries, written as the documents come (null: the file holds them already). */
  writer: CacheLinesWriter | null;
}

/** The cache's entries for `files`, nothing reused or written yet. */
async function readNormalizeCache(files: InputFile[], options: BuildOptions): Promise<OpenCache> {
  const file = path.resolve(options.work, 'cache', 'normalize.jsonl');
  const current = new Map(files.map((f) => [f.path, f.sha256]));
  const read = await readCacheLines(file, cacheVersion(), (value) => {
    const entry = asEntry(value);
    return entry && current.get(entry.path) === entry.sha256 ? entry : null;
  });
  const cached = new Map(read.entries.map((e) => [e.path, e]));
  return { file, read, cached, reusedPaths: new Set<string>(), writer: null };
}

/** NormalizeCache.normalizeAll on the open `cache`. */
async function normalizeThrough(
  cache: OpenCache,
  files: InputFile[],
  context: NormalizeContext,
  pool: WorkerPool | null,
  progress: (done: number) => void,
  done: (doc: NormalizedDoc) => void,
): Promise<NormalizedDoc[]> {
  const { made, missing } = reusable(files, cache.cached, context, cache.reusedPaths);
  const docs = files.map((_, i) => made[i]?.doc) as NormalizedDoc[];
  // Each line of the file is reused: it holds this build's entries and nothing else.
  const { read } = cache;
  const unchanged = read.current && missing.length === 0 && read.lines === files.length;
  cache.writer = unchanged ? null : openCacheLines(cache.file, cacheVersion());
  const flush = inFileOrder(made, (entry) => {
    cache.writer?.add(entry);
    done(entry.doc);
  });
  const take = (start: number, recorded: RecordedDoc[]) => {
    recorded.forEach(({ doc, words, lines }, k) => {
      const i = missing[start + k] as number;
      const input = files[i] as InputFile;
      made[i] = { path: input.path, sha256: input.sha256, words, lines, doc };
      docs[i] = doc;
    });
    flush();
  };
  try {
    flush();
    await normalizeMissing(
      missing.map((i) => files[i] as InputFile),
      context,
      pool,
      progress,
      take,
    );
  } catch (error) {
    await cache.writer?.abandon();
    cache.writer = null;
    throw error;
  }
  return docs;
}

/**
 * Each file's cached entry where the file and every recorded lookup still hold (its path added
 * to `reusedPaths`), and the indexes of the files that must be normalized now.
 */
function reusable(
  files: InputFile[],
  cached: Map<string, Entry>,
  context: NormalizeContext,
  reusedPaths: Set<string>,
): { made: (Entry | undefined)[]; missing: number[] } {
  const made = new Array<Entry | undefined>(files.length);
  const missing: number[] = [];
  files.forEach((input, i) => {
    const entry = cached.get(input.path);
    if (entry && entry.sha256 === input.sha256 && factsHold(entry, context)) {
      reusedPaths.add(input.path);
      made[i] = entry;
    } else {
      missing.push(i);
    }
  });
  return { made, missing };
}

/**
 * Hands `emit` each entry of `made` in file order, each as soon as those before it are there,
 * and lets go of it: after that, the build holds only its document. Call after filling in.
 */
function inFileOrder(made: (Entry | undefined)[], emit: (entry: Entry) => void): () => void {
  let next = 0;
  return () => {
    for (let entry = made[next]; entry; entry = made[next]) {
      made[next++] = undefined;
      emit(entry);
    }
  };
}

/**
 * normalize() for each file, on the pool's threads when there are enough of them, handing each
 * batch's documents to `take` (with the index of its first file) as soon as it is made.
 */
async function normalizeMissing(
  files: InputFile[],
  context: NormalizeContext,
  pool: WorkerPool | null,
  progress: (done: number) => void,
  take: (start: number, recorded: RecordedDoc[]) => void,
): Promise<void> {
  const threads = pool?.worthIt(files.length) ? pool : null;
  if (threads) {
    await threads.each('normalize', files, context, take, { progress });
    return;
  }
  for (const [k, input] of files.entries()) {
    progress(k + 1);
    take(k, [normalizeRecording(input, context)]);
    // A turn of the event loop, so that what was written for it leaves memory.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The context, with every lookup normalize makes through it recorded with its answer. */
function recording(context: NormalizeContext): { context: NormalizeContext; facts: () => Facts } {
  const words = new Map<string, number | null>();
  const lines = new Map<string, boolean>();
  return {
    context: {
      corpusWords: {
        get(word) {
          const count = context.corpusWords.get(word);
          words.set(word, count ?? null);
          return count;
        },
      },
      recurringLines: {
        has(key) {
          const recurring = context.recurringLines.has(key);
          lines.set(key, recurring);
          return recurring;
        },
      },
    },
    facts: () => ({ words: [...words], lines: [...lines] }),
  };
}

function factsHold(entry: Facts, context: NormalizeContext): boolean {
  return (
    entry.words.every(([word, count]) => (context.corpusWords.get(word) ?? null) === count) &&
    entry.lines.every(([key, recurring]) => context.recurringLines.has(key) === recurring)
  );
}

// ---------------------------------------------------------------------------------------------
// Checking what was read: a line that is not exactly an entry is not used. Entries are written
// by this module from documents normalize returned, whose fields are strings, numbers, null and
// arrays and objects of them, so JSON gives back an equal document with its keys in the same
// order (test/unit/normalize-cache.test.ts checks that on every fixture).

const BLOCK_KINDS = new Set<string>([
  'paragraph',
  'heading',
  'list-item',
  'quote',
  'caption',
] satisfies BlockKind[]);

const isDate = objectOf(
  {
    value: isString,
    precision: (v) => v === 'day' || v === 'month' || v === 'year',
    from: isString,
  } satisfies Record<Exclude<keyof ExtractedDate, 'frontMatter' | 'markup'>, Check>,
  {
    frontMatter: (v) => v === true,
    markup: (v) => v === true,
  } satisfies Record<'frontMatter' | 'markup', Check>,
);

const isDocFields = objectOf({
  path: isString,
  sha256: isString,
  title: isStringOrNull,
  standfirst: isStringOrNull,
  date: (v) => v === null || isDate(v),
  source: isStringOrNull,
  byline: isStringOrNull,
  section: isStringOrNull,
  lang: isStringOrNull,
  blocks: arrayOf(
    objectOf(
      {
        kind: (v) => typeof v === 'string' && BLOCK_KINDS.has(v),
        text: isString,
      } satisfies Record<'kind' | 'text', Check>,
      {
        level: Number.isInteger,
        ordered: (v) => typeof v === 'boolean',
        cells: arrayOf(isString),
        header: (v) => typeof v === 'boolean',
        links: arrayOf(
          objectOf({
            start: Number.isInteger,
            end: Number.isInteger,
            href: isString,
          } satisfies Record<keyof BlockLink, Check>),
        ),
      } satisfies Record<Exclude<keyof Block, 'kind' | 'text'>, Check>,
    ),
  ),
  removed: arrayOf(
    objectOf(
      {
        line: Number.isInteger,
        text: isString,
        reason: isString,
      } satisfies Record<Exclude<keyof Removal, 'element'>, Check>,
      { element: isString } satisfies Record<'element', Check>,
    ),
  ),
  warnings: arrayOf(isString),
  format: (v) => v === 'text' || v === 'html',
} satisfies Record<Exclude<keyof NormalizedDoc, 'url'>, Check>);

/** A document: isDocFields, and the address its page declares (NormalizedDoc.url) if any. */
const isDoc: Check = (v) => {
  if (v === null || typeof v !== 'object' || !Object.hasOwn(v, 'url')) return isDocFields(v);
  const { url, ...fields } = v as { url: unknown };
  return typeof url === 'string' && isDocFields(fields);
};

const isEntry = objectOf({
  path: isString,
  sha256: isString,
  words: arrayOf(
    (v) =>
      Array.isArray(v) &&
      v.length === 2 &&
      isString(v[0]) &&
      (v[1] === null || Number.isInteger(v[1])),
  ),
  lines: arrayOf(
    (v) => Array.isArray(v) && v.length === 2 && isString(v[0]) && typeof v[1] === 'boolean',
  ),
  doc: isDoc,
} satisfies Record<keyof Entry, Check>);

function asEntry(value: unknown): Entry | null {
  if (!isEntry(value)) return null;
  const entry = value as Entry;
  return entry.doc.path === entry.path && entry.doc.sha256 === entry.sha256 ? entry : null;
}
