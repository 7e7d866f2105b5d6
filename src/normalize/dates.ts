// Publication dates as news sites print them. A date needs a year: "Tuesday" or "August 22"
// alone is never turned into a full date, because guessing the year invents a fact.

import type { DatePrecision, ExtractedDate } from '../types.ts';
import { perDocument } from './memo.ts';
import { OPENS_LOWER_CASE } from '../text.ts';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
}; // prettier-ignore

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d{2})';
/**
 * The end of a year: no more figures, but for a clock time a dump glues to it ("3 de mayo de
 * 202221:25", lanacion.com.ar; "miércoles, 4 de mayo de 202200:00 hs", losandes.com.ar: the
 * date's and the time's elements printed with no space between, in w3m, lynx and html2text). A
 * year has four figures, so the ones after it are the hour's.
 */
const YEAR_END = '(?!\\d(?!\\d?:\\d{2}(?!\\d)))';

/** A day's dot, as html2text prints it escaped ("14\\. Juni 2013"), or none. */
const DAY_DOT = '(?:\\\\?\\.)?';

/** The languages whose month and weekday names are read (localeMonths, weekdayNames). */
const DATE_LOCALES = [
  'fr',
  'de',
  'es',
  'pt',
  'it',
  'nl',
  'cs',
  'pl',
  'sv',
  'da',
  'nb',
  'ro',
  'ru',
  'uk',
];

/**
 * A weekday's long name, in English and the languages of DATE_LOCALES, and English's three-letter
 * form: WordPress's "Chateau" and "Able" themes print a post's date as day, weekday, month and
 * year, each in its own box ("31 Donnerstag Okt 2019", 1hundetagebuch; "31 Thursday Oct 2019").
 * The name may stand in html2text's emphasis marks ("**31** _Donnerstag_ Okt 2019").
 */
function weekdayNames(): Set<string> {
  const names = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
  for (const locale of ['en', ...DATE_LOCALES]) {
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 2018-01-01 was a Monday: seven days from it give each weekday once.
    for (let d = 1; d <= 7; d++)
      names.add(format.format(new Date(Date.UTC(2018, 0, d))).toLowerCase());
  }
  return names;
}

const WEEKDAYS = weekdayNames();

/** Each pattern yields [year, month, day] capture positions; bounded quantifiers only. */
const PATTERNS: { re: RegExp; order: ('y' | 'm' | 'd')[] }[] = [
  // ISO dates, also as the start of a timestamp ("2005-03-05T17:21:24Z").
  { re: new RegExp(`\\b${YEAR}-(\\d{2})-(\\d{2})(?![\\d-])`), order: ['y', 'm', 'd'] },
  { re: new RegExp(`\\b${YEAR}/(\\d{1,2})/(\\d{1,2})\\b`), order: ['y', 'm', 'd'] },
  { re: new RegExp(`\\b${YEAR}\\.(\\d{2})\\.(\\d{2})\\b`), order: ['y', 'm', 'd'] },
  // Day first with dots, as German, French and Czech pages print it: "08.04.2015 12:46" (heise),
  // "04.05.2015 à 13h36" (lemonde-1). A US date is written with slashes, not dots.
  // Not glued to a word or a time: "macbacchi30.09.1907:44" is a name and "30.09.19 07:44".
  { re: new RegExp(`(?<![\\p{L}\\d.])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}(?![\\d.:]\\d)`, 'u'), order: ['d', 'm', 'y'] },
  // Reuters: "26-FEB-1987 15:01:01.79"
  { re: new RegExp(`\\b(\\d{1,2})-${MONTH}-${YEAR}\\b`, 'i'), order: ['d', 'm', 'y'] },
  // "Fri, Dec 10, 2004", "December 10 2004", "Dec. 10th, 2004"
  // The year may be glued to the next element's text in a dump ("Posted on Freitag, 15. April
  // 2016Samstag, 4. März 2017": the post's date, then its update's).
  // html2text prints an icon's empty emphasis against it ("Shana Nys Dambrot __November 6, 2023
  // __", laweekly): an underscore before the month is no letter of a word.
  { re: new RegExp(`(?<![\\p{L}\\d])${MONTH}\\.?\\s{1,3}${DAY}(?:,\\s{0,3}|\\s{1,3})${YEAR}${YEAR_END}`, 'iu'), order: ['m', 'd', 'y'] },
  // "10 December 2004", "Friday 10th of Dec, 2004"; "5. November 2021", as German writes a month
  // spelled as in English (FOREIGN_MONTHS leaves those names to these patterns).
  // html2text escapes the day's dot and may open the line with emphasis marks: "__1\\. November 2023".
  { re: new RegExp(`(?<![\\p{L}\\d])${DAY}${DAY_DOT}\\s{1,3}(?:of\\s{1,3})?${MONTH}\\.?,?\\s{1,3}${YEAR}${YEAR_END}`, 'iu'), order: ['d', 'm', 'y'] },
]; // prettier-ignore

