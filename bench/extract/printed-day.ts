// Does a dump print a given calendar day? The bench's own detector for the "of shown" date
// figures on trafilatura's pages (issue 21): written apart from the archive's date reader
// (src/normalize/dates.ts) so that the pages it counts as showing their date do not grow or
// shrink with the reader being measured.
//
// How it decides: the dump is folded (NFKC, lower case, html2text's backslash escapes and "**"
// marks out, every run of white space one space, so a date wrapped over two lines is one), and
// the day counts as printed when one of these forms of it occurs, not glued to other digits:
// - year first in figures: 2013-06-14, 2013/6/14, 2013.06.14, 2013. 6. 14., 2013年6月14日
//   (Chinese, Japanese) and 2013년 6월 14일 (Korean);
// - day first in figures, with dots, slashes or dashes, the year in four or two figures:
//   14.06.2013, 14.6.13, 14/06/2013, 14-06-2013;
// - month first in figures with slashes, as US pages print it: 6/14/2013, 06/14/13;
// - the month by name, in English or in any of LOCALES (the long name, the abbreviation and the
//   form a date with a day uses, as the runtime's CLDR data gives them; a name two locales give
//   different months is left out): "14. Juni 2013", "14th of June, 2013", "14 de junio de
//   2013", "June 14, 2013", "Jun 14th 2013", "14-Jun-2013", "2013. június 14." (Hungarian).
// A day printed without its year ("June 14") does not count: the archive takes no date without
// a year. Numeric forms read both ways (06/07/2013 is shown for June 7 and for July 6): a dump
// cannot tell which was meant, so either counts as shown.

/** The languages whose month names count: the trafilatura pages' languages and their neighbours. */
const LOCALES = [
  'en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'cs', 'sk', 'pl', 'sv', 'da', 'nb', 'fi', 'ro', 'hu',
  'hr', 'sl', 'et', 'lv', 'lt', 'tr', 'ru', 'uk', 'bg', 'el', 'ca', 'id',
]; // prettier-ignore

function monthNames(): Map<number, string[]> {
  const months = new Map<string, Set<number>>();
  const add = (name: string, month: number) => {
    const key = name.normalize('NFKC').toLowerCase().replace(/\.$/, '');
    // Names of one or two letters (Chinese "6月" aside, which the figure forms read) say too little.
    if (key.length < 3 || !/^\p{L}+$/u.test(key)) return;
    months.set(key, (months.get(key) ?? new Set()).add(month));
  };
  for (const locale of LOCALES) {
    for (const options of [
      { month: 'long' },
      { month: 'short' },
      { day: 'numeric', month: 'long' },
      { day: 'numeric', month: 'short' },
    ] as const) {
      const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const parts = format.formatToParts(new Date(Date.UTC(2018, m - 1, 21)));
        add(parts.find((p) => p.type === 'month')?.value ?? '', m);
      }
    }
  }
  // English abbreviations the CLDR forms leave out ("Sept").
  add('sept', 9);
  const byMonth = new Map<number, string[]>();
  for (const [name, set] of months) {
    if (set.size !== 1) continue;
    const month = [...set][0] as number;
    byMonth.set(month, [...(byMonth.get(month) ?? []), name]);
  }
  return byMonth;
}

const MONTH_NAMES = monthNames();
const patterns = new Map<string, RegExp>();

/** The pattern of every printed form of `day` (YYYY-MM-DD); null for anything else. */
function dayPattern(day: string): RegExp | null {
  const cached = patterns.get(day);
  if (cached) return cached;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!parts) return null;
  const [, y, mm, dd] = parts as unknown as [string, string, string, string];
  const m = `0?${Number(mm)}`;
  const d = `0?${Number(dd)}`;
  const yy = `(?:${y}|${y.slice(2)})`;
  const names = (MONTH_NAMES.get(Number(mm)) ?? []).sort((a, b) => b.length - a.length).join('|');
  const name = `(?:${names})\\.?`;
  const ordinal = '(?:st|nd|rd|th|er|º|\\.)?';
  const sep = '[\\s.,/-]{0,3}';
  const forms = [
    `${y}\\s?[-/.]\\s?${m}\\s?[-/.]\\s?${d}`,
    `${y}\\s?[年년]\\s?${m}\\s?[月월]\\s?${d}\\s?[日일]`,
    `${d}[./-]${m}[./-]${yy}`,
    `${m}/${d}/${yy}`,
    `${d}${ordinal}\\s{0,2}(?:of\\s|de\\s)?${sep}${name}${sep}(?:de\\s)?${y}`,
    `${name}${sep}${d}${ordinal},?\\s{0,2}${y}`,
    `${y}\\.?\\s${name}\\s${d}\\.?`,
  ];
  // Not glued to more figures. A word may follow: dumps glue a date to the next element's text
  // ("15. April 2016Samstag, 4. März 2017", an ISO timestamp's "t10:00").
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${forms.join('|')})(?!\\d|[./-]\\d)`, 'u');
  patterns.set(day, re);
  return re;
}

/** The dump as the detector reads it (see the file's head). */
export function foldDump(dump: string): string {
  return dump
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\\([.-])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/\s+/g, ' ');
}

/** True when the folded dump (foldDump) prints `day` (YYYY-MM-DD) in one of the forms above. */
export function printsDay(folded: string, day: string): boolean {
  return dayPattern(day)?.test(folded) ?? false;
}
