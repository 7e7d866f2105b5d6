// Site names over titles: a site's name at the page's top taken for the headline gives way to
// the post's title beside its dateline further down, under the site's menu (nameOverMenu) or
// past menus and categories (nameOverDatedTitle). Moved from page-header.ts (stop 43, branch
// rf43b).

import { type Found, sameText, indexOf } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  headingLevel,
  type Headline,
  isUiText,
  TRAIL_SCORE,
  tellsOf,
  wrapsInto,
  pageBylineOf,
  splitSiteName,
} from '../../normalize/headline.ts';
import {
  BULLET,
  LIST_MARK,
  lineNoHeadline,
  titleLike,
  titleShaped,
  twoLongWords,
} from './line-marks.ts';
import { isDateline, NOT_TITLE } from './titles-over-datelines.ts';
import { matchKey, wordCount } from '../../text.ts';
import { singleSpaced } from '../../normalize/chrome.ts';
import { lynxLinksLine } from '../../normalize/headline/lynx-headings.ts';
import { BULLET_MARKS } from '../../normalize/headline/page-furniture.ts';

/**
 * The site's name on the page's first line, over the site's menu, taken for the headline of a
 * story found lower (a blog's name over its menu: creeny's "Das Leben, der Meister und ich…" over
 * "• Startseite • Datenschutzerklärung • Impressum", nextkabinett's "Reka as Social Secretary"
 * over "Zum Inhalt springen" and its menu): pickHeadline favours a page's first line, and the
 * post's title, printed beside its dateline further down, loses to it. Where a menu's items
 * (MENU_ITEMS bullets) stand within MENU_REACH lines under the headline and a dateline within
 * NAME_DATE_REACH lines under it, the title is the line right over that dateline or one of the
 * two under it (nameDateTitle); the story stays where it was found.
 */
export function nameOverMenu<T extends Found>(page: Line[], found: T): T {
  const was = found.headline;
  // The first line under lynx's <link> list, bounded (atPageTop): reading on over every indented
  // line reached lynx's headline at the margin under the article's indented top (dailymail.co.uk.food:
  // "Jamie's war on toxic US food: ..." read as a name, the byline over "Published:" taken).
  if (!was || !atPageTop(page, was.first)) return found;
  if (headingLevel((page[was.first] as Line).text) > 0) return found;
  const under = page.slice(was.last + 1, was.last + 1 + MENU_REACH);
  if (under.filter((l) => BULLET.test(l.text)).length < MENU_ITEMS) return found;
  const date = datelineUnder(page, was.last + 1, was.last + NAME_DATE_REACH);
  const title = date === null ? null : nameDateTitle(page, date);
  if (title === null || sameText(title, was)) return found;
  return { ...found, headline: title };
}

/** The first dateline from line `from` to line `to`, not a list's item. */
function datelineUnder(page: Line[], from: number, to: number): number | null {
  for (let k = from; k <= Math.min(page.length - 1, to); k++) {
    if (isDateline((page[k] as Line).text)) return k;
  }
  return null;
}

/**
 * The post's title beside its dateline: the line over it, else one of the two under it, that
 * reads as a title (no list item, no sentence or dateline, no widget's text, no "←"/"→"/"↓" of a
 * previous-post or comments link, a title's shape).
 */
function nameDateTitle(page: Line[], date: number): Headline | null {
  for (const k of [date - 1, date + 1, date + 2]) {
    const line = page[k];
    if (!line || k < 1) continue;
    const text = line.text.trim();
    if (BULLET.test(line.text) || LIST_MARK.test(line.text) || lineNoHeadline(text)) continue;
    if (ARROWS.test(text) || isUiText(text) || !titleShaped(text)) continue;
    return { first: k, last: k, text, score: 0 };
  }
  return null;
}

/**
 * The site's name, motto or tagline taken for the headline of a post printed beside its dateline
 * a few lines under it (emacspeak's "EMACSPEAK The Complete Audio Desktop" on the page's first
 * line, 1hundetagebuch's "Ein Hundetagebuch" and marktplatz's "Marktplatz für ein gutes Leben"
 * printed twice over the menu, googleblog's "The latest news and insights from Google on ..."
 * read as the story's first line): the line is printed as a site's name is (`siteNamed`), a
 * dateline stands within NAME_DATE_REACH lines under it, menus' items not counted, and the line
 * beside that dateline that reads as a title and is told by the story is the headline
 * (`toldDateTitle`). The story stays where it was found.
 */