/**
 * Month names of other languages, read day first the way these languages write a date, so that
 * "Mars 2020" in an English headline is no date: "24 novembre 2017" (liberation, videos-2),
 * "21. Dezember 2018", "21 de dezembro de 2018", "21.dez.2018" (folha), "1. listopadu 2021".
 * The names come from the runtime's CLDR data (Intl): the long name, the form a date with a day
 * uses (Czech and Polish decline it: "listopadu", "grudnia") and the abbreviation, dot dropped.
 * A name two locales give different months is left out.
 */
function localeMonths(): Record<string, number> {
  const months: Record<string, number> = {};
  const clash = new Set<string>();
  const add = (name: string, month: number) => {
    const key = name.toLowerCase().replace(/\.$/, '');
    // Short forms of one or two letters and numbers ("1.") would read too much as a month.
    if (key.length < 3 || !/^\p{L}+$/u.test(key) || MONTHS[key]) return;
    if (months[key] !== undefined && months[key] !== month) clash.add(key);
    months[key] = month;
  };
  for (const locale of DATE_LOCALES) {
    const formats: Intl.DateTimeFormatOptions[] = [
      { month: 'long' },
      { month: 'short' },
      { day: 'numeric', month: 'long' },
    ];
    for (const options of formats) {
      const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const parts = format.formatToParts(new Date(Date.UTC(2018, m - 1, 21)));
        add(parts.find((p) => p.type === 'month')?.value ?? '', m);
      }
    }
  }
  for (const key of clash) delete months[key];
  return months;
}

const FOREIGN_MONTHS = localeMonths();
// Longest first: "dezembro" before "dez".
const FOREIGN_MONTH = `(${Object.keys(FOREIGN_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
// "10 mayo, 2022" and "07 Dezember, 2022" put a comma after the month, as English does. Spanish
// of Peru and Bolivia joins the year with "del": "sabado 07 de mayo del 2022" (libero.pe).
const FOREIGN_DAY_FIRST = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:er|º)?(?:${DAY_DOT}\\s{1,3}|\\\\?\\.)(?:de\\s{1,3})?${FOREIGN_MONTH}(?:\\.?,?\\s{1,3}|\\.)(?:del?\\s{1,3})?${YEAR}${YEAR_END}`,
  'iu',
);
/**
 * A month of another language written first, the English way, as WordPress themes print it on
 * German and Spanish blogs: "Dezember 26, 2019", "Okt 13, 2022", "mayo 11, 2022".
 */
const FOREIGN_MONTH_FIRST = new RegExp(
  `(?<![\\p{L}\\d])${FOREIGN_MONTH}\\.?\\s{1,3}(\\d{1,2}),?\\s{1,3}${YEAR}${YEAR_END}`,
  'iu',
);

/**
 * A day, a word, a word and a year: the shape of a day, its weekday, month and year
 * ("31 Donnerstag Okt 2019", "**31** _Donnerstag_ Okt 2019", "31 Thursday Oct 2019"), its words
 * looked up in WEEKDAYS and the months' names. Tried after the patterns above, on a line none of
 * them dates. The weekday's names as an alternation in PATTERNS' day-first pattern read the same
 * dates (104,502 lines with a year of the corpora's dumps and pages compared) but made the first
 * pass over w3m's 14,247 lines with a year some 100 ms slower (the case-folded alternation
 * compiled), under load.
 */
const DAY_WORD_WORD_YEAR = new RegExp(
  `(?<![\\p{L}\\d])(\\d{1,2})(?:\\*\\*)?\\s{1,3}_?(\\p{L}{3,12})_?,?\\s{1,3}(\\p{L}{3,12})\\.?,?\\s{1,3}${YEAR}(?!\\d)`,
  'gu',
);

/** A day, its weekday, month and year (DAY_WORD_WORD_YEAR), or null. */
function weekdayDate(text: string): DateSpan | null {
  for (const match of text.matchAll(DAY_WORD_WORD_YEAR)) {
    if (!WEEKDAYS.has((match[2] ?? '').toLowerCase())) continue;
    const name = (match[3] ?? '').toLowerCase();
    const month = MONTHS[name] ?? FOREIGN_MONTHS[name];
    const date = month ? makeDate(match[4] ?? '', String(month), match[1] ?? '') : null;
    if (date) return { ...date, span: match[0] };
  }
  return null;
}

const MONTH_YEAR = new RegExp(`\\b${MONTH}\\.?,?\\s{1,3}${YEAR}\\b`, 'i');

/** Finds the first full date in a line, or a month and year when `allowMonth` (datelines only). */
export function findDate(line: string, allowMonth = false): ExtractedDate | null {
  const found = findDateSpan(line, allowMonth);
  return found ? { value: found.value, precision: found.precision, from: line.trim() } : null;
}

/** Like findDate, and also gives the text the date was printed as ("Dec 10, 2004"). */
export function findDateSpan(
  line: string,
  allowMonth = false,
): { value: string; precision: DatePrecision; span: string } | null {
  // Every pattern below holds YEAR: a line without such a year holds no date, and most lines
  // have none (the body finder asks of every block's end, the headline finder of every line
  // under a candidate). A pattern added without YEAR must change this test.
  if (!MAY_HOLD_YEAR.test(line)) return null;
  // A line with a year is asked about twice on average in a page dump's normalize (the date
  // list, the header readers, the headline finder): the patterns run once a document. A copy is
  // given, so that no caller can change the memo's answer.
  const found = (allowMonth ? dateOrMonthSpanOf : dateSpanOf)(line);
  return found && { ...found };
}

