// Paragraphs of other stories glued after a story: the "more stories" teasers a scraped page
// carries below the article (seed 001 has four; scraped copies often one cut-off lead). Only a
// copy's last TAIL_WINDOW paragraphs are candidates, after the last one that is certainly the
// story's own (it refers back to the story: "he said", "The company", or signs off "REUTER").
//   - A paragraph that is the opening of another copy in the archive (its shingles are there)
//     is another story's; the story ended before it, so what follows it goes too.
//   - Otherwise each paragraph gets log-odds of being another story's lead (foreignness): few
//     rare words shared with the story told before it (fewer still expected of a long story),
//     names the story never mentioned (opening the paragraph as its subject most of all), a
//     sentence cut off, a results line after a story told in sentences, against short lines,
//     quotations, line-ups and "The band ..." references.
//     The run at the end whose summed log-odds is highest, when high enough, is other stories':
//     a lead that shares a word or two with the story by chance goes with the leads around it.
//     Not for a saved page or WARC record (NormalizedDoc.format "html"): its body is the article
//     element or content block the DOM classifier chose, which took other stories' teasers out by
//     their structure, and its last paragraphs that share few words with the story are its own
//     (acknowledgements, footnotes, a list's items). Over the 1,053 saved pages of
//     ../shared/corpora (stop 61) this test took 86 paragraphs off them: 21 held text
//     trafilatura's references require of the article, 5 text they exclude.
// Words are weighted by their rarity across the archive (inverse document frequency): "corp",
// "mln" and "said" are in every Reuters story and prove nothing; "Kilroy-Silk" proves a lot.
// The steps: glued/archive-index.ts builds what the archive tells (rarity, openings),
// glued/evidence.ts reads one paragraph (foreignness), glued/tables.ts knows results tables;
// this module finds the run.

import { CJK_CHAR, matchKey } from '../text.ts';
import { sharedShingles, shingleHashes } from './shingles.ts';
import type { Block, NormalizedDoc } from '../types.ts';
import { gluedIndex, keyStems, type GluedIndex } from './glued/archive-index.ts';
import { certainlyOwn, evidence, foreignness, inRoundUp, SIGN_OFF } from './glued/evidence.ts';
import { continuesTable, isBareFigures, isTableHeader, isTabular } from './glued/tables.ts';

export { gluedIndex, type GluedIndex };

/** Why a trailing paragraph was taken for another story's. */
export type GluedReason =
  | { kind: 'opening'; of: number }
  /** After the opening of another story `of`, where the story had already ended. */
  | { kind: 'follows'; of: number }
  | { kind: 'incoherent' };

/**
 * Trailing paragraphs looked at: seed 001 carries four other stories, the generated copies two or
 * three, and a story's own closing paragraphs may sit among them only before the first.
 */
const TAIL_WINDOW = 5;

/**
 * Log-odds (summed over the run) that a run of trailing paragraphs must reach to be taken for
 * other stories' leads: a lone paragraph that reads as a lead by a small margin stays, a run of
 * two or three leads each somewhat foreign goes. With RUN_BIAS, the values tried on the seed-22
 * copies (bias 0.5 / 1 / 1.5 / 2 against 1 / 2 / 3 log-odds) traded leads left against own
 * paragraphs taken; bias 1 and 2 log-odds took 4 BBC and the fewest Reuters own paragraphs for
 * under 4% of BBC leads left (bench/dedup/glued.ts, seed 21, MIN_STORY_WORDS for the figures).
 */
const MIN_RUN_ODDS = 2;
/**
 * Subtracted from each paragraph's log-odds before summing: the fitted weights balance the two
 * classes, while a story's own last paragraph taken is worse than a lead left (issue 21).
 */
