// Whether a page is read as a full-page dump (isDump), for readPageHeader
// (src/extract/page-header.ts): what the body finder cut, a long preamble with the dumping tools'
// marks, an html2text <h1>, or a headline of a title's weight under the site's header; and the
// clean files no headline can make a dump (noHeadlineMakesDump), which are read without weighing
// one.

import {
  headingLevel,
  isListItem,
  isPageFurniture,
  type Headline,
} from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { findDateSpan } from '../../normalize/dates.ts';
import { wordCount } from '../../text.ts';
import { HEAD_LINES } from '../state.ts';
import { printKey } from '../headline-revisions/found.ts';
import { titleShaped } from '../headline-revisions/line-marks.ts';
import { isSiteChrome } from '../../normalize/site-chrome.ts';
import type { StoryLines } from './story-headline.ts';

/** More open lines than this above the story make a file a full-page dump (menus first). */
const DUMP_PREAMBLE = HEAD_LINES;

/** Menu items, UI text or form fields above the story that make a file with no cut a dump. */
const DUMP_MARKS = 3;

/**
 * A dump is what the body finder cut, or a long preamble with the dumping tools' marks. Where
 * it cut only below a story that starts within the first lines, and no headline stands above
 * that story, the file's top is an article's, read as a clean file is (dev418's horizontal
 * rules between its sections in lynx: its first line, "Readability Test", is the title). Nor
 * where a headline of a title's weight stands under the file's first line (headlineUnderTop).
 */
export function isDump(
  page: Line[],
  cut: Map<number, unknown>,
  story: number,
  headline: Headline | null,
): boolean {
  const long = story > DUMP_PREAMBLE;
  if (cut.size === 0) {
    return (
      (long && isMarked(page, story)) ||
      isH1Headline(page, headline) ||
      headlineUnderTop(page, headline)
    );
  }
  return long || headline !== null || page.slice(0, story).some((l) => cut.has(l.n));
}

/**
 * A file the body finder cut nothing of, which isDump reads as no dump whatever headline and
 * story storyAndHeadline weigh, so that none is weighed (on clean generated text, scoring every
 * story's candidates was over half of a file's normalize CPU, only for isDump to drop the
 * score; docs/figures.md, stop 50, sp50a). Each of isDump's three tests fails for every
 * headline and every story it could be given:
 * - a long preamble with the tools' marks: no story lies past DUMP_PREAMBLE, or the lines over
 *   the lowest (every story storyAndHeadline returns is one of `stories` or `first`) hold fewer
 *   than DUMP_MARKS (isMarked counts up to the story: what fails for the lowest fails for all);
 * - an html2text <h1> for headline: no line opens on "# ";
 * - headlineUnderTop: a date on one of the file's first TOP_HEADLINE_LINE lines stands over any
 *   headline under them (datedOver), and no line of the page is chrome (chromeOver): a clean
 *   article headed by its dateline (a wire story's "19-JUN-1987 05:13:39.20").
 */
export function noHeadlineMakesDump(page: Line[], { stories, first }: StoryLines): boolean {
  const lowest = Math.max(first ?? -1, ...stories);
  if (lowest > DUMP_PREAMBLE && isMarked(page, lowest)) return false;
  if (page.some((line) => line.text.startsWith('# '))) return false;
  return (
    page.slice(0, TOP_HEADLINE_LINE).some((line) => findDateSpan(line.text, true) !== null) &&
    !page.some((line) => isSiteChrome(line.text.trim()))
  );
}

/**
 * A headline of a title's weight (TOP_HEADLINE_SCORE) picked under the file's first line: what
 * stands over it is the site's, its name and motto, logo or menu ("Columbus entdeckt" / "Die
 * besten Reisegeschichten" over "Ski-Fahren auf den Spuren des Trolls", "IT4Kids Logo" and its
 * menu, "jan-grosser.de" / "cat /dev/brain/ideas >> blog", schneems' author blurb), and the file
 * is a page's dump even where its story starts on its first lines and nothing was cut. Read as a
 * clean file's top, the first of those lines was its title. The headline stays as picked.
 */