type DateSpan = { value: string; precision: DatePrecision; span: string };

/** readDateSpan's answers for a document's lines (src/normalize/memo.ts). */
const dateSpanOf = perDocument((line) => readDateSpan(line, false));
const dateOrMonthSpanOf = perDocument((line) => readDateSpan(line, true));

/** findDateSpan's reading of a line with a year. */
function readDateSpan(line: string, allowMonth: boolean): DateSpan | null {
  // A dump prints a date twice without a space where a page shows it as published and updated
  // ("1. November 20161. November 2016", surfguard): the year is cut from the day after it.
  const unglued = unglueYear(line);
  const text = GLUED_NAME_TEST.test(unglued) ? unglued.replace(GLUED_NAME, ' ') : unglued;
  const english = patternSpan(text);
  const foreign = foreignDayFirst(text);
  // The first of the two on the line: a Spanish dateline's day, then its update's in English
  // ("sabado 07 de mayo del 2022Actualizado 07 May 2022 | 13:43 h", libero.pe).
  if (english && !(foreign && foreign.at < english.at)) return english.span;
  if (foreign) return foreign.span;
  const monthFirst = FOREIGN_MONTH_FIRST.exec(text);
  if (monthFirst && !MENTIONED.test(text.slice(0, monthFirst.index))) {
    const month = FOREIGN_MONTHS[(monthFirst[1] ?? '').toLowerCase()];
    const date = month ? makeDate(monthFirst[3] ?? '', String(month), monthFirst[2] ?? '') : null;
    if (date) return { ...date, span: monthFirst[0] };
  }
  const weekday = weekdayDate(text);
  if (weekday) return weekday;
  if (allowMonth) {
    const match = MONTH_YEAR.exec(text);
    // A month alone dates a line that is little else ("Issue 24 / April 1987"); in a headline
    // ("SHIPMENTS IN JAN/NOV 1986") it is what the story is about.
    const rest = match ? (text.replace(match[0], ' ').match(/\p{L}+/gu) ?? []) : [];
    if (match && rest.length <= MAX_WORDS_BESIDE_MONTH) {
      const date = makeDate(match[2] ?? '', match[1] ?? '', '');
      if (date) return { ...date, span: match[0] };
    }
  }
  return null;
}

/** PATTERNS' date on the line, the first pattern's that reads one, and where it stands. */
function patternSpan(text: string): { span: DateSpan; at: number } | null {
  for (const { re, order } of PATTERNS) {
    const match = re.exec(text);
    if (!match) continue;
    // "Year ended March 31, 1987", "since May 17, 2016": a date the text talks about.
    if (MENTIONED.test(text.slice(0, match.index))) continue;
    const parts: Record<string, string> = {};
    order.forEach((key, i) => (parts[key] = match[i + 1] ?? ''));
    const date = makeDate(parts.y ?? '', parts.m ?? '', parts.d ?? '');
    if (date) return { span: { ...date, span: match[0] }, at: match.index };
  }
  return null;
}

/** FOREIGN_DAY_FIRST's date on the line, and where it stands. */
function foreignDayFirst(text: string): { span: DateSpan; at: number } | null {
  const foreign = FOREIGN_DAY_FIRST.exec(text);
  if (!foreign || MENTIONED.test(text.slice(0, foreign.index))) return null;
  const month = FOREIGN_MONTHS[(foreign[2] ?? '').toLowerCase()];
  const date = month ? makeDate(foreign[3] ?? '', String(month), foreign[1] ?? '') : null;
  return date && { span: { ...date, span: foreign[0] }, at: foreign.index };
}

/** YEAR's digits, anywhere (see findDateSpan). */
const MAY_HOLD_YEAR = /(?:19|20)\d{2}/;
/**
 * A year glued to the next date's day and spelled month: "20161. November", "202014 mars". A
 * WordPress theme prints the post's date, then its update's ("28. Juni 201914. Januar 2020",
 * arsnova; "10. Februar 20199. Februar 2019", heiko-adams): the first is the story's. So in
 * figures: "17/11/201917/11/2019 ~ Cem Basman" (sprechblase.wordpress.com), "15/01/201614/01/2016"
 * (medialepfade.de), the next date's day, month and four-figure year.
 */
const GLUED_YEAR =
  /(?<!\d)((?:19|20)\d{2})(?=\d{1,2}(?:\\?\.)?\s{1,3}\p{L}{3}|\d{1,2}([./])\d{1,2}\2(?:19|20)\d{2}(?!\d))/gu;
/** GLUED_YEAR's test, without the global flag's state: most lines with a year hold none. */
const GLUED_YEAR_TEST = new RegExp(GLUED_YEAR.source, 'u');

