// The page's metadata (src/html/metadata.ts), the tree walked once: <meta> by name, property
// and itemprop (OpenGraph, article:*, Dublin Core), microdata elements, <time> elements with
// their place (header, aside, comments), <title>, <link rel=canonical>, <base>, <html lang> and
// the JSON-LD blocks' text.

import type { Element, Nodes, Root } from 'hast';
import { singleSpaced } from '../../normalize/chrome.ts';
import { toText } from 'hast-util-to-text';
import { withoutLeadIn } from '../author-names.ts';

export interface Collected {
  /** <meta> contents by lower-cased name/property/itemprop key, first declaration first. */
  meta: Map<string, string[]>;
  title: string | null;
  lang: string | null;
  canonical: string | null;
  base: string | null;
  jsonLd: string[];
  /** Microdata elements by itemprop (lower-cased), in document order. */
  itemprops: Map<string, Element[]>;
  /**
   * <time> elements with what is known of their place: in a <header>, or in a footer, aside,
   * navigation or comment section (`aside`), whose times are other stories' or readers'.
   */
  times: { element: Element; inHeader: boolean; aside: boolean }[];
  /** Elements outside asides and comments whose class names them the date (DATE_CLASSES). */
  dateMarked: Element[];
  relAuthors: string[];
}

export const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** A property's space-separated values (hast gives arrays; a string is split at white space). */
export const propertyTokens = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.map(String)
    : typeof v === 'string'
      ? v.split(/\s+/).filter(Boolean)
      : typeof v === 'number'
        ? [String(v)]
        : [];

/**
 * Whether `test` holds for one of a property's space-separated values (propertyTokens'), read in
 * place: a list of them made for every element walked was garbage-collector work (most elements
 * have no class, rel or id, and most lists are read for one answer).
 */
