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
import {
  pageMetadata,
  propertyTokens,
  siteNameCut,
  type Declared,
  type PageMetadata,
} from '../html/metadata.ts';
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
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { REMOVAL_WORDING, type RemovalLabel } from './labels.ts';
import {
  isLogoHeading,
  textAfterKicker,
  screenReaderOnly,
  textBeforeClosingKicker,
  textBeforeSubtitle,
  spaced,
  type PageHeading,
} from './heading-parts.ts';
import { isBodyLike } from './shape.ts';
import { withoutSidebars } from './html-bylines.ts';
import { createState, HEAD_LINES, remove, type ExtractState } from './state.ts';
import { matchKey, wordCount } from '../text.ts';
import { once, classParts, allLinked, sharedWords, fold, languageTag } from './html/shared.ts';
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
import { storyHeading, titleClassed } from './html/story-heading.ts';
import { declaredHeadline, opensWithKicker } from './html/declared-headline.ts';

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

/** A rule that, given the headline's block taken so far, may name another block as the headline. */
type HeadlineRevision = (
  taken: number | null | undefined,
) => { index: number; text: string } | null;

/**
 * The headline's block, taken out: the heading whose text is the declared headline (an <h1>
 * first); when the page declares none, the last <h1> before the content, else the first. (An
 * <h1> is not preferred to <title>: it is often the site's logo. Taking an <h1> that <title>
 * holds instead of <title> cost 3 of Readability's 127 headlines, 111 against 114.) Returns its
 * index, or null.
 */
function takeHeadline(
  state: ExtractState,
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  contentStart: number,
  pageTitle: { text: string; cut: string } | null,
  declared: PageMetadata,
) {
  const title = state.meta.title;
  const headings = pageHeadings(blocks);
  const h1s = headings.filter((h) => h.level === 1);
  const found =
    title !== null
      ? declaredHeadline(
          { blocks, verdicts, headings, h1s, contentStart, pageTitle, declared },
          title,
        )
      : (h1s.filter((h) => h.index <= contentStart).at(-1) ?? h1s[0]);
  let at = found?.index;
  if (found) state.meta.title = found.text;
  // Each revision reads the heading taken so far and may put another in its place, in this order.
  const revisions: HeadlineRevision[] = [
    (taken) => logoStory(blocks, verdicts, headings, contentStart, declared, pageTitle, taken),
    (taken) => shareLabel(blocks, taken),
    (taken) =>
      declaredCrumb(blocks, taken, declared.headline) ? null : crumbHeadline(blocks, taken),
    (taken) => mainLabelHeading(blocks, taken),
    (taken) => styledHeadlineAbove(blocks, taken),
  ];
  for (const revise of revisions) {
    const revised = revise(at);
    if (!revised) continue;
    at = revised.index;
    state.meta.title = revised.text;
  }
  const cut = kickerCut(blocks, at, state.meta.title);
  if (cut) state.meta.title = cut;
  if (at === undefined || at === null) return null;
  remove(state, state.lines[at] as TextLine, 'headline');
  // A heading broken into lines (brokenHeading): its later lines are the headline too.
  if (found?.index === at) {
    const lines = 'lines' in found ? (found.lines ?? 1) : 1;
    for (let i = at + 1; i < at + lines; i++) {
      remove(state, state.lines[i] as TextLine, 'headline');
    }
  }
  return at;
}

/** A heading's words that name the main content for screen readers ("Hauptinhalt"). */
const MAIN_LABEL = /^(?:haupt)?inhalt$|^main(?: content)?$|^contenu(?: principal)?$/iu;

/** Blocks below the main-content label the story's heading may stand (mainLabelHeading). */
const BELOW_MAIN_LABEL = 3;

/**
 * The first heading under a heading only screen readers see that names the main content, where
 * the headline taken stands above it (in the navigation) or none was: wsl.ch and slf.ch (one
 * CMS) set `<h2 class="text-hide">Hauptinhalt</h2>` where the main content starts and the story's
 * `<h2>` right under it ("Schwache Profile – günstige Lawinensituation", slf's reference, under
 * an `<h4>` of the sub-navigation printing the `<title>` "Wochenbericht 14. - 20. Januar 2022";
 * wsl's `<title>` is printed nowhere). The label says where the page's own content begins, so a
 * heading above it is navigation's. Within BELOW_MAIN_LABEL blocks, not hidden, not all a link.
 */
