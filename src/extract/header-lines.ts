// Metadata readers for the lines at the ends of the file (or, in a dump, under its headline):
// labelled fields, credits, datelines, bylines and kickers. They may stand before the headline,
// between it and the body, or after a standfirst, so they are read whatever they sit next to.

import { wordCount, OPENS_LOWER_CASE } from '../text.ts';
import {
  DATELINE_WORDS,
  dateKind,
  dumpDateKind,
  findDate,
  findDateSpan,
  findFiguresDateSpan,
  findOrderedFiguresDateSpan,
  inSentence,
  isForeignDateLine,
  wordsBesideDate,
} from '../normalize/dates.ts';
import { detectLanguage } from '../normalize/language.ts';
import {
  bylineOf,
  creditOf,
  isKicker,
  labelledField,
  mastheadOf,
  type Byline,
} from '../normalize/header.ts';
import { isBylineName, nameOverDate, opensWithBy, pageBylineOf } from '../normalize/headline.ts';
import type { Line } from '../normalize/paragraphs.ts';
import { inDateList, inFieldSheet } from './date-list.ts';
import { remove, type ExtractState } from './state.ts';
import { sectionName } from './standfirst.ts';

/** Reads `lines` in order; `bodyStart` is the story's first line (null: not found). */
export function readHeaderLines(state: ExtractState, lines: Line[], bodyStart: number | null) {
  for (const line of lines) {
    if (state.used.has(line.n)) continue;
    const text = line.text.trim();
    const inHeader = bodyStart === null || line.n < bodyStart;
    if (readField(state, line, text) || readCredit(state, line, text)) continue;
    // "By Alex Heath, a deputy editor and author of ..." (theverge) is read however long.
    if (wordCount(text) > 15 && !/^by\s/i.test(text)) continue;
    if (readDateOrByline(state, line, text, inHeader)) continue;
    readKicker(state, line, text, inHeader);
  }
}

/** Labelled fields ("Tags: ...", "Source: ...") are metadata wherever they stand at the ends. */
function readField(state: ExtractState, line: Line, text: string): boolean {
  const field = labelledField(text);
  if (!field) return false;
  const { meta } = state;
  const value = field.value;
  if (field.field === 'title') meta.title ??= value;
  else if (field.field === 'date' || field.field === 'updated') {
    const date = findDate(value, true);
    // A dump's "Last Updated: January 7, 2025" dates a revision, not the story (spiceworks).
    if (date && !(state.page && field.field === 'updated'))
      meta.dates.push({
        date: { ...date, from: text },
        kind: field.field === 'date' ? 'published' : 'updated',
      });
  } else if (field.field === 'byline') meta.byline ??= bylineOf(`By ${value}`)?.name ?? value;
  else if (field.field === 'source') meta.source ??= value;
  else if (field.field === 'section') meta.section ??= value;
  remove(state, line, `field:${field.field}`);
  return true;
}

/** A credit names the reporter; a byline under the headline, read later, comes first. */
function readCredit(state: ExtractState, line: Line, text: string): boolean {
  const credit = creditOf(text);
  if (!credit) return false;
  state.meta.creditByline ??= credit.byline;
  state.meta.source ??= credit.source;
  remove(state, line, 'credit');
  return true;
}

/** A dateline, a byline, or both on one line ("By Ann Lee | 5 May 2004"). */
function readDateOrByline(state: ExtractState, line: Line, text: string, inHeader: boolean) {
  const { meta, page } = state;
  const span = dateSpan(state, line, text, inHeader);
  const foreign = isForeignDate(state, line, text, span);
  const date = span ? { value: span.value, precision: span.precision, from: text } : null;
  const by = lineByline(state, line, text, inHeader, span);
  if (by && (!page || isBylineName(by.name))) {
    meta.byline ??= by.name;
    if (by.site) meta.source ??= by.site;
  }
  if (date && span) {
    const kind = page ? dumpDateKind(text, span.span) : dateKind(text);
    if (!foreign) meta.dates.push({ date, kind });
    if (!by && inHeader) readSiteBesideDate(state, text, span.span);
    remove(state, line, 'dateline');
    return true;
  }
  if (by) {
    remove(state, line, 'byline');
    takeBylineWrap(state, line, text);
  }
  return by !== null;
}

