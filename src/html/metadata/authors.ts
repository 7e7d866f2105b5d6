// The page's metadata (src/html/metadata.ts): the authors, from JSON-LD, Dublin Core,
// <meta name=author>, article:author, microdata and rel=author, cleaned of handles, degrees,
// CMS accounts and other credits.

import type { Collected } from './collect.ts';
import type { Declared } from '../metadata.ts';
import type { JsonLdFacts } from './json-ld.ts';
import { isUrl, itempropAuthor } from './meta.ts';
import { singleSpaced } from '../../normalize/chrome.ts';
import { wordCount } from '../../text.ts';

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

export function resolveAuthors(
  c: Collected,
  ld: JsonLdFacts,
): Declared<string[], AuthorsFrom> | null {
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
export function cleanAuthors(
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
