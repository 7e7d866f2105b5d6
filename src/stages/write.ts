// Stage 8, write: each article becomes a Markdown file with YAML front matter in the content folder
// (content/articles/<slug>.md, for people to inspect and diff) and a body rendered to HTML by
// unified + remark-parse + remark-html with sanitizing on, for the site's article page
// (content/bodies/<slug>.html). Slugs come from the addresses stage (src/stages/addresses.ts),
// which keeps them stable across rebuilds. What the site stage gets of an article is its record,
// its summary sentence and its body's hash: neither blocks nor HTML are held past this stage.
//
// A rebuild redoes only what changed. Rendering HTML, turning blocks into Markdown, front matter
// and creating every file again in the folder just emptied were the stage's whole cost on every
// build, and creating a file costs several times what overwriting one in place does (the figures:
// docs/figures.md, src/stages/write.ts). So:
// - the Markdown, HTML and word count of a body are kept in <work>/cache/render.jsonl by a hash
//   of its blocks (src/cache.ts), made again only for a new or changed body, or new code
//   (renderVersion, src/write/render.ts: that module, the packages that render, with their
//   dependencies);
// - the folders are kept: a file is written only when its bytes differ from what is there, and
//   whatever else is in them is removed, leaving exactly what a clean build leaves.
// A first build renders its bodies on the build's worker threads (src/workers.ts), one per core.
//
// The steps: src/write/markdown.ts turns blocks into Markdown and HTML, src/write/render.ts
// renders the bodies (cache, worker threads, spill folder); this module writes the files.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { BuildContext } from '../build-context.ts';
import { mapConcurrently } from '../concurrency.ts';
import type { BuildOptions } from '../options.ts';
import { byDateDesc } from '../order.ts';
import { BODIES_FOLDER } from '../paths.ts';
import { removeSpill, SpillReader } from '../render-spill.ts';
import { replaceFile } from '../replace-file.ts';
import { summarySentence } from '../site/undated.ts';
import type { AddressedArticle, RenderedArticle } from '../types.ts';
import type { WorkerPool } from '../workers.ts';
import { type RenderedBodies, startRendering } from '../write/render.ts';

export { blocksToMarkdown, renderMarkdown } from '../write/markdown.ts';
export { renderBody, type BodyToRender, type RenderedBodies } from '../write/render.ts';

/** The write stage's start: startRendering on the build's pool. */
export function renderAhead(
  { options, pool }: BuildContext,
  articles: AddressedArticle[],
): Promise<{ finished: Promise<RenderedBodies> }> {
  return startRendering(articles, options, pool);
}

/** Reads the cache and renders what it lacks: startRendering, waited for. */
export async function renderBodies(
  articles: AddressedArticle[],
  options: BuildOptions,
  pool: WorkerPool | null = null,
): Promise<RenderedBodies> {
  return (await startRendering(articles, options, pool)).finished;
}

export interface WriteResult {
  articles: RenderedArticle[];
  /** Bodies rendered in this build (the others came from the cache). */
  rendered: number;
  /** Markdown files written (the others were there already, byte for byte). */
  written: number;
  /** Files and folders removed from the folder: articles gone, or no article's. */
  removed: number;
}

/**
 * An article as the write stage writes it: its blocks replaced by the summary sentence, the one
 * thing the site reads of them (the body itself is rendered from them, see renderAhead).
 */
export type ArticleToWrite = Omit<AddressedArticle, 'blocks'> & { summary: string | null };

/** The article without its blocks, which give it its summary sentence (ArticleToWrite). */
export function toWrite({ blocks, ...article }: AddressedArticle): ArticleToWrite {
  return { ...article, summary: summarySentence(article.standfirst, blocks) };
}

/**
 * The write stage's input. writeStage lets go of the articles (an empty list is left) before
 * it waits for their bodies: they were held beside the bodies to the stage's end (their blocks
 * then, 12 KB an article at 5,000 saved pages; docs/figures.md, stop 56).
 */
export interface WriteStageInput {
  /** Every article, related, its blocks let go of (toWrite). */
  articles: ArticleToWrite[];
  /** Their bodies, rendered meanwhile (renderAhead). */
  bodies: Promise<RenderedBodies>;
}

/** The article's record in its Markdown file's front matter. */
function frontMatterOf(article: ArticleToWrite) {
  return {
    id: article.id,
    title: article.title,
    standfirst: article.standfirst,
    date: article.date?.value ?? null,
    date_precision: article.date?.precision ?? null,
    date_from: article.date?.from ?? null,
    source: article.source,
    byline: article.byline,
    section: article.section,
    lang: article.lang,
    fragment: article.fragment,
    topics: article.topics.map((t) => t.name),
    sources: article.sources.map((s) => ({
      path: s.path,
      sha256: s.sha256,
      role: s.role,
      covered: s.covered,
      site: s.site,
      ...(s.lostLetters && { lost_letters: s.lostLetters }),
    })),
    provenance: article.provenance,
    aliases: article.aliases,
  };
}

/**
 * Writes the file unless it holds these bytes already; `present` (the folder's files) loses its
 * name. Resolves to whether it wrote.
 */
