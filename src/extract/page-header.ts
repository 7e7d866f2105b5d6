// Metadata reader for full-page dumps: the header, the headline (src/normalize/headline.ts) and
// the lines from it to the story, where the byline and the dateline stand. Read on the whole
// page, lines the body finder cut included: it keeps only a few lines above the story, and the
// headline and dateline are often further up. The dump's headline revisions, asked in the order
// of DUMP_HEADLINE_REVISIONS below, are in src/extract/headline-revisions/ by family.

import {
  pageCommentsStart,
  firstBlockStart,
  galleryTitle,
  headingLevel,
  isListItem,
  isPageFurniture,
  pickHeadline,
  storiesUnderBylines,
  standfirstStarts,
  storyStart,
  storyStartFrom,
  stripHeadingMarks,
  tellsOf,
  textBlocks,
  TRAIL_SCORE,
  type Headline,
  type PageIndex,
  type TextBlock,
} from '../normalize/headline.ts';
import { lineRuns, type Line } from '../normalize/paragraphs.ts';
import { dumpDateKind, findDateSpan } from '../normalize/dates.ts';
import { wordCount } from '../text.ts';
import { archiveToolbarLast } from './archive-toolbar.ts';
import { opensWithDateline } from './shape.ts';
import { storiesAboveComments, storyPastNotice } from './comment-marks.ts';
import { cookiePolicies, storyPastPolicy } from './policy-blocks.ts';
import { storyAboveAuthorBox } from './author-box.ts';
import { storyPastGallery } from './gallery-run.ts';
import { storyPastTeasers } from './teaser-run.ts';
import {
  withoutFeedTitleRest,
  withoutGluedKicker,
  withoutPrintedKicker,
  withoutSeparatedKicker,
  withoutColonGluedKicker,
  withoutLabelKicker,
  withoutSideColumn,
  withoutSwappedKicker,
  withoutEmptyLabels,
} from './kicker.ts';
import type { LabelledRemoval } from './labels.ts';
import { HEAD_LINES, remove, type ExtractState, type PageHeader } from './state.ts';
import { type Found, indexOf, sameText, printKey } from './headline-revisions/found.ts';
import { titleShaped, twoLongWords } from './headline-revisions/line-marks.ts';
import { longerTitleUnderTrail } from './headline-revisions/trail-end-longer.ts';
import { fullerTitleUnder, longerTitleUnder } from './headline-revisions/kicker-lines.ts';
import { isDateline } from './headline-revisions/titles-over-datelines.ts';
import {
  titleOverDateline,
  plainTitleOverDateline,
  titleOverLine,
} from './headline-revisions/titles-over-datelines.ts';
import {
  trailEndTitle,
  trailEndBeside,
  trailEndOverTitle,
  titleAfterTruncatedTrail,
} from './headline-revisions/trail-ends.ts';
import { toldOverTeaser } from './headline-revisions/teasers.ts';
import { titleOverStoryDateline } from './headline-revisions/header-lines.ts';
import {
  titleEchoedByFigure,
  titleOverCaption,
  titleUnderCaption,
} from './headline-revisions/captions.ts';
import { titleAtStart, titleOverItsEcho } from './headline-revisions/title-at-start.ts';
import { titleAtHeaderTop, titleOverRankedList } from './headline-revisions/header-top.ts';
import { titleOverFirstParagraph } from './headline-revisions/subheadings.ts';
import {
  titleOverEchoedSubtitle,
  titleOverSectionHeadings,
  titleUnderCategories,
  titlePrintedOverSubtitle,
  titleTeasedOverSubtitle,
} from './headline-revisions/subheading-run.ts';
import { toldTitleUnder, toldTitleUnderDateline } from './headline-revisions/title-under.ts';
import { titleInTableCell } from './headline-revisions/table-cells.ts';
import {
  gluedDateLine,
  quotedTitleOverDateline,
  titleAfterGluedDate,
  titleBetweenDateAndByline,
  titleNamedWithSubtitle,
  titleOverIntroducedQuote,
  titleUnderCreditedCaption,
  titleUnderDoubledLabel,
} from './headline-revisions/story-header.ts';
import {
  longerTitleOver,
  titleBesideQuote,
  titleOverShareBar,
} from './headline-revisions/told-titles.ts';
import {
  nameOverMenu,
  nameOverDatedTitle,
  titleUnderTitleTag,
} from './headline-revisions/site-names.ts';
import { withoutChromeHeadline } from './headline-revisions/chrome-guard.ts';
import { titleOverWikiTagline } from './headline-revisions/wiki-tagline.ts';
import { isSiteChrome } from '../normalize/site-chrome.ts';
import { BULLET_MARKS } from '../normalize/headline/page-furniture.ts';
import { withPrintedLetters } from './unified-letters.ts';
import {
  headlineWhereNone,
  FIRST_BLOCK_HEADLINE_LINES,
} from './headline-revisions/headline-where-none.ts';

/** More open lines than this above the story make a file a full-page dump (menus first). */
const DUMP_PREAMBLE = HEAD_LINES;
/** Menu items, UI text or form fields above the story that make a file with no cut a dump. */
const DUMP_MARKS = 3;
/** In a dump, the author's name may stand this many lines above the headline (Medium: 13). */
const NAME_ABOVE_LINES = 16;
/** In a dump, metadata are read from the headline down to this many lines into the story. */
const STORY_META_LINES = 6;

/** A revision of what was found on a page read as a dump: `found` given back, or a better one. */
type DumpHeadlineRevision = <T extends Found>(page: Line[], found: T) => T;

/**
 * The revisions of a dump's headline, in the order they are asked, each seeing what the ones
 * before it gave (docs/figures.md, stops 41 and 42, says what each won and lost).
 */