const RUN_BIAS = 1;
/**
 * A run starts no earlier than the third paragraph, after a story of at least this many content
 * words: read against a headline and one paragraph, a story's own second paragraph shares few
 * words with it ("The 24-year-old delivered a personal best ..."). On bench/dedup/glued.ts's
 * copies (seed 21), run starts from the second paragraph on / the third / the third after 20 /
 * 30 / 40 words leave 32 / 32 / 32 / 32 / 32 BBC and 72 / 74 / 90 / 106 / 123 Reuters leads and
 * take 8 / 7 / 5 / 5 / 5 (BBC) and 7 / 7 / 6 / 5 / 4 (Reuters) of the copies' own paragraphs and
 * 19 / 7 / 1 / 1 / 1 (BBC) and 40 / 28 / 20 / 11 / 8 (Reuters) off untouched archive stories.
 */
const MIN_STORY_WORDS = 20;
/**
 * Log-odds added to a paragraph past the last one the story's other copies hold (unsharedFrom):
 * the story's other copies end before it. On the seed-22 copies, 0 / 1 / 2 / 3 / 4 left 52 / 41
 * / 32 / 30 / 29 BBC and 101 / 90 / 83 / 79 / 77 Reuters leads, the copies' own paragraphs and
 * the archive's untouched ones taken unchanged (2-3 / 9, 0 / 22); 2, as a full copy's own last
 * paragraphs past a cut-off copy's end get it too. It replaces the share of content words shared
 * with the story (MIN_COHERENCE 0.12) that the dedup stage judged such tails by.
 */
const UNSHARED_ODDS = 2;
const MIN_RUN_START = 2;
/**
 * Log-odds at least of a paragraph from another story's opening on, which is another story's
 * whatever its words (a cut-off results line shares a results story's): a paragraph before it
 * then joins the run when it reads as a lead at all (log-odds above RUN_BIAS). bench:dedup
 * --glued-only, seeds 21 / 22 / 23: Reuters leads left 11 / 21 / 20 -> 10 / 18 / 17, BBC 8 / 24
 * / 14 -> 7 / 18 / 12, the copies' own paragraphs and archive stories' taken unchanged once "The
 * corporation ..." refers back (DEFINITE_BACK). A margin of 0.2 or 0.5 log-odds before an
 * opening took fewer archive paragraphs but left more leads, on the samples' BBC copies 8
 * instead of 6 (test/quality/dedup-gate.test.ts).
 */
const OPENING_ODDS = MIN_RUN_ODDS;

/**
 * The glued run at the end of copy `self`: the index of its first paragraph (blocks.length when
 * none) and why each was taken. Within the last TAIL_WINDOW paragraphs, after the last one that
 * is certainly the story's own (certainlyOwn), the run is the suffix whose paragraphs, each read
 * against the story told before the run, sum to the most log-odds of being other stories' leads
 * (foreignness), when that reaches MIN_RUN_ODDS. A lead glued after another lead of the same desk
 * shares its words, not the story's, so no paragraph of the run is read as story for the next.
 * When a paragraph in the window is the opening of another copy in the archive, the story ended
 * before it, and the run starts there. `sameStory(j)` says whether copy j is a copy of this story
 * (its group), whose opening a trailing paragraph may well repeat. The first paragraph stays.
 * An HTML copy's run starts only at an opening.
 */
export function gluedRun(
  doc: NormalizedDoc,
  self: number,
  sets: Uint32Array[],
  index: GluedIndex,
  sameStory: (copy: number) => boolean,
  heldElsewhere: (block: Block) => boolean = () => false,
): { from: number; reasons: GluedReason[] } {
  const end = doc.blocks.length;
  const windowStart = Math.max(1, end - TAIL_WINDOW);
  const texts = doc.blocks.map((b) => b.text.trim());
  // Each window paragraph is read by several tests; its match key is made once.
  const keys = new Map<string, string>();
  const keyOf = (text: string) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = matchKey(text)));
    return key;
  };
  const copy: CopyScan = { doc, texts, self, sets, index, sameStory, keyOf };
  const openings = windowOpenings(copy, windowStart);
  const firstOpening = openings.findIndex((o) => o !== undefined);
  const run: TailRun = {
    start: windowStart,
    from: firstOpening >= 0 ? windowStart + firstOpening : end,
  };
  // An HTML copy's story ends only at another copy's opening (see the top of this module).
  if (doc.format === 'html')
    return { from: run.from, reasons: runReasons(openings, run.from, end) };
  const story: StoryEnd = {
    unshared: unsharedFrom(doc.blocks, heldElsewhere),
    before: storyTold(copy, windowStart),
  };
  skipCertainlyOwn(copy, openings, run, story);
  if (run.start < end && wordsTell(texts)) {
    const cut = foreignRun(copy, run, story);
    if (cut < run.from) run.from = cut;
  }
  const { from } = run;
  return { from, reasons: runReasons(openings, from, end) };
}

