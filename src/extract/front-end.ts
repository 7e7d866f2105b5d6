// Front end for text input: a decoded file -> its lines, each with where it came from. The rest
// of the layer reads these lines and never the file's text. (HTML input, the next front end,
// will give blocks whose origin is an element path as well.)

import type { Line } from '../normalize/paragraphs.ts';
import { decodeCharacterReferences } from './character-references.ts';

/** Where a line or block of the layer came from in its input file. */
export interface Origin {
  /** First and last line (1-based) in the decoded text, without front matter. */
  first: number;
  last: number;
  /** The element's path in an HTML document (not set for text input). */
  element?: string;
}

/** A line of the input: `n` is its line number, `text` its cleaned text. */
export interface TextLine extends Line {
  origin: Origin;
}

// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NOT_TEXT_CHAR = /[\u00A0\u0000-\u0008\u000B-\u001F\u007F]/;

export function cleanLine(text: string): string {
  // Most lines hold neither: one scan tells them, rather than a replace for each (stop 40).
  if (!NOT_TEXT_CHAR.test(text)) return text.trimEnd();
  // No-break spaces and C0 control characters (SGML leftovers) are not text.
  return (
    text
      .replace(/\u00A0/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      // trimEnd, not .replace(/\s+$/, ''): that regex retries from every space of a long run
      // inside the line, quadratic in the run (50,000 spaces took 9 s).
      .trimEnd()
  );
}

/**
 * lynx prints a MathML formula as its source between "[MATH:" and ":MATH]", wrapped over as many
 * lines as it takes ("[MATH: <mi> a </mi> <mo> ≠ </mo> <mn> 0 </mn> :MATH]"); w3m and html2text
 * print the formula's text ("a ≠ 0"). A tag may be wrapped too ("<mrow\n data-mjx-texclass=...>").
 */
const LYNX_MATH = /\[MATH:([^]*?):MATH\]/g;
const MARKUP_TAG = /<[^<>]*>/g;

/**
 * The formulas of a lynx dump as their text, as the other tools print them: the tags go, the
 * text is put on the formula's first line, and the lines it was wrapped over are left blank (so
 * every line keeps its number). The Readability pages printing formulas (mathjax, wikipedia-3)
 * had their markup read as menus, outweighing the article's text.
 */
export function mathAsText(text: string): string {
  if (!text.includes('[MATH:')) return text;
  return text.replace(LYNX_MATH, (_, inner: string) => {
    const breaks = inner.split('\n').length - 1;
    const words = inner.replace(MARKUP_TAG, ' ').replace(/\s+/g, ' ').trim();
    return words + '\n'.repeat(breaks);
  });
}

/** The lines of a text file, character references decoded, cleaned, numbered from 1. */
export function readTextLines(text: string): TextLine[] {
  return mathAsText(text)
    .split('\n')
    .map((raw, i) => {
      const n = i + 1;
      return { n, text: cleanLine(decodeCharacterReferences(raw)), origin: { first: n, last: n } };
    });
}
