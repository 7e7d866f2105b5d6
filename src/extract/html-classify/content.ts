// The content element (1. at the top of src/extract/html-classify.ts): Readability's scores, or
// the body the page declares as its own (itemprop=articleBody, role=article); then moved up or
// down (raise.ts) and joined by its siblings and cousins (siblings.ts).

import type { Element } from 'hast';
import type { HtmlBlock } from '../html-front-end.ts';
import { charsUnder, ancestorChains, MIN_SCORED_CHARS, type Chars, density } from './measures.ts';
import { proseMass, toTextMass, outOfTable, raiseTop, headlineArticle } from './raise.ts';
import { withSiblings, sameClassCousins } from './siblings.ts';
import { classWeight } from './furniture.ts';

/** Readability's weights by tag (its _initializeNode). */
const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
/** Ancestors a paragraph's score reaches (Readability: 5 levels). */
const SCORED_LEVELS = 5;

/** The content: its element, the elements kept with it, and the article header before it. */
export interface Content {
  top: Element;
  kept: Set<Element>;
  /** Elements whose prose paragraphs alone are kept (see articleHeader). */
  header: Element[];
}

/** The content element by Readability's scoring (1. at the top of html-classify.ts), or null. */
export function contentElement(blocks: HtmlBlock[], headline: string | null): Content | null {
  const under = charsUnder(blocks);
  const { top, best, final } = topScored(ancestorScores(blocks), under);
  if (!top) return null;
  const chain = ancestorChains(blocks);
  const declared = declaredBody(under);
  if (declared) {
    return { top: declared, kept: new Set([declared]), header: articleHeader(declared, chain) };
  }
  const prose = proseMass(blocks);
  const scored = toTextMass(
    outOfTable(raiseTop(top, best, final, chain, prose), chain),
    prose,
    chain,
  );
  const raised = headlineArticle(scored, blocks, headline, chain, under);
  // The story holding the headline, chosen over another: the stories beside it are others.
  if (raised !== scored) return { top: raised, kept: new Set([raised]), header: [] };
  const topScore = final.get(raised) ?? best;
  const kept = withSiblings(raised, topScore, final, blocks, under);
  for (const cousin of sameClassCousins(raised, chain, under)) kept.add(cousin);
  return { top: raised, kept, header: [] };
}

/**
 * Each block's score (1, its commas, a point a hundred characters up to 3), given to its
 * ancestors up to SCORED_LEVELS above its own element, divided more the higher they stand; an
 * ancestor's first score is its tag's and class's weight (contentElement's first step).
 */
function ancestorScores(blocks: HtmlBlock[]): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const block of blocks) {
    if (block.kind === 'heading' || block.text.length < MIN_SCORED_CHARS) continue;
    const score =
      1 +
      (block.text.match(/[,，、]/g)?.length ?? 0) +
      Math.min(Math.floor(block.text.length / 100), 3);
    // The block's own element is a paragraph; its ancestors above it get the score, nearest
    // first (read in place: no copies of the ancestors made for each block).
    const { ancestors } = block;
    for (let level = 0; level < SCORED_LEVELS && level < ancestors.length - 1; level++) {
      const a = ancestors[ancestors.length - 2 - level] as Element;
      if (a.tagName === 'html' || a.tagName === 'body') continue;
      const start = scores.get(a) ?? (TAG_WEIGHT[a.tagName] ?? 0) + classWeight(a);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(a, start + score / divider);
    }
  }
  return scores;
}

/**
 * The scores less each element's link density (`final`), and the first element scoring highest
 * (`top`, null when none scored) with its score (`best`).
 */
function topScored(
  scores: Map<Element, number>,
  under: Map<Element, Chars>,
): { top: Element | null; best: number; final: Map<Element, number> } {
  let top: Element | null = null;
  let best = -Infinity;
  const final = new Map<Element, number>();
  for (const [el, score] of scores) {
    const value = score * (1 - density(under.get(el)));
    final.set(el, value);
    if (value > best) {
      best = value;
      top = el;
    }
  }
  return { top, best, final };
}

/**
 * A page's own word for where its article is: schema.org's itemprop="articleBody" (news CMSs
 * write it for search engines: the Independent, the Telegraph, Libération) or ARIA's
 * role="article" (Archive of Our Own's chapter text, which the scoring lost to a paragraph of 200
 * commenters' names). The element holding the most text of those so marked, when it holds a
 * body's worth (DECLARED_BODY_CHARS); a teaser or an empty placeholder marked so is passed over
 * for the scoring. On Readability's 130 pages: body F1 0.922 -> 0.927 with articleBody, 0.935
 * with role=article too (after the javascript: link rule, 0.931).
 */
function declaredBody(under: Map<Element, Chars>): Element | null {
  let found: Element | null = null;
  let most = 0;
  for (const [el, chars] of under) {
    const itemprop: unknown = el.properties.itemProp;
    const names = Array.isArray(itemprop)
      ? itemprop.map(String)
      : typeof itemprop === 'string'
        ? itemprop.split(/\s+/)
        : [];
    const role = typeof el.properties.role === 'string' ? el.properties.role : '';
    if (!names.some((n) => n.toLowerCase() === 'articlebody') && role !== 'article') continue;
    if (chars.text > most) {
      most = chars.text;
      found = el;
    }
  }
  return most >= DECLARED_BODY_CHARS ? found : null;
}

/**
 * The parts of the <article> holding a declared body that come before it: the article's header
 * (its standfirst, the lead picture's caption, the dateline), which news CMSs leave out of
 * articleBody (the New York Times: header > p#article-summary, then section[name=articleBody]).
 * What follows the body in the article (an author's biography, a print-edition note, related
 * stories) stays out. The furniture rules still apply to what comes in (a share bar, a nav).
 */
function articleHeader(body: Element, chains: Map<Element, Element[]>): Element[] {
  const chain = chains.get(body) ?? [];
  const at = chain.findLastIndex((a) => a.tagName === 'article');
  if (at < 0) return [];
  const path = [...chain.slice(at), body];
  const found: Element[] = [];
  for (let i = 1; i < path.length; i++) {
    for (const sibling of (path[i - 1] as Element).children) {
      if (sibling === path[i]) break;
      if (sibling.type === 'element') found.push(sibling);
    }
  }
  return found;
}

/** Three paragraphs of news text: less than that under articleBody is a teaser, not the body. */
export const DECLARED_BODY_CHARS = 500;
