// Stage 9, site: lays the rendered articles out as a static site with Eleventy, publishes the
// manifest, the removals report and the raw input files, and indexes the pages with Pagefind.
// On a rebuild, what did not change is hard-linked from the published site instead: pages by
// fingerprint, search index parts whose pages all kept what Pagefind reads, raw copies by sha256
// (src/site/reuse.ts says what a fingerprint covers).
//
// Its steps' helpers are in src/site/: json-pieces (the JSON it publishes), link-from, raw-copies
// and pagefind-parts (the search index, part by part).

import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mapConcurrently } from '../concurrency.ts';
import { RENDER_SELECTION_FILE } from '../eleventy/content.ts';
import { renderShares } from '../eleventy/render-process.ts';
import type { BuildContext } from '../build-context.ts';
import type { BuildOptions } from '../options.ts';
import { BUILD_PID_FILE, markSite, SITE_MARKER } from '../ownership.ts';
import { collectGarbage } from '../memory.ts';
import { stepTimer } from '../progress.ts';
import { stableJson, writeJsonInPieces } from '../site/json-pieces.ts';
import { linkFrom } from '../site/link-from.ts';
import { buildSiteModel, SITE_MODEL_FILE } from '../site/model.ts';
import { indexForSearch, MAX_PARTS_AT_ONCE, type SearchPlan } from '../site/pagefind-parts.ts';
import { copyRawFiles } from '../site/raw-copies.ts';
import {
  PAGED_COLLECTIONS,
  pagedPages,
  RENDER_VERSION,
  type PagedPage,
  type PublishedSite,
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
  previous: PublishedSite | null;
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
  previous: PublishedSite | null,
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

/** The files the build claims a staging folder with (src/ownership.ts), the only ones allowed. */
const CLAIM_FILES = new Set([SITE_MARKER, BUILD_PID_FILE]);

async function ensureEmptyFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const entries = (await readdir(folder)).filter((name) => !CLAIM_FILES.has(name));
  if (entries.length > 0) {
    throw new Error(`Site output folder ${folder} is not empty (${entries.length} entries)`);
  }
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
