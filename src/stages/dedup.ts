// Stage 3, dedup: group copies of the same story and merge each group into one article.
//
// Pairs come from a prefix-filter index of word shingles (never all pairs; src/dedup/) and are
// confirmed by shingle containment in the smaller copy, so a truncated copy matches its full
// version; dates, figures, headlines and the rest of each group must agree before groups join
// (src/dedup/conflicts.ts). Merging aligns paragraphs in reading order and keeps the most
// complete version of each; a copy that holds no story neither leads the merge nor is published
// (src/dedup/storyless.ts). Paragraphs glued on from other stories become fragments of their
// own, never dropped. This file reads in the stage's order: the pairs and their ranking, the
// groups, the merge, the article, the fragments.

import { createHash } from 'node:crypto';
import { containedPairs, headedPairs, type ContainedPair } from '../dedup/candidates.ts';
import {
  bodyText,
  declaresDate,
  groupsDiffer,
  MIN_EVIDENCE_SHINGLES,
  MIN_MEMBER_CONTAINMENT,
  PRINTED_STORY,
  daysApart,
  profile,
  type CopyProfile,
} from '../dedup/conflicts.ts';
import { gluedIndex, gluedRun, type GluedIndex, type GluedReason } from '../dedup/glued.ts';
import { sameBlock, textMemo, type TextMemo } from '../dedup/block-shape.ts';
import { lostLetters, repairedCopies } from '../dedup/damage.ts';
import { headlineKey, tellingHeadline } from '../dedup/headlines.ts';
import { printedHeadlinePairs } from '../dedup/printed-headlines.ts';
import { printedStoryFinder, type PrintedStory } from '../dedup/printed-story.ts';
import { spilledRemovals, type SpilledRemovals } from './report.ts';
import { mergeCopy, type LeftOut, type MergedBlock } from '../dedup/merge-copy.ts';
import { holdsNoStory, storylessPairs, storyTeller, untoldText } from '../dedup/storyless.ts';
import {
  addToFilter,
  keyShingles,
  mayHold,
  SHARE_ROUNDING,
  sharedShingles,
  shingleFilter,
  shingleHashes,
} from '../dedup/shingles.ts';
import { hasWords, matchKey, sentences, wordCount } from '../text.ts';
import type { BuildContext } from '../build-context.ts';
import type {
  Article,
  ArticleSource,
  Block,
  CaptureOrigin,
  InputFile,
  NormalizedDoc,
  Spillover,
} from '../types.ts';

export interface DedupResult {
  articles: Article[];
  spillover: Spillover[];
}

/**
 * Share of the smaller copy's 5-word shingles found in the larger one. Seeds 000/001 (same
 * story, different chrome, one cut off) score 0.93, identical re-posts 1.0. Rewritten versions
 * of a story ("Stars gear up for Bafta ceremony" / "Bafta to hand out movie honours"; Reuters
 * re-writes under a new headline) spread over 0.2-0.8 and, merged paragraph by paragraph, would
 * interleave two texts. On the labelled corpora (npm run bench:dedup) 0.7 merged 98 pairs the
 * labels keep apart, 0.8 merged 65 and missed 4 more copies.
 */
const MIN_CONTAINMENT = 0.8;
/** A glued paragraph shorter than this (a results line) is owned only by a story it opens. */
const MIN_OWNED_WORDS = 10;

/**
 * The dedup stage: groups the accepted documents into articles (dedup) and gives each article's
 * copies where they were captured from (addOrigins).
 */
export function dedupStage(
  { done }: BuildContext,
  docs: NormalizedDoc[],
  files: InputFile[],
  printed: PrintedStory[] = [],
): DedupResult {
  const deduped = dedup(docs, printed);
  addOrigins(deduped.articles, files, docs);
  done(`dedup: ${docs.length} files grouped into ${deduped.articles.length} articles`);
  return deduped;
}

/**
 * Gives each article's copies where they were captured from (InputFile.capture), or for a saved
 * page the address it declares (NormalizedDoc.url). A capture is set here, after normalize,
 * rather than carried by the documents: the normalize cache keeps a document by its
 * path and bytes, and a WARC written again can hold the same page at the same offset, captured
 * on another day.
 */
function addOrigins(
  articles: Article[],
  files: { path: string; capture?: CaptureOrigin }[],
  docs: NormalizedDoc[],
) {
  const origins = new Map<string, CaptureOrigin>();
  // A page's declared address where nothing else is known; a capture's own address first.
  for (const doc of docs) if (doc.url) origins.set(doc.path, { url: doc.url });
  for (const file of files) if (file.capture) origins.set(file.path, file.capture);
  if (origins.size === 0) return;
  for (const article of articles) {
    for (const source of article.sources) {
      const origin = origins.get(source.path);
      if (origin) source.origin = origin;
    }
  }
}

/**
 * The stories the text dumps among `accepted` printed outside their body (printedStoryFinder,
 * src/dedup/printed-story.ts), read from the removals' spill (`docs`: every normalized document,
 * in the spill's order). None is read when the build holds no saved page or no text copy.
 */
