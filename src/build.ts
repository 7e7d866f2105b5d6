// The pipeline, in order: ingest -> normalize -> dedup -> addresses -> names -> topics -> related
// -> write -> site.
// Every stage is one module under src/stages/, whose header gives its place in this order, and
// takes what it reads: ingest, normalize, names, write and site the BuildOptions, dedup, addresses,
// topics and related only the articles and what earlier stages found (topics the configured
// topics, not the whole options). normalize, names and write do their work an item at a time on a
// pool of worker threads (src/workers.ts), one per core (--jobs), which lives from normalize to
// write.
//
// Before any work, every path is checked (src/ownership.ts): the build only ever moves, replaces
// or deletes a folder it made itself, and refuses, touching nothing, an output folder that is
// someone else's. The site is built in a staging folder beside the output, which also tells a
// second build into the same output that this one runs, and is swapped in only when every stage
// succeeded, so a failed build leaves the previous site as it was (src/publish.ts). The address
// lock (options.lock) is read first, so that a bad one fails the build before any work, and
// replaced only once the new site is in place: it is written beside itself first and renamed
// after the swap, so a failed build leaves the old lock with the old site.

import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.ts';
import { applyFolderDefaults, type FolderDataFile } from './folder-data.ts';
import type { BuildOptions } from './options.ts';
import { compareText } from './order.ts';
import { checkPaths, claimStaging, markWork, type BuildPaths } from './ownership.ts';
import { removeReplacedSite, swapIn } from './publish.ts';
import {
  assignAddresses,
  buildDay,
  lockJson,
  readLock,
  type AddressLock,
} from './stages/addresses.ts';
import { dedup } from './stages/dedup.ts';
import { ingest, type IngestResult, type Skipped } from './stages/ingest.ts';
import { corpusProfile } from './stages/normalize.ts';
import { openNormalizeCache } from './normalize/cache.ts';
import { site, type SiteStageInput } from './stages/site.ts';
import { forgetSiteState, readSiteState, writeSiteState } from './site/reuse.ts';
import { findNames, tagAhead } from './stages/names.ts';
import { relateArticles } from './stages/related.ts';
import { openRemovalSpill, pendingReport, type SpilledRemovals } from './stages/report.ts';
import { assignTopics } from './stages/topics.ts';
import { startRendering, write } from './stages/write.ts';
import { WorkerPool } from './workers.ts';
import { progressEvery, stepTimer } from './progress.ts';
import type {
  Article,
  CaptureOrigin,
  Manifest,
  NormalizedDoc,
  Rejection,
  RenderedArticle,
  WarcFileSummary,
} from './types.ts';

export interface BuildSummary {
  filesRead: number;
  articles: number;
  /** Input files folded into another copy's article (roles "merged" and "duplicate"). */
  copiesMerged: number;
  fragments: number;
  /** Redirect pages written: old addresses of retitled or merged articles (see addresses.ts). */
  redirects: number;
  rejected: Rejection[];
  /**
   * Hidden and documentation files and folders left out unread (src/stages/ingest.ts): counted,
   * not published and not listed as rejected. Not in filesRead, which counts files opened.
   */
  skipped: Skipped[];
  /** Problems that did not stop a file (ignored front matter fields, say), by file. */
  warnings: { path: string; message: string }[];
  /**
   * What each WARC file held (src/warc/ingest.ts): its pages are counted in filesRead as files,
   * its other records only here.
   */
  warc: WarcFileSummary[];
  pages: number;
  /**
   * What was taken over from the site this build replaced (src/site/reuse.ts): its unchanged
   * article, listing and feed pages, search index parts and raw copies.
   */
  reused: { pages: number; pagedPages: number; parts: number; partCount: number; raw: number };
  output: string;
}

/** Progress lines on long runs: one every this many files. */
const PROGRESS_EVERY = 500;

/** What every step of a build reads besides its data: the options and where its lines go. */
interface BuildContext {
  options: BuildOptions;
  /** A progress line, printed when options.progress is on (not with --quiet). */
  progress: (line: string) => void;
  /** Ends a stage: its progress line carries the seconds since the last stage ended. */
  done: (line: string) => void;
}

