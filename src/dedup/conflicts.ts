// The rules that keep two copies, or two groups of copies, apart however much text they share
// (the dedup stage's groupCopies asks them before each join): dates more than a day apart,
// figures that differ, short notices under different headlines, too little shared text, and
// members that do not read as one story.

import { figuresConflict, figuresOf, type FiguredCopy } from './figures.ts';
import { headlineKey, RESEND_MARK, sameHeadline } from './headlines.ts';
import { containment, sharedShingles } from './shingles.ts';
import { holdsNoStory, sameTellingHeadline } from './storyless.ts';
import type { PrintedStoryLimits } from './printed-story.ts';
import { contentWords, shareOfSmaller, sharedWordShare, wordCount } from '../text.ts';
import type { NormalizedDoc } from '../types.ts';

/**
 * Before two groups join, their members must still look like one story: a copy carrying two
 * stories (a page scraped with the next story glued on) contains both, but the two stories do not
 * contain each other. Members must share half their shingles or half their content words (a
 * copy of the story's start and one of its end share names and places, not sentences).
 */
export const MIN_MEMBER_CONTAINMENT = 0.5;
const MIN_MEMBER_WORD_SHARE = 0.5;
/** Members checked on each side when two groups join: large groups are mostly identical copies. */
const MEMBERS_CHECKED = 8;

export interface CopyProfile extends FiguredCopy {
  doc: NormalizedDoc;
  shingles: Uint32Array;
  words: number;
  contentWords: Set<string>;
  /** The headline without re-send marks, as copies compare it (headlineKey). */
  headline: string | null;
  /** Whether the copy holds no story (src/dedup/storyless.ts): its text tells nothing. */
  storyless: boolean;
  /**
   * The paths of the saved pages whose story a text copy printed outside its body (printsStory,
   * src/dedup/printed-story.ts).
   */
  printedPages: ReadonlySet<string>;
}

export function profile(
  doc: NormalizedDoc,
  shingles: Uint32Array,
  printedPages: ReadonlySet<string> = new Set(),
): CopyProfile {
  const text = bodyText(doc);
  const words = contentWords(text);
  return {
    doc,
    shingles,
    figures: figuresOf(text),
    text: () => bodyText(doc),
    words: wordCount(text),
    contentWords: words,
    headline: doc.title ? headlineKey(doc.title.replace(RESEND_MARK, '')) : null,
    storyless: holdsNoStory(doc, words),
    printedPages,
  };
}

export const bodyText = (doc: NormalizedDoc) => doc.blocks.map((b) => b.text).join(' ');

/**
 * Two explicit day dates more than a day apart are two stories, however alike: Reuters sends
 * "FED ADDS RESERVES VIA CUSTOMER REPURCHASES" every business day in nearly the same words. A
 * day's leeway covers a copy dated in another time zone. A text copy's day says nothing against
 * a saved page that declares its date (pageAndDump), nor against another text copy when one of
 * their groups holds such a page (`pageDated`): the page dates them both.
 */
function datesConflict(a: NormalizedDoc, b: NormalizedDoc, pageDated = false): boolean {
  if (pageAndDump(a, b) || (pageDated && a.format === 'text' && b.format === 'text')) return false;
  return daysApart(a, b) > 1;
}

/** Days between two copies' explicit day dates; 0 when either has none. */
export function daysApart(a: NormalizedDoc, b: NormalizedDoc): number {
  if (a.date?.precision !== 'day' || b.date?.precision !== 'day') return 0;
  return Math.abs(Date.parse(a.date.value) - Date.parse(b.date.value)) / 86_400_000;
}

/**
 * A saved page whose markup declares its date (ExtractedDate.markup) and a text copy: the declared
 * date is the story's, and the article's (buildArticle, src/stages/dedup.ts), while the day a dump
 * prints is often the page's last change or its copyright line (angelmagazin.de declares 2021-11-29
 * and prints its change of 12.01.2022; ad-magazin.de.wellness declares 2021-11-22, its dumps print
 * 2023-01-01; 4-1,043 days apart on the development pages, docs/figures.md stop 63). So the dump's
 * day does not keep it from its page. Its figures still count by the days printed
 * (figuresConflict): a day or more apart, every figure both tell must agree, which keeps a page
 * from another day's templated look-alike. Text copies alone (Reuters' daily look-alikes) and two
 * pages are dated as they print.
 */