export async function printedStoriesOf(
  docs: NormalizedDoc[],
  accepted: NormalizedDoc[],
  removals: SpilledRemovals,
): Promise<PrintedStory[]> {
  if (!accepted.some((doc) => doc.format === 'text')) return [];
  const finder = printedStoryFinder(accepted, PRINTED_STORY);
  if (finder.empty) return [];
  const kept = new Set(accepted);
  const dump = (i: number) => docs[i]?.format === 'text' && kept.has(docs[i]);
  const found: PrintedStory[] = [];
  for await (const [i, removed] of spilledRemovals(removals, dump))
    found.push(...finder.printedBy(docs[i] as NormalizedDoc, removed));
  return found;
}

export function dedup(read: NormalizedDoc[], printed: PrintedStory[] = []): DedupResult {
  // Copies are grouped with their lost letters repaired where the build's clean copies tell which
  // they were (src/dedup/damage.ts); an article's text is never such a repair (mergeGroup).
  const lost = read.map(lostLetters);
  const docs = repairedCopies(read, lost);
  const { sets, index } = copyShingles(docs);
  const articles: Article[] = [];
  const articleOf = new Int32Array(docs.length);
  const spillover: Spillover[] = [];
  const fragments: GluedOn[] = [];
  const { groups, carriedBy } = groupCopies(docs, sets, printed);
  const groupOf = new Int32Array(docs.length);
  groups.forEach((group, g) => group.forEach((i) => (groupOf[i] = g)));
  for (const [g, group] of groups.entries()) {
    const carried = (i: number) => (carriedBy.get(i) ?? []).map((j) => docs[j] as NormalizedDoc);
    const glued: GluedContext = {
      docs,
      sets,
      index,
      members: group,
      sameStory: (j) => groupOf[j] === g,
    };
    const merged = mergeGroup(copiesToMerge(group, read, docs, lost), group.map(carried), glued);
    for (const i of group) articleOf[i] = articles.length;
    articles.push(merged.article);
    spillover.push(...merged.outside);
    fragments.push(...merged.spillover);
    spillover.push(...merged.spillover.flatMap(fragmentSpillover));
  }
  if (fragments.length > 0) attachFragments(fragments, articles, sets, articleOf, docs);
  return { articles, spillover };
}

/**
 * Each copy's shingles and the glued-lead index. A copy's text is turned into its match key once,
 * for its shingles and the index's word rarities, and not kept: a 100k build's keys would hold a
 * few hundred MB.
 */
function copyShingles(docs: NormalizedDoc[]): { sets: Uint32Array[]; index: GluedIndex } {
  const sets: Uint32Array[] = new Array<Uint32Array>(docs.length);
  const index = gluedIndex(docs, (i) => {
    const key = matchKey(bodyText(docs[i] as NormalizedDoc));
    sets[i] = keyShingles(key);
    return key;
  });
  return { sets, index };
}

/**
 * A fragment's paragraphs as the report records them: under the reason another copy gave for
 * them, else as sharing few words with the article (INCOHERENT).
 */
function fragmentSpillover(part: GluedOn): Spillover[] {
  return part.blocks.map((block) => ({
    path: part.doc.path,
    text: block.text,
    reason: part.reason ?? INCOHERENT,
  }));
}

/**
 * A pair of copies to join, strongest first (see groupCopies): one holds the other
 * (MIN_CONTAINMENT), or both are told under one telling headline (`byHeadline`, headedPairs).
 */
interface RankedPair extends ContainedPair {
  strength: number;
  headed: boolean;
  byHeadline: boolean;
  /** Found by its headline alone, its text telling nothing (storylessPairs). */
  untold: boolean;
}

/** The pairs of copies to join, strongest first (see groupCopies). */
function rankedPairs(
  docs: NormalizedDoc[],
  sets: Uint32Array[],
  printed: ContainedPair[],
): RankedPair[] {
  const pairs = containedPairs(sets, MIN_CONTAINMENT);
  // On equal containment a pair under one headline goes first: a page holding two stories
  // joins the story it is headed by.
  const headlines = docs.map((doc) => (doc.title ? headlineKey(doc.title) : null));
  const strength = (pair: ContainedPair) =>
    pair.shared / (sets[pair.smaller] as Uint32Array).length;
  const contained = pairs.map((pair) => ({
    ...pair,
    strength: strength(pair),
    headed: headlines[pair.smaller] !== null && headlines[pair.smaller] === headlines[pair.larger],
    byHeadline: false,
    untold: false,
  }));
  const telling = docs.map(tellingHeadline);
  const ranked: RankedPair[] = [
    ...contained,
    ...headedBelowContainment(docs, telling, sets, strength),
    ...printedPairs(docs, telling, sets, strength),
    ...untoldPairs(docs, telling, sets),
    ...storyPrintedPairs(docs, printed),
  ];
  return ranked.sort(strongestFirst);
}

/**
 * The pairs under one telling headline (headedPairs) sharing a sentence but less than
 * MIN_CONTAINMENT of the smaller copy (those above are containedPairs' already) that share
 * enough for a page and its dump (headedEnough).
 */
function headedBelowContainment(
  docs: NormalizedDoc[],
  telling: (string | null)[],
  sets: Uint32Array[],
  strength: (pair: ContainedPair) => number,
): RankedPair[] {
  const formats = docs.map((doc) => doc.format);
  const found: RankedPair[] = [];
  for (const pair of headedPairs(telling, formats, sets, { ...HEADED_PAIRS, threshold: 0 })) {
    const share = strength(pair);
    if (share < MIN_CONTAINMENT && headedEnough(pair, sets, docs))
      found.push(byHeadline(pair, share));
  }
  return found;
}

