// The printed heading found from <title>'s parts (declared-headline.ts' finders): a heading that
// is <title> cut at its separator, a whole <title>, a part of it, a reworded <title>, the page's
// one <h1> over a <title> of parts, and a declared headline split at its separator.

import type { DeclaredHeadline, PageMetadata } from '../../html/metadata.ts';
import { tokensOf } from '../html-classify.ts';
import type { HtmlBlock } from '../html-front-end.ts';
import { titleParts, spaced, type PageHeading } from '../heading-parts.ts';
import { matchKey, wordCount } from '../../text.ts';
import { allLinked, sharedWords, pageHost } from './shared.ts';

/** A <title> of one word of letters ("Home"), not a name of digits or a CJK title run together. */
function oneWordTitle(pageTitle: string): boolean {
  return /^\p{Script=Latin}{2,}$/u.test(pageTitle.trim());
}

/**
 * A <title> spelling the name of the site's canonical host, spaces and case aside: the site's
 * name, not a page's (anwaltniemeyer.de's home page, <title> "Anwalt Niemeyer" over its one
 * <h1> "Willkommen!", the page's reference). Readability's test pages' one-part <title>s
 * ("Base URL test") name no host.
 */
function hostTitle(pageTitle: string, canonicalUrl: string | null): boolean {
  const host = pageHost(canonicalUrl);
  const name = host?.split('.').at(-2);
  if (!name || name.length < HOST_TITLE_LETTERS) return false;
  return (
    pageTitle
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\s.-]+/gu, '') === name
  );
}

/** The fewest letters of a host's name read as a <title> (hostTitle): not "ab" or "rtl". */
const HOST_TITLE_LETTERS = 5;

/**
 * A declared headline the page prints in two headings, one under the other: the heading, then a
 * lower one printing the rest after a separator (galore.de's og:title "30.11. | Buch der Woche -
 * Nikole Hannah-Jones (Hrsg.) • 1619" as the <h2> "30.11. | Buch der Woche" over the <h3>
 * "Nikole Hannah-Jones (Hrsg.) • 1619"). The upper heading is the headline a reader sees, the
 * lower its subtitle, as textBeforeSubtitle reads an <h1>'s subtitle span. Not where the upper
 * heading is a logo or prints fewer than SPLIT_HEAD_WORDS words (a kicker, read elsewhere).
 */
export function splitHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  title: string,
): PageHeading | null {
  const whole = spaced(title);
  const key = matchKey(whole);
  for (const h of headings) {
    const next = blocks[h.index + 1];
    if (h.logo || next?.kind !== 'heading' || (next.level ?? 6) <= h.level) continue;
    const head = spaced(h.text);
    if (wordCount(head) < SPLIT_HEAD_WORDS || !whole.startsWith(head)) continue;
    if (!SPLIT_SEPARATOR.test(whole.slice(head.length))) continue;
    if (matchKey(`${head} ${next.text}`) === key) return { ...h, text: head };
  }
  return null;
}

/**
 * The page's <h1> where the declared headline is the <title>'s first part and the <h1> prints
 * it and the parts after it the <title> holds, separators and all: a rule cut the <title> at
 * its first separator, inside the page's own headline ("Die Haubenfahrzeuge der Nachkriegszeit
 * - Teil 49 - BOS-Fahrzeuge - Einsatzfahrzeuge und Wachen weltweit" over the <h1> "Die
 * Haubenfahrzeuge der Nachkriegszeit - Teil 49", bos-fahrzeuge.info). A heading directly below
 * classed "h1" (a heading set in the <h1>'s style) printing the <h1>'s words and more after a
 * separator is the headline in full, the <h1> its short form (bos-fahrzeuge's `<h2 class="h1">`
 * adds "– Büssing-NAG (Baujahre 1931 – 1945)", the page's reference).
 */
export function cutTitleHeading(
  blocks: HtmlBlock[],
  h1s: PageHeading[],
  headline: DeclaredHeadline,
  pageTitle: string,
): PageHeading | null {
  if (headline.from !== '<title>') return null;
  const cut = spaced(headline.value);
  const whole = spaced(pageTitle);
  const extends_ = (long: string, short: string) =>
    long.length > short.length &&
    long.startsWith(short) &&
    SPLIT_SEPARATOR.test(long.slice(short.length));
  const h = h1s.find((x) => {
    const text = spaced(x.text);
    return !x.logo && extends_(text, cut) && (whole === text || extends_(whole, text));
  });
  if (!h) return null;
  const head = spaced(h.text);
  for (let index = h.index + 1; index <= h.index + STYLED_H1_BLOCKS; index++) {
    const b = blocks[index];
    if (b?.kind !== 'heading' || !tokensOf(b.element).includes('h1')) continue;
    const text = spaced(b.text);
    if (extends_(text, head)) return { ...h, index, text };
  }
  return { ...h, text: head };
}