/** The line with a space after each year glued to the next date (GLUED_YEAR). */
function unglueYear(line: string): string {
  return GLUED_YEAR_TEST.test(line) ? line.replace(GLUED_YEAR, '$1 ') : line;
}
/**
 * A name glued to the day after it: a dump prints a byline's name and the dateline after it with
 * no space, the day then a month's name ("Por Rodrigo Mejías04 de mayo 2022 a las 09:01 hrs.",
 * publimetro.cl) or the day in figures with a four-figure year ("von Nadja Demel13.12.2022 -
 * 08:13 Uhr", wmn.de). Only after a lower-case letter: a word that ends so in figures, then a
 * month and a year, is no other thing than a glued date ("macbacchi30.09.1907:44", a name, a
 * short year and a time, stays unread: the year is glued to more figures).
 */
const GLUED_NAME =
  /(?<=\p{Ll})(?=\d{1,2}(?:\\?\.)?\s{1,3}(?:de\s{1,3})?\p{L}{3}|\d{1,2}\.\d{1,2}\.(?:19|20)\d{2}(?![\d.:]\d))/gu;
const GLUED_NAME_TEST = new RegExp(GLUED_NAME.source, 'u');

/**
 * Words a line may hold beside a month and year for the month to date it (a dateline's "Issue 24
 * / April 1987": one). Set by hand with the month-year rule (14e62b6, 2026-11-22: "a month-year
 * date only on a dateline"), from the examples in readDateSpan's comment, not fitted.
 */
const MAX_WORDS_BESIDE_MONTH = 3;

/** "19.10.19", "06.11.23": day first, two figures for the year. */
const SHORT_YEAR_DOTS = /(?<![\p{L}\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]|:\d)/u;
/** "15/07/2014", "3/5/2022", "11/08/23". */
const SLASHES = /(?<![\p{L}\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)?\d{2})(?![\d/])/u;

/**
 * A date in figures findDate does not read, because in running text it is as often something
 * else (a score, a version, a fraction): for a dump's dateline only (header-lines.ts), whose
 * other words are few, on a page not in English, day first ("Le 17/02/2020", "Por Adriano
 * Fernandes | 03/05/2022 20:36", "19.10.19, 18:56"). A two-figure year is 19xx from 70 on, else
 * 20xx. English pages are US or British, the order unknown: engadget's "11.03.17" is November 3,
 * and Readability's topicseed-1 prints "6/13/2018", the site's day, for a declared 2018-06-12
 * 23:00 UTC (the bench's day), so none is read there.
 */
export function findFiguresDateSpan(
  line: string,
): { value: string; precision: DatePrecision; span: string } | null {
  const text = unglueYear(line);
  for (const re of FIGURES_DATES) {
    const match = re.exec(text);
    const date = match ? makeDate(fullYear(match[3] ?? ''), match[2] ?? '', match[1] ?? '') : null;
    if (match && date) return { ...date, span: match[0] };
  }
  return null;
}

/**
 * findFiguresDateSpan's patterns, and its year's reading, made once: tsx keeps functions' names,
 * so a named function made inside a function costs a defineProperty on every call (1.4% of a
 * dump's normalize time went there, the date lists asking of every line: docs/figures.md, stop 41).
 */
const FIGURES_DATES = [SHORT_YEAR_DOTS, SLASHES];

/**
 * Figures in either order with a four-figure year ("12/30/2019", "01.21.2020"), or slashes with
 * two ("30/12/19").
 */
const EITHER_ORDER =
  /(?<![\p{L}\d./])(\d{1,2})(?:\/(\d{1,2})\/((?:19|20)?\d{2})|\.(\d{1,2})\.((?:19|20)\d{2}))(?![\d./]|:\d)/u;
/** The largest a month's number can be: a figure over it is the day. */
const LAST_MONTH = 12;

/**
 * A date in figures on a page in English, where the order is unknown (US or British:
 * findFiguresDateSpan), read only where its figures tell it: one over 12 is the day. US news
 * sites print the month first, politico's "12/30/2019 05:03 AM EST" under the byline, wired's
 * "01.21.2020 07:00 AM" over its headline (in the three dumps each); a British page's
 * "30/12/2019" reads the same day. "11/08/23" (observer) and "06/07/2019" tell nothing: none.
 */
export function findOrderedFiguresDateSpan(
  line: string,
): { value: string; precision: DatePrecision; span: string } | null {
  const match = EITHER_ORDER.exec(unglueYear(line));
  if (!match) return null;
  const first = Number(match[1]);
  const second = Number(match[2] ?? match[4]);
  const year = fullYear(match[3] ?? match[5] ?? '');
  if (first > LAST_MONTH === second > LAST_MONTH) return null;
  const date =
    first > LAST_MONTH
      ? makeDate(year, String(second), String(first))
      : makeDate(year, String(first), String(second));
  return date && { ...date, span: match[0] };
}

/** A year of two figures in four: "19" is 2019, "98" 1998. */
function fullYear(text: string): string {
  return text.length === 4 ? text : String((Number(text) < 70 ? 2000 : 1900) + Number(text));
}