/** Whether the line's date is not the article's, though it marks a metadata line. */
function isForeignDate(
  state: ExtractState,
  line: Line,
  text: string,
  span: ReturnType<typeof dateSpan>,
): boolean {
  const { page } = state;
  // A date that is not the article's ("Last modified on ...", "Terms of Service (Updated ...)",
  // in a dump or a saved page any update's stamp, a forum member's "Registriert: 18.09.2008")
  // still marks a metadata line: removed, never taken. A saved page's declared date comes first
  // (src/html/metadata.ts), so refusing update stamps cost none of trafilatura's pages a date.
  // In a dump, a headline taken from a list of dated stories has a listed story's date under
  // it (date-list.ts).
  return (
    span !== null &&
    (isForeignDateLine(text, page !== null || state.file.format === 'html', span.span) ||
      // A file read as clean text (no page header) is not refused updates' stamps, but a
      // sentence's date is no dateline there either.
      (page === null && inSentence(text, span.span)) ||
      inDateList(state, line.n) ||
      inFieldSheet(state, line.n))
  );
}

/** The byline the line holds, its date (`span`) aside. */
function lineByline(
  state: ExtractState,
  line: Line,
  text: string,
  inHeader: boolean,
  span: ReturnType<typeof dateSpan>,
): Byline | null {
  const { page } = state;
  const withoutDate = span
    ? text.replace(span.span, '').replace(/^[\s|•·,:–—-]+|(?<![\s|•·,:–—-])[\s|•·,:–—-]+$/g, '')
    : text;
  // A page's byline with its date ("By GILLIAN MOHNEY March 11, 2015 3:46 PM", yahoo-3) is
  // printed so in a dump's header and in a saved page's blocks alike; in a saved page, only a
  // line before the story that opens with "By": its window runs into the story, where "Pepper
  // Keenan, Corrosion of Conformity" is a list item (hearya) and not a byline.
  // "By" alone on its line is a byline's wherever it stands in the header's lines: under a
  // standfirst that reads as the story's first line (cnet-svg-classes in html2text).
  const pageName = page
    ? (pageBylineOf(text) ??
      byAlone(state, line, text) ??
      (inHeader ? nameOverDate(text, nextText(state, line)) : null))
    : state.file.format === 'html' && inHeader && opensWithBy(text)
      ? pageBylineOf(text)
      : null;
  return (
    bylineOf(text) ??
    (span ? bylineOf(withoutDate) : null) ??
    (pageName ? { name: pageName, site: null } : null)
  );
}

/**
 * "por" alone, the name on the next line ("por" / "• César Salza", cnet-svg-classes): the name,
 * and the name's line is taken too.
 */
function byAlone(state: ExtractState, line: Line, text: string): string | null {
  if (!/^(?:by|par|von|por|door|di)$/i.test(text)) return null;
  const next = state.page?.head.find((l) => l.n > line.n);
  const name = next ? pageBylineOf(`${text} ${next.text.trim().replace(/^[•*-]\s+/, '')}`) : null;
  if (next && name) remove(state, next, 'byline');
  return name;
}

/**
 * A "By" line that runs on ("By Alex Heath, a deputy editor and author of the Command Line
 * newsletter. He's covered the" / "tech industry for over a decade at ...", theverge in lynx)
 * takes its wrapped rest, which starts in lower case; the dateline under it then stands alone.
 */
function takeBylineWrap(state: ExtractState, line: Line, text: string): void {
  const next = state.lines[line.n];
  if (!next || state.used.has(next.n) || !/^by\s/i.test(text) || wordCount(text) <= 15) return;
  if (/^\s*\p{Ll}/u.test(next.text)) remove(state, next, 'byline');
}

/**
 * The next line of the dump's header after `line` ('' at its end). Read from the header's own
 * copy: the body finder blanks the lines it cut in state.lines (002's "• Newer Article").
 */
