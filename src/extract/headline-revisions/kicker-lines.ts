// A headline printed again, longer, right under itself with a kicker in front (longerTitleUnder).

import { type Found } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { TRAIL_SCORE, stripHeadingMarks } from '../../normalize/headline.ts';
import { headingLevel } from '../../normalize/headline/page-furniture.ts';
import { wordCount } from '../../text.ts';
import { FULL_STOP } from './line-marks.ts';
import { INNER_STOP } from '../../normalize/headline/wrapped-titles.ts';
import { adjacent } from '../../normalize/headline/page-index.ts';
import { datelineDay } from '../../normalize/dates.ts';

/**
 * The headline found printed again within TITLE_AGAIN_LINES lines under it, inside a longer line:
 * a kicker of KICKER_WORDS words at most in front of it and a rest of REST_WORDS words at most
 * after it (womenshealth's "Weihnachten nicht zunehmen: 10 Tipps" over "Abnehm-Tricks für
 * Weihnachten Weihnachten nicht zunehmen: 10 Tipps für ein schlankes Fest", the <h1> a short
 * title and the <h2> the headline with its kicker span, in all three tools). The line under is the
 * whole headline; the page shows where its kicker ends, where the short title starts. Neither
 * part may end a sentence: a standfirst quoting the title is no headline.
 */
export function longerTitleUnder<T extends Found>(page: Line[], found: T): T {
  const { headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || wordCount(was.text) < TITLE_WORDS) return found;
  const title = was.text.trim();
  for (let j = was.last + 1; j <= was.last + TITLE_AGAIN_LINES && j < page.length; j++) {
    const raw = (page[j] as Line).text;
    // A heading's length: a paragraph printed as one long line is not read (a 10 MB line).
    if (raw.length > title.length + LONGER_CHARS) continue;
    const line = stripHeadingMarks(raw).trim();
    const at = line.indexOf(` ${title} `);
    if (at < 0) continue;
    // Standing alone, as a heading does: a paragraph's first line that names the title runs on
    // into the next line (domradio's "Das Zentralkomitee der deutschen Katholiken (ZdK) ist das
    // höchste repräsentative Gremium des" under its box's title, in w3m).
    if (adjacent(page, j, j + 1) || adjacent(page, j - 1, j)) return found;
    const kicker = line.slice(0, at);
    const rest = line.slice(at + title.length + 2);
    if (!partOfTitle(kicker, KICKER_WORDS) || !partOfTitle(rest, REST_WORDS)) return found;
    const text = `${title} ${rest}`;
    return { ...found, headline: { ...was, first: j, last: j, text } };
  }
  return found;
}

/** A kicker's or a headline's rest: words, at most `most`, with no sentence in them. */
export function partOfTitle(text: string, most: number): boolean {
  const words = wordCount(text);
  return words >= 1 && words <= most && !FULL_STOP.test(text) && !INNER_STOP.test(text);
}

/** The short title and its longer print stand within this many lines (womenshealth: 1). */
const TITLE_AGAIN_LINES = 2;
/** What a kicker and a rest add to the title at most, in characters, marks and indent included. */
const LONGER_CHARS = 300;
/** A short title of this many words: no label's word or two inside a longer line. */
const TITLE_WORDS = 3;
/** A kicker span's words ("Abnehm-Tricks für Weihnachten": 3). */
const KICKER_WORDS = 5;
/** Words the headline goes on with after its short title ("für ein schlankes Fest": 4). */
const REST_WORDS = 8;

/**
 * The headline found printed again right under it (within TITLE_AGAIN_LINES printed lines, a
 * line standing alone), longer: opening on the same word, the headline's words all in it in their
 * order, REST_WORDS more at most, no sentence in it, ending on the same word or printed as a
 * heading. A page's short title (its <title>, the
 * trail's last item) over the story's own headline, which holds its words: impulse.de.eltern
 * marks its trail's last item "Kind krank: Was Arbeitgeber wissen müssen" as the <h1>, which lynx
 * prints at the margin (the heading bonus: 7.60), over the story's "Kind krank Was Arbeitgeber
 * über die Rechte von Eltern wissen müssen" (7.15); w3m prints the item as a list's and takes
 * the line under.
 */
export function fullerTitleUnder<T extends Found>(page: Line[], found: T): T {
  const { headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || wordCount(was.text) < FULLER_TITLE_WORDS) return found;
  const words = wordsOf(was.text);
  for (let j = was.last + 1; j <= was.last + TITLE_AGAIN_LINES && j < page.length; j++) {
    const raw = (page[j] as Line).text;
    if (raw.length > was.text.length + LONGER_CHARS) continue;
    if (adjacent(page, j, j + 1) || adjacent(page, j - 1, j)) continue;
    const line = stripHeadingMarks(raw).trim();
    const longer = wordsOf(line);
    const more = longer.length - words.length;
    if (more < 1 || more > REST_WORDS || longer[0] !== words[0]) continue;
    // Its words added inside the title (its last word the title's too), or the line a heading:
    // a caption under the title ends on its credit ("Paris Haute Couture SS14, Serkan Cura, Bild
    // via" under modabot's "# Paris Haute Couture SS14: Serkan Cura", html2text); or the
    // short title's dash dropped and a lower-case word added at the end (ungluedLonger).
    if (
      longer.at(-1) !== words.at(-1) &&
      headingLevel(raw) === 0 &&
      !ungluedLonger(was.text, line, more) &&
      !underOwnDateline(page, was.last, j)
    ) {
      continue;
    }
    if (!inOrder(words, longer) || FULL_STOP.test(line) || INNER_STOP.test(line)) continue;
    return { ...found, headline: { ...was, first: j, last: j, text: line } };
  }
  return found;
}

/**
 * The line under prints the headline found with its spaced dash dropped and one lower-case word
 * more at its end: a page's short title, "Kicker - Title" (the trail's last item, the <title>),
 * over the <h1> that glues its kicker span on the whole title ("Vanlife in Schweden -
 * Skandinavien im Wohnmobil" over "Vanlife in Schweden Skandinavien im Wohnmobil erleben",
 * trafilatura's outdoor-magazin in w3m and lynx; withoutGluedKicker then cuts the kicker the
 * short title sets apart). A caption's credit ends on a name, not on a lower-case word.
 */
function ungluedLonger(headline: string, line: string, more: number): boolean {
  return (
    more === 1 && SPACED_DASH.test(headline) && !SPACED_DASH.test(line) && /\s\p{Ll}+$/u.test(line)
  );
}

const SPACED_DASH = /\s[-–—]\s/u;

/**
 * The one line between the short title and the longer is a day's dateline: the story's header
 * (title, date, full title) as a blog prints it, not an image and its caption, which stands under
 * the title with nothing between. bos-fahrzeuge prints "Die Haubenfahrzeuge der Nachkriegszeit -
 * Teil 49", "Dienstag, 2. November 2021", then the post's title "... Teil 49 – Büssing-NAG
 * (Baujahre 1931 – 1945)", plain in w3m and lynx (html2text marks it "##" and took it already).
 */
function underOwnDateline(page: Line[], title: number, longer: number): boolean {
  if (longer !== title + 2) return false;
  return datelineDay((page[title + 1] as Line).text) !== null;
}

/** A headline's words, lower case, without their punctuation. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every word of `words` is in `longer`, in the same order. */
function inOrder(words: string[], longer: string[]): boolean {
  let k = 0;
  for (const word of longer) if (word === words[k]) k++;
  return k === words.length;
}

/** fullerTitleUnder's headline holds this many words at least (impulse's six). */
const FULLER_TITLE_WORDS = 4;