/**
 * Words a dump's dateline holds besides its date and time: a label, a name, a place ("Bettina
 * Kugler 19.10.2019, 05:00 Uhr", "Veröffentlicht am 19.10.19 um 14:34 Uhr", "Publicado el
 * 03/05/2022 a las 22h03").
 */
export const DATELINE_WORDS = 5;

/**
 * A clock time beside a date: "18:56", "20H06", "7:01 pm", "05:00 Uhr" (the "Uhr" is a word),
 * Spanish's "09:01 hrs." and "00:00 hs" (publimetro.cl, losandes.com.ar: their "hrs" no word).
 */
const CLOCK = /\b\d{1,2}[:hH.]\d{2}(?::\d{2})?(?:\s?[ap]\.?\s?m\b\.?|\s?hr?s\b\.?)?/g;

/** The words of a line besides its date `span` and any clock time: a dateline has few. */
export function wordsBesideDate(line: string, span: string): number {
  return (
    line
      .replace(span, ' ')
      .replace(CLOCK, ' ')
      .replace(VIEW_COUNT, ' ')
      .match(/\p{L}+/gu) ?? []
  ).length;
}

/**
 * A hit counter beside a dateline, no words of it: "(1599 x gelesen)" (a XOOPS news item's
 * "Geschrieben von Cooper am 25.08.2015 22:30 (1599 x gelesen)", bayrische-bembel), "1.234 mal
 * gelesen", "5,310 views".
 */
const VIEW_COUNT = /\(?\b\d[\d.,]*\s*(?:x|mal)?\s*(?:gelesen|views|aufrufe)\b\)?/giu;

/**
 * A dateline's date: the first date on the line, to the day, with DATELINE_WORDS words beside it
 * at most ("18. Mai 2016", "Von Jörg Staff am 10.08.2022", "5. November 2021 admin News 0").
 */
export function datelineDay(line: string): ReturnType<typeof findDateSpan> {
  const span = findDateSpan(line);
  if (!span || span.precision !== 'day') return null;
  return wordsBesideDate(line, span.span) <= DATELINE_WORDS ? span : null;
}
const MENTIONED =
  /\b(?:ended|ending|through|until|till|since|before|after|from|between|of|to|due|by)\s+$/i;

function makeDate(
  yearText: string,
  monthText: string,
  dayText: string,
): { value: string; precision: DatePrecision } | null {
  const year = Number(yearText);
  const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS[monthText.toLowerCase()];
  if (!month || month < 1 || month > 12 || year < 1800 || year > 2200) return null;
  const mm = String(month).padStart(2, '0');
  if (!dayText) return { value: `${year}-${mm}`, precision: 'month' };
  const day = Number(dayText);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return { value: `${year}-${mm}-${String(day).padStart(2, '0')}`, precision: 'day' };
}

/** Labels that say which date a line carries: the published date wins over an update. */
const PUBLISHED_LABEL = /^\s*(?:published|posted|first published|date|dated|publication date)\b/i;
const UPDATED_LABEL = /\b(?:updated|last updated|modified|edited)\b/i;

export type DateKind = 'published' | 'updated' | 'plain';

/**
 * A publication label right before the date, anywhere on the line: a dump's dateline may open
 * with the author's name ("von Mathilda Trausch, Online-Redaktion Veröffentlicht: 26.12.2022",
 * fitforfun, under a print stamp's bare "02.01.23 09:51"). html2text prints a label's emphasis
 * around it ("_Pubblicato il:  _ 30 Settembre 2020", vegolosi.it): the marks are no words.
 */
const PUBLISHED_BEFORE =
  /(?<!\p{L})(?:published|posted|veröffentlicht|publiziert|erschienen|publié|publicado|pubblicato)(?:\s{1,3}(?:am|on|le|el|il|em))?[\s_*]{0,3}:?[\s_*]{0,4}$/iu;

/** Whether `before`, the text before a date, ends with a publication label (PUBLISHED_BEFORE). */
export function publishedBefore(before: string): boolean {
  return PUBLISHED_BEFORE.test(before);
}

/** dateKind for a dump's line, whose label may stand before the date (PUBLISHED_BEFORE). */
export function dumpDateKind(line: string, span: string): DateKind {
  const before = line.slice(0, line.indexOf(span));
  return PUBLISHED_BEFORE.test(before) ? 'published' : dateKind(line);
}

export function dateKind(line: string): DateKind {
  if (PUBLISHED_LABEL.test(line)) return 'published';
  if (UPDATED_LABEL.test(line)) return 'updated';
  return 'plain';
}

/**
 * Lines whose date is not the article's: a cookie or privacy notice, terms of service, a
 * copyright line, a "last edited/updated/modified" page footer, a comment's or a related story's
 * time stamp. Seen on Readability's test pages: "Terms of Service (Updated JULY 7, 2023)"
 * (schema-org-context-object), "This page was last edited on 26 September 2019" (wikipedia-2),
 * "Expires: 18 June 2015" (an RFC's expiry, ietf-1). An undated article is better than a wrong
 * date, so any of these words rules the line out.
 */
