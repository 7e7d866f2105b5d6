// A dump's date among other dates. A list of stories (teasers, "weitere Artikel", related
// posts) prints each story's title over its date, so its datelines stand a few lines apart; a
// date there is a listed story's, whichever line the headline finder took for the headline
// (herrpfleger's "New Balance Fresh Foam 1080" / "22. Februar 2016" among "Lesenswert"'s posts,
// in w3m and lynx). Undated beats wrong: such a date is not taken.

import {
  datelineDay,
  findDateSpan,
  findFiguresDateSpan,
  wordsBesideDate,
} from '../normalize/dates.ts';
import { perObject } from '../normalize/memo.ts';
import { archiveToolbarLast } from './archive-toolbar.ts';
import type { Line } from '../normalize/paragraphs.ts';
import type { ExtractState, PageHeader } from './state.ts';

/**
 * Lines with text between two dates of a list at most: a teaser prints a section, a picture's
 * name, its title and its date (herrpfleger: 2 to 4 lines from one date to the next).
 */
const LIST_WINDOW = 6;
/**
 * Datelines printed alike in a run that make a list: an article's header prints two at most, its
 * own and the day's masthead or an update (viconsortium's "May 11, 2022", the masthead's, over
 * "Published On May 10, 2022").
 */
const LIST_DATES = 3;

/**
 * The day a dateline holds, a date with few words beside it ("18. Mai 2016", "Von Jörg Staff am
 * 10.08.2022"), and its words besides the date: a list prints each of its dates alike.
 */
function datelineOf(text: string): { day: string; words: string } | null {
  const span = datelineDay(text);
  if (!span) return null;
  const words = text.replace(span.span, ' ').match(/\p{L}+/gu) ?? [];
  return { day: span.value, words: words.join(' ').toLowerCase() };
}

/** A dateline of the page: its line, its day and its words besides the date. */
interface DatedLine {
  readonly n: number;
  readonly day: string;
  readonly words: string;
}

/**
 * The runs of datelines on the page: datelines each within LIST_WINDOW lines with text of the
 * next (a run holds a list's last date too, which has one neighbour only). Read once a page by
 * its printed lines, which are never changed once read: listAroundHeadline, postsAroundHeadline
 * and dayColumn each read every dateline of the page (three reads of each line's date and its
 * words, 2.3% of a 10-30 KB dump's normalize CPU, stop 52).
 */
const dateRuns = perObject(readDateRuns);

