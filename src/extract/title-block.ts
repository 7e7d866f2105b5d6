// Metadata reader: the headline, and the lines just under it (a repeat of it, the byline name,
// the standfirst). A masthead ("The Harbour Times: Markets") above another candidate names the
// site instead; a name alone under the headline is the byline; a sentence without a full stop
// under it is the standfirst.

import { wordCount, OPENS_LOWER_CASE } from '../text.ts';
import { spacesCollapsed } from '../normalize/chrome.ts';
import { isPersonName, mastheadOf } from '../normalize/header.ts';
import {
  breadcrumbEnd,
  domainMastheadOf,
  isBylineName,
  isHeaderText,
  isKnownPerson,
  isPageFurniture,
  splitSiteName,
  stripHeadingMarks,
} from '../normalize/headline.ts';
import type { Line } from '../normalize/paragraphs.ts';
import { continuesAbove, continuesBelow, firstBodyLine, isTitleLike } from './shape.ts';
import { takeStandfirst } from './standfirst.ts';
import {
  namesByline,
  PLACEHOLDERS,
  postTitleUnderDateline,
  titleOpeningStory,
} from './post-header.ts';
import { HEAD_LINES, openLines, remove, type ExtractState, type PageHeader } from './state.ts';

/** In a dump, the standfirst or byline is one of the first lines under the headline. */
const STANDFIRST_LINES = 3;

/** A dump's headline, found by src/normalize/headline.ts, with a site name after it cut off. */
export function takePageHeadline(state: ExtractState): void {
  const headline = state.page?.headline;
  if (!headline) return;
  const split = splitSiteName(headline.text);
  const { headline: title, site } =
    split.site !== null && namesSite(state, headline.lines, split)
      ? split
      : { headline: headline.text, site: null };
  state.meta.title = title;
  state.meta.source ??= site;
  for (const line of headline.lines) remove(state, line, 'headline');
}

/**
 * The part after a dump headline's last separator is the site's name when the page prints that
 * name elsewhere too (its masthead, logo or copyright line), without the headline; a subtitle
 * is printed with its headline only, and one that goes on in lower case continues it ("Hund
 * vertreibt Einbrecher – Zeugenaufruf", "Luftfahrtbranche hebt nach Corona ab - und FACC
 * profitiert", trafilatura's pages, where such subtitles were cut as site names).
 */
function namesSite(
  state: ExtractState,
  headlineLines: Line[],
  split: { headline: string; site: string | null },
): boolean {
  const site = split.site ?? '';
  if (site === '' || OPENS_LOWER_CASE.test(site)) return false;
  if (DOMAIN_NAME.test(site)) return true;
  const name = site.toLowerCase();
  const own = split.headline.toLowerCase();
  const taken = new Set(headlineLines.map((l) => l.n));
  // A line of over 2,000 characters (html2text prints a paragraph a line) is not read: speed.
  return state.lines.some((l, i) => {
    if (taken.has(l.n) || l.text.length > 2000) return false;
    const text = l.text.toLowerCase();
    return (
      text.includes(name) &&
      !text.includes(own) &&
      printsApart(text, name) &&
      !wrappedPrintOf(state.lines[i - 1], l, own) &&
      !printsHeadlineTail(text, own)
    );
  });
}

/**
 * The line prints the headline's last words too: another print of the headline, worded a little
 * otherwise, with its rest (a picture's alt text "Skibergestiegen: Schnell und leicht mit den
 * C.A.M.P. - Neuheiten" with a typo over the <h1> "Skibergsteigen: ... - Neuheiten",
 * bergsteigen.com in each tool, where " - Neuheiten" was cut as the site's name). A masthead,
 * logo or copyright line names the site without the headline's words. The tail must be
 * TAIL_CHARS long: a word or two may stand in any line.
 */
function printsHeadlineTail(text: string, own: string): boolean {
  const tail = own.split(/\s+/).slice(-TAIL_WORDS).join(' ');
  return tail.length >= TAIL_CHARS && text.includes(tail);
}

/** The headline's last words read for another print of it (bergsteigen's "mit den c.a.m.p."). */
const TAIL_WORDS = 3;
/** ... of this many characters at least. */
const TAIL_CHARS = 12;

/**
 * A site's name by its shape: a host name after the headline's last separator ("Was wir über uns
 * nicht hören wollen | FASSETTE.NET", interscenar in each tool, whose page prints the name
 * nowhere else apart; "Fassette" alone). Capitalized (namesSite's first test): no headline ends
 * on a lower-case file name.
 */
const DOMAIN_NAME = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,6}$/u;

/**
 * The line ends a print of the whole headline the dump wrapped onto it from the line right over
 * it: a breadcrumb trail whose last item is the headline ("Sie sind hier:» Home » ... » Neuartige
 * Feuerlöschtechnik," / "alternative Grillkohle und Redox-Flow-Technologie – MINT-Talente
 * präsentieren innovative Ideen", jugend-forscht in w3m), which prints the subtitle at the
 * line's end without being a site's name.
 */
function wrappedPrintOf(above: Line | undefined, line: Line, own: string): boolean {
  if (above === undefined || above.n !== line.n - 1 || above.text.length > 2000) return false;
  return spacesCollapsed(`${above.text} ${line.text}`.toLowerCase()).includes(own);
}

