// Rules of lynx's layout: lynx indents paragraphs three spaces and prints <h1>-<h6> flush left,
// so a candidate at the margin under an indented line is a heading (lynxHeadingBonus), and the
// story's first sentence printed as a lone line is not one (lynxFirstSentence). Applied to the
// scored candidates after scoreCandidate, on pages whose story lynx indents.

import { type Line } from '../paragraphs.ts';
import { type Headline } from '../headline.ts';
import { INPUT_FIELD } from './story-start.ts';
import { SENTENCE_END, wrapsInto } from './line-shape.ts';

/**
 * A line printed right over a form's text field ("____________________" in lynx, "[          ]"
 * in w3m) is the field's label or its placeholder: it gets no lynxHeadingBonus. mindmegette's
 * search box prints "Keress receptre vagy hozzávalóra" at the margin over its field, twice above
 * the recipe's title, and took the title's place in lynx with the bonus. As a filter on every
 * candidate it changed four w3m misses and made bayrische-bembel's date wrong (stop 41).
 */
function overInputField(lines: Line[], last: number): boolean {
  const under = lines[last + 1]?.text;
  return under !== undefined && INPUT_FIELD.test(under);
}

/**
 * A heading lynx prints at the margin under an indented line: lynx indents its paragraphs (and
 * the lines of a <div>) by three spaces and prints <h1>-<h6> flush left, so a candidate above the
 * story whose first line at the margin stands right under a line indented three spaces is a
 * heading of the page (sportnews.bz's "Peking sucht den Superstar: 7 mögliche Gesichter" under a
 * picture's indented caption, 5.78 against a menu's favourites notice at 6.3). The lines the
 * body finder cut are read as printed, indentation kept (readPageHeader), and the line over may
 * stand deeper in than three spaces (INDENTED_OVER) but not be only a marker (MARKER_ONLY):
 * lynx +19 -5 (stop 42). Only on a page whose story lynx indents (indentedStory). An indented
 * line _under_ it was not asked: a subtitle at the margin under the
 * title, over an indented dateline, took the bonus (lynx +29 -14 that way, +26 -4 as kept; stop
 * 41). Candidates under the story's start are left: "Related Videos" under its text.
 */
export function lynxHeadingBonus(
  lines: Line[],
  scores: Headline[],
  story: number,
  width: number,
): void {
  if (!indentedStory(lines, story)) return;
  const site = feedSiteName(lines);
  for (const c of scores) {
    if (c.last >= story || overInputField(lines, c.last) || c.text === site) continue;
    // The span's first line at the margin: a kicker read with it may stand indented over it.
    for (let k = c.first; k <= c.last; k++) {
      if (!FLUSH_HEADING.test((lines[k] as Line).text)) continue;
      if (indentedOver(lines, k) || secondLineOfHeading(lines, k, width)) {
        const title = titleUnderKicker(lines, c.last);
        const taker = scores.find((t) => t.first === title && t.last < story) ?? c;
        taker.score += LYNX_HEADING_BONUS;
      }
      break;
    }
  }
}

/**
 * A kicker, the title and the standfirst, three blocks at the margin one a blank line under the
 * other (lynx prints each heading as its own block), the third ending on a sentence's stop and an
 * indented line (the byline, the story) under it: the first line under the indented lines is the
 * kicker, and the bonus goes to the second, the first line of the title's block (its line index
 * returned), or null. pagina12.com.ar-suprema: "Todo listo para la movilización ..." (an <h4>
 * of two lines, 7.80) / "\"La Corte Suprema no imparte justicia sino injusticia\"" (<h1>, 5.90) /
 * "La concentración está llamada ... Se pide un" / "cambio profundo en el Poder Judicial." (<h3>)
 * / "   Luciana Bertoia". A title over its subtitle prints two such blocks (motor1, beige, ejwue:
 * the subtitle took the bonus over the title when carried down, stop 46).
 */
function titleUnderKicker(lines: Line[], last: number): number | null {
  const title = marginBlockUnder(lines, last);
  const standfirst = title && marginBlockUnder(lines, title.last);
  if (!title || !standfirst) return null;
  if (!SENTENCE_END.test((lines[standfirst.last] as Line).text)) return null;
  const under = lines[standfirst.last + 1]?.text ?? '';
  return INDENTED_OVER.test(under) ? title.first : null;
}

/** The block of lines at the margin printed a blank line under line `last`: its first and last. */
function marginBlockUnder(lines: Line[], last: number): { first: number; last: number } | null {
  const [over, line] = [lines[last] as Line, lines[last + 1]];
  if (!line || line.n !== over.n + 2 || !FLUSH_HEADING.test(line.text)) return null;
  let end = last + 1;
  for (let next = lines[end + 1]; next && next.n === (lines[end] as Line).n + 1;) {
    if (!FLUSH_HEADING.test(next.text)) break;
    end++;
    next = lines[end + 1];
  }
  return { first: last + 1, last: end };
}

/**
 * The site's name as lynx's list of the page's <link> elements names its feed, on the page's
 * first line ("   #2gewinnt | Kabarett | Satire » Feed 2gewinnt | Kabarett | Satire »
 * Kommentar-Feed ...", WordPress's feeds; 196 of trafilatura's lynx dumps print one), or null.
 * The site's name printed at the margin is its logo's or masthead's heading, no story's title:
 * 2gewinnt.wordpress.com.uns's "2gewinnt | Kabarett | Satire" under its indented menu took the
 * bonus and the place of the page's title "Über uns" (5.80 to 5.90 without it, as in w3m).
 */
function feedSiteName(lines: Line[]): string | null {
  return FEED_LINK.exec(lynxLinksLine(lines) ?? '')?.[1]?.trim() ?? null;
}