function nextText(state: ExtractState, line: Line): string {
  const head = state.page?.head ?? [];
  const i = head.findIndex((l) => l.n === line.n);
  return i >= 0 ? (head[i + 1]?.text ?? '') : '';
}

/**
 * The date on a line, where one is read: in the header; past the headline on a dateline that
 * stands alone between blank lines (a date inside a wrapped paragraph, "...a 0.8 pct drop in
 * March 1986,", is part of the story, and so is a sentence, "The termination is effective
 * January 1, 1988, the Treasury said."); or on a line labelled as a date.
 */
function dateSpan(state: ExtractState, line: Line, text: string, inHeader: boolean) {
  const { lines, used, page } = state;
  const standalone =
    [lines[line.n - 2], lines[line.n]].every((l) => !l || !l.text.trim() || used.has(l.n)) &&
    !/[.!?]["”’)]?$/.test(text);
  const labelled = dateKind(text) !== 'plain';
  // A month alone in a dump is an archive's link ("November 2016"), not the story's day.
  const span = findDateSpan(text, page === null);
  if (
    span &&
    page &&
    (wrappedSentence(text, span.span) ||
      wrappedRest(state, line, text, span.span) ||
      underCommenter(state, line))
  )
    return null;
  if (span && (inHeader || standalone || labelled)) return span;
  if (!page) return null;
  // A dump's story may be found to start right under the headline, above its dateline, which
  // then stands against a standfirst or a byline's lines ("By" / "Ariel H" / "-" / "October
  // 26, 2020"; "...nicht lassen." / "06.12.2022"): a line that is a date, a clock time and a
  // few words is a dateline there too.
  if (span?.precision === 'day' && wordsBesideDate(text, span.span) <= DATELINE_WORDS) return span;
  if (span) return null;
  const dayFirst = DAY_FIRST_LABEL.test(text) || !pageInEnglish(state);
  const figures = !/\d[./]\d/.test(text)
    ? null
    : dayFirst
      ? findFiguresDateSpan(text)
      : findOrderedFiguresDateSpan(text);
  return figures && wordsBesideDate(text, figures.span) <= DATELINE_WORDS ? figures : null;
}

/** A comment's heading: "ChillerXXL sagt:", "Hawey schreibt:", "Ann says:". */
export const COMMENTER =
  /(?<!\p{L})(?:says|said|wrote|sagt|schreibt|schrieb|meint|dit|écrit|dice|escribió|scrive|zegt)\s{0,3}:\s*$/iu;

/**
 * A dump's date under a comment's heading is the comment's (the-pain.net's "DDF sagt:" / "10.
 * Juni 2008 um 14:28", under a headline taken from a list in the story).
 */
function underCommenter(state: ExtractState, line: Line): boolean {
  const head = state.page?.head ?? [];
  const i = head.findIndex((l) => l.n === line.n);
  return i > 0 && COMMENTER.test(head[i - 1]?.text ?? '');
}

/**
 * A line of a sentence wrapped by the dump, opening in lower case with many words besides its
 * date: a caption's ("attend a Creative Industries and Business Reception on October 02, 2019",
 * over "(Photo by ...)", edition.cnn.com), never a dateline, whose few words may open in lower
 * case too ("am 3. Februar 2022 um 21:17", "von Redaktion, 24. Januar 2022"), and more of them
 * before a publication label ("von Mathilda Trausch, Online-Redaktion Veröffentlicht:
 * 26.12.2022", fitforfun, under a print stamp's "FIT FOR FUN — 02.01.23 09:51").
 */
function wrappedSentence(text: string, span: string): boolean {
  return (
    OPENS_LOWER_CASE.test(text) &&
    wordsBesideDate(text, span) > DATELINE_WORDS &&
    dumpDateKind(text, span) !== 'published'
  );
}

/**
 * A line with text this long at least, that ends in a letter, has been wrapped by the dump in
 * mid-sentence: w3m and lynx wrap at 76 to 80 columns.
 */
const WRAPPED_LINE = 60;

/**
 * The rest of a sentence the dump wrapped, under a line of WRAPPED_LINE characters that breaks
 * off in a word: a caption's ("...after an Israeli attacks on Gaza" / "City, Gaza on October 21,
 * 2023.", theintercept in lynx; "...released on" / "March 5, 2021, Oprah Winfrey interviews
 * ...", edition.cnn.com in lynx): more than DATELINE_WORDS words or a full stop, never a dateline
 * under a headline wrapped as long (aclu's "July 25, 2019 | 11:15 PM"), unless it opens with "By"
 * or a publication label (thelist's "By Cat Lafuente/June 12, 2020 9:49 am EST/Updated: ...").
 */
function wrappedRest(state: ExtractState, line: Line, text: string, span: string): boolean {
  const above = lineAbove(state, line).trim();
  if (above.length < WRAPPED_LINE || !/\p{L}$/u.test(above)) return false;
  const sentence = wordsBesideDate(text, span) > DATELINE_WORDS || /[.!?]["”’)]?$/.test(text);
  return sentence && !opensWithBy(text) && dumpDateKind(text, span) !== 'published';
}

/**
 * The text of the line right above `line` as the dump printed it: a line a reader already took
 * (a caption's wrapped line read as a dateline and refused) or the body finder cut is blank in
 * state.lines, and its text is read from the header's own copy (page.head). Without it, the
 * caption's "...released on" / "March 5, 2021, Oprah Winfrey interviews ..." (edition.cnn.com in
 * lynx) read as standing under a blank line, and its date was taken.
 */
function lineAbove(state: ExtractState, line: Line): string {
  const text = state.lines[line.n - 2]?.text ?? '';
  if (text.trim()) return text;
  return state.page?.printed.find((l) => l.n === line.n - 1)?.text ?? text;
}

/**
 * A publication label of a language that writes the day first: its line's date in figures is
 * read so whatever the page's language reads as (beyssonmanagement's "Veröffentlicht am
 * 15/07/2014 von Guido Beyss" over a story quoting Steve Jobs in English).
 */
const DAY_FIRST_LABEL =
  /(?<!\p{L})(?:veröffentlicht|publiziert|erschienen|verfasst|publié|publicado|pubblicato)(?!\p{L})/iu;

/**
 * Each page header's answer of pageInEnglish. dateSpan asks it for every header line without a
 * date; the head's lines no longer change once readPageHeader has set it (the body finder blanks
 * its cuts before), so it is read once a page: asked again, it was 3.7% of normalize's CPU on the
 * 10-30 KB dumps (docs/figures.md).
 */
const englishHeads = new WeakMap<readonly Line[], boolean>();

/** The dump's header and story's first lines read as English (findFiguresDateSpan). */
export function pageInEnglish(state: ExtractState): boolean {
  const head = state.page?.head ?? [];
  let english = englishHeads.get(head);
  if (english === undefined) {
    english = detectLanguage(head.map((l) => l.text).join(' ')) === 'en';
    englishHeads.set(head, english);
  }
  return english;
}

/** "Global Market Wire • 5 May 2004 • Page 40": what stands beside the date may name the site. */
function readSiteBesideDate(state: ExtractState, text: string, span: string): void {
  // The lookbehinds start a separator only where a run of spaces begins (linear time).
  const parts = text.split(/(?<!\s)\s*[|•·]\s*|(?<!\s)\s+[-–—]\s+|:\s+/).map((p) => p.trim());
  const named = parts.filter((p) => p && !p.includes(span) && !/^page\s*\d+$/i.test(p));
  for (const part of named) if (wordCount(part) <= 5) state.meta.source ??= mastheadOf(part);
}

/**
 * One word alone is a section label; a Chinese or Japanese headline is letters without spaces
 * too, but wordCount counts its characters, so it is not taken for one.
 */
function readKicker(state: ExtractState, line: Line, text: string, inHeader: boolean): void {
  const sectionLabel =
    isKicker(text) ||
    (state.meta.title === null && /^\p{L}+$/u.test(text) && wordCount(text) === 1);
  if (inHeader && sectionLabel) {
    state.meta.section ??= sectionName(text.replace(/:$/, ''));
    remove(state, line, 'kicker');
  }
}