export function someToken(v: unknown, test: (token: string) => boolean): boolean {
  if (Array.isArray(v)) {
    for (const item of v) if (test(String(item))) return true;
    return false;
  }
  if (typeof v === 'string') return propertyTokens(v).some(test);
  return typeof v === 'number' && test(String(v));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A meta element's keys: its name, property, itemprop and http-equiv values, lower-cased. */
function metaKeys(el: Element): string[] {
  const p = el.properties;
  return [
    ...propertyTokens(p.name),
    ...propertyTokens(p.property),
    ...propertyTokens(p.itemProp),
    ...propertyTokens(p.httpEquiv),
  ].map((k) => k.toLowerCase());
}

export function collect(tree: Root): Collected {
  const out: Collected = {
    meta: new Map(),
    title: null,
    lang: null,
    canonical: null,
    base: null,
    jsonLd: [],
    itemprops: new Map(),
    times: [],
    dateMarked: [],
    relAuthors: [],
  };
  // Only elements are visited: no call for each text node and comment.
  const walk = (children: Nodes[], place: Place) => {
    for (const child of children) {
      if (child.type !== 'element') continue;
      const inner = visit(child, place, out);
      // <template> holds inert markup, not the page's.
      if (child.tagName !== 'template') walk(child.children as Nodes[], inner);
    }
  };
  walk(tree.children as Nodes[], {
    header: false,
    aside: false,
    comments: false,
    link: false,
    hidden: false,
  });
  return out;
}

/**
 * Where an element is: inside a <header> (whose <time> is the article's), or inside a <footer>,
 * <aside> or <nav>, whose dates and author links are other stories' (a <header> inside those is
 * not the article's either).
 */
interface Place {
  header: boolean;
  /** Inside <footer>, <aside>, <nav>, or a <header> that holds a <nav> (the site's). */
  aside: boolean;
  /** Inside an element whose class or id names comments: readers' dates, not the article's. */
  comments: boolean;
  /** Inside a link to another page (not rel=bookmark, a post's own permalink): a teaser. */
  link: boolean;
  /** Inside an element hidden from readers (hidden, style="display:none"). */
  hidden: boolean;
}

const COMMENT_TOKEN = /comment|kommentar/i;
const isCommentToken = (token: string) => COMMENT_TOKEN.test(token);

/** Elements whose dates and author links are other stories' (see Place's `aside`). */
const ASIDE_TAGS = new Set(['footer', 'aside', 'nav']);

/**
 * Class names that mark an element as the article's date (bmwi.de's "date", evang.at's
 * "meta-date", cducsu.de's "meta__date", WordPress's "entry-date"), read as a declaration when
 * the element holds a day and little else.
 */
const DATE_CLASSES = /^(?:date|meta-date|meta__date|entry-date|post-date|article-date|published)$/i;
const isDateClass = (token: string) => DATE_CLASSES.test(token);

/** A date-marked element's text longer than this is more than a date ("Stand: 07.11.2023, 07:30 Uhr" is 29). */
export const MAX_MARKED_DATE_CHARS = 40;

/** Records what one element declares; returns where its children stand. */
export function visit(el: Element, place: Place, out: Collected): Place {
  record(el, place, out);
  return placeOfChildren(el, place);
}

/** Records what one element declares, where it stands (`place`). */
function record(el: Element, place: Place, out: Collected): void {
  const p = el.properties;
  switch (el.tagName) {
    case 'html':
      out.lang ??= str(p.lang) || null;
      break;
    case 'title':
      out.title ??= utf8Repaired(singleSpaced(toText(el))) || null;
      break;
    case 'base':
      out.base ??= str(p.href);
      break;
    case 'meta': {
      const content = str(p.content);
      if (content !== null && content.trim()) {
        for (const key of metaKeys(el)) push(out.meta, key, content.trim());
      }
      break;
    }
    case 'link':
      if (someToken(p.rel, (r) => r.toLowerCase() === 'canonical')) {
        out.canonical ??= str(p.href);
      }
      break;
    case 'script':
      if (str(p.type)?.trim().toLowerCase() === 'application/ld+json') {
        out.jsonLd.push(toText(el, { whitespace: 'pre' }));
      }
      break;
    case 'time':
      out.times.push({ element: el, inHeader: place.header, aside: place.aside || place.comments });
      break;
    case 'a':
      // Not from a footer, aside or nav: those link the authors of other stories.
      if (!place.aside && someToken(p.rel, (r) => r.toLowerCase() === 'author')) {
        const name = withoutLeadIn(toText(el));
        if (name) out.relAuthors.push(name);
      }
      break;
  }
  if (el.tagName !== 'meta' && p.itemProp !== undefined) {
    for (const key of propertyTokens(p.itemProp)) push(out.itemprops, key.toLowerCase(), el);
  }
  const marked = someToken(p.className, isDateClass);
  // Wikipedia's infobox stamps a founding day in a hidden "bday dtstart published updated" span.
  if (marked && !hiddenAt(el, place) && !place.aside && !place.comments && !place.link) {
    out.dateMarked.push(el);
  }
}

/** Whether `el` is hidden from readers, itself or by an ancestor. */
function hiddenAt(el: Element, place: Place): boolean {
  const p = el.properties;
  return place.hidden || p.hidden === true || HIDING_STYLE.test(str(p.style) ?? '');
}

/**
 * Kept in a constant: a regular expression literal is a new object each time it is evaluated,
 * and hiddenAt is asked of every element of the page.
 */
const HIDING_STYLE = /display:\s*none/i;

/** Where the children of `el`, standing at `place`, stand. */
function placeOfChildren(el: Element, place: Place): Place {
  const p = el.properties;
  const hidden = hiddenAt(el, place);
  // mdr.de's teasers: <a href=...><span class="date">01. Mai 2020</span> ...</a>.
  const link =
    place.link ||
    (el.tagName === 'a' &&
      str(p.href) !== null &&
      !someToken(p.rel, (r) => r.toLowerCase() === 'bookmark'));
  // kochbar.de's "kb-recipe-comment-box-middle", WordPress's "comment-list", id="comments".
  const comments =
    place.comments || someToken(p.className, isCommentToken) || someToken(p.id, isCommentToken);
  // A <header> that holds a <nav> is the site's masthead and menu, not the article's header: its
  // <time> prints today's day (nachtkritik.de's "Mittwoch, 01. November 2023" over a story of
  // the day before).
  const aside =
    place.aside || ASIDE_TAGS.has(el.tagName) || (el.tagName === 'header' && holdsNavigation(el));
  const header = !aside && (place.header || el.tagName === 'header');
  const same =
    link === place.link &&
    comments === place.comments &&
    aside === place.aside &&
    header === place.header &&
    hidden === place.hidden;
  return same ? place : { header, aside, comments, link, hidden };
}

/** Whether a <nav> element, or one marked role="navigation", stands inside `el`. */
function holdsNavigation(el: Element): boolean {
  return el.children.some(
    (c) =>
      c.type === 'element' &&
      (c.tagName === 'nav' || str(c.properties.role) === 'navigation' || holdsNavigation(c)),
  );
}

/**
 * UTF-8 read as Latin-1 in a page's text, read back: "NPCÂ´s" -> "NPC´s" (the-pain.net's <title>,
 * its <h1> printing "NPC’s"). Only a run that decodes cleanly is read back: a lead byte's letter
 * (Â, Ã, â...) before one to three continuation bytes' characters (U+0080-U+00BF), which real
 * words do not hold.
 */
function utf8Repaired(text: string): string {
  return text.replace(/[\u00C2-\u00F4][\u0080-\u00BF]{1,3}/g, (run) => {
    const read = Buffer.from(run, 'latin1').toString('utf8');
    return read.includes('\uFFFD') || read.length !== 1 ? run : read;
  });
}
