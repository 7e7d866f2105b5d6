// Copies that hold no story (issue 22: a page, its dump and its capture are one article): a saved
// page whose extraction found no body (nh24.de's story stands in a "sidebar-right" layout
// wrapper), or a text dump whose body is the site's cookie dialog, printed after the story and
// longer than it (hildesheimer-presse.de, arteradio.com). Such a copy shares no text with the
// copies that hold the story, so containment never pairs them; only its headline tells whose
// copy it is. It joins the copy of another format under the same telling headline that does hold
// the story (src/dedup/conflicts.ts' groupsDiffer still asks their dates, figures and headlines
// to agree), never wins the canonical choice over a copy with the story (storyTeller), and its
// text, which the story lacks, is recorded as a removal rather than published (untoldText).

import { contentWords, wordCount } from '../text.ts';
import type { Block, NormalizedDoc } from '../types.ts';
import { sameBlock, type TextMemo } from './block-shape.ts';
import { headlineGroups, type ContainedPair } from './candidates.ts';
import { MIN_HEADLINE_WORDS, sameHeadline, type Headlined } from './headlines.ts';
import type { MergedBlock } from './merge-copy.ts';
import { sharedShingles, shingleHashes } from './shingles.ts';

/**
 * Below this many words a body tells no story: an empty saved page, a dump holding only "Skip to
 * content". 16 of the development pages had a copy so (docs/figures.md, stop 62).
 */
export const NO_STORY_WORDS = 20;

/**
 * Content words a headline needs before its absence from the body says anything: one word
 * ("Impressum") is missing from many a story's own text.
 */
const HEADLINE_CONTENT_WORDS = 2;

/**
 * Letters of a headline's word that is asked for: the stop words contentWords leaves out are
 * English, and a French or German headline's "des", "und", "der" are in any text of its language.
 */
const HEADLINE_WORD_LETTERS = 4;

/**
 * Whether a copy holds no story: its body is under NO_STORY_WORDS, or uses none of its headline's
 * content words (a story speaks of what its headline names; a cookie dialog, a site's menu do
 * not). `bodyWords` is the body's content words where the caller has them already.
 */
export function holdsNoStory(doc: NormalizedDoc, bodyWords?: Set<string>): boolean {
  if (isEmpty(doc)) return true;
  const words = headlineWordsHeld(doc, bodyWords);
  return words !== null && words.held === 0;
}

/**
 * A copy's paragraphs as one text, as conflicts.ts' bodyText (conflicts.ts imports this module:
 * importing it back would make a cycle).
 */
const bodyOf = (doc: NormalizedDoc) => doc.blocks.map((b) => b.text).join(' ');

/** A body under NO_STORY_WORDS. */
export function isEmpty(doc: NormalizedDoc): boolean {
  return wordCount(bodyOf(doc)) < NO_STORY_WORDS;
}

/**
 * Whether a copy's body uses half of its headline's content words or more: a positive sign that
 * it tells the story, where holdsNoStory's test (none of them) flags some real stories too (a
 * ZEIT teaser, a podcast page's two paragraphs under "SW082 – 82 Gründe zum weiter hören").
 */
export function tellsHeadline(doc: NormalizedDoc): boolean {
  const words = headlineWordsHeld(doc);
  return words !== null && words.held * 2 >= words.of;
}

/**
 * How many of the headline's content words (HEADLINE_WORD_LETTERS or more) the body uses, of how
 * many; null when the headline has fewer than HEADLINE_CONTENT_WORDS.
 */
function headlineWordsHeld(
  doc: NormalizedDoc,
  bodyWords?: Set<string>,
): { held: number; of: number } | null {
  if (!doc.title) return null;
  const headline = [...contentWords(doc.title)].filter((w) => w.length >= HEADLINE_WORD_LETTERS);
  if (headline.length < HEADLINE_CONTENT_WORDS) return null;
  const stems = new Set<string>();
  const body = bodyWords ?? contentWords(bodyOf(doc));
  for (const word of body) stems.add(word.slice(0, STEM));
  const held = headline.filter((word) => stems.has(word.slice(0, STEM))).length;
  return { held, of: headline.length };
}

/**
 * Letters of a word compared: about its stem, so that the body's "repurchase" and "Helikopter"
 * tell of the headline's "REPURCHASES" and "Helikopters".
 */
const STEM = 5;

