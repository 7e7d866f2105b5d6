// The page's metadata (src/html/metadata.ts) from its JSON-LD blocks: the objects parsed,
// their schema.org types, and the article's (or the page's own object's) headline, authors,
// dates, publisher and language.

import { fromParse5 } from 'hast-util-from-parse5';
import { isUrl } from './meta.ts';
import { parseFragment } from 'parse5';
import { singleSpaced } from '../../normalize/chrome.ts';
import { str } from './collect.ts';
import { toText } from 'hast-util-to-text';

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

export interface JsonLdFacts {
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
export function text(v: Json | undefined): string | null {
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

export function readJsonLd(blocks: string[], warnings: string[]): JsonLdFacts {
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