const DUMP_HEADLINE_REVISIONS: DumpHeadlineRevision[] = [
  headlineWhereNone,
  toldTitleUnderDateline,
  trailEndTitle,
  titleOverDateline,
  plainTitleOverDateline,
  titleOverLine,
  longerTitleOver,
  nameOverMenu,
  titleBesideQuote,
  trailEndBeside,
  titleOverShareBar,
  nameOverDatedTitle,
  toldOverTeaser,
  titleOverStoryDateline,
  titleOverCaption,
  titleUnderCaption,
  titleEchoedByFigure,
  titleAtStart,
  titleOverItsEcho,
  titleAtHeaderTop,
  titleOverRankedList,
  titleOverFirstParagraph,
  titleOverSectionHeadings,
  titleUnderCategories,
  titleOverEchoedSubtitle,
  titlePrintedOverSubtitle,
  titleTeasedOverSubtitle,
  longerTitleUnder,
  longerTitleUnderTrail,
  fullerTitleUnder,
  toldTitleUnder,
  trailEndOverTitle,
  titleAfterTruncatedTrail,
  titleInTableCell,
  titleAfterGluedDate,
  quotedTitleOverDateline,
  titleUnderCreditedCaption,
  titleNamedWithSubtitle,
  titleBetweenDateAndByline,
  titleUnderDoubledLabel,
  titleOverIntroducedQuote,
  titleOverWikiTagline,
  titleUnderTitleTag,
];

/**
 * What readPageHeader weighed for a dump's headline: the printed page, the scorer's story and
 * headline, what each of DUMP_HEADLINE_REVISIONS gave (in their order, named), and the rules'
 * final choice. Read by bench/headlines (the learned re-ranker's experiment, docs/figures.md stop
 * 46); never by the build.
 */
export interface DumpHeadlineTrace {
  page: Line[];
  weighed: Found;
  revisions: { name: string; found: Found }[];
  found: Found;
}

/** Sees a dump's trace; a headline returned (a candidate of the trace) is taken in its place. */
export type DumpHeadlineObserver = (trace: DumpHeadlineTrace) => Headline | null | undefined;

let observer: DumpHeadlineObserver | null = null;

/** Sets (or with null clears) the one observer of the dumps' headline choices: bench only. */
export function observeDumpHeadlines(next: DumpHeadlineObserver | null): void {
  observer = next;
}

/** DUMP_HEADLINE_REVISIONS asked as readPageHeader asks them, each answer kept for `see`. */
function observedRevisions(page: Line[], weighed: Found, see: DumpHeadlineObserver): Found {
  const revisions: DumpHeadlineTrace['revisions'] = [];
  let found = weighed;
  for (const revise of DUMP_HEADLINE_REVISIONS) {
    found = withoutChromeHeadline(found, revise(page, found));
    revisions.push({ name: revise.name, found });
  }
  const taken = see({ page, weighed, revisions, found });
  return taken === undefined ? found : { ...found, headline: taken };
}

/**
 * The weighed headline and story through DUMP_HEADLINE_REVISIONS, in order (with the bench's
 * observer, if one is set). A revision's headline that reads as site chrome is refused
 * (withoutChromeHeadline).
 */
function revisedHeadline(page: Line[], weighed: Found): Found {
  if (observer !== null) return observedRevisions(page, weighed, observer);
  return DUMP_HEADLINE_REVISIONS.reduce(
    (was, revise) => withoutChromeHeadline(was, revise(page, was)),
    weighed,
  );
}

/**
 * Sets state.page, or leaves it null for a file that is no dump (the body finder cut nothing
 * and the story starts within the first HEAD_LINES lines): a clean article file is read from
 * its first and last lines. Header lines already taken away (by the body finder, or BBC's
 * "• 24 July 2015" as a list of links) are given back to be read again; those not read as
 * metadata are taken away again afterwards (giveBackUnread).
 */
export function readPageHeader(state: ExtractState): void {
  const { lines, used, removed } = state;
  const cut = new Map(removed.filter((r) => r.label === 'outside-article').map((r) => [r.line, r]));
  const printed = printedLines(lines, cut);
  // The Wayback Machine's toolbar puts its collection's sentences in the story's place and
  // "Previous capture 10 Next capture" in the headline's: the page starts under it.
  const toolbar = archiveToolbarLast(printed);
  const page = printed.slice(toolbar ? printed.indexOf(toolbar) + 1 : 0);
  const stories = storyLines(page, cut);
  // A clean file whose answer no headline can change is read as one without weighing them.
  if (cut.size === 0 && noHeadlineMakesDump(page, stories)) return;
  const weighed = soleH1Under(page, galleryHeadline(page, storyAndHeadline(page, stories)));
  if (!weighed || !isDump(page, cut, weighed.story, weighed.headline)) return;
  // Only on a page read as a dump: a clean file's top is its title (isDump).
  const found = revisedHeadline(page, weighed);
  let story = found.story;
  const picked = found.headline;
  // The headline may be the line the story was found to start at (pickHeadline).
  if (picked && picked.last >= story && picked.last + 1 < page.length) story = picked.last + 1;
  const headline = picked ? page.slice(picked.first, picked.last + 1) : [];
  const first = headline.at(-1)?.n ?? (page[Math.max(0, story - HEAD_LINES)] as Line).n;
  const last = (page[Math.min(page.length - 1, story + STORY_META_LINES)] as Line).n;
  const head = [
    ...(picked ? underFirstPrint(page, picked) : []),
    ...page.filter((l) => l.n > first && l.n <= last),
  ];
  const reread = giveBack(state, headline, head);
  state.page = {
    headline: picked
      ? {
          lines: headline,
          text: withPrintedLetters(
            withoutKickers(withoutBullet(picked.text), page, headline),
            page,
          ),
        }
      : null,
    above: picked ? page.slice(Math.max(0, picked.first - NAME_ABOVE_LINES), picked.first) : [],
    head: head.filter((l) => !used.has(l.n)),
    bodyStart: (page[story] as Line).n,
    reread,
    printed,
  } satisfies PageHeader;
  if (picked) readGluedDate(state, page, picked);
}

