// Merging a copy into its story's merged paragraphs (dedup's mergeGroup calls it for each copy
// after the canonical one): aligned in reading order, a paragraph the merge has gains a holder,
// one it lacks goes in after the last paragraph matched; beside a saved page, a text copy adds
// only the story's own sentences next to the span they share, and hands the rest back to be
// recorded (outsideSpan).

import { shareOfSmaller, wordCount } from '../text.ts';
import type { Block, NormalizedDoc } from '../types.ts';
import { sameBlock, shapeWords, type BlockShape, type TextMemo } from './block-shape.ts';

export interface MergedBlock extends Block {
  /** Paths of the copies that hold this paragraph. */
  holders: Set<string>;
  /** The copy whose version of the paragraph is kept. */
  from: string;
  /** The shape of `text`, kept with it so mergeCopy's scan reads no map. */
  shape: BlockShape;
}

/**
 * Aligns one more copy with the merged paragraphs, in reading order: a paragraph the merge has
 * gains a holder (and the copy's text where it is longer), one it lacks is inserted after the
 * last paragraph matched. A copy that shares no paragraph adds nothing. With `spanOnly` (a text
 * copy of a saved page's story) it replaces a paragraph's text only where its version goes on
 * from the end of the page's, and the paragraphs it lacks are inserted only next to the span of
 * paragraphs they share, or past the merge's end where the page is cut off there (cutOffAt); the
 * others are returned, each with why, to be recorded. With `holdOnly` (a copy whose file lost
 * letters, src/dedup/damage.ts) it only holds paragraphs: none of its text goes in, and its
 * paragraphs the merge lacks are returned.
 */
export function mergeCopy(
  merged: MergedBlock[],
  doc: NormalizedDoc,
  memo: TextMemo,
  { spanOnly = false, holdOnly = false }: { spanOnly?: boolean; holdOnly?: boolean } = {},
): { block: Block; why: LeftOut }[] {
  const { placements, lastMatchedBlock } = placeCopy(merged, doc, memo);
  if (lastMatchedBlock < 0) return [];
  const outside = holdOnly
    ? new Map<Block, LeftOut>(
        placements.flatMap(({ block, at }) => (at === null ? [[block, 'lost-letters']] : [])),
      )
    : spanOnly
      ? outsideSpan(merged, placements, lastMatchedBlock, memo)
      : new Map<Block, LeftOut>();
  insertPlaced(merged, placements, doc.path, memo, outside, spanOnly || holdOnly, holdOnly);
  return doc.blocks.flatMap((block) => {
    const why = outside.get(block);
    return why ? [{ block, why }] : [];
  });
}

/**
 * Why a text copy's paragraph stays out of the article its saved page holds (mergeCopy's
 * spanOnly): it stands before the first or after the last paragraph they share and is not the
 * story's ('outside'), it stands between two of them and the page's extraction left it out
 * ('inside'), or the merge holds its words already ('held': a dump's line cut from a paragraph the
 * page has whole, two of the page's paragraphs as one); or the copy's file lost letters another
 * copy has, and none of its text is published ('lost-letters').
 */
export type LeftOut = 'outside' | 'inside' | 'held' | 'lost-letters';

/** Where a copy's paragraph stands in the merge as it was before the copy (null: it lacks it). */
interface Placement {
  block: Block;
  at: number | null;
}

/**
 * Each paragraph of the copy matched to the merge in reading order, and the index of the copy's
 * last paragraph that matched (-1: none did).
 */
