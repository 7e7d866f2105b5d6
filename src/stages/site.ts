// Stage 6, site: lays the rendered articles out as a static site with Eleventy, publishes the
// manifest, the removals report and the raw input files, and indexes the pages with Pagefind.

import { copyFile, link, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import * as pagefind from 'pagefind';
import { mapConcurrently } from '../concurrency.ts';
import type { BuildOptions } from '../options.ts';
import { BODIES_FOLDER, buildSiteModel, SITE_MODEL_FILE, type SiteModel } from '../site/model.ts';
import type { Manifest, RenderedArticle } from '../types.ts';

export interface SiteStageInput {
  /** Every article, any order; bodyHtml is already sanitized HTML. */
  articles: RenderedArticle[];
  /** Published verbatim as /archive.json. */
  manifest: Manifest;
  /** The removals report, published verbatim as /report.json. */
  report: unknown;
  /** Every input file; each is copied byte for byte to <out>/raw/<path>. */
  rawFiles: { path: string; absPath: string }[];
}

// Eleventy resolves the template folder, its config file and passthrough copies against the
// working directory, so it is run from the project root whatever the caller's directory.
const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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
): Promise<{ pages: number }> {
  let stepStart = performance.now();
  const step = (line: string) => {
    const now = performance.now();
    progress(`  site: ${line} (${((now - stepStart) / 1000).toFixed(1)} s)`);
    stepStart = now;
  };
  const out = resolve(outDir);
  await ensureEmptyFolder(out);

  const model = buildSiteModel(input.articles, options);
  const contentDir = resolve(options.work, 'content');
  await mkdir(contentDir, { recursive: true });
  await writeFile(join(contentDir, SITE_MODEL_FILE), JSON.stringify(model));
  await writeBodies(input.articles, join(contentDir, BODIES_FOLDER));
  step('site model and article bodies written');

  const pages = await runEleventy(contentDir, options.basePath, out);
  step(`Eleventy rendered ${pages} pages`);
  await copyRawFiles(input.rawFiles, join(out, 'raw'));
  await writeFile(join(out, 'archive.json'), stableJson(input.manifest));
  await writeFile(join(out, 'report.json'), stableJson(input.report));
  step(`${input.rawFiles.length} raw files copied`);
  await indexForSearch(out, model);
  step('Pagefind indexed the articles');
  return { pages };
}

/** Each article's body as <slug>.html, read by the article template (slugs are checked safe). */
async function writeBodies(articles: RenderedArticle[], folder: string): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await mapConcurrently(articles, (article) =>
    writeFile(join(folder, `${article.slug}.html`), article.bodyHtml),
  );
}