/**
 * What gluedRun's steps read of the copy it takes a run off, made once: the copy (`self` in the
 * archive's `sets`, and its paragraphs' trimmed texts), the archive's openings (`index`), which
 * copies are of the same story (`sameStory`), and each paragraph's match key, made once
 * however many tests read it (`keyOf`).
 */
interface CopyScan {
  doc: NormalizedDoc;
  texts: string[];
  self: number;
  sets: Uint32Array[];
  index: GluedIndex;
  sameStory: (copy: number) => boolean;
  keyOf: (text: string) => string;
}

/**
 * The stems of the story told by the headline, the standfirst and `told` paragraphs: stems() of
 * them joined, made from each one's match key, which gluedRun makes once for all its tests
 * (matchKey of texts joined by a space is their keys joined: it maps every run of other
 * characters to one space). foreignRun and skipCertainlyOwn each made the key of the whole story
 * told again.
 */
function storyStems(
  doc: NormalizedDoc,
  told: string[],
  keyOf: (text: string) => string,
): Set<string> {
  const story = new Set<string>();
  for (const text of [doc.title ?? '', doc.standfirst ?? '', ...told]) keyStems(keyOf(text), story);
  return story;
}

/**
 * The stems of the story told before paragraph k of the window (storyStems of the paragraphs
 * before it), those before the window stemmed once however often asked: skipCertainlyOwn may ask
 * for several k, then foreignRun for its start, and a long page's story is hundreds of
 * paragraphs. `last` hands over the stems before the window themselves, for a last caller to add
 * to.
 */
type StoryTold = (k: number, last?: boolean) => Set<string>;

function storyTold({ doc, texts, keyOf }: CopyScan, windowStart: number): StoryTold {
  let before: Set<string> | undefined;
  return (k, last = false) => {
    before ??= storyStems(doc, texts.slice(0, windowStart), keyOf);
    const story = last ? before : new Set(before);
    for (let j = windowStart; j < k; j++) keyStems(keyOf(texts[j] as string), story);
    return story;
  };
}

/** Where gluedRun's run may start, and where it starts so far. */
interface TailRun {
  /** The first paragraph after those that are certainly the story's own. */
  start: number;
  /** The run's first paragraph (blocks.length when none). */
  from: number;
}

/** Where the story ends as its other copies tell it, and what it told before a paragraph. */
interface StoryEnd {
  /** The first paragraph at the end that no other copy holds (unsharedFrom). */
  unshared: number;
  /** The stems of the story told before paragraph k (storyTold). */
  before: StoryTold;
}

/**
 * For each paragraph of the window from `start` on, the copy whose opening it is (undefined when
 * none, or when it continues a table).
 */
function windowOpenings(copy: CopyScan, start: number): (number | undefined)[] {
  const { doc } = copy;
  const openings: (number | undefined)[] = [];
  for (let k = start; k < doc.blocks.length; k++) {
    const text = (doc.blocks[k] as Block).text;
    openings.push(continuesTable(doc.blocks, k) ? undefined : openingOf(copy, text));
  }
  return openings;
}

/**
 * Moves `run.start` past the last paragraph of the window that is certainly the story's own (or
 * in its round-up), and `run.from` to a wire's sign-off there.
 */
