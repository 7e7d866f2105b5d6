// The extraction layer over an HTML page (InputFile.format "html"), in order:
//   front end    the page parsed, hidden elements and forms dropped (recorded), the rest turned
//                into blocks with their element paths (html-front-end.ts)
//   metadata     what the page declares: JSON-LD, OpenGraph, article:*, Dublin Core, itemprop,
//                <time>, <title>, <html lang> (src/html/metadata.ts)
//   classifier   the main content element and the page furniture inside it, from the DOM
//                (html-classify.ts)
//   readers      the text path's header readers over the blocks around the headline: a dateline
//                or byline the page prints is taken out of the text, and gives the date or byline
//                when the page declares none (header-lines.ts)
//   chrome       the text path's chrome rules over the content's blocks (chrome-lines.ts)
//   assembler    the blocks left, with their kinds (subheadings, list items, quotes, captions);
//                every block taken out recorded with its label, source line and element path
//
// The blocks are the layer's lines here: block i is line i + 1 of the state the text rules read,
// and each removal is given back its block's line in the page's source and its element path.

import { findDateSpan } from '../normalize/dates.ts';
import { detectLanguage } from '../normalize/language.ts';
import { keptLinks, pageBase } from '../html/links.ts';
import { pageMetadata, siteNameCut, type PageMetadata } from '../html/metadata.ts';
import type { Block, InputFile, NormalizedDoc, Removal } from '../types.ts';
import type { NormalizeContext } from './context.ts';
import { labelChrome } from './chrome-lines.ts';
import { readLabelledDateBelow, readUpdateStampBelow } from './dateline.ts';
import { inOtherHeader, readDateNearHeadline } from './html-dateline.ts';
import type { TextLine } from './front-end.ts';
import { readHeaderLines } from './header-lines.ts';
import { classifyHtml, tokensOf, type DomVerdict } from './html-classify.ts';
import {
  parseWithPositions,
  readHtmlBlocks,
  type DroppedText,
  type HtmlBlock,
} from './html-front-end.ts';
import { REMOVAL_WORDING, type RemovalLabel } from './labels.ts';
import { isBodyLike } from './shape.ts';
import { withoutSidebars } from './html-bylines.ts';
import { createState, HEAD_LINES, remove, type ExtractState } from './state.ts';
import { once, allLinked, sharedWords, fold, languageTag } from './html/shared.ts';
import { setAsideDeclaredAuthor, pageDate, siteFromTitle } from './html/declared.ts';
import {
  type BylinePage,
  mendedByline,
  printedByline,
  finishedByline,
  articleAfter,
  authorTexts,
  markedByline,
} from './html/bylines.ts';
import { takeHeadline } from './html/take-headline.ts';

export { languageTag } from './html/shared.ts';

const VERDICT_LABEL: Record<Exclude<DomVerdict, null>, RemovalLabel> = {
  outside: 'outside-article',
  furniture: 'page-furniture',
  navigation: 'navigation-links',
};

/** Blocks above the headline read for a dateline or byline (as DATE_ABOVE_LINES in dumps). */
const ABOVE_HEADLINE = 4;

export function normalizeHtml(file: InputFile, context: NormalizeContext): NormalizedDoc {
  const tree = parseWithPositions(file.text);
  const declared = pageMetadata(tree, pageBase(file.capture?.url));
  const { blocks, dropped } = readHtmlBlocks(tree);
  const { verdicts } = classifyHtml(blocks, declared.headline?.value ?? null);
  const lines: TextLine[] = blocks.map((b, i) => ({
    n: i + 1,
    text: b.text,
    origin: { first: b.line, last: b.line, element: b.path },
  }));
  const state = createState(file, context, lines);
  readPage(state, blocks, verdicts, declared);
  return htmlDocument(file, state, blocks, dropped, declared);
}

/**
 * Reads what the page prints around the declared metadata, taking out each block read: the
 * headline, the header's dateline and byline, the blocks the classifier put outside the article,
 * chrome, a repeated headline and the standfirst.
 */
function readPage(
  state: ExtractState,
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  declared: PageMetadata,
): void {
  const { meta } = state;
  meta.title = declared.headline?.value ?? null;
  meta.byline = declared.byline;
  meta.source = declared.siteName?.value ?? null;
  meta.section = declared.section;

  const contentStart = Math.max(
    0,
    verdicts.findIndex((v) => v !== 'outside'),
  );
  const pageTitle = declared.title
    ? { text: declared.title, cut: siteNameCut(declared.title, meta.source) }
    : null;
  const headline = takeHeadline(state, blocks, verdicts, contentStart, pageTitle, declared);
  meta.source ??= siteFromTitle(declared.title, meta.title);
  const { siteAuthor, pageAuthor } = setAsideDeclaredAuthor(state, declared);
  // A dateline or byline may stand just above the headline ("Published on: June 25, 2024").
  const headerFrom = Math.max(0, (headline ?? contentStart) - ABOVE_HEADLINE);
  readHeader(
    state,
    blocks,
    verdicts,
    headerWindowFrom(headerFrom, contentStart),
    contentStart,
    headline,
  );
  // Not a sidebar's widgets printed before the story: their dates and authors are other posts'.
  const around = withoutSidebars(
    blocks.slice(headerFrom, Math.max(headline ?? 0, contentStart) + HEAD_LINES),
  );
  const page: BylinePage = {
    blocks,
    verdicts,
    declared,
    headline,
    contentStart,
    headerFrom,
    around,
    siteAuthor,
    pageAuthor,
    creditByline: state.meta.creditByline,
    marked: once(() => markedByline(around)),
    story: once(() => articleAfter(blocks, verdicts, headline ?? contentStart)),
    pageTexts: once(() => authorTexts(blocks)),
  };
  meta.byline = finishedByline(mendedByline(meta.byline, page) ?? printedByline(page), page);
  for (const [i, verdict] of verdicts.entries()) {
    const line = state.lines[i] as TextLine;
    if (verdict && !state.used.has(line.n)) remove(state, line, VERDICT_LABEL[verdict]);
  }
  if (!declared.date) readDatesBelow(state, blocks, headline, contentStart, declared);
  state.nonEmpty = state.lines.filter((l) => !state.used.has(l.n));
  labelChrome(state);
  removeRepeatedHeadline(state);
  takeStandfirst(state, blocks, headline ?? contentStart, declared.description);
}

