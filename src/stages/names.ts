// Stage 5, names: what compromise's tagger finds in each article (namesIn in src/topics/tagger.ts), the
// costliest step of the build (most of it inside compromise; docs/figures.md). So it runs
// on every core, on the build's worker threads (src/workers.ts), and what it found is kept in the
// work folder by the hash of the text it read: a rebuild tags only new or changed articles.
//
// namesIn is a pure function of an article's text and of the tagger's code, so an answer from
// the cache or from another thread is the answer the main thread would have got: the output
// does not depend on the cache, the thread count or the order the workers finish in.

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { replaceFile } from '../replace-file.ts';
import type { BuildContext } from '../build-context.ts';
import { arrayOf, codeVersion, isString, objectOf, type Check } from '../cache.ts';
import type { BuildOptions } from '../options.ts';
import type { Article, NormalizedDoc } from '../types.ts';
import { StopFlag, type WorkerPool } from '../workers.ts';
import { progressEvery } from '../progress.ts';
import { namesIn, type Candidate, type TaggedNames, type TaggedText } from '../topics/tagger.ts';

/**
 * The tagger's version: namesIn's code (src/topics/tagger.ts and everything it imports) and the
 * installed compromise (see codeVersion). A change to either makes every cached answer stale, so
 * no answer outlives the code that gave it; a change to how the topics stage ranks the names
 * (src/stages/topics.ts: MAX_TOPICS, say) keeps them.
 */
const TAGGER_VERSION = codeVersion([new URL('../topics/tagger.ts', import.meta.url)]);

interface CacheFile {
  version: string;
  names: Record<string, TaggedNames>;
}

export interface NamesResult {
  /** namesIn(article) for each article, in order. */
  names: TaggedNames[];
  /** How many articles were tagged in this build (the rest came from the cache). */
  tagged: number;
  /** Documents tagged ahead of dedup (tagAhead), and how many of them were articles' texts. */
  ahead: { tagged: number; taken: number };
  /**
   * Threads that tagged them (0: the main thread did; 1: one thread tagged some ahead of dedup,
   * the main thread the rest).
   */
  workers: number;
}

/** Progress lines on long runs: one every this many articles tagged. */
const PROGRESS_EVERY = 5000;

/**
 * Most documents sent ahead, before dedup, as a share of them. While dedup groups copies on the
 * main thread, the worker threads have nothing to do; one of them tags documents meanwhile, and
 * an article that dedup leaves with its document's text takes that document's names. The names
 * stage stops it where dedup and addresses end (NamesAhead.stop): a document it has not begun is
 * tagged with the articles instead, so sending too many costs only their copy to the thread.
 * How many one thread gets through depends on the input: on text stories dedup takes 0.29 ms a
 * document and tagging 4 ms, 1 in 14 (docs/figures.md); on saved pages (bench:html:warc) dedup
 * 2.1 ms and tagging 16.6 ms at 1,000 records under load, 1 in 8, and dedup grows faster than
 * linearly (2.6 ms a document at 40,000, 3.8 at 100,000: 1 in 4). A third leaves that a margin,
 * and bounds the texts copied to the thread to a third of what the names stage sends it.
 */
const AHEAD_SHARE = 1 / 3;

/** Names of documents tagged ahead of dedup (tagAhead), for findNames to take. */
export interface NamesAhead {
  /** The names cache as read before dedup, so findNames does not read it again. */
  cached: Record<string, TaggedNames>;
  /** Text key of each document sent ahead -> its position in `found`. */
  keys: Map<string, number>;
  /** The names found, undefined for a document the thread had not begun when stopped. */
  found: Promise<(TaggedNames | undefined)[]>;
  /** Raised by findNames: the documents not yet begun are left to the names stage. */
  stop: StopFlag;
}

