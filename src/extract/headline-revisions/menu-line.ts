// A page's row of section links taken for the headline where the title printed over it is one of
// the row's items (titleNamedByMenu).

import { type Found } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { TRAIL_SCORE, stripHeadingMarks } from '../../normalize/headline.ts';
import { adjacent } from '../../normalize/headline/page-index.ts';
import { wordCount } from '../../text.ts';
import { FULL_STOP } from './line-marks.ts';

/**
 * The headline found is a row of MENU_ITEMS or more short items between spaced separators (the
 * page's section links, "Einleitung - Baumgutachten - Fortbildung - Baumbeschreibungen"), and a
 * line printed at most MENU_REACH printed lines over it, standing alone, is one of those items:
 * that line is the title, the row the menu under it naming the page among its siblings
 * (trafilatura's buero-hoppe in w3m, lynx and html2text: the <h1> "Baumgutachten" over the row,
 * which scored higher by its place right over the story). A row naming no line over it is left
 * as found: it may be a title of short parts ("Wandern - Radfahren - Skifahren").
 */
export function titleNamedByMenu<T extends Found>(page: Line[], found: T): T {
  const { headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || was.first !== was.last) return found;
  const items = menuItems(stripHeadingMarks(was.text).trim());
  if (items === null) return found;
  for (let j = was.first - 1; j >= 0 && was.first - j <= MENU_REACH; j--) {
    if (adjacent(page, j, j + 1) || adjacent(page, j - 1, j)) continue;
    const line = stripHeadingMarks((page[j] as Line).text).trim();
    if (!items.includes(line)) continue;
    return { ...found, headline: { ...was, first: j, last: j, text: line } };
  }
  return found;
}

/**
 * The items of a row of links, or null where the line is no such row: MENU_ITEMS or more, each
 * of ITEM_WORDS words at most and no sentence. html2text escapes a dash opening a word ("\-").
 */
function menuItems(text: string): string[] | null {
  const items = text.split(MENU_SEPARATOR);
  if (items.length < MENU_ITEMS) return null;
  const short = items.every((item) => {
    const words = wordCount(item);
    return words >= 1 && words <= ITEM_WORDS && !FULL_STOP.test(item);
  });
  return short ? items : null;
}

/** A spaced dash, bar or middle dot between two items; html2text's escaped dash too. */
const MENU_SEPARATOR = /\s+\\?[-–—|·•]\s+/u;
/** Items at least: two parts are a title and its kicker or site (longerTitleOver's ground). */
const MENU_ITEMS = 3;
/** Words of an item at most: a section's name (buero-hoppe's are one word each). */
const ITEM_WORDS = 4;
/**
 * Printed lines between the title and the row at most: the row stands under the title, a blank
 * between (buero-hoppe: the next printed line in all three tools).
 */
const MENU_REACH = 3;