function skipCertainlyOwn(
  { doc, texts, index }: CopyScan,
  openings: (number | undefined)[],
  run: TailRun,
  { unshared, before: storyBefore }: StoryEnd,
): void {
  const { start } = run;
  const end = texts.length;
  // Paragraphs before the last certainly-own one are the story's too (unless openings say not).
  // Past the story's end as its other copies tell it, "he said" is no proof: leads report
  // speech too ("Robert Heller, said he wanted ...").
  for (let k = Math.min(end, unshared) - 1; k >= start; k--) {
    const text = texts[k] as string;
    let told: Set<string> | undefined;
    const story = () => (told ??= storyBefore(k));
    const roundUp = inRoundUp(text, [doc.standfirst ?? '', ...texts.slice(0, k)]);
    if (openings[k - start] === undefined && (roundUp || certainlyOwn(text, story, index))) {
      run.start = k + 1;
      // The wire's sign-off ends the story: what follows it is other stories'.
      if (SIGN_OFF.test(text) && run.start < run.from) run.from = run.start;
      break;
    }
  }
}

/**
 * Why each paragraph of the run from `from` was taken: the opening of another copy, or following
 * one (incoherent when no opening came before it in the run).
 */
function runReasons(openings: (number | undefined)[], from: number, end: number): GluedReason[] {
  let of = -1;
  return openings.slice(from - (end - openings.length)).map((opening): GluedReason => {
    if (opening !== undefined) {
      of = opening;
      return { kind: 'opening', of };
    }
    return of >= 0 ? { kind: 'follows', of } : { kind: 'incoherent' };
  });
}

/**
 * Whether a story's words can be weighed: in Chinese or Japanese text, written without spaces,
 * a "word" is a whole clause, so every paragraph's words are rare and new to the story, and a
 * story's own paragraphs read as other stories' leads (a Japanese story lost its second half to
 * fragments). Such a story's tail is judged by openings of other copies alone. A fifth of its
 * characters in those scripts marks it: a Latin-script story quoting a name in them stays well
 * under.
 */
const MAX_UNSPACED_SHARE = 0.2;

function wordsTell(texts: string[]): boolean {
  let chars = 0;
  let unspaced = 0;
  for (const text of texts) {
    chars += text.length;
    unspaced += text.match(CJK_CHAR)?.length ?? 0;
  }
  return unspaced <= MAX_UNSPACED_SHARE * chars;
}

/**
 * The start of the most foreign run of paragraphs from `run.start` to the end (texts.length when
 * no run reaches MIN_RUN_ODDS), each paragraph from `run.from` (another copy's opening) on at
 * least OPENING_ODDS. Each paragraph is read against the story told before it: the title,
 * standfirst, the paragraphs before the window, and those of the window that read as the story's
 * own. A lead glued after another lead of the same desk shares its words ("shares",
 * "government"), not the story's: counting the first lead as story made the second read as own.
 */
function foreignRun(
  { doc, texts, index, keyOf }: CopyScan,
  { start, from: opening }: TailRun,
  { unshared, before: storyBefore }: StoryEnd,
): number {
  const end = texts.length;
  // The last to ask: the story's stems are added to as the window is read.
  const story = storyBefore(start, true);
  const told = [doc.standfirst ?? '', ...texts.slice(0, start)].filter((t) => t.trim());
  const tableStory = told.length > 0 && told.every((t) => isTabular(t) || isTableHeader(t));
  let storyHasTable = told.some(isTabular);
  const odds: number[] = [];
  const sizes: number[] = [];
  const leadShaped: boolean[] = [];
  for (let k = start; k < end; k++) {
    const text = texts[k] as string;
    sizes.push(story.size);
    // A results line continues a table right after its rows; after the story's prose or a
    // note under its table ("NOTE: full name of company is ..."), it starts another's.
    const before = texts[k - 1] ?? '';
    const tableGoesOn =
      storyHasTable && (isTabular(before) || isTableHeader(before) || !isBareFigures(text));
    const e = evidence(text, story, index, tableGoesOn, keyOf(text));
    const x = Math.max(
      foreignness(e) - RUN_BIAS + (k >= unshared ? UNSHARED_ODDS : 0),
      k >= opening ? OPENING_ODDS : -Infinity,
    );
    odds.push(x);
    // A prose paragraph after a results table, a results line after prose, or one that opens
    // as a wire lead about someone else may start a run after a short story (see bestRunStart).
    const proseAfterTable = tableStory && !isTabular(text) && !isTableHeader(text);
    leadShaped.push(e.newSubject || e.resultsAfterProse || proseAfterTable);
    if (x <= 0) keyStems(keyOf(text), story);
    if (isTabular(text)) storyHasTable = true;
  }
  return bestRunStart({ odds, sizes, leadShaped }, end, start, unshared);
}

