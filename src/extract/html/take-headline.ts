// The headline's block, taken out (takeHeadline): the declared headline's block
// (declared-headline.ts) or the page's <h1>, then the revisions in order that may put another
// heading in its place (a logo's heading over the story's, a share bar's label, a breadcrumb's
// last item, a "main content" label, a styled headline above), and a kicker cut off.

import { propertyTokens, type DeclaredHeadline, type PageMetadata } from '../../html/metadata.ts';
import type { TextLine } from '../front-end.ts';
import { tokensOf, type DomVerdict } from '../html-classify.ts';
import type { HtmlBlock } from '../html-front-end.ts';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import {
  isLogoHeading,
  textAfterKicker,
  screenReaderOnly,
  textBeforeClosingKicker,
  textBeforeSubtitle,
  spaced,
  type PageHeading,
} from '../heading-parts.ts';
import { remove, type ExtractState } from '../state.ts';
import { matchKey, wordCount } from '../../text.ts';
import { classParts, allLinked, sharedWords } from './shared.ts';
import { storyHeading, titleClassed } from './story-heading.ts';
import { declaredHeadline, opensWithKicker } from './declared-headline.ts';

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
export function takeHeadline(
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
  if (found) state.meta.title = found.text;
  const revisions = headlineRevisions(
    blocks,
    verdicts,
    headings,
    contentStart,
    pageTitle,
    declared,
  );
  const at = revisedHeadline(state, revisions, found?.index);
  const cut = kickerCut(blocks, at, state.meta.title);
  if (cut) state.meta.title = cut;
  if (at === undefined || at === null) return null;
  removeHeadline(state, found, at);
  return at;
}

/** Each revision reads the heading taken so far and may put another in its place, in this order. */
function headlineRevisions(
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  headings: PageHeading[],
  contentStart: number,
  pageTitle: { text: string; cut: string } | null,
  declared: PageMetadata,
): HeadlineRevision[] {
  return [
    (taken) => logoStory(blocks, verdicts, headings, contentStart, declared, pageTitle, taken),
    (taken) => shareLabel(blocks, taken),
    (taken) =>
      declaredCrumb(blocks, taken, declared.headline) ? null : crumbHeadline(blocks, taken),
    (taken) => mainLabelHeading(blocks, taken),
    (taken) => styledHeadlineAbove(blocks, taken),
  ];
}

/** The headline's block after the revisions in order (`at` the one found); each sets its text. */
function revisedHeadline(
  state: ExtractState,
  revisions: HeadlineRevision[],
  at: number | null | undefined,
): number | null | undefined {
  for (const revise of revisions) {
    const revised = revise(at);
    if (!revised) continue;
    at = revised.index;
    state.meta.title = revised.text;
  }
  return at;
}

/** The headline's line removed, with a broken heading's later lines (brokenHeading). */
function removeHeadline(
  state: ExtractState,
  found: { index: number | null; lines?: number } | undefined,
  at: number,
): void {
  remove(state, state.lines[at] as TextLine, 'headline');
  // A heading broken into lines (brokenHeading): its later lines are the headline too.
  if (found?.index === at) {
    const lines = 'lines' in found ? (found.lines ?? 1) : 1;
    for (let i = at + 1; i < at + lines; i++) {
      remove(state, state.lines[i] as TextLine, 'headline');
    }
  }
}

/**
 * Whether the headline taken so far (`at`, none when null) is a heading block: the guard of the
 * revisions that read the heading taken (shareLabel, crumbHeadline, styledHeadlineAbove) and of
 * kickerCut.
 */
function takenIsHeading(blocks: HtmlBlock[], at: number | null | undefined): at is number {
  return at !== undefined && at !== null && blocks[at]?.kind === 'heading';
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
  if (!takenIsHeading(blocks, at)) return null;
  const h1 = blocks[at] as HtmlBlock;
  if (h1.level !== 1) return null;
  const words = (t: string) => matchKey(t).split(' ').filter(Boolean);
  const keys = words(h1.text);
  if (keys.length === 0 || keys.length > KEYWORD_H1_WORDS) return null;
  for (let index = at - 1; index >= Math.max(0, at - STYLED_HEADLINE_ABOVE); index--) {
    const b = blocks[index] as HtmlBlock;
    if (b.kind !== 'paragraph' || allLinked(b) || !tokensOf(b.element).includes('headline')) {
      continue;
    }
    const long = words(b.text);
    if (long.length > keys.length && holdsInOrder(long, keys))
      return { index, text: spaced(b.text) };
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
  if (!takenIsHeading(blocks, at)) return null;
  const crumb = blocks[at] as HtmlBlock;
  if (!crumb.ancestors.some(inBreadcrumb)) return null;
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
  if (!title || !takenIsHeading(blocks, at)) return null;
  const b = blocks[at] as HtmlBlock;
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
  headline: DeclaredHeadline | null,
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
  return holdsInOrder(long, short);
}

/** Whether `long` holds every word of `short`, in their order (others between or not). */
function holdsInOrder(long: string[], short: string[]): boolean {
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
  if (!takenIsHeading(blocks, at)) return null;
  const label = blocks[at] as HtmlBlock;
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
