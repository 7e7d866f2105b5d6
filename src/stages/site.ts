// Stage 9, site: lays the rendered articles out as a static site with Eleventy, publishes the
// manifest, the removals report and the raw input files, and indexes the pages with Pagefind.
// On a rebuild, what did not change is hard-linked from the published site instead: pages by
// fingerprint, search index parts whose pages all kept what Pagefind reads, raw copies by sha256
// (src/site/reuse.ts says what a fingerprint covers).

import {
  copyFile,
  link,
  mkdir,
  open,
  readdir,
  rm,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { mapConcurrently } from '../concurrency.ts';
import { RENDER_SELECTION_FILE } from '../eleventy/content.ts';
import { renderShares } from '../eleventy/render-process.ts';
import type { BuildContext } from '../build-context.ts';
import type { BuildOptions } from '../options.ts';
import { BUILD_PID_FILE, markSite, SITE_MARKER } from '../ownership.ts';
import { collectGarbage } from '../memory.ts';
import { rawCopyPath } from '../paths.ts';
import { stepTimer } from '../progress.ts';
import { buildSiteModel, SITE_MODEL_FILE } from '../site/model.ts';
import { runPagefind } from '../site/pagefind-cli.ts';
import { writePortableSearch } from '../site/portable.ts';
import {
  PAGED_COLLECTIONS,
  pagedPages,
  partFingerprint,
  fileOf,
  RENDER_VERSION,
  type PagedPage,
  type RenderSelection,
  type SiteState,
} from '../site/reuse.ts';
import type { Manifest, RawFile, RenderedArticle } from '../types.ts';
import { isPendingReport, writeReport } from './report.ts';

/**
 * The stage's input. site() lets go of the articles, the manifest and the report (replacing
 * them with empty values) once it has used them: at 100,000 articles they are gigabytes of heap
 * that Eleventy needs.
 */
export interface SiteStageInput {
  /**
   * Every article, any order; each one's body is in <work>/content/bodies/<slug>.html, written
   * by the write stage (src/stages/write.ts).
   */
  articles: RenderedArticle[];
  /** Published verbatim as /archive.json. */
  manifest: Manifest | null;
  /** The removals report, published verbatim as /report.json. */
  report: unknown;
  /** Every input file; each is published byte for byte at <out>/raw/<path> (copyRawFiles). */
  rawFiles: RawFile[];
  /**
   * The published site and what it was built from (src/site/reuse.ts): its unchanged pages,
   * search index parts and raw copies are linked from there instead of made again.
   */
  previous: { dir: string; state: SiteState } | null;
}

export interface SiteStageResult {
  /** HTML pages in the site, rendered or taken over. */
  pages: number;
  /** Of the paged pages and search index parts, how many were taken over from the previous site. */
  reused: { pages: number; pagedPages: number; parts: number; partCount: number; raw: number };
  /** To be recorded, with the folder it is published to, once it is (writeSiteState). */
  state: Omit<SiteState, 'output'>;
  /**
   * Folders inside outDir that are not part of the site: the links Pagefind read each search
   * index part from (see indexForSearch). The caller takes them out; publishing moves them to
   * the folder the next build removes (src/publish.ts).
   */
  leftovers: string[];
}

/** The site stage: the site written into `staging` (site), with a line on what was reused. */
export async function siteStage(
  { options, progress, done }: BuildContext,
  input: SiteStageInput,
  staging: string,
): Promise<SiteStageResult> {
  const result = await site(input, options, staging, progress);
  const { pages, reused } = result;
  done(
    `site: ${pages} pages rendered and indexed; ${reused.pages} of ${reused.pagedPages} ` +
      `article, listing and feed pages and ${reused.parts} of ${reused.partCount} search ` +
      `index parts unchanged`,
  );
  return result;
}

/**
 * Writes the site into outDir, which must be empty or missing: nothing is deleted, and stale
 * pages would end up in the search index.
 */
export async function site(
  input: SiteStageInput,
  options: BuildOptions,
  outDir: string,
  /** Progress lines for the steps inside the stage. */
  progress: (line: string) => void = () => {},
): Promise<SiteStageResult> {
  const work: SiteWork = { step: stepTimer(progress, '  site: '), out: resolve(outDir), options };
  const { out, step } = work;
  await ensureEmptyFolder(out);
  // What lets the next build replace this site, and no build replace a folder of someone else's.
  await markSite(out);
  const { previous } = input;

  const { contentDir, paged, search } = await writeContent(input, options, out);
  step('manifest, report and site model written');

  const taken = await linkUnchangedPages(paged, previous, out);
  await writeFile(join(contentDir, RENDER_SELECTION_FILE), JSON.stringify(toRender(paged, taken)));
  step(`${taken.size} of ${paged.length} pages unchanged, linked from the published site`);

  const rendered = await renderPages(work, contentDir, paged.length - taken.size);
  const { rawTaken, parts, partsTaken } = await indexAndCopyRaw(work, input, paged, search);
  const takenHtml = [...taken].filter((file) => file.endsWith('.html')).length;
  return {
    pages: rendered + takenHtml,
    reused: {
      pages: taken.size,
      pagedPages: paged.length,
      parts: partsTaken,
      partCount: search.parts.length,
      raw: rawTaken,
    },
    leftovers: parts.leftovers,
    state: siteState(paged, parts.state, input.rawFiles),
  };
}

/** What each step of site() is given. */
interface SiteWork {
  /** Writes a step's progress line, with the time since the step before. */
  step: (line: string) => void;
  /** The site's folder, resolved. */
  out: string;
  options: BuildOptions;
}

/** Renders the `changed` pages written into contentDir with Eleventy; how many it rendered. */
async function renderPages(work: SiteWork, contentDir: string, changed: number): Promise<number> {
  const { options, out, step } = work;
  // What the stages before left in this process's heap (gigabytes at 100,000 articles) is
  // garbage by now; freed before the Eleventy processes start, not whenever V8 next collects.
  collectGarbage();
  const { shares, atOnce } = shareCount(changed, options.jobs);
  const rendered = await runEleventy(contentDir, options, out, shares, atOnce);
  step(
    `Eleventy rendered ${rendered} pages` +
      (shares > 1 ? ` in ${shares} shares, ${atOnce} at once` : ''),
  );
  return rendered;
}

/** Indexes the site for search and meanwhile copies the raw files; what each took over. */
async function indexAndCopyRaw(
  work: SiteWork,
  input: SiteStageInput,
  paged: PagedPage[],
  search: SearchPlan,
) {
  const { options, out, step } = work;
  const { previous } = input;
  const searchFingerprints = new Map(paged.map((page) => [page.file, page.searchFingerprint]));
  // Pagefind runs in a process of its own and leaves this one idle, so the raw copies (file
  // work on libuv's threads) are made meanwhile (docs/figures.md).
  const partsAtOnce = Math.min(options.jobs, MAX_PARTS_AT_ONCE);
  const rawStarted = performance.now();
  // The copies' own time is in the line: they end before Pagefind does, whose time the step's is.
  const copying = copyRawFiles(input.rawFiles, out, previous).then((linked) => ({
    ...linked,
    seconds: (performance.now() - rawStarted) / 1000,
  }));
  const [raw, parts] = await both(
    copying,
    indexForSearch(out, search, searchFingerprints, previous, partsAtOnce, options.portable),
  );
  const partsTaken = search.parts.length - parts.indexed;
  step(
    `Pagefind indexed ${parts.indexed} of ${search.parts.length} index parts` +
      (parts.indexed > 1 && partsAtOnce > 1 ? `, ${partsAtOnce} at once` : '') +
      (partsTaken > 0 ? ` (${partsTaken} unchanged, linked)` : '') +
      `; ${input.rawFiles.length} raw files in ${raw.seconds.toFixed(2)} s (${raw.kept} linked ` +
      `to the pages kept in the work folder, ${raw.unchanged} unchanged, linked from the ` +
      `published site, the rest copied)`,
  );
  return { rawTaken: raw.unchanged, parts, partsTaken };
}

/** What the site was built from, recorded for the next build to take unchanged pages from. */
function siteState(
  paged: PagedPage[],
  parts: SiteState['parts'],
  rawFiles: SiteStageInput['rawFiles'],
): SiteStageResult['state'] {
  const fingerprints = new Map(paged.map((page) => [page.file, page.fingerprint]));
  return {
    version: RENDER_VERSION,
    pages: Object.fromEntries(fingerprints),
    parts,
    raw: Object.fromEntries(rawFiles.map((file) => [file.path, file.sha256])),
  };
}

/** The paged pages whose fingerprints the published site recorded, hard-linked from there. */
async function linkUnchangedPages(
  paged: PagedPage[],
  previous: SiteStageInput['previous'],
  out: string,
): Promise<Set<string>> {
  const taken = new Set<string>();
  if (!previous) return taken;
  const unchanged = paged.filter((page) => previous.state.pages[page.file] === page.fingerprint);
  await mapConcurrently(unchanged, async ({ file }) => {
    if (await linkFrom(previous.dir, out, file)) taken.add(file);
  });
  return taken;
}

/** The pages Eleventy renders: each collection's pages not taken from the published site. */
function toRender(paged: PagedPage[], taken: Set<string>): RenderSelection {
  const selection = Object.fromEntries(
    PAGED_COLLECTIONS.map((collection) => [collection, []]),
  ) as unknown as RenderSelection;
  for (const page of paged) if (!taken.has(page.file)) selection[page.collection].push(page.index);
  return selection;
}

/** Into how many shares `pages` pages are dealt, and how many processes render them at once. */
function shareCount(pages: number, jobs: number): { shares: number; atOnce: number } {
  const atOnce = pages >= 2 * MIN_PAGES_PER_SHARE ? Math.min(jobs, MAX_SHARES_AT_ONCE) : 1;
  const shares = atOnce * Math.max(1, Math.ceil(pages / (atOnce * MAX_PAGES_PER_SHARE)));
  return { shares, atOnce };
}

/**
 * Both results, once both have settled (a failure is not reported while the other still writes
 * into the folder the caller is about to remove).
 */
async function both<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [ra, rb] = await Promise.allSettled([a, b]);
  if (ra.status === 'rejected') throw ra.reason;
  if (rb.status === 'rejected') throw rb.reason;
  return [ra.value, rb.value];
}

