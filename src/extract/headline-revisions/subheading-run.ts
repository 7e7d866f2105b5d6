// A section heading of a structured story taken for the dump's headline: the line found stands
// right over the story, and another line of its shape stands between two paragraphs a few lines
// down, so the two are the story's section headings ("Purpose of the Review" / paragraph / "Recent
// Findings" / paragraph), and the title stands over them (docs/figures.md, stop 47, branch hl47a).
// Asked after titleOverFirstParagraph in page-header/revisions.ts's DUMP_HEADLINE_REVISIONS.

import {
  headlineScores,
  isListItem,
  TRAIL_SCORE,
  type Headline,
} from '../../normalize/headline.ts';
import { datelineDay } from '../../normalize/dates.ts';
import { SENTENCE_END } from '../../normalize/headline/line-shape.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { wordCount } from '../../text.ts';
import { type Found, indexOf, toldTitle } from './found.ts';
import { lineNoHeadline, titleShaped, twoLongWords } from './line-marks.ts';

/**
 * The headline found is a section heading (sectionHeading) right over the story, and a second
 * one stands under the story's first paragraph within SIBLING_REACH lines (siblingUnder): the
 * best scored candidate over the first heading, within TITLE_REACH lines, in a title's shape and
 * told by the story, with a date printed right by it (datedNear), is taken. The story is left where it was found. link.springer.com.1007 in
 * w3m: "Purpose of the Review" (4.45) over the abstract's first paragraph, "Recent Findings"
 * under it, the title 8 lines up (2.55) under "Published: 30 January 2017" over the author.
 */
export function titleOverSectionHeadings<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || was.first !== was.last) return found;
  if (was.last !== story - 1 || !sectionHeading(page, was.first)) return found;
  if (!siblingUnder(page, story)) return found;
  const index = indexOf(page);
  const title = [...headlineScores(page, story, index)]
    .filter((h) => h.last < was.first && was.first - h.last <= TITLE_REACH)
    .sort((a, b) => b.score - a.score || a.first - b.first)
    .find(
      (h) =>
        titleLine(h.text) &&
        wordCount(h.text) > wordCount(was.text) &&
        datedNear(page, h) &&
        toldTitle(page, story, h.text, index),
    );
  return title ? { ...found, headline: title } : found;
}

/**
 * A day's date on the line over the title or on one of the two under it (a list item's too:
 * springer's "• Published: 30 January 2017" over it). Without it, springer's journal line
 * "Current Rheumatology Reports volume 19, Article number: 3 (2017) Cite this article" (2.65),
 * which the story tells too, was taken over the title (2.55).
 */
function datedNear(page: Line[], h: Headline): boolean {
  return [h.first - 1, h.last + 1, h.last + 2].some(
    (k) => page[k] !== undefined && datelineDay((page[k] as Line).text) !== null,
  );
}

/** A line in a title's shape: no sentence, dateline or list item (each revision's test). */
function titleLine(text: string): boolean {
  return titleShaped(text) && !lineNoHeadline(text) && !isListItem(text);
}

/** Lines under the story's first line a second section heading stands at most. */
const SIBLING_REACH = 12;
/** Lines over the first section heading the title stands at most (springer: 7). */
const TITLE_REACH = 10;
/** Words of a section heading at most ("Purpose of the Review": 4). */
const HEADING_WORDS = 5;

/** A short line of two long words or more, no sentence, no list item. */
function sectionHeading(page: Line[], i: number): boolean {
  const text = (page[i] as Line).text.trim();
  return (
    wordCount(text) <= HEADING_WORDS &&
    twoLongWords(text) &&
    !SENTENCE_END.test(text) &&
    !text.endsWith(':') &&
    !isListItem(text)
  );
}

/**
 * A section heading under the story's first paragraph: the line over it ends a sentence, the line
 * under it is prose (PROSE_WORDS or more), within SIBLING_REACH lines of the story's first line.
 */