function pageAndDump(a: NormalizedDoc, b: NormalizedDoc): boolean {
  return (declaresDate(a) && b.format === 'text') || (declaresDate(b) && a.format === 'text');
}

/** A saved page whose markup declares its date (see pageAndDump). */
export const declaresDate = (doc: NormalizedDoc) =>
  doc.format === 'html' && doc.date?.markup === true;

/** Below about 40 words a body is a notice ("Qtly div 10 cts vs 10 cts prior, pay April 1"). */
const SHORT_BODY_WORDS = 40;

/**
 * Short notices read the same for every company that files one: when such bodies come under
 * two headlines that share less than 60% of their words, the headlines tell the stories apart.
 */
function headlinesConflict(a: CopyProfile, b: CopyProfile): boolean {
  if (!a.doc.title || !b.doc.title) return false;
  // "UPDATE 1-INFINITE GRAPHICS ..." is the same headline corrected; "QUAKER OATS ... REGULAR
  // DIVIDEND" and "UNIBANCORP ... REGULAR DIVIDEND" share too few words to be.
  if (sharedWordShare(a.doc.title, b.doc.title) >= 0.6) return false;
  return Math.min(a.words, b.words) < SHORT_BODY_WORDS;
}

/**
 * Shingles two copies must share before their text alone can say they are one story: about a
 * 14-word sentence. Below it the shared text is a template's tail ("Pay March 31 / Record
 * March 16" ends every Franklin fund's dividend notice; a copy cut to those two lines contains
 * 2 shingles and matched all seven funds' notices), and only the same headline can tell.
 */
export const MIN_EVIDENCE_SHINGLES = 10;

/**
 * A dump printed its page's story (printsStory, src/dedup/printed-story.ts) when half the page's
 * body shingles are among its printed lines, a sentence at least: the members of a group must
 * share half anyway (MIN_MEMBER_CONTAINMENT). On the development pages built with their three
 * dumps (normalize's cache of the all-copies build), 111 pairs of a page body of 10 shingles or
 * more and a dump whose body shares under a sentence with it had 0.3 of the page or more among the
 * dump's printed lines, 109 of them half or more: every one a dump of that page. Where the bodies
 * share a sentence, not half, 155 of 185 such pairs were of different pages (Readability's
 * lorem ipsum test pages; docs/figures.md, stop 66). A shingle on more than 16 pages' bodies is a
 * template's (as HEADED_PAIRS' maxCopies, src/stages/dedup.ts).
 */
export const PRINTED_STORY: PrintedStoryLimits = {
  threshold: MIN_MEMBER_CONTAINMENT,
  minShared: MIN_EVIDENCE_SHINGLES,
  maxCopies: 16,
};

/**
 * Whether anything says two copies are different stories, however much text they share: their
 * dates, figures or headlines, or too little shared text under different headlines.
 */
function conflict(
  a: CopyProfile,
  b: CopyProfile,
  pageDated = false,
  pageParts: () => boolean = () => false,
  printer: (copy: CopyProfile) => boolean = () => false,
): boolean {
  if (datesConflict(a.doc, b.doc, pageDated)) return true;
  if (figuresConflict(a, b, daysApart(a.doc, b.doc))) return true;
  // Two parts of one page under different headlines: the headlines tell nothing (partsOfOnePage).
  // A short body under another headline still tells, unless it is an empty saved page's, or a
  // dump's that printed the page's story elsewhere (printer: its body is what the body finder
  // chose): short look-alike pages (Readability's lorem ipsum test pages) are kept apart by it.
  const untoldBody = emptyPage(a, b) || printer(a) || printer(b);
  if (headlinesConflict(a, b) && !(untoldBody && pageParts())) return true;
  const little = sharedShingles(a.shingles, b.shingles) < MIN_EVIDENCE_SHINGLES;
  return little && !sameHeadline(a, b) && !pageParts();
}