/** What the search index is built from: the pages of each part, and the language. */
interface SearchPlan {
  /** Pagefind's language: the site's, as a bare code ("en", not "en-GB"). */
  language: string;
  parts: { path: string; articleUrls: string[] }[];
  redirectUrls: string[];
}

/**
 * Publishes the manifest and the report, and writes the site model for Eleventy (the article
 * bodies are there already: the write stage wrote them). Returns what the rest of the stage
 * needs: the paged pages with their fingerprints and the search plan, not the model, which
 * Eleventy reads into a copy of its own.
 */
async function writeContent(input: SiteStageInput, options: BuildOptions, out: string) {
  await writeFile(join(out, 'archive.json'), stableJson(input.manifest));
  if (isPendingReport(input.report)) await writeReport(input.report, join(out, 'report.json'));
  else await writeFile(join(out, 'report.json'), stableJson(input.report));
  input.manifest = null;
  input.report = null;
  const contentDir = resolve(options.work, 'content');
  await mkdir(contentDir, { recursive: true });
  // The bodies are in the content folder already (the write stage wrote them); their hashes go
  // into the pages' fingerprints.
  const bodyHashes = new Map(input.articles.map((a) => [a.slug, a.bodyHash]));
  const model = buildSiteModel(input.articles, options);
  input.articles = [];
  await writeJsonInPieces(join(contentDir, SITE_MODEL_FILE), model);
  const paged = pagedPages(model, (slug) => bodyHashes.get(slug) ?? 'no body');
  const search: SearchPlan = {
    language: model.site.lang.split('-')[0]?.toLowerCase() ?? '',
    parts: model.searchIndexes.map((part) => ({
      path: part.path,
      articleUrls: part.articles.map((position) => model.articles[position]?.url ?? ''),
    })),
    redirectUrls: model.redirects.map((redirect) => redirect.url),
  };
  return { contentDir, paged, search };
}