/**
 * The day glued in front of a headline titleAfterGluedDate took (bafa's "27.01.2022MineralölINFO
 * ..."): the header's dateline, read as readHeaderLines read the line while it was no headline
 * (the headline's lines are taken before the header's are read).
 */
function readGluedDate(state: ExtractState, page: Line[], picked: Headline): void {
  const line = gluedDateLine(page, picked);
  const span = line ? findDateSpan(line.text) : null;
  if (!line || span?.precision !== 'day') return;
  const date = { value: span.value, precision: span.precision, from: line.text.trim() };
  state.meta.dates.push({ date, kind: dumpDateKind(line.text, span.span) });
}

/**
 * The headline's text less a list's bullet opening it: a post's title set as a list's item
 * (nestedPostTitleAt, fouryears.eu's "• Interning of Small Integers in Python" in w3m). No title
 * opens on a bullet.
 */
function withoutBullet(text: string): string {
  return text.replace(OPENING_BULLET, '');
}

/**
 * A list's bullet before a letter: BULLET_MARKS alone, no hyphen or "»"; with html2text's
 * heading marks after it when a title is a heading inside a list item ("  * ## title").
 */
const OPENING_BULLET = new RegExp(String.raw`^\s*[${BULLET_MARKS}]\s+(?:#{1,6}\s+)?(?=\p{L})`, 'u');

/**
 * The page's lines that print something, those the body finder cut (`cut`, by line number) as
 * printed: a cut line's indentation is kept, lynx's headings standing at the margin under
 * indented lines, and the lines around a title are often cut (lynxHeadingBonus).
 */
function printedLines(lines: Line[], cut: Map<number, LabelledRemoval>): Line[] {
  const printed: Line[] = [];
  for (const l of lines) {
    const removal = cut.get(l.n);
    const text = removal?.print ?? removal?.text ?? l.text;
    if (text.trim()) printed.push({ n: l.n, text });
  }
  return printed;
}

/**
 * The headline's text less the kickers and rests the dump shows are no part of it, in this order
 * (src/extract/kicker.ts): screen readers' labels left empty after it, a side column w3m prints
 * beside it, a kicker glued in front whose end the page shows, one printed again on a line of its
 * own, a standfirst a comments feed's title leaves off, a kicker set off by a spaced colon or
 * dash, one glued by a colon set against the title, a section's label the page glues on another
 * text too, one the page prints again on the title's other side.
 */
function withoutKickers(text: string, page: Line[], headline: Line[]): string {
  const beside = withoutSideColumn(withoutEmptyLabels(text), page, headline);
  const unglued = withoutGluedKicker(beside, page, headline);
  const separated = withoutSeparatedKicker(
    withoutFeedTitleRest(withoutPrintedKicker(unglued, page, headline), page),
  );
  const labelled = withoutLabelKicker(withoutColonGluedKicker(separated), page, headline);
  return withoutSwappedKicker(labelled, page, headline);
}

/**
 * The story's first line and the headline above it. Where the body finder cut the page, the
 * story is looked for on the whole page and from the first line the finder kept; the one whose
 * headline scores higher stands, a lower one only by a margin (higherStory). On Readability's
 * pages the first kept line stands at or above the headline on every page that prints one, while
 * the story found on the whole page may be a teaser or a box of the site above it (webmd's "Talk
 * to health experts ... in WebMD's Communities", tmz's list of other stories); but the finder may
 * also keep only a later part of a long page (toc-missing's tables), whose "headline" is a
 * subheading.
 */
function storyAndHeadline(
  page: Line[],
  { counts, stories, form, first }: StoryLines,
): { story: number; headline: Headline | null } | null {
  const index = indexOf(page);
  const aboveForm = stories.filter((story) => form === null || story <= form);
  const candidates = (aboveForm.length > 0 ? aboveForm : stories).map((story) => ({
    story,
    headline: pickHeadline(page, story, index),
  }));
  const found = higherStory(page, candidates);
  if (
    !found?.headline ||
    first === null ||
    stories.includes(first) ||
    (form !== null && first > form) ||
    // A gallery's captions are no story (storyPastGallery), the first block or any other.
    storyPastGallery(page, counts, first) !== first
  )
    return standfirstHeadline(page, found, index);
  const short = higherStory(page, [
    ...candidates,
    { story: first, headline: pickHeadline(page, first, index) },
  ]);
  return short?.story === first &&
    short.headline &&
    first - short.headline.last <= FIRST_BLOCK_HEADLINE_LINES &&
    !sameText(short.headline, found.headline)
    ? short
    : standfirstHeadline(page, found, index);
}

/**
 * What storyAndHeadline reads of a page before it weighs a headline: the lines' word counts (the
 * same for every story, computed once, as are the page's blocks of text the story readers go
 * through), the lines where a story may start (candidateStories), the comment form's line and the
 * first block of a story's size.
 * Every story storyAndHeadline returns is one of `stories` or `first`.
 */
interface StoryLines {
  counts: number[];
  stories: number[];
  /** A story found under a comment form is the comments' (storyStart), when another stands above. */
  form: number | null;
  /**
   * The first block of a story's minimum size, when it is none of those: weighed against them,
   * it is taken for the headline it brings, not for another start under the same headline (the
   * body reader's header lines would move).
   */
  first: number | null;
}

