// Metadata reader: the article's date, from the datelines and date fields the header readers
// found (header-lines.ts), or in a dump from a date just above the headline.

import { wordCount } from '../text.ts';
import {
  DATELINE_WORDS,
  datelineDay,
  dumpDateKind,
  findDate,
  findDateSpan,
  findFiguresDateSpan,
  findOrderedFiguresDateSpan,
  isForeignDateLine,
  openingDaySpan,
  publishedBefore,
  wordsBesideDate,
  type DateKind,
} from '../normalize/dates.ts';
import { commentsStart } from '../normalize/headline.ts';
import { lineRuns, type Line } from '../normalize/paragraphs.ts';
import type { ExtractedDate } from '../types.ts';
import { inDateList, inFieldSheet, lastOfListAbove } from './date-list.ts';
import { COMMENTER, pageInEnglish } from './header-lines.ts';
import { isBodyLike } from './shape.ts';
import { openLines, remove, type ExtractState } from './state.ts';

/** In a dump, a dateline may stand this many lines above the headline. */
const DATE_ABOVE_LINES = 4;
/**
 * A picture's line, its placeholder or its credit, as a dump prints one between a dateline and
 * the headline under it ("• November 1, 2023" / "• 12:30" / "• von: Rasender Reporter" /
 * "[svg]" / "Foto: Nick Fedirko/Shutterstock" / the headline, journalistenwatch.com in the
 * three dumps).
 */
const PICTURE_LINE =
  /^(?:\[[^\]]{0,80}\]|!\[[^\]]{0,80}\]\([^)]{0,300}\)|(?:foto|photo|bild|image|picture)s?\s?:.{0,80})$/iu;

/**
 * In a dump with no dateline under the headline, one just above it, among the lines a blog
 * prints there (toc-missing: "Haki Benita", "• About", "• 21 September 2020", then the title).
 */
export function readDateAbove(state: ExtractState): void {
  const { page, meta } = state;
  if (!page || meta.dates.length > 0) return;
  const above = [...page.above].reverse();
  let i = -1;
  for (const line of above) {
    const text = line.text.trim();
    // A picture between the dateline and the headline is not counted (PICTURE_LINE).
    if (!PICTURE_LINE.test(text)) i++;
    // Right above the headline a dateline may hold a byline and a section too (regards:
    // "Accueil | Par Loïc Le Clerc | 30 septembre 2018", 10 words); 15 as isDateline's. A
    // dateline's few words besides its day and time count, not its separators (chemietechnik.de
    // in html2text: "01\. Dez. 2022 | 14:08 Uhr | von Jona Göbelbecker", 10 "words", over a
    // subheading over the headline).
    const words = wordCount(text);
    const near =
      i < DATE_ABOVE_LINES && (words <= 8 || (i === 0 && words <= 15) || !!datelineDay(text));
    const date =
      (near || publishedLabel(text)) &&
      !isForeignDateLine(text, true) &&
      !inDateList(state, line.n) &&
      !lastOfListAbove(state, line.n) &&
      // A book's or a product's sheet over the headline dates the record, as under it
      // (weinlachgummis: "Erscheinungsdatum: 14.08.2017" among its ISBN, Verlag, Preis).
      !inFieldSheet(state, line.n)
        ? (findDate(text) ?? (near ? figuresDateline(state, text) : null))
        : null;
    if (date) {
      meta.dates.push({ date, kind: near ? 'plain' : 'published' });
      // Read as the article's date, the line is its header's, not its text.
      if (!state.used.has(line.n)) remove(state, line, 'dateline');
      break;
    }
  }
}

/**
 * A dateline in figures alone right over the headline, read as the header's own lines are
 * (header-lines.ts, dateSpan): day first with a two-figure year, or slashes with a day over 12
 * first, on a page not in English, with a clock time and DATELINE_WORDS words at most (fr.de's
 * "04.05.20 14:50" over the kicker "Nordkorea" and the headline, goodnight.at's "Kultur,
 * 2.11.22", in the three dumps). findDate leaves such figures out: in running text they are as
 * often a score or a version.
 */