/** Entries of a list in one piece of writeJsonInPieces. */
const JSON_PIECE_ENTRIES = 1000;

/**
 * Writes JSON.stringify(value) of a plain object, byte for byte, a piece at a time: each of its
 * lists 1,000 entries at a time. The site model is 222 MB of JSON at 100,000 articles; as one
 * string and then one buffer, that was over 0.4 GB at once in the build's process (3.6 GB then).
 */
export async function writeJsonInPieces(file: string, value: object): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let separator = '{';
    for (const [key, entry] of Object.entries(value)) {
      const json = Array.isArray(entry) ? '' : (JSON.stringify(entry) as string | undefined);
      // JSON.stringify leaves out a key whose value has no JSON (undefined, a function).
      if (json === undefined) continue;
      await handle.write(`${separator}${JSON.stringify(key)}:${json}`);
      separator = ',';
      if (Array.isArray(entry)) await writeListInPieces(handle, entry);
    }
    await handle.write(separator === '{' ? '{}' : '}');
  } finally {
    await handle.close();
  }
}

/** JSON.stringify(list), JSON_PIECE_ENTRIES entries at a time. */
async function writeListInPieces(handle: FileHandle, list: unknown[]): Promise<void> {
  if (list.length === 0) return void (await handle.write('[]'));
  for (let start = 0; start < list.length; start += JSON_PIECE_ENTRIES) {
    const piece = list
      .slice(start, start + JSON_PIECE_ENTRIES)
      // In a list, what has no JSON is null, as JSON.stringify writes it.
      .map((item) => (JSON.stringify(item) as string | undefined) ?? 'null')
      .join(',');
    const last = start + JSON_PIECE_ENTRIES >= list.length;
    await handle.write(`${start === 0 ? '[' : ','}${piece}${last ? ']' : ''}`);
  }
}