function storyLines(page: Line[], cut: Map<number, unknown>): StoryLines {
  const counts = page.map((line) => wordCount(line.text));
  const blocks = textBlocks(page, counts);
  const first = firstBlockStart(page, counts, blocks);
  return {
    counts,
    stories: [
      ...new Set(candidateStories(page, counts, blocks, cut).map((s) => storyAtDateline(page, s))),
    ],
    form: pageCommentsStart(page),
    first: first === null ? null : storyAtDateline(page, first),
  };
}

/**
 * Lines at most from a story found up to a news agency's dateline over it. A results story's
 * table ("Oper shr 1.24 dlrs vs 1.55 dlrs", "Revs 3.12 billion vs 2.74 billion", "Year", ...)
 * is no text, so the story was found at the note under it. Of 338 such documents of the
 * 100,000-article bench (normalized on their own), a reach of 6 lines finds the dateline of 69,
 * 10 lines of 330, 14 of all (stop 52); 16 leaves a longer table some room.
 */
const DATELINE_REACH = 16;

/**
 * The story starts at a line opening with a news agency's dateline (opensWithDateline: "NEW
 * YORK, March 12 - Oper shr 1.24 dlrs vs 1.55 dlrs") just over the story found: the wire's first
 * paragraph opens the story, whatever stands between. Without it the headline was read off the
 * table's last line and the lines over it cut as page chrome (cutAboveHeadline): 346 documents
 * of the 100,000-article bench lost their dateline line as "page navigation" (stop 51).
 */
function storyAtDateline(page: Line[], story: number): number {
  for (let i = story - 1; i >= Math.max(0, story - DATELINE_REACH); i--) {
    if (opensWithDateline((page[i] as Line).text)) return i;
  }
  return story;
}

/**
 * The lines where a story may start, each once: from the first line the body finder kept, on
 * the whole page, and under each byline (storiesUnderBylines); each moved past a notice run into
 * the post (storyPastNotice), a cookie policy (storyPastPolicy), an author box
 * (storyAboveAuthorBox), a list of dated teasers (storyPastTeasers) and a gallery's captions
 * (storyPastGallery), and those under the first comment mark dropped when one stands above it
 * (storiesAboveComments).
 */
function candidateStories(
  page: Line[],
  counts: number[],
  blocks: TextBlock[],
  cut: Map<number, unknown>,
): number[] {
  const whole = storyStart(page, counts, blocks);
  const kept = cut.size > 0 ? page.findIndex((l) => !cut.has(l.n)) : -1;
  const fromKept = kept > 0 ? storyStartFrom(page, counts, kept) : null;
  const found = new Set([
    fromKept === null ? null : kept + fromKept,
    whole,
    ...storiesUnderBylines(page, counts, blocks),
  ]);
  const policies = cookiePolicies(page, counts, blocks);
  return storiesAboveComments(
    page,
    counts,
    [...found]
      .filter((story) => story !== null)
      .map((story) => storyPastPolicy(page, counts, policies, storyPastNotice(page, counts, story)))
      .map((story) => storyAboveAuthorBox(page, counts, blocks, story))
      .map((story) => storyPastTeasers(page, counts, story))
      .map((story) => storyPastGallery(page, counts, story)),
  );
}

/**
 * The headline over a standfirst above the story found (standfirstStarts), where the one found
 * stands lower than that standfirst or none was: right over it (STANDFIRST_HEADLINE_LINES) and
 * sharing two long words with it, as a headline and its standfirst do. The story stays where it
 * was found. The first such standfirst from the top stands.
 */
function standfirstHeadline<T extends Found>(
  page: Line[],
  found: T | null,
  index: PageIndex,
): T | null {
  if (!found) return found;
  // A headline whose words come back in the story is the story's, wherever it stands, and so is
  // the last item of the page's breadcrumb trail (TRAIL_SCORE: zoll.de's "Verkündung des
  // Tabaksteuermodernisierungsgesetzes" over a law's text that names it only in its title). A
  // headline of fewer than two long words cannot be told by the story (chip.de's "BestCrypt"
  // in html2text, lost without this), and one that outscores the standfirst's by
  // STANDFIRST_MARGIN stands on its own cues (Readability's aclu in html2text: "Facebook Is
  // Tracking Me ..." at 12.35, over a menu's "See all Know Your Rights" at 4.45).
  const { story, headline: was } = found;
  if (
    was &&
    (was.score >= TRAIL_SCORE ||
      !twoLongWords(was.text) ||
      tellsOf(page, Math.max(story, was.last + 1), was.text, index))
  ) {
    return found;
  }
  for (const start of standfirstStarts(page, story, index)) {
    if (was && was.first <= start) return found;
    const headline = pickHeadline(page, start, index);
    if (
      headline &&
      headline.last < start &&
      start - headline.last <= STANDFIRST_HEADLINE_LINES &&
      (was === null || was.score - headline.score < STANDFIRST_MARGIN) &&
      tellsOf(page, start, headline.text, index)
    ) {
      return { ...found, headline };
    }
  }
  return found;
}

/**
 * The title a picture gallery prints in a row above the story found (galleryTitle) is the
 * headline, over the one found unless that is the breadcrumb trail's last item (TRAIL_SCORE), the
 * same text, or a line over the gallery that the story tells (tellsOf). The story stays where it
 * was found: a product's reviews, a recipe's steps. On trafilatura's pages (docs/figures.md, stop
 * 40): w3m +3 -0, lynx +2 -0, html2text +0 -0; a run of two prints in place of three (and no
 * tellsOf test) won w3m +4 -17 and lost 9 of Readability's headlines (a logo's, a menu's or a
 * teaser's line printed twice).
 */