/**
 * Dates of a page that declares none and prints none in its header: labelled under its text, as
 * a dump's footer prints them ("Veröffentlicht am 12.03.2021", "Datum: 19.11.2021"), then the
 * day printed beside its headline, in a block the readers above skip (a meta row filed as
 * furniture) or at the start of the story's first paragraph (html-dateline.ts), last an update.
 */
function readDatesBelow(
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

/** The page's document: the blocks no reader took, with what was read and what was removed. */
function htmlDocument(
  file: InputFile,
  state: ExtractState,
  blocks: HtmlBlock[],
  dropped: DroppedText[],
  declared: PageMetadata,
): NormalizedDoc {
  const { meta } = state;
  // Relative links resolve against the address the page was captured from, else the one it
  // declares; with neither, they stay plain text.
  const base = pageBase(file.capture?.url, declared.canonicalUrl);
  const body: Block[] = blocks.flatMap((b, i) =>
    state.used.has(i + 1) ? [] : [bodyBlock(b, base)],
  );
  const warnings = [...file.warnings, ...declared.warnings];
  return {
    path: file.path,
    sha256: file.sha256,
    title: meta.title,
    standfirst: meta.standfirst,
    date: pageDate(state, declared),
    source: meta.source,
    byline: meta.byline ?? meta.creditByline,
    section: meta.section,
    lang:
      languageTag(declared.language) ??
      detectLanguage([meta.title ?? '', ...body.map((b) => b.text)].join(' ')),
    blocks: body,
    removed: removals(state, blocks, dropped),
    warnings,
    ...(declared.canonicalUrl && { url: declared.canonicalUrl }),
  };
}

/** A block of the body with the structure Markdown keeps: heading level, list, table, links. */
function bodyBlock(b: HtmlBlock, base: string | null): Block {
  const block: Block = { kind: b.kind, text: b.text };
  if (b.kind === 'heading' && b.level !== null) block.level = b.level;
  if (
    b.kind === 'list-item' &&
    b.element.tagName === 'li' &&
    b.ancestors.at(-2)?.tagName === 'ol'
  ) {
    block.ordered = true;
  }
  if (b.cells) {
    block.cells = b.cells;
    if (b.header) block.header = true;
  }
  const links = keptLinks(b.links, base);
  if (links.length > 0) block.links = links;
  return block;
}

/**
 * Where the header readers start: above the headline, unless the headline stands so far below
 * the content's start that the window up to HEAD_LINES past it would be empty; then above the
 * content's start, as on a page with no headline. wordsmith.org prints the day ("Apr 7, 2009")
 * in a box at the page's start, fifteen blocks above its headline <h3> (titlePartHeading).
 */
function headerWindowFrom(headerFrom: number, contentStart: number): number {
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
function readHeader(
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
function removeRepeatedHeadline(state: ExtractState): void {
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
 * The page's standfirst, taken out of the body as the text path takes one: among the first open
 * blocks after the headline, the one the page's description (meta description, og:description)
 * repeats, else one whose element is named as a standfirst (STANDFIRST_TOKENS). The description
 * alone is never the standfirst: text the page does not print is not the article's.
 */
function takeStandfirst(
  state: ExtractState,
  blocks: HtmlBlock[],
  after: number,
  description: string | null,
): void {
  const open = state.lines
    .filter((l) => l.n - 1 > after && !state.used.has(l.n))
    .slice(0, STANDFIRST_WINDOW)
    .filter((l) => {
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
  const line = (wanted ? open.find((l) => fold(l.text) === wanted) : undefined) ?? open.find(named);
  if (!line) return;
  state.meta.standfirst = line.text;
  remove(state, line, 'standfirst');
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

/** The blocks taken out and the text dropped before, in source order, worded. */
function removals(
  state: ExtractState,
  blocks: HtmlBlock[],
  dropped: ReturnType<typeof readHtmlBlocks>['dropped'],
): Removal[] {
  const fromBlocks = state.removed.map((r) => {
    const block = blocks[r.line - 1] as HtmlBlock;
    return { line: block.line, text: r.text, label: r.label, element: block.path };
  });
  const fromDropped = dropped.map((d) => ({
    line: d.line,
    text: d.text,
    label: (d.kind === 'form' ? 'form' : 'hidden-element') as RemovalLabel,
    element: d.path,
  }));
  return [...fromBlocks, ...fromDropped]
    .sort((a, b) => a.line - b.line)
    .map((r) => ({
      line: r.line,
      text: r.text,
      reason: REMOVAL_WORDING[r.label],
      element: r.element,
    }));
}