/**
 * Hard-links `file` (a path from the site root) from the site folder `from` into the one at
 * `to`; a file system without hard links gets a copy. False when `from` lacks the file.
 */
async function linkFrom(from: string, to: string, file: string): Promise<boolean> {
  const source = join(from, file);
  const target = join(to, file);
  await mkdir(dirname(target), { recursive: true });
  try {
    await link(source, target);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return false;
    await copyFile(source, target);
  }
  return true;
}

/** The files the build claims a staging folder with (src/ownership.ts), the only ones allowed. */
const CLAIM_FILES = new Set([SITE_MARKER, BUILD_PID_FILE]);

async function ensureEmptyFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const entries = (await readdir(folder)).filter((name) => !CLAIM_FILES.has(name));
  if (entries.length > 0) {
    throw new Error(`Site output folder ${folder} is not empty (${entries.length} entries)`);
  }
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * Eleventy processes rendering at once. Eleventy keeps every page of a run in memory until the
 * run is done (it renders them all before it writes the first), so a process's peak grows with
 * its share: two at once halved the time of one, more did not help (docs/figures.md).
 */
const MAX_SHARES_AT_ONCE = 2;
/**
 * Most pages one Eleventy run renders: about 0.6 GB of rendered pages (20 KB each), beside the
 * site model's 0.6 GB at 100,000 articles. 40,000 gave four shares at 100,000 articles, and the
 * process tree's peak, two Eleventy processes beside the build's 3.6 GB, reached 6.36 GB once
 * the pages to render came to 159,116 (docs/figures.md, stop 50's lead section); 30,000 makes it
 * six shares there, the lower peak that earlier rounds measured at 0.8 GB less for a few
 * seconds of Eleventy's time.
 */
const MAX_PAGES_PER_SHARE = 30_000;
/**
 * Fewer pages than this to a process are not worth its start (about 1 s of a core to load
 * Eleventy and the model at 10,000 articles, 10 s at 100,000): a rebuild that renders a few
 * pages uses one process.
 */
const MIN_PAGES_PER_SHARE = 1000;

/**
 * Renders the templates with Eleventy in `atOnce` processes at once, each rendering every
 * `atOnce`-th of the `shares` shares of the pages in turn (src/eleventy/render-process.ts says
 * why processes, and why several shares to one); resolves to the number of HTML pages written.
 */
async function runEleventy(
  contentDir: string,
  { basePath, portable }: Pick<BuildOptions, 'basePath' | 'portable'>,
  out: string,
  shares: number,
  atOnce: number,
): Promise<number> {
  // Shares dealt in turn: the first, which also renders the single pages, to the first process.
  const processes = Array.from({ length: atOnce }, (_, first) =>
    Array.from({ length: Math.ceil((shares - first) / atOnce) }, (_, i) => ({
      index: first + i * atOnce,
      count: shares,
    })),
  );
  // On a failure, the error is reported once every process has stopped writing into the folder
  // the caller removes.
  const pages = await mapConcurrently(
    processes,
    (own) => renderShares({ contentDir, basePath, portable, out, shares: own }),
    atOnce,
  );
  return pages.reduce((sum, count) => sum + count, 0);
}