/** lynx's first <link> line naming the site's feed: "   #Site » Feed" (after its "#"). */
const FEED_LINK = /^(.+?) » Feed\b/u;

/**
 * The text after the "#" of the page's first line where it is lynx's list of the page's <link>
 * elements, three spaces in or more ("   #2gewinnt | Kabarett | Satire » Feed ...", 91 lynx dumps
 * print it four in or more: "     #Antary » Feed ..."), or null: the one reader of that line for
 * feedSiteName here, the site-names revision's atPageTop and kicker/feed-title.ts's feedHead. No w3m or
 * html2text dump's first line has the shape (an html2text "# " heading has a space after it).
 * Read at three spaces only before (stop 49, hl49b): all three tools' title lists unchanged.
 */
export function lynxLinksLine(lines: Line[]): string | null {
  const top = lines[0]?.text ?? '';
  const mark = LYNX_LINKS.exec(top);
  return mark ? top.slice(mark[0].length) : null;
}

/** Lynx's first line listing the page's <link> elements: its "   #" (three spaces in or more). */
const LYNX_LINKS = /^ {3,}#(?=\S)/;

/** Line `k` stands under a line indented (INDENTED_OVER) that is not a marker only. */
function indentedOver(lines: Line[], k: number): boolean {
  const over = lines[k - 1]?.text ?? '';
  return INDENTED_OVER.test(over) && !MARKER_ONLY.test(over);
}

/**
 * Line `k` is printed right under a heading's first line (no blank line between, the two at the
 * margin, the one over it not wrapped into it): lynx prints a blank line between two blocks, so
 * the two are one heading's lines, a kicker and the title set in one <h1> (economist's "Open
 * Progress" over "Why collaborative thinking beats individual smarts", which took the bonus
 * alone and the title's place). Both take the bonus; the scorer weighs them as in w3m.
 */
function secondLineOfHeading(lines: Line[], k: number, width: number): boolean {
  const [line, over] = [lines[k] as Line, lines[k - 1]];
  if (!over || over.n !== line.n - 1 || !FLUSH_HEADING.test(over.text)) return false;
  return !wrapsInto(over.text, line.text, width) && indentedOver(lines, k - 1);
}

/**
 * The story's first lines are printed as lynx prints a paragraph, three spaces in: w3m and
 * html2text print theirs at the margin (Readability's videos-2 in w3m, where a section's
 * "Sur vos écrans cette semaine" stands at the margin under an indented "   info /" and over the
 * headline, lost its headline without this).
 */
function indentedStory(lines: Line[], story: number): boolean {
  for (let k = story; k < Math.min(lines.length, story + STORY_INDENT_LINES); k++) {
    if (LYNX_INDENT.test((lines[k] as Line).text)) return true;
  }
  return false;
}

/** indentedStory looks at this many of the story's first lines (sportnews.bz: a standfirst at
 * the margin, then the date three spaces in, on the story's third line). */
const STORY_INDENT_LINES = 5;

/** A line opening at the margin on a letter, a digit or a quote: no list's mark, no "#". */
const FLUSH_HEADING = /^[\p{L}\p{N}„“"‘«»]/u;

/**
 * In a lynx dump whose story lynx indents, a sentence printed as the story's paragraphs are
 * (three spaces in) on the line right over its start is the story's first paragraph, one line
 * long: royalroad's chapter opens on "   When I woke up, there was nothing." over "   A pure
 * white empty space ...", taken over the chapter's title at the margin higher up (stop 42,
 * branch hl42f). lynx prints a heading at the margin, so an indented line ending in a full stop
 * is no title of the page's.
 */
export function lynxFirstSentence(lines: Line[], scores: Headline[], story: number): void {
  if (!LYNX_INDENT.test(lines[story]?.text ?? '') || !indentedStory(lines, story)) return;
  for (const c of scores) {
    if (c.first !== story - 1 || c.last !== c.first) continue;
    const text = (lines[c.first] as Line).text;
    if (LYNX_INDENT.test(text) && FULL_STOP_END.test(text)) c.score -= FIRST_SENTENCE_PENALTY;
  }
}

/** A sentence's full stop at a line's end, not an abbreviation's ("Co.", "Nr."): a word of 3+. */
const FULL_STOP_END = /\p{Ll}{3,}\.$/u;

/** What that line loses: royalroad's took the title by 0.7; a headline's bonus is 1 to 2. */
const FIRST_SENTENCE_PENALTY = 2;

/** lynx's paragraph indent: three spaces, then text (a list's items stand deeper, "   * "). */
const LYNX_INDENT = /^ {3}\S/;

/**
 * The line over a lynx heading: a paragraph's three spaces in, or deeper, a list's item or a
 * nested block's line (chadim.net's title under its trail's "     der Schreibstil"; with three
 * spaces only, lynx lost chadim, fifplay, gala.fr, link.springer and five more; stop 42).
 */
const INDENTED_OVER = /^ {3,}\S/;

/**
 * A line that is only a dump's marker: an ad slot ("[INS: :INS]"), an empty picture's "[]", an
 * embed ("IFRAME: ..."), a lone button. It tells no paragraph over a heading: skispringen's
 * kicker at the margin under "   [INS: :INS]", over the title, and eldeber's city under "   []"
 * took the bonus (stop 42). A search field's line keeps it: a title stands under a search box
 * (as `hasDumpMarker`, lynx lost four titles: dzs-clan, legrandcontinent, piratenpartei, ...).
 */
const MARKER_ONLY = /^\s*(?:\[INS: :INS\]|\[\s*\]|IFRAME:.*|\(BUTTON\))\s*$/;

/**
 * What a lynx heading gains: the titles above lost by 0.5 to 1.4 to lines with no such mark.
 */
const LYNX_HEADING_BONUS = 2;
