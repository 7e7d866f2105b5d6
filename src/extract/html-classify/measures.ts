// What the classifier sums over a page's blocks once (src/extract/html-classify.ts): the
// characters of text and of link text under each element, each element's ancestors, and the
// length under which Readability scores no paragraph.

import type { HtmlBlock } from '../html-front-end.ts';
import type { Element } from 'hast';
/** Readability scores paragraphs of at least this many characters (its 25-character floor). */
export const MIN_SCORED_CHARS = 25;

/** Characters of text, and of link text, under an element. */
export interface Chars {
  text: number;
  links: number;
}

export const density = (c: Chars | undefined) => (c && c.text ? c.links / c.text : 0);

/** The characters under each element, summed once over the blocks (not per element scored). */
export function charsUnder(blocks: HtmlBlock[]): Map<Element, Chars> {
  const under = new Map<Element, Chars>();
  for (const block of blocks) {
    for (const a of block.ancestors) {
      const c = under.get(a);
      if (c) {
        c.text += block.text.length;
        c.links += block.linkChars;
      } else under.set(a, { text: block.text.length, links: block.linkChars });
    }
  }
  return under;
}

/** Each element's ancestors, outermost first (from the first block under it). */
export function ancestorChains(blocks: HtmlBlock[]): Map<Element, Element[]> {
  const chains = new Map<Element, Element[]>();
  for (const block of blocks) {
    block.ancestors.forEach((a, i) => {
      if (!chains.has(a)) chains.set(a, block.ancestors.slice(0, i));
    });
  }
  return chains;
}

/** The text of the blocks under an element. */
export function blockText(blocks: HtmlBlock[], el: Element): string {
  return blocks
    .filter((b) => b.ancestors.includes(el))
    .map((b) => b.text)
    .join(' ');
}
