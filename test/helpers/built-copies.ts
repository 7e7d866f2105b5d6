// A folder of real copies built as a user's folder holds them (a saved page beside its text
// dumps, each at the input path a test names), and what a reader sees of the result: the tests
// of dedup across formats and of saved pages share these.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from '../../src/build.ts';
import type { Manifest } from '../../src/types.ts';
import { optionsIn } from './options.ts';

export interface BuiltCopies {
  /** The fresh folder holding input/, dist/ and the work folder: the test removes it after. */
  dir: string;
  /** The built site. */
  out: string;
  manifest: Manifest;
}

/**
 * Copies each file to its input path (`[inputPath, file]`) in a fresh folder named from `prefix`,
 * lets `more` write further input files, and builds the folder with the real build.
 */
export async function buildCopies(
  prefix: string,
  copies: Iterable<readonly [string, string]>,
  more?: (input: string) => Promise<void>,
): Promise<BuiltCopies> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  const input = path.join(dir, 'input');
  for (const [name, file] of copies) {
    await mkdir(path.dirname(path.join(input, name)), { recursive: true });
    await copyFile(file, path.join(input, name));
  }
  await more?.(input);
  await build(optionsIn(dir, input));
  const out = path.join(dir, 'dist');
  const manifest = JSON.parse(await readFile(path.join(out, 'archive.json'), 'utf8')) as Manifest;
  return { dir, out, manifest };
}

/**
 * The article page's own text (its Pagefind body) as a reader reads it: tags stripped, the
 * entities the renderer writes for quotes, ampersands and © read, white space collapsed.
 */
export function articleBody(out: string, url: string): string {
  const html = readFileSync(path.join(out, url, 'index.html'), 'utf8');
  const body = /<[^>]+data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;|&apos;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&copy;|&#xA9;|&#169;/gi, '©')
    .replace(/&#x26;|&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The articles that hold `inputPath` as a copy of their story (not as a glued fragment). */
export function articlesOf(manifest: Manifest, inputPath: string): Manifest['articles'] {
  return manifest.articles.filter((a) =>
    a.sources.some((s) => s.path === inputPath && s.role !== 'fragment'),
  );
}

/**
 * A saved page and its dumps as a user's folder holds them, from a fixture folder holding
 * `source.html` and `<tool>.txt` for each tool: the page at `pages/<name>`, each dump at
 * `<tool>/<name>.txt`; `copies` for buildCopies.
 */
export function pageAndDumps(
  fixtures: string,
  name: string,
  tools: readonly string[] = ['w3m', 'lynx', 'html2text'],
) {
  const page = `pages/${name}`;
  const dumps = tools.map((tool) => `${tool}/${name}.txt`);
  const copies: [string, string][] = [
    [page, path.join(fixtures, 'source.html')],
    ...tools.map((tool, i): [string, string] => [
      dumps[i] as string,
      path.join(fixtures, `${tool}.txt`),
    ]),
  ];
  return { page, dumps, copies };
}

/** The one article holding the saved page `page`, which every dump of `dumps` is a copy in too. */
export function articleOfAll(
  manifest: Manifest,
  page: string,
  dumps: readonly string[],
): Manifest['articles'][number] {
  const [article, ...more] = articlesOf(manifest, page);
  assert.ok(article, 'the saved page built no article');
  assert.equal(more.length, 0);
  for (const dump of dumps)
    assert.deepEqual(
      articlesOf(manifest, dump).map((a) => a.id),
      [article.id],
      `${dump} is in another article`,
    );
  return article;
}
