// A text dump that printed its page's story but kept another part of it (issue 22: a page and its
// dumps are one article). A dump is the whole page as a front end printed it; normalize's body
// finder (src/normalize/body-finder.ts) then keeps the run of lines that reads most like prose and
// records the rest as removed. On some pages that run is not the story: a wiki's footer of help
// texts around a story told in bullet lists, a blog's sidebar around a post of link lines, a
// recipe site's teaser boxes. The dump's body then shares nothing with the page's, and its
// headline is a line of that other part ("Help | Terms of Service ...", "RSS Gelinkdumped"), so
// neither text nor headline pairs it with its page. Its removed lines still hold the story: the
// page's body is inside what the dump printed, which tells that the two are one page.

import { matchKey } from '../text.ts';
import type { NormalizedDoc, Removal } from '../types.ts';
import {
  addToFilter,
  COPY_SLOTS,
  keyShingles,
  keyShinglesWhere,
  mayHold,
  SHARE_ROUNDING,
  sharedShingles,
  shingleFilter,
  sortedShingleKeys,
} from './shingles.ts';

/** A saved page and a text dump that printed its story (printsStory), by their paths. */
export interface PrintedStory {
  page: string;
  dump: string;
}

export interface PrintedStoryLimits {
  /** Share of the page's body shingles the dump must have printed. */
  threshold: number;
  /** Shingles: the page's body needs this many, and the dump's body must share fewer. */
  minShared: number;
  /** A shingle on more of the pages' bodies than this is a template's and counts for none. */
  maxCopies: number;
}

/**
 * Whether a text dump (`printed`: the shingles of its body and removed lines, `body`: its body's)
 * printed a saved page's story (`page`: the page's body shingles) that its body does not hold: the
 * page's body is a sentence at least (`minShared`), `threshold` of it is in what the dump printed,
 * and the dump's body shares less than a sentence with it. Where the bodies share a sentence,
 * their text pairs them or tells them apart as for any two copies (Readability's look-alike test
 * pages print one lorem ipsum in their bodies).
 */
export function printsStory(
  page: Uint32Array,
  body: Uint32Array,
  printed: Uint32Array,
  { threshold, minShared }: PrintedStoryLimits,
): boolean {
  if (page.length < minShared || sharedShingles(page, body) >= minShared) return false;
  const shared = sharedShingles(page, printed);
  return shared >= minShared && holdsShare(shared, page.length, threshold);
}

/** Whether `shared` of a page's `size` shingles is `threshold` of them (SHARE_ROUNDING). */
const holdsShare = (shared: number, size: number, threshold: number) =>
  shared >= threshold * size - SHARE_ROUNDING;

const shinglesOf = (texts: string[]) => keyShingles(matchKey(texts.join(' ')));
const bodyShingles = (doc: NormalizedDoc) => shinglesOf(doc.blocks.map((b) => b.text));

/**
 * The saved pages among `docs` (a body of `minShared` shingles or more), indexed by their body's
 * shingles (a shingle on more than `maxCopies` pages is left out), and `printedBy`: the pages whose
 * story a text dump printed (printsStory), given the lines normalize removed from it (its
 * Removal texts; a build has them only in the removals' spill, src/stages/report.ts). A saved
 * page's own removed elements are not read: they are its markup's chrome, and a dump's body is
 * inside other sites' pages' removed cookie dialogs (25 such pairs of different pages on the
 * development pages, docs/figures.md, stop 66).
 */
export function printedStoryFinder(docs: Iterable<NormalizedDoc>, limits: PrintedStoryLimits) {
  const pages = savedPages(docs, limits.minShared);
  // Every page's shingle, templates' too: a dump's printed shingles outside it can meet no page.
  // A build without a saved page allocates none of it (2 MB).
  const onPages = pages.length > 0 ? shingleFilter() : new Uint8Array(0);
  for (const page of pages) for (const shingle of page.set) addToFilter(onPages, shingle);
  const index = pageIndex(
    pages.map((page) => page.set),
    limits.maxCopies,
  );
  const onAPage = (shingle: number) => mayHold(onPages, shingle);
  const hits = new Int32Array(pages.length);
  return {
    /** Whether any page could be printed: none, and no dump need be read. */
    empty: index.shingles.length === 0,
    printedBy(dump: NormalizedDoc, removed: Removal[]): PrintedStory[] {
      if (dump.format !== 'text') return [];
      // Of the dump's printed shingles, those that may be on a page: the same shares of each
      // page as all of them (printsStory), without sorting the many that are on none.
      const texts = dump.blocks.map((b) => b.text);
      for (const r of removed) texts.push(r.text);
      const printed = keyShinglesWhere(matchKey(texts.join(' ')), onAPage);
      const found: PrintedStory[] = [];
      let body: Uint32Array | undefined;
      for (const k of pagesMet(index, printed, hits)) {
        const count = hits[k] as number;
        hits[k] = 0;
        const page = pages[k] as SavedPage;
        if (!holdsShare(count, page.set.length, limits.threshold)) continue;
        body ??= bodyShingles(dump);
        if (printsStory(page.set, body, printed, limits))
          found.push({ page: page.path, dump: dump.path });
      }
      return found;
    },
  };
}

