// What the headline rules read of the whole page once (PageIndex): the dump's width, where each
// line's text is printed again, its <h1> lines, signed bylines and story words, and each line's
// plain text and headline test memoised. Built once a page (pageIndex) and passed down.

import { type Line } from '../paragraphs.ts';
import { type Headline } from '../headline.ts';
import { signedBylines } from './page-bylines.ts';
import { headingLevel, stripHeadingMarks, readQuickKey } from './page-furniture.ts';
import { isHeadlineLineBesideName, isNameAlone, COMMENT_HEADING } from './headline-lines.ts';
import { printedColumns } from '../../text.ts';

/**
 * The width a dump was wrapped at, or Infinity. w3m and lynx wrap at the width they are given
 * (-cols 100, -width=100 in the corpora): no line is longer and many come near it. html2text
 * prints each paragraph on one line.
 */
function dumpWidth(lines: Line[]): number {
  const lengths = lines.map((l) => wrappableLength(l.text));
  const width = widthAtMost(lengths, Math.max(0, ...lengths));
  return width === Infinity ? widthPastLongWords(lines, lengths) : width;
}

/**
 * `most` (the longest line counted) as the dump's width if it is no longer than a dump's and
 * enough lines come near it, or Infinity. Not paragraphs.ts's widthOf (a percentile of lengths).
 */
function widthAtMost(lengths: number[], most: number): number {
  const near = lengths.filter((n) => n >= most * 0.8).length;
  return most <= 110 && near >= 5 ? most : Infinity;
}

/**
 * The width read past lines that hold a word too long to break: w3m prints a word of ASCII
 * longer than what is left of the line past its width ("2. elizabeth_ii_forcee_de_punir_les_
 * sussex_..." of 115 characters, a list of other stories' slugs under gala.fr's story), which
 * made the width Infinity and the title wrapped at 99 columns ("Jean-Paul Delevoye, ... un surnom
 * peu" / "flatteur") no candidate: its subtitle was taken (trafilatura's gala.fr.surnom in w3m).
 * At LONG_WORD_WIDTH columns at least: of Readability's and trafilatura's dumps so read, the only
 * narrower ones (60 to 72: gmw, youth, ietf-1's html2text) print tables or preformatted text.
 */
function widthPastLongWords(lines: Line[], lengths: number[]): number {
  // A line under LONG_WORD_WIDTH cannot set the width here whatever it holds: its text is not
  // searched for an unbroken word.
  const kept = lengths.filter(
    (n, i) => n < LONG_WORD_WIDTH || !UNBROKEN_WORD.test(lines[i]?.text ?? ''),
  );
  const most = Math.max(0, ...kept);
  return most >= LONG_WORD_WIDTH ? widthAtMost(lengths, most) : Infinity;
}
/** A word of ASCII no tool breaks, 30 characters or more (gala.fr's slug lines: 115 characters). */
const UNBROKEN_WORD = /[\x21-\x7e]{30,}/;
/** The narrowest width read past such lines (gala.fr's w3m dump: 99 columns; see above). */
const LONG_WORD_WIDTH = 75;

/**
 * A line's trimmed length as dumpWidth counts it: 0 for a line no tool can wrap, a rule of one
 * character ("━━━━", which w3m prints past its width) or a URL or its slug (a word of ASCII): 295
 * of trafilatura's w3m dumps hold a line over 110 characters, which made their width Infinity
 * and left a headline wrapped at the width read by its first line (ladiaria's "Productor fumigó
 * ... área protegida" / "Paso Centurión y Sierra de Ríos", over its URL's slug of 130
 * characters). Chinese text has no spaces and is wrapped: it counts (xinhuanet in lynx).
 */
function wrappableLength(text: string): number {
  const trimmed = text.trim();
  return UNWRAPPABLE.test(trimmed) ? 0 : printedColumns(trimmed);
}
const UNWRAPPABLE = /^(?:[\x21-\x7e]+|(\S)\1*)$/u;

/** A character every separator of headlineScores' line parts holds. */
const MAY_SEPARATE = /[>»›|–—·-]/;

/** lines[a] and lines[b] are consecutive lines of the file: no blank line between them. */
export function adjacent(lines: Line[], a: number, b: number): boolean {
  const first = lines[a];
  const second = lines[b];
  return first !== undefined && second !== undefined && second.n === first.n + 1;
}

/**
 * The last line of the paragraph whose line `first` is: the lines printed right under it (no
 * blank line between) are its own, wrapped at the dump's width.
 */
export function paragraphLast(lines: Line[], first: number): number {
  let last = first;
  while (adjacent(lines, last, last + 1)) last++;
  return last;
}

/** Where each line's lower-cased text, and each part of it, is printed on the page. */
function printedAt(lines: Line[]): Map<string, number[]> {
  const counts = new Map<string, number[]>();
  lines.forEach((line, i) => {
    // Lines of a headline's length only, compared cheaply: a page can have thousands of lines.
    if (line.text.length > 300) return;
    // Read, not asked through quickKey's memo: each line is read here once a page, and the memo's
    // first asks (693,300 of its 962,228 on two passes over the 10-30 KB dumps, most of them
    // here) each cost a hashed string and a Map entry (stop 44).
    const whole = readQuickKey(line.text);
    // Only parts with a space are counted, and a part is a piece of the whole line.
    if (!whole.includes(' ')) return;
    // A comment section's heading prints the post's title ("2 gedanken zu „folge 70: ...“").
    const quoted = COMMENT_HEADING.exec(whole)?.[1];
    if (quoted?.includes(' ')) printedOn(counts, quoted, i);
    // Without a separator's character the line is its one part.
    if (!MAY_SEPARATE.test(whole)) {
      printedOn(counts, whole, i);
      return;
    }
    printedOn(counts, whole, i);
    // Each distinct part once a line (the whole line may be one of them), in the order split
    // gives them; a line has a handful of parts, so the list is read instead of a Set built.
    const seen = [whole];
    for (const piece of whole.split(PART_SEPARATOR)) {
      const part = piece.trim();
      if (seen.includes(part)) continue;
      seen.push(part);
      if (part.includes(' ')) printedOn(counts, part, i);
    }
  });
  return counts;
}

