// The page's metadata (src/html/metadata.ts): the publication date, from its declarations in
// order of trust and the page's printed <time>s, with the day the page was saved and the
// instants it was edited.

import { type Collected, MAX_MARKED_DATE_CHARS, propertyTokens, str } from './collect.ts';
import type { JsonLdFacts } from './json-ld.ts';
import type { PageMetadata } from '../metadata.ts';
import { declaredDate, itempropValue } from './meta.ts';
import { localDay, otherReaderDays } from '../local-day.ts';
import { singleSpaced } from '../../normalize/chrome.ts';
import { toText } from 'hast-util-to-text';

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
export function savedDate(c: Collected, edited: Set<string>): string | null {
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
export function editedInstants(c: Collected): Set<string> {
  const instants = (label: RegExp) =>
    c.times
      .filter((t) => label.test(toText(t.element)))
      .flatMap((t) => str(t.element.properties.dateTime)?.trim() ?? []);
  // Not an instant also printed as the publication's: gofeminin.de's "Erstellt am 01.01.23 um
  // 08:35, geändert am 01.01.23 um 08:35" is a story never edited.
  const published = new Set(instants(PUBLISHED_TIME));
  return new Set(instants(EDITED_TIME).filter((raw) => !published.has(raw)));
}

export function resolveDate(
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
