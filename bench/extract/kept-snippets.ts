// The must-not snippets of trafilatura's pages that a body keeps, each with the element the page
// prints it in: the path of the HTML front end's block holding it ("div#main > ul.related_post >
// li"), or "(not in one block)" where it spans blocks or stands only in the page's <head>
// (a description the standfirst repeats). For `bench:extract:html --kept` (stop 57).

import { parseWithPositions, readHtmlBlocks } from '../../src/extract/html-front-end.ts';
import type { Extraction } from './measure.ts';

export interface KeptSnippet {
  path: string;
  snippet: string;
  element: string;
}

/** Whitespace collapsed and NFKC-normalized, as the snippet score compares (measure.ts). */
const flat = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Every must-not snippet the body keeps, page by page in the pages' order. */
export function keptSnippets(extractions: Extraction[]): KeptSnippet[] {
  return extractions.flatMap((e) => {
    const body = flat(e.body);
    const kept = (e.page.without ?? []).map(flat).filter((s) => s && body.includes(s));
    if (!kept.length || !e.text) return [];
    const blocks = readHtmlBlocks(parseWithPositions(e.text)).blocks;
    return kept.map((snippet) => ({
      path: e.page.path,
      snippet,
      element: blocks.find((b) => flat(b.text).includes(snippet))?.path ?? '(not in one block)',
    }));
  });
}