/**
 * Last of all, a copy holding no story, or sharing no text with its page, joins the story told
 * under its headline (storylessPairs).
 */
function untoldPairs(
  docs: NormalizedDoc[],
  telling: (string | null)[],
  sets: Uint32Array[],
): RankedPair[] {
  const formats = docs.map((doc) => doc.format);
  const storyless = (i: number) => holdsNoStory(docs[i] as NormalizedDoc);
  const apart = (i: number, j: number) =>
    daysApart(docs[i] as NormalizedDoc, docs[j] as NormalizedDoc) > 1;
  return storylessPairs(telling, formats, sets, { storyless, apart }, HEADED_PAIRS).map((pair) => ({
    ...pair,
    strength: 0,
    headed: true,
    byHeadline: true,
    untold: true,
  }));
}

/**
 * rankedPairs' order: a page and its dump under half (underHalf) last, then by share of the
 * smaller copy, a pair under one headline first, more shingles shared first, and the copies'
 * order.
 */
const strongestFirst = (p: RankedPair, q: RankedPair) =>
  Number(underHalf(p)) - Number(underHalf(q)) ||
  q.strength - p.strength ||
  Number(q.headed) - Number(p.headed) ||
  q.shared - p.shared ||
  p.smaller - q.smaller ||
  p.larger - q.larger;

/**
 * A page and its dump paired under their headline at under half of the smaller copy
 * (PAGE_AND_DUMP_SHARE): ranked after every other pair, those by a copy holding no story too, so a
 * dump that joins its page by more keeps its place (eatsmarter.de's page stays with its html2text
 * dump; ranked by share, it joined its lynx and w3m dumps instead and html2text's snippet F1 fell
 * 0.9120 -> 0.9110; docs/figures.md, stop 64, hp64).
 */
const underHalf = (p: RankedPair) => p.byHeadline && !p.untold && !atHalf(p.strength);

/**
 * A saved page and a text dump of it under one headline pair at a lower containment than
 * MIN_CONTAINMENT: each front end leaves other chrome around the story (a dump's menus, teasers and
 * cookie notices, a page's captions), so the smaller copy's shingles are 50-80% in the larger. In
 * the development pages built with their three dumps, this pairing joined the copies of 56 more
 * pages (docs/figures.md, stop 62). Half is what the members of a group must share anyway
 * (MIN_MEMBER_CONTAINMENT), and a sentence's worth of shingles is the least shared text that tells
 * anything (MIN_EVIDENCE_SHINGLES). Copies read alike (two text copies, two captures) are not
 * paired so: there the rest of the smaller copy is a rewrite ("UPDATE 1-" with new paragraphs,
 * BBC's re-edited stories), and bench:dedup's labels keep those apart (precision 0.996 -> 0.980 and
 * one look-alike merged when text copies paired too). A headline on more than 16 copies is a
 * template's (Reuters' "PROPOSED OFFERINGS RECENTLY FILED WITH THE SEC" comes 25 times).
 */
const HEADED_PAIRS = {
  threshold: MIN_MEMBER_CONTAINMENT,
  minShared: MIN_EVIDENCE_SHINGLES,
  maxCopies: 16,
};

/**
 * A saved page and a text dump under one telling headline, their dates not more than a day apart
 * (daysApart), pair on this share of the smaller copy's shingles (and MIN_EVIDENCE_SHINGLES) where
 * other pairs under one headline need HEADED_PAIRS' half: a dump holds the page's menus, topics,
 * archive and readers' comments around the story, so the story it shares with the page is a small
 * part of it. On the development pages built with their three dumps, 0.3 joined the copies of 3
 * more pages (geschichtedergegenwart.ch's essay whole; courgage-online.de's and weinkenner.de's
 * page with their html2text dumps), split pages 60 -> 59 of 1,014, no score lower; 0.2 joined the
 * same (dailymail.co.uk's page, 0.23 of its dumps, stays apart even so; not traced). Two text
 * copies are never paired by headline, so bench:dedup does not move (docs/figures.md, stop 64,
 * hp64).
 */
const PAGE_AND_DUMP_SHARE = 0.3;

/**
 * A saved page and a text dump of it under different headlines, one printing the other's headline
 * as a paragraph (printedHeadlinePairs, src/dedup/printed-headlines.ts), pair as a page and a dump
 * under one headline do (PAGE_AND_DUMP_SHARE), but only when their dates are not more than a day
 * apart or either is undated, whatever they share: the printed headline is weaker evidence than a
 * shared one (a dump's teaser list prints other stories' headlines). Ranked as pairs by headline.
 */
function printedPairs(
  docs: NormalizedDoc[],
  telling: (string | null)[],
  sets: Uint32Array[],
  strength: (pair: ContainedPair) => number,
): RankedPair[] {
  const found = printedHeadlinePairs(docs, telling, sets, {
    ...HEADED_PAIRS,
    threshold: PAGE_AND_DUMP_SHARE,
  });
  return found
    .filter((pair) => strength(pair) < MIN_CONTAINMENT && pairDaysApart(pair, docs) <= 1)
    .map((pair) => byHeadline(pair, strength(pair)));
}

/** A pair found by its copies' headlines, ranked at its share of the smaller copy. */
const byHeadline = (pair: ContainedPair, strength: number): RankedPair => ({
  ...pair,
  strength,
  headed: true,
  byHeadline: true,
  untold: false,
});