function galleryHeadline<T extends Found>(page: Line[], found: T | null): T | null {
  if (!found) return found;
  const { story, headline: was } = found;
  if (was && was.score >= TRAIL_SCORE) return found;
  // The cheap scan first: most pages print no line three times in a row above their story.
  const gallery = galleryTitle(page, story);
  if (!gallery || (was && sameText(was, gallery))) return found;
  // A line of chrome printed in a row is no gallery's title: a server's notice printed for each
  // of a plugin's calls (colours-of-the-soul in html2text: "Strict Standards : Only variables
  // should be passed by reference in /www/... on line 785").
  if (isSiteChrome(stripHeadingMarks(gallery.text))) return found;
  // A headline the story tells stands where it is over the gallery: the gallery is then a
  // picture's caption under it. Under a gallery, it is a review's or a step's heading (zooroyal's
  // "Super Artikel! Unsere Meerschweinchen fühlen sich sehr wohl darin" in the reviews read as the
  // story, which tell its words).
  if (
    was &&
    was.first < gallery.first &&
    tellsOf(page, Math.max(story, was.last + 1), was.text, indexOf(page))
  ) {
    return found;
  }
  return { ...found, headline: gallery };
}

/**
 * An html2text heading printed under the story's start is the headline where the story was
 * found too high, at a menu's, a sidebar's or a teaser box's text in sentences: ekbo's mega menu
 * 180 lines over "# Wort des Bischofs: ...", sass-ag's teasers over its home page's one <h1>. It
 * is the page's first <h1> under the story (none stands over it but a logo's on the file's first
 * lines), or a "## " heading right under the story's start (H2_UNDER_STORY); and the headline is
 * what pickHeadline takes for a story starting right under it, when that is the heading itself.
 * readPageHeader then reads the story from under it. Where a headline was found, only when that
 * says nothing of the story (untoldHeadline) and the <h1> is the only one under the story (a
 * sidebar's boxes print several). On trafilatura's pages in html2text +5 -0 (docs/figures.md,
 * stop 40, branch hl40c); w3m and lynx print no "#" marks.
 */
function soleH1Under<T extends Found>(page: Line[], found: T | null): T | null {
  if (!found) return found;
  const { story, headline: was } = found;
  let h1 = -1;
  for (let k = 0; k < page.length; k++) {
    const text = (page[k] as Line).text;
    // The cheap test first: most lines of most dumps open on no "#".
    if (!text.startsWith('#')) continue;
    const level = headingLevel(text);
    // A logo's <h1> on the file's first lines (headline.ts SOLE_H1_FROM) is no headline.
    if (level === 1 && k <= story && (page[k] as Line).n >= LOGO_H1_LINES) return found;
    if (k > story && (level === 1 || (level === 2 && k - story <= H2_UNDER_STORY))) {
      h1 = k;
      break;
    }
  }
  if (h1 < 0 || h1 + 1 >= page.length) return found;
  // Over a headline found, only the page's one <h1> under the story: not a "## " heading.
  if (was && (headingLevel((page[h1] as Line).text) !== 1 || laterH1(page, h1))) return found;
  const index = indexOf(page);
  if (was && !untoldHeadline(page, story, was, index)) return found;
  const headline = pickHeadline(page, h1 + 1, index);
  return headline && headline.first <= h1 && h1 <= headline.last ? { ...found, headline } : found;
}

/**
 * A headline found that says nothing of the story (as standfirstHeadline reads it): not the
 * trail's last item, two long words or more, and not told by the story.
 */
function untoldHeadline(page: Line[], story: number, was: Headline, index: PageIndex): boolean {
  return (
    was.score < TRAIL_SCORE &&
    twoLongWords(was.text) &&
    !tellsOf(page, Math.max(story, was.last + 1), was.text, index)
  );
}

/** Another <h1> stands under line `h1`. */
function laterH1(page: Line[], h1: number): boolean {
  for (let k = h1 + 1; k < page.length; k++) {
    if (headingLevel((page[k] as Line).text) === 1) return true;
  }
  return false;
}

/** A site's logo is printed as an <h1> on the file's first lines (headline.ts SOLE_H1_FROM). */
const LOGO_H1_LINES = 6;

/** A "## " heading this many lines under the story's start is its headline (soleH1Under). */
const H2_UNDER_STORY = 4;

/** Lines between a standfirst and the headline over it, at most (a dateline, a byline). */
const STANDFIRST_HEADLINE_LINES = 3;

/**
 * What the headline found may outscore the standfirst's by and still give way: on trafilatura's
 * pages the won ones lost by up to 2.35 (propellets.at's "Sozialwissenschaftliche Analyse von 6
 * Fallstudien" at 6.8 over "Soziale Energie" at 4.45), the lost ones won by 5.55 and more
 * (chip.de, aclu); paginasiete.bo's "Autor sin foto cargada" (11.3 over 4.45) stays lost.
 */
const STANDFIRST_MARGIN = 5;

/**
 * A story lower on the page takes the page's headline from one above it only when its headline
 * scores at least this much more: one of scoreCandidate's cues (a byline, a date, the story right
 * under it). The lower one is often a box under the article whose heading stands right over its
 * text (a cookie notice's "Wie wir Cookies verwenden", a comment form's prompt, a teaser), while
 * the article's headline stands a few lines higher, over a picture or its byline and date, and so
 * scores a little less (trafilatura's pages: battery-news, arteradio, hearya, zdf, ad-magazin
 * lose by 0 to 0.95).
 */
const LOWER_STORY_MARGIN = 1;