function placeCopy(
  merged: MergedBlock[],
  doc: NormalizedDoc,
  memo: TextMemo,
): { placements: Placement[]; lastMatchedBlock: number } {
  let position = -1;
  let lastMatchedBlock = -1;
  const placements: Placement[] = [];
  doc.blocks.forEach((block, i) => {
    const shape = memo.shape(block.text);
    // The first match from the last one on; the list before it is not read at all (a findIndex
    // over the whole list, skipping it, was half the merge of a long page's copies, stop 56).
    let found = -1;
    for (let j = Math.max(position, 0); j < merged.length && found < 0; j++)
      if (sameBlock((merged[j] as MergedBlock).shape, shape)) found = j;
    if (found >= 0) {
      position = found;
      lastMatchedBlock = i;
    }
    placements.push({ block, at: found >= 0 ? found : null });
  });
  return { placements, lastMatchedBlock };
}

/**
 * A matched paragraph gains the copy as a holder (and its text where it is longer); one the merge
 * lacks goes in after the last paragraph matched, unless it is `outside`.
 */
function insertPlaced(
  merged: MergedBlock[],
  placements: Placement[],
  path: string,
  memo: TextMemo,
  outside: Map<Block, LeftOut>,
  spanOnly: boolean,
  holdOnly = false,
): void {
  // `at` is a position in the list as it was before this copy's paragraphs went in. Targets only
  // move down the list and each paragraph goes in after the last target, so every paragraph
  // inserted so far stands before a later target: its position now is `at + inserted`. A target
  // matched again is where it was (the paragraphs inserted since come after it).
  let insertAt = 0;
  let inserted = 0;
  let lastAt = -1;
  let lastIndex = -1;
  placements.forEach(({ block, at }) => {
    if (at !== null) {
      const index = at === lastAt ? lastIndex : at + inserted;
      lastAt = at;
      lastIndex = index;
      const target = merged[index] as MergedBlock;
      target.holders.add(path);
      // A copy that lost the end of a paragraph yields to one that has it. Beside a saved page,
      // a text copy's version replaces the page's only where it goes on from where the page's
      // stops: one merely longer holds what the page's extraction left out of it.
      const shape = memo.shape(block.text);
      const longer = shape.key.length > target.shape.key.length;
      if (!holdOnly && longer && (!spanOnly || shape.key.startsWith(target.shape.key))) {
        target.text = block.text;
        target.from = path;
        target.shape = shape;
      }
      insertAt = Math.max(insertAt, index + 1);
    } else if (!outside.has(block)) {
      const shape = memo.shape(block.text);
      merged.splice(insertAt, 0, { ...block, holders: new Set([path]), from: path, shape });
      insertAt++;
      inserted++;
    }
  });
}

/**
 * What a text copy lacks of the merge that is not to go in (mergeCopy's spanOnly): its menus,
 * link lists and footers around the story its saved page holds, and whatever stands between the
 * paragraphs they share, which the page's extraction took out ("Read also" lines, captions, photo
 * credits, teasers, a formula's source). Next to the span, a run of the story's own sentences
 * stays in (sentences sharing the story's words): a lead or a closing paragraph the page's
 * extraction left out. After the last match the whole run stays in when the merge ends cut off
 * there (cutOffAt). Nothing goes in that the merge holds already in another shape (heldBy).
 * Letting the sentences between the shared paragraphs in (stop 62) found 5 more of the snippets
 * trafilatura's references require beside the w3m dumps, and 8 more of those they exclude; the
 * Readability pages' body F1 was 0.8782 against 0.8812 (stop 63).
 */
function outsideSpan(
  merged: MergedBlock[],
  placements: Placement[],
  lastMatchedBlock: number,
  memo: TextMemo,
): Map<Block, LeftOut> {
  const first = placements.findIndex(({ at }) => at !== null);
  const last = placements[lastMatchedBlock] as Placement & { at: number };
  const tailKept = cutOffAt(merged, last.at, memo.shape(last.block.text));
  const vocabulary = new Set<string>();
  for (const block of merged)
    for (const word of shapeWords(block.shape).words) vocabulary.add(word);
  const storyAt = (k: number) =>
    sentencesOfStory((placements[k] as Placement).block, vocabulary, memo);
  let from = first;
  while (from > 0 && storyAt(from - 1)) from--;
  let to = lastMatchedBlock;
  while (to + 1 < placements.length && (tailKept || storyAt(to + 1))) to++;
  const held = heldBy(merged, memo);
  const outside = new Map<Block, LeftOut>();
  placements.forEach(({ block, at }, i) => {
    if (at !== null) return;
    if (i < from || i > to) outside.set(block, 'outside');
    else if (i > first && i < lastMatchedBlock) outside.set(block, 'inside');
    else if (held(block)) outside.set(block, 'held');
  });
  return outside;
}