/** Blocks below an <h1> a heading styled as one may extend it (cutTitleHeading): a dateline. */
const STYLED_H1_BLOCKS = 2;

/**
 * The heading printing the whole <title> where a rule cut a part of it as the site's name and
 * the page has no <h1> other than a logo: youhadmeatgardening.com's `<h2 class="hero__title">` "How to
 * Grow a Lemon Tree from Seed | Step-by-Step Guide", its <title> and og:title, cut to "How to
 * Grow a Lemon Tree from Seed". A site's name the page prints in the same heading as the
 * headline is part of the headline the reader sees. Not a heading all of whose text is a link
 * (a teaser's).
 */
export function wholeTitleHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  headline: DeclaredHeadline,
  pageTitle: string,
): PageHeading | null {
  const whole = matchKey(pageTitle);
  if (!whole || whole === matchKey(headline.value)) return null;
  if (headings.some((h) => h.level === 1 && !h.logo)) return null;
  const h = headings.find(
    (x) => !x.logo && matchKey(x.text) === whole && !allLinked(blocks[x.index]),
  );
  return h ? asPrinted(blocks, h) : null;
}

/**
 * The one heading printing a part of the <title> where the page has no <h1> but a logo, no
 * heading prints the whole <title> and no rule cut it (the declared headline is the <title>
 * whole): the page's name beside the site's or a tagline ("A.Word.A.Day --maudlin" over the
 * <h3> "maudlin", wordsmith.org; "Villa Galaxy - Ferienvilla in Florida" over the <h3> "Villa
 * Galaxy", villacc.de). A "--" glued to the next word separates here too (OLD_SEPARATOR), as a
 * hand-written <title> sets it. Not where two parts are printed (which is the page's is not
 * known), nor a heading all a link.
 */
export function titlePartHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  headline: DeclaredHeadline,
  pageTitle: string,
): PageHeading | null {
  const whole = matchKey(pageTitle);
  if (!whole || whole !== matchKey(headline.value)) return null;
  if (headings.some((h) => h.level === 1 && !h.logo && matchKey(h.text))) return null;
  const parts = pageTitle.split(OLD_SEPARATOR).flatMap((p) => titleParts(p));
  if (parts.length < 2) return null;
  const open = headings.filter((h) => !h.logo && !allLinked(blocks[h.index]));
  const printed = parts.flatMap((part) => {
    const key = matchKey(part);
    const h = key ? open.find((x) => matchKey(x.text) === key) : undefined;
    return h ? [h] : [];
  });
  if (printed.length !== 1) return null;
  return asPrinted(blocks, printed[0] as PageHeading);
}

/** The heading with its block's whole text, spaced (wholeTitleHeading, titlePartHeading). */
function asPrinted(blocks: HtmlBlock[], h: PageHeading): PageHeading {
  return { ...h, text: spaced(blocks[h.index]?.text ?? h.text) };
}

/** A "--" after a space, glued to the next word or not: an old <title>'s separator. */
const OLD_SEPARATOR = /\s+--(?=\s*\S)/u;

/**
 * The one <h1> where the declared headline (og:title, JSON-LD) is a share text of other
 * words the <title> does not hold, and the <title> (its site's name cut) is the <h1> reworded:
 * theinsidersnet.com's og:title "Möchtest Du The Insiders mit mir zusammen beitreten?" (an
 * invitation to share) beside the <title> "The Insiders - Schnell aufgefrischtes Haar ... mit
 * dem neuen Wellaflex 10-in-1 Trockenshampoo" and the <h1> "Wellaflex – Schnell aufgefrischtes
 * Haar ... mit dem 10-in-1 Trockenshampoo"; thepostpartumparty.com's og:title "Clever Ideas to
 * Set Up Baby's Nursery in A Small Space" beside the <title> "20 Clever Ideas for your Small
 * Nursery" and the <h1> "20 Clever Small Nursery Ideas When You’re Tight On Space + Free
 * Printable". More than half the <title>'s words stand in the <h1>, fewer than half the
 * declared headline's: the rule above it (the <h1> printing the <title> exactly) relaxed to a
 * reworded <title>. The <title> and the <h1> agree; the share text is the odd one out. The
 * <title>'s words count in another form of the word too (sameStem: "Joghurt" in minusl.de's
 * <h1> "Unsere MinusL Joghurts").
 */
export function rewordedTitleH1(
  blocks: HtmlBlock[],
  h1s: PageHeading[],
  headline: DeclaredHeadline,
  titleCut: string,
): PageHeading | null {
  if (headline.from === '<title>') return null;
  const found = h1s.flatMap((h) => {
    const text = spaced(blocks[h.index]?.text ?? h.text);
    if (h.logo || wordCount(text) < REWORDED_TITLE_WORDS) return [];
    if (sharedWords(titleCut, text, true) <= 0.5 || sharedWords(headline.value, text) >= 0.5)
      return [];
    return [{ ...h, text }];
  });
  return found.length === 1 ? (found[0] as PageHeading) : null;
}

