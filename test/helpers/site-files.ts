// Reading a built site from disk: its pages parsed with a real HTML/XML parser (htmlparser2,
// which Eleventy uses too), and the page addresses its sitemap lists.

import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

export type Markup = ReturnType<typeof parseDocument>;
export type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

export function parseHtml(text: string): Markup {
  return parseDocument(text);
}

export function parseXml(text: string): Markup {
  return parseDocument(text, { xmlMode: true });
}

/** Every element of a parsed document, in document order. */
export function elements(markup: Markup): Element[] {
  return DomUtils.findAll(() => true, markup.children);
}

export function textOf(element: Element): string {
  return DomUtils.textContent(element).trim();
}

/**
 * The file in `out` a URL path of the site names ("/news/topics/" is topics/index.html), or null
 * when the path is not under the base path.
 */
export function fileFor(out: string, basePath: string, urlPath: string): string | null {
  if (!urlPath.startsWith(basePath)) return null;
  const relative = decodeURIComponent(urlPath.slice(basePath.length));
  return path.join(
    out,
    relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative,
  );
}

/**
 * Every page address in the built site's sitemap (sitemap.xml is an index of sitemap-N.xml
 * files), as written there: paths under the base path, or absolute URLs with a base URL.
 */
export async function sitemapUrls(out: string, basePath: string): Promise<string[]> {
  const local = (loc: string) =>
    fileFor(out, basePath, new URL(loc, 'http://site.invalid').pathname);
  const locs = async (file: string) =>
    DomUtils.getElementsByTagName('loc', parseXml(await readFile(file, 'utf8')).children).map(
      textOf,
    );
  const urls: string[] = [];
  for (const part of await locs(path.join(out, 'sitemap.xml'))) {
    const file = local(part);
    if (!file) throw new Error(`sitemap part ${part} is not under ${basePath}`);
    urls.push(...(await locs(file)));
  }
  return urls;
}

/** Every file under root, relative path -> bytes. */
export async function tree(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const walk = async (rel: string) => {
    for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) await walk(child);
      else files.set(child, await readFile(path.join(root, child)));
    }
  };
  await walk('');
  return files;
}

/** The two folders hold the same files, byte for byte. */
export async function assertSameTree(a: string, b: string): Promise<void> {
  const [ta, tb] = await Promise.all([tree(a), tree(b)]);
  assert.deepEqual([...ta.keys()].sort(), [...tb.keys()].sort());
  for (const [file, bytes] of ta) assert.ok(bytes.equals(tb.get(file)!), `${file} differs`);
}