async function writeIfChanged(
  folder: string,
  name: string,
  bytes: Buffer,
  present: Set<string>,
): Promise<boolean> {
  // Read synchronously: fs/promises takes four trips to the thread pool a file, six times as
  // long (docs/figures.md).
  const file = path.join(folder, name);
  const there = present.delete(name) ? readFileSync(file) : null;
  if (!there) {
    await writeFile(file, bytes);
    return true;
  }
  if (there.equals(bytes)) return false;
  // A new file replaces the old one, as in a clean build: a hard link to the old one (a backup
  // made with cp -al, say) keeps what it had.
  await replaceFile(file, bytes);
  return true;
}

/** The write stage: each article's Markdown file and body (write), with the bodies rendered ahead. */
export async function writeStage(
  { options, done }: BuildContext,
  input: WriteStageInput,
): Promise<WriteResult> {
  const { articles } = input;
  input.articles = [];
  const written = await write(articles, options, await input.bodies);
  done(
    `write: ${written.articles.length} articles to ${path.join(options.work, 'content')}, ` +
      `${written.rendered} bodies rendered (the others from the cache), ${written.written} ` +
      `files written (the others unchanged), ${written.removed} removed`,
  );
  return written;
}

/**
 * Writes each article's Markdown file, and its body's HTML for the site's article page
 * (<work>/content/bodies/<slug>.html, read by src/eleventy/content.ts). `bodies` lets go of
 * each body once its files are written: the articles keep a hash of the HTML, which the site
 * stage's page fingerprints need (src/site/reuse.ts), not the HTML.
 */
export async function write(
  articles: ArticleToWrite[],
  options: BuildOptions,
  bodies: RenderedBodies,
): Promise<WriteResult> {
  const sorted = [...articles].sort(byDateDesc);
  const content = path.join(options.work, 'content');
  const markdown = await regularFiles(path.join(content, 'articles'));
  const html = await regularFiles(path.join(content, BODIES_FOLDER));
  let written = 0;
  const spill = new SpillReader();
  // While one article's file is read or written, the next ones are prepared (src/concurrency.ts).
  const result = await mapConcurrently(sorted, async (article): Promise<RenderedArticle> => {
    const { rendered, changed } = await writeArticle(article, bodies, spill, markdown, html);
    if (changed) written++;
    return rendered;
  }).finally(() => {
    spill.close();
    removeSpill(bodies.folder);
  });
  // What is left was no article's of this build: a clean build would not have it.
  const leftovers = [markdown, html].flatMap(({ folder, files }) =>
    [...files].map((name) => path.join(folder, name)),
  );
  await mapConcurrently(leftovers, (file) => rm(file, { recursive: true, force: true }));

  return {
    articles: result,
    rendered: bodies.rendered,
    written,
    removed: markdown.removed + markdown.files.size,
  };
}

/**
 * A folder of the work's content (regularFiles): its path, the names of its files no article has
 * written yet, and how many entries that were no regular file were removed from it.
 */
type ContentFolder = { folder: string; files: Set<string>; removed: number };

/**
 * One article's Markdown file and body HTML, each written where it changed, and the article as
 * rendered; `changed` is whether its Markdown was written.
 */
async function writeArticle(
  article: ArticleToWrite,
  bodies: RenderedBodies,
  spill: SpillReader,
  markdown: ContentFolder,
  html: ContentFolder,
): Promise<{ rendered: RenderedArticle; changed: boolean }> {
  const { slug } = article;
  const spilled = bodies.byArticle.get(article.id);
  if (!spilled) throw new Error(`write: no rendered body for article ${article.id}`);
  const body = spill.read(spilled);
  // An options object turns off gray-matter's cache, which kept every body's Markdown and a
  // Buffer copy of it to the end of the build: 7.5 KB of heap and as much outside it an
  // article at 5,000 saved pages (a heap snapshot; docs/figures.md, stop 55).
  const bytes = Buffer.from(matter.stringify(body.markdown, frontMatterOf(article), {}));
  bodies.byArticle.delete(article.id);
  const changed = await writeIfChanged(markdown.folder, `${slug}.md`, bytes, markdown.files);
  const htmlBytes = Buffer.from(body.html);
  await writeIfChanged(html.folder, `${slug}.html`, htmlBytes, html.files);
  const rendered = {
    ...article,
    url: `/articles/${slug}/`,
    bodyHash: createHash('sha256').update(htmlBytes).digest('hex'),
    words: body.words,
    related: article.related ?? [],
  };
  return { rendered, changed };
}

/**
 * The names of the regular files in the folder, made if missing. Anything else in it (a folder,
 * a link) is removed first, as is the folder itself when it is not one: a clean build would
 * leave only the files it writes, and a file is never written through a link.
 */
async function regularFiles(folder: string): Promise<ContentFolder> {
  const stat = await lstat(folder).catch(() => null);
  if (stat && !stat.isDirectory()) await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const entries = await readdir(folder, { withFileTypes: true });
  const others = entries.filter((e) => !e.isFile());
  await mapConcurrently(others, (e) =>
    rm(path.join(folder, e.name), { recursive: true, force: true }),
  );
  return {
    folder,
    files: new Set(entries.filter((e) => e.isFile()).map((e) => e.name)),
    removed: others.length,
  };
}