/** A saved page among printedStoryFinder's `docs`: its path and its body's shingles. */
interface SavedPage {
  path: string;
  set: Uint32Array;
}

/** The saved pages among `docs` whose body is `minShared` shingles or more. */
function savedPages(docs: Iterable<NormalizedDoc>, minShared: number): SavedPage[] {
  const pages: SavedPage[] = [];
  for (const doc of docs) {
    if (doc.format !== 'html') continue;
    const set = bodyShingles(doc);
    if (set.length < minShared) continue;
    pages.push({ path: doc.path, set });
  }
  return pages;
}

/**
 * The pages of `index` that the dump's `printed` shingles meet, in the order a shingle first met
 * them; `hits[k]` counts page k's shingles met (all zero on entry: the caller zeroes each after).
 */
function pagesMet(index: PageIndex, printed: Uint32Array, hits: Int32Array): number[] {
  const met: number[] = [];
  for (const shingle of printed) {
    const at = lookUp(index, shingle);
    if (at < 0) continue;
    for (let p = index.starts[at] as number; p < (index.starts[at + 1] as number); p++) {
      const k = index.pages[p] as number;
      if (hits[k] === 0) met.push(k);
      hits[k] = (hits[k] as number) + 1;
    }
  }
  return met;
}

/**
 * The pages (in `pages`, ascending, from `starts[i]` to `starts[i + 1]`) whose body holds
 * `shingles[i]`, found through `slots`, an open-addressed table of those indexes. A Map keyed by
 * the shingles (32-bit, heap numbers to V8) took 2 s of CPU on the all-copies build (stop 66).
 */
interface PageIndex {
  shingles: Uint32Array;
  starts: Int32Array;
  pages: Int32Array;
  slots: Int32Array;
}

/** The index of the pages' `sets`, a shingle on more than `maxCopies` of them left out. */
function pageIndex(sets: Uint32Array[], maxCopies: number): PageIndex {
  const keys = sortedShingleKeys(sets);
  const shingles: number[] = [];
  const starts: number[] = [];
  const pages = new Int32Array(keys.length);
  let held = 0;
  for (let i = 0; i < keys.length;) {
    const shingle = Math.floor((keys[i] as number) / COPY_SLOTS);
    let end = i + 1;
    while (end < keys.length && Math.floor((keys[end] as number) / COPY_SLOTS) === shingle) end++;
    if (end - i <= maxCopies) {
      shingles.push(shingle);
      starts.push(held);
      for (let k = i; k < end; k++) pages[held++] = (keys[k] as number) - shingle * COPY_SLOTS;
    }
    i = end;
  }
  starts.push(held);
  // A table at most half full; the shingles are hashes already, their low bits spread.
  let size = 2;
  while (size < shingles.length * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  shingles.forEach((shingle, at) => {
    let slot = shingle & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = at;
  });
  return {
    shingles: Uint32Array.from(shingles),
    starts: Int32Array.from(starts),
    pages: pages.subarray(0, held),
    slots,
  };
}

/** Where `shingle` is in index.shingles, or -1. */
function lookUp(index: PageIndex, shingle: number): number {
  const mask = index.slots.length - 1;
  for (let slot = shingle & mask; ; slot = (slot + 1) & mask) {
    const at = index.slots[slot] as number;
    if (at === -1 || index.shingles[at] === shingle) return at;
  }
}

/**
 * The stories printed by the text dumps of `docs` whose lines normalize removed are still on
 * them (`doc.removed`: a test's or a tool's documents; a build spills them and reads them back,
 * printedStoriesOf in src/stages/dedup.ts).
 */
export function printedStories(docs: NormalizedDoc[], limits: PrintedStoryLimits): PrintedStory[] {
  const finder = printedStoryFinder(docs, limits);
  if (finder.empty) return [];
  return docs.flatMap((doc) => finder.printedBy(doc, doc.removed));
}