function mainLabelHeading(
  blocks: HtmlBlock[],
  at: number | null | undefined,
): { index: number; text: string } | null {
  const label = blocks.findIndex(
    (b) => b.kind === 'heading' && screenReaderOnly(b.element) && MAIN_LABEL.test(spaced(b.text)),
  );
  if (label < 0 || (at !== undefined && at !== null && at > label)) return null;
  const end = Math.min(blocks.length, label + 1 + BELOW_MAIN_LABEL);
  for (let index = label + 1; index < end; index++) {
    const b = blocks[index] as HtmlBlock;
    if (b.kind !== 'heading' || screenReaderOnly(b.element) || allLinked(b)) continue;
    return wordCount(b.text) >= 2 ? { index, text: spaced(b.text) } : null;
  }
  return null;
}

/** Blocks above a keyword `<h1>` a paragraph classed as the headline may stand. */
const STYLED_HEADLINE_ABOVE = 20;

/** Words of an `<h1>` that is a keyword, not a headline ("Autokredit"). */
const KEYWORD_H1_WORDS = 3;

/**
 * A paragraph classed as the headline above an `<h1>` that is only its keywords: comparison
 * pages set their headline in a stage's `<p class="StageSeo1-headline">` ("Leasing oder
 * Finanzierung – was lohnt sich mehr?", finanzcheck.de) or `<p class="plp-headline">` ("Jetzt
 * günstigen Autokredit finden", financescout24.de), the references, over an `<h1>` of a keyword
 * or three for search engines ("Leasing oder Finanzierung", "Autokredit"). The paragraph's class
 * has "headline" as a word of its own, it holds the `<h1>`'s words in their order and more, is no
 * link, and stands within STYLED_HEADLINE_ABOVE blocks above.
 */
function styledHeadlineAbove(
  blocks: HtmlBlock[],
  at: number | null | undefined,
): { index: number; text: string } | null {
  if (at === undefined || at === null) return null;
  const h1 = blocks[at];
  if (h1?.kind !== 'heading' || h1.level !== 1) return null;
  const words = (t: string) => matchKey(t).split(' ').filter(Boolean);
  const keys = words(h1.text);
  if (keys.length === 0 || keys.length > KEYWORD_H1_WORDS) return null;
  for (let index = at - 1; index >= Math.max(0, at - STYLED_HEADLINE_ABOVE); index--) {
    const b = blocks[index] as HtmlBlock;
    if (b.kind !== 'paragraph' || allLinked(b) || !tokensOf(b.element).includes('headline')) {
      continue;
    }
    const long = words(b.text);
    let i = 0;
    for (const w of long) if (w === keys[i]) i++;
    if (i === keys.length && long.length > keys.length) return { index, text: spaced(b.text) };
  }
  return null;
}

/**
 * The story's headline where the heading taken is a breadcrumb trail's last item: an <h1> the
 * template sets as the trail's end ("Startseite > Abnehmen > Weihnachten nicht zunehmen: 10
 * Tipps", womenshealth.de; impulse.de's h1.imp-h2 in a schema.org BreadcrumbList), a short form
 * of the headline the <title> repeats, where the story prints its own headline just below: a
 * heading, or a block marked itemprop="headline", within CRUMB_HEADLINE_BLOCKS blocks, holding
 * the crumb's words in their order and more (cutFrom). Its text is the part classed as the headline (womenshealth's
 * <h2> holds a subline span and a headline span), else the text after a kicker span (impulse's
 * span.highline "Kind krank"), else the whole.
 */
