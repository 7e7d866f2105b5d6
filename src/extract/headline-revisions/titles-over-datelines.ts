// Titles over datelines: which line over the headline found, or over the dateline under it, is
// the story's title (titleOverDateline, plainTitleOverDateline), and the title over a sentence
// or a dateline taken for the headline (titleOverLine). Moved from page-header.ts (stop 43,
// branch rf43b).

import { type Found, indexOf, sameText } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  TRAIL_SCORE,
  headingLevel,
  pickHeadline,
  isUiText,
  isPageFurniture,
  tellsOf,
  isListItem,
  wrapsInto,
  type Headline,
  headlineScores,
} from '../../normalize/headline.ts';
import { FULL_STOP, BULLET, lineNoHeadline, twoLongWords } from './line-marks.ts';
import { wordCount } from '../../text.ts';
import { datelineDay } from '../../normalize/dates.ts';

/**
 * A headline stands over its dateline: a line taken for the headline under a dateline (a day's
 * date with few words beside it, datelineDay), or the dateline itself, is a standfirst, a
 * picture's caption or a subheading under the page's title, which stands right over that
 * dateline (w3m and lynx print the <h1> as a plain line, and the line nearer the story scores
 * higher). The headline is what pickHeadline takes for a story starting at the dateline, when it
 * stands right over it; the story stays where it was found. Not where the headline found has a
 * dateline of its own under it (a list of teasers, each dated), nor over a headline found with
 * an html2text heading mark or as a trail's end.
 */
export function titleOverDateline<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || headingLevel((page[was.first] as Line).text) > 0) {
    return found;
  }
  const date = datelineOver(page, was.first);
  if (date === null || datelineOver(page, story - 1, story - was.last - 2) !== null) return found;
  const headline = pickHeadline(page, date, indexOf(page));
  if (!headline || headline.last !== date - 1 || headline.score < was.score) return found;
  if (sameText(headline, was)) return found;
  if (!twoLongWords(headline.text)) return found;
  return { ...found, headline };
}

/**
 * The page's title printed as a plain line right over its dateline, where the headline found
 * stands right under that dateline and pickHeadline finds no headline over it (titleOverDateline
 * asks it first): a title the candidates' filters pass over, after a menu or wrapped over two
 * lines (jugend-forscht's "Neuartige Feuerlöschtechnik, alternative Grillkohle und
 * Redox-Flow-Technologie – MINT-Talente / präsentieren innovative Ideen" over "Hamburg, 2.
 * November 2021" over a subheading; viertausendhertz's "Mit Musiker Voodoo Jürgens in Wien" over
 * "16. Dezember 2019" over the series' name). The line is no list item, no sentence, no widget's
 * text, of two long words or more, and told by the story; no other dateline stands between the
 * headline found and the story (a list of dated teasers).
 */
export function plainTitleOverDateline<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || headingLevel((page[was.first] as Line).text) > 0) {
    return found;
  }
  const date = was.first - 1;
  if (date < 2 || !isDateline((page[date] as Line).text)) return found;
  if (datelineOver(page, story - 1, story - was.last - 2) !== null) return found;
  const index = indexOf(page);
  const title = linesOver(page, date, index.width);
  if (!title || title === was.text || FULL_STOP.test(title) || NOT_TITLE.test(title)) return found;
  if (wordCount(title) < DATED_TITLE_WORDS) return found;
  if (!twoLongWords(title) || isUiText(title) || isPageFurniture(title)) {
    return found;
  }
  if (!tellsOf(page, Math.max(story, was.last + 1), title, index)) return found;
  const first = title.length > (page[date - 1] as Line).text.trim().length ? date - 2 : date - 1;
  return { ...found, headline: { first, last: date - 1, text: title, score: was.score } };
}

/**
 * A breadcrumb trail's separators ("home / InfoStream / ...", "Startseite » Alle News » ...") or
 * a picture's credit ("... © Stefan Wermuth"): no title, over a dateline (lynx and w3m lost
 * deutsche-handwerkszeitung, rhein-neckar-loewen and evref to plainTitleOverDateline without it).
 */
export const NOT_TITLE = /\s[/»›>|]\s|©/u;

/**
 * Words of a title over its dateline, at least: a section's or a blog's name over the date is
 * shorter ("Wein & Geschmack", "Silicon Exposed", lost to plainTitleOverDateline without it).
 */
const DATED_TITLE_WORDS = 4;

/** A dateline: a day's date with few words beside it (datelineDay), no bullet. */
export function isDateline(text: string): boolean {
  return !BULLET.test(text) && datelineDay(text) !== null;
}

/** The line over `at`, joined to the one over it where that one was wrapped into it; no list item. */
function linesOver(page: Line[], at: number, width: number): string | null {
  const line = page[at - 1] as Line;
  if (isListItem(line.text)) return null;
  const text = line.text.trim();
  const over = page[at - 2];
  if (!over || over.n !== line.n - 1 || isListItem(over.text)) return text;
  return wrapsInto(over.text, text, width) ? `${over.text.trim()} ${text}` : text;
}

/** The nearest dateline at or over line `at`, within `reach` lines (DATELINE_REACH). */
function datelineOver(page: Line[], at: number, reach = DATELINE_REACH): number | null {
  for (let k = at; k >= Math.max(1, at - reach); k--) {
    if (isDateline((page[k] as Line).text)) return k;
  }
  return null;
}

/**
 * A line taken for the headline that no headline is in shape, a sentence of SENTENCE_WORDS
 * words or more ending on a full stop (a picture's caption, a standfirst: "Michael R. Bloomberg
 * campaigns in Houston last week.") or a dateline ("الجمعة 8 فيفري 2019"), printed under the
 * page's title: the title is the best candidate for the story's headline (headlineScores)
 * standing within OVER_LINE_REACH lines over it, with no full stop, two long words or more, no
 * widget's text, and told by the story (tellsOf): a menu's or a toolbar's line over a sentence
 * is not ("Dark Mode Go Top" over kbs's headline ending on "Tues.").
 */
export function titleOverLine<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || !lineNoHeadline(was.text)) return found;
  if (headingLevel((page[was.first] as Line).text) > 0) return found;
  const index = indexOf(page);
  let best: Headline | null = null;
  for (const c of headlineScores(page, story, index)) {
    if (c.last >= was.first || c.last < was.first - OVER_LINE_REACH) continue;
    if (best && best.score >= c.score) continue;
    if (FULL_STOP.test(c.text) || !twoLongWords(c.text)) continue;
    if (isUiText(c.text) || !tellsOf(page, Math.max(story, was.last + 1), c.text, index)) continue;
    best = c;
  }
  return best ? { ...found, headline: best } : found;
}

/** Lines over the sentence taken that the title may stand (latimes: a kicker between). */
const OVER_LINE_REACH = 3;

/** Lines over the headline found that its title's dateline may stand (jugend-forscht: 4). */
const DATELINE_REACH = 8;
