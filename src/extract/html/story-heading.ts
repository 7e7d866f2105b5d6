// The story's own heading where <title> and the declared headline are the site's (a logo's
// name, a section's): a heading in the story's first blocks that the title's words tell, or a
// block classed as the title (declared-headline.ts asks it among its finders, take-headline.ts
// over the heading taken).

import { findDate } from '../../normalize/dates.ts';
import type { DeclaredHeadline, PageMetadata } from '../../html/metadata.ts';
import type { DomVerdict } from '../html-classify.ts';
import type { HtmlBlock } from '../html-front-end.ts';
import type { Element } from 'hast';
import { titleParts, type PageHeading } from '../heading-parts.ts';
import { matchKey, wordCount } from '../../text.ts';
import { classParts, allLinked, sharedWords, pageHost, fold } from './shared.ts';

/**
 * The story's own heading where every title the page declares names only its site or a section
 * ("energieverbraucher.de | Gaspreise", "National Rail Enquiries -", "BeginnersGuide/Download -
 * Python Wiki") and no heading prints it: the heading (<h2>-<h6>, or an <h1> that is no logo)
 * standing directly above the article body the classifier found, or its first block. Not the
 * site's name, nor a label ending in a colon, nor one sharing half its words with the <title>
 * (a reworded headline, which the rules above read).
 */
export function storyHeading(
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  headings: PageHeading[],
  contentStart: number,
  declared: PageMetadata,
  pageTitle: string,
): PageHeading | null {
  if (!titlesNameSite(blocks, verdicts, headings, declared, pageTitle)) return null;
  const site = declared.siteName ? matchKey(declared.siteName.value) : '';
  for (const h of headingsOverBody(blocks, headings, contentStart)) {
    if (!h || h.logo) continue;
    const text = storyHeadingText(blocks, h, contentStart, site, pageTitle);
    if (text !== null) return { ...h, text };
  }
  return null;
}

/**
 * Whether every title the page declares names only its site or a section (storyHeading): each is
 * the <title> or a part of it, and the <title> is a logo's heading or names the site's place.
 */
function titlesNameSite(
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  headings: PageHeading[],
  declared: PageMetadata,
  pageTitle: string,
): boolean {
  const headline = declared.headline as DeclaredHeadline;
  const titleKey = matchKey(pageTitle);
  // Every declared title is the <title> or a part of it: no og:title or JSON-LD headline of the
  // story's own beside it.
  if (!declared.titles.every((t) => titleKey.includes(matchKey(t)))) return false;
  if (!titleKey.includes(matchKey(headline.value))) return false;
  const site = declared.siteName ? matchKey(declared.siteName.value) : '';
  if (
    !logoTitle(headings, pageTitle) &&
    !namesPlace(pageTitle, site, pageHost(declared.canonicalUrl), blocks, verdicts)
  ) {
    return false;
  }
  return true;
}

/** The headings storyHeading tries, in order: under the body's start, over it, a block further. */
function headingsOverBody(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  contentStart: number,
): (PageHeading | undefined)[] {
  // Directly above the body: at most STORY_HEADING_ABOVE blocks before its start (a kicker and a
  // dateline between), or its first two blocks (a dateline over the heading).
  const titled = titledBlocks(blocks, contentStart);
  const near = [...headings, ...titled]
    .sort((a, b) => a.index - b.index)
    .filter((h) => h.index >= contentStart - STORY_HEADING_ABOVE && h.index <= contentStart + 1);
  const before = near.filter((h) => h.index < contentStart).at(-1);
  const after = near.find((h) => h.index >= contentStart);
  // A title-classed line a block further down, under a one-word label heading and a dateline
  // (iconmagazine's <h4> "ICON", "November 2022", then div.title-text): tried after the others.
  const later = titled.find((h) => h.index === contentStart + 2);
  return [after, before, later];
}

