// The rules a headline, byline or date is judged right by, and what a dump prints.

import { findDate } from '../../../src/normalize/dates.ts';

/**
 * Case-folded, whitespace collapsed, punctuation and symbols cut from both ends, typographic
 * quotes made straight (buzzfeed-1's metadata writes "Burned Her Up" where the page prints
 * “Burned Her Up”: the same headline).
 */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/**
 * Headline (and byline) rule: after fold(), right when the two are equal, or when one contains
 * the other and the shorter is at least 80% as long as the longer ("Foo bar" for "Foo bar |
 * Site" passes only when the site's name is short; a one-word fragment of a headline does not).
 */
export function sameHeadline(expected: string, got: string | null): boolean {
  if (got === null) return false;
  const a = fold(expected);
  const b = fold(got);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= 0.8 * long.length;
}

/** A dump's non-empty lines, with html2text's heading marks, emphasis and list bullets cut. */
export function dumpLines(dump: string): string[] {
  return dump
    .split('\n')
    .map((l) =>
      l
        .trim()
        .replace(/^(?:#{1,6}|[•*□+-])\s+/u, '')
        .replace(/\*\*|__/g, ''),
    )
    .filter(Boolean);
}

/**
 * The dump prints the title: a line, or two adjacent lines (a wrapped headline), is the same
 * headline by sameHeadline, after html2text's heading marks, emphasis and list bullets are cut.
 * On the other pages no reader of the text can find the headline (the <title> is not printed).
 */
export function printsTitle(dump: string, title: string): boolean {
  const lines = dumpLines(dump);
  return lines.some(
    (line, i) =>
      line.length <= 400 &&
      (sameHeadline(title, line) || sameHeadline(title, `${line} ${lines[i + 1] ?? ''}`)),
  );
}

/** The dump prints the day (YYYY-MM-DD) on some line, as the archive's date reader reads dates. */
export function showsDate(dump: string, day: string): boolean {
  return dump.split('\n').some((line) => line.length <= 400 && findDate(line)?.value === day);
}

/**
 * Bylines by the same rule, after a leading "By" or "Written by" is dropped from both ("By Jane
 * Doe"), on the expected byline's first line only: Readability's byline node often carries the
 * dateline or an editor under the name ("By Nathan Willis\n March 25, 2015", lwn-1; "Written by
 * Rob Ewaschuk\n Edited by Betsy Beyer", google-sre-book-1; "By\n Scott Cunningham", iab-1). "A and
 * B" is "A, B".
 */
export function sameByline(expected: string, got: string | null): boolean {
  const strip = (s: string) =>
    (s.replace(/^\s*(?:written\s+)?by[\s:]+/i, '').split('\n')[0] ?? '').replace(
      /\s+and\s+/g,
      ', ',
    );
  return got !== null && sameHeadline(strip(expected), strip(got));
}

/**
 * The dump prints the declared byline's name (its first line, "By" dropped) somewhere, folded
 * as headlines are: a reader of the text can find it. Readability's "Contributors to Wikimedia
 * projects" or "Follow Author" are metadata no dump prints.
 */
export function printsByline(dump: string, byline: string): boolean {
  const name = fold((byline.split('\n')[0] ?? '').replace(/^\s*by[\s:]+/i, ''));
  return name.length > 0 && fold(dump).includes(name);
}

/** Collapsed whitespace, NFKC: snippets span the dumps' line wraps. */
export function flat(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/**
 * The day a page declares as published, as written: ISO 8601 starts with the calendar day in the
 * page's own zone. Null when nothing (or no full day) is declared.
 */
export function declaredDay(publishedTime: string | null | undefined): string | null {
  return /^\d{4}-\d{2}-\d{2}/.exec(publishedTime ?? '')?.[0] ?? null;
}

/**
 * The day trafilatura's evaldata.json declares. Two entries write it year, day, month
 * ("2022-29-11", dvg.de; "2022-25-10", urania.de: both pages print that day as 29.11. and
 * 25.10.): a middle field over 12 is read as the day.
 */
export function evaldataDay(date: string | undefined): string | null {
  const day = declaredDay(date);
  const swapped = day ? /^(\d{4})-(1[3-9]|[23]\d)-(\d{2})$/.exec(day) : null;
  return swapped ? `${swapped[1]}-${swapped[3]}-${swapped[2]}` : day;
}
