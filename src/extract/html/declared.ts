// What the page declares, read against what it prints (src/extract/html.ts readPage and
// htmlDocument): a site or page object declared as the author set aside for the byline the page
// prints, the site's name from <title>, and the page's date (declared, else printed) with the
// days the page prints and how.

import { findDateSpan, isForeignDateLine, publishedBefore } from '../../normalize/dates.ts';
import { namesBesideSite } from '../html-byline-forms.ts';
import { declaredDate, type PageMetadata } from '../../html/metadata.ts';
import type { ExtractedDate } from '../../types.ts';
import { pickDate } from '../dateline.ts';
import { firstPublishedYears } from '../first-published.ts';
import { isSiteAuthor } from '../site-author.ts';
import type { ExtractState } from '../state.ts';
import { pageHost } from './shared.ts';
import type { HtmlBlock } from '../html-front-end.ts';
import { tokensOf } from '../html-classify.ts';
import { matchKey } from '../../text.ts';

/**
 * A site declared as the author gives way to a byline the page prints (its name is kept when
 * the page prints none). Not the JSON-LD publisher: a personal blog's publisher is its author
 * (rete-mirabile.net's Andreas Kalt). A meta tag's publisher is (DC.publisher "Auto Illustrierte"
 * declared as petri-heil.ch's author too, over "Text & Fotos: Ivan Valetny"). A page object's
 * declared author (json-ld page author) gives way too: legrandcontinent.eu's WebPage names its
 * editor, the story's foot its writer. A declared author the page prints only as its pictures'
 * credit is set aside too (pictureCreditOnly). Either is set aside (the byline emptied) and
 * returned.
 */
export function setAsideDeclaredAuthor(
  state: ExtractState,
  declared: PageMetadata,
  blocks: HtmlBlock[],
): { siteAuthor: string | null; pageAuthor: string | null } {
  const { meta } = state;
  const sites = [meta.source, pageHost(declared.canonicalUrl), declared.metaPublisher];
  const siteAuthor =
    meta.byline !== null &&
    ((isSiteAuthor(meta.byline, sites) && !namesBesideSite(declared.authors?.value ?? [], sites)) ||
      pictureCreditOnly(meta.byline, blocks))
      ? meta.byline
      : null;
  if (siteAuthor !== null) meta.byline = null;
  const pageAuthor = declared.authors?.from === 'json-ld page author' ? meta.byline : null;
  if (pageAuthor !== null) meta.byline = null;
  return { siteAuthor, pageAuthor };
}

/** Class and id tokens of a picture's credit line ("imgCourtesy", "photo-credit"). */
const PICTURE_CREDIT_TOKENS = new Set(['courtesy', 'credit', 'credits', 'copyright', 'caption']);

/** Class and id tokens of a byline's element: a name there is the story's writer's. */
const BYLINE_TOKENS = /^(?:byline|bylines|author|authors|autor|autoren|auteur|writer)$/;

/**
 * Whether `block` is a picture's credit: its element or one of its two nearest ancestors is a
 * figure's caption or marked as a credit, and no element above it is marked as the byline
 * (wired.com's p.byline inside a header's rubric block; the Independent's li.author in
 * ul.caption-meta, a caption row under the headline).
 */
function inPictureCredit(block: HtmlBlock): boolean {
  const near = block.ancestors.slice(-3);
  const credit = near.some(
    (a) => a.tagName === 'figcaption' || tokensOf(a).some((t) => PICTURE_CREDIT_TOKENS.has(t)),
  );
  return credit && !block.ancestors.some((a) => tokensOf(a).some((t) => BYLINE_TOKENS.test(t)));
}

/**
 * The declared author is printed, and printed only as its pictures' credit: economictimes.com's
 * JSON-LD author "Agencies" is the text of each slide's div.imgCourtesy alone, while the byline
 * under the headline prints the desk ("ET Online |", the reference). The name the page shows
 * under its pictures credits them, not the story; it stands where the page prints no byline.
 */
function pictureCreditOnly(author: string, blocks: HtmlBlock[]): boolean {
  const key = matchKey(author);
  // Only a block about as long as the name may print it alone (a key made of each block's text
  // would cost every page that declares an author).
  const short = (b: HtmlBlock) => b.text.length <= author.length + 8;
  const printing = blocks.filter((b) => short(b) && matchKey(b.text) === key);
  return printing.length > 0 && printing.every(inPictureCredit);
}

/**
 * The declared publication date (never a modification date: src/html/metadata.ts); with none
 * declared, the one the text path's readers found in the header.
 */
