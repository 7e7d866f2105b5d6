// Where the best-scored element is not the whole article (content.ts contentElement): moved up
// to the ancestor holding the article's cells or its prose, out of a table or list, or to the
// story holding the page's headline.

import type { Element } from 'hast';
import type { HtmlBlock } from '../html-front-end.ts';
import { MIN_SCORED_CHARS, type Chars } from './measures.ts';
import { COUSIN_CHARS } from './siblings.ts';

/** Readability's minimum of other top candidates that must share an ancestor to promote it. */
const MIN_TOP_CANDIDATES = 3;
/** ...each scoring at least this share of the best (Readability: 0.75). */
const ALTERNATIVE_SHARE = 0.75;

/**
 * Readability's two steps up from the best element: when three of the next four candidates that
 * score at least 3/4 of it stand in one ancestor with it, the article is split over several
 * elements (a grid of cells: engadget) and that ancestor is the content; else the content goes up
 * to a parent that scores more than the element it holds, while the parents' scores stay above a
 * third of the best, and up through parents that hold nothing else.
 */
export function raiseTop(
  top: Element,
  best: number,
  final: Map<Element, number>,
  chains: Map<Element, Element[]>,
  prose: Prose,
): Element {
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  const alternatives = ranked
    .slice(1, 5)
    .filter(([, value]) => best > 0 && value / best >= ALTERNATIVE_SHARE)
    .map(([el]) => el);
  const topChain = chains.get(top) ?? [];
  if (alternatives.length >= MIN_TOP_CANDIDATES) {
    for (const ancestor of [...topChain].reverse()) {
      if (ancestor.tagName === 'body' || ancestor.tagName === 'html') break;
      const holding = alternatives.filter((alt) => chains.get(alt)?.includes(ancestor)).length;
      if (holding >= MIN_TOP_CANDIDATES) return ancestor;
    }
  }
  let current = top;
  let lastScore = best;
  const threshold = best / 3;
  for (const parent of [...topChain].reverse()) {
    if (parent.tagName === 'body' || parent.tagName === 'html') break;
    const score = final.get(parent);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > lastScore) {
      if (addsProse(parent, top, prose)) current = parent;
      break;
    }
    lastScore = score;
  }
  const currentChain = chains.get(current) ?? [];
  for (const parent of [...currentChain].reverse()) {
    if (parent.tagName === 'body' || parent.tagName === 'html') break;
    const elements = parent.children.filter((c) => c.type === 'element');
    if (elements.length !== 1) break;
    current = parent;
  }
  return current;
}

/** A parent must hold this much more paragraph text than the best element to replace it. */
const MORE_PROSE = 1.1;

/**
 * Whether a parent holds paragraphs of text the best element does not (see raiseTop). A parent
 * scoring more for its tag and class alone (div#Main: div +5, "main" +25, when the story's
 * paragraphs reach it three levels down) adds only what stands beside the story: a video
 * player's labels, a stream of other stories' teasers.
 */
function addsProse(parent: Element, top: Element, prose: Prose): boolean {
  return (prose.mass.get(parent) ?? 0) > (prose.mass.get(top) ?? 0) * MORE_PROSE;
}

/** A paragraph of text rather than links: scored (MIN_SCORED_CHARS), links under this share. */
export const TEXT_LINK_SHARE = 0.25;

/** Characters of paragraphs of text (TEXT_LINK_SHARE) under each element, and on the page. */
interface Prose {
  mass: Map<Element, number>;
  total: number;
}

export function proseMass(blocks: HtmlBlock[]): Prose {
  const mass = new Map<Element, number>();
  let total = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || b.text.length < MIN_SCORED_CHARS) continue;
    if (b.linkChars > b.text.length * TEXT_LINK_SHARE) continue;
    total += b.text.length;
    for (const a of b.ancestors) mass.set(a, (mass.get(a) ?? 0) + b.text.length);
  }
  return { mass, total };
}
/** The content holding less than this share of the page's paragraph text... */
const SMALL_SHARE = 1 / 3;
/** ...goes up to the nearest ancestor holding at least this share (see toTextMass). */
const MASS_SHARE = 0.5;

/**
 * A content element holding little of the page's paragraph text (a teaser, a caption box, the
 * article's header: short blocks full of commas score as well as a short story's paragraphs,
 * each in its own div.paragraph) goes up to its nearest ancestor that holds most of it.
 */
export function toTextMass(top: Element, prose: Prose, chains: Map<Element, Element[]>): Element {
  const { mass, total } = prose;
  if ((mass.get(top) ?? 0) >= total * SMALL_SHARE) return top;
  for (const parent of [...(chains.get(top) ?? [])].reverse()) {
    if (parent.tagName === 'body' || parent.tagName === 'html') break;
    if ((mass.get(parent) ?? 0) >= total * MASS_SHARE) return parent;
  }
  return top;
}

/** Case and spacing folded, for matching a heading to the declared headline. */
export const foldTitle = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A page of several <article> elements (an infinite scroll: the next stories loaded under the
 * first, as hoy.com.do saves them) is about the one holding the headline it declares: the content
 * element found in another <article> gives way to that one, when it holds text.
 */
export function headlineArticle(
  top: Element,
  blocks: HtmlBlock[],
  headline: string | null,
  chains: Map<Element, Element[]>,
  under: Map<Element, Chars>,
): Element {
  if (!headline) return top;
  const wanted = foldTitle(headline);
  const heading = blocks.find((b) => b.kind === 'heading' && foldTitle(b.text) === wanted);
  const own = heading?.ancestors.filter((a) => a.tagName === 'article').at(-1);
  if (!own || (under.get(own)?.text ?? 0) < COUSIN_CHARS) return top;
  const topArticles = [...(chains.get(top) ?? []), top].filter((a) => a.tagName === 'article');
  if (topArticles.length === 0 || topArticles.includes(own)) return top;
  // The headline's article inside the content element's: the content already holds it.
  if ((chains.get(own) ?? []).includes(top)) return top;
  return own;
}

/** Parts of a table or a list: never an article by themselves (see outOfTable). */
const TABLE_OR_LIST = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'dl']);

/**
 * The element holding a table or list that won the scoring. Each row or item of a long table or
 * list is a block whose score its container takes whole, where Readability spreads a cell's score
 * from its row up; a table of films or a list of findings is a part of an article, and the
 * article around it (its lead, its notes) is in the element holding it.
 */
export function outOfTable(top: Element, chains: Map<Element, Element[]>): Element {
  const chain = chains.get(top) ?? [];
  let current = top;
  for (const parent of [...chain].reverse()) {
    if (!TABLE_OR_LIST.has(current.tagName)) break;
    if (parent.tagName === 'body' || parent.tagName === 'html') break;
    current = parent;
  }
  return current;
}
