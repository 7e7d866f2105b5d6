// The write stage's bodies (src/stages/write.ts): each rendered once (markdown.ts), cached by a
// hash of its blocks in <work>/cache/render.jsonl, on the build's worker threads when there are
// enough of them, and spilled to a folder as it is made.

import path from 'node:path';
import { createHash } from 'node:crypto';
import {
  type Check,
  isString,
  lazyCodeVersion,
  objectOf,
  readCacheLines,
  writeCacheLines,
} from '../cache.ts';
import type { BuildOptions } from '../options.ts';
import { byDateDesc } from '../order.ts';
import {
  type RenderedBody,
  resetSpill,
  spillBodies,
  type SpilledBody,
  spillFolder,
  SpillReader,
  threadSpillFile,
} from '../render-spill.ts';
import { wordCount } from '../text.ts';
import type { AddressedArticle, Block } from '../types.ts';
import type { WorkerPool } from '../workers.ts';
import { blocksToTree, renderMarkdown, rendersAsWritten, renderTree } from './markdown.ts';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown } from 'mdast-util-to-markdown';

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
export async function startRendering(
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