/**
 * Two copies under one telling headline that share less than a sentence and are not dated apart:
 * one of them holds another part of the page than the story (storylessPairs,
 * src/dedup/storyless.ts). Copies of different kinds (a saved page, a dump) always; two of one
 * kind (two dumps, one with the readers' comments and one with the story) only when the groups
 * are joined by such a pair (`untold`): bench:dedup's text copies join as before.
 */
function toldApart(x: CopyProfile, y: CopyProfile, untold: boolean): boolean {
  if ((!untold && x.doc.format === y.doc.format) || daysApart(x.doc, y.doc) > 1) return false;
  return sharedShingles(x.shingles, y.shingles) < MIN_EVIDENCE_SHINGLES;
}

/**
 * Two copies under one telling headline, not dated apart, joined with a saved page (`withPage`:
 * the joined groups hold one): each is the page, or a dump whose front end kept another part of
 * it, so sharing under half of their text (or nothing) does not make them unrelated stories; only
 * their dates and figures can tell (conflict). On the development pages built with their three
 * dumps, lokalo.de's page (190 shingles) is 0.95 inside its html2text dump, which also holds all
 * of the lynx and w3m dumps' other part of the page (0.15 of the page); INTERIA.PL's lynx dump
 * (its lead) and w3m dump (its body) share nothing and are both inside the page. Checked as
 * unrelated, such a group stayed two articles (docs/figures.md, stop 65). Text copies alone
 * (bench:dedup's BBC and Reuters look-alikes) are never joined so.
 */
function pagesParts(x: CopyProfile, y: CopyProfile, withPage: boolean): boolean {
  return withPage && daysApart(x.doc, y.doc) <= 1;
}

/**
 * Whether two copies not dated apart are both parts of one saved page among the joined groups'
 * members: each is the page, or a text copy that carries its telling headline, or shares half (of the smaller's
 * shingles, and a sentence at least: `inside`) with the page or with a member that carries the
 * page's headline (`pagePart`). A dump's front end may take a section's label or a menu line for
 * its headline ("Was du noch wissen solltest", "Vorbereiten", "User account menu") while its body
 * is the page's story, or a part of it another copy does not hold; the page (or its own dump
 * under its headline) vouches for it. So the pair is not unrelated, and its different headlines
 * over little shared text are no conflict; their dates and figures still decide (conflict). Text
 * copies alone (bench:dedup) are never joined so. On the development pages built with all four
 * copies, backen.de's lynx dump (0.88 inside the page) and w3m dump (the page's headline) share
 * nothing, and oetker.de's and reddit's near-empty pages stood apart from their dumps, one of
 * which carries the page's headline and holds all of the others (docs/figures.md, stop 65,
 * branch sp65c).
 */
function partsOfOnePage(x: CopyProfile, y: CopyProfile, members: CopyProfile[]): boolean {
  if (daysApart(x.doc, y.doc) > 1) return false;
  return members.some(
    (page) =>
      page.doc.format === 'html' && pagePart(page, x, members) && pagePart(page, y, members),
  );
}

/** One of two copies a saved page that holds no story (reddit's thread, its title only). */
const emptyPage = (a: CopyProfile, b: CopyProfile) =>
  (a.doc.format === 'html' && a.storyless) || (b.doc.format === 'html' && b.storyless);

/** The page itself, or a text copy of it; another saved page is another page. */
function pagePart(page: CopyProfile, copy: CopyProfile, members: CopyProfile[]): boolean {
  if (copy === page) return true;
  if (copy.doc.format !== 'text') return false;
  if (sameTellingHeadline(copy, page) || inside(copy, page) || storyPrinted(page, copy))
    return true;
  return members.some(
    (headed) => headed !== copy && sameTellingHeadline(headed, page) && inside(copy, headed),
  );
}

/**
 * A saved page and a text dump that printed the page's story outside its body (printsStory,
 * src/dedup/printed-story.ts: the body finder kept a footer or a sidebar): a part of the page
 * (pagePart) whatever its headline, and its short body under another headline is the body
 * finder's choice, not a notice's (conflict, headlinesConflict). Dates and figures still decide.
 */
function storyPrinted(page: CopyProfile, dump: CopyProfile): boolean {
  return page.doc.format === 'html' && dump.printedPages.has(page.doc.path);
}

