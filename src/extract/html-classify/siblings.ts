// What joins the content element (content.ts contentElement): its siblings that score near it
// or read as paragraphs (Readability's rule), and the elements a few levels off that share its
// class (a story's text split over repeated blocks).

import type { Element } from 'hast';
import { type HtmlBlock, classList } from '../html-front-end.ts';
import { type Chars, density, blockText } from './measures.ts';
import { isFurniture } from './furniture.ts';

/**
 * Readability's sibling step (_grabArticle): a sibling joins the content element when it scores
 * at least SIBLING_SHARE of it and MIN_SIBLING_SCORE, a sibling of the same class getting
 * SIBLING_SHARE of the top's score as a bonus; a <p> joins when it has SIBLING_PARAGRAPH_CHARS
 * or more and a link density under SIBLING_LINK_DENSITY, or is shorter, without links, and ends
 * a sentence.
 */
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_LINK_DENSITY = 0.25;

/** The content element and the siblings that join it (1. at the top of html-classify.ts). */
export function withSiblings(
  top: Element,
  topScore: number,
  final: Map<Element, number>,
  blocks: HtmlBlock[],
  under: Map<Element, Chars>,
): Set<Element> {
  const kept = new Set<Element>([top]);
  const parent = blocks.find((b) => b.ancestors.includes(top))?.ancestors;
  const parentEl = parent ? parent[parent.indexOf(top) - 1] : undefined;
  if (!parentEl) return kept;
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
  const topClass = classList(top).join(' ');
  for (const child of parentEl.children) {
    if (child.type !== 'element' || child === top) continue;
    const bonus =
      topClass && classList(child).join(' ') === topClass ? topScore * SIBLING_SHARE : 0;
    const score = final.get(child);
    if (score !== undefined && score + bonus >= threshold) {
      kept.add(child);
      continue;
    }
    if (child.tagName !== 'p') continue;
    const own = under.get(child);
    const length = own?.text ?? 0;
    const links = density(own);
    const text = length > 0 && length < SIBLING_PARAGRAPH_CHARS ? blockText(blocks, child) : '';
    if (
      (length >= SIBLING_PARAGRAPH_CHARS && links < SIBLING_LINK_DENSITY) ||
      (length > 0 && length < SIBLING_PARAGRAPH_CHARS && links === 0 && /\.( |$)/.test(text))
    ) {
      kept.add(child);
    }
  }
  return kept;
}

/** Levels above the content element whose like-named siblings are read (see sameClassCousins). */
const COUSIN_LEVELS = 3;
/** A like-named sibling holding at least this much text (two short paragraphs)... */
export const COUSIN_CHARS = 200;
/** ...with fewer of its characters in links than this (the sibling rule's paragraph share). */
const COUSIN_LINK_DENSITY = 0.25;

/**
 * An article split over several like elements: Quanta's story is three section.outer.mha
 * elements, each its own div.post__content, with figures between; the scoring finds one. The
 * content element, and each of its ancestors up to COUSIN_LEVELS above it, brings in its
 * siblings of the same tag and the same classes (the page's template repeating one part), when
 * they hold text rather than links. Readability's sibling step does this for the content
 * element's own siblings alone.
 */
export function sameClassCousins(
  top: Element,
  chains: Map<Element, Element[]>,
  under: Map<Element, Chars>,
): Element[] {
  const chain = [...(chains.get(top) ?? []), top].filter(
    (el) => el.tagName !== 'html' && el.tagName !== 'body',
  );
  const found: Element[] = [];
  for (let i = chain.length - 1; i > 0 && i >= chain.length - 1 - COUSIN_LEVELS; i--) {
    const el = chain[i] as Element;
    const parent = chain[i - 1] as Element;
    const name = classList(el).join(' ');
    if (!name) continue;
    for (const sibling of parent.children) {
      if (sibling.type !== 'element' || sibling === el || sibling.tagName !== el.tagName) continue;
      if (classList(sibling).join(' ') !== name || isFurniture(sibling)) continue;
      const chars = under.get(sibling);
      if (chars && chars.text >= COUSIN_CHARS && density(chars) < COUSIN_LINK_DENSITY) {
        found.push(sibling);
      }
    }
  }
  return found;
}