/** What build() hands on: the checked paths, the lock as it was, and the removal under way. */
interface Publishing {
  paths: BuildPaths;
  previousLock: AddressLock;
  /** The removal of the site the last build replaced (removeReplacedSite). */
  removal: Promise<void>;
}

/** What the stages before the site give the site stage, the lock and the summary. */
interface Prepared {
  summary: Omit<BuildSummary, 'pages' | 'reused' | 'output'>;
  lock: AddressLock;
  siteInput: SiteStageInput;
}

export async function build(
  options: BuildOptions,
  log: (line: string) => void = () => {},
): Promise<BuildSummary> {
  const progress = (line: string) => options.progress && log(line);
  const context: BuildContext = { options, progress, done: stepTimer(progress) };

  const paths = await checkPaths(options);
  // A bad lock fails the build here, before the staging folder is claimed.
  const previousLock = await readLock(paths.lock);
  const releaseStaging = await claimStaging(paths, options.output);
  // The site the last build replaced is removed while the stages before the site run.
  const removal = removeReplacedSite(paths.output);
  try {
    await markWork(paths.work);
    return await buildAndPublish(context, { paths, previousLock, removal });
  } catch (error) {
    await releaseStaging();
    throw error;
  } finally {
    // A failed build still waits for it: no thread outlives build().
    await removal.catch(() => {});
  }
}

async function buildAndPublish(
  context: BuildContext,
  { paths, previousLock, removal }: Publishing,
): Promise<BuildSummary> {
  const { options, progress, done } = context;
  const { output, staging, lock: lockFile } = paths;
  const { summary, lock, siteInput } = await prepare(context, previousLock);

  const lockTemp = `${lockFile}.tmp`;
  try {
    // What the published site was built from: its unchanged pages are linked, not rendered.
    const previousState = await readSiteState(options.work, output);
    siteInput.previous = previousState && { dir: output, state: previousState };
    const { pages, reused, state, leftovers } = await site(siteInput, options, staging, progress);
    done(
      `site: ${pages} pages rendered and indexed; ${reused.pages} of ${reused.pagedPages} ` +
        `article, listing and feed pages and ${reused.parts} of ${reused.partCount} search ` +
        `index parts unchanged`,
    );
    await mkdir(path.dirname(lockFile), { recursive: true });
    await writeFile(lockTemp, lockJson(lock));
    await removal;
    await forgetSiteState(options.work);
    await swapIn(staging, output, leftovers);
    await rename(lockTemp, lockFile).catch((error: Error) => {
      throw new Error(
        `${output} was published, but the address lock ${lockFile} could not be replaced ` +
          `(${error.message}); build again to write it`,
      );
    });
    await writeSiteState(options.work, { ...state, output });
    done(`lock: ${lock.articles.length} addresses written to ${options.lock}`);
    return { ...summary, pages, reused, output };
  } catch (error) {
    await rm(lockTemp, { force: true });
    throw error;
  }
}

/**
 * Every stage before the site: ingest to write. Only what the site stage and the summary need
 * is returned, so that the input texts, the normalized documents and the stages' working data
 * can be collected before Eleventy and Pagefind run (at 100,000 articles, the difference
 * between fitting in Node's default heap and running out of it).
 */
async function prepare(context: BuildContext, previousLock: AddressLock): Promise<Prepared> {
  const { options, done } = context;
  const input = await ingest(options);
  done(
    `ingest: read ${input.files.length + input.rejected.length + input.folderData.length} ` +
      `files from ${options.input}`,
  );

  // Threads for normalize, names and write (src/workers.ts), started when a stage has enough
  // work for them, and stopped before the site stage, which needs their memory.
  const pool = new WorkerPool(options.jobs);
  try {
    return await normalizeToWrite(context, previousLock, input, pool);
  } finally {
    await pool.close();
  }
}

