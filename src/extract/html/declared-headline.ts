// The block that prints the declared headline, and the headline as the page prints it
// (declaredHeadline): the finders in order, the first that finds wins: the heading printing it, a
// heading broken into lines, glued to the site's name, a kicker alone, <title>'s parts
// (title-headings.ts), a printed variant, the story's own heading (story-heading.ts), a quoted
// lead, a shared tail, a described <h1>, the one heading of a lone <article>.

import type { DeclaredHeadline, PageMetadata } from '../../html/metadata.ts';
import { tokensOf, type DomVerdict } from '../html-classify.ts';
import type { HtmlBlock } from '../html-front-end.ts';
import type { Element } from 'hast';
import {
  headlineFromTitle,
  titleParts,
  textAfterKicker,
  spaced,
  type PageHeading,
} from '../heading-parts.ts';
import {
  logoCut,
  printedHeadline,
  rewordedHeadline,
  type PrintedHeadlineInput,
} from '../printed-headline.ts';
import { matchKey, wordCount } from '../../text.ts';
import { allLinked, sharedWords, fold } from './shared.ts';
import { soleArticleHeading, storyHeading } from './story-heading.ts';
import {
  splitHeading,
  cutTitleHeading,
  wholeTitleHeading,
  titlePartHeading,
  rewordedTitleH1,
  logoPartCut,
  soleOwnH1,
} from './title-headings.ts';

/**
 * A heading the page breaks into lines (`<br>`) that the blocks hold apart, the declared headline
 * being its lines joined: automobilwoche.de's `<h1>` sets "Krach vor der VW-Betriebsversammlung:"
 * and "Es knirscht zwischen Diess und Aufsichtsräten" in two spans over a `<br>`, and its
 * og:title, `<title>` and itemprop headline are the two as one, the page's reference. Without
 * this a later finder took the second line alone (a part of the declared headline). The lines
 * are consecutive heading blocks of one heading element; the first is the headline's block, the
 * declared headline its text.
 */
function brokenHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  title: string,
): FoundHeadline | null {
  const key = matchKey(title);
  for (const h of headings) {
    const first = blocks[h.index];
    // A kicker set in its own element (cicero.de's span.teaser-small__kicker over the headline
    // span) is cut by kickerCut and the finders reading textAfterKicker, as its references do.
    if (h.logo || first === undefined || opensWithKicker(first.element)) continue;
    let text = first.text;
    for (let i = h.index + 1; i < blocks.length; i++) {
      const next = blocks[i] as HtmlBlock;
      if (next.kind !== 'heading' || next.element !== first.element) break;
      text = `${text} ${next.text}`;
      if (matchKey(text) === key) return { index: h.index, text: title, lines: i - h.index + 1 };
    }
  }
  return null;
}

/**
 * A declared headline that is the page's heading with the site's name glued on, no space or
 * separator between: a template writing the post's title and the blog's name as one
 * (wir-empfehlen.info's `<title>` and og:title "Truckwash A31Das etwas andere Branchenbuch für
 * mittelständige Firmen | Das etwas andere Branchenbuch …", whose logo `<h1>` is the name and
 * whose `<h1 class="page-title">` "Truckwash A31" the reference). The name is the logo's text,
 * the declared site name, or another part of the `<title>`; the heading (not the logo) printing
 * what stands before it, two characters or more, is the headline.
 */
function gluedSiteHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  title: string,
  pageTitle: string | null,
  declared: PageMetadata,
): FoundHeadline | null {
  // NFC: the name and the title compared character for character, whatever their form.
  const nfc = (text: string) => spaced(text).normalize('NFC');
  const whole = nfc(title);
  const names = new Set<string>();
  for (const h of headings) if (h.logo) names.add(nfc(h.text));
  if (declared.siteName) names.add(nfc(declared.siteName.value));
  if (pageTitle !== null) for (const part of titleParts(pageTitle).slice(1)) names.add(nfc(part));
  // The declared headline whole, or its first part (the site's name after a separator too).
  const first = titleParts(whole)[0] ?? whole;
  for (const name of names) {
    if (wordCount(name) < 2) continue;
    // Glued: the head ends in a letter or digit (a separator or space would be a title part's).
    const head = [first, whole]
      .filter((t) => t.length > name.length && t.endsWith(name))
      .map((t) => t.slice(0, -name.length))
      .find((t) => t.length >= 2 && /[\p{L}\p{N}]$/u.test(t));
    if (head === undefined) continue;
    const key = matchKey(head);
    const h = headings.find((x) => !x.logo && matchKey(blocks[x.index]?.text ?? '') === key);
    if (h) return { index: h.index, text: blocks[h.index]?.text ?? head };
  }
  return null;
}

/**
 * A declared headline that is only the kicker a heading sets over the headline in an element of
 * its own: outdoor-magazin.com's JSON-LD headline "Vanlife in Schweden" is the
 * span.v-A_-subline opening its `<h2>`, whose headline span follows ("Skandinavien im Wohnmobil
 * erleben", the reference); its og:title is the two joined ("Vanlife in Schweden: Skandinavien im
 * Wohnmobil erleben"). No heading prints the declared headline alone, and without this the
 * kicker stood as the headline. The heading's text after the kicker (textAfterKicker) is the headline where the heading's whole text is the kicker and that text, and
 * another declared title (og:title, `<title>`, ...) is that whole text too: the page's own word
 * that the kicker and the rest make one title, not a heading that happens to open with it.
 */
function kickerOnlyHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  title: string,
  titles: string[],
): FoundHeadline | null {
  const kicker = matchKey(title);
  const declaredKeys = new Set(titles.map(matchKey));
  for (const h of headings) {
    const b = blocks[h.index];
    if (h.logo || b?.kind !== 'heading') continue;
    const rest = textAfterKicker(b.element);
    if (rest === null || matchKey(b.text) !== matchKey(`${title} ${rest}`)) continue;
    if (matchKey(rest) !== kicker && declaredKeys.has(matchKey(b.text))) {
      return { index: h.index, text: rest };
    }
  }
  return null;
}

/**
 * A heading that sets a kicker in an element of its own over the rest, the two together being a
 * title the page declares (og:title), where no heading prints the declared headline:
 * handelsblatt.com's article `<h2>` holds span.vhb-overline--onecolumn "Grenzschließungen" over
 * span.vhb-headline--onecolumn "Deutschland, Frankreich und die Rückkehr der Ressentiments"
 * (itemprop=headline, the twitter:title and the reference), its og:title the two joined with a
 * colon; the JSON-LD headline and `<title>` are a third wording printed nowhere, and an `<h1>`
 * in the navigation's dropdown a fourth. The page's own word that kicker and rest make one title
 * (as kickerOnlyHeading asks) marks the heading as the story's; the rest is the headline, the
 * kicker cut as the references cut it (kickerCut).
 */
function declaredKickerHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  titles: string[],
): FoundHeadline | null {
  const declaredKeys = new Set(titles.map(matchKey));
  for (const h of headings) {
    const b = blocks[h.index];
    if (h.logo || b?.kind !== 'heading') continue;
    const rest = textAfterKicker(b.element);
    if (rest !== null && declaredKeys.has(matchKey(b.text))) return { index: h.index, text: rest };
  }
  return null;
}

/**
 * The part after a colon that the og:title and the `<title>` both end in, where the page prints
 * it opening a block and no heading prints a declared headline: next2games.de's og:title
 * "Industriell Revolutioniert?: Anno 1800 Beta" (its span.subtitle and span.title the other way
 * round) and `<title>` "next2games | Vorschauen: Anno 1800 Beta" agree only on "Anno 1800 Beta",
 * span.title's text and the reference. Two words or more, not the site's name, printed at the
 * start of a block of TAIL_LINE_WORDS words at most (here "Anno 1800 Beta Industriell
 * Revolutioniert?", the two spans as one line, now the headline's block). Run last.
 */
