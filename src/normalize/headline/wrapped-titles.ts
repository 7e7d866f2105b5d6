// Headlines wrapped over two or more lines at the dump's width: which lines a candidate spans
// (headlineSpan), when the next line continues it (runs on, fills the width, no stop) and when
// it is a standfirst or paragraph instead (endsWrappedPair, readsAsText).

import { leadingSpaces as indentOf, wordCount, OPENS_LOWER_CASE } from '../../text.ts';
import { type Line } from '../paragraphs.ts';
import { isPageFurniture, LIST_ITEM } from './page-furniture.ts';
import { isTitleCase, SENTENCE_END, wrapsInto, wrapsIndented } from './line-shape.ts';
import {
  isHeadlineCandidate,
  isPhotoCredit,
  RUNS_ON,
  RUNS_ON_WRAPPED,
  PHOTO_CREDIT,
  RELATED_HEADING,
} from './headline-lines.ts';
import { adjacent, type PageIndex, plainOf, isHeadlineLineOf } from './page-index.ts';

/**
 * The headline that starts at line i: the line, or the line and its wrapped last words on the
 * next; null when line i is a wrapped paragraph's or sentence's line instead.
 */
export function headlineSpan(
  lines: Line[],
  i: number,
  index: PageIndex,
): { text: string; last: number } | null {
  const { width } = index;
  const plain = plainOf(index, (lines[i] as Line).text);
  // Only the line printed right under it (no blank line between) may continue it: a headline
  // is wrapped by the dump onto the next line, a standfirst stands a blank line below
  // (salon-1: an 87-character headline above "Disruptive companies talk..."). Above, any
  // full-width line counts: a line under a paragraph (or a rule, spiceworks) is a subheading.
  const next = adjacent(lines, i, i + 1) ? (lines[i + 1] as Line).text.trim() : '';
  const previous = lines[i - 1]?.text.trim() ?? '';
  if (paragraphTailAfter(lines, i, previous, plain, width)) return null;
  // A picture's caption, its credit printed right under it ("...budget in 2023.Credit" /
  // "CreditJeon Heon-Kyun/EPA, via Shutterstock", nytimes-4).
  if (PHOTO_CREDIT.test(next)) return null;
  const full = wrapsInto(plain, next, width) || wrapsIndented((lines[i] as Line).text, next, width);
  if (full && wordCount(next) > 4 && endsWrappedPair(lines, i, plain, next, index)) {
    return { text: `${plain} ${next}`, last: i + 1 };
  }
  // A paragraph's line, wrapped at the dump's width (a headline set in title case may be as
  // long, above a standfirst), or ending on a word that runs on into the next line in any of
  // the corpora's languages (a German paragraph capitalizes its nouns, which reads as title
  // case).
  if (full && wordCount(next) >= 8 && !isTitleCase(plain)) return null;
  // So is one whose next line ends the sentence it began ("Damit der Backofen heiß ist, ...
  // heize ihn schon einmal auf 180 °C" / "Ober- und Unterhitze (160 °C Umluft) vor."): a wrapped
  // headline's tail ends on no stop (endsWrappedPair).
  if (full && wordCount(next) > 4 && (RUNS_ON_WRAPPED.test(plain) || /[.]["”’)]?$/u.test(next))) {
    return null;
  }
  // A headline wrapped at the dump's width: its last words on the next line, short.
  if (shortTailUnder(plain, next, full)) {
    if (LIST_ITEM.test(next) || /[:|]/.test(next)) return null;
    const text = `${plain} ${next}`;
    // A wrapped caption or sentence ("...freeing hostages and ending" / "a siege by gunmen.").
    return /[.]$/.test(text) ? null : { text, last: i + 1 };
  }
  // A wrapped sentence's line: "...freeing hostages and ending" / "a siege by gunmen." A line
  // with no line printed right under it runs on into none (runsOnUnder).
  if (runsOnUnder(plain, next) || (OPENS_LOWER_CASE.test(next) && !/^by\s/i.test(next)))
    return null;
  return { text: plain, last: i };
}

/**
 * `plain` ends on a word that runs on (RUNS_ON) into `next`, the line printed right under it ('' for
 * none): a line a blank line over the next one, or the page's last, ends its paragraph, whatever
 * its last word. eawag's title "Auf das erste Elektron kommt es an" (a German verb's particle read
 * as English "an") between its picture's caption and its dateline, a blank line either side, was
 * no candidate in any tool (lynx's title taken at the caption's first line).
 */
function runsOnUnder(plain: string, next: string): boolean {
  // A long line is a paragraph html2text prints whole: mywakenews' "Die amerikanische
  // Umweltschutzbehörde hebt ... auf mehr als das 3000-fache an" (20 words) was taken, and its
  // judged date lost (html2text).
  return (next !== '' || wordCount(plain) > ALONE_TITLE_WORDS) && RUNS_ON.test(plain);
}
/** A title standing alone ending on such a word has this many words at most (eawag's 7). */
const ALONE_TITLE_WORDS = 12;

/** The last line of a wrapped paragraph ("Saturday ahead of the planned vote."): no headline. */
function paragraphTailAfter(
  lines: Line[],
  i: number,
  previous: string,
  plain: string,
  width: number,
): boolean {
  return (
    wrapsInto(previous, plain, width) &&
    !SENTENCE_END.test(previous) &&
    readsAsText(previous) &&
    !outdentedHeading(lines, i) &&
    !creditOverBlank(lines, i, previous) &&
    !ruleOverBlank(lines, i, previous, plain)
  );
}

/**
 * The line over line i is a rule (an <hr>: "━━━━", no letter or digit), a blank line between: a
 * paragraph runs on into the next line, not across a rule and a blank line. w3m prints a rule at
 * the dump's whole width, so the title under it read as a paragraph's tail and was no candidate:
 * legrandcontinent's "« Il y a, d’abord, le poids de la géographie ». Sur les migrations ..."
 * under its masthead's rule, rosalux's "Nachricht | 30.10.2021 Migration / Flucht «Wir waren fast
 * 40 Tage in Quarantäne»" under its trail's (trafilatura's pages in w3m). A rule right over a line
 * stays one: the line under it opens a story as often (medicalnewstoday's "Thank you for
 * supporting Medical News Today"). So does a rule between a story's paragraphs, a sentence's end
 * over it (bbc.com's '... he said."' over the rule over its box "A city upended"), and a line
 * ending a sentence under it (royalroad's chapter opening "When I woke up, there was nothing.").
 */
function ruleOverBlank(lines: Line[], i: number, previous: string, plain: string): boolean {
  if (adjacent(lines, i - 1, i) || !RULE_LINE.test(previous)) return false;
  return !STORY_STOP.test(plain) && !STORY_STOP.test(lines[i - 2]?.text.trim() ?? '');
}

/** A sentence's full stop after a word's letter (not an ellipsis, "in..."; not a "?" or "!"). */
const STORY_STOP = /\p{Ll}\.["”’)]?$/u;

/** A line of box-drawing or dash marks only: w3m's print of an <hr>. */
const RULE_LINE = /^[\u2500-\u257f_=~-]{8,}$/u;

/**
 * The line over line i is a picture's caption ending in its credit (PHOTO_CREDIT), a blank line
 * between: a caption, not a paragraph run on into line i. angelmagazin's title "Können Fische
 * Schmerzen spüren / empfinden?" under its picture's full-width "Verspüren Fische
 * Schmerzen?Verspüren Fische Schmerzen?© Mikko Palonkorpi / stock.adobe.com" was read as a
 * paragraph's tail and was no candidate: the story's first subheading was taken (trafilatura's
 * w3m and lynx, docs/figures.md, stop 45, branch hl45c).
 */
function creditOverBlank(lines: Line[], i: number, previous: string): boolean {
  return !adjacent(lines, i - 1, i) && isPhotoCredit(previous);
}

/**
 * Whether `next` may be a headline's last words, wrapped onto the line under it (headlineSpan):
 * `plain` runs on or fills the width (`full`), and `next` is short, of words, and no heading.
 */
function shortTailUnder(plain: string, next: string, full: boolean): boolean {
  const words = (next.match(/\p{L}{2,}/gu) ?? []).length;
  return (
    (RUNS_ON.test(plain) || full) &&
    // A line ending a sentence is not wrapped into the heading under it ("...des rescapés." /
    // "Sur le même sujet", liberation-1's standfirst above its related stories).
    !SENTENCE_END.test(plain) &&
    !RELATED_HEADING.test(next) &&
    wordCount(next) <= 4 &&
    words > 0 &&
    // Not an image lynx names after the heading: "[Barcode-Scanner-With-Border-fc08.jpeg]".
    !next.startsWith('[') &&
    (!isPageFurniture(next) || HASHTAGS.test(next))
  );
}

/**
 * A headline's wrapped tail of hashtags and handles only ("#Microsoft #Privacy #Windows10
 * @chabermu", chabermu.wordpress.com's title in lynx, wrapped after its "//"): no lynx "#" link
 * line, which opens the dump and names a feed ("#C.Habermueller » Feed ..."). w3m wraps the
 * title at another word and keeps it whole.
 */
const HASHTAGS = /^(?:[#@][\p{L}\p{N}_]+(?:\s+|$))+$/u;

/**
 * A heading lynx prints flush left under an indented paragraph: lynx indents its paragraphs by
 * three spaces and prints <h1>-<h6> at the margin, and a paragraph's wrapped lines keep their
 * indent, so a line standing left of the line over it does not continue that line's paragraph
 * (chemie.de in lynx: "Empa-Spin-off revolutioniert die Messung ..." under the 79-column
 * "   12.12.2022 - Empa (Eidgenössische Materialprüfungs- und Forschungsanstalt)", read as that
 * line's last words). The body finder's cut gives lines back trimmed: a cut line over a kept
 * one reads as flush left, never indented, so only a kept indented line above counts.
 */
function outdentedHeading(lines: Line[], i: number): boolean {
  const above = lines[i - 1]?.text ?? '';
  const text = (lines[i] as Line).text;
  return indentOf(above) > indentOf(text);
}

/**
 * A full-width line over a headline that may be a paragraph's: not a bar of links spaced apart
 * ("●  ZURÜCKBLÄTTERN      VORBLÄTTERN  ●", literaturkritik on trafilatura's pages), which made
 * the title under it a paragraph's last line (headlineSpan). A rule ("━━━━") and a picture's
 * credit stay ones: the line under a rule opens a story as often (royal-road's first sentence,
 * medicalnewstoday's "Thank you for supporting Medical News Today"), and a credit wraps onto the
 * next line ("... Photo by Mark" / "Dummer on Unsplash", spoe in lynx).
 */
export function readsAsText(line: string): boolean {
  return !/\S\s{3,}\S/.test(line);
}

/**
 * A long headline wrapped over two lines whose second runs past four words ("Jamie's war on toxic
 * US food: Chef and fitness guru Joe Wicks lead plea to Boris Johnson to block" / "sub-standard
 * products from flooding into the UK under post-Brexit trade deals", dailymail): the pair stands
 * alone, a blank line under it, and does not end like a paragraph (a stop; a headline's "?" or
 * "!" may), a comma or colon; no more than a headline's words together (isHeadlineCandidate).
 * A paragraph of two lines ends in a stop; trafilatura's pages in w3m, where 12 such titles were
 * read by their first line only or not at all.
 */
const STANDFIRST_UNDER = 8;
export const INNER_STOP = /\p{Ll}[.!?]["”’)]?\s+[\p{Lu}(„“"‘«]/u;

function endsWrappedPair(
  lines: Line[],
  i: number,
  plain: string,
  next: string,
  index: PageIndex,
): boolean {
  const above = lines[i - 1];
  return (
    // Under a headline's line of STANDFIRST_UNDER words, one blank line between, the pair is its
    // standfirst ("State of Washington swears in first Native American-Jewish Supreme Court
    // justice" over "Governor says naming of ... the best for the job’", timesofisrael).
    !(
      above !== undefined &&
      above.n >= (lines[i] as Line).n - 2 &&
      wordCount(plainOf(index, above.text)) >= STANDFIRST_UNDER &&
      isHeadlineLineOf(index, above.text)
    ) &&
    !adjacent(lines, i + 1, i + 2) &&
    !/[.,;:]["”’»)]?$/u.test(next) &&
    // A caption's sentence before its credit: "...a high-end brothel. (Matt Stone/Boston
    // Herald)", "...Personalsituation. Bild Paul Aenishnslin".
    !INNER_STOP.test(`${plain} ${next}`) &&
    !SENTENCE_END.test(plain) &&
    !OPENS_LOWER_CASE.test(plain) &&
    !LIST_ITEM.test(next) &&
    !isPageFurniture(next) &&
    !PHOTO_CREDIT.test(next) &&
    isHeadlineCandidate(`${plain} ${next}`)
  );
}
