// The article inside a full-page text dump (w3m, lynx or html2text output of a whole web page):
// menus, link lists, buttons, share bars, newsletter boxes, related-story lists, comments and
// footers above and below the story. In the spirit of jusText (Pomikálek 2011) and boilerpipe:
// the text is cut into blocks, each block is classed by its length and its share of stop words,
// the classes are smoothed by their neighbours, and the contiguous run of blocks with the most
// good text less bad text is the article. Everything outside that run, and the clear chrome
// inside it (buttons, image and form markers, bullet menus), is removed and recorded.
//
// It runs only on text that looks like a page dump (looksLikePageDump): clean article text, the
// archive's usual input, is left exactly as it is.
//
// This module is the order (findBody, then outsideArticle); each step is a module of
// body-finder/, in the order they run: stop-words.ts (the page's language and stop words),
// blocks.ts (what each line is, the blocks, their features), page-dump.ts (whether to run at
// all), kinds.ts (each block classed, then revised by the marks), main-run.ts (the kinds smoothed
// by their neighbours, the run with the most good text, its byline and heaviest end),
// header-area.ts (the headline and byline kept above the run) and article-end.ts (the run cut at
// comments, related-story boxes, the footer, and the notes lists in it).

import { REMOVAL_WORDING } from '../extract/labels.ts';
import type { Removal } from '../types.ts';
import type { Line } from './paragraphs.ts';
import { languageSample, pageStopWords, stopSlotsOf, wordsOf } from './body-finder/stop-words.ts';
import {
  type BodyBlock,
  type LineInfo,
  TERMINAL,
  describe,
  isCopyrightCaption,
  lineInfo,
  markWrappedImages,
  splitBlocks,
} from './body-finder/blocks.ts';
import { looksLikePageDump } from './body-finder/page-dump.ts';
import {
  LENGTH_LOW,
  classify,
  leaveIntroducedLists,
  markDatedFeeds,
  markMenuLists,
  markRepeatedTeasers,
  markRewordedCaptions,
  stopThresholds,
} from './body-finder/kinds.ts';
import { bylineStart, heaviestEnd, mainRun, revise } from './body-finder/main-run.ts';
import { headerArea, headlineAbove } from './body-finder/header-area.ts';
import {
  beforeFooter,
  isInlineTeaser,
  notesLists,
  shortestEnd,
} from './body-finder/article-end.ts';
export { type BodyBlock } from './body-finder/blocks.ts';

/** The one reason every line this module removes is recorded under. */
export const OUTSIDE_ARTICLE = REMOVAL_WORDING['outside-article'];

export interface BodyFinding {
  /** Line numbers (1-based) outside the article or chrome inside it. */
  remove: Set<number>;
  blocks: BodyBlock[];
  run: [number, number] | null;
}

/**
 * A block's lines' texts joined by spaces; a block of one line is its line's text, without the
 * list of texts and the joined copy (most blocks are one line).
 */
function blockText(group: LineInfo[]): string {
  return group.length === 1 ? (group[0] as LineInfo).text : group.map((l) => l.text).join(' ');
}

/** Classifies a page dump's blocks and finds the article; null when the text is no dump. */
export function findBody(lines: Line[]): BodyFinding | null {
  const infos = lines.map(lineInfo);
  if (!looksLikePageDump(infos)) return null;
  markWrappedImages(infos);
  const blocks = classifiedBlocks(splitBlocks(infos));
  const run = mainRun(blocks);
  const remove = run ? outsideArticle(blocks, run) : new Set<number>();
  return { remove, blocks, run };
}

/** The blocks of a dump's line groups, described and classified. */
function classifiedBlocks(groups: LineInfo[][]): BodyBlock[] {
  const texts = groups.map(blockText);
  const words = texts.map(wordsOf);
  // The language is read from sentence-like blocks, not from the menus and tracking code above.
  const sentences: number[] = [];
  groups.forEach((g, k) => {
    const text = texts[k] as string;
    if (!g.some((l) => l.marker) && text.length >= LENGTH_LOW && TERMINAL.test(text)) {
      sentences.push(k);
    }
  });
  const sample = languageSample(sentences, texts, words);
  const list = pageStopWords(sample.text, sample.words);
  const stops = list && { set: list, slots: stopSlotsOf(list) };
  const blocks = groups.map((g, k) => describe(g, texts[k] as string, words[k] as string[], stops));
  const [stopLow, stopHigh] = stopThresholds(blocks);
  for (const block of blocks) block.kind = classify(block, stopLow, stopHigh);
  markRepeatedTeasers(blocks);
  markRewordedCaptions(blocks, words);
  markMenuLists(blocks);
  leaveIntroducedLists(blocks);
  markDatedFeeds(blocks);
  for (const block of blocks) if (block.cookieNotice) block.kind = 'bad';
  revise(blocks);
  return blocks;
}

/**
 * Line numbers outside the article the main `run` starts, or chrome inside it (BodyFinding's
 * remove).
 */
function outsideArticle(blocks: BodyBlock[], run: [number, number]): Set<number> {
  const remove = new Set<number>();
  const [head, cut] = shortestEnd(blocks, run);
  const first = bylineStart(blocks, head, cut);
  const last = beforeFooter(blocks, first, cut < run[1] ? heaviestEnd(blocks, first, cut) : cut);
  // Under a toolbar, only the headline over the byline is the article's header.
  const keep = first === head ? headerArea(blocks, first) : headlineAbove(blocks, first);
  const notes = notesLists(blocks, first, last);
  blocks.forEach((block, b) => {
    if (notes.has(b)) {
      if (block.marker || block.image) for (const info of block.lines) remove.add(info.line.n);
      return;
    }
    const inside = b >= first && b <= last;
    const chrome =
      block.image ||
      block.cookieNotice ||
      isInlineTeaser(block) ||
      isCopyrightCaption(block) ||
      (block.kind === 'bad' &&
        (block.marker || (block.bullet && block.chars < LENGTH_LOW) || isMenuRun(block)));
    if (inside && !chrome) return;
    for (const info of block.lines) if (!keep.has(info.line.n)) remove.add(info.line.n);
  });
  return remove;
}

/**
 * "News Sport Weather iPlayer Sounds": capitalised words without a sentence (at least 3 words,
 * 80% capitalised; set by hand from the BBC, CNN and ACLU menus, not fitted).
 */
function isMenuRun(block: BodyBlock): boolean {
  return block.words >= 3 && block.capShare >= 0.8 && !block.terminal && block.chars < 200;
}

/**
 * The hook normalize calls first: in a page dump, blanks every line outside the article (and the
 * chrome inside it) and returns their removals; other text is left untouched.
 */
export function cutToArticle(lines: Line[]): Removal[] {
  const found = findBody(lines);
  if (!found || found.remove.size === 0) return [];
  const removed: Removal[] = [];
  for (const line of lines) {
    if (!found.remove.has(line.n)) continue;
    // Trimmed once: trim() makes a new string of an indented or padded line, and it was made
    // twice a removed line (trim under cutToArticle: 0.5% of the dump normalize's allocations).
    const text = line.text.trim();
    if (!text) continue;
    removed.push({ line: line.n, text, reason: OUTSIDE_ARTICLE });
    line.text = '';
  }
  return removed;
}