/**
 * Publishes every input file at <out>/raw/<path> (an HTML page at <path>.txt: rawCopyPath), the
 * same bytes made the cheapest way: a page the build kept in the work folder is hard-linked to
 * it (linkKeptPage); a file whose sha256 is the one recorded for the published site is linked
 * from there; anything else is copied. Resolves to how many were linked each way.
 */
async function copyRawFiles(
  files: RawFile[],
  out: string,
  previous: SiteStageInput['previous'],
): Promise<{ kept: number; unchanged: number }> {
  const rawDir = join(out, 'raw');
  const linked = { kept: 0, unchanged: 0 };
  await mapConcurrently(files, async (file) => {
    const target = resolve(rawDir, rawCopyPath(file.path));
    // Input paths come from the file system, but a path that climbs out of raw/ must never be
    // written, whatever produced it.
    if (!target.startsWith(rawDir + sep)) {
      throw new Error(`Raw file path "${file.path}" leads outside the raw folder`);
    }
    await mkdir(dirname(target), { recursive: true });
    if (file.kept && (await linkKeptPage(file, target))) {
      linked.kept++;
    } else if (
      previous?.state.raw[file.path] === file.sha256 &&
      (await linkFrom(previous.dir, out, relative(out, target)))
    ) {
      linked.unchanged++;
    } else {
      await copyRaw(file, target);
    }
  });
  return linked;
}

/**
 * Hard-links a WARC page kept in the work folder (RawFile.kept) as its raw copy; false where no
 * link can be made, for a copy instead. At 100,000 records the kept pages and their copies were
 * ~15 GB each, the same bytes twice; linked, they are one set of blocks, made in a fraction of
 * a copy's time (docs/figures.md, stop 60). What could go wrong, and why it does not:
 * - A user's own input file is never linked (kept is false): an edit of dist/raw would edit it.
 * - A kept page is never written in place: it is named by its sha256, written once through a
 *   temporary name and a rename (keepPayload) and pruned by unlinking (prunePayloads). A page
 *   that changes is a new file, so a published copy keeps its bytes when its page is replaced
 *   or pruned, or the work folder deleted; and each site is written into a new staging folder,
 *   so no build writes through a link either.
 * - The copy is the page's bytes and mode (copyFile copies the mode too): `diff -r` against a
 *   copied site is empty; the same input builds the same site. rsync, cp and tar without -H
 *   copy a link as a file of its own.
 * - What a link shares that a copy did not: an edit made in place to a published raw copy (an
 *   editor that keeps hard links, as vim does) edits the kept page. keepPayload writes again a
 *   page whose size is not its record's; a same-size edit stays in the copy, as it already did
 *   in a copy linked from the published site.
 * The page is copied where the link is refused: work folder and site on two file systems
 * (EXDEV), a file system without hard links or protected_hardlinks (EPERM, ENOTSUP), an inode's
 * link limit (EMLINK). A page gone is an error that names the work folder.
 */
async function linkKeptPage(file: RawFile, target: string): Promise<boolean> {
  try {
    await link(file.absPath, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw keptPageGone(file);
    // Any other refusal is the copy's to report, if the copy fails too.
    return false;
  }
}

/** Copies an input file, or a kept page that could not be linked, to its raw copy. */
async function copyRaw(file: RawFile, target: string): Promise<void> {
  await copyFile(file.absPath, target).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    if (file.kept) throw keptPageGone(file);
    // A scraper still writing into the folder can move or delete a file mid-build; the site
    // would then lack the copy its article links to, so the build stops and says why.
    throw new Error(
      `${file.path} was removed from the input folder during the build; build again once ` +
        'the folder has stopped changing',
    );
  });
}

function keptPageGone(file: RawFile): Error {
  return new Error(
    `${file.path}: its page, kept in the work folder at ${file.absPath}, was removed during ` +
      'the build; build again',
  );
}