function crumbHeadline(
  blocks: HtmlBlock[],
  at: number | null | undefined,
): { index: number; text: string } | null {
  if (at === undefined || at === null) return null;
  const crumb = blocks[at];
  if (crumb?.kind !== 'heading' || !crumb.ancestors.some(inBreadcrumb)) return null;
  // A crumb marked as the page's headline (tmz.com's h1.post-title-breadcrumb
  // itemprop="headline") is the headline.
  if (itemHeadline(crumb.element)) return null;
  const end = Math.min(blocks.length, at + 1 + CRUMB_HEADLINE_BLOCKS);
  for (let index = at + 1; index < end; index++) {
    const b = blocks[index] as HtmlBlock;
    if (b.ancestors.some(inBreadcrumb) || allLinked(b)) continue;
    const marked = b.kind === 'heading' || itemHeadline(b.element);
    if (!marked) continue;
    const text = spaced(headlinePart(b.element) ?? textAfterKicker(b.element) ?? b.text);
    if (!cutFrom(crumb.text, b.text)) return null;
    return { index, text };
  }
  return null;
}

/**
 * The headline taken without the kicker its heading sets in an element classed as one
 * (span.article-heading__kicker, span.ts-overline, span.dachzeile: KICKER_CLASS) before the
 * headline, where the headline taken prints the kicker and the rest, the heading's whole text:
 * zeit.de declares "Klimaschutz: Bohren, bis es heiß wird" as JSON-LD headline, og:title and
 * <title> alike, and prints the kicker span over "Bohren, bis es heiß wird", its reference. Of
 * the trafilatura pages whose <h1> opens with such a class, the references cut the kicker on
 * all but eishockeynews (the overline alone); a kicker classed "subtitle" (mtb-news.de's
 * span.mtbnews-article-subtitle) the reference keeps, and is not read here.
 */
function kickerCut(
  blocks: HtmlBlock[],
  at: number | null | undefined,
  title: string | null,
): string | null {
  if (at === undefined || at === null || !title) return null;
  const b = blocks[at];
  if (b?.kind !== 'heading') return null;
  if (!opensWithKicker(b.element)) return null;
  if (matchKey(title) !== matchKey(b.text)) return null;
  const rest = textAfterKicker(b.element);
  if (!rest) return null;
  const text = spaced(rest).replace(/^[\s:|–—-]+/u, '');
  return wordCount(text) >= 2 ? text : null;
}

/**
 * The heading taken is a crumb the page declares as its headline outside its <title>: the
 * JSON-LD headline or og:title (the most trusted declaration, `declared.headline`) is the crumb
 * word for word. A stern.de page (trafilatura's d70fab3a) prints its JSON-LD headline
 * "Niederlage für Johnson: Parlament vertagt Votum über Brexit-Deal" as the trail's last <h1>
 * over an <h2> with a kicker and a tail ("Tag der Abstimmung: ... - wie geht es jetzt
 * weiter?"); its judged reference is the crumb. Where the crumb is a short form only the
 * <title> declares (impulse.de, womenshealth.de: their og:title and JSON-LD differ from the
 * crumb), crumbHeadline reads the story's heading below.
 */
function declaredCrumb(
  blocks: HtmlBlock[],
  at: number | null | undefined,
  headline: Declared<string> | null,
): boolean {
  if (at === undefined || at === null || !headline || headline.from === '<title>') return false;
  const crumb = blocks[at];
  return crumb !== undefined && matchKey(crumb.text) === matchKey(headline.value);
}

/**
 * The crumb's words all stand in the printed headline, in their order, and the headline has
 * more: the crumb is the headline cut short, no word changed ("Kind krank: Was Arbeitgeber
 * wissen müssen" in "Kind krank Was Arbeitgeber über die Rechte von Eltern wissen müssen"). A
 * crumb reworded beside the story's heading (rp-online's and hessenschau's templates: "Düsseldorf
 * ISS Dome: Peta erstattet Anzeige wegen toten Tauben" over "Düsseldorf: Tote Tauben im ISS Dome
 * gefunden") is the headline their references keep.
 */
function cutFrom(crumb: string, printed: string): boolean {
  const words = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const short = words(crumb);
  const long = words(printed);
  if (short.length < 2 || long.length <= short.length) return false;
  let i = 0;
  for (const w of long) if (w === short[i]) i++;
  return i === short.length;
}

/**
 * The story's heading above where the heading taken is a share box's label: dailymail.co.uk
 * prints the story's <h1> (its og:title, an older headline) in div.shareArticles beside the
 * share buttons, under the whole article, whose <h2> is the headline the reader sees. The first
 * heading of the share box's nearest container that holds one before it (the story's
 * container), not in a share box nor all a link, sharing at least half the label's words.
 */