const NOT_THE_ARTICLE_DATE =
  /\b(?:cookies?|privacy|terms of (?:service|use)|terms and conditions|copyright|all rights reserved)\b|©/i;
/** Labels that date something else when they stand before the date. */
const OTHER_DATE_LABEL =
  /\b(?:last (?:edited|modified|reviewed|updated)|this page was|retrieved|accessed|expires?|expiry|reply|replies)\b/i;
/**
 * In a dump, where only the published date may be taken: an update's time stamp, in English and
 * the languages of trafilatura's pages ("_Aktualisiert am 19.02.2020_", "Article mis à jour le 7
 * janvier 2020", "Actualizado el ..."), and labels that date something else than the story: a
 * deadline or an offer's end ("(bis 31.12.2018)"), an event ("Termin: 21.02.2020"), a game's
 * release ("Release: 11.02.2005"), a forum member's joining ("Registriert: 18.09.2008"), an event's
 * deadline ("Deadline: 15. März 2020", together.ch), a customer's review ("Kundenbewertung
 * 02.05.2020 um 00:21 Uhr" over each of verivox.de's, read over the headline in w3m; "Bewertung
 * von Kirschi1017 vom 23.05.2018", a guest's review of travanto.de's holiday flat). Not
 * "Erscheinungsdatum" (a book's over a review, but an article's on anglerboard.de) nor a forum
 * thread's "Beginndatum" (its first post's).
 */
const DUMP_OTHER_LABEL =
  /(?<!\p{L})(?:updated|modified|aktualisiert|geändert|mis à jour|actualizad[oa]|atualizad[oa]|päivitetty|bis|seit|until|termin|release|registriert|registered|joined|mitglied seit|deadline|anmeldeschluss|einsendeschluss|bewerbungsschluss|kundenbewertung|bewertung)(?!\p{L})/iu;
/**
 * In a dump, a picture's caption or credit and an embedded post print another date than the
 * story's, and a dump prints them as lines like any other: "... premiering on CBS on March 7,
 * 2021. (Photo by Harpo Productions/Joe Pugliese via Getty Images)", "Oct. 21, 2023. Photo: Ali
 * Jadallah/Anadolu via Getty Images", "aufgenommen am 24.11.2014 in Köln. (picture alliance",
 * "— Donald J. Trump (@realDonaldTrump) May 2, 2020", "Ein Beitrag geteilt von ... am Apr 21,
 * 2019" (trafilatura's pages: 5 wrong dates in w3m), html2text's quotation ("> Posted by SPÖ on
 * Monday, February 7, 2022", an embedded Facebook post).
 */
const CAPTION_OR_POST =
  /^\s*>|\(photo\b|\bphoto:|getty images|picture[- ]alliance|\baufgenommen am\b|\(@\w{1,30}\)|\bpost shared by\b|\bbeitrag geteilt von\b/i;

/**
 * True when the line's date is not the article's. "Thu 3 Jan 2019 Last modified on Wed 16 Jan
 * 2019" (guardian-1) keeps its first date: the label must stand before the date it names. With
 * `updatedToo` (a dump), "Updated Jul 24, 2018" is refused as well, and so are captions,
 * embedded posts (CAPTION_OR_POST), DUMP_OTHER_LABEL's labels and doubtful dates
 * (doubtfulInDump). `span`: the date as printed,
 * where the caller read it (findFiguresDateSpan), else findDateSpan's.
 */
export function isForeignDateLine(line: string, updatedToo = false, span?: string): boolean {
  if (NOT_THE_ARTICLE_DATE.test(line) || (updatedToo && CAPTION_OR_POST.test(line))) return true;
  const printed = span ?? findDateSpan(line, true)?.span;
  if (printed === undefined) return false;
  const at = line.indexOf(printed);
  const before = line.slice(0, at);
  if (OTHER_DATE_LABEL.test(before)) return true;
  return updatedToo && (DUMP_OTHER_LABEL.test(before) || doubtfulInDump(line, at, printed));
}

/**
 * A previous or next post's link ("« Whiskydinner – ... 14.12.2019, 19 Uhr", whiskyverkostung,
 * under a comment form's heading taken for the headline): its date is that post's.
 */
const OTHER_POST_LINK = /^\s*[«‹←]|[»›→]\s*$/;
/**
 * A span of time: "10:00-11:30 Uhr" (a seminar's), its unit printed after each end too ("30. März
 * 2020, 13:15 Uhr - 19:00 Uhr", together.ch's event over its headline in the three dumps; "9:00 am
 * - 5:00 pm"); of days: "29 Jan 2014 - 17 Jul 2019", "14. - 20. Januar". Not a clock time over a
 * date in figures ("15:00 Uhr - 20.03.2021", a dateline's time then its day).
 */
const TIME_RANGE =
  /\d{1,2}[:.]\d{2}\s{0,3}(?:uhr|h|[ap]\.?\s?m\.?)?\s{0,3}[-–]\s{0,3}\d{1,2}[:.]\d{2}(?!\.\d)/i;
/**
 * What joins a span's first day to its last: a dash, or a word ("Verreist vom 17.05.2018 bis
 * 20.05.2018 als Familie", a guest's stay over a review on travanto.de; "from May 3 to May 5").
 */
const DASH_AFTER = /^\s{0,3}(?:[-–—]|(?:bis|to|until|au|al|hasta)(?!\p{L}))\s{0,3}/iu;
/** A day before a dash ("14. - "), not a clock time's minutes ("05:00 - "). */
const DAY_DASH_BEFORE = /(?<![\d:])\d{1,2}\.?\s{0,3}[-–—]\s{0,3}$/;
/**
 * A thing of that day named before it, not a dateline: "Protokoll der Vorstandssitzung vom 10.
 * Oktober 2019" (talent.ch, the headline of minutes), "Urteil vom 20.12.2022"; a dateline's
 * "Artikel vom" has one word before it, and "Von Jule Radeck Vom 3. Februar 2022" (swim.de) a
 * capital.
 */
const NAMED_THING_OF = /\p{L}+[\s*]{1,3}\p{L}+[\s*]{1,3}vom\s{1,3}$/u;
/** A date closing a parenthesis is the text's: "Hamburg (12.02.2021)", "(Foto: ..., 15.01.2022).". */
const CLOSES_PARENTHESIS = /^\s{0,3}\)/;
/**
 * A date closing its line with a colon introduces what follows, a quotation's source
 * ("Benedikt XVI., Enzyklika „Deus caritas est“ 5/6, 25. Dezember 2005:", kath.net in html2text,
 * over the quoted passage); a dateline never ends so.
 */
