// What the page prints around the headline, read after it (src/extract/html.ts readPage): the
// header's window and its dateline and byline (header-lines.ts), a repeated headline, the
// standfirst, and the dates printed below the headline of a page that declares none.

import { findDateSpan } from '../../normalize/dates.ts';
import type { PageMetadata } from '../../html/metadata.ts';
import { readLabelledDateBelow, readUpdateStampBelow } from '../dateline.ts';
import { inOtherHeader, readDateNearHeadline } from '../html-dateline.ts';
import type { TextLine } from '../front-end.ts';
import { readHeaderLines } from '../header-lines.ts';
import { tokensOf, type DomVerdict } from '../html-classify.ts';
import type { HtmlBlock } from '../html-front-end.ts';
import { isBodyLike } from '../shape.ts';
import { wordCount } from '../../text.ts';
import { HEAD_LINES, remove, type ExtractState } from '../state.ts';
import { allLinked, sharedWords, fold, languageTag } from './shared.ts';

/** Blocks above the headline read for a dateline or byline (as DATE_ABOVE_LINES in dumps). */
export const ABOVE_HEADLINE = 4;

/**
 * Dates of a page that declares none and prints none in its header: labelled under its text, as
 * a dump's footer prints them ("Veröffentlicht am 12.03.2021", "Datum: 19.11.2021"), then the
 * day printed beside its headline, in a block the readers above skip (a meta row filed as
 * furniture) or at the start of the story's first paragraph (html-dateline.ts), last an update.
 */
export function readDatesBelow(
  state: ExtractState,
  blocks: HtmlBlock[],
  headline: number | null,
  contentStart: number,
  declared: PageMetadata,
): void {
  readLabelledDateBelow(state, headline !== null ? headline + 1 : contentStart);
  const nearOf = headline ?? headingOfTitle(blocks, declared.headline?.value ?? declared.title);
  if (nearOf !== undefined) {
    readDateNearHeadline(state, blocks, nearOf, languageTag(declared.language));
  }
  readUpdateStampBelow(state, headline !== null ? headline + 1 : contentStart);
}

/**
 * Where the header readers start: above the headline, unless the headline stands so far below
 * the content's start that the window up to HEAD_LINES past it would be empty; then above the
 * content's start, as on a page with no headline. wordsmith.org prints the day ("Apr 7, 2009")
 * in a box at the page's start, fifteen blocks above its headline <h3> (titlePartHeading).
 */
export function headerWindowFrom(headerFrom: number, contentStart: number): number {
  return headerFrom < contentStart + HEAD_LINES
    ? headerFrom
    : Math.max(0, contentStart - ABOVE_HEADLINE);
}

/**
 * The text path's header readers over the blocks from the headline to a few past the content's
 * start (page furniture left out): datelines, bylines, credits and labelled fields the page
 * prints. A declared value stands (the readers keep the first finding of a field); the line is
 * taken out of the text all the same.
 */
export function readHeader(
  state: ExtractState,
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  from: number,
  contentStart: number,
  headline: number | null,
): void {
  const end = contentStart + HEAD_LINES;
  const heading = headline === null ? null : blocks[headline]?.element;
  // Not the lines of a page header that does not hold the headline: a masthead's today.
  const masthead = (b: HtmlBlock | undefined) =>
    heading != null && b !== undefined && inOtherHeader(b, heading);
  const window = state.lines
    .slice(from, end)
    .filter(
      (l) =>
        verdicts[l.n - 1] !== 'furniture' &&
        verdicts[l.n - 1] !== 'navigation' &&
        !masthead(blocks[l.n - 1]) &&
        !archiveMonth(blocks[l.n - 1], l.text),
    );
  const body = state.lines
    .slice(contentStart)
    .find((l) => blocks[l.n - 1]?.kind === 'paragraph' && isBodyLike(l.text));
  readHeaderLines(state, window, body?.n ?? null);
}

/**
 * A month alone that is all a link: a blog's archive of months ("September 2009" linking to
 * /2009/09/, archive.org's bewegliche-lettern.de, whose sidebar lists them beside the story),
 * never the page's date. A linked day stands: a WordPress theme links its post's day to the
 * post.
 */
function archiveMonth(block: HtmlBlock | undefined, text: string): boolean {
  return allLinked(block) && findDateSpan(text, true)?.precision === 'month';
}

/** A heading or paragraph repeating the headline near the top of the content. */
export function removeRepeatedHeadline(state: ExtractState): void {
  const title = state.meta.title;
  if (title === null) return;
  const wanted = fold(title);
  const open = state.lines.filter((l) => !state.used.has(l.n)).slice(0, HEAD_LINES);
  for (const line of open) {
    if (fold(line.text) === wanted) remove(state, line, 'headline-repeated');
  }
}

/**
 * Class and id tokens of a standfirst's element: the words news sites name it by ("dek" and
 * "deck" in American newsrooms, "standfirst" and "strapline" in British ones, "chapo"/"chapeau"
 * and "sapo" in French and Portuguese ones, "lead", "lede", "intro", "summary", "subtitle",
 * "excerpt" and "description" in CMS themes).
 */
const STANDFIRST_TOKENS = new Set(
  (
    'standfirst strapline dek deck subtitle subheadline subhead summary lede lead intro excerpt ' +
    'description teaser chapo chapeau sapo abstract'
  ).split(' '),
);