function headlineUnderTop(page: Line[], headline: Headline | null): boolean {
  return (
    headline !== null &&
    headline.first >= TOP_HEADLINE_LINE &&
    headline.score >= TOP_HEADLINE_SCORE &&
    titleShaped(headline.text) &&
    // The title printed twice, on the first line and over the story (seed 002's "North Koreans
    // in China asking for help for defection" over its trail): read as a clean file, the same.
    printKey((page[0] as Line).text) !== printKey(headline.text) &&
    (!datedOver(page, headline.first) || chromeOver(page, headline.first))
  );
}

/**
 * A line of the site's chrome (isSiteChrome: a menu run together, a form's button) over the
 * headline: what stands over it is the site's header, not an article's, whatever date it prints
 * (infobae's "Miércoles 4 de Mayo de 2022" under its menus "Últimas Noticias
 * AméricaMéxicoVenezuela...", in w3m, read as a clean file's top, which gave that menu for its
 * title). A newsletter's top (datedOver) prints its issue and month, no menu.
 */
function chromeOver(page: Line[], first: number): boolean {
  return page.slice(0, first).some((line) => isSiteChrome(line.text.trim()));
}

/**
 * A date (a day's, or a month's and year) on a line over the headline: the file's top is the
 * article's own header, read as a clean file reads it, with its date. A newsletter's "Issue 212
 * | March 1987" over its story's title (bench:quality's newsletter digests) was lost read as a
 * dump, and its date with it; the pages headlineUnderTop was built for print no date over
 * their title (docs/figures.md, stop 42, the lead's commit after hl42c).
 */
function datedOver(page: Line[], first: number): boolean {
  return page.slice(0, first).some((line) => findDateSpan(line.text, true) !== null);
}

/**
 * What that headline must score, at least: on trafilatura's pages (docs/figures.md, stop 42,
 * branch hl42c) the titles won scored 4.15 (schneems in w3m) to 20; the lines that took a title
 * printed at the file's top scored 2.45 (omr's byline glued to its date, "Tanja
 * Karrasch3.11.2023", under the title) and 3.12 (guenter-pilger's line of a quoted letter, the
 * story found in a table under it). achgut's "## Bericht zur Coronalage ..." in html2text (3.85)
 * is its title, but read as a dump the page lost its date, printed in a byline line two lines
 * over the title that only the clean file's reading takes: left under the cut.
 */
const TOP_HEADLINE_SCORE = 4;

/**
 * Lines over that headline, at least: a clean file prints one line over its title that the
 * title block reads as what it is, a masthead with its section ("The Harbour Times: ECONOMY"
 * over a wire story's headline, test/unit/dedup.test.ts, whose standfirst was lost read as a
 * dump). The titles won stand 2 (columbus) to 32 lines under the first.
 */
const TOP_HEADLINE_LINE = 2;

/**
 * The headline picked is printed as html2text prints an <h1> ("# Emden" under a trail and a
 * picture's credit, three lines from the file's top): the file is a page's dump, whatever the
 * length of what stands above its story. Read as a clean file's top, such a page gave the credit
 * or a menu's line for its title (trafilatura's reisen-mit-dem-internet, haenselblatt, infobae and
 * it-for-kids in html2text, whose "# " headline was found and then dropped).
 */
function isH1Headline(page: Line[], headline: Headline | null): boolean {
  const text = headline === null ? '' : (page[headline.first] as Line).text;
  return text.startsWith('# ') && headingLevel(text) === 1;
}

/** DUMP_MARKS or more list items and page furniture above the story (counted up to there only). */
function isMarked(page: Line[], story: number): boolean {
  let marked = 0;
  for (let i = 0; i < story && marked < DUMP_MARKS; i++) {
    const text = (page[i] as Line).text;
    if (isListItem(text) || isPageFurniture(text) || isMenuBar(text)) marked++;
  }
  return marked >= DUMP_MARKS;
}

/**
 * A site's menu printed on one line: four items or more of one to three words between bars or
 * dots ("Archives | Calendar | Subscribe | Write for LWN | LWN.net FAQ | Sponsors", lwn-1 in
 * html2text, whose other marks above the story are only "Not logged in" and "Log in now").
 */
function isMenuBar(text: string): boolean {
  const items = text.split(/\s[|•·]\s/).map((item) => item.trim());
  return items.length >= 4 && items.every((item) => item !== '' && wordCount(item) <= 3);
}