/**
 * Pairs copies of different kinds under the same telling headline (`headlines[i]`, null when it
 * tells nothing) whose text cannot: a copy that holds no story (`storyless(i)`) with each that
 * holds one, and any two that share less than `minShared` shingles (about a sentence) and are not
 * dated apart (`apart`). The latter are a text dump whose front end chose another part of the page
 * than the story (the readers' comments on 1337kultur.de, a newsletter form on feuerwehrverband.de,
 * a "Wissenscommunity" on the Brexit page d70fab3a) and its saved page, or two copies of which
 * neither holds the story; each such copy uses some of its headline's words, so holdsNoStory
 * misses it (docs/figures.md, stop 64). A headline on more than `maxCopies` copies is a
 * template's and pairs nothing (as headedPairs). `shared` is what the two really share (mostly
 * 0), so the pairs rank after every pair found by its text.
 */
export function storylessPairs(
  headlines: (string | null)[],
  kinds: string[],
  sets: Uint32Array[],
  {
    storyless,
    apart,
  }: { storyless: (i: number) => boolean; apart: (i: number, j: number) => boolean },
  { minShared, maxCopies }: { minShared: number; maxCopies: number },
): ContainedPair[] {
  const pairs: ContainedPair[] = [];
  for (const copies of headlineGroups(headlines, maxCopies)) {
    if (new Set(copies.map((i) => kinds[i])).size < 2) continue;
    const empty = new Map(copies.map((i) => [i, storyless(i)]));
    for (const [x, i] of copies.entries()) {
      for (const j of copies.slice(x + 1)) {
        if (kinds[i] === kinds[j]) continue;
        const shared = sharedShingles(sets[i] as Uint32Array, sets[j] as Uint32Array);
        const untold = empty.get(i) !== empty.get(j) || (shared < minShared && !apart(i, j));
        if (!untold) continue;
        // The copy without the story is the smaller; else the smaller by distinct shingles.
        const smallerFirst =
          empty.get(i) === empty.get(j)
            ? (sets[i] as Uint32Array).length <= (sets[j] as Uint32Array).length
            : (empty.get(i) as boolean);
        pairs.push(
          smallerFirst ? { smaller: i, larger: j, shared } : { smaller: j, larger: i, shared },
        );
      }
    }
  }
  return pairs;
}

/** The same headline, and one of MIN_HEADLINE_WORDS or more (tellingHeadline). */
export function sameTellingHeadline(a: Headlined, b: Headlined): boolean {
  return sameHeadline(a, b) && (a.headline as string).split(' ').length >= MIN_HEADLINE_WORDS;
}

/**
 * The copy the merge starts from: canonicalFirst's first (src/stages/dedup.ts), unless it holds
 * no story (holdsNoStory) and shares no paragraph with the other copies (an empty saved page, a
 * page whose body is a shipping-costs dialog, beside dumps of its story). The merge adds nothing
 * from a copy that shares no paragraph, so such a canonical copy would leave the article without
 * the story. Then the first copy, in canonicalFirst's order, that holds one: any, beside an empty
 * copy; else one that uses its headline's words (tellsHeadline), as holdsNoStory's test alone
 * flags some real stories.
 */
export function storyTeller(ranked: NormalizedDoc[], memo: TextMemo): NormalizedDoc {
  const first = ranked[0] as NormalizedDoc;
  const untold = (doc: NormalizedDoc) => {
    if (!holdsNoStory(doc)) return false;
    const others = ranked.filter((other) => other !== doc).flatMap((other) => other.blocks);
    const shared = (block: Block) =>
      others.some((o) => sameBlock(memo.shape(o.text), memo.shape(block.text)));
    return !doc.blocks.some(shared);
  };
  if (new Set(ranked.map((d) => d.format)).size < 2 || !untold(first)) return first;
  const empty = isEmpty(first);
  return ranked.find((doc) => !untold(doc) && (empty || tellsHeadline(doc))) ?? first;
}

const shinglesOf = (doc: NormalizedDoc) => shingleHashes(bodyOf(doc));

/**
 * The text of a copy of another kind than the canonical one that holds no story (holdsNoStory) or
 * shares less than `minShared` shingles with it (storylessPairs' other copies), and shares no
 * paragraph with the article: recorded, as the article does not show it (a dump's
 * cookie dialog, an empty page's few lines), each paragraph as its file has it (`asRead`: a copy
 * whose lost letters were repaired to be compared is recorded unrepaired).
 */
export function untoldText(
  doc: NormalizedDoc,
  merged: MergedBlock[],
  canonical: NormalizedDoc,
  minShared: number,
  asRead: (block: Block) => Block = (block) => block,
) {
  if (doc.format === canonical.format || merged.some((b) => b.holders.has(doc.path))) return [];
  if (!holdsNoStory(doc) && sharedShingles(shinglesOf(doc), shinglesOf(canonical)) >= minShared)
    return [];
  const reason = `not the story: this copy holds no text of it, which ${canonical.path} holds`;
  return doc.blocks.map((block) => ({ path: doc.path, text: asRead(block).text, reason }));
}