async function normalizeToWrite(
  context: BuildContext,
  previousLock: AddressLock,
  input: IngestResult,
  pool: WorkerPool,
): Promise<Prepared> {
  const { options, progress, done } = context;
  const { docs, rejected, accepted, fromCache, removals } = await normalizeStage(
    context,
    input,
    pool,
  );
  refuseToEmpty(options, previousLock, accepted.length, input.files.length + input.rejected.length);

  // One thread tags names of documents while this one groups copies (see tagAhead). The last
  // build's files are those normalized from its cache, and those whose bytes the lock lists as an
  // article's source: a change to the normalize code empties its cache, and the lock says then.
  const lastBuildFiles = new Set(previousLock.articles.flatMap((entry) => entry.sources));
  const ahead = await tagAhead(
    accepted,
    options,
    pool,
    (doc) => fromCache(doc.path) || lastBuildFiles.has(doc.sha256),
  );
  const deduped = dedup(accepted);
  const { spillover } = deduped;
  addOrigins(deduped.articles, input.files, accepted);
  done(`dedup: ${accepted.length} files grouped into ${deduped.articles.length} articles`);
  const addresses = assignAddresses(deduped.articles, previousLock, buildDay());
  const { articles } = addresses;
  const { kept, retitled, added, merged, dropped, redirects } = addresses.stats;
  done(
    `addresses: ${kept} kept (${retitled} retitled), ${added} new, ${merged} merged into ` +
      `others, ${dropped} dropped, ${redirects} redirects`,
  );
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
  // A thread renders the bodies (the write stage's costliest part, which needs only the text)
  // while this thread finds topics and related articles, through which the second core idled
  // (docs/scaling.md).
  const { finished: rendering } = await startRendering(articles, options, pool);
  // Waited for below; a failure meanwhile must not count as an unhandled rejection.
  rendering.catch(() => {});
  assignTopics(articles, options.topics, names.names);
  done(`topics: ${articles.length} articles`);
  relateArticles(articles);
  done(`related: ${articles.length} articles`);
  const written = await write(articles, options, await rendering);
  const rendered = written.articles;
  done(
    `write: ${rendered.length} articles to ${path.join(options.work, 'content')}, ` +
      `${written.rendered} bodies rendered (the others from the cache), ${written.written} ` +
      `files written (the others unchanged), ${written.removed} removed`,
  );

  rejected.sort((a, b) => compareText(a.path, b.path));
  return {
    summary: summarize(input, docs, rendered, rejected, redirects),
    lock: addresses.lock,
    siteInput: {
      articles: rendered,
      manifest: buildManifest(rendered, rejected, input.warc, input.folderData),
      report: pendingReport(docs, spillover, input.files, removals),
      rawFiles: input.raw,
      previous: null,
    },
  };
}

/**
 * Stage 2, normalize, through its cache: every document (`docs`), the input's rejections plus
 * the documents left empty (`rejected`), the others (`accepted`), and whether a file's document
 * came from the cache (`fromCache`).
 */
