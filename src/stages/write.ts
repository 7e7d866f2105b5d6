// Stage 5: each article becomes a Markdown file with YAML front matter in the content folder
// (content/articles/<slug>.md, for people to inspect and diff) and a body rendered to HTML by
// unified + remark-parse + remark-html with sanitizing on, for the site. Slugs come from the
// addresses stage (src/stages/addresses.ts), which keeps them stable across rebuilds.

import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import type { Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { mapConcurrently } from '../concurrency.ts';
import type { BuildOptions } from '../options.ts';
import type { AddressedArticle, Article, Block, RenderedArticle } from '../types.ts';
import { wordTotal } from '../text.ts';

const renderer = unified().use(remarkParse).use(remarkHtml, { sanitize: true });

/**
 * Article text is plain text, never Markdown: mdast-util-to-markdown escapes whatever would
 * otherwise turn into markup ("*", "[x](y)", "<script>", "# " at a line start...).
 */
export function blocksToMarkdown(blocks: Block[]): string {
  const children: RootContent[] = blocks.map((block) =>
    block.kind === 'heading'
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] }
      : { type: 'paragraph', children: [{ type: 'text', value: block.text }] },
  );
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree);
}

export function renderMarkdown(markdown: string): string {
  return String(renderer.processSync(markdown));
}

/**
 * Newest first, undated last, then by id: the order articles are written in, and the order the
 * addresses stage hands out new slugs in, stable across runs.
 */
export function byDateDesc(
  a: Pick<Article, 'date' | 'id'>,
  b: Pick<Article, 'date' | 'id'>,
): number {
  const da = a.date?.value ?? '';
  const db = b.date?.value ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export async function write(
  articles: AddressedArticle[],
  options: BuildOptions,
): Promise<RenderedArticle[]> {
  const sorted = [...articles].sort(byDateDesc);
  const folder = path.join(options.work, 'content', 'articles');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  // While one article's file is written, the next ones are rendered (src/concurrency.ts).
  return mapConcurrently(sorted, async (article): Promise<RenderedArticle> => {
    const { slug } = article;
    const markdown = blocksToMarkdown(article.blocks);
    const frontMatter = {
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
    const result = {
      ...article,
      url: `/articles/${slug}/`,
      bodyHtml: renderMarkdown(markdown),
      words: wordTotal(article.blocks.map((b) => b.text).join(' ')),
      related: article.related ?? [],
    };
    await writeFile(path.join(folder, `${slug}.md`), matter.stringify(markdown, frontMatter));
    return result;
  });
}