/**
 * The line prints `name` set apart, as a masthead, logo or copyright line prints a site's name:
 * at one of its ends or beside a separator. A sentence with words on both sides of it names the
 * subtitle's words, not a site ("Herr Teuber, was genau ist #outinchurch und wer ist daran
 * beteiligt?" under "Interview mit Rainer Teuber – #OutInChurch": trafilatura's maenner.media,
 * whose subtitle was cut as a site's name in each tool).
 */
function printsApart(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text.slice(0, at);
    const after = text.slice(at + name.length);
    if (SET_OFF_BEFORE.test(before) || SET_OFF_AFTER.test(after)) return true;
  }
  return false;
}

/** A line's start, or a separator, ahead of a name ("© 2022 Heise", "Home | Heise"). */
const SET_OFF_BEFORE = /(?:^|[|•·©/–—:>»\]-]|\d)[\s\p{P}\p{S}]*$/u;
/** A line's end, or a separator, after a name ("Heise.", "Heise | Impressum"). */
const SET_OFF_AFTER = /^[\s\p{P}\p{S}]*(?:$|[|•·©/–—:<«[-])/u;

/** Headline, masthead, byline and standfirst among the title-like lines above the story. */
export function readTitleBlock(state: ExtractState): void {
  const { meta, page } = state;
  const all = titleCandidates(state);
  const candidates = page ? all : all.slice(Math.max(0, postTitleUnderDateline(state, all)));
  let authorBox = false;
  for (const [i, line] of candidates.entries()) {
    const text = line.text.trim();
    if (meta.title === null && !page && namesByline(state, line, text)) {
      meta.byline ??= text;
      remove(state, line, 'byline');
      authorBox = true;
    } else if (authorBox && meta.title === null && PLACEHOLDERS.test(text)) {
      // The author box's icons ("[icon_facebook_blue.svg] [icon_twitter_blue.svg]" in lynx).
      continue;
    } else if (meta.title === null) {
      readMastheadOrTitle(state, line, text, i === candidates.length - 1);
    } else if (text.toLowerCase() === meta.title.toLowerCase()) {
      remove(state, line, 'headline-repeated');
    } else if (
      meta.byline === null &&
      (page ? isKnownPerson(text) : isPersonName(text) && isBylineName(text))
    ) {
      meta.byline = text;
      remove(state, line, 'byline');
    } else if (meta.standfirst === null && wordCount(text) >= 6 && hasTextBelow(state, line)) {
      takeStandfirst(state, line, text);
    }
  }
  if (meta.title === null && authorBox) titleOpeningStory(state);
  removeRepeatedTitle(state);
}

/**
 * A title-like line before the headline is found: a masthead (a site's or a domain's name, never
 * the last candidate) or the headline, the last part of a breadcrumb trail over it.
 */
function readMastheadOrTitle(state: ExtractState, line: Line, text: string, last: boolean): void {
  // A domain name standing as the masthead ("# jan-grosser.de" over the blog's motto).
  const masthead = last ? null : (mastheadOf(text) ?? domainMastheadOf(stripHeadingMarks(text)));
  if (masthead) {
    state.meta.source ??= masthead;
    remove(state, line, 'masthead');
    return;
  }
  // A breadcrumb trail over the headline gives its last part; one ending in a section's name is
  // no headline.
  const title = breadcrumbEnd(stripHeadingMarks(text));
  if (title === null) return;
  state.meta.title = title;
  remove(state, line, 'headline');
}

/** The headline printed again among the file's first open lines is the title's, not text. */
function removeRepeatedTitle(state: ExtractState): void {
  const title = state.meta.title?.toLowerCase();
  if (title === undefined) return;
  for (const line of openLines(state).slice(0, HEAD_LINES)) {
    if (line.text.trim().toLowerCase() === title) remove(state, line, 'headline-repeated');
  }
}

/**
 * A standfirst stands above its story: a line with no text below it is the story's closing note
 * ("NOTE: Company went public in March." under "Net 12.3 mln vs 6,438,000", Reuters reut2-014
 * #14069, whose one results line reads as no story text to firstBodyLine).
 */
function hasTextBelow(state: ExtractState, line: Line): boolean {
  return state.nonEmpty.some((l) => l.n > line.n && !state.used.has(l.n));
}

/**
 * Title-like lines above the story that stand alone. In a dump only the lines just under the
 * headline may hold its standfirst or byline; menus and form fields are never a headline
 * (headline.ts).
 */
function titleCandidates(state: ExtractState): Line[] {
  const { page, lines, used } = state;
  const start = page?.bodyStart ?? firstBodyLine(lines, used);
  return (page ? page.head.filter((l) => !used.has(l.n)) : openLines(state)).filter(
    (l) =>
      (start === null || l.n < start) &&
      isTitleLike(l.text) &&
      !continuesBelow(l, lines, used) &&
      !continuesAbove(l, lines, used) &&
      (page ? underHeadline(page, l) && isHeaderText(l.text) : !isPageFurniture(l.text)),
  );
}

/**
 * Line `l` of the page's head stands within STANDFIRST_LINES under its headline, or the page has
 * none (a module function, not a closure in titleCandidates: the build's transform names every
 * closure bound to a name with a call as it is made, stop 53).
 */
function underHeadline(page: PageHeader, l: Line): boolean {
  return !page.headline || (page.head.indexOf(l) >= 0 && page.head.indexOf(l) < STANDFIRST_LINES);
}