/**
 * Starts tagging, on one worker thread, the first documents whose names are not in the cache
 * and that are worth it, until findNames stops it: call it right before dedup, which keeps the
 * main thread busy without waiting for anything.
 *
 * A document the last build had too (`inLastBuild`) was tagged then if it was an article's text,
 * and its names are in the cache; if they are not, it was a copy that dedup merged away, and
 * tagging it again is wasted, and slows dedup, which shares the cores with it (docs/figures.md,
 * src/stages/names.ts). With an
 * empty names cache (a new work folder beside a kept lock) the last build's documents are
 * tagged ahead like new ones: most of them are articles, and nothing says which.
 */
export async function tagAhead(
  docs: NormalizedDoc[],
  options: BuildOptions,
  pool: WorkerPool | null,
  inLastBuild: (doc: NormalizedDoc) => boolean = () => false,
): Promise<NamesAhead> {
  const cached = await readCache(cacheFile(options));
  const lastBuildTagged = Object.keys(cached).length > 0;
  const keys = new Map<string, number>();
  const texts: TaggedText[] = [];
  const wanted = Math.ceil(docs.length * AHEAD_SHARE);
  if (pool?.worthIt(wanted)) {
    for (const doc of docs) {
      if (texts.length >= wanted) break;
      // A document without a title gets one from dedup, and so another text.
      if (doc.title === null || (lastBuildTagged && inLastBuild(doc))) continue;
      const text = { title: doc.title, standfirst: doc.standfirst, blocks: doc.blocks };
      const key = textKey(text);
      if (cached[key] || keys.has(key)) continue;
      keys.set(key, texts.length);
      texts.push(text);
    }
  }
  const stop = new StopFlag();
  const names = new Array<TaggedNames | undefined>(texts.length);
  const take = (start: number, outputs: TaggedNames[]) =>
    outputs.forEach((output, k) => (names[start + k] = output));
  const found =
    pool && texts.length > 0
      ? pool.each('names', texts, null, take, { threads: 1, stop }).then(() => names)
      : Promise.resolve(names);
  // Waited for by findNames; a failure meanwhile must not count as an unhandled rejection.
  found.catch(() => {});
  return { cached, keys, found, stop };
}

/**
 * The names stage: the names of each article (findNames), those of documents tagged ahead of
 * dedup (namesAhead) taken where an article kept its document's text.
 */
export async function namesStage(
  { options, pool, progress, done }: BuildContext,
  articles: Article[],
  ahead: NamesAhead,
): Promise<NamesResult> {
  const names = await findNames(articles, options, pool, progress, ahead);
  done(
    `names: ${names.tagged} of ${articles.length} articles tagged` +
      (names.workers ? ` on ${names.workers} thread${names.workers > 1 ? 's' : ''}` : '') +
      (names.ahead.tagged > 0
        ? ` (${names.ahead.taken} of them ahead, while dedup ran: ${names.ahead.tagged} ` +
          `documents tagged then)`
        : '') +
      `, ${articles.length - names.tagged} from the cache`,
  );
  return names;
}

/** tagAhead on the build's pool: the names stage's start, right before dedup. */
export function namesAhead(
  { options, pool }: BuildContext,
  docs: NormalizedDoc[],
  inLastBuild: (doc: NormalizedDoc) => boolean,
): Promise<NamesAhead> {
  return tagAhead(docs, options, pool, inLastBuild);
}