/**
 * Search index parts Pagefind builds at once, each in a Pagefind process of its own. One part
 * keeps about 1.2 cores busy; two at once take much less time (docs/figures.md). A part's text is
 * held to WORDS_PER_SEARCH_INDEX (src/site/search-index.ts), which keeps one Pagefind process
 * near 1.6 GB, so two at once stay beside the build process within 6 GB (docs/figures.md, stop
 * 56). More would hold more memory for little gain on this 2-core machine.
 */
const MAX_PARTS_AT_ONCE = 2;

/** Where a part's article pages are linked for Pagefind to read, inside the output folder. */
const PART_FOLDER = '.search-index-part';

/**
 * Hard-links the part's article pages into folder, at their paths under the site (a missing
 * page fails the part: Pagefind's page count is checked).
 */
async function linkPartPages(out: string, folder: string, articleUrls: string[]): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mapConcurrently(articleUrls, (url) => linkFrom(out, folder, join(url, 'index.html')));
}

function pagefindFailed(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Builds the search index, part by part (model.searchIndexes), into <out>/pagefind/ and its
 * part folders; any error Pagefind reports fails the build. Each part is written and dropped
 * once built, so Pagefind holds `partsAtOnce` parts at a time. A part whose pages all kept
 * their search fingerprints (src/site/reuse.ts) is linked from the published site instead:
 * Pagefind writes the same bytes for the same pages.
 *
 * The folders of links the parts were read from are left in place and returned (`leftovers`),
 * not removed here. On this disk (ext4 without a journal) a new file skips every inode freed
 * in the last minutes, so removing a part's 13,500-20,000 folders and links right before
 * Pagefind writes as many files slowed every write after it (docs/figures.md). They go with the
 * replaced site, which the next build removes on a thread.
 */
async function indexForSearch(
  out: string,
  search: SearchPlan,
  searchFingerprints: Map<string, string>,
  previous: SiteStageInput['previous'],
  partsAtOnce: number,
  /** Writes the portable search's files into each part indexed (src/site/portable.ts). */
  portable: boolean,
): Promise<{ indexed: number; state: SiteState['parts']; leftovers: string[] }> {
  const whole = search.parts.length === 1;
  const state: SiteState['parts'] = {};
  const leftovers: string[] = [];
  const toIndex: PartToIndex[] = [];
  try {
    toIndex.push(...(await linkUnchangedParts(out, search, searchFingerprints, previous, state)));
    // Parts are indexed `partsAtOnce` at a time; while Pagefind reads one part, the pages of the
    // next are linked into their folder (see indexPart).
    await mapConcurrently(
      toIndex,
      async (item, i) => {
        const folder = whole ? out : join(out, `${PART_FOLDER}-${i + 1}`);
        if (!whole) leftovers.push(relative(out, folder));
        const files = await indexPartIn(out, folder, item, search, previous, portable);
        state[item.part.path] = { fingerprint: item.fingerprint, files };
      },
      partsAtOnce,
    );
  } finally {
    await pagefind.close();
  }
  return {
    indexed: toIndex.length,
    state: inPartOrder(search, state),
    leftovers: leftovers.sort(),
  };
}

/**
 * Indexes one part from `folder` (the site itself for a whole-site index, else a folder the
 * part's pages are linked into first), with the portable search's files if asked; returns the
 * part's files.
 */
async function indexPartIn(
  out: string,
  folder: string,
  { part, read }: PartToIndex,
  search: SearchPlan,
  previous: SiteStageInput['previous'],
  portable: boolean,
): Promise<string[]> {
  if (search.parts.length !== 1) await linkPartPages(out, folder, part.articleUrls);
  await indexPart(out, part, read, search.language, folder);
  if (portable) {
    await writePortableSearch(
      join(out, part.path),
      part === search.parts[0],
      previous ? join(previous.dir, part.path) : null,
    );
  }
  return partFiles(out, part.path, search);
}

/** The parts' states in the parts' order, whichever were indexed. */
function inPartOrder(search: SearchPlan, state: SiteState['parts']): SiteState['parts'] {
  const ordered: SiteState['parts'] = {};
  for (const part of search.parts)
    ordered[part.path] = state[part.path] as SiteState['parts'][string];
  return ordered;
}

/** A search index part to index, with how many pages Pagefind reads for it. */
interface PartToIndex {
  part: SearchPlan['parts'][number];
  read: number;
  fingerprint: string;
}

/**
 * Links from the published site each part whose pages all kept their search fingerprints,
 * recording it in `state`; returns the parts left to index.
 */
async function linkUnchangedParts(
  out: string,
  search: SearchPlan,
  searchFingerprints: Map<string, string>,
  previous: SiteStageInput['previous'],
  state: SiteState['parts'],
): Promise<PartToIndex[]> {
  const whole = search.parts.length === 1;
  const toIndex: PartToIndex[] = [];
  for (const part of search.parts) {
    // The pages Pagefind reads for the part: its articles, and in a whole-site index the
    // redirect pages too (see indexPart).
    const read = whole ? [...part.articleUrls, ...search.redirectUrls] : part.articleUrls;
    const fingerprint = partFingerprint(
      part.path,
      search.language,
      read.map((url) => searchFingerprints.get(fileOf(url)) ?? 'unknown page'),
    );
    const recorded = previous?.state.parts[part.path];
    if (previous && recorded?.fingerprint === fingerprint) {
      const linked = await mapConcurrently(recorded.files, (file) =>
        linkFrom(previous.dir, out, join(part.path, file)),
      );
      if (linked.every(Boolean)) {
        state[part.path] = recorded;
        continue;
      }
      await rm(join(out, part.path), { recursive: true, force: true });
    }
    toIndex.push({ part, read: read.length, fingerprint });
  }
  return toIndex;
}

/**
 * The files of the part at `partPath`: every file under its folder but those of the parts whose
 * folders lie inside it (the first part's folder holds the others).
 */
async function partFiles(out: string, partPath: string, search: SearchPlan): Promise<string[]> {
  const nested = search.parts
    .filter((other) => other.path !== partPath && other.path.startsWith(partPath))
    .map((other) => other.path.slice(partPath.length));
  return (await filesIn(join(out, partPath))).filter(
    (file) => !nested.some((prefix) => file.startsWith(prefix)),
  );
}

/** Every file under folder, as sorted paths relative to it. */
async function filesIn(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * Indexes one part: `pages` is how many pages Pagefind must read for it, from `folder` (the
 * site itself for a whole-site index, else a folder of links to the part's pages).
 */
async function indexPart(
  out: string,
  part: SearchPlan['parts'][number],
  pages: number,
  forceLanguage: string,
  folder: string,
): Promise<void> {
  // Only article pages: listings would duplicate every result, and raw/ holds untrusted
  // files. Pagefind reads a folder itself faster than it is sent pages one by one
  // (docs/figures.md), and in a fixed order (pages sent concurrently gave
  // a different index on every build), so a part's pages are hard-linked into a folder of
  // their own, at the same paths, and Pagefind reads that.
  const glob = 'articles/**/*.html';
  const outputPath = join(out, part.path);
  // Pagefind's command line writes the same bundle as its Node API with a third less work
  // (src/site/pagefind-cli.ts), but stops on a folder with no page to index, where the API
  // writes an empty bundle for the search page of an empty archive.
  if (part.articleUrls.length === 0) {
    await indexEmptyPart(folder, glob, forceLanguage, outputPath, pages);
    return;
  }
  // One index for the whole archive, in the site's language: Pagefind otherwise splits the
  // index by <html lang> and the search page would only find articles in its own language.
  // Redirect pages (old addresses) live under articles/ too; they have no data-pagefind-body,
  // so Pagefind reads them but leaves them out of the index: it indexes the part's articles.
  const indexed = await runPagefind({ site: folder, glob, language: forceLanguage, outputPath });
  if (indexed !== part.articleUrls.length) {
    pagefindFailed('indexing', [
      `indexed ${indexed} pages for ${part.articleUrls.length} articles of the part at ${part.path}`,
    ]);
  }
}

/** Writes the bundle of a part with no article through Pagefind's Node API. */
async function indexEmptyPart(
  folder: string,
  glob: string,
  forceLanguage: string,
  outputPath: string,
  pages: number,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage });
  if (!index || errors.length > 0) pagefindFailed('createIndex', errors);
  const added = await index.addDirectory({ path: folder, glob });
  if (added.errors.length > 0) pagefindFailed('addDirectory', added.errors);
  if (added.page_count !== pages) {
    pagefindFailed('addDirectory', [`read ${added.page_count} pages for ${pages} pages`]);
  }
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) pagefindFailed('writeFiles', written.errors);
  await index.deleteIndex();
}