/**
 * The candidate story whose headline scores best, taken from the top of the page down: a lower
 * one must outscore the one above it by LOWER_STORY_MARGIN, or merely outscore it where that
 * one's headline heads a list, the label of a box of links over a teaser (WebMD's "Featured
 * Topics" over "Health concern on your mind?" in lynx, 0.6 under the article's headline:
 * Readability's webmd-1 and -2), or where the lower one's headline stands at or above the
 * higher story's first line: the same article found from two lines (guardian-1 in lynx: the
 * story found at its long headline, under the series' name "Seascape: the state of our oceans").
 */
function higherStory<T extends Found>(page: Line[], candidates: T[]): T | null {
  let best: (T & { headline: Headline }) | null = null;
  for (const c of [...candidates].sort((a, b) => a.story - b.story)) {
    if (!hasHeadline(c)) continue;
    // Scores are sums of tenths and twentieths: compared in hundredths, not as floats.
    const lead = Math.round((c.headline.score - (best?.headline.score ?? 0)) * 100);
    const wins =
      best && c.headline.first > best.story && !headsList(page, best.headline)
        ? lead >= LOWER_STORY_MARGIN * 100 && !formUnder(page, c.headline, c.story)
        : lead > 0;
    if (!best || wins) best = c;
  }
  // No headline anywhere: the first candidate (the body finder's story) stands.
  return best ?? candidates[0] ?? null;
}

/**
 * A form's text field stands between a lower story's headline and its text: the headline is one
 * of the form's messages and the story its prompts, not an article under the one found higher.
 * zdf's login and sign-up boxes under its article in lynx ("Bitte gib dein Einverständnis." among
 * the sign-up form's error messages, three "____" fields under it, over "Hinweis: Das
 * bestehende Passwort muss ..."), whose headline outscored the article's by 1.75.
 */
function formUnder(page: Line[], headline: Headline, story: number): boolean {
  for (let k = headline.last + 1; k < story; k++) {
    if (TEXT_FIELD.test((page[k] as Line).text)) return true;
  }
  return false;
}

/** A line that is only a form's text field: w3m prints "[          ]", lynx "__________". */
const TEXT_FIELD = /^\s*(?:\[ {3,}\]|_{8,40})\s*$/;

function hasHeadline<T extends { headline: Headline | null }>(
  c: T,
): c is T & { headline: Headline } {
  return c.headline !== null;
}

/** The headline's next line is a list item (lynx marks nested items with "+"). */
function headsList(page: Line[], headline: Headline): boolean {
  const next = page[headline.last + 1]?.text ?? '';
  return isListItem(next) || /^\s*\+\s+\S/.test(next);
}

/**
 * A dump is what the body finder cut, or a long preamble with the dumping tools' marks. Where
 * it cut only below a story that starts within the first lines, and no headline stands above
 * that story, the file's top is an article's, read as a clean file is (dev418's horizontal
 * rules between its sections in lynx: its first line, "Readability Test", is the title). Nor
 * where a headline of a title's weight stands under the file's first line (headlineUnderTop).
 */
function isDump(
  page: Line[],
  cut: Map<number, unknown>,
  story: number,
  headline: Headline | null,
): boolean {
  const long = story > DUMP_PREAMBLE;
  if (cut.size === 0) {
    return (
      (long && isMarked(page, story)) ||
      isH1Headline(page, headline) ||
      headlineUnderTop(page, headline)
    );
  }
  return long || headline !== null || page.slice(0, story).some((l) => cut.has(l.n));
}

/**
 * A file the body finder cut nothing of, which isDump reads as no dump whatever headline and
 * story storyAndHeadline weigh, so that none is weighed (on clean generated text, scoring every
 * story's candidates was over half of a file's normalize CPU, only for isDump to drop the
 * score; docs/figures.md, stop 50, sp50a). Each of isDump's three tests fails for every
 * headline and every story it could be given:
 * - a long preamble with the tools' marks: no story lies past DUMP_PREAMBLE, or the lines over
 *   the lowest (every story storyAndHeadline returns is one of `stories` or `first`) hold fewer
 *   than DUMP_MARKS (isMarked counts up to the story: what fails for the lowest fails for all);
 * - an html2text <h1> for headline: no line opens on "# ";
 * - headlineUnderTop: a date on one of the file's first TOP_HEADLINE_LINE lines stands over any
 *   headline under them (datedOver), and no line of the page is chrome (chromeOver): a clean
 *   article headed by its dateline (a wire story's "19-JUN-1987 05:13:39.20").
 */
function noHeadlineMakesDump(page: Line[], { stories, first }: StoryLines): boolean {
  const lowest = Math.max(first ?? -1, ...stories);
  if (lowest > DUMP_PREAMBLE && isMarked(page, lowest)) return false;
  if (page.some((line) => line.text.startsWith('# '))) return false;
  return (
    page.slice(0, TOP_HEADLINE_LINE).some((line) => findDateSpan(line.text, true) !== null) &&
    !page.some((line) => isSiteChrome(line.text.trim()))
  );
}

/**
 * A headline of a title's weight (TOP_HEADLINE_SCORE) picked under the file's first line: what
 * stands over it is the site's, its name and motto, logo or menu ("Columbus entdeckt" / "Die
 * besten Reisegeschichten" over "Ski-Fahren auf den Spuren des Trolls", "IT4Kids Logo" and its
 * menu, "jan-grosser.de" / "cat /dev/brain/ideas >> blog", schneems' author blurb), and the file
 * is a page's dump even where its story starts on its first lines and nothing was cut. Read as a
 * clean file's top, the first of those lines was its title. The headline stays as picked.
 */
