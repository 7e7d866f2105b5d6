// The metadata a web page declares about itself, read from its parsed tree (hast): JSON-LD,
// OpenGraph and article:* properties, Dublin Core, schema.org microdata (itemprop), <time>,
// <title>, <link rel=canonical> and <html lang>. Only declarations are read here; a page that
// declares nothing is left to the text path's rules (src/normalize/headline.ts, dates.ts),
// which the body's blocks will go through.
//
// Precedence, most trusted first (a site's JSON-LD is what search engines index, so it is the
// declaration most often kept right; <title> carries the site's name and is the last resort):
//   headline  JSON-LD headline/name, Dublin Core title, og:title, twitter:title, itemprop
//             headline, <title>; a site-name suffix or prefix is cut (siteNameCut below).
//   date      JSON-LD datePublished, article:published_time, itemprop datePublished, Dublin
//             Core date/created/issued, parsely and sailthru dates, a JSON-LD WebPage's (or
//             Recipe's, HowTo's) datePublished where no article is declared, <time pubdate>, a
//             <time datetime> in the article's header, then the first <time> outside asides and
//             comments that prints its day. A year or month alone yields to a later full day.
//             dateModified is kept as `modified` and is never the date: an article edited last
//             week was not published last week.
//   byline    JSON-LD author names, Dublin Core creator, <meta name=author>, article:author,
//             parsely/sailthru author, itemprop author, <a rel=author>, and last the author of
//             the page's own object where no article is declared (a Recipe's, a WebPage's).
// The Dublin Core and <meta name=author> order follows Mozilla Readability's, so that the two
// agree where a page declares several (its test 003-metadata-preferred).

import type { Element, Nodes, Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toText } from 'hast-util-to-text';
import { parse, parseFragment } from 'parse5';
import { singleSpaced } from '../normalize/chrome.ts';
import { wordCount } from '../text.ts';
import { dateFromFrontMatter, findDateSpan } from '../normalize/dates.ts';
import { splitSiteName } from '../normalize/headline.ts';
import { withoutLeadIn } from './author-names.ts';
import { localDay, otherReaderDays, pageZone } from './local-day.ts';
import type { ExtractedDate } from '../types.ts';

/**
 * A value and the declaration it was read from ("json-ld", "og:title", "<title>"); where
 * decisions read `from`, a union of the declarations (AuthorsFrom, HeadlineFrom, SiteNameFrom)
 * lets the compiler hold each comparison to them.
 */
export interface Declared<T, From extends string = string> {
  value: T;
  from: From;
}

export interface PageMetadata {
  /** The headline: the most trusted declared title, site name cut. */
  headline: DeclaredHeadline | null;
  /** <title> as written (whitespace collapsed). */
  title: string | null;
  /**
   * Every title the page declares (JSON-LD, Dublin Core, parsely, og:title, twitter:title, a
   * heading marked itemprop=headline, <title>), each cut as `headline` is, in that order: the
   * extractor reads which of them the page's <h1> prints (src/extract/printed-headline.ts).
   */
  titles: string[];
  /** og:site_name, the JSON-LD publisher's or WebSite's name, or the site part of the title. */
  siteName: Declared<string, SiteNameFrom> | null;
  /** Author names, in declared order, duplicates dropped. */
  authors: Declared<string[], AuthorsFrom> | null;
  /** The authors as one line ("Jane Doe, John Roe"). */
  byline: string | null;
  /**
   * The publication date; `from` says which declaration gave it. `others`: the days the page's
   * other declarations of its publication give where they disagree (outdoor-magazin.com's
   * JSON-LD 4 January, its article:published_time 6 January), for the extractor to weigh
   * against the page's text (src/extract/html.ts).
   */
  date: (ExtractedDate & { declared: string; others?: string[] }) | null;
  /** dateModified / article:modified_time as declared; never taken for the date. */
  modified: string | null;
  /**
   * The day the page was last saved, as a bare "date" or dcterms.date <meta> declares it (not a
   * publication date: TYPO3 and other CMSs declare the last save there, dateDeclarations): the
   * page's date only where it declares no publication and prints none (src/extract/html.ts).
   * Never a dateModified.
   */
  saved: string | null;
  section: string | null;
  /** The language: JSON-LD inLanguage, <html lang>, or a content-language declaration. */
  language: string | null;
  /** <link rel=canonical>, og:url or JSON-LD url, resolved against `baseUrl` when relative. */
  canonicalUrl: string | null;
  publisher: string | null;
  /**
   * The publisher a meta tag declares (DC.publisher): a magazine's name, which a site's pages
   * declare as their author too ("Auto Illustrierte" on petri-heil.ch).
   */
  metaPublisher: string | null;
  description: string | null;
  /** The schema.org types of the page's JSON-LD objects ("NewsArticle", "WebPage"). */
  jsonLdTypes: string[];
  /** Declarations that could not be read (a JSON-LD block that is not JSON). */
  warnings: string[];
}

/** schema.org types that describe an article (https://schema.org/Article and its subtypes). */
const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'SocialMediaPosting',
  'DiscussionForumPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
  'SatiricalArticle',
  'AdvertiserContentArticle',
]);

/**
 * schema.org types of a page's own object that date the page where no article is declared:
 * Yoast's WebPage node (abenteuer-astronomie.de, creativecommons.ch), a Recipe (chefkoch.de,
 * whose Reviews carry their own later dates), a HowTo (homify.de). Their datePublished is the
 * page's publication; a WebSite's or an Organization's is not.
 */
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'AboutPage', 'Recipe', 'HowTo']);

// ---------------------------------------------------------------------------------------------
// Walking the tree once.