/** Days between a pair's two copies' dates (daysApart). */
const pairDaysApart = (pair: ContainedPair, docs: NormalizedDoc[]) =>
  daysApart(docs[pair.smaller] as NormalizedDoc, docs[pair.larger] as NormalizedDoc);

/** A share of the smaller copy at HEADED_PAIRS' half, compared as headedPairs compares it. */
const atHalf = (share: number) => share >= HEADED_PAIRS.threshold - SHARE_ROUNDING;

/**
 * Whether a pair found under one headline shares enough of the smaller copy (see above), or a
 * run of the story (sharesARun). headedPairs pairs only copies of different kinds, so every pair
 * is a saved page and a text dump.
 */
function headedEnough(pair: ContainedPair, sets: Uint32Array[], docs: NormalizedDoc[]): boolean {
  const size = (sets[pair.smaller] as Uint32Array).length;
  if (atHalf(pair.shared / size)) return true;
  if (pairDaysApart(pair, docs) > 1) return false;
  // As headedPairs compares a share.
  return pair.shared >= PAGE_AND_DUMP_SHARE * size - SHARE_ROUNDING || sharesARun(pair);
}

/**
 * A saved page and a text dump under one telling headline, not dated apart, that share a run of
 * the story, RUN_SHINGLES or more, however small a part of the smaller copy that is: one of them
 * holds the page's readers' comments, a forum's other posts or a recipe's boxes, many times the
 * story. On the development pages built with their three dumps, dailymail.co.uk's page shares 548
 * shingles (0.23) with each dump, the-pain.net's capture 128-171 (0.12-0.16) and
 * courgage-online.de's and weinkenner.de's pages 36-41 (0.05-0.07) with their lynx and w3m dumps
 * (docs/figures.md, stop 65).
 */
function sharesARun(pair: ContainedPair): boolean {
  return pair.shared >= RUN_SHINGLES;
}

/**
 * Shingles of a run of a story: three sentences' worth (MIN_EVIDENCE_SHINGLES is one). The
 * smallest run that joined a page in the development pages is 36 (weinkenner.de).
 */
const RUN_SHINGLES = 3 * MIN_EVIDENCE_SHINGLES;

/**
 * A saved page and a text dump that printed the page's story outside its body (`printed`: the
 * page as the smaller copy, printedStoryFinder, src/dedup/printed-story.ts), not dated more than
 * a day apart: ranked after every pair found by text or headline (at strength 0, as pairs under
 * half), and read as found by a headline, holding none of the smaller copy's body (no sign of a
 * carried story).
 */
function storyPrintedPairs(docs: NormalizedDoc[], printed: ContainedPair[]): RankedPair[] {
  return printed
    .filter((pair) => pairDaysApart(pair, docs) <= 1)
    .map((pair) => ({ ...byHeadline(pair, 0), headed: false }));
}

/**
 * The printed stories as pairs of copies by index (the page the smaller), and for each dump the
 * paths of the pages it printed (CopyProfile.printedPages).
 */
function storyPairs(docs: NormalizedDoc[], sets: Uint32Array[], printed: PrintedStory[]) {
  const at = new Map(docs.map((doc, i) => [doc.path, i]));
  const pairs: ContainedPair[] = [];
  const pagesOf = new Map<number, Set<string>>();
  for (const { page, dump } of printed) {
    const [i, j] = [at.get(page), at.get(dump)];
    if (i === undefined || j === undefined) continue;
    const shared = sharedShingles(sets[i] as Uint32Array, sets[j] as Uint32Array);
    pairs.push({ smaller: i, larger: j, shared });
    pagesOf.set(j, (pagesOf.get(j) ?? new Set()).add(page));
  }
  return { pairs, pagesOf };
}

/**
 * Groups the copies of each story. Pairs come from the prefix-filter index (every pair whose
 * smaller copy is MIN_CONTAINMENT inside the larger) and are joined strongest first, so a copy
 * that could join two stories joins the one it holds most of; a pair joins its two groups only
 * when nothing in either says they are different stories.
 */
function groupCopies(
  docs: NormalizedDoc[],
  sets: Uint32Array[],
  printed: PrintedStory[],
): {
  groups: number[][];
  /** Copies that hold, besides their own story, all of another group's copy (by index). */
  carriedBy: Map<number, number[]>;
} {
  const stories = storyPairs(docs, sets, printed);
  const ranked = rankedPairs(docs, sets, stories.pairs);
  const profileOf = copyProfiles(docs, sets, stories.pagesOf);
  const parent = docs.map((_, i) => i);
  const members = docs.map((_, i) => [i]);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  const carried: [number, number][] = [];
  // Text copies in a group with a page that declares its date are dated by it, not by what they
  // print: a page's w3m dump printing its copyright day does not keep its lynx dump out
  // (pageAndDump, src/dedup/conflicts.ts). By group root.
  const pageDated = docs.map(declaresDate);
  for (const { smaller, larger, byHeadline, untold } of ranked) {
    const [a, b] = [find(smaller), find(larger)];
    if (a === b) continue;
    const [left, right] = [members[a] as number[], members[b] as number[]];
    const dated = (pageDated[a] as boolean) || (pageDated[b] as boolean);
    const differ = groupsDiffer(left.map(profileOf), right.map(profileOf), dated, untold);
    // The larger copy holds a whole story unrelated to its own: a page scraped with another
    // story on it. (A look-alike it merely resembles conflicts instead. A pair found by its
    // headline holds only half of the smaller copy: no sign of a carried story.)
    if (differ === 'unrelated' && !byHeadline) carried.push([larger, smaller]);
    if (differ) continue;
    // The bigger group absorbs the smaller, keeping the trees shallow.
    const [keep, absorb] = left.length >= right.length ? [a, b] : [b, a];
    parent[absorb] = keep;
    pageDated[keep] = dated;
    (members[keep] as number[]).push(...(members[absorb] as number[]));
    members[absorb] = [];
  }
  return { groups: members.filter((m) => m.length > 0), carriedBy: carriedStories(carried, find) };
}