const OPENS_QUOTATION = /^[\s*_]{0,3}:[\s*_]*$/;
/** A year alone, as a calendar strip prints it (the Wayback Machine's "2012  2013 2014"). */
const BARE_YEAR = /(?<![\d.:/-])(?:19|20)\d{2}(?![\d.:/-])/g;
/** A machine's time stamp, as a dump prints a page's hidden <time> values: "2021-10-27T20:35". */
const ISO_DAY = /(?<!\d)(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)/g;
/**
 * A date read from a machine's time stamp with its clock time and zone: a page's hidden <time>
 * values printed, whose kind (published, modified) is not said (lynx wraps drk's three stamps,
 * "...angewiesende-DE2021-10-27T20:35:36+01:00 2021-10-27T20:35:36+01:00" over
 * "2021-10-28T13:21:30+01:00", so that a line holds one day only).
 */
const MACHINE_STAMP = /^(?:19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * In a dump, a line whose date is doubtful, taken for no date (undated beats wrong): a link to
 * another post, a span of time (an event's, an archive's captures), a dated thing named before
 * the date, a date in parentheses, a date among other years (a calendar or an archive's strip),
 * time stamps of different days with no label (drk's "2021-10-27T20:35:36+01:00
 * 2021-10-27T20:35:36+01:00 2021-10-28T13:21:30+01:00": which one is the publication's is not
 * said; a printed pair puts the published first, "15. April 2016Samstag, 4. März 2017"), and a
 * sentence's date (sentenceDate). Seen on trafilatura's pages in w3m, lynx and html2text
 * (docs/figures.md, the doubtful-dates round).
 */
function doubtfulInDump(line: string, at: number, span: string): boolean {
  const before = line.slice(0, at);
  const after = line.slice(at + span.length);
  if (OTHER_POST_LINK.test(line) || TIME_RANGE.test(line) || DAY_DASH_BEFORE.test(before))
    return true;
  if (NAMED_THING_OF.test(before) || CLOSES_PARENTHESIS.test(after)) return true;
  if (OPENS_QUOTATION.test(after)) return true;
  const dash = DASH_AFTER.exec(after)?.[0];
  const next = dash ? findDateSpan(after.slice(dash.length)) : null;
  if (dash && next && after.slice(dash.length).startsWith(next.span)) return true;
  if ((`${before} ${after}`.match(BARE_YEAR)?.length ?? 0) >= 2) return true;
  if (new Set(line.match(ISO_DAY)).size > 1 || MACHINE_STAMP.test(line.slice(at))) return true;
  return sentenceDate(line, at, span);
}

/** Words of a dateline, not a sentence's, though in lower case: "am ... um", "de ... de", "h". */
const DATELINE_WORD = new Set(
  'am um on at de del den le el à a las h uhr von by par por em klo'.split(' '),
);
/** A dateline's opening label, which may bring words of its own ("Veröffentlicht am ... von"). */
const DATELINE_OPENING =
  /^[\s•*_-]*(?:published|posted|by|von|par|por|door|di|veröffentlicht|publiziert|verfasst|erschienen|publié|publicado|pubblicato)(?!\p{L})/iu;
/** A sentence's own words: five in lower case besides a dateline's and months. */
const SENTENCE_WORDS = 5;

/**
 * A sentence's date, wrapped by the dump: more than DATELINE_WORDS words besides the date and a
 * clock time, SENTENCE_WORDS of them in lower case and neither a dateline's nor a month, no
 * separator of a dateline's parts ("|", "•", a dash) and no dateline's opening label; a date
 * that opens the line, only when a lower-case word follows ("8. November 2021 hat die ...",
 * not "1. Februar 2022 Bundesministerin Raab: Mit Ländern und ...", a dateline over a headline).
 */
function sentenceDate(line: string, at: number, span: string): boolean {
  if (wordsBesideDate(line, span) <= DATELINE_WORDS || DATELINE_OPENING.test(line)) return false;
  const rest = line.replace(span, ' ');
  if (/[|•·–—]|\s-\s/.test(rest)) return false;
  const words = (text: string) =>
    (text.match(/\p{L}+/gu) ?? []).filter((w) => {
      const key = w.toLowerCase();
      return (
        OPENS_LOWER_CASE.test(w) && !DATELINE_WORD.has(key) && !MONTHS[key] && !FOREIGN_MONTHS[key]
      );
    });
  const after = line.slice(at + span.length).replace(CLOCK, ' ');
  if (!/\p{L}/u.test(line.slice(0, at)) && !/^[\s,.]*\p{Ll}/u.test(after)) return false;
  return words(rest).length >= SENTENCE_WORDS;
}

/**
 * Whether `span` stands inside a sentence of `line` (sentenceDate), as a file read as a clean
 * article's text may print it in its first lines (lynx's dump of guenter-pilger.de, whose
 * header it does not tell: "Ich habe am 12. Mai 2006 eine Mail-Aktion an die Mitglieder des
 * Bundestages gestartet mit").
 */
export function inSentence(line: string, span: string): boolean {
  const at = line.indexOf(span);
  return at >= 0 && sentenceDate(line, at, span);
}

/** Reads a date given in front matter (string, Date or number) or returns null. */
export function dateFromFrontMatter(value: unknown): ExtractedDate | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    const iso = value.toISOString().slice(0, 10);
    return { value: iso, precision: 'day', from: 'front matter' };
  }
  if (typeof value === 'number' && value >= 1800 && value <= 2200) {
    return { value: String(value), precision: 'year', from: 'front matter' };
  }
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (/^(?:19|20)\d{2}$/.test(text))
    return { value: text, precision: 'year', from: 'front matter' };
  const ym = /^((?:19|20)\d{2})-(\d{2})$/.exec(text);
  if (ym) {
    const date = makeDate(ym[1] ?? '', ym[2] ?? '', '');
    return date ? { ...date, from: 'front matter' } : null;
  }
  const found = findDate(text, true);
  return found ? { ...found, from: 'front matter' } : null;
}

