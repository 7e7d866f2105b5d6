// The site's search index built with Pagefind, part by part (src/site/search-index.ts says which
// articles each part holds), for the site stage (src/stages/site.ts): a part whose pages all
// kept what Pagefind reads is linked from the published site, the others indexed two at once.

import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { mapConcurrently } from '../concurrency.ts';
import { linkFrom } from './link-from.ts';
import { runPagefind } from './pagefind-cli.ts';
import { writePortableSearch } from './portable.ts';
import { fileOf, partFingerprint, type PublishedSite, type SiteState } from './reuse.ts';

/** What the search index is built from: the pages of each part, and the language. */
export interface SearchPlan {
  /** Pagefind's language: the site's, as a bare code ("en", not "en-GB"). */
  language: string;
  parts: { path: string; articleUrls: string[] }[];
  redirectUrls: string[];
}

/**
 * Search index parts Pagefind builds at once, each in a Pagefind process of its own. One part
 * keeps about 1.2 cores busy; two at once take much less time (docs/figures.md). A part's text is
 * held to WORDS_PER_SEARCH_INDEX (src/site/search-index.ts), which keeps one Pagefind process
 * near 1.6 GB, so two at once stay beside the build process within 6 GB (docs/figures.md, stop
 * 56). More would hold more memory for little gain on this 2-core machine.
 */
export const MAX_PARTS_AT_ONCE = 2;

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
export async function indexForSearch(
  out: string,
  search: SearchPlan,
  searchFingerprints: Map<string, string>,
  previous: PublishedSite | null,
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
  previous: PublishedSite | null,
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
  previous: PublishedSite | null,
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