/**
 * A copy's profile (what groupsDiffer's checks read of it), computed once per copy however many
 * pairs it is in. `pagesOf`: the saved pages whose story a copy printed (storyPairs).
 */
function copyProfiles(
  docs: NormalizedDoc[],
  sets: Uint32Array[],
  pagesOf: Map<number, Set<string>>,
): (i: number) => CopyProfile {
  const profiles = new Map<number, CopyProfile>();
  return (i) => {
    let p = profiles.get(i);
    if (!p) {
      p = profile(docs[i] as NormalizedDoc, sets[i] as Uint32Array, pagesOf.get(i));
      profiles.set(i, p);
    }
    return p;
  };
}

/**
 * Each carrier's stories (see groupCopies' carriedBy): those of the carried pairs that ended in
 * groups of their own.
 */
function carriedStories(
  carried: [number, number][],
  find: (i: number) => number,
): Map<number, number[]> {
  const carriedBy = new Map<number, number[]>();
  for (const [carrier, story] of carried) {
    if (find(carrier) !== find(story))
      carriedBy.set(carrier, [...(carriedBy.get(carrier) ?? []), story]);
  }
  return carriedBy;
}

/** Paragraphs taken out of a copy because they belong to another story. */
interface GluedOn {
  doc: NormalizedDoc;
  blocks: Block[];
  /** Set when another copy in the archive tells whose they are; else they share few words. */
  reason?: string;
  /** The copy of the other story that this copy carries whole (withoutCarried). */
  of?: NormalizedDoc;
}

/** What taking glued-on paragraphs off one group's copies needs of the archive. */
interface GluedContext {
  docs: NormalizedDoc[];
  sets: Uint32Array[];
  index: GluedIndex;
  /** The group's copies, by index in `docs`, in the order mergeGroup receives them. */
  members: number[];
  sameStory: (copy: number) => boolean;
}

/**
 * Merges one group's copies into an article. `carried[i]` lists other stories that copy i holds
 * whole (a page scraped with the next story on it): its paragraphs of those stories, unless
 * another copy of this story has them too, are set aside before merging.
 */
function mergeGroup(
  { group, lost, original }: CopiesToMerge,
  carried: NormalizedDoc[][],
  glued: GluedContext,
): {
  article: Article;
  spillover: GluedOn[];
  /** Text copies' paragraphs outside the span they share with the saved page (mergeCopy). */
  outside: Spillover[];
} {
  const memo = textMemo();
  const spillover: GluedOn[] = [];
  const whole = group.map((doc, i) => withoutCarried(doc, i, group, carried, memo, spillover));
  const { trimmed: copies, spillover: runs } = takeGluedRuns(whole, glued, memo);
  spillover.push(...runs);
  const ranked = canonicalFirst(copies, lost);
  const canonical = storyTeller(ranked, memo);
  const others = ranked.filter((doc) => doc !== canonical);
  const merged: MergedBlock[] = canonical.blocks.map((b) => ({
    ...b,
    holders: new Set([canonical.path]),
    from: canonical.path,
    shape: memo.shape(b.text),
  }));
  const outside = others.flatMap((doc) =>
    mergeOther(doc, merged, canonical, memo, { lost, original }),
  );
  const article = buildArticle(canonical, others, merged, ranked, lost);
  // What is taken out is recorded, or published as a fragment, as its file has it.
  const asRead = spillover.map((part) => ({ ...part, blocks: part.blocks.map(original) }));
  return { article, spillover: asRead, outside };
}

/**
 * Merges one more of a group's copies into `merged` (the canonical copy's blocks, grown); returns
 * what of it is recorded as outside the story: its paragraphs mergeCopy left out, and the text the
 * story does not tell (untoldText).
 */
function mergeOther(
  doc: NormalizedDoc,
  merged: MergedBlock[],
  canonical: NormalizedDoc,
  memo: TextMemo,
  { lost, original }: Pick<CopiesToMerge, 'lost' | 'original'>,
): Spillover[] {
  const outside: Spillover[] = [];
  const spanOnly = canonical.format === 'html' && doc.format === 'text';
  // A copy that lost letters the canonical copy has adds none of its text (its words are
  // repaired only to be compared): its paragraphs the story lacks are recorded.
  const holdOnly = (lost.get(doc.path) ?? 0) > 0 && !lost.get(canonical.path);
  const left = mergeCopy(merged, doc, memo, { spanOnly, holdOnly });
  for (const { block, why } of left) {
    const text = original(block).text;
    outside.push({ path: doc.path, text, reason: outsideReason(canonical, why) });
  }
  outside.push(...untoldText(doc, merged, canonical, MIN_EVIDENCE_SHINGLES, original));
  return outside;
}

