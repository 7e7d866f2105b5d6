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
  const storiesByLine = new Map<string, Set<string>>();
  for (const file of texts) {
    const lines = file.text.split('\n').filter((l) => l.trim());
    // The longest line stands for the story, so copies of one story count once.
    const story = lineKey(lines.reduce((a, b) => (b.length > a.length ? b : a), ''));
    const edges = new Set([...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)]);
    for (const line of edges) {
      if (wordCount(line) > 12) continue;
      const key = lineKey(line);
      let stories = storiesByLine.get(key);
      if (!stories) storiesByLine.set(key, (stories = new Set()));
      stories.add(story);
    }
  }
  const recurringLines = new Set<string>();
  for (const [key, stories] of storiesByLine) {
    if (stories.size >= RECURRING_MIN_STORIES) recurringLines.add(key);
  }
  return { corpusWords, recurringLines };
}
