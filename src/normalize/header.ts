// Classifiers for the metadata lines around a story: bylines, credits, labelled fields
// ("Title: ...", "Source: ..."), kickers, mastheads and copyright lines. Each reads one line and
// says what it holds; normalize decides where in the file such a line may stand.

import nlp from '../nlp.ts';
import { singleSpaced } from './chrome.ts';
import { wordCount, OPENS_UPPER_CASE } from '../text.ts';

const NAME_PARTICLES = new Set([
  'de',
  'da',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'la',
  'le',
  'du',
  'and',
  '&',
]);

/** Two to six capitalized words, no digits or sentence punctuation: "Sandra Loyd", "Kim Soo-jin". */
export function isName(text: string): boolean {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 7 || text.length > 60) return false;
  if (!tokens.some((t) => /^\p{Lu}\p{Ll}/u.test(t))) return false; // "BANK OF ENGLAND" is no name
  return tokens.every(
    (t) => /^\p{Lu}[\p{L}'’.-]*$/u.test(t) || NAME_PARTICLES.has(t.toLowerCase()),
  );
}

/**
 * A name alone on a line under a headline is a byline only if it names a person: "Sandra Loyd",
 * not a venue ("Ewood Park" in a BBC match preview) or a team ("The All Blacks").
 */
export function isPersonName(text: string): boolean {
  return personDoc(text) !== null;
}

/**
 * compromise's reading of a person's name (isPersonName), or null: for callers that ask it more
 * of the name (headline.ts isKnownPerson), without parsing the name twice.
 */
export function personDoc(text: string): ReturnType<typeof nlp> | null {
  if (!isName(text) || /^the\s/i.test(text.trim())) return null;
  const doc = nlp(text);
  return !doc.has(PLACE) && !doc.has(ORGANIZATION) ? doc : null;
}

/**
 * compromise's tag tests, parsed once: given as a string, a test is parsed again on every call,
 * at about the cost of tagging the name itself (docs/figures.md).
 */
const PLACE = nlp.parseMatch('#Place');
const ORGANIZATION = nlp.parseMatch('#Organization');
export const PERSON = nlp.parseMatch('#Person');

/** Separators between a name and a site or a date in one line: "By X | Site", "Site • date". */
const SEPARATOR = /\s+[|•·–—/]\s+|\s+-\s+|\s*,\s+/;

const ROLE =
  /\b(?:writer|reporter|correspondent|editor|staff|contributor|columnist|journalist|analyst|producer|bureau)\b/i;

export interface Byline {
  name: string;
  site: string | null;
}

/**
 * "By X", "by X | Site", "Posted by X", "X, Staff Writer", "X, economics correspondent",
 * "X in Brussels". Returns null when the name part does not read as a name.
 */
/** Longer lines are never bylines (see bylineOf). */
const MAX_BYLINE_CHARS = 200;

export function bylineOf(line: string): Byline | null {
  const text = line.trim();
  // A byline is short. Few words can still be a long line (a run of 40,000 spaces between two
  // words), on which the "Name in Place" pattern below backtracks quadratically: 9 s and more.
  if (text.length > MAX_BYLINE_CHARS || wordCount(text) > 16) return null;
  const by = BY_LINE.exec(text);
  if (by?.[1]) {
    const [name = '', ...rest] = by[1].split(SEPARATOR);
    const site = rest.find(
      (part) => OPENS_UPPER_CASE.test(part) && !ROLE.test(part) && !/\d/.test(part),
    );
    return isName(name) ? { name: name.trim(), site: site?.trim() ?? null } : null;
  }
  const role = NAME_COMMA_ROLE.exec(text);
  if (role?.[1] && role[2] && ROLE.test(role[2]) && isName(role[1])) {
    return { name: role[1].trim(), site: null };
  }
  const place = NAME_IN_PLACE.exec(text);
  if (place?.[1] && isName(place[1])) return { name: place[1].trim(), site: null };
  return null;
}

// bylineOf's patterns, module constants: a literal is a new RegExp object each call, and bylineOf
// reads many lines a page (stop 48).
const BY_LINE = /^(?:by|posted by|written by|words by|text by|story by)[:\s]\s*(.+)$/i;
const NAME_COMMA_ROLE = /^(.+?),\s+(.{2,40})$/;
const NAME_IN_PLACE = /^(.+?)\s+in\s+(\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2})$/u;

