// The pipeline, in order: ingest -> normalize -> dedup -> addresses -> names -> topics -> related
// -> write -> site.
// Every stage is one module under src/stages/, whose header gives its place in this order. Each
// takes the build's context (src/build-context.ts: the options, the worker pool, the progress
// lines) and the data it reads, and ends with its progress line; the pure steps inside
// (dedup, assignAddresses, assignTopics, relateArticles) take only the data. normalize, names and
// write do their work an item at a time on the context's pool of worker threads
// (src/workers.ts), one per core (--jobs), which lives from normalize to write.
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
import { buildContext, type BuildContext } from './build-context.ts';
import { UsageError } from './errors.ts';
import type { FolderDataFile } from './folder-data.ts';
import type { BuildOptions } from './options.ts';
import { compareText } from './order.ts';
import { checkPaths, claimStaging, markWork, type BuildPaths } from './ownership.ts';
import { removeReplacedSite, swapIn } from './publish.ts';
import { lockJson, readLock, type AddressLock } from './addresses/lock-file.ts';
import { addressesStage } from './stages/addresses.ts';
import { dedupStage, printedStoriesOf } from './stages/dedup.ts';
import { ingestStage, type IngestResult, type Skipped } from './stages/ingest.ts';
import { normalizeStage } from './stages/normalize.ts';
import { siteStage, type SiteStageInput } from './stages/site.ts';
import { forgetSiteState, readSiteState, writeSiteState } from './site/reuse.ts';
import { namesAhead, namesStage } from './stages/names.ts';
import { relatedStage, relatedWords } from './stages/related.ts';
import { pendingReport, type PendingReport } from './stages/report.ts';
import { topicsStage } from './stages/topics.ts';
import {
  renderAhead,
  toWrite,
  writeStage,
  type ArticleToWrite,
  type WriteStageInput,
} from './stages/write.ts';
import type {
  AddressedArticle,
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
  const context = buildContext(options, log);

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
  const { options, done } = context;
  const { output, staging, lock: lockFile } = paths;
  const { summary, lock, siteInput } = await prepare(context, previousLock);

  const lockTemp = `${lockFile}.tmp`;
  try {
    // What the published site was built from: its unchanged pages are linked, not rendered.
    const previousState = await readSiteState(options.work, output);
    siteInput.previous = previousState && { dir: output, state: previousState };
    const { pages, reused, state, leftovers } = await siteStage(context, siteInput, staging);
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
  try {
    return await ingestToWrite(context, previousLock);
  } finally {
    // The threads are stopped before the site stage, which needs their memory.
    await context.pool.close();
  }
}

async function ingestToWrite(context: BuildContext, previousLock: AddressLock): Promise<Prepared> {
  const input = await ingestStage(context);
  const topical = await normalizeToTopics(context, input, previousLock);
  // Related counts the articles' words first, the last read of their blocks; the blocks are let
  // go of then, before its vectors and index are made: each article's text in the heap a third
  // time, beside its body's Markdown and HTML, was ~1 GB of the build's peak at 100,000 WARC
  // records, at related's end (docs/figures.md, stop 59, lead).
  const words = relatedWords(topical.articles);
  const articles = withoutBlocks(topical);
  relatedStage(context, articles, words);
  // The write stage takes the articles out of its input (see WriteStageInput): nothing here
  // holds them while it waits for the bodies, nor their bodies once written.
  const rendered = (await writeStage(context, { articles, bodies: topical.bodies })).articles;
  const { lock, redirects, rejected, report, warnings } = topical;

  rejected.sort((a, b) => compareText(a.path, b.path));
  return {
    summary: summarize(input, warnings, rendered, rejected, redirects),
    lock,
    siteInput: {
      articles: rendered,
      manifest: buildManifest(rendered, rejected, input.warc, input.folderData),
      report,
      rawFiles: input.raw,
      previous: null,
    },
  };
}

/**
 * The articles as the write stage takes them, their blocks replaced by the summary sentence
 * (toWrite); `topical` lets go of them.
 */
function withoutBlocks(topical: Topical): ArticleToWrite[] {
  const articles = topical.articles.map(toWrite);
  topical.articles = [];
  return articles;
}

/** What the stages from normalize to topics hand on (normalizeToTopics). */
interface Topical {
  /** Every article, with topics (their blocks' last readers are topics and relatedWords). */
  articles: AddressedArticle[];
  /** Their bodies, rendered meanwhile (renderAhead). */
  bodies: WriteStageInput['bodies'];
  lock: AddressLock;
  redirects: number;
  rejected: Rejection[];
  report: PendingReport;
  warnings: BuildSummary['warnings'];
}

/**
 * Normalize to topics. The normalized documents, the names and the names tagged ahead are let go
 * of when it returns, before the related stage, the write stage and the site model: at 100,000
 * saved pages they are gigabytes of heap (a document's blocks keep their links, an article's
 * do not; docs/figures.md, stop 54). Their report entries and warnings are taken first.
 */
async function normalizeToTopics(
  context: BuildContext,
  input: IngestResult,
  previousLock: AddressLock,
): Promise<Topical> {
  const { docs, rejected, accepted, fromCache, removals } = await normalizeStage(context, input);
  const filesRead = input.files.length + input.rejected.length;
  refuseToEmpty(context.options, previousLock, accepted.length, filesRead);

  // One thread tags names of documents while this one groups copies (see tagAhead). The last
  // build's files are those normalized from its cache, and those whose bytes the lock lists as an
  // article's source: a change to the normalize code empties its cache, and the lock says then.
  const lastBuildFiles = new Set(previousLock.articles.flatMap((entry) => entry.sources));
  const ahead = await namesAhead(
    context,
    accepted,
    (doc) => fromCache(doc.path) || lastBuildFiles.has(doc.sha256),
  );
  // What text dumps printed outside their body, read back from the removals' spill.
  const printed = await printedStoriesOf(docs, accepted, removals);
  const { articles: grouped, spillover } = dedupStage(context, accepted, input.files, printed);
  const { articles, lock, stats } = addressesStage(context, grouped, previousLock);
  const names = await namesStage(context, articles, ahead);
  // A thread renders the bodies (the write stage's costliest part, which needs only the text)
  // while this thread finds topics and related articles, through which the second core idled
  // (docs/scaling.md).
  const { finished: rendering } = await renderAhead(context, articles);
  // Waited for by the write stage; a failure meanwhile must not count as an unhandled rejection.
  rendering.catch(() => {});
  topicsStage(context, articles, names.names);
  return {
    articles,
    lock,
    redirects: stats.redirects,
    rejected,
    report: pendingReport(docs, spillover, input.files, removals),
    warnings: warningsOf(input, docs),
    bodies: rendering,
  };
}

/**
 * The warnings of the build's files: from the normalized docs, which hold the ingest warnings
 * plus those about front matter fields (a list as title, a date of "yesterday"); input.files
 * missed the latter.
 */
function warningsOf(input: IngestResult, docs: NormalizedDoc[]): BuildSummary['warnings'] {
  return [
    ...input.folderData.flatMap((f) => (f.error ? [{ path: f.path, message: f.error }] : [])),
    ...docs.flatMap((d) => d.warnings.map((message) => ({ path: d.path, message }))),
  ];
}

/** The build's summary, but for what the site stage adds (pages, reused, output). */
function summarize(
  input: IngestResult,
  warnings: BuildSummary['warnings'],
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
    warnings,
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

export function buildManifest(
  articles: RenderedArticle[],
  rejected: Rejection[],
  warc: WarcFileSummary[] = [],
  folderData: FolderDataFile[] = [],
): Manifest {
  return {
    articles: articles.map(manifestArticle),
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

/** An article's entry in the manifest (/archive.json). */
function manifestArticle(a: RenderedArticle): Manifest['articles'][number] {
  return {
    id: a.id,
    url: a.url,
    title: a.title,
    date: a.date?.value ?? null,
    source: a.source,
    byline: a.byline,
    section: a.section,
    topics: a.topics.map((t) => t.name),
    sources: a.sources.map(({ path: p, sha256, role, origin, lostLetters }) => ({
      path: p,
      sha256,
      role,
      ...(lostLetters && { lost_letters: lostLetters }),
      ...(origin && {
        url: origin.url,
        ...(origin.capturedAt && { captured_at: origin.capturedAt }),
        ...(origin.warc && { warc: origin.warc }),
      }),
    })),
    words: a.words,
    redirects_from: a.aliases.map((alias) => `/articles/${alias}/`),
  };
}
