// Figures: what tells a templated look-alike from a copy of the same story. Reuters sends "FED
// ADDS RESERVES VIA CUSTOMER REPURCHASES" every business day in the same words around another
// amount; a copy of a story, even cut off, tells no sentence of it with another figure.

import { matchKey } from '../text.ts';

/** A copy's figures, read once per copy (figuresOf). */
export interface CopyFigures {
  /** Each figure with the word it stands at, in reading order. */
  list: { figure: string; at: number }[];
  set: Set<string>;
  /** The words around each figure (framesOf), made when one is first missing from another copy. */
  frames?: Frames;
}

/** The frames of a copy's figures: by the word each figure stands at, and all of them. */
interface Frames {
  at: Map<number, string[]>;
  all: Set<string>;
}

/** Figures, in digits or, as wire copy writes small ones, in words ("two billion dlrs"). */
const FIGURE =
  /^\(?(?:\d+(?:[.,/-]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;

/** The figures of a text with the word each stands at (its whitespace-split word). */
export function figuresOf(text: string): CopyFigures {
  const list: { figure: string; at: number }[] = [];
  text.split(/\s+/).forEach((word, at) => {
    const figure = FIGURE.exec(word)?.[0].replace('(', '').toLowerCase();
    if (figure) list.push({ figure, at });
  });
  return { list, set: new Set(list.map((f) => f.figure)) };
}

/** Words each side of a figure that make its frame. */
const FRAME_WORDS = 2;

/**
 * The frames of a text's figures: the two words before a figure, and the two after, each figure
 * among them read as "#" ("by arranging #", "# billion dlrs"). Words of punctuation only ("|",
 * "–") are skipped: a dump and a saved page lay them out differently.
 */
function framesOf(text: string): Frames {
  const keys: string[] = [];
  const figureAt: number[] = [];
  text.split(/\s+/).forEach((word, at) => {
    if (FIGURE.test(word)) {
      figureAt[at] = keys.length;
      keys.push('#');
      return;
    }
    const key = matchKey(word);
    if (key) keys.push(key);
  });
  const frames: Frames = { at: new Map(), all: new Set() };
  figureAt.forEach((k, at) => {
    // The start and the end of the text stand in for missing words ("^", "$").
    const before = ['^', ...keys.slice(Math.max(0, k - FRAME_WORDS), k)].slice(-FRAME_WORDS);
    const after = [...keys.slice(k + 1, k + 1 + FRAME_WORDS), '$'].slice(0, FRAME_WORDS);
    const both = [`${before.join(' ')} #`, `# ${after.join(' ')}`];
    frames.at.set(at, both);
    for (const frame of both) frames.all.add(frame);
  });
  return frames;
}

const framesOfCopy = (copy: FiguredCopy) => (copy.figures.frames ??= framesOf(copy.text()));

/** A copy as figuresConflict reads it. */
export interface FiguredCopy {
  figures: CopyFigures;
  words: number;
  /** The copy's text, read again only when one of its figures is missing from another copy. */
  text: () => string;
}

/**
 * Which of `from`'s figure occurrences `into` tells differently: `into` lacks the figure but
 * holds another figure in the same words before or after it. A figure in text the other copy
 * has not got at all (a dump's menus and footers, "Comments (192)", a recipe's table a saved
 * page leaves out) says nothing about the story, and does not count.
 */
function toldDifferently(from: FiguredCopy, into: FiguredCopy, upToWord: number): string[] {
  const missing = from.figures.list.filter(
    ({ figure, at }) => at < upToWord && !into.figures.set.has(figure),
  );
  if (missing.length === 0) return [];
  const own = framesOfCopy(from).at;
  const theirs = framesOfCopy(into).all;
  return missing
    .filter(({ at }) => (own.get(at) ?? []).some((frame) => theirs.has(frame)))
    .map(({ figure }) => figure);
}

/**
 * Templated stories differ in their figures ("1.5 billion dlrs" one day, "two billion" the
 * next); a copy of a story, even cut off, tells none of its sentences with another figure. A
 * corrected re-send may fix one, so on the same day two or more figures told differently, or a
 * fifth of the figures, mean two stories. Copies dated a day apart must agree on every figure both
 * tell: the smaller's all, and the larger's as far as the smaller reaches.
 */
export function figuresConflict(a: FiguredCopy, b: FiguredCopy, daysApart: number): boolean {
  if (daysApart > 0) {
    const [small, large] = a.words <= b.words ? [a, b] : [b, a];
    return (
      toldDifferently(small, large, Infinity).length > 0 ||
      toldDifferently(large, small, small.words).length > 0
    );
  }
  const [small, large] = a.figures.set.size <= b.figures.set.size ? [a, b] : [b, a];
  const missing = new Set(toldDifferently(small, large, Infinity)).size;
  return missing >= 2 && missing >= small.figures.set.size * 0.2;
}