/** A group's copies as mergeGroup merges them. */
interface CopiesToMerge {
  group: NormalizedDoc[];
  /** The U+FFFD each copy's text holds, by path (src/dedup/damage.ts): letters it lost. */
  lost: Map<string, number>;
  /** A paragraph of a copy as its file has it, before its lost letters were repaired. */
  original: (block: Block) => Block;
}

/**
 * A group's copies to merge: with their lost letters repaired (`repaired`), to be aligned with
 * the clean copies' paragraphs, when the group holds a clean copy; as read (`read`) when every
 * copy lost letters, whose text then is the article's as the files have it.
 */
function copiesToMerge(
  group: number[],
  read: NormalizedDoc[],
  repaired: NormalizedDoc[],
  lostOf: number[],
) {
  const lost = new Map(group.map((i) => [(read[i] as NormalizedDoc).path, lostOf[i] as number]));
  const anyClean = [...lost.values()].some((n) => n === 0);
  const docs = anyClean ? repaired : read;
  const originals = new Map<Block, Block>();
  for (const i of group) {
    const [copy, file] = [docs[i] as NormalizedDoc, read[i] as NormalizedDoc];
    if (copy !== file)
      copy.blocks.forEach((block, k) => originals.set(block, file.blocks[k] as Block));
  }
  return {
    group: group.map((i) => docs[i] as NormalizedDoc),
    lost,
    original: (block: Block) => originals.get(block) ?? block,
  };
}

/**
 * Copy i of the group without its paragraphs of the stories it carries whole (`carried[i]`)
 * that no other copy of this story has; those go to `spillover`.
 */
function withoutCarried(
  doc: NormalizedDoc,
  i: number,
  group: NormalizedDoc[],
  carried: NormalizedDoc[][],
  memo: TextMemo,
  spillover: GluedOn[],
): NormalizedDoc {
  const foreign = (carried[i] ?? []).flatMap((story) => story.blocks);
  if (foreign.length === 0) return doc;
  const siblings = group.filter((other) => other !== doc).flatMap((other) => other.blocks);
  // A paragraph with no word ("* * *") is the same as every other such paragraph: no sign of
  // another story.
  const isForeign = (block: Block) =>
    hasWords(block.text) &&
    foreign.some((f) => sameBlock(memo.shape(f.text), memo.shape(block.text))) &&
    !siblings.some((s) => sameBlock(memo.shape(s.text), memo.shape(block.text)));
  const foreignFlags = doc.blocks.map(isForeign);
  const moved = doc.blocks.filter((_, k) => foreignFlags[k]);
  if (moved.length === 0) return doc;
  const of = (carried[i] ?? [])[0];
  spillover.push({
    doc,
    blocks: moved,
    reason: `belongs to another story, whose copy ${of?.path} it holds whole`,
    of,
  });
  return { ...doc, blocks: doc.blocks.filter((_, k) => !foreignFlags[k]) };
}

/**
 * Takes the run of other stories' paragraphs off the end of each copy (src/dedup/glued.ts). A
 * paragraph judged only by its words stays when another copy of the story also has it.
 */
function takeGluedRuns(copies: NormalizedDoc[], context: GluedContext, memo: TextMemo) {
  const spillover: GluedOn[] = [];
  const pageInGroup = copies.some((other) => other.format === 'html');
  const trimmed = copies.map((doc, i) => {
    const self = context.members[i] as number;
    const siblings = copies.filter((other) => other !== doc).flatMap((other) => other.blocks);
    const held = (block: Block) =>
      siblings.some((s) => sameBlock(memo.shape(s.text), memo.shape(block.text)));
    const run = gluedRun(doc, self, context.sets, context.index, context.sameStory, held);
    // A text copy beside its saved page keeps them too: merged, it adds only what reads as the
    // story's next to the span the copies share, and its other paragraphs are recorded there
    // (mergeCopy), not published as fragments.
    const besidePage = pageInGroup && doc.format === 'text';
    let { from } = run;
    run.reasons.forEach((reason, k) => {
      const block = doc.blocks[run.from + k] as Block;
      if (reason.kind === 'incoherent' && (besidePage || held(block))) from = run.from + k + 1;
    });
    if (from === doc.blocks.length) return doc;
    for (let k = from; k < doc.blocks.length; k++) {
      const reason = run.reasons[k - run.from];
      spillover.push({
        doc,
        blocks: [doc.blocks[k] as Block],
        reason: gluedReason(reason, context.docs),
      });
    }
    return { ...doc, blocks: doc.blocks.slice(0, from) };
  });
  return { trimmed, spillover };
}

/** The recorded reason for a paragraph taken off the end of a copy. */
function gluedReason(reason: GluedReason | undefined, docs: NormalizedDoc[]): string {
  if (reason?.kind === 'opening')
    return `belongs to another story: it is the opening of ${docs[reason.of]?.path}`;
  if (reason?.kind === 'follows')
    return `belongs to another story: it follows the opening of ${docs[reason.of]?.path}, where the article had ended`;
  return INCOHERENT;
}

/** Why glued-on paragraphs found only by their vocabulary were taken out. */
const INCOHERENT = 'belongs to another story (shares few words with the article it was glued to)';

/**
 * A copy that lost letters (U+FFFD in its file, src/dedup/damage.ts) comes last, so that neither
 * its text nor its headline is the article's where a clean copy is in the group. Then a saved
 * page (HTML) makes the better canonical copy than a text copy of it: its body is the
 * element the page's structure marks as the article, where a text dump of the same page holds its
 * menus and footers too, and is the longer for them (stop 62). Then copies with a headline and a
 * date; then the longer one.
 */
