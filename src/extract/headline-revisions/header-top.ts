// A subtitle or a picture's caption in the story's header taken for the headline, the title
// printed right over it (stop 45, branch hl45b).

import { type Found, indexOf } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  type Headline,
  headingLevel,
  headlineScores,
  isUiText,
  LONG_WORD,
  tellsOf,
  TRAIL_SCORE,
} from '../../normalize/headline.ts';
import { wordCount } from '../../text.ts';
import { FULL_STOP } from './line-marks.ts';
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
  if ((top.text.match(LONG_WORD) ?? []).length < 2 || isUiText(top.text)) return found;
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
