// Metadata reader: a page's own note that it was first published earlier than the day it prints
// ("Cet article, initialement publié en avril 2017, a fait l'objet d'une mise à jour", "Last
// updated 04 Jun 2020, originally created 17 Jun 2019"). The day printed in the header is then
// the republication's or the update's, not the story's (issue 21: an undated article is better
// than a wrong date; issue 22: a dateModified never dates a page).

import { findDateSpan, wordsBesideDate } from '../normalize/dates.ts';
import type { DateKind } from '../normalize/dates.ts';
import type { ExtractState } from './state.ts';

/**
 * A note that the article was first published earlier: "Cet article, initialement publié en avril
 * 2017, a fait l'objet d'une mise à jour" (madame.lefigaro.fr), "Diesen Beitrag habe ich 2017
 * erstmals veröffentlicht" (backenmachtgluecklich.de), "originally published in 2019", "Last
 * updated 04 Jun 2020, originally created 17 Jun 2019" (pythonspeed.com), "publicado
 * originalmente".
 */
export const FIRST_PUBLISHED =
  /(?:initialement|originellement|d'abord|première fois)\s+publiée?|publiée?\s+(?:initialement|pour la première fois)|originally\s+(?:published|posted|created)|first\s+(?:published|posted)|(?:ursprünglich|erstmals|zuerst)\s+(?:veröffentlicht|erschienen|publiziert)|publicad[oa]\s+originalmente|originalmente\s+publicad[oa]/iu;

/** A note is a sentence or a dateline, not a paragraph that mentions a first publication. */
const NOTE_CHARS = 200;

const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** The years the text's first-published notes name (FIRST_PUBLISHED), each note's own. */
export function firstPublishedYears(texts: Iterable<string>): Set<string> {
  const years = new Set<string>();
  for (const text of texts) {
    if (text.length > NOTE_CHARS || !FIRST_PUBLISHED.test(text)) continue;
    for (const year of text.match(YEARS) ?? []) years.add(year);
  }
  return years;
}

/**
 * A dated note is a dateline, a few words besides its days: pythonspeed's "Last updated 04 Jun
 * 2020, originally created 17 Jun 2019" holds 5. A sentence is not read for its day: Readability's
 * medium-2 "Originally published at www.courtneykirchoff.com on November 18, 2011. Sadly this solo
 * post ..." names the day the text first appeared on another site, not the page's.
 */
const NOTE_WORDS = 8;

/** The day a dated note prints right after its first-published words ("originally created 17 Jun 2019"). */
function noteDay(text: string): ReturnType<typeof findDateSpan> {
  const note = FIRST_PUBLISHED.exec(text);
  if (!note || text.length > NOTE_CHARS) return null;
  const span = findDateSpan(text.slice(note.index + note[0].length));
  if (span?.precision !== 'day' || wordsBesideDate(text, span.span) > NOTE_WORDS) return null;
  return span;
}

const PRIORITY: Record<DateKind, number> = { published: 0, plain: 1, updated: 2 };

/**
 * In a dump, after every other date reader: where the page's text holds a first-published note,
 * - a page still undated is dated by the day the note prints (pythonspeed.com, whose only other
 *   day is its "Last updated", refused);
 * - the date read is given up where the note names only earlier years than its own
 *   (madame.lefigaro.fr prints "Le 19 février 2020", its modification, over a story its note
 *   says was first published in April 2017). A note that names the printed day's year too
 *   ("2017 erstmals veröffentlicht und zuletzt 2020 aktualisiert" over "17 Feb 2020", the day the
 *   site declares as published) does not contradict it: the same test as the HTML path's
 *   (html/declared.ts, firstPublishedIn).
 */
export function readFirstPublished(state: ExtractState): void {
  const texts = state.lines.map((l) => l.text.trim());
  const years = firstPublishedYears(texts);
  if (years.size === 0) return;
  if (state.meta.dates.length === 0) dateByNote(state.meta, texts);
  else if (laterThanNote(state.meta, years)) state.meta.dates.length = 0;
}

/** Dates an undated page by the first dated note (noteDay) among its lines' texts. */
function dateByNote(meta: ExtractState['meta'], texts: string[]): void {
  for (const text of texts) {
    const span = noteDay(text);
    if (!span) continue;
    const date = { value: span.value, precision: span.precision, from: text };
    meta.dates.push({ date, kind: 'published' });
    return;
  }
}

/** Whether the date read first (by PRIORITY) is of a later year than every year the notes name. */
function laterThanNote(meta: ExtractState['meta'], years: Set<string>): boolean {
  const first = [...meta.dates].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind])[0];
  const year = first?.date.value.slice(0, 4);
  return !!year && !years.has(year) && ![...years].some((y) => y > year);
}
