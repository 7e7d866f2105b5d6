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
//   (renderVersion: this module, the packages that render, with their dependencies);
// - the folders are kept: a file is written only when its bytes differ from what is there, and
//   whatever else is in them is removed, leaving exactly what a clean build leaves.
// A first build renders its bodies on the build's worker threads (src/workers.ts), one per core.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { lstat, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext } from '../build-context.ts';
import { replaceFile } from '../replace-file.ts';
import matter from 'gray-matter';
import type {
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import {
  lazyCodeVersion,
  isString,
  objectOf,
  readCacheLines,
  writeCacheLines,
  type Check,
} from '../cache.ts';
import { mapConcurrently } from '../concurrency.ts';
import type { BuildOptions } from '../options.ts';
import { byDateDesc } from '../order.ts';
import type { AddressedArticle, Block, RenderedArticle } from '../types.ts';
import { BODIES_FOLDER } from '../paths.ts';
import { summarySentence } from '../site/undated.ts';
import { wordCount } from '../text.ts';
import type { WorkerPool } from '../workers.ts';
import {
  removeSpill,
  resetSpill,
  spillBodies,
  SpillReader,
  spillFolder,
  threadSpillFile,
  type RenderedBody,
  type SpilledBody,
} from '../render-spill.ts';

/**
 * remark with GFM's tables and nothing else of GFM: an HTML page's tables are kept as tables,
 * and text input renders as it did (no autolinked addresses, no strikethrough).
 */
function remarkTables(this: Processor): void {
  const data = this.data() as {
    micromarkExtensions?: unknown[];
    fromMarkdownExtensions?: unknown[];
  };
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

const renderer = unified().use(remarkParse).use(remarkTables).use(remarkHtml, { sanitize: true });

/**
 * Article text is plain text, never Markdown: mdast-util-to-markdown escapes whatever would
 * otherwise turn into markup ("*", "[x](y)", "<script>", "# " at a line start...). The blocks'
 * kinds become Markdown structure around that text: a heading at its level (2 at least: the
 * headline is the page's 1), a run of list items one list (numbered for an <ol>'s), a run of
 * quoted paragraphs one block quote, a run of table rows one table, a caption an emphasized
 * paragraph; a block's links (absolute http(s) addresses, src/html/links.ts) become links.
 */
export function blocksToMarkdown(blocks: Block[]): string {
  return toMarkdown(blocksToTree(blocks), { extensions: [gfmTableToMarkdown()] });
}

/** The Markdown tree of a body's blocks (blocksToMarkdown). */
function blocksToTree(blocks: Block[]): Root {
  const children: RootContent[] = [];
  for (const block of blocks) {
    const inline = inlineOf(block);
    const paragraph: Paragraph = { type: 'paragraph', children: inline };
    const last = children.at(-1);
    if (block.cells) {
      const row: TableRow = {
        type: 'tableRow',
        children: block.cells.map((cell) => ({
          type: 'tableCell',
          children: [{ type: 'text', value: cell }],
        })),
      };
      if (last?.type === 'table') last.children.push(row);
      else children.push({ type: 'table', align: [], children: [row] });
    } else if (block.kind === 'heading') {
      const depth = Math.min(6, Math.max(2, block.level ?? 2)) as 2 | 3 | 4 | 5 | 6;
      children.push({ type: 'heading', depth, children: inline });
    } else if (block.kind === 'list-item') {
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph] };
      const ordered = block.ordered === true;
      if (last?.type === 'list' && last.ordered === ordered) last.children.push(item);
      else children.push({ type: 'list', ordered, spread: false, children: [item] });
    } else if (block.kind === 'quote') {
      if (last?.type === 'blockquote') last.children.push(paragraph);
      else children.push({ type: 'blockquote', children: [paragraph] });
    } else if (block.kind === 'caption') {
      children.push({ type: 'paragraph', children: [{ type: 'emphasis', children: inline }] });
    } else children.push(paragraph);
  }
  for (const child of children) if (child.type === 'table') evenColumns(child);
  return { type: 'root', children };
}

/** A block's text, with its links. */
function inlineOf(block: Block): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = 0;
  for (const link of block.links ?? []) {
    if (link.start < at || link.end > block.text.length || link.end <= link.start) continue;
    if (link.start > at) out.push({ type: 'text', value: block.text.slice(at, link.start) });
    const text = block.text.slice(link.start, link.end);
    out.push({ type: 'link', url: link.href, children: [{ type: 'text', value: text }] });
    at = link.end;
  }
  if (at < block.text.length || out.length === 0) {
    out.push({ type: 'text', value: block.text.slice(at) });
  }
  return out;
}

/**
 * Every row of a table as wide as its widest (GFM cuts a row to its header's width), and a
 * column alignment (none) for each column, as parsing the table's Markdown gives: the HTML
 * writes as many cells a row as the table has alignments (mdast-util-to-hast).
 */