function siblingUnder(page: Line[], story: number): boolean {
  for (let k = story + 1; k < page.length - 1 && k - story <= SIBLING_REACH; k++) {
    if (!SENTENCE_END.test((page[k - 1] as Line).text.trim())) continue;
    if (!sectionHeading(page, k)) continue;
    if (wordCount((page[k + 1] as Line).text) >= PROSE_WORDS) return true;
  }
  return false;
}

/** Words of a paragraph's line under a section heading at least. */
const PROSE_WORDS = 8;

/**
 * The headline found is a post's categories in a row ("Lifestyle • Sport": CATEGORY_ITEMS, each
 * of a word or two, set off by bullets), printed as a kicker over the title: the candidate right
 * under it, in a title's shape and told by the story, is taken. herrpfleger.de.fuelcell in w3m:
 * "Lifestyle • Sport" (3.50) over "New Balance: FuelCell Echo bringt Speed" (2.55) over "vor 4
 * Monaten"; lynx prints the title at the margin under the indented kicker and gets it.
 */
export function titleUnderCategories<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || !categoryRow(was.text)) return found;
  const index = indexOf(page);
  const title = headlineScores(page, story, index).find(
    (h) =>
      h.first === was.last + 1 &&
      titleLine(h.text) &&
      !categoryRow(h.text) &&
      toldTitle(page, story, h.text, index),
  );
  return title ? { ...found, headline: title } : found;
}

/** Two to CATEGORY_ITEMS items of one or two words each, set off by bullets ("A • B"). */
function categoryRow(text: string): boolean {
  const items = text.trim().split(BULLET_BETWEEN);
  return (
    items.length >= 2 &&
    items.length <= CATEGORY_ITEMS &&
    items.every((item) => item !== '' && wordCount(item) <= 2)
  );
}
const BULLET_BETWEEN = /\s+[•·]\s+/u;
/** Items of a row of categories at most (herrpfleger's: 2). */
const CATEGORY_ITEMS = 4;

/**
 * The headline found is a subtitle the page prints again right over itself (ECHOES lines or more
 * opening on its first ECHO_WORDS words: a teaser's text, the page's description and the
 * subtitle), over them a dateline, over that the title: the title, in a title's shape and told by
 * the story, is taken. A title is printed once in its header; a standfirst printed in several
 * variants stacked over the story is the page's description. dtb.de-kulturwandel in w3m:
 * "Erste Maßnahmen umgesetzt und Kulturwandel angestoßen" (5.75) over "03.02.2022 15:34" over
 * three lines "Kultur- und Strukturwandel im DTB – ..." (8.40 the last); lynx prints the title
 * at the margin over the indented rest and gets it.
 */
export function titleOverEchoedSubtitle<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || was.first !== was.last || was.last !== story - 1) {
    return found;
  }
  const opening = openingWords(was.text);
  if (opening === null) return found;
  let k = was.first - 1;
  while (k >= 0 && openingWords((page[k] as Line).text) === opening) k--;
  if (was.first - 1 - k < ECHOES || k < 1) return found;
  if (datelineDay((page[k] as Line).text) === null) return found;
  const index = indexOf(page);
  const title = headlineScores(page, story, index).find(
    (h) => h.last === k - 1 && titleLine(h.text) && toldTitle(page, story, h.text, index),
  );
  return title ? { ...found, headline: title } : found;
}

/** The first ECHO_WORDS words of a line, lower-cased; null for a shorter line. */
function openingWords(text: string): string | null {
  const words = text.trim().toLowerCase().split(/\s+/);
  return words.length > ECHO_WORDS ? words.slice(0, ECHO_WORDS).join(' ') : null;
}
/** Words two prints of one subtitle open on alike (dtb's "Kultur- und Strukturwandel im DTB"). */
const ECHO_WORDS = 5;
/** Prints of the subtitle over the one found, at least (dtb's: 2). */
const ECHOES = 2;