/** foreignRun's reading of each paragraph of the window, from its start on. */
interface WindowReading {
  /** The log-odds that the paragraph is another story's. */
  odds: number[];
  /** How many stems the story told before the paragraph holds. */
  sizes: number[];
  /** Whether the paragraph is shaped as another story's lead (see bestRunStart). */
  leadShaped: boolean[];
}

/**
 * The start of the suffix of the window whose odds sum to the most, when that reaches
 * MIN_RUN_ODDS (`end` when none does).
 */
function bestRunStart(
  { odds, sizes, leadShaped }: WindowReading,
  end: number,
  start: number,
  unshared: number,
): number {
  let best = end;
  let bestOdds = MIN_RUN_ODDS;
  let sum = 0;
  for (let j = end - 1; j >= start; j--) {
    sum += odds[j - start] as number;
    // Past the end of the story's other copies, a short story (a wire brief, a results table)
    // is read with its run all the same: what its copies hold is the story. On the seed-22
    // copies this left 59 Reuters leads instead of 81, taking no more own or archive paragraphs;
    // exempting every results-table story as well took 1 own and 5 archive paragraphs more.
    // Where the story has no other copy, a run may start after a short story at a paragraph
    // shaped as another story's lead (leadShaped).
    const shortStory =
      (sizes[j - start] as number) < MIN_STORY_WORDS && j < unshared && !leadShaped[j - start];
    if (shortStory || j < MIN_RUN_START) continue;
    // The earliest start wins a tie: the story ends where the other stories begin.
    if (sum >= bestOdds) {
      best = j;
      bestOdds = sum;
    }
  }
  return best;
}

/**
 * Beyond the glued paragraph itself, the two copies may share only this many shingles: a
 * templated look-alike of the story ("FED ADDS RESERVES" of another day) shares its sentences.
 */
const MAX_OTHER_SHARED = 10;

/**
 * The first of the paragraphs at the end that no other copy of the story holds (blocks.length
 * when no other copy holds any: a copy without other copies, or laid out in other paragraphs):
 * past the end of the story as its other copies tell it, a paragraph is more likely another
 * story's. Seed 001 carries four other stories past the end of seed 000, its cut-off copy.
 */
function unsharedFrom(blocks: Block[], heldElsewhere: (b: Block) => boolean) {
  for (let k = blocks.length - 1; k >= 0; k--) if (heldElsewhere(blocks[k] as Block)) return k + 1;
  return blocks.length;
}

/** The other story whose opening `text` is, if any. */
function openingOf(
  { self, sets, index, sameStory, keyOf }: CopyScan,
  text: string,
): number | undefined {
  const openings = index.openingsHolding(text, keyOf(text));
  if (openings.length === 0) return undefined;
  const own = shingleHashes(text).length;
  return openings.find(
    (j) =>
      j !== self &&
      !sameStory(j) &&
      sharedShingles(sets[self] as Uint32Array, sets[j] as Uint32Array) <= own + MAX_OTHER_SHARED,
  );
}