function evenColumns(table: Table): void {
  const width = Math.max(...table.children.map((row) => row.children.length));
  for (const row of table.children) {
    while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
  }
  table.align = Array.from({ length: width }, () => null);
}

export function renderMarkdown(markdown: string): string {
  return String(renderer.processSync(markdown));
}

/**
 * The HTML of a body's Markdown tree, without writing the Markdown and parsing it back: parsing
 * was most of the write stage's rendering (docs/figures.md, src/stages/write.ts). It is the
 * HTML renderMarkdown gives for the tree's Markdown when every block renders as written
 * (rendersAsWritten); renderBody parses the Markdown for the other bodies.
 */
function renderTree(tree: Root): string {
  // No plugin here transforms the tree (remark-html only compiles it), so there is nothing to run.
  return String(renderer.stringify(tree));
}

/**
 * Whether a block's Markdown parses back to the tree it was written from, so that renderTree
 * gives renderMarkdown's HTML: text that is not empty (a table row: one cell at least, empty
 * cells allowed), with no spaces at its ends (a paragraph's and a cell's are trimmed) and no line
 * breaks or tabs. Checked on every body of the 1,000-record WARC benchmark, BBC stories, and
 * random blocks of Markdown's special characters (docs/figures.md).
 */
function rendersAsWritten(block: Block): boolean {
  return block.cells
    ? block.cells.length > 0 && block.cells.every(asWritten)
    : block.text !== '' && asWritten(block.text);
}

function asWritten(text: string): boolean {
  return text.trim() === text && !/[\n\r\t]/.test(text);
}

/** A body to render: its blocks, and the key it is cached by. */
export interface BodyToRender {
  /** Hash of the blocks (see bodyKey). */
  key: string;
  blocks: Block[];
}

/**
 * The code a cached body was made by: this module and what it runs (unified, remark-parse,
 * remark-html, mdast-util-to-markdown and every package under them; the word count in text.ts).
 */
const renderVersion = lazyCodeVersion([new URL(import.meta.url)]);

function bodyKey(blocks: Block[]): string {
  return createHash('sha256')
    .update(
      JSON.stringify(
        blocks.map((b) => [b.kind, b.text, b.level, b.ordered, b.cells, b.header, b.links]),
      ),
    )
    .digest('base64url');
}

export function renderBody({ key, blocks }: BodyToRender): RenderedBody {
  const tree = blocksToTree(blocks);
  const markdown = toMarkdown(tree, { extensions: [gfmTableToMarkdown()] });
  return {
    key,
    markdown,
    html: blocks.every(rendersAsWritten) ? renderTree(tree) : renderMarkdown(markdown),
    words: wordCount(blocks.map((b) => b.text).join(' ')),
  };
}

const isRenderedBody = objectOf({
  key: isString,
  markdown: isString,
  html: isString,
  words: Number.isInteger,
} satisfies Record<keyof RenderedBody, Check>);

function asRenderedBody(value: unknown): RenderedBody | null {
  return isRenderedBody(value) ? (value as RenderedBody) : null;
}

/** This build's bodies, once rendered or read from the cache, in the spill folder. */
export interface RenderedBodies {
  /** Where each article's body lies, by article id. */
  byArticle: Map<string, SpilledBody>;
  /** Bodies rendered in this build (the others came from the cache). */
  rendered: number;
  /** The spill folder (src/render-spill.ts), removed once the bodies are written. */
  folder: string;
}

/**
 * Reads the render cache and starts rendering the bodies it lacks, on the pool's threads when
 * there are enough of them (each body once, however many articles share it). Every body goes to
 * the spill folder as it is read or made, and only where it lies is held (src/render-spill.ts).
 * Resolves as soon as the work is under way: `finished` resolves to the bodies, so the caller
 * can do other work on this thread meanwhile (the threads need nothing from it, see
 * WorkerPool.map).
 */
async function startRendering(
  articles: AddressedArticle[],
  options: BuildOptions,
  pool: WorkerPool | null,
): Promise<{ finished: Promise<RenderedBodies> }> {
  const sorted = [...articles].sort(byDateDesc);
  // What the bodies are gathered by once rendered: ids and keys, not the articles, whose blocks
  // the write stage lets go of while the threads render (see WriteStageInput).
  const order = sorted.map((article) => ({ id: article.id, key: bodyKey(article.blocks) }));
  const folder = spillFolder(options.work);
  resetSpill(folder);
  const spilled = new Map<string, SpilledBody>();
  const cacheFile = path.resolve(options.work, 'cache', 'render.jsonl');
  const cached = await spillCached(cacheFile, new Set(order.map((o) => o.key)), folder, spilled);
  const toRender = new Map<string, BodyToRender>();
  sorted.forEach((article, i) => {
    const { key } = order[i] as BodyOrder;
    if (!spilled.has(key)) toRender.set(key, { key, blocks: article.blocks });
  });
  const items = [...toRender.values()];
  const threads = pool?.worthIt(items.length) ? pool : null;
  // No closure made here outlives this call: V8 would keep this scope's `toRender` and `items`,
  // every body's blocks, for it until the last body is rendered.
  const take = recordIn(spilled);
  const rendering = threads
    ? // This thread goes on with other work meanwhile (see build.ts): it keeps a core.
      threads.each('render', items, { folder }, take, { threads: threads.threads - 1 })
    : Promise.resolve(take(0, spillBodies(threadSpillFile(folder), items.map(renderBody))));
  const finished = gatherBodies(
    rendering,
    items.length,
    { order, spilled, folder },
    cacheFile,
    cached,
  );
  return { finished };
}