export function pageDate(state: ExtractState, declared: PageMetadata): ExtractedDate | null {
  const date = declared.date;
  const saved = declared.saved ? declaredDate(declared.saved, 'last saved') : null;
  if (date) {
    // The last-saved day (a bare "date" or dcterms.date) may stand in too, as any other
    // declaration: only where the text prints it and not the declared one (drk.de's itemprop
    // datePublished 27.10 printed only as a raw stamp, its dcterms.date 28.10 as "Berlin,
    // 28.10.2021").
    const others = new Set(date.others ?? []);
    if (saved?.precision === 'day' && saved.value !== date.value) others.add(saved.value);
    const instead = printedInstead(state, date.value, [...others]);
    const value = instead && !firstPublishedIn(state, date.value, instead) ? instead : date.value;
    return {
      value,
      precision: date.precision,
      from: `${date.from}: ${date.declared}`,
      markup: true,
    };
  }
  const found = pickDate(state);
  // A day printed after the page was last saved is not its publication but an upcoming
  // event's (vinosytapas.de, saved 2020-02-11, its "Veranstaltungen" teaser "29.02.2020 18:00
  // Uhr"): the page is dated by its save as where it prints no day.
  const printed =
    found?.precision === 'day' && saved?.precision === 'day' && found.value > saved.value
      ? null
      : found;
  // A page that declares no publication and prints no date is dated by its last save
  // (PageMetadata.saved): lexikon.huettenhilfe.de's <meta name="date">. A dateModified never
  // dates a page (issue 22).
  if (printed || !saved) return printed;
  return { value: saved.value, precision: saved.precision, from: `last saved: ${saved.declared}` };
}

/**
 * Where the page's declarations of its publication day disagree, the one other day its text
 * prints when the first declared is printed nowhere: readers were shown that day
 * (outdoor-magazin.com, utopia.de, womenshealth.de, wdr.de: a JSON-LD datePublished days off
 * the article:published_time or Dublin Core date the page prints). Where the first declared is
 * printed only as another's (an update's "Zuletzt geändert am: 15.10.2021"), the one day printed
 * as published (caritas.de's "Erschienen am: 13.10.2021", whose DC.date is its last change).
 * Null to keep the first.
 */
function printedInstead(state: ExtractState, day: string, others: string[]): string | null {
  const printed = printedDays(state);
  const as = (kind: PrintedAs) => new Set(printed.filter((p) => p.as !== kind).map((p) => p.day));
  const shownAsStory = as('other');
  if (shownAsStory.has(day)) return null;
  const shown = others.filter((other) => shownAsStory.has(other));
  if (shown.length === 1) return shown[0] ?? null;
  if (!printed.some((p) => p.day === day)) return null;
  const published = new Set(printed.filter((p) => p.as === 'published').map((p) => p.day));
  return published.size === 1 ? ([...published][0] ?? null) : null;
}

/**
 * The page prints a note that it was first published in the year of the first declared day, and
 * not in the year of the day printed instead: the page was republished (madame.lefigaro.fr's
 * article:published_time 2017-04-12, its itemprop datePublished, dateModified and printed day
 * "Le 19 février 2020" the republication's), and the first publication is the page's date.
 */
function firstPublishedIn(state: ExtractState, day: string, instead: string): boolean {
  const years = firstPublishedYears(state.lines.map((line) => line.text));
  return years.has(day.slice(0, 4)) && !years.has(instead.slice(0, 4));
}

type PrintedAs = 'published' | 'other' | 'plain';

/** A label alone on the line above a date ("Erschienen am:"): a few words, no figures. */
const LABEL_ABOVE = /^[\p{L}\s.]{2,40}:?\s*$/u;

/**
 * Each day the text prints and as what: after a publication label (publishedBefore), as
 * another's (isForeignDateLine: an update's "Aktualisiert am ...", a caption's), or plain. The
 * label may stand on the line above, its element's own (caritas.de's <dt>Zuletzt geändert am:</dt>
 * over <dd>15.10.2021</dd>).
 */
function printedDays(state: ExtractState): { day: string; as: PrintedAs }[] {
  return state.lines.flatMap((line, i) => {
    const span = findDateSpan(line.text);
    if (!span || span.precision !== 'day' || isMachineStamp(line.text, span.span)) return [];
    const before = line.text.slice(0, line.text.indexOf(span.span));
    const above = state.lines[i - 1]?.text ?? '';
    const label = !before.trim() && LABEL_ABOVE.test(above) ? `${above.trim()} ` : '';
    const labelled = label + line.text;
    const as: PrintedAs = isForeignDateLine(labelled, true)
      ? 'other'
      : publishedBefore(label + before)
        ? 'published'
        : 'plain';
    return [{ day: span.value, as }];
  });
}

/**
 * The date is a raw machine stamp ("2021-10-27T20:35:36+01:00", a <time> printing its own
 * datetime on drk.de): no reader is shown a day in words or figures, so it does not count as the
 * day printed.
 */
function isMachineStamp(text: string, span: string): boolean {
  const after = text.slice(text.indexOf(span) + span.length);
  return /^\d{4}-\d{2}-\d{2}$/.test(span.trim()) && /^T\d{2}:\d{2}/.test(after);
}

/**
 * The site's name where <title> is the headline and the name ("Budget passes | The Town Crier",
 * "The Town Crier - Budget passes"), for a page that declares no site name. A name is short (at
 * most 6 words); anything else beside the headline is not taken for one.
 */
export function siteFromTitle(pageTitle: string | null, headline: string | null): string | null {
  if (!pageTitle || !headline) return null;
  const at = pageTitle.indexOf(headline);
  if (at < 0) return null;
  const separator = /^[\s|–—·»:-]+|[\s|–—·»:-]+$/g;
  const before = pageTitle.slice(0, at).replace(separator, '');
  const after = pageTitle.slice(at + headline.length).replace(separator, '');
  // The name stands on one side of the headline only.
  // "... [LWN.net]": the brackets are the title's, not the name's.
  const name = (before && after ? '' : before || after).replace(/^\[(.+)\]$/, '$1');
  return name && name.split(/\s+/).length <= 6 ? name : null;
}
