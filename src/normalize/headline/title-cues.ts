// The cues scoreCandidate adds up for one candidate: printed again apart (repeatScore,
// printedAsTitle), standing alone over a paragraph (standsOverStory), a caption over it, a
// section label, a dateline or a signed byline under it (isDateline, isSignedBy,
// signedBylines), and its shape (shapeScore).

import { wordCount } from '../../text.ts';
import { type Line } from '../paragraphs.ts';
import { headingLevel, quickKey } from './page-furniture.ts';
import { splitSiteName } from './site-name.ts';
import { ONE_WORD } from './line-shape.ts';
import { isHeadlineCandidate, PHOTO_CREDIT } from './headline-lines.ts';
import { adjacent, type PageIndex, plainOf, isHeadlineLineOf } from './page-index.ts';
import { LABELLED_NOTICE, isDateline } from './under-candidate.ts';
import { INNER_STOP } from './wrapped-titles.ts';
import { LEAD_LINES_MAX } from './h1-titles.ts';
import { type Span } from './candidate-score.ts';
import { printedAgain } from './printed-again.ts';

/** repeatScore of a line of four words or more printed again apart from it. */
const REPEATED = 3;

/**
 * The story's first line printed again apart (`repeat`, its repeatScore), no heading over it
 * within two lines (a table of contents prints an article's first subheading again under its
 * <h1>: fisch-hitparade's "# Alkohol auf dem Boot" over "Wie viel Alkohol ist auf dem Boot
 * erlaubt?"), no notice's label opening it (einfachspanien's PHP warnings, printed once a
 * post), no caption's full stop ending it, and no print of it higher in the window.
 */