function figuresDateline(state: ExtractState, text: string): ExtractedDate | null {
  if (!/\d[./]\d/.test(text)) return null;
  const english = pageInEnglish(state);
  const span = english ? findOrderedFiguresDateSpan(text) : findFiguresDateSpan(text);
  if (!span || wordsBesideDate(text, span.span) > DATELINE_WORDS) return null;
  // Slashes are read so only where the order is plain, a day over 12 first: a page in German
  // may print the US order (motor.at's "11/01/2021" over a story of November 1, in the three
  // dumps, read as 11 January).
  const first = /^(\d{1,2})\//.exec(span.span)?.[1];
  if (!english && first !== undefined && Number(first) <= 12) return null;
  return { value: span.value, precision: span.precision, from: text };
}

/**
 * In a dump, a labelled publication line stands this many lines with text under the headline at
 * most: a post's footer, under its text and share bar (literaturkritik's "Erschienen am:
 * 01.11.2023" 100 lines down in w3m, livenet's "Datum: 19.11.2021" 94), with a margin.
 */
const LABELLED_BELOW_LINES = 150;
/** A labelled dateline's words besides the date and label: "erstellt von Dominique — veröffentlicht". */
const LABELLED_BELOW_WORDS = 8;

/**
 * In a dump still undated, the first short line under the headline, within LABELLED_BELOW_LINES
 * lines with text (the body finder's cuts included: WordPress prints the post's date in its
 * footer), that opens with a publication label, a dateline's "Datum:", "• Date", "Erstellt am:",
 * "Geschrieben von ... am", "Eingetragen am", or holds a publication label right before its date
 * ("erstellt von Dominique — veröffentlicht 28.01.2022 06:00", gay.ch). Not past a comment
 * form's or a comment's heading, nor in a list of related posts: their dates are theirs.
 */
export function readDateBelow(state: ExtractState): void {
  const headline = state.page?.headline?.lines.at(-1);
  if (!headline) return;
  readLabelledDateBelow(state, headline.n);
  readPostFooter(state, headline.n);
}

/**
 * The opening of a blog post's footer sentence, which WordPress themes print under the post's
 * text with its day: "Dieser Beitrag wurde am 04/02/2020 von kj in Bundesgericht BGer, SVG,
 * Vorsatz veröffentlicht." (strafprozess.ch), "Der Beitrag wurde am Mittwoch, den 27. November
 * 2019 um 15:21 Uhr veröffentlicht und wurde unter ..." (whiskyverkostung.com), "Dieser Eintrag
 * wurde veröffentlicht in Inland, Politik, Rant und getaggt mit Antisemitismus," / "Piraten am
 * 11. Dezember 2012 von Mathias." (gormulus.wordpress.com, wrapped), "This entry was posted in
 * ... on ... by ...": the three dumps print each. The post's own, never a comment's (those are
 * past the comment form, where the lines stop) nor a listed post's.
 */
const POST_FOOTER =
  /^[\s_*]*(?:dieser|der|this)\s{1,3}(?:beitrag|eintrag|artikel|entry|post)\s{1,3}(?:wurde|was)\s/iu;
/**
 * The footer's publication word, on its line or the wrapped line after it. html2text prints a
 * page whose accents it lost as "veroffentlicht" (whiskyverkostung.com: "... um 15:21 Uhr
 * veroffentlicht und wurde unter ...", 18 of trafilatura's html2text dumps print the word so).
 */
const POST_FOOTER_VERB = /(?<!\p{L})(?:ver[öo]ffentlicht|posted|published)(?!\p{L})/iu;

/**
 * In a dump still undated, the day of the post's footer sentence (POST_FOOTER) under line `n`,
 * within the lines readLabelledDateBelow reads, on its line or the one the dump wrapped it onto.
 */
function readPostFooter(state: ExtractState, n: number): void {
  if (state.meta.dates.length > 0) return;
  const lines = [...shortLinesBelow(state, n)];
  for (const [i, { line, text }] of lines.entries()) {
    if (!POST_FOOTER.test(text)) continue;
    const next = lines[i + 1];
    const wrapped = next && next.line.n === line.n + 1 ? [next] : [];
    const sentence = [text, ...wrapped.map((w) => w.text)].join(' ');
    if (!POST_FOOTER_VERB.test(sentence)) return;
    for (const part of [{ line, text }, ...wrapped]) {
      const span =
        findDateSpan(part.text) ??
        (pageInEnglish(state)
          ? findOrderedFiguresDateSpan(part.text)
          : findFiguresDateSpan(part.text));
      if (span?.precision !== 'day' || isForeignDateLine(part.text, false, span.span)) continue;
      dateFromLine(state, part.line, part.text, span, 'published');
      return;
    }
    return;
  }
}

