// Dates (bench/quality/generate.ts).

import { Rng } from './random.ts';

export interface Stamp {
  y: number;
  m: number; // 1-12
  d: number;
  hh: number;
  mi: number;
  ss: number;
  cs: number; // hundredths
}

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]; // prettier-ignore
const AP_MONTHS = [
  'Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
]; // prettier-ignore
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const monthName = (s: Stamp): string => MONTHS[s.m - 1] ?? '';
export const monthShort = (s: Stamp): string => monthName(s).slice(0, 3);
export const dayName = (s: Stamp): string =>
  DAYS[new Date(Date.UTC(s.y, s.m - 1, s.d)).getUTCDay()] ?? '';
export const two = (n: number): string => String(n).padStart(2, '0');

export function stampFromMs(ms: number): Stamp {
  const t = new Date(ms);
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    hh: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    ss: t.getUTCSeconds(),
    cs: Math.floor(t.getUTCMilliseconds() / 10),
  };
}

export const stampMs = (s: Stamp): number => Date.UTC(s.y, s.m - 1, s.d, s.hh % 24, s.mi, s.ss);
export const isoDay = (s: Stamp): string => `${s.y}-${two(s.m)}-${two(s.d)}`;

/** A BBC story carries no date: invent one in 2004-2005, with a time of day. */
export function inventStamp(rng: Rng): Stamp {
  const start = Date.UTC(2004, 0, 1);
  const days = Math.round((Date.UTC(2005, 11, 31) - start) / 86400000);
  const ms = start + rng.int(0, days) * 86400000 + rng.int(6 * 60, 22 * 60) * 60000;
  return { ...stampFromMs(ms), ss: rng.int(0, 59), cs: rng.int(0, 99) };
}

export type DateStyle =
  | 'dow-mon-d-y' // Fri, Dec 10, 2004
  | 'dow-month-d-y' // Friday, December 10, 2004
  | 'dow-d-month-y' // Friday 10 December 2004
  | 'd-month-y' // 10 December 2004
  | 'd-mon-y' // 10 Dec 2004
  | 'month-d-y' // December 10, 2004
  | 'mon-d,y' // Dec 10,2004
  | 'ap' // Dec. 10, 2004
  | 'iso' // 2004-12-10
  | 'iso-time' // 2004-12-10T14:02:00Z
  | 'ymd-slash' // 2004/12/10
  | 'ymd-dot' // 2004.12.10
  | 'reuters' // 10-DEC-2004 14:02:09.33
  | 'month-y'; // December 2004

export function fmtDate(s: Stamp, style: DateStyle): string {
  switch (style) {
    case 'dow-mon-d-y':
      return `${dayName(s).slice(0, 3)}, ${monthShort(s)} ${s.d}, ${s.y}`;
    case 'dow-month-d-y':
      return `${dayName(s)}, ${monthName(s)} ${s.d}, ${s.y}`;
    case 'dow-d-month-y':
      return `${dayName(s)} ${s.d} ${monthName(s)} ${s.y}`;
    case 'd-month-y':
      return `${s.d} ${monthName(s)} ${s.y}`;
    case 'd-mon-y':
      return `${s.d} ${monthShort(s)} ${s.y}`;
    case 'month-d-y':
      return `${monthName(s)} ${s.d}, ${s.y}`;
    case 'mon-d,y':
      return `${monthShort(s)} ${s.d},${s.y}`;
    case 'ap':
      return `${AP_MONTHS[s.m - 1] ?? ''} ${s.d}, ${s.y}`;
    case 'iso':
      return isoDay(s);
    case 'iso-time':
      return `${isoDay(s)}T${two(s.hh % 24)}:${two(s.mi)}:${two(s.ss)}Z`;
    case 'ymd-slash':
      return `${s.y}/${two(s.m)}/${two(s.d)}`;
    case 'ymd-dot':
      return `${s.y}.${two(s.m)}.${two(s.d)}`;
    case 'reuters':
      return `${s.d}-${monthShort(s).toUpperCase()}-${s.y} ${two(s.hh)}:${two(s.mi)}:${two(s.ss)}.${two(s.cs)}`;
    case 'month-y':
      return `${monthName(s)} ${s.y}`;
  }
}

export const truthDate = (s: Stamp, style: DateStyle): string =>
  style === 'month-y' ? `${s.y}-${two(s.m)}` : isoDay(s);

export const time24 = (s: Stamp, sep = ':'): string => `${two(s.hh % 24)}${sep}${two(s.mi)}`;
export function time12(s: Stamp): string {
  const h = s.hh % 24;
  return `${h % 12 === 0 ? 12 : h % 12}:${two(s.mi)} ${h < 12 ? 'AM' : 'PM'}`;
}