export function nameOverDatedTitle<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || headingLevel((page[was.first] as Line).text) > 0) {
    return found;
  }
  const named = siteNamed(page, was, story);
  if (named === null) return found;
  const date = datelinePastMenus(page, was.last + 1);
  // Read as the story's first line only, the name stands right over the title over its dateline.
  if (date === null || (named === 'story' && date !== was.last + 2)) return found;
  const title = toldDateTitle(page, date, was, story, named === 'again');
  return title ? { ...found, headline: title } : found;
}

/**
 * Printed as a site's name is: on the page's first line, or again on another line of the page
 * (the logo's text over the menu and the header's, the footer's), or read as the story's first
 * line, the story found at it or right under it (a blog's description over its posts).
 */
function siteNamed(page: Line[], was: Headline, story: number): 'top' | 'again' | 'story' | null {
  if (atPageTop(page, was.first)) return 'top';
  if (story <= was.last) return 'story';
  if (!printedNear(page, was)) return null;
  return tellsOf(page, Math.max(story, was.last + 1), was.text, indexOf(page)) ? null : 'again';
}

/**
 * The page's first line, or the first under lynx's "#" list of the page's <link> elements and
 * its wrapped continuation, within LYNX_TOP_LINES lines (the test before it, pageTop, read on over
 * every indented line, lynx's text included: abc13's, elnuevodia's headlines were taken for names
 * with it).
 */
function atPageTop(page: Line[], at: number): boolean {
  if (at === 0) return true;
  if (lynxLinksLine(page) === null || at > LYNX_TOP_LINES) return false;
  return page.slice(1, at).every((l) => /^\s/.test(l.text)) && !/^\s/.test((page[at] as Line).text);
}

/** Lines of lynx's "#" list of <link> elements, wrapped, at most (emacspeak's: 2). */
const LYNX_TOP_LINES = 3;

/**
 * The line taken printed again within NAME_DATE_REACH lines of it, with only short lines between
 * (a logo's text, the header's, an address: herzundblut's "Street Address", "City, State, Zip"),
 * none of NAME_GAP_WORDS words or more: a title printed again under its picture's caption
 * (theintercept's "What It’s Like to Give Birth in Gaza") is not a site's name.
 */
function printedNear(page: Line[], was: Headline): boolean {
  const text = (page[was.first] as Line).text.trim();
  const short = (from: number, to: number) =>
    page.slice(from, to).every((l) => wordCount(l.text) < NAME_GAP_WORDS);
  for (let k = Math.max(0, was.first - NAME_DATE_REACH); k <= was.last + NAME_DATE_REACH; k++) {
    const line = page[k];
    if (!line || (k >= was.first && k <= was.last) || line.text.trim() !== text) continue;
    if (k < was.first ? short(k + 1, was.first) : short(was.last + 1, k)) return true;
  }
  return false;
}

/** Words of a line between two prints of a site's name, fewer than (a caption's are 16). */
const NAME_GAP_WORDS = 10;

/** The first dateline under line `from`, NAME_DATE_REACH lines at most, a menu's items not counted. */
function datelinePastMenus(page: Line[], from: number): number | null {
  let open = 0;
  for (let k = from; k < page.length && open <= NAME_DATE_REACH; k++) {
    const text = (page[k] as Line).text;
    if (MENU_LINE.test(text)) continue;
    if (isDateline(text)) return k;
    open++;
  }
  return null;
}

/**
 * Words of a post's title under a site's name, at least: a section's name or a picture's person
 * over or under the dateline is shorter (unzensuriert's "Europäische Union", surfguard's "Amanda
 * Knox" in lynx).
 */
const NAME_TITLE_WORDS = 3;

/**
 * A post's categories, printed over its dateline ("Allgemein, news" on marktplatz): two items or
 * more, commas between, of CATEGORY_WORDS words at most each.
 */
function categoryList(text: string): boolean {
  const items = text.split(/\s*,\s*/u);
  return items.length >= 2 && items.every((item) => wordCount(item) <= CATEGORY_WORDS);
}

/** Words of a post's category, at most ("Leben & Wohnen"). */
const CATEGORY_WORDS = 3;

/** A menu's item, w3m's nested "□" and "☆" included. */
const MENU_LINE = new RegExp(String.raw`^\s*[${BULLET_MARKS}+»□☆-](?:\s|$)`, 'u');