/**
 * Paragraphs under a dump's headline read for a day opening the story, as the HTML path reads a
 * saved page's blocks (html-dateline.ts dayOpeningStory, whose counts these are): the first two
 * story-like paragraphs (a lead, then the text) among the first six under the headline.
 */
const FIRST_PARAGRAPH_WITHIN = 6;
const FIRST_PARAGRAPHS = 2;

/**
 * In a dump still undated, the day the story's first paragraphs open with, set apart from their
 * text (dates.ts openingDaySpan): a press release's or a news story's "29.11.2022 – Mehrfach
 * ...", "(21. November 2022) Energieverbraucher erhalten ...". The paragraph stays the story's.
 */
export function readDayOpeningStory(state: ExtractState): void {
  const headline = state.page?.headline?.lines.at(-1);
  if (!headline || state.meta.dates.length > 0) return;
  const below = openLines(state).filter((l) => l.n > headline.n);
  const paragraphs = paragraphsOf(below)
    .slice(0, FIRST_PARAGRAPH_WITHIN)
    .filter((p) => isBodyLike(p.text))
    .slice(0, FIRST_PARAGRAPHS);
  for (const { first, text } of paragraphs) {
    const span = openingDaySpan(text);
    if (!span) continue;
    const date = { value: span.value, precision: span.precision, from: first.text.trim() };
    state.meta.dates.push({ date, kind: 'plain' });
    return;
  }
}

/** A dump's paragraphs (lineRuns): each one's first line and its lines' text joined. */
function paragraphsOf(lines: Line[]): { first: Line; text: string }[] {
  return lineRuns(lines).map((run) => ({
    first: run[0] as Line,
    text: run.map((l) => l.text.trim()).join(' '),
  }));
}

/**
 * readDateBelow's reading under line `n`, the headline's: the HTML path runs it on a page that
 * declares no date and prints none in its header (html.ts), its blocks as lines.
 */
export function readLabelledDateBelow(state: ExtractState, n: number): void {
  if (state.meta.dates.length > 0) return;
  for (const { line, text } of shortLinesBelow(state, n)) {
    const span = publishedSpan(text) ?? findDateSpan(text);
    if (!span || span.precision !== 'day') continue;
    const field = dateField(text, span.span);
    if (wordsBesideDate(field, span.span) > LABELLED_BELOW_WORDS) continue;
    const labelled =
      publishedLabel(field) ||
      DATE_LABEL.test(field) ||
      dumpDateKind(field, span.span) === 'published' ||
      updatePairAfter(text, span.span);
    const listed =
      inDateList(state, line.n) ||
      inFieldSheet(state, line.n) ||
      isForeignDateLine(text, true, span.span);
    if (!labelled || listed) continue;
    dateFromLine(state, line, text, span, 'published');
    return;
  }
}

/**
 * An update's label right after the day that opens the line or one of its " | " fields, another
 * day after it: a CMS's pair, the publication printed first, its update glued after ("08 May
 * 2022Actualizado el 08 de Mayo 2022 | 6:00 h", larepublica.pe, under the byline and e-mail), or
 * after the byline's field ("Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023",
 * 90min.de, under the headline), as WordPress themes print "28. Juni 201914. Januar 2020"
 * (dates.ts, GLUED_YEAR). The first day is labelled by the pair as the publication's.
 */
function updatePairAfter(text: string, span: string): boolean {
  const at = text.indexOf(span);
  const field = text.lastIndexOf(' | ', at);
  if (at < 0 || wordCount(text.slice(field < 0 ? 0 : field + 3, at)) > 1) return false;
  const rest = text.slice(at + span.length);
  const label = UPDATE_AFTER.exec(rest);
  return label !== null && findDateSpan(rest.slice(label[0].length))?.precision === 'day';
}

/**
 * An update's label opening what follows a day: "Actualizado el", " | Updated:", "Aktualisiert
 * am", " | Zuletzt geändert:".
 */
const UPDATE_AFTER =
  /^[\s|•·,–-]{0,4}(?:updated|last updated|aktualisiert|zuletzt aktualisiert|zuletzt geändert|letzte änderung|actualizad[oa]|atualizad[oa]|mis à jour)(?:\s{1,3}(?:am|on|le|el|em|al))?\s{0,3}:?/iu;