/** The day (YYYY-MM-DD) of an instant in a time zone. */
export function dayIn(ms: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(ms);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * What may stand before a paragraph's opening day: nothing, a parenthesis, a publication label
 * (publishedBefore: "Veröffentlicht am"), one word and "vom", a dateline's "Artikel vom",
 * "Pressemitteilung vom" (dates.ts NAMED_THING_OF takes two words and more for a thing of that
 * day, "Protokoll der Vorstandssitzung vom"), or a news dateline's place and a comma (PLACE).
 */
const OPENING_LEAD = /^\s*(?:\(\s*|\p{L}+\s{1,3}vom\s*)?$/u;
/**
 * A news agency's or a press release's dateline place before the story's day: one to three
 * words, the first capitalized, the others capitalized or a place name's particle, then a comma
 * ("Wien, 14. Dezember 2021 – Aufgrund ...", jagdoesterreich.at; "Frankfurt am Main, ...",
 * "BERLIN, ..."). The day must still be set apart from the text after it (OPENING_END).
 */
const PLACE =
  /^\s*\p{Lu}[\p{L}.'’-]*(?:\s{1,2}(?:\p{Lu}[\p{L}.'’-]*|am|an|im|de|del|la|le|sur)){0,2}\s{0,2},\s{0,3}$/u;
/**
 * What follows it: a dash, a bar, a colon, a quotation mark, a closing parenthesis, or a full
 * stop that ends the day as a sentence of its own (nachtkritik.de's "31. Oktober 2023.
 * Dragqueens sind ...").
 */
const OPENING_END = /^\s*(?:[-–—|:„“"»)]|\.\s|$)/;

/**
 * The day a paragraph opens with, set apart from its text ("01.02.2022 „Der Arbeitsmarkt ...",
 * "27.1.2022 - Bei der Erinnerung ..."), not a sentence's ("2. Februar 2022 war ..."), not
 * a span of days.
 */
export function openingDaySpan(text: string): DateSpan | null {
  const span = findDateSpan(text);
  if (!span || span.precision !== 'day') return null;
  const at = text.indexOf(span.span);
  const before = text.slice(0, at);
  const after = text
    .slice(at + span.span.length)
    .replace(/^\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*uhr)?/i, '');
  const lead = OPENING_LEAD.test(before) || PLACE.test(before) || publishedBefore(before);
  if (!lead || !OPENING_END.test(after)) {
    return null;
  }
  // The opening alone is read for foreign labels and spans: the story's words are its own.
  const opening = text.slice(0, at + span.span.length + 3);
  return isForeignDateLine(opening, true, span.span) ? null : span;
}
