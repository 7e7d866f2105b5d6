// A page's main column named for its sidebar: a theme's layout wrapper says the page has one
// ("container-single penci-sidebar-right", WordPress's theia-sticky-sidebar around the main
// column, div.sidebar-wrapper inside the article), and "sidebar" is a furniture token
// (furniture.ts). Taken out, such a wrapper took the story with it: nh24.de, fincompare.de and
// mitundvoneinander.com built empty pages (docs/figures.md, stop 63).

import type { Element } from 'hast';
import type { HtmlBlock } from '../html-front-end.ts';
import { classWeight } from './furniture.ts';
import { tokensOf } from './tokens.ts';

/**
 * Share of the content element's text an element must hold to be its main column, not a sidebar:
 * a sidebar stands beside the story and is the smaller.
 */
const MAIN_COLUMN_SHARE = 0.5;

/**
 * The elements inside the content (`kept`: the content element and the siblings that joined it)
 * named "sidebar" that hold over MAIN_COLUMN_SHARE of the content's text inside an article's
 * element (an <article>, <main>, or a positive class such as entry-content: classWeight). A real
 * sidebar can hold most of a page whose story is a line (mitundvoneinander.com's "Ratschläge
 * geben" is a PDF link beside an RSS widget of other stories), but not in an article's element.
 */
export function sidebarNamedColumns(blocks: HtmlBlock[], kept: Set<Element>): Set<Element> {
  const chars = new Map<Element, number>();
  let total = 0;
  for (const block of blocks) {
    const at = block.ancestors.findIndex((a) => kept.has(a));
    if (at < 0) continue;
    total += block.text.length;
    const inside = block.ancestors.slice(at + 1);
    inside.forEach((a, k) => {
      if (!tokensOf(a).includes('sidebar')) return;
      if (!inside.slice(k + 1).some((b) => classWeight(b) > 0)) return;
      chars.set(a, (chars.get(a) ?? 0) + block.text.length);
    });
  }
  const columns = new Set<Element>();
  for (const [el, held] of chars) if (held > total * MAIN_COLUMN_SHARE) columns.add(el);
  return columns;
}
