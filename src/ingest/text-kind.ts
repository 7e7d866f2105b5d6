// What kind of text a text copy is (InputFile.textKind): plain text, whose every character is
// the article's, or Markdown, whose marks are structure and emphasis. Read once at ingest from
// the file's extension and its text, so that normalize decides on a typed value.

import path from 'node:path';
import type { TextKind } from '../types.ts';

/**
 * A .md file is Markdown. A .txt file is Markdown when it prints marks that only a Markdown
 * writer prints (html2text's dumps, an extractor's Markdown output): an escape ("1\\.", "\\-"),
 * strong emphasis at word edges ("**Honorable mentions:**"), two "# " headings set off by blank
 * lines, or emphasis over words ("_is currently streaming_"). Else it is plain text (w3m's and
 * lynx's dumps, a pasted story), printed as it stands: "__init__.py", "_gat_", "f**king" and a
 * code comment's "# connect the client" are the page's characters. Measured on the corpora's
 * dumps (docs/figures.md, stop 65): of 1,053 w3m and 1,053 lynx dumps none reads as Markdown;
 * of 1,053 html2text dumps 966 do; of the 87 others 4 print emphasis of one word ("_taonga_",
 * guardian-1), which stays.
 */
export function textKindOf(rel: string, text: string): TextKind {
  if (path.extname(rel).toLowerCase() === '.md') return 'markdown';
  return printsMarkdown(text) ? 'markdown' : 'plain';
}

function printsMarkdown(text: string): boolean {
  return (
    MARKDOWN_ESCAPE.test(text) ||
    STRONG.test(text) ||
    SET_OFF_HEADINGS.test(text) ||
    emphasisOverWords(text)
  );
}

/** html2text's escapes: "14\\. Juni" (a number that would open a list), "\\- item", "\\*". */
const MARKDOWN_ESCAPE = /(?:^|\s)\d+\\\.|(?:^|\s)\\[-+*#]\s|\\[*_[\]`]/m;
/**
 * "**x**" at word edges, whatever x opens with ("**���**", a page's title in bytes misread);
 * "f**king", "**WRONG**Lorem" and a row of asterisks are no emphasis.
 */
const STRONG = /(?<![\p{L}\p{N}*\\])\*\*[^\s*](?:[^*\n]*[^\s*])?\*\*(?![\p{L}\p{N}*])/u;
/** Two "# " headings, each a block of its own, one paragraph apart at most. */
const SET_OFF_HEADINGS = /(?:^|\n)\n#{1,6} [^\n]+\n\n(?:[^\n]*\n\n)?#{1,6} \S/;
/**
 * "_x y_" at word edges, bounded (a line of 40,000 characters without a closing mark is scanned
 * 300 characters from each "_"): a single word between underscores is as often a name
 * ("_TheLordHelix_", a cookie's "_gat_": w3m and lynx print 19 such) as emphasis.
 */
const EMPHASIS = /(?<![\p{L}\p{N}_\\])_([\p{L}\p{N}][^_\n]{0,300}?[^\s_])_(?![\p{L}\p{N}_])/gu;

function emphasisOverWords(text: string): boolean {
  if (!text.includes('_')) return false;
  for (const match of text.matchAll(EMPHASIS)) if (match[1]?.includes(' ')) return true;
  return false;
}