/** The text of heading `h` as the story's own heading (storyHeading), or null where it is not. */
function storyHeadingText(
  blocks: HtmlBlock[],
  h: PageHeading,
  contentStart: number,
  site: string,
  pageTitle: string,
): string | null {
  const titleKey = matchKey(pageTitle);
  // A heading hyphenated for the browser ("Er\u00ADin\u00ADne\u00ADrung") prints its words.
  const text = h.text.replace(/\u00AD/gu, '');
  const key = matchKey(text);
  if (!key || /:\s*$/u.test(text) || (site && site.includes(key))) return null;
  // A fragment after a cut kicker (", Thema: Forschung") is no heading of its own.
  if (!/^[\p{L}\p{N}"'„“”‚‘’«»¿¡]/u.test(text)) return null;
  if (titleKey.includes(key) || wordCount(text) < 2) return null;
  if (sharedWords(text, pageTitle) > 0.5) return null;
  // Not a sidebar's or a list's label, nor a teaser over the story's <h1>: the heading is
  // followed by the body's text, not by an <h1> or another heading of its level.
  const next = blocks[h.index + 1];
  if (next === undefined) return null;
  if (next.kind === 'heading' && (next.level === h.level || next.level === 1)) return null;
  // Above the body, a story's heading stands over its dateline ("01.02.2022 Kategorie: ...");
  // a page's widget labels ("Mobile Navigation" over "Suche") over none.
  if (
    h.index < contentStart &&
    !blocks.slice(h.index + 1, contentStart).some((b) => findDate(b.text))
  ) {
    return null;
  }
  return text;
}

/**
 * Blocks about the body's start set as a headline in markup other than a heading: a short
 * paragraph whose element or a near ancestor is classed as a title or headline ("title-text",
 * "l-headline"), as magazine themes set a story's title over its picture (iconmagazine's
 * div.title-text, sheego's div.l-headline). Read as headings of the lowest rank by storyHeading
 * only, where every declared title names the site. Not a subtitle's or subline's class.
 */
function titledBlocks(blocks: HtmlBlock[], contentStart: number): PageHeading[] {
  const found: PageHeading[] = [];
  const from = Math.max(0, contentStart - STORY_HEADING_ABOVE);
  for (let index = from; index <= contentStart + 2 && index < blocks.length; index++) {
    const b = blocks[index] as HtmlBlock;
    if (b.kind !== 'paragraph' || wordCount(b.text) > TITLED_BLOCK_WORDS) continue;
    const marked = b.ancestors.slice(-TITLED_BLOCK_DEPTH).some((el) => titleClassed(el));
    if (marked) found.push({ index, text: b.text, level: 7, logo: false });
  }
  return found;
}

/** The most words of a block read as a headline by its class (titledBlocks). */
const TITLED_BLOCK_WORDS = 15;

/** How many elements up from a block its title class may stand (the block's own and two more). */
const TITLED_BLOCK_DEPTH = 3;

/** A class token whose parts (split at "-" and "_") hold "title" or "headline", none "sub". */
export function titleClassed(el: Element): boolean {
  return classParts(el).some(
    (parts) =>
      parts.some((p) => p === 'title' || p === 'headline') &&
      !parts.some((p) => p.startsWith('sub')),
  );
}

/**
 * A <title> the site's logo prints whole (an <h1> linking home with its text): a blog's front
 * page or a post's page left at the blog's name ("Gaby's - Colours of the Soul" under the <h1>
 * of that name linking to the blog), whose <title> names the site, not a story, whatever its
 * length (namesPlace reads its parts).
 */
function logoTitle(headings: PageHeading[], pageTitle: string): boolean {
  const key = matchKey(pageTitle);
  return key !== '' && headings.some((h) => h.logo && matchKey(h.text) === key);
}

/**
 * A <title> all of whose parts name the site or a place on it: the declared site's name, the
 * host's ("energieverbraucher.de", "National Rail Enquiries" on nationalrail.co.uk), or a text
 * the page prints as a link or outside its article (a menu's "Home", "Aktuelles", "Ausbildung";
 * a masthead's name). A story's <title> prints words of its own (Readability's test pages
 * "Share buttons removal test", "Daring Fireball: Colophon").
 */
function namesPlace(
  pageTitle: string,
  site: string,
  host: string | null,
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
): boolean {
  const compact = (key: string) => key.replace(/\s+/g, '');
  const hostKeys = (host ?? '')
    .split('.')
    .slice(0, -1)
    .filter((label) => label.length > 2);
  const placed = new Set<string>();
  for (const [i, b] of blocks.entries()) {
    if (verdicts[i] != null || allLinked(b)) placed.add(matchKey(b.text));
  }
  const parts = titleParts(pageTitle).map(matchKey).filter(Boolean);
  const named = (key: string) =>
    (site !== '' && (site.includes(key) || key.includes(site))) ||
    hostKeys.some((label) => compact(key).includes(label)) ||
    placed.has(key);
  // A <title> closing in a bare separator ("National Rail Enquiries -") is a template whose
  // page's part is blank: the rest is the site's name.
  if (parts.length > 0 && TRAILING_SEPARATOR.test(pageTitle)) return true;
  // Beside a part that names the site or a place, a short part (two words at most: "Gaspreise",
  // "Python Wiki", "Feuerwehr Oldenburg") is a section's or the site's name; a story's part is
  // longer (Readability's "Google - Site Reliability Engineering").
  return parts.some(named) && parts.every((key) => named(key) || wordCount(key) <= SECTION_WORDS);
}

/** A <title> ending in a separator with nothing after it. */
const TRAILING_SEPARATOR = /\s(?:[-|–—·»«•:/]|::|\/\/)\s*$/u;

/** The most words of a section's or site's name in a <title> (see namesPlace). */
const SECTION_WORDS = 2;

/** Blocks above the body's first a story's heading may stand (dsv.de: kicker, dateline). */
const STORY_HEADING_ABOVE = 3;

/**
 * The one heading of the page's one `<article>` element where no title the page declares is
 * printed in any block and the page has no `<h1>` but a logo: the declarations are a share text
 * or a listing's name, not the words a reader sees over the story. uk.trustpilot.com's review
 * page declares the og:title "Mrs H Pyke gave gousto.co.uk 5 stars. Check out the full
 * review..." and the `<title>` "gousto.co.uk reviewed by Mrs H Pyke", neither printed, and sets
 * the review's own `<h2 class="review-content__title">` "Gousto has changed my life...." (a
 * permalink, so all a link) as the only heading of `<article class="review">`, the reference.
 * A title's part printed (the story's part of a `<title>` "Story | Section") is a title printed.
 * Two words or more; not where the article holds two headings or more (which is the story's is
 * not known), nor where the page has two articles (a listing). Asked last of the finders.
 */
export function soleArticleHeading(
  blocks: HtmlBlock[],
  headings: PageHeading[],
  titles: string[],
): PageHeading | null {
  if (headings.some((h) => h.level === 1 && !h.logo)) return null;
  // A title's parts too: a <title> "Story | Section" whose story part a heading prints names
  // the story (Readability's 001, its <h2> printing the part before "| Code").
  const wanted = titles
    .flatMap((t) => [t, ...titleParts(t)])
    .map(fold)
    .filter(Boolean);
  if (wanted.length === 0) return null;
  if (blocks.some((b) => wanted.some((t) => fold(b.text).includes(t)))) return null;
  const articles = new Set(
    blocks.flatMap((b) => b.ancestors.filter((el) => el.tagName === 'article')),
  );
  if (articles.size !== 1) return null;
  const [article] = articles;
  const inside = headings.filter((h) => blocks[h.index]?.ancestors.includes(article as Element));
  const only = inside.length === 1 ? (inside[0] as PageHeading) : null;
  if (only === null || only.logo || wordCount(only.text) < 2) return null;
  return { ...only, text: (blocks[only.index] as HtmlBlock).text };
}