interface Collected {
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

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
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

function collect(tree: Root): Collected {
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
const MAX_MARKED_DATE_CHARS = 40;

/** Records what one element declares; returns where its children stand. */
function visit(el: Element, place: Place, out: Collected): Place {
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

// ---------------------------------------------------------------------------------------------
// JSON-LD.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** "http://schema.org/NewsArticle", "schema:NewsArticle" -> "NewsArticle". */
function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.flatMap((x) => (typeof x === 'string' ? [x.replace(/^.*[/:#]/, '')] : []));
}

/**
 * The JSON of a script block. CMSs wrap it in comments or CDATA markers, or leave a control
 * character in a string; those are taken off before parsing. Null when it is still not JSON.
 */
function parseJsonLd(text: string): Json | undefined {
  const cleaned = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)\s*/, '')
    .replace(/\s*(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .replace(/\p{Cc}+/gu, ' ');
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    return undefined;
  }
}

/**
 * Every object in the JSON, nested ones too (@graph, mainEntity, arrays), level by level: the
 * page's own article (top level, or a WebPage's mainEntity) comes before the related stories a
 * graph lists deeper down (hasPart, ItemList elements). Arrays are not a level.
 */
function objectsIn(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  let level: Json[] = [root];
  // A bound on nesting, so that a hostile page's thousand-deep JSON costs little.
  for (let depth = 0; depth < MAX_JSON_LD_DEPTH && level.length; depth++) {
    const next: Json[] = [];
    const visit = (value: Json) => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (isObject(value)) {
        out.push(value);
        next.push(...Object.values(value));
      }
    };
    level.forEach(visit);
    level = next;
  }
  return out;
}

/** Levels of JSON-LD objects read: a NewsArticle's author's affiliation's address is level 4. */
const MAX_JSON_LD_DEPTH = 12;

interface JsonLdFacts {
  types: string[];
  headline: string | null;
  name: string | null;
  published: string | null;
  /**
   * datePublished of the page's own object where no article is declared (PAGE_TYPES), else its
   * one video's uploadDate (videoUploaded).
   */
  pagePublished: string | null;
  modified: string | null;
  authors: string[];
  /**
   * The authors of the page's own object where no article is declared (a Recipe's cook on
   * chefkoch.de, a HowTo's on homify.de): PAGE_TYPES, as for its date.
   */
  pageAuthors: string[];
  publisher: string | null;
  section: string | null;
  language: string | null;
  url: string | null;
  siteName: string | null;
}

/** A JSON-LD text value: a string, the first string of an array, or a {@value} object. */
function text(v: Json | undefined): string | null {
  if (typeof v === 'string') return cleanText(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = text(x);
      if (t) return t;
    }
  }
  if (isObject(v)) return text(v['@value']);
  return null;
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

/** Whitespace collapsed; HTML entities decoded (CMSs escape JSON-LD strings as HTML). */
function cleanText(raw: string): string | null {
  const decoded = /&(?:#\d+|#x[\da-f]+|[a-z]+\d*);/i.test(raw)
    ? toText(fromParse5(parseFragment(raw)))
    : raw;
  return singleSpaced(decoded) || null;
}

/** Names of a JSON-LD person or organization list, references (@id) resolved. */
function namesOf(v: Json | undefined, byId: Map<string, JsonObject>): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.flatMap((x): string[] => {
    if (typeof x === 'string') {
      const t = cleanText(x);
      return t && !isUrl(t) ? [t] : [];
    }
    if (!isObject(x)) return [];
    const id = str(x['@id']);
    const node = x.name === undefined && id ? (byId.get(id) ?? x) : x;
    const name = text(node.name);
    return name && !isUrl(name) ? [name] : [];
  });
}

/** The objects of a page's JSON-LD blocks, in order; a block that is not JSON is warned of. */
function jsonLdObjects(blocks: string[], warnings: string[]): JsonObject[] {
  const objects: JsonObject[] = [];
  blocks.forEach((block, i) => {
    const json = parseJsonLd(block);
    if (json === undefined) warnings.push(`JSON-LD block ${i + 1} is not valid JSON; ignored`);
    else objects.push(...objectsIn(json));
  });
  return objects;
}

/** The objects an `@id` reference can stand for: the first with that id and more than the id. */
function objectsById(objects: JsonObject[]): Map<string, JsonObject> {
  const byId = new Map<string, JsonObject>();
  for (const o of objects) {
    const id = str(o['@id']);
    if (id && Object.keys(o).length > 1 && !byId.has(id)) byId.set(id, o);
  }
  return byId;
}

function readJsonLd(blocks: string[], warnings: string[]): JsonLdFacts {
  const objects = jsonLdObjects(blocks, warnings);
  const byId = objectsById(objects);
  const types = [...new Set(objects.flatMap(typesOf))];
  // The article: the first object of an article type; one with a headline beats one without
  // (a page's graph may hold a stub Article for a related story before its own).
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  const article = articles.find((o) => text(o.headline)) ?? articles[0] ?? null;
  const site = objects.find((o) => typesOf(o).includes('WebSite')) ?? null;
  const publisherRef = article?.publisher;
  const publisher = namesOf(publisherRef, byId)[0] ?? null;
  const language = article
    ? (text(article.inLanguage) ??
      (isObject(article.inLanguage) ? text(article.inLanguage.alternateName) : null))
    : null;
  return {
    types,
    headline: article ? text(article.headline) : null,
    name: article ? text(article.name) : null,
    published: article ? text(article.datePublished) : null,
    pagePublished: article
      ? null
      : (objects
          .filter((o) => typesOf(o).some((t) => PAGE_TYPES.has(t)))
          .map((o) => text(o.datePublished))
          .find((d) => d !== null) ?? videoUploaded(objects)),
    modified: article ? text(article.dateModified) : null,
    authors: article ? namesOf(article.author ?? article.creator, byId) : [],
    pageAuthors: article
      ? []
      : (objects
          .filter((o) => typesOf(o).some((t) => PAGE_TYPES.has(t)))
          .map((o) => namesOf(o.author ?? o.creator, byId))
          .find((names) => names.length > 0) ?? []),
    publisher,
    section: article ? text(article.articleSection) : null,
    language,
    url: article ? (text(article.url) ?? text(article.mainEntityOfPage)) : null,
    siteName: site ? text(site.name) : null,
  };
}

/**
 * The uploadDate of a page's one video, where the page declares no article: a video page's
 * publication (zdf.de's VideoObject "2020-04-04T20:57:00.000+02:00", the day it prints under
 * the clip). Null where the videos uploaded on several days: a list of clips, each its own.
 */
function videoUploaded(objects: JsonObject[]): string | null {
  const uploads = objects
    .filter((o) => typesOf(o).includes('VideoObject'))
    .map((o) => text(o.uploadDate))
    .filter((d): d is string => d !== null);
  const days = new Set(uploads.map((d) => d.slice(0, 10)));
  return days.size === 1 ? (uploads[0] ?? null) : null;
}

// ---------------------------------------------------------------------------------------------
// Resolving.

const isUrl = (s: string) => /^(?:https?:)?\/\//i.test(s.trim());

function firstMeta<K extends string>(
  meta: Map<string, string[]>,
  keys: readonly K[],
): Declared<string, K> | null {
  for (const key of keys) {
    const value = meta.get(key)?.find((v) => singleSpaced(v));
    if (value !== undefined) return { value: singleSpaced(value), from: key };
  }
  return null;
}

/** An itemprop element's value: content, datetime or href attribute, else its text. */
function itempropValue(el: Element): string | null {
  const p = el.properties;
  const attr = str(p.content) ?? str(p.dateTime) ?? (el.tagName === 'a' ? null : str(p.href));
  const value = attr ?? toText(el);
  return singleSpaced(value) || null;
}

/** The author an itemprop=author element names: its itemprop=name inside, else its text. */
function itempropAuthor(el: Element): string | null {
  let name: string | null = null;
  const find = (node: Nodes) => {
    if (name !== null || node.type !== 'element') return;
    if (node !== el && propertyTokens(node.properties.itemProp).includes('name')) {
      name = itempropValue(node);
      return;
    }
    for (const child of node.children) find(child as Nodes);
  };
  find(el);
  const value = name ?? itempropValue(el);
  return value === null ? null : withoutLeadIn(value);
}

/**
 * A declared date read into the text path's form: an ISO 8601 value's calendar day as written
 * (in the page's own zone: "2019-06-04T23:30:00-04:00" is the 4th, where the reader was), any
 * other form through the text path's date reader ("Tue, 04 Jun 2019", "June 4, 2019").
 */
export function declaredDate(
  raw: string,
  from: string,
): (ExtractedDate & { declared: string }) | null {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    const ok = y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
    return ok ? { value: value.slice(0, 10), precision: 'day', from, declared: value } : null;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(value);
  if (compact) return declaredDate(`${compact[1]}-${compact[2]}-${compact[3]}`, from);
  const date = dateFromFrontMatter(value);
  return date ? { ...date, from, declared: value } : null;
}

/**
 * Separators between a title's headline and the site's name: " | ", " - ", " – ", " — ", " · ",
 * " » ", " • ", " : ", " :: ", " @ " (blog hosts: "Post @ Blog :: PIXNET ::"), spaced, or a
 * bare "|". Global, so that each one's place is read.
 */
const SEPARATOR = /\s+(?:[|–—·»•:@]|-|::)\s+|\s*\|\s*/g;

/**
 * A title with its site name cut: a closing "[Site]"; where the page declares the site, the name
 * and what follows it ("Headline | The Site", "Headline | DW | 23.05.2011", "Headline - My Magazine - Art, Design"),
 * or the name before the headline ("The Site - Headline"); else by the text path's rule
 * (splitSiteName: a short last part). On a declared headline (og:title, JSON-LD) that rule cuts
 * only a part the page's <title> ends in too, or a declared author's name: dropbox-blog's og:title
 * ends in its subtitle ("How we designed Dropbox's ATF - an async task framework", its <title> in
 * "- Dropbox"); guardian-1's in its columnist ("... whale strandings | Eleanor Ainge Roy").
 */
export function siteNameCut(
  title: string,
  siteName: string | null,
  page: { title?: string | null; authors?: string[] } = {},
): string {
  const barred = barredSiteCut(title, siteName, page);
  if (barred !== null) return barred;
  const text = cjkTrailCut(bracketedSiteCut(title));
  const declared = siteName ? declaredSiteCut(text, siteName) : null;
  if (declared !== null) return declared;
  const { headline, site } = splitSiteName(text);
  if (site === null || !page.title) return headline;
  const whole = bracketedSiteCut(page.title);
  const cut = foldName(site);
  const named = (page.authors ?? []).some((a) => foldName(a) === cut);
  // "| Schweizerische Vogelwarte" for the declared "vogelwarte.ch": the site, spelled out.
  const declaredSite = siteName ? foldName(siteName) : '';
  const spelled = declaredSite.length >= 4 && cut.includes(declaredSite);
  return whole === text || named || spelled || foldName(splitSiteName(whole).site ?? '') === cut
    ? headline
    : text;
}

/**
 * A box-drawing bar (U+2502 "│", a vertical line some CMS templates type instead of "|") between
 * a title's headline and the site's name, read as the bar it stands for: nestle-marktplatz.de's
 * og:title "Produkttester werden: gratis testen & bewerten │ Nestlé Marktplatz" and its <title>
 * "Produkttester werden & gratis testen│Nestlé Marktplatz" (unspaced). No title of the corpora's
 * 1,053 pages sets the character otherwise. The cut title, or null where nothing is cut (a bar
 * inside a headline stays as printed).
 */
function barredSiteCut(
  title: string,
  siteName: string | null,
  page: { title?: string | null; authors?: string[] },
): string | null {
  if (!title.includes('│')) return null;
  const barred = singleSpaced(boxBarSpaced(title));
  const cut = siteNameCut(barred, siteName, {
    ...page,
    title: page.title ? boxBarSpaced(page.title) : page.title,
  });
  // Nothing cut: the title keeps its own bar.
  return cut === barred ? null : cut;
}

const boxBarSpaced = (text: string) => text.replace(/\s*│\s*/gu, ' | ');

/**
 * A Chinese or Japanese title's trail of section and site names, joined by "_" or "-" with no
 * spaces: "武汉的声音：有英勇的你，才有英雄的城！-新华网" (xinhuanet.com), "海外留学生看两会：出国前后关注点大不同
 * _教育频道_中国青年网" (youth), "... _探索者 _光明网" (gmw). Those scripts put no spaces between
 * words, so splitSiteName's spaced separators never see them. A part is cut only when it is a
 * short run of CJK letters (2 to 8) after CJK text and what is left is at least as long as
 * the whole trail cut and 8 characters or more: "新竹尖石_美樹營地賞楓" (pixnet's headline, a place and a
 * camp) and "蔡健雅_百度百科" (baike.baidu.com's, a name and the site) stay whole.
 */
function cjkTrailCut(title: string): string {
  let text = title;
  for (let m = CJK_TRAIL.exec(text); m; m = CJK_TRAIL.exec(text)) {
    const rest = text.slice(0, m.index);
    if (rest.length < 8 || rest.length < title.length - rest.length) break;
    text = rest;
  }
  return text;
}

const CJK_LETTER = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}`;
/** One "_Section" or "-Site" closing a title, after a CJK letter or CJK punctuation. */
const CJK_TRAIL = new RegExp(
  String.raw`(?<=[${CJK_LETTER}\u3000-\u303f\uff01-\uff60])\s*[_\-－]\s*[${CJK_LETTER}]{2,8}$`,
  'u',
);

/**
 * A site's name in square brackets closes some titles ("... [LWN.net]", "... [Archive of Our
 * Own]"); a headline does not end so.
 */
function bracketedSiteCut(title: string): string {
  return danglingSeparatorCut(singleSpaced(title).replace(/(?<=\S)\s+\[[^[\]]{1,40}\]$/, ''));
}

/**
 * A title that ends in a separator with no site's name after it, as a template prints it where
 * the site's name is left blank: changenow.de's `<title>` "Über André Loibl | ", st-georg.de's
 * og:title "Pferdesport definitiv bei Olympia 2028 dabei -". No headline ends in a spaced bar or
 * dash; the separator is cut (a colon, which can close a kicker, is kept).
 */
function danglingSeparatorCut(title: string): string {
  return title.replace(/(?<=\S)(?:\s+(?:[|–—·»•-]|::)|\s*\|)$/, '');
}

/**
 * `text` without the declared site's name: from the first separator after which the rest, or
 * the part up to the next separator, is the name (a name may hold a separator itself, "My Daily
 * Magazine - Art, Design, DIY, Fashion and Beauty !"); else after a separator that the name
 * stands before. A name with its abbreviation ("Evangelisches Jugendwerk in Württemberg (ejw)")
 * is the name. Null when the name is not there, or nothing would be left.
 */
function declaredSiteCut(text: string, siteName: string): string | null {
  const site = foldName(siteName);
  if (!site) return null;
  const isSite = (s: string) => {
    const folded = foldName(s);
    return folded === site || foldName(s.replace(/\s*\([^()]{1,20}\)$/, '')) === site;
  };
  const separators = [...text.matchAll(SEPARATOR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const [i, sep] of separators.entries()) {
    const part = text.slice(sep.end, separators[i + 1]?.start ?? text.length);
    if (sep.start > 0 && (isSite(text.slice(sep.end)) || isSite(part))) {
      return text.slice(0, sep.start);
    }
  }
  for (const sep of separators) {
    if (isSite(text.slice(0, sep.start)) && sep.end < text.length) return text.slice(sep.end);
  }
  return null;
}

const foldName = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^(?:www\.)|\.(?:com|org|net|info|co\.uk|[a-z]{2})$/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A headline cut short, with an ellipsis ("The long story of…") or at a quotation mark, and a
 * longer one it begins.
 */
function completed(short: string, others: (string | null)[]): string {
  const stem = /^(.*?)\s*(?:…|\.\.\.)$/.exec(short)?.[1];
  if (stem) return others.find((o) => o && o.length > stem.length && o.startsWith(stem)) ?? short;
  // An attribute cut short at a quotation mark its page did not escape (eluniversal.com's
  // og:title "Senador republicano califica a Biden de", its <title> going on '"incapacitado"').
  return (
    others.find((o) => o?.startsWith(short) && /^\s*["“„]/.test(o.slice(short.length))) ?? short
  );
}

/**
 * The JSON-LD headline, or its name where the two differ and only the name is the page's title:
 * Wikipedia's Article graph gives the article's short description as `headline` ("constitutional
 * monarchy in Oceania") and the title as `name` ("New Zealand").
 */
function jsonLdHeadline(
  ld: JsonLdFacts,
  title: string | null,
  ogTitle: string | null,
): DeclaredHeadline | null {
  const { headline, name } = ld;
  const inTitle = (s: string) =>
    [title, ogTitle].some((t) => t !== null && foldName(t).includes(foldName(s)));
  if (
    headline &&
    name &&
    foldName(headline) !== foldName(name) &&
    inTitle(name) &&
    !inTitle(headline)
  ) {
    return { value: name, from: 'json-ld name' };
  }
  if (headline) return { value: headline, from: 'json-ld headline' };
  return name ? { value: name, from: 'json-ld name' } : null;
}

/** A title's last part after a separator ("Ein Quantensprung für Nordhausen Nord : 06.11.2023"). */
const LAST_PART = /\s+[:|–—-]\s+([^:|–—]+)$/u;

/**
 * A declared title without the day and time a CMS appends after a separator ("Ein Quantensprung
 * für Nordhausen Nord : 06.11.2023, 11.41 Uhr" on nnz-online.de and kyffhaeuser-nachrichten.de):
 * the last part is cut when it holds a full day and nothing but a time beside it.
 */
function withoutDateSuffix(title: string): string {
  const m = LAST_PART.exec(title);
  const part = m?.[1];
  if (!m || !part) return title;
  const day = findDateSpan(part);
  if (!day || day.precision !== 'day') return title;
  const rest = part
    .replace(day.span, '')
    .replace(/\b\d{1,2}[.:]\d{2}\b|\buhr\b/giu, '')
    .replace(/[\s,.]+/gu, '');
  const head = title.slice(0, m.index);
  // "Wochenbericht 14. - 20. Januar 2022" (slf.ch) is a range of days, not a title and its day.
  return rest === '' && !/\d\.?$/u.test(head) ? head : title;
}

/**
 * The declarations a headline is read from (resolveHeadline's, most trusted first): decisions
 * on where a headline came from compare these, the compiler holding them to the list ("<title>":
 * the page's <title>, whose parts may be the site's name or a section's).
 */
export type HeadlineFrom =
  | 'json-ld headline'
  | 'json-ld name'
  | 'dc:title'
  | 'dcterm:title'
  | 'dcterms.title'
  | 'dc.title'
  | 'parsely-title'
  | 'og:title'
  | 'twitter:title'
  | 'itemprop headline'
  | '<title>';

/** A declared headline and where it came from. */
export type DeclaredHeadline = Declared<string, HeadlineFrom>;

function resolveHeadline(
  c: Collected,
  ld: JsonLdFacts,
  siteName: Declared<string, SiteNameFrom> | null,
  authors: string[] | null,
): { headline: DeclaredHeadline | null; titles: string[] } {
  const meta = <K extends string>(keys: readonly K[]) => firstMeta(c.meta, keys);
  // A heading marked as the headline before any other element so marked: WordPress themes mark
  // the site's name in the page's masthead too (p.main-title "Investment Watch" before
  // h1.entry-title, on 0a3108e5... and talent.ch among trafilatura's pages).
  const items = c.itemprops.get('headline') ?? [];
  const itemHeadline = items.find((el) => /^h[1-6]$/.test(el.tagName)) ?? items[0];
  const candidates: (DeclaredHeadline | null)[] = [
    jsonLdHeadline(ld, c.title, firstMeta(c.meta, ['og:title'])?.value ?? null),
    meta(['dc:title', 'dcterm:title', 'dcterms.title', 'dc.title']),
    meta(['parsely-title']),
    meta(['og:title']),
    meta(['twitter:title']),
    itemHeadline ? { value: itempropValue(itemHeadline) ?? '', from: 'itemprop headline' } : null,
    c.title ? { value: c.title, from: '<title>' } : null,
  ];
  const found = candidates.filter((x): x is DeclaredHeadline => x !== null && x.value !== '');
  const values = found.map((x) => x.value);
  const cut = (raw: string) =>
    withoutDateSuffix(
      siteNameCut(completed(raw, values), siteName?.value ?? null, {
        title: c.title,
        authors: authors ?? [],
      }),
    );
  // A declared title that is only the declared site's name, or a part of it (iconmagazine's
  // og:title "ICON Magazine", its <title> "ICON • ICON Magazine"), is the site's default, not
  // this article's headline. A name guessed from the <title>'s last part may be the article's
  // own (bafa.de's twitter:title).
  const site = siteName && siteName.from !== '<title>' ? foldName(siteName.value) : null;
  const description = meta(['description', 'og:description'])?.value ?? null;
  const cutOf = (x: DeclaredHeadline) =>
    x.from === '<title>' ? titlePart(cut(x.value), description) : cut(x.value);
  const titles = found.map(cutOf).filter(Boolean);
  for (const x of found) {
    const value = cutOf(x);
    if (!value || (site && site.includes(foldName(value))) || isSectionName(value, c.title)) {
      continue;
    }
    return { headline: { value, from: x.from }, titles };
  }
  return { headline: null, titles };
}

/**
 * The headline in a <title> of three parts or more that names sections as well as the site: the
 * part the page's description repeats word for word (bayrische-bembel.de's "EFC Bayrische Bembel
 * Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse - News",
 * described "Eintracht Frankfurt stellt Weichen für die Zukunft"); or the first part, of four
 * words or more, before a trail of two or more section names of one or two words each (the
 * MacTechNews forum's "kein App Store mehr über Mobile Daten mit iOS 13 ? | iPhone | Forum", its
 * site's name cut). A headline's own parts are longer ("Friday Facts #282 - 0.17 in sight",
 * "Samantha and The Great Big Lie - John C. Welch"), or fewer. Else `title` as it is.
 */
function titlePart(title: string, description: string | null): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 3) return title;
  const described = description ? foldName(description) : '';
  const part = parts.find((p) => wordCount(p) >= 3 && foldName(p) === described);
  if (part) return part;
  const [first = '', ...trail] = parts;
  const sections = trail.every((p) => p !== '' && wordCount(p) <= 2);
  return sections && wordCount(first) >= 4 ? first : title;
}

/**
 * A one-word declared title that the page's <title>, a headline of four words or more, does not
 * hold is the section's name every page of it declares (og:title "Pressemitteilungen" on bdzv.de,
 * "Medienmitteilungen" on be.ch, under <title>s naming the story), not this page's headline.
 */
function isSectionName(value: string, title: string | null): boolean {
  if (!title || wordCount(value) !== 1 || wordCount(title) < 4) return false;
  return !foldName(title).includes(foldName(value));
}

/** Dublin Core's creator keys: their names are catalogued surname first ("Jong, Michiel de"). */
const DUBLIN_CORE_CREATORS = new Set([
  'dc:creator',
  'dcterm:creator',
  'dcterms.creator',
  'dc.creator',
]);

/** "Surname, Given names": a surname after name particles, then up to three given names. */
const INVERTED_NAME = new RegExp(
  String.raw`^((?:(?:de|da|del|di|du|la|le|van|von|der|den|ter|ten)\s+)*\p{Lu}[\p{L}'’-]+),` +
    String.raw`\s*(\p{Lu}[\p{L}.'’-]*(?:\s+[\p{L}.'’-]+){0,2})$`,
  'u',
);

/**
 * "Jong, Michiel de" -> "Michiel de Jong", "Kooman, F." -> "F. Kooman" (ietf-1): a catalogue's
 * inverted name read as a byline prints it, so that several names joined by commas stay apart.
 * Only a surname (one capitalized word, after particles) and up to three given names or initials
 * ("bergportal GmbH, digvis GmbH" is two organizations, left as declared).
 */
function uninverted(name: string): string {
  const m = INVERTED_NAME.exec(name.trim());
  return m?.[1] && m[2] ? `${m[2]} ${m[1]}` : name;
}

/** The meta tags that may declare a page's authors, read in this order (resolveAuthors). */
const AUTHOR_METAS = [
  'dc:creator',
  'dcterm:creator',
  'dcterms.creator',
  'dc.creator',
  'author',
  'article:author',
  'og:article:author',
  'parsely-author',
  'sailthru.author',
] as const;

/**
 * Where a page's declared authors were read: a meta tag, or one of the labelled declarations.
 * The saved pages' byline readers decide on it (extract/html/declared.ts, html/bylines.ts), so
 * it is a closed set: a label compared to no member fails to compile.
 */
export type AuthorsFrom =
  | (typeof AUTHOR_METAS)[number]
  | 'json-ld author'
  | 'twitter:data author'
  | 'itemprop author'
  | 'rel=author'
  | 'json-ld page author';

function resolveAuthors(c: Collected, ld: JsonLdFacts): Declared<string[], AuthorsFrom> | null {
  const printed = printedMetaAuthors(c, ld);
  if (printed) return printed;
  if (ld.authors.length) return { value: unique(ld.authors), from: 'json-ld author' };
  for (const key of AUTHOR_METAS) {
    const values = (c.meta.get(key) ?? []).map(singleSpaced).filter((v) => v && !isUrl(v));
    const named = (DUBLIN_CORE_CREATORS.has(key) ? values.map(uninverted) : values).filter(
      (v) => !OTHER_CREDIT.test(v),
    );
    if (named.length) return { value: unique(named), from: key };
  }
  const labelled = labelledTwitterAuthor(c.meta);
  if (labelled) return { value: [labelled], from: 'twitter:data author' };
  const items = (c.itemprops.get('author') ?? []).flatMap((el) => {
    const name = itempropAuthor(el);
    return name && !isUrl(name) && wordCount(name) <= MAX_BYLINE_WORDS && !OTHER_CREDIT.test(name)
      ? [name]
      : [];
  });
  if (items.length) return { value: unique(items), from: 'itemprop author' };
  if (c.relAuthors.length) return { value: unique(c.relAuthors), from: 'rel=author' };
  // Last: a page object's author is as often its site's name as its writer's.
  if (ld.pageAuthors.length) return { value: unique(ld.pageAuthors), from: 'json-ld page author' };
  return null;
}

/** Meta tags that may list a page's authors, one name a tag, as the byline prints them. */
const LIST_AUTHOR_METAS = [
  'parsely-author',
  'sailthru.author',
  'article:author',
  'author',
] as const;

/**
 * Authors meta tags declare over a JSON-LD author they do not name, where the page's author links
 * (rel=author, outside asides) print exactly those names and not the JSON-LD's: two declarations
 * and the printed byline agree against one. wsvn.com's JSON-LD names Kathleen Ditton (its
 * uploader, printed nowhere on the page), its parsely-author metas and its "By" line's three
 * rel=author links "Jessica Holly", "Gail Levy", "7 News WSVN". Null where they do not all agree.
 */
function printedMetaAuthors(c: Collected, ld: JsonLdFacts): Declared<string[], AuthorsFrom> | null {
  if (!ld.authors.length || !c.relAuthors.length) return null;
  const key = (n: string) => singleSpaced(n).toLowerCase();
  const linked = new Set(c.relAuthors.map(key));
  if (ld.authors.some((a) => linked.has(key(a)))) return null;
  for (const tag of LIST_AUTHOR_METAS) {
    const values = unique((c.meta.get(tag) ?? []).map(singleSpaced).filter(Boolean));
    if (!values.length) continue;
    const same = values.length === linked.size && values.every((v) => linked.has(key(v)));
    return same ? { value: values, from: tag } : null;
  }
  return null;
}

/**
 * A credit declared as the author that names no writer of the page: a theme's designers ("Peter
 * Amende und Fuchsy designed", piratenpartei.at's meta author; its rel=author link names the
 * writer, Harald Bauer) or a book's editor ("Revised Edition Edited by Adrian Parr", an
 * encyclopedia's itemprop author; the entry prints "by Kenneth Surin"). The next declaration is
 * read instead (issue 22, stop 39).
 */
const OTHER_CREDIT = /\b(?:designed|theme)\b|\bedited\s+by\b|\bedition\b/iu;

/**
 * A declared author's name as a byline prints it: without the social handle a theme appends
 * ("Williams Perdomo @wperdomod", elnacional.com's JSON-LD and twitter:data1). A placeholder a
 * CMS declares where no author is set ("No Author", japantimes.co.jp) is no author. Null when no
 * name is left. Degrees after a comma are cut (DEGREES_AFTER_NAME).
 */
function cleanAuthors(
  authors: Declared<string[], AuthorsFrom> | null,
): Declared<string[], AuthorsFrom> | null {
  if (authors === null) return null;
  const value = authors.value
    .map((n) =>
      withoutMarkup(n).replace(HANDLE_AFTER_NAME, '').replace(DEGREES_AFTER_NAME, '').trim(),
    )
    .filter((n) => n && !NO_AUTHOR.test(n) && !CMS_ACCOUNT.test(n));
  return value.length ? { ...authors, value: unique(value) } : null;
}

/** A social handle after a name: " @wperdomod". */
const HANDLE_AFTER_NAME = /(?<=\S)\s+@[\p{L}\p{N}_.]+$/u;
/**
 * Academic or clinical degrees after a declared name, set off by a comma ("Grant Tinsley, PhD",
 * healthline.com's article:author; "Jane Doe, M.D., MPH"): the name's title, not a second name in
 * the byline's comma list (bylineOf). Health news declares its writers so; trafilatura's
 * healthline.com reference drops the degree. A byline the page prints keeps what it prints
 * (Readability's webmd-1, "Brenda Goodman, MA", declares only rel=author "Brenda Goodman"). No
 * other declared author on trafilatura's or Readability's pages ends in one (stop 52). "MA" is not
 * read as one: Readability's reference keeps it in webmd-1's printed byline.
 */
const DEGREES_AFTER_NAME =
  /(?<=\p{L}\.?)(?:\s*,\s*(?:Ph\.?\s?D|M\.?D|D\.?O|R\.?D|R\.?N|M\.?P\.?H|M\.?S|M\.?Sc|MBA|LDN?|CDE|CPT|DNP|APRN|PharmD|PsyD|LCSW|FACP|FACS)\.?)+$/u;
/** A CMS's placeholder for a missing author. */
const NO_AUTHOR = /^(?:no author|unknown author|kein autor|sans auteur)$/iu;

/**
 * A CMS's own account or role declared as the author, no person's name: "admin", "publisher",
 * Joomla's "Super User", "anónimo", or no letter at all ("-"). On trafilatura's pages, 2026-12-04:
 * 7 pages declare one (autonews.ch, bmas.de, bmel.de, bsi.de, chadim.net, infobae.com, spoe.at),
 * none with a reference author; "Unknown" is left, one page's reference (sibenlab.blogspot.com).
 */
const CMS_ACCOUNT =
  /^(?:admin|administrator|administrador|publisher|super user|anonymous|anónimo|anonym)$|^[^\p{L}]*$/iu;

/**
 * A declared name with HTML markup in it, as a CMS writes its author's link into JSON-LD
 * ('<a href="/pl/eksperci/mateusz-gniazdowski">Mateusz Gniazdowski</a>'): the text alone.
 */
function withoutMarkup(name: string): string {
  return name.includes('<') ? name.replace(/<\/?[a-z][^<>]*>/giu, ' ').replace(/\s+/g, ' ') : name;
}

/**
 * The author Yoast SEO declares in its Twitter card's label and data pair: twitter:label1
 * "Written by" / "Verfasst von", twitter:data1 "Karoline Herr" (106 of the corpus's pages;
 * frolleinherr.com declares its author nowhere else). After the author metas, since a theme's
 * own declaration is more specific; before itemprop and rel=author, which are as often other
 * stories' or comments'.
 */
function labelledTwitterAuthor(meta: Map<string, string[]>): string | null {
  for (let i = 1; i <= 4; i++) {
    const label = meta.get(`twitter:label${i}`)?.[0];
    const data = singleSpaced(meta.get(`twitter:data${i}`)?.[0] ?? '');
    if (label && AUTHOR_CARD_LABEL.test(label.trim()) && data && !isUrl(data)) return data;
  }
  return null;
}

/** Yoast's label of the author in the languages of the corpus's pages. */
const AUTHOR_CARD_LABEL =
  /^(?:written by|verfasst von|geschrieben von|escrito por|écrit par|scritto da|geschreven door)$/iu;

/**
 * An author element holding more words than this is a box about the author (lemonde-1: name,
 * "Journaliste au Monde", follow links), not a name; the longest right byline among Readability's
 * pages, "Martin Untersinger (avec Damien Leloup et Morgane Tual)", has 8.
 */
const MAX_BYLINE_WORDS = 10;

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Several declared authors as one byline, comma-separated ("Stella Kim, Jennifer Jett"): the
 * names are a list, not a sentence, and Readability joins them so too.
 */
export function bylineOf(names: string[]): string | null {
  return names.length ? names.join(', ') : null;
}

/**
 * A declaration of the publication date: its value as written, its source (the date's `from`),
 * and whether a <time> element made it (one may be another story's, so resolveDate does not weigh
 * it against the first).
 */
/** The `from` of the first <time> whose text prints the day its datetime declares. */
const PRINTED_TIME = 'printed <time>';

type DateDeclaration = [raw: string | null | undefined, from: string, timeElement: boolean];

/**
 * The page's declarations of its publication date, most trusted first (DateDeclaration).
 * After the article's own (JSON-LD, Open Graph, Dublin Core, microdata): the datePublished of
 * a page that declares no article (PAGE_TYPES), then <time> elements: one marked pubdate, one in
 * the article's header, and last the first <time> outside footers, asides and navigation whose
 * text prints the day its datetime declares ("<time datetime="2022-01-28">28. Januar 2022</time>"
 * on falstaff.de, hausinfo.ch, bmel.de, which declare nothing else).
 */
function dateDeclarations(c: Collected, ld: JsonLdFacts): DateDeclaration[] {
  const tries: DateDeclaration[] = [[ld.published, 'json-ld datePublished', false]];
  for (const key of [
    'article:published_time',
    'datepublished',
    'dc:date',
    'dc.date',
    'dcterms.created',
    'dcterms.issued',
    'dc.date.issued',
    'dc:date.issued',
    'parsely-pub-date',
    'sailthru.date',
    'pubdate',
    'publish-date',
    // Not a bare "date" or dcterms.date: TYPO3 and other CMSs declare the day the page was last
    // saved (tagesschau.de, neues-deutschland.de, martinruetter.com, ejwue.de): on trafilatura's
    // pages it gave 6 days right and 6 wrong.
  ]) {
    tries.push([c.meta.get(key)?.[0], key, false]);
  }
  const item = c.itemprops.get('datepublished')?.[0];
  tries.push([item ? itempropValue(item) : null, 'itemprop datePublished', false]);
  tries.push([ld.pagePublished, 'json-ld page datePublished', false]);
  const pubdate = c.times.find((t) => t.element.properties.pubdate !== undefined);
  tries.push([pubdate ? str(pubdate.element.properties.dateTime) : null, '<time pubdate>', true]);
  // A <time> in the article's header that is not marked as an update.
  const headerTime = c.times.find(
    (t) => t.inHeader && str(t.element.properties.dateTime) && notUpdate(t),
  );
  tries.push([
    headerTime ? str(headerTime.element.properties.dateTime) : null,
    '<time> in header',
    true,
  ]);
  const printed = firstPrintedTime(c);
  tries.push([printed ? str(printed.element.properties.dateTime) : null, PRINTED_TIME, true]);
  // Only where every such element gives the same day: several days are a list's (mdr.de's and
  // kbs.co.kr's teasers, each over its "date").
  const marked = c.dateMarked
    .map((el) => singleSpaced(toText(el)))
    .filter((t) => t.length <= MAX_MARKED_DATE_CHARS && declaredDate(t, '')?.precision === 'day');
  const markedDays = new Set(marked.map((t) => declaredDate(t, '')?.value));
  tries.push([markedDays.size === 1 ? marked[0] : null, 'date-marked element', false]);
  return tries;
}

/** A <time> not marked as an update (itemprop dateModified, a class "updated"). */
function notUpdate(t: Collected['times'][number]): boolean {
  return (
    !propertyTokens(t.element.properties.itemProp).includes('dateModified') &&
    !propertyTokens(t.element.properties.className).some((k) => /updated|modified/i.test(k))
  );
}

/** The first <time> outside asides, not an update, whose text prints the day it declares. */
function firstPrintedTime(c: Collected): Collected['times'][number] | undefined {
  return c.times.find((t) => {
    const raw = str(t.element.properties.dateTime);
    const day = raw ? declaredDate(raw, '')?.value : undefined;
    return !t.aside && notUpdate(t) && day !== undefined && printedAs(toText(t.element), day);
  });
}

/** That <time> is the page's first outside asides. */
function firstPrintedTimeLeads(c: Collected): boolean {
  const first = firstPrintedTime(c);
  return first !== undefined && first === c.times.find((t) => !t.aside);
}

/**
 * PageMetadata.saved: a bare "date" or dcterms.date <meta> that reads as a day. A declared
 * dateModified is never taken, not even here: issue 22 says a modification is not the date, and
 * an undated article is better than one dated by its last edit.
 */
function savedDate(c: Collected, edited: Set<string>): string | null {
  const tries = [c.meta.get('date')?.[0], c.meta.get('dcterms.date')?.[0]];
  // Not the instant a <time> prints as an edit (editedInstants): the page's own edit.
  const day = (raw: string | undefined) =>
    raw && !edited.has(raw.trim()) && declaredDate(raw, '')?.precision === 'day';
  return tries.find(day) ?? null;
}

/**
 * A <time>'s text opening with an edit's label: "Editiert am 19. Oktober 2019, 19:08 Uhr",
 * "Aktualisiert am", "Updated", "Mis à jour le".
 */
export const EDITED_TIME =
  /^\s*(?:last\s+)?(?:updated|modified|edited|editiert|bearbeitet|aktualisiert|geändert|mis à jour|actualizad[oa])(?!\p{L})/iu;

/** A <time>'s text opening with a publication's label: "Erstellt am", "Veröffentlicht", "Posted". */
const PUBLISHED_TIME =
  /^\s*(?:erstellt|veröffentlicht|publiziert|erschienen|published|posted|created|publié|publicado|pubblicato)(?!\p{L})/iu;

/**
 * The times (datetime as written) that a <time> prints under an edit's label: a declaration of
 * that very instant dates the page's last edit, not its publication (0a12df42, zeit.de: its
 * datePublished 2019-10-19T19:08:22+02:00 is the <time> printed "Editiert am 19. Oktober 2019,
 * 19:08 Uhr"; the story's own day, "16. Oktober", is printed by script).
 */
function editedInstants(c: Collected): Set<string> {
  const instants = (label: RegExp) =>
    c.times
      .filter((t) => label.test(toText(t.element)))
      .flatMap((t) => str(t.element.properties.dateTime)?.trim() ?? []);
  // Not an instant also printed as the publication's: gofeminin.de's "Erstellt am 01.01.23 um
  // 08:35, geändert am 01.01.23 um 08:35" is a story never edited.
  const published = new Set(instants(PUBLISHED_TIME));
  return new Set(instants(EDITED_TIME).filter((raw) => !published.has(raw)));
}

function resolveDate(
  c: Collected,
  ld: JsonLdFacts,
  zone: string | null,
  edited: Set<string>,
): PageMetadata['date'] {
  let coarse: PageMetadata['date'] = null;
  const tries = dateDeclarations(c, ld);
  for (const [i, [raw, from]] of tries.entries()) {
    const date = raw ? declaredDate(raw, from) : null;
    if (!date || !raw) continue;
    // An undated article is better than one dated by its last edit.
    if (edited.has(raw.trim())) continue;
    // A year or a month alone gives way to a later declaration of the day: link.springer.com's
    // first datePublished microdata, "1988", is a cited work's, its dc.date the article's.
    if (date.precision !== 'day') {
      coarse ??= date;
      continue;
    }
    const asPrinted = printsDay(c, raw, date.value);
    const local = asPrinted ? null : localDay(raw, declaredTimes(c, ld), zone);
    const day = local ?? date.value;
    // The other declarations in the head's vocabularies (a <time> may be another story's), the
    // modification's day too: the extractor takes one only where the text prints it outside an
    // update's label (vox.com's parsely date is its "Updated Jul 24, 2018"; utopia.de's,
    // wdr.de's and womenshealth.de's article:published_time or DC.Date, the day they print as
    // published, is their dateModified's, their JSON-LD datePublished days before it).
    // Of the <time> elements (one may be another story's), the first that prints its own day
    // where it is the page's first <time> outside asides: heizung.de's "09.03.2022" under its
    // headline, its article:published_time 2022-11-17 printed nowhere. A later one is a list's
    // (Readability's wikia: the story's <time> prints "8h", the next a related post's
    // "February 15, 2017"); the header's <time> lost 2gewinnt.wordpress.com's and
    // businessjargons.com's right dates and won none.
    const storyTime = firstPrintedTimeLeads(c);
    const others = new Set<string>();
    for (const [otherRaw, otherFrom, otherIsTime] of tries.slice(i + 1)) {
      const candidate = otherRaw && (!otherIsTime || (otherFrom === PRINTED_TIME && storyTime));
      const other = candidate ? declaredDate(otherRaw, '') : null;
      if (other?.precision === 'day' && other.value !== day) others.add(other.value);
    }
    // A UTC time whose readers' zone is not known: the day before or after it may be the one
    // the page prints (otherReaderDays), which the extractor takes where the UTC day is
    // printed nowhere (printedInstead).
    if (!asPrinted && local === null) for (const d of otherReaderDays(raw)) others.add(d);
    return { ...date, value: day, ...(others.size ? { others: [...others] } : {}) };
  }
  return coarse;
}

/**
 * A <time> declaring `raw` prints `day` as its text: the page shows readers the day as written
 * (talent.ch's "2019-12-26T23:07:45+00:00" printed "26/12/2019", a site kept in UTC).
 */
function printsDay(c: Collected, raw: string, day: string): boolean {
  return c.times.some(
    (t) =>
      str(t.element.properties.dateTime)?.trim() === raw.trim() &&
      printedAs(toText(t.element), day),
  );
}

/** `text` prints `day` (YYYY-MM-DD): in words, or in numbers day first or month first. */
function printedAs(text: string, day: string): boolean {
  if (declaredDate(text, 'printed')?.value === day) return true;
  const [y = '', m = '', d = ''] = day.split('-');
  const year = `(?:${y}|${y.slice(2)})`;
  const [mm, dd] = [Number(m), Number(d)];
  return new RegExp(
    String.raw`(?:^|\D)(?:0?${dd}[./-]0?${mm}[./-]${year}|0?${mm}/0?${dd}/${year})(?:\D|$)`,
  ).test(text);
}

/** Every time the page declares (JSON-LD, <meta>, <time datetime>), for localDay's twins. */
function declaredTimes(c: Collected, ld: JsonLdFacts): string[] {
  const metas = [...c.meta.entries()]
    .filter(([key]) => /date|time|pub/i.test(key))
    .flatMap(([, values]) => values);
  const times = c.times.flatMap((t) => str(t.element.properties.dateTime) ?? []);
  return [ld.published ?? '', ld.modified ?? '', ...metas, ...times].filter(Boolean);
}

function resolveUrl(raw: string | null, base: string | null): string | null {
  if (!raw?.trim()) return null;
  try {
    const url = base ? new URL(raw.trim(), base) : new URL(raw.trim());
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** The declarations the site's name is read from ("<title>": the site part of the <title>). */
export type SiteNameFrom = 'og:site_name' | 'json-ld publisher' | 'json-ld WebSite' | '<title>';

/**
 * Reads a parsed page's declared metadata. `baseUrl` is the page's own address where it is
 * known (a WARC record's target URI), against which a relative canonical link is resolved.
 */
export function pageMetadata(tree: Root, baseUrl: string | null = null): PageMetadata {
  const c = collect(tree);
  const warnings: string[] = [];
  const ld = readJsonLd(c.jsonLd, warnings);
  const meta = <K extends string>(keys: readonly K[]) => firstMeta(c.meta, keys);
  const siteName: Declared<string, SiteNameFrom> | null =
    meta(['og:site_name']) ??
    (ld.publisher ? { value: ld.publisher, from: 'json-ld publisher' } : null) ??
    (ld.siteName ? { value: ld.siteName, from: 'json-ld WebSite' } : null) ??
    (c.title && splitSiteName(c.title).site
      ? { value: splitSiteName(c.title).site as string, from: '<title>' }
      : null);
  const authors = cleanAuthors(resolveAuthors(c, ld));
  const base = resolveUrl(c.base, baseUrl) ?? baseUrl;
  const modified =
    ld.modified ??
    meta(['article:modified_time', 'og:updated_time', 'datemodified'])?.value ??
    null;
  const itemLanguage = c.itemprops.get('inlanguage')?.[0];
  const language =
    ld.language ??
    (c.lang?.trim() || null) ??
    meta(['content-language', 'og:locale', 'dc.language'])?.value ??
    (itemLanguage ? itempropValue(itemLanguage) : null);
  const canonicalUrl =
    resolveUrl(c.canonical, base) ??
    resolveUrl(meta(['og:url'])?.value ?? null, base) ??
    resolveUrl(ld.url, base);
  const { headline, titles } = resolveHeadline(c, ld, siteName, authors?.value ?? null);
  const edited = editedInstants(c);
  return {
    headline,
    title: c.title,
    titles,
    siteName,
    authors,
    byline: authors ? bylineOf(authors.value) : null,
    date: resolveDate(c, ld, pageZone(language, canonicalUrl ?? base), edited),
    modified,
    saved: savedDate(c, edited),
    section: ld.section ?? meta(['article:section', 'parsely-section'])?.value ?? null,
    language,
    canonicalUrl,
    publisher: ld.publisher,
    metaPublisher: meta(['dc.publisher', 'dcterms.publisher'])?.value ?? null,
    description: meta(['description', 'og:description', 'dc:description'])?.value ?? null,
    jsonLdTypes: ld.types,
    warnings,
  };
}

/**
 * Parses HTML text into the tree pageMetadata reads: parse5's spec-compliant parse, turned into
 * hast without source positions (hast-util-from-html records them and reports parse errors, which
 * took it 1.5 to 3 times as long on Readability's 130 pages; nothing here needs a position).
 */
export function parseHtml(html: string): Root {
  return fromParse5(parse(html)) as Root;
}