function sharedTitleTail(
  blocks: HtmlBlock[],
  declared: PageMetadata,
  pageTitle: string,
): FoundHeadline | null {
  const tailOf = (t: string) => {
    const at = t.lastIndexOf(': ');
    return at < 0 ? '' : spaced(t.slice(at + 2));
  };
  const tail = tailOf(pageTitle);
  const key = matchKey(tail);
  const site = declared.siteName ? matchKey(declared.siteName.value) : '';
  if (wordCount(tail) < 2 || key === site) return null;
  if (
    !declared.titles.some((t) => matchKey(t) !== matchKey(pageTitle) && matchKey(tailOf(t)) === key)
  )
    return null;
  // A title line (the part, and a subtitle after it, as next2games's six words), not a
  // paragraph of the story opening with the same words.
  const i = blocks.findIndex((b) => {
    const text = matchKey(b.text);
    const line = wordCount(b.text) <= TAIL_LINE_WORDS;
    return b.kind !== 'heading' && line && (text === key || text.startsWith(`${key} `));
  });
  return i < 0 ? null : { index: i, text: tail };
}

/** The most words of the block that prints sharedTitleTail's part: a title line. */
const TAIL_LINE_WORDS = 12;

/** A quotation in quotation marks opening a headline before a colon: '"Pure Leere": '. */
const QUOTED_LEAD = /^["„“”«»‚‘’'][^"„“”«»]{2,60}["“”«»‘’']\s*:\s+/u;

/**
 * An `<h1>` that opens with a quotation and a colon before the declared headline, set as one run
 * of text: skispringen.com's `<h1 class="entry-title">` '"Pure Leere": Marita Kramer verpasst
 * Olympische Spiele in Peking' under a `<title>` and og:title without the quotation (the
 * reference is the `<h1>`). A quotation leading the headline over a colon is the headline's own
 * part in the German press convention; a label over a slash (domradio.de's '"Reformstau lösen"
 * / Irme Stetter-Karp ist neue ZdK-Präsidentin', whose reference is the part after it) or a
 * kicker in an element of its own (be.ch, swim.de, tegernseerstimme.de: the references cut it)
 * is not. Of the 8 headings of both corpora ending in their page's declared headline where no
 * finder took one, only skispringen's opens with a quotation and a colon. Run last.
 */
function quotedLeadH1(
  blocks: HtmlBlock[],
  h1s: PageHeading[],
  title: string,
): FoundHeadline | null {
  const key = matchKey(title);
  for (const h of h1s) {
    const b = blocks[h.index];
    if (h.logo || b?.kind !== 'heading') continue;
    // One run of text: no element of its own sets the quotation apart (that is a kicker's).
    if (b.element.children.some((n) => n.type === 'element')) continue;
    const text = spaced(b.text);
    const lead = QUOTED_LEAD.exec(text);
    if (lead && matchKey(text.slice(lead[0].length)) === key) return { index: h.index, text };
  }
  return null;
}

/** What the headline finders of takeHeadline read. */
interface HeadlinePage {
  blocks: HtmlBlock[];
  verdicts: DomVerdict[];
  headings: PageHeading[];
  h1s: PageHeading[];
  contentStart: number;
  pageTitle: { text: string; cut: string } | null;
  declared: PageMetadata;
}

/** A heading found as the headline (index null: the headline printed by no block) and its text. */
type FoundHeadline = { index: number | null; text: string; lines?: number };

/**
 * The block that prints the declared headline `title`, and the headline as the page prints it:
 * the finders in order, the first that finds wins.
 */
export function declaredHeadline(page: HeadlinePage, title: string): FoundHeadline | undefined {
  const finders = [
    ...headingFinders(page, title),
    ...titleFinders(page, title),
    ...storyFinders(page, title),
  ];
  for (const find of finders) {
    const found = find();
    if (found) return found;
  }
  return undefined;
}

/** A finder of declaredHeadline: the headline found, or none. */
type HeadlineFinder = () => FoundHeadline | null | undefined;

/** declaredHeadline's first finders: a heading that prints the declared headline, or most of it. */
function headingFinders(page: HeadlinePage, title: string): HeadlineFinder[] {
  const { blocks, headings, h1s, pageTitle, declared } = page;
  const wanted = fold(title);
  const textOf = (i: number) => fold(blocks[i]?.text ?? '');
  return [
    () => printingHeading(blocks, headings, h1s, wanted, title),
    () => punctuatedHeading(blocks, headings, h1s, title),
    () => brokenHeading(blocks, headings, title),
    () => gluedSiteHeading(blocks, headings, title, pageTitle?.text ?? null, declared),
    () => kickerOnlyHeading(blocks, headings, title, declared.titles),
    () => declaredKickerHeading(blocks, headings, declared.titles),
    // A declared headline closing in a bracketed note the page prints no heading with: an
    // issue's number ("Der historische Purzelbaum (2021/5)", alacarte.at, whose <h2> is "Der
    // historische Purzelbaum"). The heading without it is the headline the reader sees.
    () => {
      const bare = fold(title.replace(BRACKETED_NOTE, ''));
      const unnoted = bare === wanted ? undefined : headings.find((h) => textOf(h.index) === bare);
      return unnoted && { index: unnoted.index, text: blocks[unnoted.index]?.text ?? title };
    },
    () => splitHeading(blocks, headings, title),
  ];
}

/** declaredHeadline's finders over <title>: its parts, a heading it names, a printed variant. */
function titleFinders(page: HeadlinePage, title: string): HeadlineFinder[] {
  const { blocks, headings, h1s, pageTitle, declared } = page;
  const headline = declared.headline;
  const wanted = fold(title);
  const withTitle = pageTitle !== null && headline !== null ? pageTitle.text : null;
  const inTitle = pageTitle !== null && fold(pageTitle.text).includes(wanted);
  return [
    () =>
      headline && withTitle !== null
        ? (cutTitleHeading(blocks, h1s, headline, withTitle) ??
          wholeTitleHeading(blocks, headings, headline, withTitle))
        : null,
    () => (pageTitle !== null ? titledH1(blocks, h1s, pageTitle, title, inTitle) : null),
    () =>
      headline && pageTitle !== null && !inTitle
        ? rewordedTitleH1(blocks, h1s, headline, pageTitle.cut)
        : null,
    () => (headline ? printedVariant(headings, declared, pageTitle?.text ?? null) : null),
    () =>
      headline
        ? rewordedHeadline(
            {
              h1s: h1s.map((h) => ({
                index: h.index,
                text: h.text,
                logo: h.logo,
                whole: blocks[h.index]?.text,
              })),
              declared: logoPartCut(headline, h1s),
              site: declared.siteName?.value ?? null,
            },
            declared.titles,
          )
        : null,
  ];
}

/** declaredHeadline's last finders: the page's own <h1>, the story's heading, a shared tail. */
function storyFinders(page: HeadlinePage, title: string): HeadlineFinder[] {
  const { blocks, headings, h1s, pageTitle, declared } = page;
  const headline = declared.headline;
  const withTitle = pageTitle !== null && headline !== null ? pageTitle.text : null;
  return [
    () => (headline && withTitle !== null ? soleOwnH1(h1s, declared, withTitle) : null),
    () =>
      headline && withTitle !== null
        ? storyHeading(blocks, page.verdicts, headings, page.contentStart, declared, withTitle)
        : null,
    () =>
      headline && withTitle !== null
        ? titlePartHeading(blocks, headings, headline, withTitle)
        : null,
    () => quotedLeadH1(blocks, h1s, title),
    () => (pageTitle !== null ? sharedTitleTail(blocks, declared, pageTitle.text) : null),
    () => (pageTitle !== null ? describedH1(blocks, h1s, declared, pageTitle.text) : null),
    () => soleArticleHeading(blocks, headings, declared.titles),
  ];
}

/**
 * The heading whose text is the declared headline, an <h1> first. A heading all of whose text
 * is a link is a teaser's, pointing to the story: of two that print the headline, the one
 * outside a link is the story's own (berkutschi.com's "top news" row prints the story's <h3> in
 * a link, over another teaser's day, above the article's <h2>). A linked heading stands where
 * no other prints it (a permalink <h1>).
 */
function printingHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  h1s: PageHeading[],
  wanted: string,
  title: string,
): FoundHeadline | undefined {
  const printing = (h: PageHeading) => fold(blocks[h.index]?.text ?? '') === wanted;
  const unlinked = (h: PageHeading) => printing(h) && !allLinked(blocks[h.index]);
  const found =
    h1s.find(unlinked) ?? headings.find(unlinked) ?? h1s.find(printing) ?? headings.find(printing);
  return found && { index: found.index, text: title };
}

