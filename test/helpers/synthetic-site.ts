// Builds a site from synthetic articles with the site stage alone, without the pipeline.
// As a script: tsx test/helpers/synthetic-site.ts <out> [--base-path /news/] [--extra 10000]
// (--extra adds generated articles, to see how the site stage copes with a large archive).

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultOptions, type BuildOptions } from '../../src/options.ts';
import { site } from '../../src/stages/site.ts';
import { createHash } from 'node:crypto';
import type { RenderedArticle } from '../../src/types.ts';
import { buildManifest } from '../../src/build.ts';
import { BODIES_FOLDER } from '../../src/paths.ts';
import { makeArticle, syntheticArticles, topics, type SyntheticArticle } from './articles.ts';

/** Generated articles: dated across 2000-2023, some undated, spread over the test topics. */
export function generatedArticles(count: number): SyntheticArticle[] {
  const topicList = Object.values(topics);
  return Array.from({ length: count }, (_, i) => {
    const year = 2000 + (i % 24);
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    return makeArticle({
      slug: `generated-${i}`,
      title: `Generated report number ${i}`,
      standfirst: `A generated standfirst for report ${i}.`,
      date: i % 10 === 9 ? undefined : [`${year}-${month}-${day}`, 'day'],
      source: `Wire ${i % 7}`,
      topics: [topicList[i % topicList.length]!, topicList[(i * 7 + 3) % topicList.length]!],
      paragraphs: [
        `Paragraph one of generated report ${i} about border crossings and trade.`,
        `Paragraph two mentions item ${i * 31} in the ledger.`,
      ],
      sources: [{ path: `generated/${i}.txt`, role: 'canonical', covered: 1 }],
    });
  });
}

/**
 * Writes one raw file per source path under a temporary input folder and builds the site; the
 * temporary input and work folders are removed afterwards.
 */
export async function buildSyntheticSite(
  outDir: string,
  overrides: Partial<BuildOptions> = {},
  articles: SyntheticArticle[] = syntheticArticles(),
  /** The site stage's progress lines. */
  progress?: (line: string) => void,
): Promise<{ pages: number }> {
  const scratch = await mkdtemp(join(tmpdir(), 'archive-synthetic-'));
  const input = join(scratch, 'input');
  const paths = [...new Set(articles.flatMap((article) => article.sources.map((s) => s.path)))];
  const rawFiles = [];
  for (const path of paths.sort()) {
    const absPath = join(input, path);
    await mkdir(dirname(absPath), { recursive: true });
    await writeFile(absPath, `Raw text of ${path}\n`);
    // No previous site to link from, so the sha256 is never compared.
    rawFiles.push({ path, absPath, sha256: '', kept: false });
  }
  const options: BuildOptions = {
    ...defaultOptions,
    input,
    output: outDir,
    work: join(scratch, 'work'),
    progress: false,
    ...overrides,
  };
  try {
    const rendered = await writeBodies(articles, options.work);
    const result = await site(
      {
        articles: rendered,
        manifest: buildManifest(rendered, []),
        report: { removals: [] },
        rawFiles,
        previous: null,
      },
      options,
      outDir,
      progress,
    );
    // What build() moves out when it publishes.
    for (const folder of result.leftovers) await rm(join(outDir, folder), { recursive: true });
    return result;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Writes each article's body where the write stage does (<work>/content/bodies/<slug>.html) and
 * returns the articles as the write stage hands them on, with the hash of their body.
 */
async function writeBodies(articles: SyntheticArticle[], work: string): Promise<RenderedArticle[]> {
  const folder = join(work, 'content', BODIES_FOLDER);
  await mkdir(folder, { recursive: true });
  const rendered: RenderedArticle[] = [];
  for (const { bodyHtml, ...article } of articles) {
    await writeFile(join(folder, `${article.slug}.html`), bodyHtml);
    rendered.push({ ...article, bodyHash: createHash('sha256').update(bodyHtml).digest('hex') });
  }
  return rendered;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'base-path': { type: 'string' }, extra: { type: 'string' } },
  });
  const outDir = positionals[0] ?? 'dist';
  const articles = [...syntheticArticles(), ...generatedArticles(Number(values.extra ?? 0))];
  const started = Date.now();
  const { pages } = await buildSyntheticSite(
    outDir,
    { basePath: values['base-path'] ?? '/' },
    articles,
  );
  console.log(
    `${articles.length} articles, ${pages} pages in ${outDir} (${Date.now() - started} ms)`,
  );
}
