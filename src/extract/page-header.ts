// Metadata reader for full-page dumps: the header, the headline (src/normalize/headline.ts) and
// the lines from it to the story, where the byline and the dateline stand. Read on the whole
// page, lines the body finder cut included: it keeps only a few lines above the story, and the
// headline and dateline are often further up. The dump's headline revisions, asked in the order
// of DUMP_HEADLINE_REVISIONS (page-header/revisions.ts), are in src/extract/headline-revisions/
// by family; the story and headline weighed before them are page-header/story-headline.ts's.
// The lines where the story may start are page-header/story-lines.ts's, whether the page is read
// as a dump at all page-header/is-dump.ts's, and the header under an earlier print of the
// headline page-header/first-print.ts's.

import type { Headline } from '../normalize/headline.ts';
import { lineRuns, type Line } from '../normalize/paragraphs.ts';
import { dumpDateKind, findDateSpan } from '../normalize/dates.ts';
import { wordCount } from '../text.ts';
import { archiveToolbarLast } from './archive-toolbar.ts';
import { withoutKickers } from './kicker.ts';
import type { LabelledRemoval } from './labels.ts';
import { HEAD_LINES, remove, type ExtractState, type PageHeader } from './state.ts';
import { gluedDateLine } from './headline-revisions/story-header.ts';
import { BULLET_MARKS } from '../normalize/headline/page-furniture.ts';
import { withPrintedLetters } from './unified-letters.ts';
import { soleH1Under, galleryHeadline, storyAndHeadline } from './page-header/story-headline.ts';
import { revisedHeadline } from './page-header/revisions.ts';
import { isDump, noHeadlineMakesDump } from './page-header/is-dump.ts';
import { storyLines } from './page-header/story-lines.ts';
import { STORY_META_LINES, underFirstPrint } from './page-header/first-print.ts';
export {
  type DumpHeadlineTrace,
  type DumpHeadlineObserver,
  observeDumpHeadlines,
} from './page-header/revisions.ts';

/** In a dump, the author's name may stand this many lines above the headline (Medium: 13). */
const NAME_ABOVE_LINES = 16;

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