export async function findNames(
  articles: Article[],
  options: BuildOptions,
  pool: WorkerPool | null,
  progress: (line: string) => void = () => {},
  ahead: NamesAhead | null = null,
): Promise<NamesResult> {
  const cached = ahead?.cached ?? (await readCache(cacheFile(options)));
  // What the thread has not begun of the documents sent ahead is tagged with the articles; it
  // stops after its current batch.
  ahead?.stop.raise();
  const foundAhead = (await ahead?.found) ?? [];
  const keys = articles.map(textKey);
  const names: (TaggedNames | undefined)[] = keys.map((key) => cached[key]);
  const taggedAhead = keys.flatMap((key, i) => {
    const position = names[i] ? undefined : ahead?.keys.get(key);
    return position === undefined || !foundAhead[position] ? [] : [[i, position] as const];
  });
  const taken = new Set(taggedAhead.map(([i]) => i));
  const missing = articles.flatMap((article, i) => (names[i] || taken.has(i) ? [] : [i]));

  const threads = pool?.worthIt(missing.length) ? pool : null;
  const found = await tagMissing(articles, missing, threads, progress);
  missing.forEach((articleIndex, k) => (names[articleIndex] = found[k]));
  for (const [i, position] of taggedAhead) names[i] = foundAhead[position];

  // Only this build's articles are kept: the cache never grows past the archive.
  const kept: Record<string, TaggedNames> = {};
  keys.forEach((key, i) => (kept[key] = names[i] as TaggedNames));
  const tagged = missing.length + taggedAhead.length;
  if (tagged > 0 || Object.keys(cached).length !== Object.keys(kept).length) {
    await writeCache(cacheFile(options), { version: TAGGER_VERSION, names: kept });
  }
  return {
    names: names as TaggedNames[],
    tagged,
    ahead: { tagged: foundAhead.filter(Boolean).length, taken: taggedAhead.length },
    workers: threads ? threads.threads : taggedAhead.length > 0 ? 1 : 0,
  };
}

/**
 * The names of the articles at `missing` (indexes into `articles`), which neither the cache nor
 * the documents sent ahead hold: tagged on the threads when given, else on this thread.
 */
async function tagMissing(
  articles: Article[],
  missing: number[],
  threads: WorkerPool | null,
  progress: (line: string) => void,
): Promise<TaggedNames[]> {
  if (!threads) return missing.map((i) => namesIn(articles[i] as Article));
  return threads.map(
    'names',
    missing.map((i) => taggedText(articles[i] as Article)),
    null,
    {
      progress: progressEvery(PROGRESS_EVERY, (n) =>
        progress(`names: ${n}/${missing.length} articles tagged`),
      ),
    },
  );
}

function cacheFile(options: BuildOptions): string {
  return path.resolve(options.work, 'cache', 'names.json');
}

function taggedText(article: Article): TaggedText {
  return { title: article.title, standfirst: article.standfirst, blocks: article.blocks };
}

function textKey(article: TaggedText): string {
  const { title, standfirst, blocks } = article;
  return createHash('sha256')
    .update(JSON.stringify([title, standfirst, blocks.map((b) => [b.kind, b.text])]))
    .digest('base64url');
}

const NAME_KINDS = new Set<string>([
  'person',
  'place',
  'organization',
] satisfies Candidate['kind'][]);

const isTaggedNames = objectOf({
  candidates: arrayOf(
    objectOf({
      name: isString,
      kind: (v) => typeof v === 'string' && NAME_KINDS.has(v),
    } satisfies Record<keyof Candidate, Check>),
  ),
  definitions: arrayOf((v) => Array.isArray(v) && v.length === 2 && v.every(isString)),
  headline: arrayOf(isString),
} satisfies Record<keyof TaggedNames, Check>);

/**
 * The cached names, by text key: of this tagger's version, each entry checked as the other caches
 * check theirs (src/cache.ts), one that is not exactly a TaggedNames left out (tagged again).
 */
async function readCache(file: string): Promise<Record<string, TaggedNames>> {
  let parsed: Partial<CacheFile> | null;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile> | null;
  } catch {
    // Missing, or left unreadable by a crash: the cache only saves time, so start afresh.
    return {};
  }
  const names = parsed?.version === TAGGER_VERSION ? (parsed.names as unknown) : null;
  if (names === null || typeof names !== 'object' || Array.isArray(names)) return {};
  const checked: Record<string, TaggedNames> = {};
  for (const [key, value] of Object.entries(names)) {
    if (isTaggedNames(value)) checked[key] = value as TaggedNames;
  }
  return checked;
}

/** Written beside itself and renamed, so a build killed mid-write leaves the old cache whole. */
async function writeCache(file: string, cache: CacheFile): Promise<void> {
  await replaceFile(file, JSON.stringify(cache), { makeFolder: true });
}