/**
 * The post's title beside its dateline, under the name (`was`): the line over the dateline, else
 * one of the two under it, that reads as a title (nameDateTitle's tests), of two long words or
 * more, and is told by the story (under it, or under the story found); not the story's own first
 * line, nor a line wrapped into the next (a lead under the dateline).
 */
function toldDateTitle(
  page: Line[],
  date: number,
  was: Headline,
  story: number,
  printedTwice: boolean,
): Headline | null {
  const index = indexOf(page);
  for (const k of [date - 1, date + 1, date + 2]) {
    const line = page[k];
    if (!line || k <= was.last || k === story) continue;
    const text = line.text.trim();
    const next = page[k + 1];
    if (next && wrapsInto(text, next.text, index.width)) continue;
    if (BULLET.test(line.text) || LIST_MARK.test(line.text) || lineNoHeadline(text)) continue;
    if (ARROWS.test(text) || isUiText(text) || !titleShaped(text) || text === was.text) continue;
    if (NOT_TITLE.test(text)) continue;
    if (!twoLongWords(text) || wordCount(text) < NAME_TITLE_WORDS) continue;
    if (categoryList(text)) continue;
    const between = printedTwice && sandwiched(was, k, date, text);
    if (!between && !tellsOf(page, Math.max(story, k + 1), text, index)) continue;
    return { first: k, last: k, text, score: was.score };
  }
  return null;
}

/**
 * The title printed right between the site's name (printed twice: the logo's and the header's)
 * and its dateline, each on the next line: the theme's header is name, title and date, and the
 * title needs no word of the story (1hundetagebuch's "Ein Hundetagebuch", "Nach viel zu langer
 * Zeit mal wieder", "31 Donnerstag Okt 2019": an idiom the post never repeats). No byline:
 * quanta-1's "By Joshua Sokol" under its title, over its dateline, was taken without that test;
 * diy-expeditions' teaser list ("Reise-Angebot: ...", "Beschreibung: ...", its date) without the
 * name printed twice.
 */
function sandwiched(was: Headline, k: number, date: number, text: string): boolean {
  return k === was.last + 1 && date === k + 1 && pageBylineOf(text) === null;
}

/** A menu under the site's name: its bullets within this many lines (nextkabinett: a skip link first). */
const MENU_REACH = 3;

/** Bullets under the site's name that make a menu. */
const MENU_ITEMS = 2;

/** Lines under the site's name that the post's dateline may stand (creeny 7, nextkabinett 8). */
const NAME_DATE_REACH = 12;

/** Arrows of a previous/next-post link or a "↓ Zu den Kommentaren" jump. */
const ARROWS = /[←→↓↑]/u;

/**
 * The page's <title> printed over its <h1>: a headline found with a site's part after a
 * bar ("Best Cheap Homemade Halloween Costumes | 2020", splitSiteName), right over a line
 * that reads as a title and stands right over the story's dateline (popsugar's "90+ Costumes For
 * Adults to DIY on the Cheap This Halloween" over "Oct 30 2020 by Emily Co"). A heading printed
 * on the page never carries the site's name after a separator; a <title> does, so the line under
 * it is the <h1>. html2text marks the two apart ("## " and "# "); w3m and lynx print both plain,
 * and pickHeadline favours the upper. Not where the line under is a sentence, a list's item, the
 * upper's own headline again, or untold by the story.
 */
export function titleUnderTitleTag<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.first !== was.last || was.score >= TRAIL_SCORE) return found;
  if (headingLevel((page[was.first] as Line).text) > 0) return found;
  // A bar only: a dash parts many a heading's own words (mannschaft's "Benjamin Näßler: «Liebe
  // kennt keine Pause – gegen Homophobie in Katar»" over its subtitle and dateline).
  const printed = singleSpaced(was.text);
  const { headline: named, site } = splitSiteName(printed);
  if (site === null || !BAR_BEFORE.test(printed.slice(named.length))) return found;
  const at = was.last + 1;
  const date = page[at + 1];
  if (at + 1 >= story || !date || !isDateline(date.text)) return found;
  const text = (page[at] as Line).text.trim();
  if (BULLET.test(text) || lineNoHeadline(text) || NOT_TITLE.test(text) || isUiText(text)) {
    return found;
  }
  if (!titleLike(text) || wordCount(text) < 3 || matchKey(text) === matchKey(named)) return found;
  if (!tellsOf(page, story, text, indexOf(page))) return found;
  return { ...found, headline: { first: at, last: at, text, score: was.score } };
}

/** The bar a <title> sets before the site's name. */
const BAR_BEFORE = /^\s*\|/;
