// Metadata reader for full-page dumps: the header, the headline (src/normalize/headline.ts) and
// the lines from it to the story, where the byline and the dateline stand. Read on the whole
// page, lines the body finder cut included: it keeps only a few lines above the story, and the
// headline and dateline are often further up. The dump's headline revisions, asked in the order
// of DUMP_HEADLINE_REVISIONS (page-header/revisions.ts), are in src/extract/headline-revisions/
// by family; the story and headline weighed before them are page-header/story-headline.ts's.

import {
  pageCommentsStart,
  firstBlockStart,
  headingLevel,
  isListItem,
  isPageFurniture,
  storiesUnderBylines,
  storyStart,
  storyStartFrom,
  textBlocks,
  type Headline,
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
import { printKey } from './headline-revisions/found.ts';
import { titleShaped } from './headline-revisions/line-marks.ts';
import { isDateline } from './headline-revisions/titles-over-datelines.ts';
import { gluedDateLine } from './headline-revisions/story-header.ts';
import { isSiteChrome } from '../normalize/site-chrome.ts';
import { BULLET_MARKS } from '../normalize/headline/page-furniture.ts';
import { withPrintedLetters } from './unified-letters.ts';
import {
  soleH1Under,
  galleryHeadline,
  storyAndHeadline,
  type StoryLines,
} from './page-header/story-headline.ts';
import { revisedHeadline } from './page-header/revisions.ts';
export {
  type DumpHeadlineTrace,
  type DumpHeadlineObserver,
  observeDumpHeadlines,
} from './page-header/revisions.ts';

/** More open lines than this above the story make a file a full-page dump (menus first). */
const DUMP_PREAMBLE = HEAD_LINES;
/** Menu items, UI text or form fields above the story that make a file with no cut a dump. */
const DUMP_MARKS = 3;
/** In a dump, the author's name may stand this many lines above the headline (Medium: 13). */
const NAME_ABOVE_LINES = 16;
/** In a dump, metadata are read from the headline down to this many lines into the story. */
const STORY_META_LINES = 6;

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
