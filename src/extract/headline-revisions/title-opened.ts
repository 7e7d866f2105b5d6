// A section heading of the story taken for the headline where the page's title, printed above
// it, opens with the same words and goes on after a dash or a colon (titleOpenedAbove).

import { type Found } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { TRAIL_SCORE, isListItem, stripHeadingMarks } from '../../normalize/headline.ts';
import { adjacent } from '../../normalize/headline/page-index.ts';
import { splitSiteName } from '../../normalize/headline/site-name.ts';
import { wordCount } from '../../text.ts';
import { FULL_STOP } from './line-marks.ts';
import { partOfTitle } from './kicker-lines.ts';

/**
 * The headline found, of TITLE_WORDS words or more, is how a line printed above it, within
 * TITLE_REACH printed lines and standing alone, opens: that line goes on after a spaced dash or
 * a colon with at most REST_WORDS words and no sentence. The page's <h1> ("Leasing oder
 * Finanzierung – was lohnt sich mehr?") stands over a calculator's form, and the story under it
 * opens with a heading of the title's first words ("Leasing oder Finanzierung"), which scores
 * higher by its place over the story (finanzcheck in lynx and html2text). The longer line is
 * the title: a section heading does not add a question to the page's title. Not where the longer
 * line reads as a headline and a site's name (splitSiteName): that is the page's <title>.
 */
export function titleOpenedAbove<T extends Found>(page: Line[], found: T): T {
  const { headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || wordCount(was.text) < TITLE_WORDS) return found;
  const title = stripHeadingMarks(was.text).trim();
  if (FULL_STOP.test(title)) return found;
  for (let j = was.first - 1; j >= 0 && was.first - j <= TITLE_REACH; j--) {
    const raw = (page[j] as Line).text;
    if (raw.length > title.length + LONGER_CHARS || isListItem(raw)) continue;
    const line = stripHeadingMarks(raw).trim();
    if (!line.startsWith(title)) continue;
    const rest = OPENING_SEPARATOR.exec(line.slice(title.length));
    if (rest === null) continue;
    if (adjacent(page, j, j + 1) || adjacent(page, j - 1, j)) continue;
    if (!partOfTitle(rest[1] as string, REST_WORDS)) continue;
    // "Title: rest | Site" is the page's <title>, whose headline is the shorter line
    // (aktion-hummelschutz's "Tote Hummeln unter Linden: Die Erklärung | Hummeln" printed
    // over its <h1> "Tote Hummeln unter Linden"), and so is "Title – Site".
    if (splitSiteName(line).site !== null) continue;
    return { ...found, headline: { ...was, first: j, last: j, text: line } };
  }
  return found;
}

/** The title's rest after the heading's words: a spaced dash or a colon, then words. */
const OPENING_SEPARATOR = /^(?:\s[-–—]\s|:\s)\s*(\S.*)$/u;
/** The heading holds this many words at least: no label's word or two. */
const TITLE_WORDS = 3;
/** Printed lines between the title and the heading at most (finanzcheck in lynx: 20, a form). */
const TITLE_REACH = 30;
/** Characters the rest adds at most, marks and indent included (a heading's length). */
const LONGER_CHARS = 200;
/** Words after the separator at most ("was lohnt sich mehr?": 4). */
const REST_WORDS = 8;