/**
 * The headline found stands right under a line printed again a few lines up (COPY_REACH), a
 * dateline between the two prints: the page prints its title in the header over the byline and
 * date and again over the subtitle, and the subtitle was found. The line over the headline, in a
 * title's shape and scoring within COPY_MARGIN of it, is taken. beige.de.suedfrankreich in w3m:
 * "Provence Travel Guide" / "Tipps von" / "Marie Jaster" / "6.11.22" / "Provence Travel Guide"
 * (3.80) / "5 Must-sees für Südfrankreich" (3.85); lynx prints the second title at the margin.
 */
export function titlePrintedOverSubtitle<T extends Found>(page: Line[], found: T): T {
  const title = lineOverFound(page, found);
  if (!title || !titleLine(title.text) || !twoLongWords(title.text)) return found;
  const key = title.text.trim().toLowerCase();
  for (let k = title.first - 2; k >= 0 && title.first - k <= COPY_REACH; k--) {
    if ((page[k] as Line).text.trim().toLowerCase() !== key) continue;
    const between = page.slice(k + 1, title.first);
    if (between.some((l) => dated(l.text))) return { ...found, headline: title };
  }
  return found;
}
/** The candidate of one line right over the headline found, scoring within COPY_MARGIN of it. */
function lineOverFound(page: Line[], { story, headline: was }: Found): Headline | null {
  if (!was || was.score >= TRAIL_SCORE || was.first < 1) return null;
  const over = headlineScores(page, story, indexOf(page)).find(
    (h) => h.first === h.last && h.last === was.first - 1 && h.score >= was.score - COPY_MARGIN,
  );
  return over ?? null;
}
/**
 * A dateline, or a day in digits with a two-digit year alone on its line (beige's "6.11.22",
 * which datelineDay leaves: a two-digit year is no day to publish).
 */
function dated(text: string): boolean {
  return datelineDay(text) !== null || SHORT_DAY.test(text.trim());
}
const SHORT_DAY = /^\d{1,2}[./]\d{1,2}[./]\d{2}$/;
/** Lines over the title its header copy stands at most (beige's: 5). */
const COPY_REACH = 8;
/** Points the title may score under the subtitle found (beige's: 0.05). */
const COPY_MARGIN = 1;

/**
 * The headline found stands right under a line the page prints again as a teaser higher up
 * (TEASER_REACH), its words then one label word ("Neu", "Top", "Update": a box of the site's
 * latest stories), a date between the two prints: the title over its subtitle, the title teased
 * in the box over the story's header. The line over the headline, in a title's shape and scoring
 * within COPY_MARGIN of it, is taken. d76bb5cd in lynx (w3m takes it by toldTitleUnderDateline:
 * its subtitle is told there): "   Fünf Kleinkinder und zwei Erwachsene sterben bei
 * schrecklichem Wohnhausbrand Neu", 12 lines over "   19.10.2019 17:41 1" / the title at the
 * margin (3.85) / "Sieben Menschen sterben bei Brand in Russland" (4.80).
 */
export function titleTeasedOverSubtitle<T extends Found>(page: Line[], found: T): T {
  const title = lineOverFound(page, found);
  if (!title || !titleLine(title.text) || wordCount(title.text) < TEASED_WORDS) return found;
  const key = `${title.text.trim().toLowerCase()} `;
  for (let k = title.first - 2; k >= 0 && title.first - k <= TEASER_REACH; k--) {
    const text = (page[k] as Line).text.trim().toLowerCase();
    if (!text.startsWith(key) || wordCount(text.slice(key.length)) !== 1) continue;
    const between = page.slice(k + 1, title.first);
    if (between.some((l) => dated(l.text))) return { ...found, headline: title };
  }
  return found;
}
/** Lines over the title its teaser stands at most (d76bb5cd's: 12, a box of five teasers). */
const TEASER_REACH = 16;
/** A teased title's words at least: a one-label box ("Köln Top") repeats short names. */
const TEASED_WORDS = 5;