/**
 * The heading that prints the declared headline with other punctuation, its words the same: the
 * page's typographic dashes and quotes where the `<title>` or og:title set ASCII ones, or the
 * other way round. pinup-fashion.de's `<title>` and og:title "Korsetts - Shops, Designer, online
 * kaufen" over its `<h2>Korsetts &#8211; Shops, Designer, online kaufen</h2>` (the reference,
 * with the en dash). The headline is the heading's text, as the reader sees it; the same order
 * as printingHeading (an <h1>, a heading outside a link first). Only the marks' form may differ:
 * with every punctuation mark ignored (matchKey) a heading that sets a kicker before the
 * headline without the declared colon matched too, and that traded Lebensmittelpraxis.de for
 * mtb-news.de, whose references disagree on the same markup (stop 64).
 */
function punctuatedHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  h1s: PageHeading[],
  title: string,
): FoundHeadline | undefined {
  const key = marksKey(title);
  if (key === '') return undefined;
  const printing = (h: PageHeading) => !h.logo && marksKey(blocks[h.index]?.text ?? '') === key;
  const unlinked = (h: PageHeading) => printing(h) && !allLinked(blocks[h.index]);
  const found =
    h1s.find(unlinked) ?? headings.find(unlinked) ?? h1s.find(printing) ?? headings.find(printing);
  return found && { index: found.index, text: spaced(blocks[found.index]?.text ?? title) };
}