/**
 * Half the smaller copy's shingles shared, and a sentence at least (MIN_EVIDENCE_SHINGLES): a
 * line of lorem ipsum (4 shingles) is inside every test page that prints it.
 */
function inside(copy: CopyProfile, holder: CopyProfile): boolean {
  const shared = sharedShingles(copy.shingles, holder.shingles);
  const smaller = Math.min(copy.shingles.length, holder.shingles.length);
  return shared >= MIN_EVIDENCE_SHINGLES && shared >= MIN_MEMBER_CONTAINMENT * smaller;
}

/**
 * Whether every member checked on one side could be a copy of the same story as every member on
 * the other: null when so, else why not. "unrelated" (they share little text or vocabulary) is
 * checked first: it is what a page carrying two stories shows, whatever their dates. `untoldPair`:
 * the groups are joined by a pair found by its headline alone (storylessPairs; see toldApart).
 */
export function groupsDiffer(
  left: CopyProfile[],
  right: CopyProfile[],
  pageDated: boolean,
  untoldPair = false,
): 'unrelated' | 'conflicting' | null {
  const conflicts: [CopyProfile, CopyProfile][] = [];
  let settled = false;
  const checkedLeft = left.slice(0, MEMBERS_CHECKED);
  const checkedRight = right.slice(0, MEMBERS_CHECKED);
  const members = [...checkedLeft, ...checkedRight];
  const withPage = members.some((p) => p.doc.format === 'html');
  const printer = (copy: CopyProfile) =>
    withPage && members.some((page) => storyPrinted(page, copy));
  for (const x of checkedLeft) {
    for (const y of checkedRight) {
      // A copy that holds no story shares no text with the story under its headline, nor does a
      // dump whose front end chose another part of the page (storylessPairs): only the headline,
      // dates and figures can tell (conflict).
      const untold =
        sameTellingHeadline(x, y) &&
        (x.storyless || y.storyless || toldApart(x, y, untoldPair) || pagesParts(x, y, withPage));
      // Asked only where the pair would otherwise be unrelated or too little alike.
      const pageParts = () => withPage && partsOfOnePage(x, y, members);
      if (
        !untold &&
        containment(x.shingles, y.shingles) < MIN_MEMBER_CONTAINMENT &&
        shareOfSmaller(x.contentWords, y.contentWords) < MIN_MEMBER_WORD_SHARE &&
        !pageParts()
      ) {
        return 'unrelated';
      }
      // Only a page and its dump can be vouched for (vouchedFor): any other conflict settles it.
      if (!settled && conflict(x, y, pageDated, pageParts, printer)) {
        if (pageAndDump(x.doc, y.doc)) conflicts.push([x, y]);
        else settled = true;
      }
    }
  }
  if (settled) return 'conflicting';
  const vouched = conflicts.every(([x, y]) => vouchedFor(x, y, members, pageDated));
  return vouched ? null : 'conflicting';
}

/**
 * Whether a saved page that declares its date and a text dump that conflict (by their figures:
 * their days never count, pageAndDump) are one story by a third copy of the joined groups that
 * agrees with both. What a dump gets wrong is its own: the day it prints is often the page's last
 * change (eltiempo.com prints its update day, a day after the page's declared one, and a day or
 * more apart every figure must agree), and its front end may keep a sidebar's or a footer's
 * figures in the story's words. Another dump of the page that tells the page's figures, and the
 * dump's own, vouches for both. A look-alike of another day has no such copy: a dump of the page
 * tells the page's figures, which the look-alike tells differently. Text copies alone (Reuters'
 * daily look-alikes, bench:dedup) are never vouched for. On the development pages built with all
 * four copies this joined the copies of 3 more pages, and a dump more of a fourth: split
 * pages 90 -> 87 of 1,014, bench:dedup the same (acpjournals.org: its dumps print a day 35 days
 * from the page's declared one, and the w3m dump's figures differ from the page's while the lynx
 * dump's agree with both; docs/figures.md, stop 64, branch sp64b).
 */
function vouchedFor(
  x: CopyProfile,
  y: CopyProfile,
  members: CopyProfile[],
  pageDated: boolean,
): boolean {
  return members.some(
    (w) => w !== x && w !== y && !conflict(w, x, pageDated) && !conflict(w, y, pageDated),
  );
}
