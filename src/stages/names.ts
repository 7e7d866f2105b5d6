// Stage 4a, names: what compromise's tagger finds in each article (namesIn in topics.ts), the
// costliest step of the build (about 4 ms an article, most of it inside compromise). So it runs
// on every core, on the build's worker threads (src/workers.ts), and what it found is kept in the
// work folder by the hash of the text it read: a rebuild tags only new or changed articles.
//
// namesIn is a pure function of an article's text and of the tagger's code, so an answer from
// the cache or from another thread is the answer the main thread would have got: the output
// does not depend on the cache, the thread count or the order the workers finish in.

import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { codeVersion } from '../cache.ts';
import type { BuildOptions } from '../options.ts';
import type { Article } from '../types.ts';
import type { WorkerPool } from '../workers.ts';
import { progressEvery } from '../progress.ts';
import { namesIn, type TaggedNames, type TaggedText } from './topics.ts';

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
  pool: WorkerPool | null,
  progress: (line: string) => void = () => {},
): Promise<NamesResult> {
  const cacheFile = path.resolve(options.work, 'cache', 'names.json');
  const cached = await readCache(cacheFile);
  const keys = articles.map(textKey);
  const names: (TaggedNames | undefined)[] = keys.map((key) => cached[key]);
  const missing = articles.flatMap((article, i) => (names[i] ? [] : [i]));

  const threads = pool?.worthIt(missing.length) ? pool : null;
  const found = threads
    ? await threads.map(
        'names',
        missing.map((i) => taggedText(articles[i] as Article)),
        null,
        {
          progress: progressEvery(PROGRESS_EVERY, (n) =>
            progress(`names: ${n}/${missing.length} articles tagged`),
          ),
        },
      )
    : missing.map((i) => namesIn(articles[i] as Article));
  missing.forEach((articleIndex, k) => (names[articleIndex] = found[k]));

  // Only this build's articles are kept: the cache never grows past the archive.
  const kept: Record<string, TaggedNames> = {};
  keys.forEach((key, i) => (kept[key] = names[i] as TaggedNames));
  if (missing.length > 0 || Object.keys(cached).length !== Object.keys(kept).length) {
    await writeCache(cacheFile, { version: TAGGER_VERSION, names: kept });
  }
  return {
    names: names as TaggedNames[],
    tagged: missing.length,
    workers: threads?.threads ?? 0,
  };
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
