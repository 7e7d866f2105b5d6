// The article's run of blocks for the body finder (src/normalize/body-finder.ts): jusText's
// context revision (the kinds smoothed by their neighbours), the run with the most good text
// less bad text, and where its byline starts and its heaviest part ends.

import type { BodyBlock, Kind } from './blocks.ts';
import { bylineOf } from '../header.ts';

/** jusText's context revision: short and near-good blocks take their class from their neighbours. */
export function revise(blocks: BodyBlock[]) {
  const kinds = blocks.map((b) => b.kind);
  const prev = neighbours(kinds, notGoodOrBad, 1);
  const next = neighbours(kinds, notGoodOrBad, -1);
  const prevAny = neighbours(kinds, isShortKind, 1);
  const nextAny = neighbours(kinds, isShortKind, -1);
  const revised = kinds.map((kind, i): Kind => {
    if (kind !== 'short') return kind;
    if (prev[i] === 'good' && next[i] === 'good') return 'good';
    if (prev[i] === 'bad' && next[i] === 'bad') return 'bad';
    if (
      (prev[i] === 'bad' && prevAny[i] === 'near-good') ||
      (next[i] === 'bad' && nextAny[i] === 'near-good')
    )
      return 'good';
    return 'bad';
  });
  const prevRevised = neighbours(revised, isNearGoodKind, 1);
  const nextRevised = neighbours(revised, isNearGoodKind, -1);
  revised.forEach((kind, i) => {
    const bad = prevRevised[i] === 'bad' && nextRevised[i] === 'bad';
    (blocks[i] as BodyBlock).kind = kind === 'near-good' ? (bad ? 'bad' : 'good') : kind;
  });
}

/**
 * Each block's nearest neighbour's class on one side (`step`), those `skip` passes over skipped:
 * one sweep (scanning from every block instead took quadratic time on a long run of short
 * blocks). revise's helpers are module functions, not closures: the build's transform names
 * every closure bound to a name with a call as it is made (stop 53).
 */
function neighbours(kinds: Kind[], skip: (kind: Kind) => boolean, step: 1 | -1): Kind[] {
  const out: Kind[] = new Array<Kind>(kinds.length);
  let last: Kind = 'bad'; // the document's edges count as bad
  for (let k = 0; k < kinds.length; k++) {
    const i = step === 1 ? k : kinds.length - 1 - k;
    out[i] = last;
    const kind = kinds[i] as Kind;
    if (!skip(kind)) last = kind;
  }
  return out;
}

function notGoodOrBad(k: Kind): boolean {
  return k === 'short' || k === 'near-good' || k === 'neutral';
}

function isShortKind(k: Kind): boolean {
  return k === 'short' || k === 'neutral';
}

function isNearGoodKind(k: Kind): boolean {
  return k === 'near-good' || k === 'neutral';
}

/** The span of blocks with the greatest sum of good length less bad length (Kadane). */
export function mainRun(blocks: BodyBlock[]): [number, number] | null {
  let best = 0;
  let bestRun: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  blocks.forEach((block, i) => {
    // After the revision every block is good or bad. Weighing bad blocks less (0.5, 0.7) or
    // charging each bad block a fixed 20 or 50 characters more moved the fitted F1 by under 0.01.
    const weight = runWeight(block);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weight;
    if (sum > best) [best, bestRun] = [sum, [start, i]];
  });
  return bestRun;
}

/** A block's weight in the main run: its good length, less its bad length. */
function runWeight(block: BodyBlock): number {
  return block.kind === 'good' ? block.chars : block.kind === 'neutral' ? 0 : -block.chars;
}

/** Bad characters between the run's head and a byline that make a toolbar (see bylineStart). */
const TOOLBAR_CHARS = 200;
/** Good blocks of a head that is a box of its own, not a standfirst (see bylineStart). */
const HEAD_BLOCKS = 3;

/**
 * Where the article starts in a run from `first` to `last`: at its first byline ("By Kelli Miller")
 * standing under a toolbar (TOOLBAR_CHARS or more of bad text since the last good block), when
 * the good text before the toolbar is a box of HEAD_BLOCKS paragraphs or more and less than the
 * good text from the byline on. webmd-2's community box ("WebMD Health Experts and Community",
 * "Talk to health experts ...") over its account menu, font-size and sharing buttons had started
 * the run above the story's headline. A standfirst over a sharing bar is one paragraph; the
 * headline over the byline is kept as the run's header area.
 */
export function bylineStart(blocks: BodyBlock[], first: number, last: number): number {
  let good = 0;
  let goodBlocks = 0;
  let gap = 0;
  for (let b = first; b <= last; b++) {
    const block = blocks[b] as BodyBlock;
    if (block.kind === 'good') {
      good += block.chars;
      goodBlocks++;
      gap = 0;
      continue;
    }
    gap += block.chars;
    if (block.lines.length > 1 || bylineOf(block.text) === null) continue;
    // Only the run's first byline: later ones credit a chart or sign a box ("By The New York
    // Times | Source: Congressional Budget Office", nytimes-4).
    if (gap < TOOLBAR_CHARS || goodBlocks < HEAD_BLOCKS) return first;
    let after = 0;
    for (let k = b + 1; k <= last; k++) {
      const next = blocks[k] as BodyBlock;
      if (next.kind === 'good') after += next.chars;
    }
    return after > good ? b : first;
  }
  return first;
}

/**
 * Where a run cut short at `last` should end: at its greatest sum from `first`. The main run
 * reached past the end of the article for the good text of the section that ended it (a related
 * story's teaser, a comment), and the sharing bar and link list it crossed to get there are no
 * longer paid for (buzzfeed-1's "Tweet", "Facebook Conversations", "Next On BuzzFeed News").
 */
export function heaviestEnd(blocks: BodyBlock[], first: number, last: number): number {
  let sum = 0;
  let best = -Infinity;
  let end = last;
  for (let b = first; b <= last; b++) {
    sum += runWeight(blocks[b] as BodyBlock);
    if (sum > best) [best, end] = [sum, b];
  }
  return end;
}