async function ensureEmptyFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  const entries = await readdir(folder);
  if (entries.length > 0) {
    throw new Error(`Site output folder ${folder} is not empty (${entries.length} entries)`);
  }
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Renders the templates; resolves to the number of HTML pages written. */
async function runEleventy(contentDir: string, basePath: string, out: string): Promise<number> {
  // The configuration (.eleventy.ts) reads these; see the comment at its top.
  const previousEnv = {
    ARCHIVE_CONTENT_DIR: process.env.ARCHIVE_CONTENT_DIR,
    ARCHIVE_BASE_PATH: process.env.ARCHIVE_BASE_PATH,
  };
  const previousCwd = process.cwd();
  process.env.ARCHIVE_CONTENT_DIR = contentDir;
  process.env.ARCHIVE_BASE_PATH = basePath;
  process.chdir(PROJECT_ROOT);
  try {
    const eleventy = new Eleventy('templates', out, {
      configPath: '.eleventy.ts',
      quietMode: true,
    });
    const [, written] = await eleventy.write();
    return written.filter(
      (result) => typeof result.outputPath === 'string' && result.outputPath.endsWith('.html'),
    ).length;
  } finally {
    process.chdir(previousCwd);
    for (const [name, value] of Object.entries(previousEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

async function copyRawFiles(files: SiteStageInput['rawFiles'], rawDir: string): Promise<void> {
  await mapConcurrently(files, async (file) => {
    const target = resolve(rawDir, file.path);
    // Input paths come from the file system, but a path that climbs out of raw/ must never be
    // written, whatever produced it.
    if (!target.startsWith(rawDir + sep)) {
      throw new Error(`Raw file path "${file.path}" leads outside the raw folder`);
    }
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file.absPath, target).catch((error: NodeJS.ErrnoException) => {
      // A scraper still writing into the folder can move or delete a file mid-build; the site
      // would then lack the copy its article links to, so the build stops and says why.
      if (error.code !== 'ENOENT') throw error;
      throw new Error(
        `${file.path} was removed from the input folder during the build; build again once ` +
          'the folder has stopped changing',
      );
    });
  });
}

/** Where a part's article pages are linked for Pagefind to read, inside the output folder. */
const PART_FOLDER = '.search-index-part';

/** Hard-links the part's article pages into folder, at their paths under the site. */
async function linkPartPages(
  out: string,
  folder: string,
  model: SiteModel,
  part: SiteModel['searchIndexes'][number],
): Promise<void> {
  await rm(folder, { recursive: true, force: true });
  await mapConcurrently(part.articles, async (position) => {
    const { url } = model.articles[position] as SiteModel['articles'][number];
    const page = join(url, 'index.html');
    await mkdir(join(folder, url), { recursive: true });
    // A file system without hard links gets a copy.
    await link(join(out, page), join(folder, page)).catch(() =>
      copyFile(join(out, page), join(folder, page)),
    );
  });
}

function pagefindFailed(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/**
 * Builds the search index, part by part (model.searchIndexes), into <out>/pagefind/ and its
 * part folders; any error Pagefind reports fails the build. Each part is written and dropped
 * before the next is built, so Pagefind holds one part at a time.
 */
async function indexForSearch(out: string, model: SiteModel): Promise<void> {
  // One index for the whole archive, in the site's language: Pagefind otherwise splits the
  // index by <html lang> and the search page would only find articles in its own language.
  // Pagefind wants the bare language code ("en", not "en-GB").
  const forceLanguage = model.site.lang.split('-')[0]?.toLowerCase();
  try {
    for (const part of model.searchIndexes) {
      const { index, errors } = await pagefind.createIndex({ forceLanguage });
      if (!index || errors.length > 0) pagefindFailed('createIndex', errors);
      // Only article pages: listings would duplicate every result, and raw/ holds untrusted
      // files. Pagefind reads a folder itself faster than it is sent pages one by one (13.6 s
      // for 10,000 articles, against 20.3 s), and in a fixed order (pages sent concurrently gave
      // a different index on every build), so a part's pages are hard-linked into a folder of
      // their own, at the same paths, and Pagefind reads that.
      const whole = model.searchIndexes.length === 1;
      const folder = whole ? out : join(out, PART_FOLDER);
      if (!whole) await linkPartPages(out, folder, model, part);
      // Redirect pages (old addresses) live under articles/ too; they have no
      // data-pagefind-body, so Pagefind reads them (page_count counts them) but leaves them out
      // of the index.
      const added = await index.addDirectory({ path: folder, glob: 'articles/**/*.html' });
      if (added.errors.length > 0) pagefindFailed('addDirectory', added.errors);
      const expected = whole
        ? model.articles.length + model.redirects.length
        : part.articles.length;
      if (added.page_count !== expected) {
        pagefindFailed('addDirectory', [
          `read ${added.page_count} pages for ${expected} pages of the part at ${part.path}`,
        ]);
      }
      if (!whole) await rm(folder, { recursive: true, force: true });
      const written = await index.writeFiles({ outputPath: join(out, part.path) });
      if (written.errors.length > 0) pagefindFailed('writeFiles', written.errors);
      await index.deleteIndex();
    }
  } finally {
    await pagefind.close();
  }
}