/** A standfirst is a sentence or two (the text path's lead standfirst: at most 60 words). */
const STANDFIRST_MAX_WORDS = 60;

/** Open blocks after the headline searched for it: a standfirst stands before the byline... */
const STANDFIRST_WINDOW = 4;

/** ...and its element's class is read this many levels up (p inside div.article-dek). */
const STANDFIRST_LEVELS = 3;

/**
 * The header's lines the classifier filed outside the article, no other reader took: those
 * between the headline and the article's element, where the headline stands above it. The
 * header a news page prints over its story holds the headline and its lead together, and the
 * classifier's article is often the story's element under it: 28 of the 68 trafilatura snippets
 * missed on the news pages at stop 58 were such a lead (thelocal.se's `header >
 * h2.article-single__excerpt`, wmn.de's `header > div.lead > p`, aerobuzz.de's `div.intro >
 * div.chapo`). The dump path gives such header lines back to its readers the same way
 * (page-header.ts giveBack).
 */
function headerOutside(state: ExtractState, after: number, contentStart: number): TextLine[] {
  const outside = new Set(
    state.removed
      .filter(
        (r) => r.label === 'outside-article' && r.line - 1 > after && r.line - 1 < contentStart,
      )
      .map((r) => r.line),
  );
  for (const r of state.removed) {
    if (r.label !== 'outside-article') outside.delete(r.line);
  }
  return state.lines.filter((l) => outside.has(l.n) && readsAsLead(l.text));
}

/**
 * A lead is sentences: ten words or more ending as a sentence ends. The header also holds meta
 * rows (a byline run into its day, a row of tags) its elements may name "lead" or "intro" too.
 */
function readsAsLead(text: string): boolean {
  return wordCount(text) >= 10 && /[.!?…]["”’»)]?$/.test(text.trim());
}

/**
 * The page's standfirst, taken out of the body as the text path takes one: among the first open
 * blocks after the headline, else among the header's blocks filed outside the article
 * (headerOutside, given back), the one the page's description (meta description, og:description)
 * repeats, else one whose element is named as a standfirst (STANDFIRST_TOKENS). The description
 * alone is never the standfirst: text the page does not print is not the article's.
 */
export function takeStandfirst(
  state: ExtractState,
  blocks: HtmlBlock[],
  at: { after: number; contentStart: number },
  description: string | null,
): void {
  const open = state.lines.filter((l) => l.n - 1 > at.after && !state.used.has(l.n));
  const line =
    standfirstAmong(open, blocks, description) ??
    standfirstAmong(headerOutside(state, at.after, at.contentStart), blocks, description);
  if (!line) return;
  if (state.used.has(line.n)) giveBackOutside(state, line.n);
  state.meta.standfirst = line.text;
  remove(state, line, 'standfirst');
}

/** The standfirst among the first lines given (STANDFIRST_WINDOW), by the tests above. */
function standfirstAmong(
  lines: TextLine[],
  blocks: HtmlBlock[],
  description: string | null,
): TextLine | undefined {
  const open = lines.slice(0, STANDFIRST_WINDOW).filter((l) => {
    const block = blocks[l.n - 1];
    return (
      (block?.kind === 'paragraph' || block?.kind === 'heading') &&
      l.text.split(/\s+/).length <= STANDFIRST_MAX_WORDS
    );
  });
  const wanted = description ? fold(description) : null;
  const named = (l: TextLine) =>
    (blocks[l.n - 1]?.ancestors ?? [])
      .slice(-STANDFIRST_LEVELS)
      .some((el) => tokensOf(el).some((t) => STANDFIRST_TOKENS.has(t)));
  return (wanted ? open.find((l) => fold(l.text) === wanted) : undefined) ?? open.find(named);
}

/** Takes back the classifier's removal of a line as outside the article. */
function giveBackOutside(state: ExtractState, n: number): void {
  const index = state.removed.findIndex((r) => r.line === n && r.label === 'outside-article');
  if (index >= 0) state.removed.splice(index, 1);
  state.used.delete(n);
}

/**
 * The block that stands for the headline where no heading printed the declared one: the page's
 * one <h1> (bmz.de's "Ernährung sichern Schulze: ..." over its og:title "Schulze: ..."), else the
 * first heading all of whose words, three or more, the declared title holds (der-farang.com's
 * <h1> "Frei erfunden: Grab-Bote fliegt nach Singapur", one of three, under the og:title "...,
 * Thailand"), else the first such block of another kind: a page without headings prints its
 * headline in a table cell or a styled <div> (xinhuanet.com's "h-title" over its "h-info" of
 * the day and source).
 */
function headingOfTitle(blocks: HtmlBlock[], title: string | null): number | undefined {
  const h1s = blocks.flatMap((b, i) => (b.kind === 'heading' && b.level === 1 ? [i] : []));
  if (h1s.length === 1) return h1s[0];
  if (!title) return undefined;
  // Or that opens with the whole title and prints more under it (hvw-online.org's <h1> with its
  // day in a <small>, html-dateline.ts).
  const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const titled = (b: HtmlBlock) =>
    (words(b.text) >= 3 && sharedWords(b.text, title) === 1) ||
    (words(title) >= 3 && fold(b.text).startsWith(fold(title)));
  const heading = blocks.findIndex((b) => b.kind === 'heading' && titled(b));
  const other = heading >= 0 ? heading : blocks.findIndex(titled);
  return other >= 0 ? other : undefined;
}
