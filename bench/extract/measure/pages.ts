// Reading the pages of both corpora, dumps and references, in the layout of
// ../shared/corpora/web-pages (see ../measure.ts).

import path from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { evaldataDay } from './metadata-rules.ts';
import { htmlText } from './texts.ts';

export const TOOLS = ['w3m', 'lynx', 'html2text'] as const;
export type Tool = (typeof TOOLS)[number];
export type CorpusKind = 'readability' | 'trafilatura';

// Reading the pages.

export interface Page {
  corpus: CorpusKind;
  /** Case name (Readability) or evaldata file name (trafilatura). */
  name: string;
  /** The dump, relative to the web-pages folder. */
  path: string;
  bytes: Buffer;
  /** Readability: the article's text (expected.html) and metadata. */
  reference?: string;
  meta?: { title: string | null; byline: string | null; publishedTime: string | null };
  /** trafilatura: snippets a good extraction must contain / must not. */
  with?: string[];
  without?: string[];
  /** trafilatura: the title its evaldata.json declares (823 of the 884 pages), or null. */
  declaredTitle?: string | null;
  /** trafilatura: the day its evaldata.json declares (704 of the 884 pages), or null. */
  declaredDate?: string | null;
}

export function readabilityPages(root: string, tool: Tool, limit = Infinity): Page[] {
  const dir = path.join(root, 'readability');
  if (!existsSync(dir)) return [];
  const cases = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .filter((name) => existsSync(path.join(dir, name, `${tool}.txt`)))
    .slice(0, limit);
  return cases.map((name) => {
    const meta = JSON.parse(
      readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8'),
    ) as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
    return {
      corpus: 'readability',
      name,
      path: `readability/${name}/${tool}.txt`,
      bytes: readFileSync(path.join(dir, name, `${tool}.txt`)),
      reference: htmlText(readFileSync(path.join(dir, name, 'expected.html'), 'utf8')),
      meta: {
        title: str(meta.title),
        byline: str(meta.byline),
        publishedTime: str(meta.publishedTime),
      },
    };
  });
}

export interface EvalEntry {
  file: string;
  with: string[];
  without: string[];
  /** Declared for most pages (823 of the 884 here): the page's title, author(s) and date. */
  title?: string;
  author?: string;
  date?: string;
}

/** trafilatura's pages sorted by file name; entries whose dump is missing are skipped. */
export function trafilaturaPages(root: string, tool: Tool, limit = Infinity): Page[] {
  const dir = path.join(root, 'trafilatura');
  const evaldata = path.join(dir, 'evaldata.json');
  if (!existsSync(evaldata)) return [];
  const entries = Object.values(
    JSON.parse(readFileSync(evaldata, 'utf8')) as Record<string, EvalEntry>,
  )
    .map((e) => ({ ...e, rel: `trafilatura/text/${tool}/${e.file.replace(/\.html?$/, '')}.txt` }))
    .filter((e) => existsSync(path.join(root, e.rel)))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .slice(0, limit);
  return entries.map((e) => ({
    corpus: 'trafilatura',
    name: e.file,
    path: e.rel,
    bytes: readFileSync(path.join(root, e.rel)),
    with: e.with ?? [],
    without: e.without ?? [],
    declaredTitle: typeof e.title === 'string' && e.title.trim() ? e.title : null,
    declaredDate: evaldataDay(e.date),
  }));
}