async function normalizeStage(
  { options, progress, done }: BuildContext,
  input: IngestResult,
  pool: WorkerPool,
): Promise<{
  docs: NormalizedDoc[];
  rejected: Rejection[];
  accepted: NormalizedDoc[];
  fromCache: (path: string) => boolean;
  removals: SpilledRemovals;
}> {
  // Each file's document from the previous build, where normalizing it again would give it.
  const normalizeCache = await openNormalizeCache(input.files, options);
  // Files the cache cannot give are normalized on the threads: they start while the main thread
  // profiles the corpus.
  if (pool.worthIt(input.files.length - normalizeCache.cachedFiles)) pool.start();
  const profile = corpusProfile(input.files);
  // The removals wait in the work folder for /report.json (src/stages/report.ts says why), each
  // document's written as it is made.
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
  const removals = await spill.close();
  const rejected = [...input.rejected];
  // A doc stays in `docs` either way: the removal report lists what was taken out of it.
  for (const doc of docs) {
    if (doc.blocks.length === 0 && !doc.title) {
      rejected.push({ path: doc.path, reason: 'no article text left after removing site chrome' });
    }
  }
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

/** The build's summary, but for what the site stage adds (pages, reused, output). */
function summarize(
  input: IngestResult,
  docs: NormalizedDoc[],
  rendered: RenderedArticle[],
  rejected: Rejection[],
  redirects: number,
): Prepared['summary'] {
  return {
    filesRead: input.files.length + input.rejected.length + input.folderData.length,
    articles: rendered.length,
    copiesMerged: rendered.reduce(
      (n, a) => n + a.sources.filter((s) => s.role === 'merged' || s.role === 'duplicate').length,
      0,
    ),
    fragments: rendered.filter((a) => a.fragment).length,
    redirects,
    rejected,
    skipped: input.skipped,
    warc: input.warc,
    // From the normalized docs, which hold the ingest warnings plus those about front matter
    // fields (a list as title, a date of "yesterday"); input.files missed the latter.
    warnings: [
      ...input.folderData.flatMap((f) => (f.error ? [{ path: f.path, message: f.error }] : [])),
      ...docs.flatMap((d) => d.warnings.map((message) => ({ path: d.path, message }))),
    ],
  };
}

/**
 * A build that finds no article while the lock holds published addresses would take every one
 * of them off the site: a mistyped --input or a folder whose files all failed is far likelier
 * than a wish to empty the archive, so it stops unless --allow-empty says so.
 */
function refuseToEmpty(
  options: BuildOptions,
  lock: AddressLock,
  accepted: number,
  filesRead: number,
): void {
  if (accepted > 0 || lock.articles.length === 0 || options.allowEmpty) return;
  const n = lock.articles.length;
  throw new UsageError(
    `${options.input} gave no article (${filesRead} ${filesRead === 1 ? 'file' : 'files'} read` +
      `${filesRead > 0 ? ', none usable' : ''}), but the address lock ${options.lock} holds ` +
      `${n} published ${n === 1 ? 'address' : 'addresses'}: building would take ` +
      `${n === 1 ? 'it' : 'every one'} off the site. Check --input; to publish an empty ` +
      'archive on purpose, build again with --allow-empty. Nothing was changed.',
  );
}

/**
 * Gives each article's copies where they were captured from (InputFile.capture), or for a saved
 * page the address it declares (NormalizedDoc.url). A capture is set here, after normalize,
 * rather than carried by the documents: the normalize cache keeps a document by its
 * path and bytes, and a WARC written again can hold the same page at the same offset, captured
 * on another day.
 */
function addOrigins(
  articles: Article[],
  files: { path: string; capture?: CaptureOrigin }[],
  docs: NormalizedDoc[],
) {
  const origins = new Map<string, CaptureOrigin>();
  // A page's declared address where nothing else is known; a capture's own address first.
  for (const doc of docs) if (doc.url) origins.set(doc.path, { url: doc.url });
  for (const file of files) if (file.capture) origins.set(file.path, file.capture);
  if (origins.size === 0) return;
  for (const article of articles) {
    for (const source of article.sources) {
      const origin = origins.get(source.path);
      if (origin) source.origin = origin;
    }
  }
}

export function buildManifest(
  articles: RenderedArticle[],
  rejected: Rejection[],
  warc: WarcFileSummary[] = [],
  folderData: FolderDataFile[] = [],
): Manifest {
  return {
    articles: articles.map((a) => ({
      id: a.id,
      url: a.url,
      title: a.title,
      date: a.date?.value ?? null,
      source: a.source,
      byline: a.byline,
      section: a.section,
      topics: a.topics.map((t) => t.name),
      sources: a.sources.map(({ path: p, sha256, role, origin }) => ({
        path: p,
        sha256,
        role,
        ...(origin && {
          url: origin.url,
          ...(origin.capturedAt && { captured_at: origin.capturedAt }),
          ...(origin.warc && { warc: origin.warc }),
        }),
      })),
      words: a.words,
      redirects_from: a.aliases.map((alias) => `/articles/${alias}/`),
    })),
    rejected,
    // Only when the input has WARC files: the manifest of any other archive is as it was.
    ...(warc.length > 0 && { warc }),
    folder_data: folderData.map(({ path: p, sha256, defaults, error }) => ({
      path: p,
      sha256,
      defaults,
      error,
    })),
  };
}
