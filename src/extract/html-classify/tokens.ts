// The class and id tokens of an element ("post-footer_links" -> post, footer, links), made once
// a page and kept on the element: every rule of the classifier and of the page reader asks for
// them (src/extract/html-classify.ts).

import type { Element } from 'hast';
import { classList } from '../html-front-end.ts';

/**
 * Each element's tokens, made once a page: the classifier and the page reader ask for those of the
 * same elements again and again (each block's ancestors, each link's). They are kept on the
 * element under a symbol of this module's (no JSON, key list or spread of hast's sees it): a
 * WeakMap's get and set were tokensOf's own time, the largest self time of a saved page's
 * normalize outside the collector (stop 50, 3.6% of the samples against the parse's 2.8%).
 */
const TOKENS = Symbol('class and id tokens');
type WithTokens = Element & { [TOKENS]?: readonly string[] };

/**
 * A class or id name's tokens, lower-cased, kept by name: a page repeats its class names on many
 * elements, and a site's pages share them. The names kept are dropped when they are this many
 * (a bound on memory over a long build; a few thousand names a page).
 */
const nameMemo = new Map<string, readonly string[]>();
const NO_TOKENS: readonly string[] = Object.freeze([]);
const NAME_MEMO_SIZE = 50_000;

function nameTokens(name: string): readonly string[] {
  let tokens = nameMemo.get(name);
  if (tokens === undefined) {
    if (nameMemo.size >= NAME_MEMO_SIZE) nameMemo.clear();
    tokens = name
      .split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/)
      .filter(Boolean)
      .map((t) => t.toLowerCase());
    nameMemo.set(name, tokens);
  }
  return tokens;
}

/** The tokens of a class or id ("post-footer_links" -> post, footer, links), lower-cased. */
export function tokensOf(el: Element): readonly string[] {
  // Most elements have neither a class nor an id: no tokens, and nothing kept for them (a
  // WeakMap entry an element was most of this function's time and garbage-collector work).
  if (el.properties.className === undefined && el.properties.id === undefined) return NO_TOKENS;
  const memo = (el as WithTokens)[TOKENS];
  if (memo !== undefined) return memo;
  const id = typeof el.properties.id === 'string' ? el.properties.id : '';
  const idTokens = HEADING_SLUG.test(id) ? [] : nameTokens(id);
  const tokens = [...classList(el).flatMap(nameTokens), ...idTokens];
  (el as WithTokens)[TOKENS] = tokens;
  return tokens;
}

/**
 * An id of four or more lower-case words joined by hyphens is a heading's text made an anchor
 * (Sphinx and Markdown renderers: div#sharing-with-a-single-developer), not the name of a part
 * of the page; its words are not read as tokens (the section "Sharing with a single developer"
 * is no share bar). Names a template gives are shorter or written in camel case
 * (ContentPlaceHolder1_SynMtnForumCommentFirst), and keep their tokens.
 */
const HEADING_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){3,}$/;
