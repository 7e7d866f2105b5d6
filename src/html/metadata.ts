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
//
// This module is the order (pageMetadata) and the result's shape (PageMetadata); each step is a
// module of metadata/, in the order pageMetadata reads them: collect.ts (the tree walked once:
// <meta>, microdata, <time>, <title>, canonical, the JSON-LD blocks), json-ld.ts (the JSON-LD
// objects' facts), meta.ts (one declaration read: the first <meta> of several keys, a microdata
// value, a declared date), site-name.ts (the site's name and the title cut of it), headline.ts,
// authors.ts and dates.ts (each resolved from the declarations, most trusted first).

import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parse } from 'parse5';
import type { ExtractedDate } from '../types.ts';
import { pageZone } from './local-day.ts';
import { collect } from './metadata/collect.ts';
import { readJsonLd } from './metadata/json-ld.ts';
import { firstMeta, itempropValue } from './metadata/meta.ts';
import { declaredSiteName } from './metadata/site-name.ts';
import { type DeclaredHeadline, resolveHeadline } from './metadata/headline.ts';
import { type AuthorsFrom, bylineOf, cleanAuthors, resolveAuthors } from './metadata/authors.ts';
import { editedInstants, resolveDate, savedDate } from './metadata/dates.ts';
export { propertyTokens, someToken } from './metadata/collect.ts';
export { declaredDate } from './metadata/meta.ts';
export { siteNameCut } from './metadata/site-name.ts';
export { type HeadlineFrom, type DeclaredHeadline } from './metadata/headline.ts';
export { type AuthorsFrom, bylineOf } from './metadata/authors.ts';
export { EDITED_TIME } from './metadata/dates.ts';

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
  const siteName = declaredSiteName(c, ld);
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
