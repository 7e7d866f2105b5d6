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
import { keyShingles, sharedShingles } from './shingles.ts';

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
  return shared >= minShared && shared >= threshold * page.length - 1e-9;
}

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
  const pages: { path: string; set: Uint32Array }[] = [];
  const pagesOf = new Map<number, number[]>();
  for (const doc of docs) {
    if (doc.format !== 'html') continue;
    const set = bodyShingles(doc);
    if (set.length < limits.minShared) continue;
    pages.push({ path: doc.path, set });
    for (const shingle of set) {
      const held = pagesOf.get(shingle);
      if (!held) pagesOf.set(shingle, [pages.length - 1]);
      else held.push(pages.length - 1);
    }
  }
  for (const [shingle, held] of pagesOf)
    if (held.length > limits.maxCopies) pagesOf.delete(shingle);
  return {
    /** Whether any page could be printed: none, and no dump need be read. */
    empty: pagesOf.size === 0,
    printedBy(dump: NormalizedDoc, removed: Removal[]): PrintedStory[] {
      if (dump.format !== 'text') return [];
      const body = bodyShingles(dump);
      const printed = shinglesOf([
        ...dump.blocks.map((b) => b.text),
        ...removed.map((r) => r.text),
      ]);
      const hits = new Map<number, number>();
      for (const shingle of printed) {
        for (const k of pagesOf.get(shingle) ?? []) hits.set(k, (hits.get(k) ?? 0) + 1);
      }
      const found: PrintedStory[] = [];
      for (const [k, count] of hits) {
        const page = pages[k] as { path: string; set: Uint32Array };
        if (count < limits.threshold * page.set.length - 1e-9) continue;
        if (printsStory(page.set, body, printed, limits))
          found.push({ page: page.path, dump: dump.path });
      }
      return found;
    },
  };
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
