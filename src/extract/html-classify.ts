// The HTML classifier: which of a page's blocks are its article, from the DOM. The text path's
// rules (chrome lines, datelines, bylines) run afterwards on the blocks kept (html.ts).
//
// 1. The main content element, by Mozilla Readability's scoring (Readability.js, _grabArticle;
//    every weight below is Readability's unless marked otherwise): each paragraph-like block of
//    25 characters or more scores 1, plus 1 a comma, plus 1 per 100 characters up to 3; the score
//    goes to its element's ancestors, divided by 1, 2, then 3 x the level, five levels up. An
//    ancestor starts from its tag's weight (div +5; pre, td, blockquote +3; lists and forms -3;
//    headings and th -5) and its class and id (+25 for a positive token, -25 for a negative
//    one). Its final score is scaled by 1 - its link density. The best element wins, and its
//    siblings join it when they score at least a fifth of it (at least 10), or are a paragraph
//    of 80 characters or more with links under a quarter of its text, or a shorter one without
//    links that ends a sentence.
// 2. Inside the content, a block whose element or an ancestor below the content element is
//    <nav>, <aside> or <footer>, or has a negative class or id token and no positive one, is page
//    furniture (share bars, related stories, comments); a block more than half of whose text is
//    links is navigation (the threshold Readability's cleaning uses for lists of links: 0.5;
//    a heading made a link is still a heading).
//
// The steps, in html-classify/: tokens (an element's class and id words), furniture (what they
// weigh and what they take out), measures (the sums over the blocks), content (1.: the scores,
// then raise.ts and siblings.ts) and verdicts (what else inside the content is not the article).

import type { Element } from 'hast';
import type { HtmlBlock } from './html-front-end.ts';
import {
  type DomVerdict,
  galleryText,
  labelClusters,
  isProse,
  teaserTitles,
  emptySections,
} from './html-classify/verdicts.ts';
import { contentElement, DECLARED_BODY_CHARS, type Content } from './html-classify/content.ts';
import { isFurniture } from './html-classify/furniture.ts';
import { sidebarNamedColumns } from './html-classify/main-column.ts';
export { tokensOf } from './html-classify/tokens.ts';
export { type DomVerdict } from './html-classify/verdicts.ts';

/**
 * A block more than this share of whose text is links is navigation (2. at the top): the
 * threshold Readability's cleaning uses for lists of links.
 */
const NAVIGATION_LINK_SHARE = 0.5;

export interface Classified {
  /** The block's verdict, by block index. */
  verdicts: DomVerdict[];
  /** The content element (null when no block scored: every block is kept). */
  top: Element | null;
}

/** Each block's verdict (see the top). */
export function classifyHtml(blocks: HtmlBlock[], headline: string | null = null): Classified {
  const content = contentElement(blocks, headline);
  const first = verdictsFor(blocks, content, headline);
  if (!content || keptChars(blocks, first) >= EMPTY_BODY_CHARS) {
    return { verdicts: first, top: content?.top ?? null };
  }
  // The content element held nothing but furniture (a thread whose comments outscore the post
  // it answers): scored again without the blocks standing in furniture, as Readability takes its
  // unlikely candidates out before it scores. Kept only when it keeps more.
  const open = blocks.filter((b) => !b.ancestors.some(isFurniture));
  const again = contentElement(open, headline);
  if (!again || again.top === content.top) return { verdicts: first, top: content.top };
  const second = verdictsFor(blocks, again, headline);
  return keptChars(blocks, second) > keptChars(blocks, first)
    ? { verdicts: second, top: again.top }
    : { verdicts: first, top: content.top };
}

/**
 * Under this many characters of text kept, the content element chosen is no body (stop 66: a
 * sentence or two, 20 words; the pages of the corpora whose HTML body came out under 20 words
 * while their w3m dump printed hundreds).
 */
const EMPTY_BODY_CHARS = 140;

/** The characters of the blocks kept (a null verdict), headings left out. */
function keptChars(blocks: HtmlBlock[], verdicts: DomVerdict[]): number {
  let chars = 0;
  blocks.forEach((b, i) => {
    if (verdicts[i] === null && b.kind !== 'heading') chars += b.text.length;
  });
  return chars;
}

/** Each block's verdict against the content element `content` (see the top). */
function verdictsFor(
  blocks: HtmlBlock[],
  content: Content | null,
  headline: string | null,
): DomVerdict[] {
  // Each element is asked once, however many blocks stand in it.
  const furniture = new Map<Element, boolean>();
  const galleries = galleryText(blocks, content);
  const columns = content ? sidebarNamedColumns(blocks, content.kept) : new Set<Element>();
  const isFurnitureOnce = (el: Element) => {
    let value = furniture.get(el);
    if (value === undefined) {
      value =
        (isFurniture(el) && !columns.has(el)) ||
        (galleries.has(el) && galleries.outside >= DECLARED_BODY_CHARS);
      furniture.set(el, value);
    }
    return value;
  };
  const labels = labelClusters(blocks);
  const header = new Set(content?.header);
  const verdicts = blocks.map((block): DomVerdict => {
    if (!content)
      return block.linkChars > block.text.length * NAVIGATION_LINK_SHARE ? 'navigation' : null;
    let at = block.ancestors.findIndex((a) => content.kept.has(a));
    if (at < 0 && isProse(block)) at = block.ancestors.findIndex((a) => header.has(a));
    if (at < 0) return 'outside';
    const below = block.ancestors.slice(at + 1);
    if (below.some(isFurnitureOnce) || below.some((a) => labels.has(a))) return 'furniture';
    if (block.kind !== 'heading' && block.linkChars > block.text.length * NAVIGATION_LINK_SHARE)
      return 'navigation';
    return null;
  });
  const before = [...verdicts];
  teaserTitles(blocks, verdicts, headline);
  // A page of nothing but a teaser is that teaser's page: it keeps its text.
  if (!verdicts.some((v, i) => v === null && blocks[i]?.kind !== 'heading')) {
    verdicts.splice(0, verdicts.length, ...before);
  }
  emptySections(blocks, verdicts);
  return verdicts;
}