export function printedAsTitle(
  lines: Line[],
  i: number,
  from: number,
  repeat: number,
  index: PageIndex,
): boolean {
  if (repeat < REPEATED) return false;
  const plain = plainOf(index, (lines[i] as Line).text);
  // A print of it higher in the window is the candidate there, over its byline and date; this
  // one is a table of contents' heading (haus.de's "Inhaltsverzeichnis" over the title again).
  const prints = index.counts.get(quickKey((lines[i] as Line).text)) ?? [];
  if (prints.some((j) => j >= from && j < i)) return false;
  if (LABELLED_NOTICE.test(plain)) return false;
  // A picture's caption ends like a sentence and is printed again right under itself (its alt
  // text: "Die erste F13 war ... zu Gast." twice over mz-web's story, trafilatura's 0af99c85).
  if (/[.]["”’)]?$/u.test(plain)) return false;
  if (quickKey(lines[i + 1]?.text ?? '') === quickKey(plain)) return false;
  return ![i - 1, i - 2].some((j) => {
    const text = lines[j]?.text ?? '';
    return headingLevel(text) > 0 || isHeadlineLineOf(index, text);
  });
}

/**
 * A line standing as the title over a paragraph: a blank line over and under it, a headline's
 * length and no stop inside or at its end, no shorter title standing alone over it, and a
 * paragraph of STORY_PARAGRAPH_WORDS under it. Taken at the story's first line too, it won the
 * headline on 4 more trafilatura pages in w3m and lynx (ditb's "Die Nacht der Geburt unseres
 * Propheten sei gesegnet!", smava's "Wie hoch sind die Zinsen für einen Privatkredit?"). smava's
 * form button "Zum Kreditvergleich", no longer taken for the headline, is cut from the body with
 * the other short non-sentences kept above it (cutAboveHeadline in src/extract/page-header.ts).
 */
export function standsOverStory(lines: Line[], span: Span, index: PageIndex): boolean {
  const { first: i, last, text: plain } = span;
  const n = wordCount(plain);
  if (n < 2 || n > OWN_DATE_WORDS || INNER_STOP.test(plain) || /[.,;:]["”’)]?$/u.test(plain)) {
    return false;
  }
  if (i > 0 && adjacent(lines, i - 1, i)) return false;
  if (adjacent(lines, last, last + 1)) return false;
  // A shorter title standing alone over it makes it the subtitle ("Enterprise 2.0" over "HR
  // Innovation in einer Enterprise 2.0 – Herausforderungen und Chancen ...", hr-innovation).
  const above = (lines[i - 1] as Line | undefined)?.text ?? '';
  if (
    standsAlone(lines, i - 1) &&
    isHeadlineCandidate(above, plainOf(index, above), 1) &&
    !isDateline(plainOf(index, above)) &&
    !sectionLabelAt(lines, i - 1, index)
  ) {
    return false;
  }
  return paragraphWords(lines, last + 1) >= STORY_PARAGRAPH_WORDS;
}

/**
 * Words of the paragraph under a title standing over the story: a caption under a standfirst
 * ("A prototype of an automated blood drawing and testing device." / "Photo: Unnati Chauhan",
 * rutgers in lynx, 13 words) or a title under a site's motto (whiskyverkostung, 9) is fewer.
 */
const STORY_PARAGRAPH_WORDS = 15;

/**
 * What a title under a caption (captionAbove) scores less than its cues give it: it is taken only
 * where no line above the story reads as a headline, for a box of teasers prints a caption with
 * its credit, a title and a paragraph each ("... Image credit: OnePlus" over "OnePlus 3T vs
 * OnePlus 3: what's the difference?", under Readability's msn headline in w3m and lynx).
 */
export const CAPTION_FALLBACK = 4;

/** Words at most of a caption and its credit between the story's first line and a title. */
const CAPTION_WORDS = 50;

/**
 * Lines from..to-1 hold CAPTION_WORDS words at most, one of them a picture's credit (PHOTO_CREDIT:
 * "© zvg", "Foto: ...") or the first of them printed again under it (twiceAsCaption).
 */
export function captionAbove(lines: Line[], from: number, to: number): boolean {
  let words = 0;
  let credit = false;
  for (let k = from; k < to; k++) {
    const text = (lines[k] as Line).text;
    words += wordCount(text);
    // Past a caption's words no line under makes it one: the candidates inside a story ask of
    // every line (mayStandInsideStory).
    if (words > CAPTION_WORDS) return false;
    credit ||= PHOTO_CREDIT.test(text);
  }
  return words <= CAPTION_WORDS && (credit || twiceAsCaption(lines, from, to));
}

/**
 * Line `from` printed again, word for word, among the lines under it before `to`: a picture's alt
 * text and its caption, a box's label between them (5min.at's "Das Filana-Team sorgt rund um die
 * Uhr für die Zufriedenheit ihrer Kunden!" / "Promotion" / "Meisterbetrieb Filana" / the same
 * line again, over the title "Villachs „Meister Proper“ expandiert nach Wien": trafilatura's
 * 5min.at-Villachs in w3m and lynx, where the story was found at the alt text and the page had
 * no headline). A paragraph's line is not printed twice; a caption of ALT_WORDS words or more.
 */
function twiceAsCaption(lines: Line[], from: number, to: number): boolean {
  const first = (lines[from] as Line | undefined)?.text.trim() ?? '';
  return wordCount(first) >= ALT_WORDS && printedAgain(lines, first, from + 1, to, 'same');
}

/**
 * Words at least of an alt text printed again as its caption, read as one (not a one-word label
 * printed twice): latercera's 9, 5min.at's 12.
 */
export const ALT_WORDS = 4;

/** Line `i` has a blank line over and under it. */
function standsAlone(lines: Line[], i: number): boolean {
  return !(i > 0 && adjacent(lines, i - 1, i)) && !adjacent(lines, i, i + 1);
}

/**
 * A section's label standing as a kicker over the headline: one word, printed again on a line of
 * its own (a menu's or the breadcrumb trail's item: "• Kredit" / "2. Kredit" over vergleich.de's
 * "Kredit" / "Auto leasen, finanzieren oder kaufen – was ist günstiger?", "□ Cronaca" over
 * lastampa's) anywhere on the page. A short title over its subtitle is printed
 * alone ("Enterprise 2.0" over "HR Innovation in einer Enterprise 2.0 – ...": the blog's menu
 * lists the post, but its title is no one word). Asked only of the line over a story's first line
 * that stands as a title (standsOverStory), so the page scan is rare.
 */
function sectionLabelAt(lines: Line[], i: number, index: PageIndex): boolean {
  const plain = plainOf(index, (lines[i] as Line).text).trim();
  if (!ONE_WORD.test(plain)) return false;
  const word = plain.toLowerCase();
  return lines.some(
    (line, k) =>
      k !== i &&
      line.text.length < 60 &&
      MENU_ITEM_MARK.test(line.text) &&
      line.text.replace(MENU_ITEM_MARK, '').trim().toLowerCase() === word,
  );
}

/** A menu's or trail's item mark: a bullet, w3m's "□", lynx's "+" or "o", a number. */
const MENU_ITEM_MARK = /^\s*(?:[•*·●▪◦○►»□+o-]|\d{1,3}[.)])\s+/u;

/** Words of the lines from `j` on up to the next blank line. */
function paragraphWords(lines: Line[], j: number): number {
  let words = 0;
  for (let k = j; k < lines.length && k < j + LEAD_LINES_MAX; k++) {
    words += wordCount((lines[k] as Line).text);
    if (!adjacent(lines, k, k + 1)) break;
  }
  return words;
}

/** Words at most of a headline inside the story dated by its own dateline (scoreCandidate). */
export const OWN_DATE_WORDS = 15;

/** Words at least of a paragraph's first line under such a headline. */
export const PARAGRAPH_WORDS = 8;

/** A paragraph led by its date in figures and a dash: "06.11.23 - Sensation in ...". */
export const DATE_LED = /^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s+[-–—]\s+\p{L}/u;

/**
 * What a headline gains over its signed byline and dateline (scoreCandidate): more than a copy
 * of the line elsewhere (+3), which a widget prints too (yahoo-3's video player prints its
 * video's title twice, three lines apart, just above the story; its headline stands 90 lines
 * higher over "By GILLIAN MOHNEY March 11, 2015 3:46 PM"). 3 found it in lynx only, 4 in both.
 */
export const SIGNED_BONUS = 4;

/**
 * Printed again away from this line: the page's <title> or a breadcrumb and its <h1>: +3. A
 * site's name is printed twice too (masthead and footer): short lines get +1. Copies on adjacent
 * lines are a list of other stories printing each link twice (engadget): -3. Copies two or three
 * lines apart are not taken for one (a breadcrumb stands that close to its <h1>: heise, ars-1).
 */
export function repeatScore(lines: Line[], span: Span, index: PageIndex): number {
  const { first: i, text: plain } = span;
  const keys = [quickKey((lines[i] as Line).text), quickKey(splitSiteName(plain).headline)];
  const seen = keys.flatMap((p) => index.counts.get(p) ?? []);
  const short = wordCount(plain) < 4;
  // The line itself on the next line is a list's copy; as a part of a longer line (a breadcrumb
  // trail ending in it right above its <h1>, trafilatura's ihrwebprofi) it is a print of it.
  // (One unnamed test: the build's transform names each closure bound to a name with a call
  // as it is made, and this runs for every candidate, stop 53.)
  const listed = seen.some(
    (j) =>
      Math.abs(j - i) === 1 &&
      keys.includes(quickKey((lines[j] as Line).text)) &&
      (short || isListCopy(lines, Math.min(i, j))),
  );
  if (listed) return -3;
  const copies = [...new Set(seen)].filter((j) => j !== i);
  if (copies.length === 0) return 0;
  if (copies.every((j) => sameNeighbours(lines, i, j, index))) return 0;
  return short ? 1 : 3;
}

/**
 * Lines i and j stand between the same two lines: a menu printed again whole (awo.org's, three
 * times over the article, whose "Arbeiten bei der AWO" outscored its headline by the copies:
 * trafilatura's pages), not a title printed again as the page's heading. A date under both is
 * the article's header printed again as a teaser (fischundfang's "Radical Pop-Ups und Dips" over
 * "28. Januar 2022", in lynx), which no menu item stands over.
 */
function sameNeighbours(lines: Line[], i: number, j: number, index: PageIndex): boolean {
  if (isDateline(plainOf(index, lines[i + 1]?.text ?? ''))) return false;
  // Printed alike: an <h1> among its <h2> copies in a slider of teasers is the headline
  // (herrpfleger's "# New Balance: FuelCell Echo bringt Speed" in html2text).
  const alike = (lines[i] as Line).text.trim() === lines[j]?.text.trim();
  return (
    (alike && sameLines(lines, i - 1, j - 1) && sameLines(lines, i + 1, j + 1)) ||
    underSameMenu(lines, i, j)
  );
}

/**
 * Lines i and j each stand right under the same list item: the end of a menu printed twice
 * (a phone's and a desktop's), whatever follows each copy (energiezukunft's "TOP-THEMEN
 * Energiepreise Wärmewende Taxonomie" under "□ Nachgefragt" twice, over the menu's next part
 * once and the search box once: it outscored the headline by its copy).
 */
function underSameMenu(lines: Line[], i: number, j: number): boolean {
  const above = lines[i - 1]?.text;
  return above !== undefined && MENU_ITEM.test(above) && sameLines(lines, i - 1, j - 1);
}

/** A menu's item at any depth: LIST_ITEM's bullets with w3m's "□" and lynx's "+" of a submenu. */
const MENU_ITEM = /^\s*(?:[•*·●▪◦○►»□+-]|\d{1,3}[.)])\s+\S/u;

/**
 * Lines p and p + 1 of the page, the same text, are a list's copy of a link: printed on
 * adjacent lines of the file, or, with a blank line between, beside another such pair (engadget's
 * other stories, each printed twice, in w3m). A headline printed twice with a blank line between
 * and no list around it is a title and its heading (trafilatura's pages: "KI @ China (Teil 2):
 * ..." twice over its byline); a short one is a button printed twice (repeatScore: "Next story"
 * twice over medium-1's headline in html2text).
 */
function isListCopy(lines: Line[], p: number): boolean {
  if (adjacent(lines, p, p + 1)) return true;
  return sameLines(lines, p - 2, p - 1) || sameLines(lines, p + 2, p + 3);
}

/** Lines a and b of the page both printed, the same text by quickKey (sameNeighbours, isListCopy). */
function sameLines(lines: Line[], a: number, b: number): boolean {
  return (
    lines[a] !== undefined &&
    lines[b] !== undefined &&
    quickKey((lines[a] as Line).text) === quickKey((lines[b] as Line).text)
  );
}

/** What the line's own shape says: heading marks, length, capitals, a sentence's full stop. */
export function shapeScore(lines: Line[], span: Span): number {
  const { first: i, text: plain } = span;
  const n = wordCount(plain);
  let score = 0;
  // Capitals throughout are buttons and menus ("SIGN UP FOR OUR NEWSLETTER").
  if (n >= 3 && plain === plain.toUpperCase() && /\p{Lu}/u.test(plain)) score -= 2;
  const level = marginHeadingLevel((lines[i] as Line).text);
  if (level === 1) score += 4;
  else if (level === 2) score += 1;
  if (n >= 4 && n <= 25) score += 1;
  // A danda ends a sentence of Bengali or Hindi as a full stop does (ukbdnews.com.23646's first
  // paragraph, read whole once w3m's wrap was measured in columns: printedColumns).
  if (/[.।]$/u.test(plain) && n >= 8) score -= 2;
  // Two sentences on one line are a standfirst or a paragraph ("...about sharing. Uber's
  // really..."); two lower-case letters before the stop keep "U.S." and "Mr." out.
  if (n >= 12 && /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(plain)) score -= 1.5;
  return score;
}

/**
 * headingLevel, but an indented "# " line is no <h1>: html2text prints its headings at the
 * margin, and an indented "# " is lynx's fourth-level list item ("                    # Social
 * Media, Apps, RSS", the mega menus of bmel, hejfish and dhb on trafilatura's pages, each taken
 * with the <h1>'s +4 over the title w3m gets: lynx +3, stop 44) or a code comment ("    #
 * .tmux.conf" in html2text; w3m's silkroad, whose "    # Belohnung: ..." was taken: w3m +1).
 * Deeper headings ("    ## ...", html2text's inside a list item) keep their level.
 */
function marginHeadingLevel(text: string): number {
  const level = headingLevel(text);
  return level === 1 && INDENTED_HASH.test(text) ? 0 : level;
}

/** A "# " printed indented (marginHeadingLevel). */
const INDENTED_HASH = /^\s+# /;
