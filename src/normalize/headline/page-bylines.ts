// Bylines and names printed in a dump's header: whether a line opens with "By", the byline it
// holds, a name printed over its date, a name printed twice, and whether a short text names a
// person (compromise's people, or a name's shape). The headline's rules ask them to tell a
// headline from the byline under it; src/extract's byline readers ask them of saved pages too.

import { singleSpaced } from '../chrome.ts';
import { wordCount } from '../../text.ts';
import { findDate, findDateSpan } from '../dates.ts';
import { bylineOf, isName, PERSON, personDoc } from '../header.ts';
import { perDocument, perObject } from '../memo.ts';
import { type Line } from '../paragraphs.ts';
import nlp from '../../nlp.ts';
import { UI_WORDS, key, uiTokens, isUiKey, hasDumpMarker } from './page-furniture.ts';

/**
 * A name that may be a byline: name-like (header.ts isName), two to five words of which at most
 * the particles are not capitalized, and none of them navigation words ("Show More Results",
 * "Login Join", "All Sections" are menus set in title case).
 */
export function isBylineName(text: string): boolean {
  return bylineNameMemo(text);
}

const bylineNameMemo = perDocument(readsAsBylineName);

function readsAsBylineName(text: string): boolean {
  const trimmed = text.trim();
  // Names printed in capitals ("JOE HILDEBRAND") are read in title case.
  const name = trimmed === trimmed.toUpperCase() ? titleCased(trimmed) : trimmed;
  if (!isName(name) || hasDumpMarker(name)) return false;
  const folded = key(name);
  if (isUiKey(folded)) return false;
  const tokens = uiTokens(folded);
  if (tokens.length > 5) return false;
  // Half or more navigation words: "User Login", "News Home", "Follow GMA".
  if (tokens.filter((t) => UI_WORDS.has(t)).length * 2 >= tokens.length) return false;
  // All-capital runs of three and more words are menus ("NEWS SPORT WEATHER"); two capital
  // words may be a name printed in capitals ("JOE HILDEBRAND").
  return !(tokens.length >= 3 && trimmed === trimmed.toUpperCase());
}

/**
 * A byline opening "By" before a name, short: "By GILLIAN MOHNEY March 11, 2015 3:46 PM Good
 * Morning America" (11 words), "// By Arun Sai Krishnan • Nov 11, 2020"; not a sentence's
 * wrapped line ("by Richard A. Lupoff, which was published in 1973 in The Magazine of",
 * wikipedia-4's table).
 */
export function isSignedBy(text: string): boolean {
  return signedByMemo(text);
}

/** isSignedBy's answers: scoreCandidate asks of the two lines under each candidate. */
const signedByMemo = perDocument(readsAsSignedBy);

function readsAsSignedBy(text: string): boolean {
  if (!mayHoldBy(text)) return false;
  const plain = markdownPlain(singleSpaced(text)).replace(LEADING_MARKS, '');
  return BY.test(plain) && wordCount(plain) <= SIGNED_WORDS && pageBylineOf(text) !== null;
}

/**
 * BY's words followed by a space, anywhere in a line, emphasis marks left out. The plain text BY
 * is tested on is the line with characters taken out (escapes' backslashes, heading marks,
 * emphasis marks, leading marks) and runs of spaces made one: between two letters of a word only
 * "*" and "_" can have stood, and before the space after it only those too. A line without such a
 * word (most lines) is no signed byline, and is not made plain.
 */
const MAY_HOLD_BY = /(?:by|par|von|por|door|di)\s/i;

function mayHoldBy(text: string): boolean {
  return MAY_HOLD_BY.test(
    text.includes('*') || text.includes('_') ? text.replace(/[*_]/g, '') : text,
  );
}

/** Words of a signed byline at most (see isSignedBy). */
const SIGNED_WORDS = 12;

/**
 * Indexes of the page's signed bylines ("By GILLIAN MOHNEY ..."), remembered by the page's array
 * of lines: pageIndex and storiesUnderBylines each ask of the same page, every line of it (the
 * array is never changed once read; the answer is read only).
 */
export const signedBylines = perObject((lines: Line[]): readonly number[] => {
  // A loop, not flatMap: flatMap's one- and no-item lists were two arrays a line.
  const out: number[] = [];
  lines.forEach((line, j) => {
    // Read, not asked through isSignedBy's memo: each line's text is read here once a page, and
    // remembering it cost a hashed string and a Map entry a line (810,590 asks, 664,628 of them
    // first asks, on two passes over the 10-30 KB dumps: stop 44).
    if (line.text.length <= MAX_BYLINE_LINE && readsAsSignedBy(line.text)) out.push(j);
  });
  return out;
});