/** fold's text with every dash as "-" and every quotation mark as '"' or "'". */
function marksKey(text: string): string {
  return fold(text)
    .replace(/\p{Pd}/gu, '-')
    .replace(/["“”„‟«»]/gu, '"')
    .replace(/['‘’‚‛‹›`´]/gu, "'");
}

/**
 * A declared headline no heading prints and the <title> does not hold, where the <title> is the
 * page's <h1> and the two share few words: the site's default og:title (yahoo-2's "Yahoo News -
 * Latest News & Headlines"), not the article's. A variant of the headline (dropbox-blog's
 * og:title "How we designed Dropbox's ATF - an async task framework"), or one the <title> holds
 * beside a section's name (bafa.de), stands. The <h1> printing the <title> is the headline.
 */
function titledH1(
  blocks: HtmlBlock[],
  h1s: PageHeading[],
  pageTitle: { text: string; cut: string },
  title: string,
  inTitle: boolean,
): FoundHeadline | null {
  const titled = h1s.find((h) => fold(blocks[h.index]?.text ?? '') === fold(pageTitle.cut));
  if (titled === undefined || inTitle) return null;
  const printed = blocks[titled.index]?.text ?? '';
  return sharedWords(title, printed) < 0.5 ? { index: titled.index, text: printed } : null;
}

/** The heading's first child (a blank text aside) is an element classed as a kicker. */
export function opensWithKicker(heading: Element): boolean {
  const first = heading.children.find(
    (n) => n.type === 'element' || (n.type === 'text' && n.value.trim() !== ''),
  );
  return first?.type === 'element' && tokensOf(first).some((t) => KICKER_CLASS.has(t));
}

/** Class tokens of a kicker set over the headline inside its heading (kickerCut). */
const KICKER_CLASS = new Set([
  'kicker',
  'overline',
  'roofline',
  'dachzeile',
  'topline',
  'supertitle',
  'spitzmarke',
]);

/** A short bracketed note closing a title: "(2021/5)", "(Video)". */
const BRACKETED_NOTE = /\s+\([^()]{1,12}\)$/u;

/**
 * Where no heading prints the declared headline: the <h1> printing a variant of it
 * (printedHeadline), the whole <title> (a rule cut a part of it as the site's name:
 * finanzmarktwelt.de's "Rene Benko-Firma Signa in Sorge - Finanzdaten und Berater-Auftrag"), or
 * the <title>'s part a heading prints or its trail ends in (headlineFromTitle); else the headline
 * read from the <title> before a logo's name (logoCut). Those read the <title> only where the
 * declared headline is its own or a part of it (og:title as <title>, its site's name cut): a
 * <title> part an <h1> prints against another og:title is a reworded headline, which cost
 * Readability's pages (docs/figures.md).
 */
function printedVariant(
  headings: PageHeading[],
  declared: PageMetadata,
  pageTitle: string | null,
): { index: number | null; text: string } | null {
  const h1s = headings.filter((h) => h.level === 1);
  const headline = declared.headline as DeclaredHeadline;
  const input: PrintedHeadlineInput = {
    h1s: h1s.map((h) => ({ index: h.index, text: h.text, logo: h.logo })),
    declared: headline,
    site: declared.siteName?.value ?? null,
  };
  const found = printedHeadline(input);
  if (found !== null) return { index: found, text: h1s.find((h) => h.index === found)?.text ?? '' };
  const fromTitle =
    pageTitle !== null &&
    (headline.from === '<title>' || matchKey(pageTitle).includes(matchKey(headline.value)));
  if (!fromTitle) return readLogoCut(input);
  const whole = matchKey(pageTitle);
  const printsTitle = h1s.find((h) => !h.logo && matchKey(h.text) === whole);
  if (printsTitle && whole !== matchKey(headline.value)) return printsTitle;
  // The logo's name as the declared headline's later part, else a logo's (a link home) as the
  // whole <title>'s, where a rule cut its last words as the site's name ("Enchufla Figuren -
  // Salsa-Figuren - Rueda in Berlin" under the logo "Salsa-Figuren - Rueda in Berlin").
  return (
    headlineFromTitle(pageTitle, headings) ??
    readLogoCut(input) ??
    readLogoCut({
      h1s: input.h1s.filter((h) => h.logo),
      declared: { value: pageTitle, from: '<title>' },
      site: input.site,
    })
  );
}

function readLogoCut(input: PrintedHeadlineInput): { index: null; text: string } | null {
  const text = logoCut(input);
  return text === null ? null : { index: null, text };
}

/**
 * A page's only `<h1>` where its `<title>` (the only title it declares) is the site's tagline on
 * every page: every word of the `<h1>` stands in the page's description and no word of the
 * `<title>` (of 4 letters or more: "und") stands in either. rheinruhronline.de's `<title>` "Ausflugtipps Niederrhein und
 * Ruhrgebiet", its `<h1>` "Essen-Westviertel" (the trail's last item, one word, under every
 * finder's word count) and the description "Das Westviertel ist ein Stadtteil von Essen. …": the
 * description tells what the page is about, and it is the `<h1>`'s subject, not the `<title>`'s.
 */
function describedH1(
  blocks: HtmlBlock[],
  h1s: PageHeading[],
  declared: PageMetadata,
  title: string,
): FoundHeadline | null {
  const { description } = declared;
  const sole = h1s.length === 1 ? h1s[0] : undefined;
  if (!sole || sole.logo || !description || declared.headline?.from !== '<title>') return null;
  const text = blocks[sole.index]?.text ?? sole.text;
  if (allLinked(blocks[sole.index]) || sharedWords(text, description) < 1) return null;
  // Words of 4 letters or more: "und" stands in both.
  const long = title.match(/[\p{L}\p{N}]{4,}/gu)?.join(' ') ?? '';
  if (!long || sharedWords(long, description) > 0 || sharedWords(long, text) > 0) return null;
  return { index: sole.index, text };
}
