// Stage 2, normalize: every input file -> front matter fields (title, standfirst, date, source,
// byline, section, language) plus body blocks, with the site chrome taken out and recorded, by
// the extraction layer (normalize in src/extract/normalize.ts, which says its parts), through
// the normalize cache (src/normalize/cache.ts) and on the worker threads. The documents left
// with no article text are rejected here; their removals are still reported.

import type { BuildContext } from '../build-context.ts';
import { corpusProfile, type NormalizeContext } from '../extract/context.ts';
import { applyFolderDefaults } from '../folder-data.ts';
import { openNormalizeCache, type NormalizeCache } from '../normalize/cache.ts';
import { progressEvery } from '../progress.ts';
import { hasWords } from '../text.ts';
import type { NormalizedDoc, Rejection } from '../types.ts';
import type { IngestResult } from './ingest.ts';
import { openRemovalSpill, type SpilledRemovals } from './report.ts';

export { corpusProfile, type NormalizeContext } from '../extract/context.ts';
export { normalize } from '../extract/normalize.ts';

/** Progress lines on long runs: one every this many files. */
const PROGRESS_EVERY = 500;

export interface NormalizeResult {
  /** Every file's document, rejected or not: the removal report lists what was taken out. */
  docs: NormalizedDoc[];
  /** The input's rejections plus the documents left empty. */
  rejected: Rejection[];
  /** The documents not rejected: the copies dedup groups. */
  accepted: NormalizedDoc[];
  /** Whether a file's document came from the cache. */
  fromCache: (path: string) => boolean;
  /** The removals, waiting in the work folder for /report.json (src/stages/report.ts). */
  removals: SpilledRemovals;
}

export async function normalizeStage(
  context: BuildContext,
  input: IngestResult,
): Promise<NormalizeResult> {
  const { options, pool, done } = context;
  // Each file's document from the previous build, where normalizing it again would give it.
  const normalizeCache = await openNormalizeCache(input.files, options);
  // Files the cache cannot give are normalized on the threads: they start while the main thread
  // profiles the corpus.
  if (pool.worthIt(input.files.length - normalizeCache.cachedFiles)) pool.start();
  const profile = corpusProfile(input.files);
  const { docs, removals } = await normalizeSpilling(context, normalizeCache, input, profile);
  const rejected = [...input.rejected, ...emptyDocuments(docs)];
  await normalizeCache.save();
  // After the cache, so that the cache holds what the file alone gives (src/folder-data.ts).
  const inputFiles = new Map(input.files.map((f) => [f.path, f]));
  applyFolderDefaults(docs, input.folderData, (rel) => inputFiles.get(rel));
  done(`normalize: ${input.files.length} files, ${normalizeCache.reused} from the cache`);
  const rejectedPaths = new Set(rejected.map((r) => r.path));
  const accepted = docs.filter((d) => !rejectedPaths.has(d.path));
  return {
    docs,
    rejected,
    accepted,
    fromCache: (rel) => normalizeCache.fromCache(rel),
    removals,
  };
}

/**
 * Every file's document, through the cache. The removals wait in the work folder for
 * /report.json (src/stages/report.ts says why), each document's written as it is made.
 */
async function normalizeSpilling(
  { options, pool, progress }: BuildContext,
  normalizeCache: NormalizeCache,
  input: IngestResult,
  profile: NormalizeContext,
): Promise<{ docs: NormalizedDoc[]; removals: SpilledRemovals }> {
  const spill = openRemovalSpill(options.work);
  const docs = await normalizeCache
    .normalizeAll(
      input.files,
      profile,
      pool,
      progressEvery(PROGRESS_EVERY, (n) => progress(`normalize: ${n}/${input.files.length} files`)),
      spill.add,
    )
    .catch(async (error: unknown) => {
      await spill.close().catch(() => {});
      throw error;
    });
  return { docs, removals: await spill.close() };
}

/**
 * The documents left with neither a title nor a body block, or with no word in either (a file of
 * "* * *" and ">": no article, and a page Pagefind would not index, which fails the build's
 * search index check), rejected. A doc stays in `docs` either way: the removal report lists what
 * was taken out of it.
 */
function emptyDocuments(docs: NormalizedDoc[]): Rejection[] {
  const rejected: Rejection[] = [];
  for (const doc of docs) {
    if (doc.blocks.length === 0 && !doc.title)
      rejected.push({ path: doc.path, reason: 'no article text left after removing site chrome' });
    else if (!hasWords(doc.title ?? '') && !doc.blocks.some((b) => hasWords(b.text)))
      rejected.push({ path: doc.path, reason: 'no words: only punctuation and symbols' });
  }
  return rejected;
}
