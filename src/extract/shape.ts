// The shape of a line of text, as the classifier and the metadata readers test it: story text,
// a title, the first line of the story.

import { leadingSpaces as indentOf, trimmedLength, wordCount, OPENS_LOWER_CASE } from '../text.ts';
import { isHardWrapped, wrapWidth, type Line } from '../normalize/paragraphs.ts';

// The patterns of the line tests below, made once (a pattern literal in a function is a new
// object each time it runs, and these run for lines throughout a page).
const SENTENCE_END = /[.!?]["”’)]?$/;
const CLAUSE_END = /[,;:]$/;

export function isBodyLike(text: string): boolean {
  const n = wordCount(text);
  return n >= 25 || (n >= 10 && SENTENCE_END.test(text.trim()));
}

export function isTitleLike(text: string): boolean {
  const n = wordCount(text);
  return n >= 2 && n <= 30 && !CLAUSE_END.test(text.trim());
}

/** The first line of the first paragraph that reads as story text, or null. */
export function firstBodyLine(lines: Line[], used: Set<number>): number | null {
  const open = lines.filter((l) => !used.has(l.n));
  const wrapped = isHardWrapped(open);
  const width = wrapWidth(open);
  for (let i = 0; i < open.length; i++) {
    const line = open[i] as Line;
    // Blank lines and a paragraph's wrapped lines are told by their trimmed length, without a
    // trimmed copy of each (garbage-collector work); only the text read is trimmed.
    if (trimmedLength(line.text) === 0) continue;
    let text = line.text.trim();
    // In hard-wrapped text a paragraph runs on until a blank or an indented line.
    // A short line ends one: it is a paragraph's last line, or a headline above one.
    for (let j = i + 1; wrapped && j < open.length; j++) {
      const next = open[j] as Line;
      const previous = open[j - 1] as Line;
      const blank = trimmedLength(next.text) === 0;
      if (blank || startsParagraph(next, previous) || next.n !== previous.n + 1) break;
      if (trimmedLength(previous.text) < width * 0.6) break;
      text += ` ${next.text.trim()}`;
    }
    if (isBodyLike(text) || opensWithDateline(text)) return line.n;
  }
  return null;
}

/**
 * A news agency's dateline opens the story's first paragraph: the place in capitals, its region,
 * then the day or the agency, a dash and the story ("NEW YORK, March 17 - Shr 56 cts vs 46 cts",
 * "BLOOMFIELD HILLS, Mich., April 8 - Shr profit 2.26 dlrs vs loss 81 cts", "WASHINGTON
 * (Reuters) - ..."). A results story's first line is short and has no full stop, so by its length
 * it read as a title above the story: the title block took it for the headline or the standfirst
 * and the body lost it (1,993 documents of the 100,000-article bench, 36 after this;
 * site-08/1330.md's "NEW YORK, March 17 - Shr 56 cts vs 46 cts" under its front matter's title).
 */
export function opensWithDateline(text: string): boolean {
  return NEWS_DATELINE.test(text);
}

/** The place in capitals ("NEW YORK", "ST. LOUIS"), its region ("Mich.", "N.J.", "CALIF."). */
const DATELINE_PLACE = String.raw`\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]*)*(?:,\s\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?`;
/** The day, month first or day first ("March 17", "Oct 20", "12 mars"), or the agency ("(AP)"). */
const DATELINE_DAY = String.raw`(?:,\s(?:\p{L}{3,9}\.?\s\d{1,2}|\d{1,2}\.?\s\p{L}{3,9}\.?)(?:\s\([\p{L} ]{2,20}\))?|\s\([\p{L} ]{2,20}\))`;
/** The dash that ends the dateline, then the story's words. */
const NEWS_DATELINE = new RegExp(
  `^\\s*${DATELINE_PLACE}${DATELINE_DAY}\\s[-–—]{1,2}\\s+\\p{L}`,
  'u',
);

/**
 * An indented line starts a paragraph, unless the line above is indented the same: lynx indents
 * every line of a paragraph by three spaces, and read line by line each was a paragraph of its
 * own (the first line of the first paragraph was taken for the headline: base-url, title-en-dash,
 * svg-parsing, embedded-videos on the Readability pages).
 */
function startsParagraph(line: Line, above: Line): boolean {
  if (!/^\s{2,}|^\t/.test(line.text)) return false;
  const indent = indentOf(line.text);
  return indent !== indentOf(above.text) && indent !== hangingIndent(above.text);
}

/** A list item's mark and the space after it: " 1. ", "   * ", "• ". */
const ITEM_MARK = /^\s*(?:[•*□■◦o+-]|\d{1,3}[.)])\s+(?=\S)/u;

/**
 * Where the lines wrapped off a list item start: under its text, past the mark. w3m and lynx
 * print " 1. AI hasn't meaningfully changed ... is still" over "    rare, L" (Readability's ol
 * page): the item's second line, not a new paragraph, so its first line is no headline.
 */
function hangingIndent(text: string): number {
  return ITEM_MARK.exec(text)?.[0].length ?? -1;
}

/** A headline stands alone: a line running on into the next one is the start of a paragraph. */
export function continuesBelow(line: Line, lines: Line[], used: Set<number>): boolean {
  const next = lines[line.n]; // lines[] is 0-based, line.n 1-based: this is the next line
  if (!next || used.has(next.n) || !next.text.trim() || startsParagraph(next, line)) return false;
  return OPENS_LOWER_CASE.test(next.text.trim());
}

/**
 * The rest of a sentence: a line starting in lower case right under an open line that does not
 * end one. Not a headline (the last line of lynx's first paragraph, "ut labore et dolore magna
 * aliqua.", once its first line was no longer taken for one).
 */
export function continuesAbove(line: Line, lines: Line[], used: Set<number>): boolean {
  const above = lines[line.n - 2];
  if (!above || used.has(above.n) || !above.text.trim()) return false;
  return OPENS_LOWER_CASE.test(line.text.trim()) && !/[.!?:]["”’)]?$/.test(above.text.trim());
}
