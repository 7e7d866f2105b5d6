// What the layer knows about the whole input, gathered in one pass before any file.

import { wordCount } from '../text.ts';
import { spacesCollapsed } from '../normalize/chrome.ts';
import { countWords, type WordCounts } from '../normalize/hyphenation.ts';
import type { InputFile } from '../types.ts';
import { EDGE_LINES } from './state.ts';

/**
 * It is read by lookup only (never iterated, never its size): a file's result depends on the
 * answers to the lookups made for it, which the normalize cache (src/normalize/cache.ts)
 * records and checks.
 */
export interface NormalizeContext {
  /** Word counts of all input text: evidence for joining print-layout breaks. */
  corpusWords: WordCounts;
  /** Short head/tail lines that recur across different stories: a site's template. */
  recurringLines: Pick<ReadonlySet<string>, 'has'>;
}

/** A template line recurs in at least this many different stories (two could be a coincidence). */
const RECURRING_MIN_STORIES = 3;

/** A line as recurringLines knows it: trimmed, lowercased, digits as #, spaces collapsed. */
export function lineKey(text: string): string {
  // Each replace only where it changes something: the corpus profile makes the key of every
  // file's longest line and edge lines, and a replace builds a new string even when it changes
  // nothing (stop 50).
  const lower = text.trim().toLowerCase();
  return spacesCollapsed(DIGIT.test(lower) ? lower.replace(/\d+/g, '#') : lower);
}

const DIGIT = /\d/;

export function corpusProfile(files: InputFile[]): NormalizeContext {
  // An HTML page's text is its markup: its words and lines are not the archive's text.
  const texts = files.filter((f) => f.format === 'text');
  const corpusWords = countWords(texts.map((f) => f.text));
  // Each line's stories, up to RECURRING_MIN_STORIES of them: one as its string, more as an
  // array. Most edge lines are a story's own (its first or last lines) and are met once: a Set for
  // each made a million Sets at 100,000 articles (docs/figures.md, stop 51).
  const storiesByLine = new Map<string, string | string[]>();
  for (const file of texts) {
    const { longest, edges } = storyLines(file.text);
    // The longest line stands for the story, so copies of one story count once.
    const story = lineKey(longest);
    for (const line of edges) {
      if (wordCount(line) > 12) continue;
      const key = lineKey(line);
      const stories = storiesByLine.get(key);
      if (stories === undefined) storiesByLine.set(key, story);
      else if (typeof stories === 'string') {
        if (stories !== story) storiesByLine.set(key, [stories, story]);
      } else if (stories.length < RECURRING_MIN_STORIES && !stories.includes(story)) {
        stories.push(story);
      }
    }
  }
  const recurringLines = new Set<string>();
  for (const [key, stories] of storiesByLine) {
    if (typeof stories !== 'string' && stories.length >= RECURRING_MIN_STORIES) {
      recurringLines.add(key);
    }
  }
  return { corpusWords, recurringLines };
}

/**
 * Of the text's lines that are not blank (trim() leaves something): the longest (the first of
 * the longest), and the first and last EDGE_LINES of them, as they stand, in that order and each
 * once. What splitting the text at every line break and trimming every line gives, read off the
 * text by its line breaks instead: only these lines are cut out as strings. The profile reads
 * every file of the input before any thread can start (at 100,000 articles, half of its time
 * went to the split and the trimming; docs/figures.md, stop 51).
 */
export function storyLines(text: string): { longest: string; edges: Set<string> } {
  const first: string[] = [];
  // The starts and ends of the last EDGE_LINES lines met, a ring by the count of lines met.
  const lastStarts = new Array<number>(EDGE_LINES);
  const lastEnds = new Array<number>(EDGE_LINES);
  let met = 0;
  let longestStart = 0;
  let longestEnd = 0;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (!isBlank(text, start, end)) {
      if (end - start > longestEnd - longestStart) [longestStart, longestEnd] = [start, end];
      if (met < EDGE_LINES) first.push(text.slice(start, end));
      lastStarts[met % EDGE_LINES] = start;
      lastEnds[met % EDGE_LINES] = end;
      met++;
    }
    start = end + 1;
  }
  const edges = new Set(first);
  for (let k = Math.max(0, met - EDGE_LINES); k < met; k++) {
    edges.add(text.slice(lastStarts[k % EDGE_LINES], lastEnds[k % EDGE_LINES]));
  }
  return { longest: text.slice(longestStart, longestEnd), edges };
}

/** Whether text[start..end) is blank as trim() reads it: nothing but white space. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    // Past ASCII, trim() says which characters are white space (U+00A0, U+2028, U+3000...).
    if (c < 0x80 || String.fromCharCode(c).trim() !== '') return false;
  }
  return true;
}