/** Longer lines are no bylines (and are not read: see singleSpaced in chrome.ts). */
const MAX_BYLINE_LINE = 200;

/** "By", as the corpora's French, German, Spanish, Portuguese, Dutch and Italian pages print it. */
const BY = /^(?:(?:written|posted|words|text|story)\s+)?(?:by|par|von|por|door|di)\s+/i;

/** A line that opens as a byline does: "By", "Written by", "par", "von"... */
export function opensWithBy(line: string): boolean {
  return BY.test(line.trim());
}

function titleCased(name: string): string {
  return name.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());
}

/**
 * A byline as pages print it around the headline, with a date, a handle or a site beside the
 * name: "By JEFFREY GETTLEMAN JAN. 13, 2017", "Dan Goodin - Apr 16, 2015 8:02 pm UTC",
 * "// By Arun Sai Krishnan • Nov 11, 2020", "by Ahiza Garcia @ahiza_garcia February 1, 2016",
 * "Devindra Hardawar, @devindra". Without "By" the name must be a person's and something must
 * stand beside it. Names in capitals are given in title case.
 */
export function pageBylineOf(line: string): string | null {
  return pageBylineMemo(line);
}

const pageBylineMemo = perDocument(readPageByline);

function readPageByline(line: string): string | null {
  if (line.length > MAX_BYLINE_LINE) return null;
  let text = markdownPlain(singleSpaced(line)).replace(LEADING_MARKS, '');
  // "Ayn Rand, Rand Paul (Credit: AP/...)" (salon-1), "Cristina Gil Lladanosa, at the lab |
  // photo by Joan Bardeletti" (keep-images): a picture's caption names who is in it.
  if (CAPTION.test(text)) return null;
  const span = findDateSpan(text, true);
  // "on March 10, 2015 by Nikhil Marathe": the date cut out leaves its "on" before "by".
  if (span) text = text.replace(span.span, ' ').replace(DATE_LEAD, '');
  const by = BY.exec(text);
  // A line that starts with "By" is read however long the words after the name run ("By Alex
  // Heath, a deputy editor and author of the Command Line newsletter. He's covered ...").
  if (!by && wordCount(text) > 16) return null;
  // After "By", a bracket closes the name ("by Eleanor Ainge Roy (reporting) and ...",
  // guardian-1); without it, "Name (ao centro) recebe ..." is a photo caption (folha).
  const rest = by ? (text.slice(by[0].length).split('(')[0] ?? '') : text;
  const parts = rest.split(
    /\s*[|•·,;—–]\s*|\s+-\s+|\s*@|\s+\d|\s+(?:on|updated|published|le|el|am)\s/i,
  );
  // "By Erin Cunningham March 18 at 3:57 PM": a date without a year is cut at its day.
  const first = doubledName((parts[0] ?? '').replace(MONTH_AT_END, '').trim());
  if (!first) return null;
  const name = first === first.toUpperCase() ? titleCased(first) : first;
  if (!isBylineName(name)) return null;
  if (by) return name;
  // Beside a name stand short items (a date, a handle, a site); a sentence after its comma is a
  // caption ("Wade Bassi, skipper and co-owner of the 106-year-old halibut fishing vessel
  // Polaris, stands near", seattletimes-1).
  const besides = rest.slice(rest.indexOf(first) + first.length);
  if (/^\P{L}*\p{Ll}/u.test(besides) && wordCount(besides) > MAX_BESIDE_WORDS) return null;
  // The date cut out stood beside the name ("Mike Conley December 18, 2020",
  // firefox-nightly-blog).
  const beside = span !== null || (parts.length > 1 && rest.trim() !== first);
  return beside && isKnownPerson(name) ? name : null;
}

/**
 * What a dateline prints before its date, left when the date is cut out: "on March 10, 2015 by
 * Nikhil Marathe" (002), "Tuesday 15 October 2019 by Bradley M. Kuhn" (ebb-org).
 */