/** Records where each spilled body lies in `spilled`, by key (a WorkerPool.each taker). */
function recordIn(spilled: Map<string, SpilledBody>) {
  return (_: number, bodies: SpilledBody[]) => {
    for (const body of bodies) spilled.set(body.key, body);
  };
}

/**
 * Spills the render cache's bodies that this build's articles have (`keys`), recording where
 * each lies in `spilled`; what the cache file held, for gatherBodies.
 */
async function spillCached(
  cacheFile: string,
  keys: Set<string>,
  folder: string,
  spilled: Map<string, SpilledBody>,
): Promise<{ current: boolean; lines: number }> {
  const file = threadSpillFile(folder);
  const record = recordIn(spilled);
  let batch: RenderedBody[] = [];
  const flush = () => {
    record(0, spillBodies(file, batch));
    batch = [];
  };
  // Each body is spilled as read, never returned: the file holds as many as the build has.
  const { current, lines } = await readCacheLines(cacheFile, renderVersion(), (value) => {
    const body = asRenderedBody(value);
    if (body && keys.has(body.key) && !spilled.has(body.key)) {
      batch.push(body);
      if (batch.length >= SPILL_BATCH) flush();
    }
    return null;
  });
  flush();
  return { current, lines };
}

/** Cached bodies spilled at a time: one write for this many. */
const SPILL_BATCH = 50;

/** An article's id and the key of its body, in the articles' order (startRendering). */
interface BodyOrder {
  id: string;
  key: string;
}

/**
 * Each article's body, from the cache or rendered now (`rendered` of them), once `rendering`
 * resolves; the cache file rewritten with them, read back from the spill in the articles'
 * order. A function of its own so that what it holds while the threads render is only what it
 * is given (a closure would keep startRendering's articles too).
 */
async function gatherBodies(
  rendering: Promise<void>,
  rendered: number,
  {
    order,
    spilled,
    folder,
  }: { order: BodyOrder[]; spilled: Map<string, SpilledBody>; folder: string },
  cacheFile: string,
  cached: { current: boolean; lines: number },
): Promise<RenderedBodies> {
  await rendering;
  const byArticle = new Map<string, SpilledBody>();
  // By key in the articles' order: the cache file's order.
  const keys = new Set<string>();
  for (const { id, key } of order) {
    byArticle.set(id, spilled.get(key) as SpilledBody);
    keys.add(key);
  }
  // Only this build's bodies are kept, so the cache never grows past the archive; the file
  // is left as it is when it holds just them.
  const reusedAll = rendered === 0 && cached.current && cached.lines === keys.size;
  if (!reusedAll) {
    const reader = new SpillReader();
    try {
      const bodies = function* () {
        for (const key of keys) yield reader.read(spilled.get(key) as SpilledBody);
      };
      await writeCacheLines(cacheFile, renderVersion(), bodies());
    } finally {
      reader.close();
    }
  }
  return { byArticle, rendered, folder };
}

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
    const { slug } = article;
    const spilled = bodies.byArticle.get(article.id);
    if (!spilled) throw new Error(`write: no rendered body for article ${article.id}`);
    const body = spill.read(spilled);
    // An options object turns off gray-matter's cache, which kept every body's Markdown and a
    // Buffer copy of it to the end of the build: 7.5 KB of heap and as much outside it an
    // article at 5,000 saved pages (a heap snapshot; docs/figures.md, stop 55).
    const bytes = Buffer.from(matter.stringify(body.markdown, frontMatterOf(article), {}));
    bodies.byArticle.delete(article.id);
    if (await writeIfChanged(markdown.folder, `${slug}.md`, bytes, markdown.files)) written++;
    const htmlBytes = Buffer.from(body.html);
    await writeIfChanged(html.folder, `${slug}.html`, htmlBytes, html.files);
    return {
      ...article,
      url: `/articles/${slug}/`,
      bodyHash: createHash('sha256').update(htmlBytes).digest('hex'),
      words: body.words,
      related: article.related ?? [],
    };
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
 * The names of the regular files in the folder, made if missing. Anything else in it (a folder,
 * a link) is removed first, as is the folder itself when it is not one: a clean build would
 * leave only the files it writes, and a file is never written through a link.
 */
async function regularFiles(
  folder: string,
): Promise<{ folder: string; files: Set<string>; removed: number }> {
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
