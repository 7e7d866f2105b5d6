// Stage 4a, names: what compromise's tagger finds in each article (namesIn in topics.ts), the
// costliest step of the build (about 15 ms a BBC article, 85% of it inside compromise). So it
// runs on every core, in worker threads, and what it found is kept in the work folder by the
// hash of the text it read: a rebuild tags only new or changed articles.
//
// namesIn is a pure function of an article's text and of the tagger's code, so an answer from
// the cache or from another thread is the answer the main thread would have got: the output
// does not depend on the cache, the thread count or the order the workers finish in.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { codeVersion } from '../cache.ts';
import type { BuildOptions } from '../options.ts';
import type { Article } from '../types.ts';
import { namesIn, type TaggedNames, type TaggedText } from './topics.ts';

/** Below this many articles to tag, starting workers (about a second each) costs more. */
const MIN_ARTICLES_FOR_WORKERS = 200;
/** Articles per message to a worker: few enough to keep both busy to the end. */
const BATCH = 100;

/**
 * The tagger's version: namesIn's code (topics.ts and everything it imports) and the installed
 * compromise (see codeVersion). A change to either makes every cached answer stale, so no
 * answer outlives the code that gave it.
 */
const TAGGER_VERSION = codeVersion([new URL('./topics.ts', import.meta.url)]);

interface CacheFile {
  version: string;
  names: Record<string, TaggedNames>;
}

export interface NamesResult {
  /** namesIn(article) for each article, in order. */
  names: TaggedNames[];
  /** How many articles were tagged in this build (the rest came from the cache). */
  tagged: number;
  /** Threads that tagged them (0: the main thread did). */
  workers: number;
}

/** Progress lines on long runs: one every this many articles tagged. */
const PROGRESS_EVERY = 5000;

export async function findNames(
  articles: Article[],
  options: BuildOptions,
  progress: (line: string) => void = () => {},
): Promise<NamesResult> {
  const cacheFile = path.resolve(options.work, 'cache', 'names.json');
  const cached = await readCache(cacheFile);
  const keys = articles.map(textKey);
  const names: (TaggedNames | undefined)[] = keys.map((key) => cached[key]);
  const missing = articles.flatMap((article, i) => (names[i] ? [] : [i]));

  const threads = missing.length < MIN_ARTICLES_FOR_WORKERS ? 0 : options.jobs;
  const found =
    threads > 0
      ? await tagInWorkers(
          missing.map((i) => taggedText(articles[i] as Article)),
          threads,
          (done) => progress(`names: ${done}/${missing.length} articles tagged`),
        )
      : missing.map((i) => namesIn(articles[i] as Article));
  missing.forEach((articleIndex, k) => (names[articleIndex] = found[k]));

  // Only this build's articles are kept: the cache never grows past the archive.
  const kept: Record<string, TaggedNames> = {};
  keys.forEach((key, i) => (kept[key] = names[i] as TaggedNames));
  if (missing.length > 0 || Object.keys(cached).length !== Object.keys(kept).length) {
    await writeCache(cacheFile, { version: TAGGER_VERSION, names: kept });
  }
  return { names: names as TaggedNames[], tagged: missing.length, workers: threads };
}

function taggedText(article: Article): TaggedText {
  return { title: article.title, standfirst: article.standfirst, blocks: article.blocks };
}

function textKey(article: Article): string {
  const { title, standfirst, blocks } = article;
  return createHash('sha256')
    .update(JSON.stringify([title, standfirst, blocks.map((b) => [b.kind, b.text])]))
    .digest('base64url');
}

async function readCache(file: string): Promise<Record<string, TaggedNames>> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>;
    return parsed.version === TAGGER_VERSION && parsed.names ? parsed.names : {};
  } catch {
    // Missing, or left unreadable by a crash: the cache only saves time, so start afresh.
    return {};
  }
}

/** Written beside itself and renamed, so a build killed mid-write leaves the old cache whole. */
async function writeCache(file: string, cache: CacheFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(cache));
  await rename(`${file}.tmp`, file);
}

/**
 * Tags texts on `threads` worker threads, each taking the next batch when it is done with one;
 * resolves to the names in the order of `texts`.
 */
async function tagInWorkers(
  texts: TaggedText[],
  threads: number,
  progress: (done: number) => void,
): Promise<TaggedNames[]> {
  const out: TaggedNames[] = new Array<TaggedNames>(texts.length);
  let done = 0;
  const batches: number[] = [];
  for (let start = 0; start < texts.length; start += BATCH) batches.push(start);
  const workers = Array.from({ length: Math.min(threads, batches.length) }, startWorker);
  try {
    await Promise.all(
      workers.map(async (worker) => {
        for (let start = batches.shift(); start !== undefined; start = batches.shift()) {
          const batch = texts.slice(start, start + BATCH);
          const names = await request(worker, batch);
          names.forEach((n, k) => (out[start + k] = n));
          const before = done;
          done += names.length;
          if (Math.floor(done / PROGRESS_EVERY) > Math.floor(before / PROGRESS_EVERY)) {
            progress(done);
          }
        }
      }),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}

// The worker runs the TypeScript sources, as the main thread does under tsx; tsx hooks the main
// thread's imports only, so the worker registers it before importing its entry module.
const WORKER_ENTRY = new URL('./names-worker.ts', import.meta.url).href;
const TSX_API = import.meta.resolve('tsx/esm/api');
const WORKER_SOURCE =
  `import(${JSON.stringify(TSX_API)})` +
  `.then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_ENTRY)}); });`;

function startWorker(): Worker {
  return new Worker(WORKER_SOURCE, { eval: true });
}

function request(worker: Worker, batch: TaggedText[]): Promise<TaggedNames[]> {
  return new Promise((resolve, reject) => {
    const cleanUp = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (names: TaggedNames[]) => {
      cleanUp();
      resolve(names);
    };
    const onError = (error: Error) => {
      cleanUp();
      reject(new Error(`names: a tagger thread failed: ${error.message}`));
    };
    const onExit = (code: number) => {
      cleanUp();
      reject(new Error(`names: a tagger thread stopped (exit code ${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(batch);
  });
}