function headlineUnderTop(page: Line[], headline: Headline | null): boolean {
  return (
    headline !== null &&
    headline.first >= TOP_HEADLINE_LINE &&
    headline.score >= TOP_HEADLINE_SCORE &&
    titleShaped(headline.text) &&
    // The title printed twice, on the first line and over the story (seed 002's "North Koreans
    // in China asking for help for defection" over its trail): read as a clean file, the same.
    printKey((page[0] as Line).text) !== printKey(headline.text) &&
    (!datedOver(page, headline.first) || chromeOver(page, headline.first))
  );
}

/**
 * A line of the site's chrome (isSiteChrome: a menu run together, a form's button) over the
 * headline: what stands over it is the site's header, not an article's, whatever date it prints
 * (infobae's "Miércoles 4 de Mayo de 2022" under its menus "Últimas Noticias
 * AméricaMéxicoVenezuela...", in w3m, read as a clean file's top, which gave that menu for its
 * title). A newsletter's top (datedOver) prints its issue and month, no menu.
 */
function chromeOver(page: Line[], first: number): boolean {
  return page.slice(0, first).some((line) => isSiteChrome(line.text.trim()));
}

/**
 * A date (a day's, or a month's and year) on a line over the headline: the file's top is the
 * article's own header, read as a clean file reads it, with its date. A newsletter's "Issue 212
 * | March 1987" over its story's title (bench:quality's newsletter digests) was lost read as a
 * dump, and its date with it; the pages headlineUnderTop was built for print no date over
 * their title (docs/figures.md, stop 42, the lead's commit after hl42c).
 */
function datedOver(page: Line[], first: number): boolean {
  return page.slice(0, first).some((line) => findDateSpan(line.text, true) !== null);
}

/**
 * What that headline must score, at least: on trafilatura's pages (docs/figures.md, stop 42,
 * branch hl42c) the titles won scored 4.15 (schneems in w3m) to 20; the lines that took a title
 * printed at the file's top scored 2.45 (omr's byline glued to its date, "Tanja
 * Karrasch3.11.2023", under the title) and 3.12 (guenter-pilger's line of a quoted letter, the
 * story found in a table under it). achgut's "## Bericht zur Coronalage ..." in html2text (3.85)
 * is its title, but read as a dump the page lost its date, printed in a byline line two lines
 * over the title that only the clean file's reading takes: left under the cut.
 */
const TOP_HEADLINE_SCORE = 4;

/**
 * Lines over that headline, at least: a clean file prints one line over its title that the
 * title block reads as what it is, a masthead with its section ("The Harbour Times: ECONOMY"
 * over a wire story's headline, test/unit/dedup.test.ts, whose standfirst was lost read as a
 * dump). The titles won stand 2 (columbus) to 32 lines under the first.
 */
const TOP_HEADLINE_LINE = 2;

/**
 * The headline picked is printed as html2text prints an <h1> ("# Emden" under a trail and a
 * picture's credit, three lines from the file's top): the file is a page's dump, whatever the
 * length of what stands above its story. Read as a clean file's top, such a page gave the credit
 * or a menu's line for its title (trafilatura's reisen-mit-dem-internet, haenselblatt, infobae and
 * it-for-kids in html2text, whose "# " headline was found and then dropped).
 */
function isH1Headline(page: Line[], headline: Headline | null): boolean {
  const text = headline === null ? '' : (page[headline.first] as Line).text;
  return text.startsWith('# ') && headingLevel(text) === 1;
}

/**
 * The lines under an earlier print of the headline, up to the next: a page that prints its
 * headline twice (a header, then again over the story) may print the byline and date under
 * the first only (lifehacker: "Patrick Allan" and "3/09/15 8:00am" under the first print, 30
 * lines above the second, which stands over the story). Copies on adjacent lines are a list
 * printing each link twice, not a header.
 */
function underFirstPrint(page: Line[], headline: Headline): Line[] {
  const j = earlierPrint(page, headline);
  if (j < 0 || printKey(page[j - 1]?.text ?? '') === printKey((page[j] as Line).text)) return [];
  const under = page.slice(j + 1, Math.min(j + 1 + STORY_META_LINES, headline.first));
  return beforeNextHeading(under, (page[j] as Line).text);
}

/**
 * The nearest earlier print of the headline within FIRST_PRINT_LINES, one printed at the margin
 * first: lynx prints a heading at the margin and a teaser's or caption's link indented, so an
 * indented copy is a link to the story, not its header (cooperativa.cl-presidente in lynx: the
 * headline read at the margin under its indented copy in the "En portada" teaser list, its header
 * 36 lines up at the margin with "Publicado: Miércoles, 4 de Mayo de 2022" under it, the photo's
 * indented caption between). Without a copy at the margin, the nearest at any indent, or -1.
 */
function earlierPrint(page: Line[], headline: Headline): number {
  const text = printKey((page[headline.first] as Line).text);
  let nearest = -1;
  for (let j = headline.first - 2; j >= Math.max(0, headline.first - FIRST_PRINT_LINES); j--) {
    const copy = (page[j] as Line).text;
    if (printKey(copy) !== text) continue;
    if (indentOf(copy) === 0) return j;
    if (nearest < 0) nearest = j;
  }
  return nearest;
}

/**
 * The lines under an earlier print of the headline up to the next heading printed with the
 * same marks (html2text's "## "): a list of teasers prints each title so, and what stands under
 * the next is that story's (herrpfleger in html2text: "## New Balance: FuelCell Echo bringt
 * Speed" / "vor 4 Monaten" / "Musik" / "## Faszination Loopstation-Battle" / "18. Januar 2019",
 * the next teaser's day, taken for the story's). w3m and lynx print no marks: nextTitleOverDate.
 */