function shareLabel(
  blocks: HtmlBlock[],
  at: number | null | undefined,
): { index: number; text: string } | null {
  if (at === undefined || at === null) return null;
  const label = blocks[at];
  if (label?.kind !== 'heading') return null;
  const box = label.ancestors.findIndex(inShareBox);
  if (box < 0) return null;
  // The share box's nearest container holding a heading before it: the story's own container.
  for (let depth = box - 1; depth >= 0; depth--) {
    const container = label.ancestors[depth] as Element;
    const first = blocks.findIndex(
      (b, index) =>
        index < at &&
        b.kind === 'heading' &&
        b.ancestors.includes(container) &&
        !b.ancestors.some(inShareBox),
    );
    if (first < 0) continue;
    const b = blocks[first] as HtmlBlock;
    if (allLinked(b) || wordCount(b.text) < 2 || sharedWords(label.text, b.text) < 0.5) {
      return null;
    }
    return { index: first, text: b.text };
  }
  return null;
}

/** A share box's element: a class token "share", "shares", "sharing" or "social". */
function inShareBox(el: Element): boolean {
  return tokensOf(el).some((t) => /^(?:share|shares|sharing|social)$/u.test(t));
}

/** Blocks below a breadcrumb's heading the story's own headline may stand (crumbHeadline). */
const CRUMB_HEADLINE_BLOCKS = 3;

/** A breadcrumb trail's element: classed "breadcrumb(s)", or a schema.org BreadcrumbList. */
function inBreadcrumb(el: Element): boolean {
  return (
    propertyTokens(el.properties.itemType).some((t) => t.endsWith('/BreadcrumbList')) ||
    tokensOf(el).some((t) => t === 'breadcrumb' || t === 'breadcrumbs')
  );
}

/** An element marked as a headline in schema.org microdata (itemprop="headline"). */
function itemHeadline(el: Element): boolean {
  return propertyTokens(el.properties.itemProp).some((p) => p.toLowerCase() === 'headline');
}

/** The text of a heading's one child element classed as the headline, or null. */
function headlinePart(el: Element): string | null {
  const parts = el.children.filter(
    (n): n is Element =>
      n.type === 'element' &&
      titleClassed(n) &&
      !n.children.some((c) => c.type === 'element' && titleClassed(c)),
  );
  const marked = parts.filter((n) => classParts(n).some((words) => words.includes('headline')));
  return marked.length === 1 ? toText(marked[0] as Element) : null;
}

/**
 * The story's heading where the heading taken as the headline is the site's logo (an <h1>
 * linking home with the site's name) printing the declared title or, with none declared but the
 * site's name, the <title>'s: a blog's front page under its name, a magazine's story whose every
 * title is "ICON Magazine". storyHeading finds it where the <title> names only the site.
 */
function logoStory(
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  headings: PageHeading[],
  contentStart: number,
  declared: PageMetadata,
  pageTitle: { text: string; cut: string } | null,
  at: number | null | undefined,
): PageHeading | null {
  const logo = headings.find((h) => h.index === at && h.logo);
  if (!logo || pageTitle === null) return null;
  // A page declaring only the site's name declares no headline: the logo's text stands in.
  const asDeclared: PageMetadata = declared.headline
    ? declared
    : { ...declared, headline: { value: logo.text, from: '<title>' } };
  return storyHeading(blocks, verdicts, headings, contentStart, asDeclared, pageTitle.text);
}

/** The page's headings, an <h1>'s kicker cut and its logo marked (heading-parts.ts). */
function pageHeadings(blocks: HtmlBlock[]): PageHeading[] {
  return blocks.flatMap((b, index) => {
    if (b.kind !== 'heading') return [];
    const h1 = b.level === 1;
    const text =
      (h1 &&
        (textAfterKicker(b.element) ??
          textBeforeSubtitle(b.element) ??
          textBeforeClosingKicker(b.element))) ||
      b.text;
    return [{ index, text, level: b.level ?? 6, logo: h1 && isLogoHeading(b.element) }];
  });
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
