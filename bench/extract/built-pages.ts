// The built archive, scored: what `npm run build` publishes from the development pages, after
// dedup, which is what issue 21's owner measures (normalize's own figures are
// bench:extract's and bench:extract:html's). Each page is given to the build as one or more
// copies: the saved page itself and its dumps by w3m, lynx and html2text, as a user's folder
// holds a page and the text a scraper left of it. This module writes that folder, reads the
// built articles back, and turns each copy into the `Scored` record bench/extract/measure.ts
// scores, so the built archive is judged by the very measure normalize is.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { readabilityHtmlPages, trafilaturaHtmlPages } from './html-pages.ts';
import { readabilityPages, trafilaturaPages, TOOLS, type Page, type Scored } from './measure.ts';

/** What a copy of a page is: the saved page, or its dump by one of the three tools. */
export const COPY_KINDS = ['pages', ...TOOLS] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/** One copy of one development page, and where the build's input holds it. */
export interface Copy {
  kind: CopyKind;
  page: Page;
  /** `<corpus>/<name>`: the same for every copy of one page. */
  key: string;
  /** Its path in the input folder, which the built article's sources name. */
  input: string;
}

/**
 * The saved pages live beside the dumps in the corpora's web-pages folder, and in html/ in the
 * committed sample (test/web-pages/html).
 */
function htmlRoot(root: string): string {
  const sample = path.join(root, 'html');
  return existsSync(path.join(sample, 'readability')) ? sample : root;
}

function pagesOf(root: string, kind: CopyKind, limit: number): Page[] {
  if (kind === 'pages') {
    const html = htmlRoot(root);
    // evaldata.json's title is the headline's reference for trafilatura's pages (measure.ts reads
    // it as declaredTitle for the dumps; html-pages.ts keeps it in meta).
    const traf = trafilaturaHtmlPages(html, limit).map((p) => ({
      ...p,
      declaredTitle: p.meta?.title ?? null,
    }));
    return [...readabilityHtmlPages(html, limit), ...traf];
  }
  return [...readabilityPages(root, kind, limit), ...trafilaturaPages(root, kind, limit)];
}

/** `<kind>/<corpus>/<case>.html[.txt]`: a dump is named after its page, with `.txt` added. */
function inputPath(kind: CopyKind, page: Page): string {
  const base = page.corpus === 'readability' ? `${page.name}.html` : page.name;
  return `${kind}/${page.corpus}/${base}${kind === 'pages' ? '' : '.txt'}`;
}

export function copiesOf(root: string, kinds: readonly CopyKind[], limit = Infinity): Copy[] {
  return kinds.flatMap((kind) =>
    pagesOf(root, kind, limit).map((page) => ({
      kind,
      page,
      key: `${page.corpus}/${page.name}`,
      input: inputPath(kind, page),
    })),
  );
}

/** Writes the copies as a build's input folder (emptied first: it is the bench's own). */
export async function writeCopies(copies: Copy[], dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  for (const copy of copies) {
    const file = path.join(dir, copy.input);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, copy.page.bytes);
  }
}

/** A built article as the scores read it, from its Markdown file in the work folder. */
export interface BuiltArticle {
  id: string;
  title: string;
  byline: string | null;
  date: string | null;
  /** The standfirst and the body's blocks as plain text, as a reader sees them. */
  text: string;
  fragment: boolean;
  /** The input paths of its copies. */
  sources: string[];
}

/** Each top-level block's text, Markdown's marks and link targets left out. */
function plainText(markdown: string): string {
  type Node = { type: string; value?: string; children?: Node[] };
  const textOf = (node: Node): string =>
    node.type === 'text' || node.type === 'inlineCode'
      ? (node.value ?? '')
      : node.type === 'break'
        ? '\n'
        : (node.children ?? []).map(textOf).join(node.type === 'list' ? '\n' : '');
  const tree = unified().use(remarkParse).parse(markdown) as Node;
  return (tree.children ?? []).map(textOf).join('\n\n');
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? markdownFiles(path.join(dir, e.name))
      : e.name.endsWith('.md')
        ? [path.join(dir, e.name)]
        : [],
  );
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);

/** The articles a build wrote to `work`/content (its --work folder). */
export function readBuilt(work: string): BuiltArticle[] {
  return markdownFiles(path.join(work, 'content'))
    .sort()
    .map((file) => {
      const { data, content } = matter(readFileSync(file, 'utf8'));
      const sources = (data.sources ?? []) as { path: string }[];
      return {
        id: String(data.id),
        title: String(data.title ?? ''),
        byline: str(data.byline),
        date: str(data.date),
        text: [str(data.standfirst) ?? '', plainText(content)].filter(Boolean).join('\n\n'),
        fragment: data.fragment === true,
        sources: sources.map((s) => s.path),
      };
    });
}

/**
 * The article holding each copy, by the copy's input path. A fragment article (a glued paragraph
 * taken off a copy) is not the copy's article.
 */
function articlesByCopy(built: BuiltArticle[]): Map<string, BuiltArticle> {
  const articleOf = new Map<string, BuiltArticle>();
  for (const a of built) if (!a.fragment) for (const s of a.sources) articleOf.set(s, a);
  return articleOf;
}

/**
 * Each copy as measure.ts scores an extraction: the article that holds it (its text, title,
 * byline and date), or nothing when the build rejected the copy.
 */
export function scoredCopies(copies: Copy[], built: BuiltArticle[]): Map<Copy, Scored> {
  const articleOf = articlesByCopy(built);
  return new Map(
    copies.map((copy) => {
      const a = articleOf.get(copy.input);
      const doc = a && {
        title: a.title,
        byline: a.byline,
        date: a.date ? { value: a.date, precision: 'day' as const, from: 'built' } : null,
      };
      return [copy, { page: copy.page, text: '', body: a?.text ?? '', doc: doc ?? null }];
    }),
  );
}

/** Every story once: how many articles hold each page's copies. */
export interface StoryCount {
  /** Pages with a copy in the input. */
  pages: number;
  /** Pages by the number of (non-fragment) articles their copies are in: 0, 1, 2... */
  byArticles: Record<number, number>;
  /** Pages whose copies are in two or more articles, with their articles' titles. */
  split: { key: string; titles: string[] }[];
}

export function storyCount(copies: Copy[], built: BuiltArticle[]): StoryCount {
  const articleOf = articlesByCopy(built);
  const byKey = new Map<string, Set<BuiltArticle>>();
  for (const copy of copies) {
    const set = byKey.get(copy.key) ?? new Set();
    const a = articleOf.get(copy.input);
    if (a) set.add(a);
    byKey.set(copy.key, set);
  }
  const byArticles: Record<number, number> = {};
  const split: StoryCount['split'] = [];
  for (const [key, set] of [...byKey].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    byArticles[set.size] = (byArticles[set.size] ?? 0) + 1;
    if (set.size > 1) split.push({ key, titles: [...set].map((a) => a.title) });
  }
  return { pages: byKey.size, byArticles, split };
}