const DATE_LEAD =
  /^\s*(?:(?:posted|published)\s+)?(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?/i;

/** A month's name or abbreviation ending the name part; not "Marathe" (002's Nikhil Marathe). */
const MONTH_AT_END =
  /\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Words beside a name without "By" past which a lower-case apposition is a caption. */
const MAX_BESIDE_WORDS = 6;

/** A photo credit or caption marker. */
const CAPTION = /\b(?:credit|photo(?:graph)?|image|picture)s?\s*:|\bphoto(?:graph)?\s+by\b/i;

/**
 * html2text's Markdown around a byline: "Dan Goodin \\- Apr 16, 2015" (ars-1), "######  _By_
 * Joshua Sokol" (quanta-1): escapes, heading marks and emphasis dropped.
 */
function markdownPlain(text: string): string {
  return text
    .replace(/\\([-*_#.!+`])/g, '$1')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/(\*\*|__|[*_])(\S[^*_]*?)\1/g, '$2');
}

/**
 * What dumps print before a name in a list of header items: a bullet, a number ("1. Sarah
 * Archer", citylab-1), a lynx link number or a w3m image's alt text in brackets ("[6eef5bc5-c]
 * James Akinaka • 8h", wikia).
 */
export const LEADING_MARKS = /^(?:(?:\/\/|[•*·●□+-]|\d{1,2}\.(?!\d)|\[[^\]\s]{1,40}\])\s*)+/u;

/**
 * "Aleš Vávra Aleš Vávra" (an author's photo's alt text, then the name: aktualne) is one name,
 * as is the end of "Backchannel Joseph Cox Joseph Cox" (a publication, then the same; lynx).
 */
export function doubledName(text: string): string {
  const words = text.split(' ');
  for (let half = Math.floor(words.length / 2); half >= 2; half--) {
    const a = words.slice(-2 * half, -half).join(' ');
    if (a === words.slice(-half).join(' ')) return a;
  }
  return text;
}

/**
 * A name alone on a header line, the line under it a dateline: the byline of sites that print
 * the author's name and the date as two items ("• Hazel Sheffield" / "• Friday 25 December
 * 2015", bug-1255978; "NATALIYA VASILYEVA" / "Associated PressDecember 2, 2016", yahoo-2;
 * "Mama Robotnik" / "9/11/13 10:00AM", lazy-image-2). `next` is the next non-empty line.
 */
export function nameOverDate(line: string, next: string): string | null {
  if (line.length > 60) return null;
  const text = doubledName(
    singleSpaced(line)
      .replace(LEADING_MARKS, '')
      .replace(/,\s*@\w+$/, ''),
  );
  const name = text === text.toUpperCase() ? titleCased(text) : text;
  // A title in title case is no name: "On Recent Controversial Events" (ebb-org, its dateline
  // under it) starts with a preposition, as names never do.
  if (!isBylineName(name)) return null;
  const after = singleSpaced(next).replace(LEADING_MARKS, '');
  // The cheap tests first, the tagger (nlp) last: every test is a pure function of the two
  // lines and all must pass, so their order does not change the answer.
  if (after.length > 80 || !(findDate(after) !== null || TIME_STAMP.test(after))) return null;
  // A dateline with its own byline ("on March 10, 2015 by Nikhil Marathe") names the author;
  // the line above it is a menu item (002's "• Newer Article").
  const named =
    pageBylineOf(after) !== null || bylineOf(after) !== null || /\bby\s+\p{Lu}/u.test(after);
  if (named || nlp(name).terms().first().has(FUNCTION_WORD)) return null;
  return name;
}

const FUNCTION_WORD = nlp.parseMatch('(#Preposition|#Determiner|#Conjunction|#Pronoun)');

/**
 * A date or time as a dateline prints it without a full date: "9/11/13 10:00AM", "1:39 PM ET",
 * "8h", and a time ago in the corpora's languages: "2 hours ago", Czech "před 2 hodinami"
 * (aktualne), German "vor 2 Stunden", French "il y a 2 heures", Spanish "hace 2 horas",
 * Portuguese "há 2 horas".
 */
const TIME_STAMP =
  /^(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\d{1,2}:\d{2}\s*(?:am|pm)\b|\d{1,2}\s*(?:h|hours?|min|minutes?|days?)\s+ago\b|(?:před|vor|il y a|hace|há)\s+\d{1,2}\s+\p{L}+$)/iu;

/**
 * A name alone on a line of a page dump is taken for the byline only when compromise knows it
 * for a person's ("Courtney Kirchoff", "Vincent Vallet"): section labels in title case ("Tech
 * Industry", "Marketing Strategy", "Games Editor") are name-like too, and a dump has many.
 */
export function isKnownPerson(name: string): boolean {
  return knownPersonMemo(name);
}

/** isKnownPerson's answers: compromise's tagging is the costliest test a header line gets. */
const knownPersonMemo = perDocument(readsAsKnownPerson);

function readsAsKnownPerson(name: string): boolean {
  return isBylineName(name) && (personDoc(name)?.has(PERSON) ?? false);
}