/**
 * The field of a post's line of fields that holds the date (`span`): "Veröffentlicht: 05.01.2020"
 * of "Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Canon Powershot S110,
 * Fotografie | Tags: ..." (a WordPress theme's line under the post's headline, trafilatura's
 * gnadlib in html2text), whose other fields' words are no dateline's. The whole line where it
 * has no " | " between fields.
 */
function dateField(text: string, span: string): string {
  if (!text.includes(' | ')) return text;
  return text.split(' | ').find((field) => field.includes(span)) ?? text;
}

/**
 * The lines readLabelledDateBelow and readUpdateStampBelow search under line `n`: within
 * LABELLED_BELOW_LINES lines with text and not past a comment form, each with a label alone on
 * the line above folded in; none from a commenter's line or a comments heading on.
 */
export function* shortLinesBelow(
  state: ExtractState,
  n: number,
): Generator<{ line: Line; text: string }> {
  // Only the first LABELLED_BELOW_LINES lines are read, so only those are gathered and searched
  // for a comment form: the whole rest of the page was, at each of the four readers' calls
  // (shortLinesBelow was 2.3% of a profile of the 10-30 KB dumps' normalize, stop 66).
  const below = pageLinesBelow(state, n, LABELLED_BELOW_LINES);
  const form = commentsStart(below, below.length);
  const lines = form === null ? below : below.slice(0, form);
  for (const [i, line] of lines.entries()) {
    const text = withLabelAbove(line.text.trim(), lines[i - 1]?.text ?? '');
    // COMMENTER ends in a colon: the pattern, tried from every letter of the line for its
    // lookbehind, only where one stands (it was 29% of this loop's time, stop 66).
    if ((text.includes(':') && COMMENTER.test(text)) || COMMENT_COUNT.test(text)) return;
    yield { line, text };
  }
}

/** The page's date is `span` of `line` (as `text` reads it); the line is removed as a dateline. */
export function dateFromLine(
  state: ExtractState,
  line: Line,
  text: string,
  span: NonNullable<ReturnType<typeof findDateSpan>>,
  kind: DateKind,
): void {
  state.meta.dates.push({
    date: { value: span.value, precision: span.precision, from: text },
    kind,
  });
  if (!state.used.has(line.n)) remove(state, line, 'dateline');
}

/**
 * The first day on a line that a publication label stands right before, wherever it stands: a
 * post's footer may print its last change first ("Letzte Änderung: 31.10.2023 - 14:49:39
 * Erschienen am: 01.11.2023", literaturkritik.de). Null when no label stands before a day.
 */
function publishedSpan(text: string): ReturnType<typeof findDateSpan> {
  let offset = 0;
  for (let found = findDateSpan(text); found;) {
    const at = text.indexOf(found.span, offset);
    if (found.precision === 'day' && publishedBefore(text.slice(0, at))) return found;
    offset = at + found.span.length;
    found = findDateSpan(text.slice(offset));
  }
  return null;
}

/**
 * A dateline's own label, not a publication label: "Datum:", "• Date", "Erstellt am:",
 * "Geschrieben von ... am", "Eingetragen am", a byline's "Author: Bo2man am 29.12.2010, 13:36
 * Uhr" (dzs-clan.de, under the story).
 */
const DATE_LABEL =
  /^[\s•*_-]*(?:datum|date|erstellt|geschrieben|eingetragen|author|autor)(?!\p{L})/iu;

/** A comments section's heading: "3 Kommentare", "12 Responses". */
const COMMENT_COUNT =
  /^\d+\s+(?:comments?|kommentare?|responses?|antworten|commentaires?|comentarios?)\b/iu;

/**
 * An update's label right before a day ("Aktualisiert: 30.12.2016", "Aktualisiert am
 * 17.01.2021.", "Stand 27.01.2022", "Letzte Änderung: 14.01.2022 um 09:25", "Updated June 13,
 * 2019"), as dates.ts's DUMP_OTHER_LABEL names updates.
 */
const UPDATE_BEFORE =
  /(?<!\p{L})(?:updated|last updated|aktualisiert|zuletzt aktualisiert|geändert|letzte änderung|stand|mis à jour|actualizad[oa]|atualizad[oa]|päivitetty)(?:\s{1,3}(?:am|on|le|el|em))?\s{0,3}:?\s{0,3}$/iu;