function beforeNextHeading(under: Line[], print: string): Line[] {
  const marks = /^\s*(#{1,6})\s/.exec(print)?.[1];
  const next = marks
    ? under.findIndex((l) => /^\s*(#{1,6})\s/.exec(l.text)?.[1] === marks)
    : nextTitleOverDate(under, print);
  return next < 0 ? under : under.slice(0, next);
}

/**
 * Where no marks print the headings (w3m, lynx), the next line at the print's margin, of a
 * title's length (TEASER_TITLE_WORDS), with a dateline indented under it, right under or one line
 * lower: the next teaser over its day (herrpfleger in lynx: "New Balance: FuelCell Echo bringt
 * Speed" / "vor 4 Monaten" / "Musik" / "Faszination Loopstation-Battle" / "18. Januar 2019",
 * the dates indented under the titles at the margin), or -1.
 */
function nextTitleOverDate(under: Line[], print: string): number {
  const margin = indentOf(print);
  return under.findIndex(
    (l, k) =>
      k > 0 &&
      indentOf(l.text) === margin &&
      wordCount(l.text) >= TEASER_TITLE_WORDS &&
      titleShaped(l.text.trim()) &&
      !isDateline(l.text.trim()) &&
      under.slice(k + 1, k + 3).some((d) => indentOf(d.text) > margin && isDateline(d.text.trim())),
  );
}

/** The spaces a line is printed after. */
function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** A teaser's title has this many words at least (herrpfleger's "Faszination Loopstation-Battle"). */
const TEASER_TITLE_WORDS = 2;

/** An earlier print of the headline is looked for among this many lines above it. */
const FIRST_PRINT_LINES = 40;

/** DUMP_MARKS or more list items and page furniture above the story (counted up to there only). */
function isMarked(page: Line[], story: number): boolean {
  let marked = 0;
  for (let i = 0; i < story && marked < DUMP_MARKS; i++) {
    const text = (page[i] as Line).text;
    if (isListItem(text) || isPageFurniture(text) || isMenuBar(text)) marked++;
  }
  return marked >= DUMP_MARKS;
}

/**
 * A site's menu printed on one line: four items or more of one to three words between bars or
 * dots ("Archives | Calendar | Subscribe | Write for LWN | LWN.net FAQ | Sponsors", lwn-1 in
 * html2text, whose other marks above the story are only "Not logged in" and "Log in now").
 */
function isMenuBar(text: string): boolean {
  const items = text.split(/\s[|•·]\s/).map((item) => item.trim());
  return items.length >= 4 && items.every((item) => item !== '' && wordCount(item) <= 3);
}

/** Takes back the removals of the headline and header lines; returns the header lines'. */
function giveBack(state: ExtractState, headline: Line[], head: Line[]): LabelledRemoval[] {
  const { used, removed } = state;
  const reread: LabelledRemoval[] = [];
  for (const line of [...headline, ...head]) {
    const index = removed.findIndex(
      (r) => r.line === line.n && (r.label === 'outside-article' || r.label === 'related-list'),
    );
    if (index < 0) continue;
    used.delete(line.n);
    if (!headline.includes(line)) reread.push(removed[index] as LabelledRemoval);
    removed.splice(index, 1);
  }
  return reread;
}

/** The header lines given back that no reader took are taken away again, as they were. */
export function giveBackUnread(state: ExtractState): void {
  for (const removal of state.page?.reread ?? []) {
    if (!state.used.has(removal.line)) {
      state.used.add(removal.line);
      state.removed.push(removal);
    }
  }
}

/**
 * A paragraph the body finder kept above a dump's headline is taken out when it is short and no
 * sentence: chrome printed between the menus and the story's title, a form's fields and button
 * (smava's "Kreditbetrag [25000 ] ... Zum Kreditvergleich" over "Wie hoch sind die Zinsen für
 * einen Privatkredit?"). It is recorded as cut by the body finder, as the menus over it are. A
 * sentence there stays: it may be the story's own, a standfirst printed over its title.
 */
export function cutAboveHeadline(state: ExtractState): void {
  const top = state.page?.headline?.lines[0]?.n;
  if (top === undefined) return;
  const open = state.nonEmpty.filter((l) => l.n < top && !state.used.has(l.n));
  // The story stays where the body has nothing under the headline (trafilatura's proplanta in
  // w3m, whose text is all above the line taken for its headline, would be left empty).
  const below = state.nonEmpty.some((l) => l.n > top && !state.used.has(l.n));
  if (state.meta.title === null || !below || open.length > ABOVE_HEADLINE_LINES) return;
  for (const paragraph of lineRuns(open)) {
    const text = paragraph.map((l) => l.text.trim()).join(' ');
    if (wordCount(text) >= ABOVE_HEADLINE_WORDS || ENDS_SENTENCE.test(text)) continue;
    for (const line of paragraph) remove(state, line, 'outside-article');
  }
}

/**
 * Lines at most the body finder kept above the headline for them to be cut: more is a part of the
 * page the finder took for the story, and the headline found under it may be a table's cell
 * (trafilatura's siegfried-marcus-berufsschule in w3m: "Kupplungen und Bremsbänder prüfen
 * Lehrmaterial", line 1,499 of 2,766, where cutting every short line above it left no body).
 */
const ABOVE_HEADLINE_LINES = 8;

/**
 * Words at most of a paragraph above the headline taken for chrome: fewer than a paragraph of
 * the story under a title standing alone (headline.ts, STORY_PARAGRAPH_WORDS).
 */
const ABOVE_HEADLINE_WORDS = 15;

const ENDS_SENTENCE = /[.!?…]["”’»)]?$/u;