function canonicalFirst(group: NormalizedDoc[], lost: Map<string, number>): NormalizedDoc[] {
  const score = (d: NormalizedDoc) => [
    lost.get(d.path) ? 0 : 1,
    d.format === 'html' ? 1 : 0,
    d.title ? 1 : 0,
    d.date ? 1 : 0,
    d.source || d.byline ? 1 : 0,
    wordCount(bodyText(d)),
  ];
  const scores = new Map(group.map((d) => [d, score(d)]));
  return [...group].sort((a, b) => {
    const sa = scores.get(a) as number[];
    const sb = scores.get(b) as number[];
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return (sb[i] ?? 0) - (sa[i] ?? 0);
    return a.path < b.path ? -1 : 1;
  });
}

/** The recorded reason for a text copy's paragraph left out of the story its page holds. */
function outsideReason(page: NormalizedDoc, why: LeftOut): string {
  if (why === 'lost-letters') {
    return (
      `not published: this copy's file lost letters (shown as \uFFFD) that ${page.path} has, ` +
      'and it has this paragraph alone'
    );
  }
  const where =
    why === 'inside'
      ? 'this text copy has it between paragraphs they share, where the page has no such paragraph'
      : why === 'held'
        ? 'the story holds its words already, in paragraphs this text copy has cut or joined otherwise'
        : 'this text copy has it before the first or after the last paragraph they share';
  return `outside the story the saved page ${page.path} holds: ${where}`;
}

/**
 * The article of a group's merged paragraphs. Its headline, date, byline and the rest come from
 * the copies in canonicalFirst's order (`ranked`): a saved page declares them, even when its
 * body is empty and another copy's text is the article's (storyTeller).
 */
function buildArticle(
  canonical: NormalizedDoc,
  others: NormalizedDoc[],
  merged: MergedBlock[],
  ranked: NormalizedDoc[],
  lost: Map<string, number>,
): Article {
  const provenance: Article['provenance'] = {};
  // A date a saved page's markup declares is the story's, before any copy's printed one: a dump
  // joined to its page prints the page's last change or its copyright line (pageAndDump in
  // src/dedup/conflicts.ts).
  const dateFirst = [...ranked.filter((d) => d.date?.markup), ...ranked];
  const pick = <K extends 'title' | 'standfirst' | 'date' | 'source' | 'byline'>(field: K) => {
    for (const doc of field === 'date' ? dateFirst : ranked) {
      if (doc[field]) {
        provenance[field] = doc.path;
        return doc[field];
      }
    }
    return null;
  };
  const blocks = merged.map(({ kind, text }) => ({ kind, text }));
  const sources = articleSources([canonical, ...others], merged, lost);
  const title = pick('title') ?? titleFromText(blocks[0]?.text ?? canonical.path);
  return {
    id: createHash('sha256').update(canonical.sha256).digest('hex').slice(0, 12),
    title,
    standfirst: pick('standfirst'),
    date: pick('date'),
    source: pick('source'),
    byline: pick('byline'),
    section: ranked.find((d) => d.section)?.section ?? null,
    lang: canonical.lang,
    blocks,
    sources,
    fragment: false,
    provenance,
    topics: [],
  };
}

/**
 * Each copy's part in the article (`copies`: the canonical copy first): the share of the merged
 * paragraphs it holds, whether it gave any of them, and the letters its file lost.
 */
function articleSources(
  copies: NormalizedDoc[],
  merged: MergedBlock[],
  lost: Map<string, number>,
): ArticleSource[] {
  return copies.map((doc, i) => {
    const held = merged.filter((b) => b.holders.has(doc.path)).length;
    const contributed = merged.some((b) => b.from === doc.path);
    return {
      path: doc.path,
      sha256: doc.sha256,
      role: i === 0 ? 'canonical' : contributed ? 'merged' : 'duplicate',
      covered: merged.length ? Math.round((held / merged.length) * 1000) / 1000 : 0,
      site: doc.source,
      ...(lost.get(doc.path) ? { lostLetters: lost.get(doc.path) } : {}),
    };
  });
}

/** A headline for text that came without one: its first sentence, cut at 12 words. */
export function titleFromText(text: string): string {
  const withoutKicker = text.replace(/^(?:\p{Lu}{3,}\s*){1,3}:\s*/u, '');
  const first = sentences(withoutKicker)[0] ?? withoutKicker;
  const words = first.split(/\s+/);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : first.replace(/[.!?]$/, '');
}

/**
 * Each glued-on paragraph becomes part of the article it is a copy of, or a fragment article.
 * Owners are looked up through the shingles every copy already has, not by scanning articles.
 */
function attachFragments(
  fragments: GluedOn[],
  articles: Article[],
  sets: Uint32Array[],
  articleOf: Int32Array,
  docs: NormalizedDoc[],
): void {
  const parts = fragments.flatMap((fragment) =>
    fragment.blocks.map((block) => ({ fragment, block })),
  );
  const candidates = candidateOwners(
    parts.map(({ block }) => block),
    sets,
    articleOf,
  );
  const owner = ownerFinder(articles);
  const carriedArticle = carriedStoryArticle(docs, articles, articleOf);
  parts.forEach(({ fragment, block }, k) => {
    // A paragraph with no word (a "* * *" between two glued leads) is no article: Pagefind would
    // index nothing of its page. It stays recorded, as every glued paragraph is, in report.json.
    if (!hasWords(block.text)) return;
    const found =
      owner(block, candidates[k] as Set<number>) ??
      (fragment.of ? carriedArticle(fragment.of) : undefined);
    if (!found) {
      articles.push(fragmentArticle(fragment.doc, block));
    } else if (!found.sources.some((s) => s.path === fragment.doc.path && s.role === 'fragment')) {
      found.sources.push({
        path: fragment.doc.path,
        sha256: fragment.doc.sha256,
        role: 'fragment',
        covered: 0,
        site: fragment.doc.source,
      });
    }
  });
}