/**
 * The declared headline without a part (between a title's separators) that the site's logo
 * prints whole: the site's name, whose words an <h1> may print too without rewording the
 * headline. echte-demokratie-jetzt.de's blog index declares only the <title> "blog | Echte
 * Demokratie Jetzt! Occupy", whose second part the logo `<h1 id="site-title">` prints linking
 * home; its header's banner `<h1>` "yes we camp echte demokratie jetzt spanishrevolution
 * yeswecamp t-shirt" shares three of its five words, all the site's, and rewordedHeadline took
 * it. Read only by rewordedHeadline's share; where no part is left the headline is unchanged.
 */
export function logoPartCut(headline: DeclaredHeadline, h1s: PageHeading[]): DeclaredHeadline {
  const logos = new Set(h1s.filter((h) => h.logo).map((h) => matchKey(h.text)));
  if (logos.size === 0) return headline;
  const parts = titleParts(headline.value);
  const kept = parts.filter((p) => !logos.has(matchKey(p)));
  if (kept.length === parts.length || kept.length === 0) return headline;
  return { ...headline, value: kept.join(' | ') };
}

/**
 * The fewest words of an <h1> read as the <title> reworded (rewordedTitleH1): not a label. Three
 * since stop 41 (minusl.de's "Unsere MinusL Joghurts" under the `<title>` "Joghurt | MinusL" and a
 * product's og:title "MinusL Fruchtjoghurt Erdbeere"; with the `<title>`'s words read in other
 * forms, sameStem): of both corpora's 1,053 pages no other headline changed.
 */
const REWORDED_TITLE_WORDS = 3;

/** A title's separator between a heading's words and its subtitle's: " - ", " | ", ": ". */
const SPLIT_SEPARATOR = /^\s*[-|–—:·•»]\s/u;

/** The fewest words of the upper heading of a split headline (see splitHeading). */
const SPLIT_HEAD_WORDS = 2;

/**
 * The one <h1> where the declared headline is only its <title> (or a part of it) and the
 * <h1> prints other words: a site's or a section's page title ("Geschichte - St. Georgs
 * Chorknaben Ulm", "Autofinanzierung – Autokredit oder doch besser Leasing?", "Home") over the
 * heading a reader sees ("Chorgeschichte", "Finanzierung Ihres Autos", "Time to say goodbye.").
 * On trafilatura's evaluation pages, whose titles are the printed headlines, such <h1>s are the
 * reference (docs/figures.md, stop 38). Not where another declaration (og:title, JSON-LD) gives
 * a headline the <title> does not hold, a share title the page chose; not a logo, nor the site's
 * name, nor a label ending in a colon, nor where the page has two <h1>s or more (which is the
 * story's is not known).
 */
export function soleOwnH1(
  h1s: PageHeading[],
  declared: PageMetadata,
  pageTitle: string,
): PageHeading | null {
  const headline = declared.headline as DeclaredHeadline;
  if (!matchKey(pageTitle).includes(matchKey(headline.value))) return null;
  // A <title> of parts between separators (a section's or the site's name beside the page's
  // own): a test page's one-part <title> ("Base URL test" over the <h1> "Lorem", Readability's
  // 20 such pages) names the page as its <h1> does not.
  // A <title> of one word ("Home", "Startseite") names a page of the site as a menu would, not a
  // story: prof-pc.de's "Home" over its <h1> "Time to say goodbye.". Readability's one-part test
  // titles are two words or more ("RTL Test" over the <h1> "Lorem").
  if (
    titleParts(pageTitle).length < 2 &&
    !oneWordTitle(pageTitle) &&
    !hostTitle(pageTitle, declared.canonicalUrl)
  ) {
    return null;
  }
  const open = h1s.filter((h) => !h.logo);
  if (open.length !== 1 || h1s.length !== 1) return null;
  const h = open[0] as PageHeading;
  const key = matchKey(h.text);
  const site = declared.siteName ? matchKey(declared.siteName.value) : '';
  if (!key || /:\s*$/u.test(h.text) || (site && site.includes(key))) return null;
  if (matchKey(pageTitle).includes(key)) return null;
  // Other words: at most half the shorter's words in the longer, where rewordedHeadline reads
  // more as the same headline reworded. An <h1> holding the declared headline under a kicker
  // ("Energiewende Oberland: Klimavorreiter Oberland?") is one rewordedHeadline leaves, as its
  // reference is the declared headline (tegernseerstimme, domradio, be.ch, interscenar.io).
  const [short, long] =
    wordCount(h.text) <= wordCount(headline.value)
      ? [h.text, headline.value]
      : [headline.value, h.text];
  if (sharedWords(short, long) > 0.5) return null;
  return h;
}