/** The separators of a line's parts ("Title | Site", "Section > Title", "Title - Site"). */
const PART_SEPARATOR = /\s[>»›]\s|\s*\|\s*|\s+[–—·]\s+|\s+-\s+/;

/**
 * Line i printed `text`. A text's first line starts a list of one ([i]): most texts are printed
 * once, and a list grown from [] by push is given room for 17 at once (garbage-collector work).
 */
function printedOn(counts: Map<string, number[]>, text: string, i: number): void {
  const at = counts.get(text);
  if (at === undefined) counts.set(text, [i]);
  else at.push(i);
}

/**
 * What headlineScores reads of a page whatever the story line: where each line's text (and its
 * parts) is printed, the dump's width, and which texts are headline-like. Built once per page and
 * shared by the calls for its candidate stories (storyAndHeadline asks for two): each part is a
 * function of `lines` alone (isHeadlineLine of the text alone), so sharing it changes nothing.
 */
export interface PageIndex {
  counts: Map<string, number[]>;
  /** Indexes of the lines html2text marks as an <h1> ("# Title"). */
  h1: number[];
  /** Indexes of the lines one and two above a signed byline ("By GILLIAN MOHNEY ..."). */
  signedHeads: number[];
  width: number;
  /** How each text asked so far reads (LineReading): isHeadlineLine's two tests, remembered. */
  headlineLine: Map<string, LineReading>;
  /** The story's first long words (storyWords) by its first line, read by toldByStory. */
  storyWords: Map<number, Set<string>>;
  /**
   * headlineScores' candidates by the story's first line: a pure function of the page and that
   * line. The dump's headline revisions (page-header.ts) ask again for the stories
   * storyAndHeadline weighed; read-only for the callers.
   */
  scored: Map<number, readonly Headline[]>;
}

export function pageIndex(lines: Line[]): PageIndex {
  return {
    counts: printedAt(lines),
    h1: h1Lines(lines),
    signedHeads: signedBylines(lines)
      .flatMap((j) => [j - 1, j - 2])
      .filter((i) => i >= 0),
    width: dumpWidth(lines),
    headlineLine: new Map(),
    storyWords: new Map(),
    scored: new Map(),
  };
}

/**
 * The page's lines marked as an <h1> ("# "), but for the items of a list nested four deep in
 * lynx: lynx marks its nested lists' items "*", "+", "o", "#", "@" by depth, and the body finder
 * gives the lines it cut back trimmed, so a menu's fourth-level item reads as "# Trinkwasser" at
 * the margin (eawag's and dtb-tennis's mega menus on trafilatura's pages: a score of "# " items
 * each, taken for <h1>s far over the story). Such an item's list runs up, over its "#" and "@"
 * siblings, to its parent's "o " item; an html2text <h1> stands under no such line.
 */
function h1Lines(lines: Line[]): number[] {
  const out: number[] = [];
  // Whether the nearest line over this one that is no "#" or "@" item is an "o " item.
  let underThirdLevel = false;
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as Line).text;
    if (text.startsWith('# ') && !underThirdLevel && headingLevel(text) === 1) out.push(i);
    const item = text.trimStart();
    if (!item.startsWith('# ') && !item.startsWith('@ ')) underThirdLevel = item.startsWith('o ');
  }
  return out;
}

/**
 * stripHeadingMarks(text): remembered for the document by stripHeadingMarks itself, which key()
 * and the trails ask of the same lines (one memo, where the index kept a second).
 */
export function plainOf(_index: PageIndex, text: string): string {
  return stripHeadingMarks(text);
}

/**
 * How a text reads by isHeadlineLine's two tests: NO_HEADLINE fails isHeadlineLineBesideName,
 * NAME_ALONE passes it but is a name alone (isNameAlone), HEADLINE passes both.
 */
type LineReading = 0 | 1 | 2;
const NO_HEADLINE = 0;
const NAME_ALONE = 1;
const HEADLINE = 2;

/** The text's LineReading, remembered in the page's index (with the text's plainOf). */
function readingOf(index: PageIndex, text: string): LineReading {
  let known = index.headlineLine.get(text);
  if (known === undefined) {
    const plain = plainOf(index, text);
    // isHeadlineLine's two tests, in its order.
    if (!isHeadlineLineBesideName(text, plain)) known = NO_HEADLINE;
    else known = isNameAlone(plain) ? NAME_ALONE : HEADLINE;
    index.headlineLine.set(text, known);
  }
  return known;
}

/** isHeadlineLine(text), remembered in the page's index (with the text's plainOf). */
export function isHeadlineLineOf(index: PageIndex, text: string): boolean {
  return readingOf(index, text) === HEADLINE;
}

/**
 * isHeadlineLineBesideName(text, plainOf(text)), remembered in the page's index: the short
 * titles' rules ask it of lines isHeadlineLineOf has read already, so it costs a lookup.
 */
export function isHeadlineLineBesideNameOf(index: PageIndex, text: string): boolean {
  return readingOf(index, text) !== NO_HEADLINE;
}
