// A subtitle or a picture's caption in the story's header taken for the headline, the title
// printed right over it (stop 45, branch hl45b).

import { type Found, indexOf } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  type Headline,
  headingLevel,
  headlineScores,
  isUiText,
  tellsOf,
  TRAIL_SCORE,
} from '../../normalize/headline.ts';
import { wordCount } from '../../text.ts';
import { FULL_STOP, twoLongWords } from './line-marks.ts';
import { isDateline } from './titles-over-datelines.ts';

/**
 * The story's header prints its title, then a subtitle, a caption or both, then its dateline:
 * the candidates stand on the lines right over each other and score alike, the lowest nearest
 * the story and the date, and it wins by a hair (nwx.new-work.se's "Vertrauen und
 * Mitbestimmung helfen gegen digitalen Stress" 7.25 under "Umfrage zur Digitalisierung am
 * Arbeitsplatz" 7.30; motor1's "BMW 3er Touring Facelift (2022) zum ersten Mal erwischt" 5.20
 * over its subtitle 5.75 and the caption "Erlkönig des BMW 3er Touring LCI (2022)" 5.80).
 * The top of that stack (the walk up ends under a trail) stands where it is one line holding
 * LONGER_WORDS words more than the headline found (a kicker over a title is shorter, or longer
 * by one; a caption over it is wrapped: wdr's "Eine Taube in den ukrainischen Nationalfarben
 * ..." over "Correctiv-Recherche: Deutsche Waffen für Russland", lost without), has no full
 * stop, and the story tells it where it tells the headline found (nwx's tells neither). The
 * dateline under the stack, within HEADER_DATE_LINES of the headline found, is what makes it
 * the story's own header, not a box of teasers. economictimes' "ET Online|" over its dateline
 * gives way to the title over it the same way.
 */
export function titleAtHeaderTop<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || headingLevel((page[was.first] as Line).text) > 0) {
    return found;
  }
  if (!datedUnder(page, was.last, story)) return found;
  const index = indexOf(page);
  const scored = headlineScores(page, story, index);
  let top: Headline | null = null;
  for (let at = was.first; ;) {
    const over = scored.find((c) => c.last === at - 1 && c.score >= was.score - HEADER_MARGIN);
    if (!over || headingLevel((page[over.first] as Line).text) > 0 || TRAIL_MARK.test(over.text)) {
      break;
    }
    top = over;
    at = over.first;
  }
  if (!top || top.first !== top.last || FULL_STOP.test(top.text)) return found;
  if (wordCount(top.text) < wordCount(was.text) + LONGER_WORDS) return found;
  if (!twoLongWords(top.text) || isUiText(top.text)) return found;
  const from = Math.max(story, was.last + 1);
  if (!tellsOf(page, from, top.text, index) && tellsOf(page, from, was.text, index)) return found;
  return { ...found, headline: top };
}

/** A dateline within HEADER_DATE_LINES lines under `last`, over the story's first line. */
function datedUnder(page: Line[], last: number, story: number): boolean {
  for (let k = last + 1; k <= Math.min(story, last + HEADER_DATE_LINES); k++) {
    if (isDateline((page[k] as Line).text)) return true;
  }
  return false;
}

/** A trail's separators: the walk up the stack ends under a trail (economictimes' "Business News›Tech›Hardware"). */
const TRAIL_MARK = /[›»>|]/u;

/**
 * Words the top of the stack holds more than the headline found, at least: a kicker over a
 * title may be longer by one (siegessaeule's "Interview mit Autorin Katrin Kämpf" over
 * "Pädophilie als politisches Machtinstrument", lost in w3m with any longer line); the titles
 * won are longer by 3 (nwx) and 2 (motor1, over its caption).
 */
const LONGER_WORDS = 2;

/**
 * Lines under the headline found its dateline may stand: nwx's section name "Digitale Arbeit"
 * and its picture's credit "© Foto: Getty Images" stand between (4 lines).
 */
const HEADER_DATE_LINES = 4;

/**
 * A line over the headline found scoring this much less is still of its stack (nwx: 0.05,
 * motor1: 0.6 for the title over the caption); a trail over the title scores 1.65 less
 * (motor1's "HomeBMW3er LimousineNews").
 */
const HEADER_MARGIN = 1;

/**
 * The headline found is an item of a ranked list between the story's header and its text (a
 * "most read" box: losandes' "LO MÁS LEIDO", each item a caption, a section, a title and its
 * rank "1", "2", ... alone on a line): a rank stands within RANK_GAP lines under it, and the
 * ranks from 1 stand at equal steps, RANKS of them at least. The title is the best candidate
 * within LIST_REACH lines over the list's first item, in a title's shape and told by the story
 * ("El año de las evaluaciones: las escuelas de Mendoza ..." over the box, 2.50 to the item's
 * 4.00).
 */
export function titleOverRankedList<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE) return found;
  const top = rankedListTop(page, was.last, story);
  if (top === null) return found;
  const index = indexOf(page);
  let best: Headline | null = null;
  for (const c of headlineScores(page, story, index)) {
    if (c.last >= top || c.last < top - LIST_REACH || (best && best.score >= c.score)) continue;
    if (FULL_STOP.test(c.text) || !twoLongWords(c.text)) continue;
    if (isUiText(c.text) || !tellsOf(page, story, c.text, index)) continue;
    best = c;
  }
  return best ? { ...found, headline: best } : found;
}

/** The first line of a ranked list whose rank stands under line `last`, or null. */
function rankedListTop(page: Line[], last: number, story: number): number | null {
  let at = -1;
  for (let k = last + 1; k <= Math.min(story - 1, last + RANK_GAP); k++) {
    if (rankAt(page, k) !== null) at = k;
  }
  if (at < 0) return null;
  // Steps between ranks n and n + 1 (the item's lines and its rank), down from `at` and up to 1.
  const own = rankAt(page, at) as number;
  const step = stepAt(page, at, own);
  if (step === null) return null;
  const first = at - (own - 1) * step;
  for (let r = 1; r <= Math.max(own, RANKS); r++) {
    if (rankAt(page, first + (r - 1) * step) !== r) return null;
  }
  return first - step + 1;
}

/** The rank line k prints alone (RANK), or null (none, or no such line). */
function rankAt(page: Line[], k: number): number | null {
  const m = RANK.exec(page[k]?.text ?? '');
  return m ? Number(m[1]) : null;
}

/** The lines between rank `own` at `at` and the next rank or the one before it, or null. */
function stepAt(page: Line[], at: number, own: number): number | null {
  for (let d = 2; d <= MAX_ITEM_LINES + 1; d++) {
    if (rankAt(page, at + d) === own + 1 || rankAt(page, at - d) === own - 1) return d;
  }
  return null;
}

/** A rank alone on its line. */
const RANK = /^\s*(\d{1,2})\s*$/u;
/** Lines under the headline found its rank may stand (losandes: right under it). */
const RANK_GAP = 2;
/** Ranks from 1 a list holds at least: two numbers alone may be a gallery's or a pager's. */
const RANKS = 3;
/** Lines of a list's item with its rank (losandes: 4, a picture's caption among them). */
const MAX_ITEM_LINES = 6;
/** Lines over the list's first item its story's title may stand (losandes: 6, its standfirst printed twice between). */
const LIST_REACH = 8;
