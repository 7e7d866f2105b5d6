// Dates as the site shows them: "10 December 2004", "December 2004", a WARC capture time, and
// the RFC 3339 timestamps Atom requires.

import type { DatePrecision } from '../types.ts';
import type { DisplayDate } from './model-types.ts';

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export function displayDate(value: string, precision: DatePrecision): DisplayDate {
  const shapes: Record<DatePrecision, RegExp> = {
    day: /^(\d{4})-(\d{2})-(\d{2})$/,
    month: /^(\d{4})-(\d{2})$/,
    year: /^(\d{4})$/,
  };
  const match = shapes[precision].exec(value);
  if (!match) throw new Error(`Date "${value}" does not match its precision "${precision}"`);
  const [, year = '', month, day] = match;
  const monthName = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  if (month !== undefined && monthName === undefined)
    throw new Error(`Invalid month in "${value}"`);
  if (day !== undefined) {
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== Number(day)) {
      throw new Error(`Invalid day in "${value}"`);
    }
  }
  const text =
    precision === 'day'
      ? `${Number(day)} ${monthName} ${year}`
      : precision === 'month'
        ? `${monthName} ${year}`
        : year;
  return { iso: value, precision, text, year, month: month ?? null };
}

export function monthLabel(year: string, month: string): string {
  return `${MONTH_NAMES[Number(month) - 1]} ${year}`;
}

/** A WARC-Date as "26 June 2024 10:00 UTC" (seconds left out); as written when it is no date. */
export function captureTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const month = MONTH_NAMES[date.getUTCMonth()] as string;
  const time = date.toISOString().slice(11, 16);
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()} ${time} UTC`;
}

/** A date of any precision ("2004-12", say) as the RFC 3339 timestamp Atom requires. */
export function rfc3339(iso: string): string {
  const [year, month = '01', day = '01'] = iso.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}