/**
 * The article of a carried story's copy (GluedOn.of) when that copy is a text dump beside its
 * saved page: a paragraph taken out of its carrier as the dump's, which the article does not
 * show, is the dump's text outside the story the page holds (its menus and lists, recorded under
 * it), not a story of its own. As fragments, each line was an article: lynx's dump of
 * vinosytapas.de.rioja, whose html2text dump it holds whole once diacritics fold, gave 158
 * (docs/figures.md, stop 64). Any other carried story keeps its fragments: a Reuters lead glued
 * to a copy is published as its own fragment (bench:dedup: 11 leads were missing when every
 * carried story's article took them).
 */
function carriedStoryArticle(
  docs: NormalizedDoc[],
  articles: Article[],
  articleOf: Int32Array,
): (copy: NormalizedDoc) => Article | undefined {
  let indexOf: Map<NormalizedDoc, number> | null = null;
  let formatOf: Map<string, NormalizedDoc['format']> | null = null;
  return (copy) => {
    if (copy.format !== 'text') return undefined;
    indexOf ??= new Map(docs.map((doc, i) => [doc, i]));
    formatOf ??= new Map(docs.map((doc) => [doc.path, doc.format]));
    const i = indexOf.get(copy);
    const article = i === undefined ? undefined : articles[articleOf[i] as number];
    const canonical = article?.sources.find((source) => source.role === 'canonical');
    return canonical && formatOf.get(canonical.path) === 'html' ? article : undefined;
  };
}

/** For each paragraph, the articles (by index) of the copies that share one of its shingles. */
function candidateOwners(
  blocks: Block[],
  sets: Uint32Array[],
  articleOf: Int32Array,
): Set<number>[] {
  const blocksByShingle = new Map<number, number[]>();
  // Every copy's every shingle is looked up (some 45 million at 100,000 articles); a bit per
  // low 24 bits of the fragments' shingles turns away almost all of them before the map.
  const fragmentShingles = shingleFilter();
  blocks.forEach((block, k) => {
    for (const shingle of shingleHashes(block.text)) {
      const list = blocksByShingle.get(shingle);
      if (list) list.push(k);
      else blocksByShingle.set(shingle, [k]);
      addToFilter(fragmentShingles, shingle);
    }
  });
  const candidates = blocks.map(() => new Set<number>());
  sets.forEach((set, doc) => {
    for (const shingle of set) {
      if (!mayHold(fragmentShingles, shingle)) continue;
      for (const k of blocksByShingle.get(shingle) ?? [])
        candidates[k]?.add(articleOf[doc] as number);
    }
  });
  return candidates;
}

/**
 * Finds the article, of a paragraph's candidates (lowest index first), that owns it. An owner
 * must hold the paragraph's very words (a cut-off lead is the start of them, a lead of two
 * sentences may span two paragraphs): a paragraph that merely shares most of its words with one
 * ("Qtly div 10 cts vs 10 cts prior" of another company, another day's fund notice) is not shown
 * there, and attached to it would be shown nowhere (51 of 747 glued Reuters leads).
 */
function ownerFinder(
  articles: Article[],
): (block: Block, candidates: Set<number>) => Article | undefined {
  const bodies = new Map<number, string>();
  const bodyKey = (i: number) => {
    let key = bodies.get(i);
    if (key === undefined)
      bodies.set(i, (key = matchKey((articles[i] as Article).blocks.map((b) => b.text).join(' '))));
    return key;
  };
  return (block, candidates) => {
    const key = matchKey(block.text);
    // Below a sentence's length ("Shr 24 cts vs 21 cts") the words are every such story's: only
    // a story opening with them owns them.
    const short = wordCount(block.text) < MIN_OWNED_WORDS;
    const ownerIndex = [...candidates]
      .sort((x, y) => x - y)
      .find((i) => {
        if ((articles[i] as Article).fragment || key.length === 0) return false;
        const body = bodyKey(i);
        return short ? body.startsWith(key) : body.includes(key);
      });
    return ownerIndex === undefined ? undefined : (articles[ownerIndex] as Article);
  };
}

/** A glued paragraph no article owns, as an article of its own. */
function fragmentArticle(doc: NormalizedDoc, block: Block): Article {
  const id = createHash('sha256')
    .update(`${doc.sha256}:${matchKey(block.text)}`)
    .digest('hex')
    .slice(0, 12);
  return {
    id,
    title: titleFromText(block.text),
    standfirst: null,
    date: null,
    source: null,
    byline: null,
    section: null,
    lang: doc.lang,
    blocks: [{ kind: 'paragraph', text: block.text }],
    sources: [
      {
        path: doc.path,
        sha256: doc.sha256,
        role: 'fragment',
        covered: 1,
        site: doc.source,
      },
    ],
    fragment: true,
    provenance: {},
    topics: [],
  };
}
