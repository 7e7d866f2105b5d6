// Rebuilds paragraphs from the three layouts scraped text comes in: blank-line separated,
// one paragraph per line, and hard-wrapped (wire text at ~70 columns, paragraphs marked by an
// indent or a blank line). All three must give the same paragraphs.

import type { Block } from '../types.ts';
import { leadingSpaces as indentOf, wordCount, OPENS_LOWER_CASE } from '../text.ts';
import { LINE_END_HYPHEN } from './hyphenation.ts';

export interface Line {
  /** 1-based line number in the decoded text. */
  n: number;
  text: string;
}

const TERMINAL = /[.!?…:;"”’')\]]$/;

/**
 * Hard-wrapped text has most lines near one width and many ending mid-sentence. The thresholds
 * (width 40-110, 70% near the width, 30% mid-sentence) separate Reuters' 70-column wire text
 * from one-paragraph-per-line scrapes, whose lines vary in length and end in full stops.
 */
export function isHardWrapped(lines: Line[]): boolean {
  const texts = lines.map((l) => l.text.trim()).filter(Boolean);
  if (texts.length < 4) return false;
  const width = wrapWidth(lines);
  if (width < 40 || width > 110) return false;
  const near = texts.filter((t) => t.length >= width * 0.6);
  const midSentence = near.filter((t) => !TERMINAL.test(t));
  return near.length / texts.length >= 0.7 && midSentence.length / near.length >= 0.3;
}

/** The width text was wrapped at: the 90th percentile of its lines' lengths, blank lines left out. */
export function wrapWidth(lines: Line[]): number {
  return widthOf(lines.map((l) => l.text.trim().length).filter(Boolean));
}

/**
 * The width lines of these lengths were wrapped at: the 90th percentile, so that a few longer
 * lines (a URL, a table row) do not count; 0 for none.
 */
export function widthOf(lengths: readonly number[]): number {
  const n = lengths.length;
  const k = Math.floor(n * 0.9);
  if (k >= n) return 0;
  let longest = 0;
  for (let i = 0; i < n; i++) longest = Math.max(longest, lengths[i] as number);
  // A typed array sorts numbers in place without a comparison callback; lengths up to
  // WIDTH_COUNTED are counted instead, in one pass over the array as given (the headline
  // finder's textBlocks asks for each story looked for: the copy and the sort were 1% of a dump's
  // normalize time). The same k-th value.
  if (longest > WIDTH_COUNTED) return Uint32Array.from(lengths).sort()[k] as number;
  const counts = new Uint32Array(longest + 1);
  for (let i = 0; i < n; i++) {
    const v = lengths[i] as number;
    counts[v] = (counts[v] as number) + 1;
  }
  let seen = 0;
  for (let v = 0; v < longest; v++) {
    seen += counts[v] as number;
    if (seen > k) return v;
  }
  return longest;
}

/** Longest line length widthOf counts rather than sorts (a dump's lines are 80-200 wide). */
const WIDTH_COUNTED = 4096;

/**
 * A line that opens a list item: "- ", "* " or "• " before its text (BBC News sets the quotes
 * of a match preview and the points of a survey so, some with a space before the mark). The mark
 * is the list's, not the item's text: it goes, and the item becomes a Markdown list item.
 */
const LIST_MARK = /^\s*[-*•]\s+(?=\S)/;

/** Turns body lines (blank lines kept as empty text) into paragraph, heading and list blocks. */
export function buildBlocks(lines: Line[]): Block[] {
  const paragraphs = isHardWrapped(lines)
    ? wrappedParagraphs(lines, dumpWidth(lines))
    : unwrappedParagraphs(lines, wrapWidth(lines), dumpWidth(lines));
  return paragraphs.map(({ text, item }, i) => ({
    kind: item
      ? 'list-item'
      : isHeading(text, paragraphs[i - 1]?.text, paragraphs[i + 1]?.text)
        ? 'heading'
        : 'paragraph',
    text,
  }));
}

/** A paragraph's text, and whether it is a list's item (its mark gone). */
interface Paragraph {
  text: string;
  item: boolean;
}

/**
 * The paragraphs of text not wrapped at a width as a whole: a line each, but a line that carries
 * on the one above joined to it, with no space between them (wrapsUnspaced, at `width`) or with
 * one (wrapsAtWidth: a page dump's paragraph wrapped among its short lines).
 */
function unwrappedParagraphs(lines: Line[], width: number, dump: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let previous: Line | null = null;
  // The column a list item's text starts at: its wrapped lines are indented to it.
  let hanging = -1;
  for (const line of lines) {
    const text = line.text;
    if (!text.trim()) {
      previous = null;
      continue;
    }
    const mark = LIST_MARK.exec(text);
    const last = paragraphs[paragraphs.length - 1];
    // A line taken out between the two (chrome, a caption) parts them: they were not one line.
    const above = previous !== null && previous.n + 1 === line.n ? previous.text : null;
    if (!mark && last && above !== null && wrapsUnspaced(above, text, width)) {
      last.text += text.trim();
    } else if (!mark && last && above !== null && wrapsAtWidth(above, text, dump, hanging)) {
      last.text = joinWrapped([last.text, text.trim()]);
    } else {
      paragraphs.push({ text: text.slice(mark?.[0].length ?? 0).trim(), item: mark !== null });
      hanging = mark ? mark[0].length : -1;
    }
    previous = line;
  }
  return paragraphs;
}

/** The column a dump is wrapped at: wrapWidth's 90th percentile, of the lines as printed. */
function dumpWidth(lines: Line[]): number {
  return widthOf(lines.map((l) => l.text.trimEnd().length).filter(Boolean));
}

/**
 * Widths text is wrapped at by a tool: the corpus dumps' 80-100 columns (w3m, lynx) and wire
 * text's 70. Wider is a scrape's one-paragraph lines, whose 90th percentile is hundreds of
 * characters. On Readability's 130 pages this rule leaves 393 of w3m's 3,692 wrapped lines cut
 * and 563 of lynx's 3,807 (bench/extract/paragraph-cuts.ts; docs/figures.md, stop 63, ww63).
 */
const DUMP_WIDTH = { min: 60, max: 110 };

/**
 * A line the dumping tool wrapped: the line above filled the width, so that the next line's
 * first word would not have fitted after it (a tool breaks a line only there), and both are
 * indented the same. A page dump's paragraphs are wrapped so, but its many short lines (links,
 * captions) keep the text as a whole from reading as hard-wrapped: each wrapped line was a
 * paragraph of its own ("any of the fun or celebratory spirit." on ehow-2's w3m dump).
 */
function wrapsAtWidth(above: string, text: string, width: number, hanging: number): boolean {
  const indent = indentOf(text);
  if (hanging >= 0 ? indent !== hanging : indent !== indentOf(above)) return false;
  return fillsWidth(above, text, width);
}

/**
 * A table's row or preformatted text: columns set apart by a rule or by spaces. Such lines fill
 * the width as rows, not as a wrapped sentence (toc-missing's query output, 43 joins of rows).
 */
const COLUMNS = /\S(?: {2,}|\s*[│|]\s*)\S/u;

/** The line above is as long as the width allows: the next line's first word did not fit. */
function fillsWidth(above: string, text: string, width: number): boolean {
  if (width < DUMP_WIDTH.min || width > DUMP_WIDTH.max) return false;
  if (COLUMNS.test(above.trim()) || COLUMNS.test(text.trim())) return false;
  const firstWord = text.trim().split(/\s/, 1)[0] as string;
  return above.trimEnd().length + 1 + firstWord.length > width;
}

/**
 * The paragraphs of hard-wrapped text: the lines between blank lines, list marks and indented
 * openings joined (joinWrapped).
 */
function wrappedParagraphs(lines: Line[], width: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let previousText: string | null = null;
  let current: string[] = [];
  let item = false;
  const flush = () => {
    if (current.length) paragraphs.push({ text: joinWrapped(current), item });
    current = [];
    item = false;
  };
  for (const line of lines) {
    const text = line.text;
    if (!text.trim()) {
      flush();
      previousText = null;
      continue;
    }
    const mark = LIST_MARK.exec(text);
    if (mark) flush();
    // In wrapped text an indented line opens a paragraph (Reuters marks them with 4 spaces),
    // unless it carries on the sentence of a line above indented the same (lynx indents every
    // line of a paragraph).
    const indented = /^(?:\s{2,}|\t)\S/.test(text);
    if (!mark && indented && current.length && !carriesOn(previousText ?? '', text, width)) {
      flush();
    }
    if (mark) item = true;
    current.push(text.slice(mark?.[0].length ?? 0).trim());
    previousText = text;
  }
  flush();
  return paragraphs;
}

/**
 * Chinese and Japanese are written without spaces: a line break between two of their characters
 * (or their full-width punctuation) is the dumping tool's wrap, and joining with a space would
 * split a word (w3m and lynx wrap gmw's, qq's and hukumusume's sentences mid-word).
 */
const UNSPACED_CHAR =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u303f\\uff00-\\uffef';
const UNSPACED_END = new RegExp(`[${UNSPACED_CHAR}]$`, 'u');
const UNSPACED_START = new RegExp(`^[${UNSPACED_CHAR}]`, 'u');

/**
 * A line indented as the line above, which ends mid-sentence or fills the width (bbc-1's lynx
 * dump wraps a paragraph after 'safety laws"'): the same paragraph, wrapped.
 */
function carriesOn(above: string, text: string, width: number): boolean {
  return (
    indentOf(above) === indentOf(text) &&
    (!TERMINAL.test(above.trimEnd()) || fillsWidth(above, text, width))
  );
}

/** Sentence ends of Chinese and Japanese: a line ending in one is not cut mid-sentence. */
const UNSPACED_TERMINAL = /[。！？」』）》…]$/u;

/**
 * In text not hard-wrapped as a whole (a page dump's short paragraphs keep most lines short), a
 * Chinese or Japanese line that fills the dump's width and stops mid-sentence, followed at once
 * by another such line, is one line wrapped in two (youth's and qq's w3m dumps, about 40
 * characters a line). Latin text is left alone: its lines are joined or not at a space.
 */
function wrapsUnspaced(above: string, text: string, width: number): boolean {
  const end = above.trimEnd();
  return (
    end.trim().length >= width * 0.8 &&
    UNSPACED_END.test(end) &&
    !UNSPACED_TERMINAL.test(end) &&
    UNSPACED_START.test(text.trim())
  );
}

function joinWrapped(lines: string[]): string {
  let out = lines[0] ?? '';
  for (const next of lines.slice(1)) {
    // "struc-" + "tured": keep a mark; hyphenation decides on evidence whether it was a break.
    if (/\p{L}-$/u.test(out) && OPENS_LOWER_CASE.test(next))
      out = out.slice(0, -1) + LINE_END_HYPHEN + next;
    else if (UNSPACED_END.test(out) && UNSPACED_START.test(next)) out += next;
    else out += ' ' + next;
  }
  return out;
}

const OPENERS: [string, string][] = [
  ['(', ')'],
  ['[', ']'],
  ['“', '”'],
];

function balanced(text: string): boolean {
  for (const [open, close] of OPENERS) {
    if (text.split(open).length !== text.split(close).length) return false;
  }
  return (text.match(/"/g) ?? []).length % 2 === 0;
}

/**
 * A subheading is a short line between paragraphs that reads as a title: it starts with a
 * capital or a quote, ends without a full stop or a dangling comma/bracket, and its brackets and
 * quotes are closed (a cut-off line like 'than Mao Zedong (' is text, not a heading).
 */
function isHeading(text: string, previous?: string, next?: string): boolean {
  if (previous === undefined || next === undefined || text.length > 90) return false;
  const n = wordCount(text);
  if (n < 2 || n > 12) return false;
  if (/[.,;:(\-–—]$/.test(text)) return false;
  if (!/^["“‘'(\p{Lu}\p{N}]/u.test(text)) return false;
  if (!balanced(text)) return false;
  return wordCount(previous) >= 15 && wordCount(next) >= 15;
}

/**
 * Lines in runs of consecutive line numbers: the paragraphs of lines picked from a page (a blank
 * or a taken line between two ends a run).
 */
export function lineRuns(lines: Line[]): Line[][] {
  const runs: Line[][] = [];
  for (const line of lines) {
    const run = runs.at(-1);
    if (run && (run.at(-1) as Line).n + 1 === line.n) run.push(line);
    else runs.push([line]);
  }
  return runs;
}