/** "Reported by X for Y." (byline and the outlet), "Reporting by X; Editing by Y" (byline). */
export function creditOf(line: string): { byline: string | null; source: string | null } | null {
  // Single-spaced first: "by\s+(.{2,60}?)\s+for" backtracks cubically on a long run of spaces
  // ("Reported by" and 16,000 spaces took 53 s), and normalize asks this of every line.
  const text = singleSpaced(line);
  const reported = /^reported by\s+(.{2,60}?)\s+for\s+(.{2,80}?)(?:\.\s|\.$|;|$)/i.exec(text);
  if (reported?.[1] && reported[2] && isName(reported[1])) {
    return { byline: reported[1].trim(), source: reported[2].replace(/['’]s\s.*$/, '').trim() };
  }
  const reporting = /^\(?\s*reporting by\s+(.{2,60}?)\s*(?:[;,]|\)|$)/i.exec(text);
  if (reporting?.[1] && isName(reporting[1])) return { byline: reporting[1].trim(), source: null };
  return null;
}

export type FieldName = 'title' | 'date' | 'updated' | 'byline' | 'source' | 'section' | 'other';

const FIELD_KEYS: Record<string, FieldName> = {
  title: 'title', headline: 'title',
  date: 'date', published: 'date', 'date published': 'date', posted: 'date', 'first published': 'date',
  updated: 'updated', 'last updated': 'updated', modified: 'updated', 'last modified': 'updated',
  author: 'byline', authors: 'byline', by: 'byline', byline: 'byline', writer: 'byline',
  source: 'source', publication: 'source', publisher: 'source', 'published by': 'source',
  section: 'section', category: 'section', categories: 'section', desk: 'section',
  tags: 'other', tagged: 'other', keywords: 'other', topics: 'other', url: 'other', link: 'other',
  permalink: 'other', 'filed under': 'other', id: 'other', slug: 'other', words: 'other', length: 'other',
}; // prettier-ignore

/** "Title: ...", "source: ...", "Filed under: ..." as a scraper's labelled dump prints them. */
export function labelledField(line: string): { field: FieldName; value: string } | null {
  const match = /^\s*([A-Za-z][A-Za-z ]{0,20}?)\s*:\s+(.+)$/.exec(line);
  if (!match?.[1] || !match[2]) return null;
  const field = FIELD_KEYS[match[1].toLowerCase()];
  return field ? { field, value: match[2].trim() } : null;
}

/** A kicker or section label on a line of its own: "MARKETS", "MERGERS & ACQUISITIONS". */
export function isKicker(line: string): boolean {
  const text = line.trim();
  return text.length <= 30 && /^\p{Lu}{2,}(?:\s*[&/-]?\s*\p{Lu}{2,}){0,2}:?$/u.test(text);
}

/**
 * "The Harbour Times: Markets", "Asia Wire Review • Subscriber exclusive": a site name, a
 * separator, a short section label. Returns the site name.
 */
export function mastheadOf(line: string): string | null {
  const text = line.trim().replace(/^via\s+/i, '');
  const match = /^(.{2,40}?)\s*(?:[:|•·/]|\s[-–—])\s*(.{2,40})$/u.exec(text);
  if (!match?.[1] || !match[2]) return isSiteName(text) ? text : null;
  const [first, second] = [match[1].trim(), match[2].trim()];
  // "The Harbour Times: Markets" or, the other way round, "BUSINESS / The Lowland Examiner".
  if (wordCount(second) <= 3 && isSiteName(first)) return first;
  if (wordCount(first) <= 3 && isSiteName(second) && !isSiteName(first)) return second;
  return null;
}

/**
 * A site's name as mastheadOf reads one: a name, or "The" and a capital (a module function, not
 * a closure in mastheadOf: the build's transform names every closure bound to a name with a call
 * as it is made, stop 53).
 */
function isSiteName(s: string): boolean {
  return isName(s) || /^The\s\p{Lu}/u.test(s);
}

/** "© World Weekly Digest 2004", "Copyright 2005 The Harbour Times. All rights reserved." */
export function copyrightHolder(line: string): string | null {
  const match = /^\s*(?:©|\(c\)|copyright)\s*(?:©\s*)?(.+)$/i.exec(line);
  if (!match?.[1]) return null;
  const name = match[1]
    .replace(/\ball rights reserved\.?/i, '')
    .replace(/\b(?:19|20)\d{2}\b(?:\s*[-–]\s*(?:19|20)\d{2})?/g, '')
    // The lookbehind starts a match only where a run of these begins: without it every position
    // inside a long run of spaces is tried, each scanning to the run's end (quadratic).
    .replace(/(?<![.,;\s])[.,;\s]+$/, '')
    .replace(/^[.,;\s]+/, '')
    .trim();
  return name && wordCount(name) <= 6 && OPENS_UPPER_CASE.test(name) ? name : null;
}