/**
 * On a page still undated after every other reader, the day its text says it was last updated,
 * labelled (UPDATE_BEFORE) on a short line under line `n` (the headline), within
 * LABELLED_BELOW_LINES lines and not past a comment form: a page that prints only its update
 * (pronats.de's "Aktualisiert: 30.12.2016" under its text, bundesrat.de's "Stand 27.01.2022") is
 * dated by it, as an update in the header dates a dump (pickDate), never before a publication.
 * Not a site's footer ("This page was last edited on ...", isForeignDateLine).
 */
export function readUpdateStampBelow(state: ExtractState, n: number): void {
  if (state.meta.dates.length > 0) return;
  for (const { line, text } of shortLinesBelow(state, n)) {
    const span = updateSpan(text);
    if (!span || wordsBesideDate(text, span.span) > LABELLED_BELOW_WORDS) continue;
    if (inDateList(state, line.n) || isForeignDateLine(text, false, span.span)) continue;
    dateFromLine(state, line, text, span, 'updated');
    return;
  }
}

/**
 * A line read with the label the line above is, where a page prints a label and its value in
 * blocks of their own (gipfelbuch.ch's <label>Letzte Änderung:</label> over <div
 * class="label_content">14.01.2022 um 09:25</div>, arteradio.com's <p>Mise en ligne</p> over
 * <p>23 mai 2019</p>): a few words ending in a colon, or a publication label alone.
 */
function withLabelAbove(text: string, above: string): string {
  const label = above.trim();
  const isLabel =
    /^\D{1,40}$/.test(label) &&
    wordCount(label) <= 4 &&
    (label.endsWith(':') || publishedLabel(label));
  return isLabel ? `${label} ${text}` : text;
}

/** The first day on a line that an update's label stands right before (UPDATE_BEFORE). */
function updateSpan(text: string): ReturnType<typeof findDateSpan> {
  let offset = 0;
  for (let found = findDateSpan(text); found;) {
    const at = text.indexOf(found.span, offset);
    if (found.precision === 'day' && UPDATE_BEFORE.test(text.slice(0, at))) return found;
    offset = at + found.span.length;
    found = findDateSpan(text.slice(offset));
  }
  return null;
}

/**
 * The page's first `most` lines with text under line `n`, those the body finder cut with their
 * text (it blanks them in state.lines), those read as a related list left out.
 */
function pageLinesBelow(state: ExtractState, n: number, most: number): Line[] {
  const cut = new Map<number, string>();
  const related = new Set<number>();
  for (const r of state.removed) {
    if (r.label === 'outside-article') cut.set(r.line, r.text);
    if (r.label === 'related-list') related.add(r.line);
  }
  const lines: Line[] = [];
  for (const l of state.lines) {
    const text = cut.get(l.n) ?? l.text;
    if (l.n > n && text.trim() && !related.has(l.n) && lines.push({ n: l.n, text }) === most) {
      break;
    }
  }
  return lines;
}

/**
 * A line opening with a publication label ("Veröffentlicht am 26. Oktober 2023", "Published Nov
 * 8, 2023", "Verfasst von: ... | 31. Dezember 2008"; the nouns too, "Veröffentlichung:
 * 04.02.2022" on mix1.de, "Erscheinungsdatum: 07.02.2022" on dhz-online.de) dates the story
 * from further above its headline too, as far as the author's name may stand (PageHeader.above):
 * a teaser's date is printed bare. html2text may open it with emphasis ("_Pubblicato il:  _ 30
 * Settembre 2020", vegolosi.it), and print "Veroffentlicht" where it lost the page's accents.
 */
export function publishedLabel(text: string): boolean {
  return /^[\s•*_-]*(?:published|posted|first published|ver[öo]ffentlicht|ver[öo]ffentlichung|erscheinungsdatum|publiziert|verfasst|erschienen|publié|mise en ligne|mis en ligne|publicado|pubblicato)(?!\p{L})/iu.test(
    text,
  );
}

const DATE_PRIORITY: Record<DateKind, number> = { published: 0, plain: 1, updated: 2 };

/** The publication date: the first published date, else the first plain one, else an update's. */
export function pickDate(state: ExtractState): ExtractedDate | null {
  const { dates } = state.meta;
  dates.sort((a, b) => DATE_PRIORITY[a.kind] - DATE_PRIORITY[b.kind]);
  return dates[0]?.date ?? null;
}