function readDateRuns(lines: readonly Line[]): readonly (readonly DatedLine[])[] {
  const runs: DatedLine[][] = [];
  let run: DatedLine[] = [];
  let gap = 0;
  for (const line of lines) {
    const dateline = datelineOf(line.text);
    if (dateline === null) {
      gap++;
      continue;
    }
    if (gap > LIST_WINDOW && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push({ n: line.n, ...dateline });
    gap = 0;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * The run of datelines the headline stands inside when it is a list's: LIST_DATES of its
 * datelines printed alike (the same words beside the date), of more than one day, on both sides
 * of the headline. Then the headline finder took a listed story's title, and the dates around it
 * are the listed stories'. A list above the headline or under it is not enough: a story's own
 * dateline may stand next to one (piratenpartei's "• 13.02.2020 20:00 Stammtisch" events
 * over its headline and "21. September 2019"; mein-mmo's "Release: 11.02.2005" over "5 Min. 1.
 * November 2023 Cortyn 1 Kommentar").
 */
function listAroundHeadline(page: PageHeader): LineSpan | null {
  const headline = page.headline?.lines[0]?.n;
  if (headline === undefined) return null;
  for (const run of dateRuns(page.printed)) {
    const listed = run.some((d) => {
      const alike = run.filter((o) => o.words === d.words);
      if (alike.length < LIST_DATES || alike.every((o) => o.day === d.day)) return false;
      return alike.some((o) => o.n < headline) && alike.some((o) => o.n > headline);
    });
    if (listed || (listOn(run, (d) => d.n < headline) && listOn(run, (d) => d.n > headline))) {
      return { first: (run[0] as DatedLine).n, last: (run.at(-1) as DatedLine).n };
    }
  }
  return null;
}

/**
 * Whether line `n`, a date over the headline, is the last of a list's LIST_DATES datelines printed
 * alike, of more than one day, in one run (dateRuns): a repository's file list prints each file's
 * last commit day bare under its name and message ("pyproject.toml" / "Use updated yagna REST
 * API bindings (#944)" / "Apr 15, 2022", github's yapapi in html2text, its README's title the
 * headline three lines under it). A story's own dateline over its headline is printed once, or
 * worded apart from a teasers' list over it.
 */
export function lastOfListAbove(state: ExtractState, n: number): boolean {
  const page = state.page;
  if (!page) return false;
  const run = dateRuns(page.printed).find((r) => r.some((d) => d.n === n));
  const own = run?.find((d) => d.n === n);
  if (!run || !own || run.some((d) => d.n > n)) return false;
  const alike = run.filter((d) => d.words === own.words);
  return alike.length >= LIST_DATES && alike.some((d) => d.day !== own.day);
}

/**
 * Whether the run's datelines on one side of the headline (`side`) hold a list of their own: two
 * printed alike of two days at least. A page may print two lists of the same stories, each its
 * own way, the headline taken from the second (humanresourcesmanager.de's "weitere Artikel", a
 * bare "16.11.2022" over each title, then "Verwandte Artikel", "Von Jörg Staff am 16.11.2022"
 * under each); a story's own dateline and its update stamp are of one day or worded apart.
 */
function listOn(run: readonly DatedLine[], side: (d: DatedLine) => boolean): boolean {
  const lines = run.filter(side);
  return lines.some((d) => {
    const alike = lines.filter((o) => o.words === d.words);
    return alike.length >= 2 && alike.some((o) => o.day !== d.day);
  });
}

/**
 * Datelines printed alike over the whole page, of as many days at least, on both sides of the
 * headline, that make a page of posts: a blog's front page ("Publiziert am 10. Juli 2013 von
 * uriebe" under each post, echte-demokratie-jetzt.de), a forum thread (a bare "Sep 20, 2020" over
 * each reply, villagersandheroes.com), each post too long for dateRuns' window. The headline
 * finder took one post's title or line, and every dateline on the page is a post's, not the
 * page's (the blog's other author's "Publiziert am 26. Mai 2013 von Tom Stelling" too). An
 * article's header prints two alike at most: the day's masthead and its own.
 */
const POSTS = 3;
/**
 * A post's dateline names its author ("publiziert am von uriebe"): datelines alike with no name,
 * a bare day or a label ("posted on", "release", "stammtisch"), are as often teasers' above and
 * under a story's own (nationnews.com, mein-mmo.de, piratenpartei-marburg.de, laweekly.com, 11
 * of w3m's trafilatura pages dated right lost their day when those counted).
 */
const BYLINE_WORDS = /(?:^|\s)(?:von|by|par|por|di)\s+\p{L}/u;

/** Every dateline's line where the headline stands among posts (POSTS), else none. */
function postsAroundHeadline(page: PageHeader): Set<number> {
  const headline = page.headline?.lines[0]?.n;
  if (headline === undefined) return new Set();
  const datelines = dateRuns(page.printed).flat();
  const byWords = new Map<string, DatedLine[]>();
  for (const d of datelines) byWords.set(d.words, [...(byWords.get(d.words) ?? []), d]);
  const amongPosts = [...byWords].some(
    ([words, alike]) =>
      BYLINE_WORDS.test(words) &&
      new Set(alike.map((d) => d.day)).size >= POSTS &&
      alike.some((d) => d.n < headline) &&
      alike.some((d) => d.n > headline),
  );
  return new Set(amongPosts ? datelines.map((d) => d.n) : []);
}

/**
 * Datelines printed alike and of one day that make a table's column, not a header's: a results
 * table prints the meeting's day in each row ("4 x 100 m Staffel Schi A  19.05.2007" four times,
 * "100 m Schi A W14  19.05.2007" twenty; leichtathletik-ostalbkreis in w3m and lynx, the
 * headline taken from a row or a heading over the table, the post's own "20. Mai 2007" over it).
 * A header prints its day twice at most (LIST_DATES). Teasers of one day print theirs alike too
 * ("Posted on April 29, 2022", a bare "May 4, 2022"), the story's own among them: a column's rows
 * name their thing beside the day (namesARow), a teaser's dateline does not.
 */
const SAME_DAY_ROWS = 4;
/**
 * A dateline's own words, which teasers of one day print alike ("Posted on April 29, 2022" under
 * each of nationnews' stories, "• 6 de mayo de 2022 05:30" on hoy.com): a column's rows name
 * their own thing beside the day, two words at least of none of these.
 */
const DATELINE_OWN_WORDS = new Set(
  'posted published updated on at by am um von uhr de del le el à a las h par por em publicado publié veröffentlicht aktualisiert'.split(
    ' ',
  ),
);
const ROW_NAME_WORDS = 2;

/** The line's words, lower case, one space between. */
function lowerWords(text: string): string {
  return (text.match(/\p{L}+/gu) ?? []).join(' ').toLowerCase();
}

/** A row's name beside its day: ROW_NAME_WORDS words that are not a dateline's own. */
function namesARow(words: string): boolean {
  return words.split(' ').filter((w) => w && !DATELINE_OWN_WORDS.has(w)).length >= ROW_NAME_WORDS;
}

/** Every dateline's line of a column of one day on the page (SAME_DAY_ROWS), else none. */
function dayColumn(page: PageHeader): Set<number> {
  const lines = new Set<number>();
  const byWords = new Map<string, DatedLine[]>();
  for (const d of dateRuns(page.printed).flat()) {
    const key = `${d.day} ${d.words}`;
    byWords.set(key, [...(byWords.get(key) ?? []), d]);
  }
  for (const alike of byWords.values()) {
    if (alike.length >= SAME_DAY_ROWS && namesARow(alike[0]?.words ?? ''))
      for (const d of alike) lines.add(d.n);
  }
  return lines;
}

/**
 * A menu's items as a dump prints links set side by side with no space between them: words glued
 * lower case to capital ("Últimas noticiasRusia invade UcraniaCoronavirusCrisis en Venezuela"),
 * or capitals run into one word longer than any ("AMÉRICAARGENTINAMÉXICOCOLOMBIATENDENCIAS").
 * GLUED_JOINS joins at least: a name may hold one or two ("McDonald's YouTube").
 */
const GLUED_JOINS = 3;
const RUN_CAPITALS = /\p{Lu}{20,}/u;

function isGluedMenu(text: string): boolean {
  return (text.match(/\p{Ll}\p{Lu}/gu)?.length ?? 0) >= GLUED_JOINS || RUN_CAPITALS.test(text);
}

/**
 * True when line `n` stands between two menus' lines (isGluedMenu), the nearest lines with text
 * above and under it: the masthead's day in the site's navigation, today's when the page was
 * saved (infobae.com's "Miércoles 4 de Mayo de 2022" between its section menus, over a story of
 * 3 May), not the story's.
 */
function betweenMenus(lines: readonly Line[], n: number): boolean {
  const at = lines.findIndex((l) => l.n === n);
  if (at < 0) return false;
  const above = lines.slice(0, at).findLast((l) => l.text.trim());
  const below = lines.slice(at + 1).find((l) => l.text.trim());
  return !!above && !!below && isGluedMenu(above.text) && isGluedMenu(below.text);
}

/**
 * The line number of the Wayback Machine's toolbar's last line (archiveToolbarLast), 0 where there
 * is none: the captures' span it prints ("21 Feb 2007 - 23 Mar 2021") is no dateline
 * (archive.org-travaillent, w3m and html2text, was dated by the span's first day). Read on a file
 * with no page header too, so from the lines, those the body finder cut with their text.
 */
function archiveToolbarEnd(state: ExtractState): number {
  const cut = new Map(
    state.removed.filter((r) => r.label === 'outside-article').map((r) => [r.line, r.text]),
  );
  return archiveToolbarLast(printedWithCut(state.lines, cut))?.n ?? 0;
}

/**
 * The lines that print something, a cut line with its text (`cut`, by line number), read as
 * asked (a module function, not a generator in archiveToolbarEnd: the build's transform names
 * every function declared in a function with a call as it is made, stop 53).
 */
function* printedWithCut(lines: readonly Line[], cut: Map<number, string>): Generator<Line> {
  for (const line of lines) {
    const text = cut.get(line.n) ?? line.text;
    if (text.trim()) yield { n: line.n, text };
  }
}
const archiveToolbarEndOf = perObject(archiveToolbarEnd);

/** First and last line numbers. */
interface LineSpan {
  first: number;
  last: number;
}

/**
 * Lines in a row that each print a date, of as many days at least, that make a table or a list
 * of dated things (a forum's "Neueste Themen" table, "Kurznotiz  von lupa  * 02/03/16, 11:11 am"
 * among nine other topics' rows, wolfsrebellen in w3m), where an article's header prints two at
 * most: its own date and an update's or the day's masthead.
 */
const DATED_ROWS = 3;
/**
 * A row's words besides its date at most: a topic's title, its author and the time ("Os-Plattform:
 * Test, Reaktion und Abmahnung /  von lupa  * 01/02/16, 02:38 pm"); a paragraph holds more
 * (html2text prints one a line: damianduchamps' "... am 09.07.2019 zunächst bekannt gab ...").
 */
const ROW_WORDS = 12;

/**
 * The numbers of the lines in the page's dated tables: DATED_ROWS lines with text in a row or
 * more, each holding a day, DATED_ROWS days at least among them.
 */
function datedRows(page: PageHeader): Set<number> {
  const rows = new Set<number>();
  let run: { n: number; day: string }[] = [];
  for (const line of page.printed) {
    // Read in figures too ("02/03/16"): the rows' days are told apart, not read as the page's.
    const span = findDateSpan(line.text) ?? findFiguresDateSpan(line.text);
    if (span?.precision === 'day' && wordsBesideDate(line.text, span.span) <= ROW_WORDS) {
      run.push({ n: line.n, day: span.value });
    } else {
      closeRows(run, rows);
      run = [];
    }
  }
  closeRows(run, rows);
  return rows;
}

/**
 * A run of dated lines ended: its lines are a table's rows when DATED_ROWS or more, of as many
 * days (a module function, not a closure in datedRows: the build's transform names every closure
 * bound to a name with a call as it is made, stop 53).
 */
function closeRows(run: { n: number; day: string }[], rows: Set<number>): void {
  if (run.length >= DATED_ROWS && new Set(run.map((r) => r.day)).size >= DATED_ROWS) {
    for (const r of run) rows.add(r.n);
  }
}

/**
 * A reply's subject taken for the headline: a forum thread or a mail archive prints each post
 * under "Re: <the thread's subject>" (wolfsrebellen's "Re: Forums-Regeln" in html2text, over
 * "von lupa am 26/05/14", the second post's day; the thread opened 26/10/13). The datelines
 * around it are the replies'.
 */
const REPLY_SUBJECT = /^[\s*_#]*(?:re|aw|antw|sv|vs)\s?:\s/iu;

function replyHeadline(page: PageHeader): boolean {
  const first = page.headline?.lines[0]?.text;
  return first !== undefined && REPLY_SUBJECT.test(first);
}

/** A list item's bullet opening a line, as the dumps print one: "•", "*", "-", "□", "o". */
const LIST_BULLET = /^\s*(?:[•*□◦▪·-]|o(?=\s))\s/u;

/**
 * The lines of the runs of datelines (dateRuns) that hold two list items or more, each opening
 * with a bullet and holding a date, of two days at least: a widget's list of posts ("Recent
 * Posts" / "• zz plant carezz plant care October 30, 2020 Kate May" / "• polka dot plant care...
 * October 28, 2020 Kate May", youhadmeatgardening in w3m, under a story of 21 April), each item
 * its post's title, date and author worded apart, so that listOn does not see them alike. Each
 * item names its post (namesARow): a story's own dateline and its update set as bullets ("•
 * Published: 03 December 2019" / "• Updated: 06 December 2019", strangemachines; "• January 28,
 * 2018" / "• Updated: August 22, 2019", foxyfolksy) name nothing beside their days.
 */
function datedListItems(page: PageHeader): Set<number> {
  const items = new Set<number>();
  let run: { n: number; day: string }[] = [];
  let gap = 0;
  const close = () => {
    if (run.length >= 2 && new Set(run.map((r) => r.day)).size >= 2)
      for (const r of run) items.add(r.n);
    run = [];
  };
  for (const line of page.printed) {
    const span = LIST_BULLET.test(line.text) ? findDateSpan(line.text) : null;
    const item =
      span?.precision === 'day' && namesARow(lowerWords(line.text.replace(span.span, ' ')));
    if (!span || !item || wordsBesideDate(line.text, span.span) > ROW_WORDS) {
      if (line.text.trim() && ++gap > LIST_WINDOW) close();
      continue;
    }
    run.push({ n: line.n, day: span.value });
    gap = 0;
  }
  close();
  return items;
}

/** The page-wide answers inDateList reads, each read once a page: every date line asks. */
const listAroundHeadlineOf = perObject(listAroundHeadline);
const postsAroundHeadlineOf = perObject(postsAroundHeadline);
const datedRowsOf = perObject(datedRows);
const dayColumnOf = perObject(dayColumn);
const datedListItemsOf = perObject(datedListItems);

/**
 * True when line `n` of a dump (false for a saved page's blocks, read by their markup) stands
 * between two menus' lines (betweenMenus) or within the list of dated stories the headline was
 * taken from (listAroundHeadline) or among posts (postsAroundHeadline): its date is
 * a listed story's, not the page's story's.
 */
export function inDateList(state: ExtractState, n: number): boolean {
  if (
    state.file.format !== 'html' &&
    (n <= archiveToolbarEndOf(state) || betweenMenus(state.lines, n))
  )
    return true;
  const page = state.page;
  if (!page) return false;
  if (replyHeadline(page)) return true;
  const list = listAroundHeadlineOf(page);
  if (list !== null && list.first <= n && n <= list.last) return true;
  return (
    postsAroundHeadlineOf(page).has(n) ||
    datedRowsOf(page).has(n) ||
    dayColumnOf(page).has(n) ||
    datedListItemsOf(page).has(n) ||
    creditedCaption(page, n)
  );
}

/** A picture's credit: the photographer's ©, a "Foto:" / "Photo:" / "Bild:" label. */
const PICTURE_CREDIT = /©|(?<!\p{L})(?:foto|photo|bild)\s?:/iu;

/**
 * Line `n` is a picture's name printed again under it as its caption, with the picture's credit:
 * a gallery prints each picture's alt text over its caption ("• Amrumbank West Topside
 * Installation 28.04.2014" over "Amrumbank West Topside Installation 28.04.2014 © E.ON Climate &
 * Renewables/Matthias Ibeler", offshore-stiftung's 13 pictures under its headline in w3m; lynx
 * wraps the pair so that the credit's line opens with the date). The next line with text prints
 * the line's date and a credit: the date is the picture's, not the story's.
 */
function creditedCaption(page: PageHeader, n: number): boolean {
  const at = page.printed.findIndex((l) => l.n === n);
  const next = page.printed[at + 1]?.text;
  if (at < 0 || next === undefined || !PICTURE_CREDIT.test(next)) return false;
  const span = findDateSpan((page.printed[at] as Line).text);
  return span !== null && next.includes(span.span);
}

/**
 * A field of a record's sheet: a short label, a colon, a value ("ISBN: 9783453580565",
 * "Verlag: Heyne", html2text's "**Seiten:** 448", "**Übersetzer** : Sonja Häußler").
 */
const SHEET_FIELD = /^[\s•*_-]*\p{L}[\p{L}\p{N} ./()-]{0,24}?[*_]*\s?:[*_|]*\s+\S/u;
/**
 * A field's label whose value stands on the next line with text: html2text prints a sheet's
 * table as "Label:| value" rows, a cell holding a block on lines of their own ("Kaufpreis:| " /
 * "ab 70 Euro" among chip.de's "Sprache:| Englisch" / "Version:| 9.04 \- vom 12.02.2020").
 */
const SHEET_LABEL = /^[\s•*_-]*\p{L}[\p{L}\p{N} ./()-]{0,24}?[*_]*\s?:[*_|]*\s*$/u;
/**
 * Fields in a row (blank lines between them left aside) that make a record's sheet, not an
 * article's header: a book's or a product's facts print their own date among them (a review's
 * "ISBN: / Seiten: / Format: / Verlag: / Übersetzer: / Erscheinungsdatum: 14.08.2017 / Preis:",
 * weinlachgummis, 7 to 10 fields in the three dumps), where an article's fields run 3 to 5
 * ("Datum: / Autor: / Quelle:", livenet; "Veröffentlicht am: / Kategorie: / Schlagworte:",
 * krimiblog), as trafilatura's pages print them.
 */
const SHEET_FIELDS = 6;

/**
 * True when line `n` of a dump is a field of a record's sheet (SHEET_FIELDS fields in a row): its
 * date is the record's (a book's release), not the page's story's.
 */
export function inFieldSheet(state: ExtractState, n: number): boolean {
  const printed = state.page?.printed;
  if (!printed) return false;
  const at = printed.findIndex((l) => l.n === n);
  if (at < 0 || !SHEET_FIELD.test((printed[at] as Line).text)) return false;
  const field = (i: number) => {
    const text = (printed[i] as Line).text;
    return SHEET_FIELD.test(text) || SHEET_LABEL.test(text);
  };
  // A label's value on its own line stands in the run; the fields alone are counted.
  const inRun = (i: number) =>
    field(i) || (i > 0 && SHEET_LABEL.test((printed[i - 1] as Line).text));
  let first = at;
  while (first > 0 && inRun(first - 1)) first--;
  let last = at;
  while (last + 1 < printed.length && inRun(last + 1)) last++;
  let fields = 0;
  for (let i = first; i <= last; i++) if (field(i)) fields++;
  return fields >= SHEET_FIELDS;
}