/**
 * The share of a text copy's paragraph's word triples found in the merge above which the merge
 * holds it already: a dump's wrapped line cut from a paragraph the page has whole, or a closing
 * paragraph the page has too. 0.8 as sameBlock's share of words; asked only next to the span, it
 * raised the body F1 of Readability's pages merged with their w3m dumps from 0.8798 to 0.8812
 * (stop 63).
 */
const HELD_SHARE = 0.8;

/** Whether most of a paragraph's word triples are in the merge's paragraphs (HELD_SHARE). */
function heldBy(merged: MergedBlock[], memo: TextMemo): (block: Block) => boolean {
  // Made on the first ask: most copies have no paragraph to ask about next to the span.
  let triples: Set<string> | null = null;
  return (block) => {
    const own = wordTriples(memo.shape(block.text).key);
    if (own.length === 0) return false;
    triples ??= new Set(merged.flatMap((b) => wordTriples(b.shape.key)));
    let found = 0;
    for (const t of own) if (triples.has(t)) found++;
    return found / own.length >= HELD_SHARE;
  };
}

/** A match key's runs of three words. */
function wordTriples(key: string): string[] {
  const words = key.split(' ').filter(Boolean);
  const out: string[] = [];
  for (let k = 0; k + 3 <= words.length; k++)
    out.push(`${words[k]} ${words[k + 1]} ${words[k + 2]}`);
  return out;
}

/**
 * Below this many words a text copy's line is a label ("Reklama", "Lesen Sie auch", "Foto: dpa"),
 * not a sentence of the story. 5 and 8 words gave the saved pages' merged articles snippet F1
 * 0.9132 and 0.9127 beside their w3m dumps (stop 62).
 */
const STORY_MIN_WORDS = 5;
/**
 * The share of a paragraph's content words the story uses before a paragraph next to the span is
 * the story's. A page's lead speaks of its story; the next story's teaser, a site's "about us"
 * speak of other things. Against 0.5, 0.3 let in 6 more of the snippets trafilatura's references
 * exclude and 4 more they require, of the saved pages' w3m dumps (stop 62).
 */
const STORY_MIN_SHARE = 0.5;
/** A paragraph ends as a sentence does, a closing quote or bracket allowed after the mark. */
const SENTENCE_END = /[.!?…]["'”»’)\]]*$/u;

/**
 * A paragraph of sentences (STORY_MIN_WORDS, SENTENCE_END) mostly of the story's words
 * (STORY_MIN_SHARE).
 */
function sentencesOfStory(block: Block, vocabulary: Set<string>, memo: TextMemo): boolean {
  const text = block.text.trim();
  if (wordCount(text) < STORY_MIN_WORDS || !SENTENCE_END.test(text)) return false;
  return shareOfSmaller(shapeWords(memo.shape(block.text)).words, vocabulary) >= STORY_MIN_SHARE;
}

/**
 * Whether the merge is cut off at its paragraph `at`, which a text copy holds as `theirs`: it is
 * the merge's last, and the copy's version goes on from where it stops (a page saved before it
 * had loaded, a body cut at a paywall). The copy's paragraphs after it are then the story's rest.
 */
function cutOffAt(merged: MergedBlock[], at: number, theirs: BlockShape): boolean {
  const ours = (merged[at] as MergedBlock).shape.key;
  return at === merged.length - 1 && theirs.key.length > ours.length && theirs.key.startsWith(ours);
}
