// The calendar day of a declared publication time given in UTC, as the page's readers saw it
// (issue 22). A CMS that stores times in UTC declares "2022-11-06T23:00:00.000Z" for a story
// published at midnight in Germany on 7 November, which the page prints: the day as written is
// the day in London, not where the page is read. Taking the written day cost 10 of the dates
// trafilatura's evaldata.json declares (bench:extract:html's date listing).

import { dayIn } from '../normalize/dates.ts';

/** A declared time in UTC: ISO 8601 with Z or +00:00, or an RFC 1123 one in GMT. */
const UTC_TIME =
  /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]00:?00)$|^\w{3}, \d{1,2} \w{3} \d{4} \d{2}:\d{2}(?::\d{2})? (?:GMT|UTC)$/i;

/** An ISO 8601 time with a zone offset other than UTC's: its day is the reader's day. */
const LOCAL_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?([+-])(\d{2}):?(\d{2})$/;

/**
 * An ISO 8601 time without a zone, to the second: the page's local time (twincities.com's <time
 * datetime="2023-11-08 23:30:59"> beside its JSON-LD "2023-11-09T05:30:59Z").
 */
const ZONELESS_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})$/;

/** The widest gap between UTC and a local time (UTC+14), and zones' quarter-hour steps. */
const MAX_OFFSET_MS = 14 * 3_600_000;
const OFFSET_STEP_MS = 15 * 60_000;

/**
 * The same instant as `ms`, told without a zone: a local time to the second whose distance from
 * the UTC time is a zone's offset (a whole number of quarter hours, at most 14 hours, not zero:
 * a zone-less copy of the UTC time itself says nothing of the zone).
 */
function zonelessTwin(other: string, ms: number): string | null {
  const m = ZONELESS_TIME.exec(other);
  if (!m) return null;
  const gap = Date.parse(`${m[1]}T${m[2]}Z`) - ms;
  if (Number.isNaN(gap) || gap === 0 || Math.abs(gap) > MAX_OFFSET_MS) return null;
  return gap % OFFSET_STEP_MS === 0 ? (m[1] ?? null) : null;
}

/**
 * The time zone of a page's country where one zone covers (nearly) all who read it: from its
 * address's country domain (".at", ".ch", ".bo"), else its language's region ("es-AR",
 * "pt-BR"), else a language spoken in one zone only (German, Dutch, Italian, Polish... in
 * Central European Time). Null where the country spans zones (the US, Brazil's north, Russia) or is not
 * known; English, French, Spanish and Portuguese alone say nothing of where.
 */
export function pageZone(language: string | null, url: string | null): string | null {
  const [lang = '', region = ''] = (language ?? '').toLowerCase().split(/[-_]/);
  const byCountry = (code: string) => COUNTRY_ZONES[code] ?? null;
  // The address's country first: a template's language tag names a region the site is not in
  // (eldeber.com.bo declares "es-ES" and prints Bolivia's times).
  const host = url ? /^https?:\/\/([^/:]+)/i.exec(url)?.[1] : null;
  const tld = host?.split('.').at(-1)?.toLowerCase();
  const byAddress = tld && !GENERIC_TLDS.has(tld) ? byCountry(tld) : null;
  if (byAddress) return byAddress;
  if (region) {
    const zone = byCountry(region);
    if (zone) return zone;
  }
  return LANGUAGE_ZONES[lang] ?? null;
}

/** Country domains sold to sites anywhere (".co" for "company", ".in" for "in"). */
const GENERIC_TLDS = new Set(['co', 'in']);

const CET = 'Europe/Berlin';
const EET = 'Europe/Helsinki';

/** Countries in one time zone (or one zone for nearly all their readers). */
const COUNTRY_ZONES: Record<string, string> = {
  de: CET,
  at: CET,
  ch: CET,
  li: CET,
  lu: CET,
  nl: CET,
  be: CET,
  fr: CET,
  it: CET,
  es: 'Europe/Madrid',
  pl: CET,
  cz: CET,
  sk: CET,
  hu: CET,
  dk: CET,
  se: CET,
  no: CET,
  hr: CET,
  si: CET,
  rs: CET,
  fi: EET,
  ee: EET,
  lv: EET,
  lt: EET,
  gr: EET,
  ro: EET,
  bg: EET,
  ua: EET,
  uk: 'Europe/London',
  gb: 'Europe/London',
  ie: 'Europe/Dublin',
  pt: 'Europe/Lisbon',
  ar: 'America/Argentina/Buenos_Aires',
  bo: 'America/La_Paz',
  co: 'America/Bogota',
  pe: 'America/Lima',
  ve: 'America/Caracas',
  uy: 'America/Montevideo',
  py: 'America/Asuncion',
  cl: 'America/Santiago',
  ec: 'America/Guayaquil',
  br: 'America/Sao_Paulo',
  cu: 'America/Havana',
  jp: 'Asia/Tokyo',
  kr: 'Asia/Seoul',
  cn: 'Asia/Shanghai',
  tw: 'Asia/Taipei',
  hk: 'Asia/Hong_Kong',
  in: 'Asia/Kolkata',
  il: 'Asia/Jerusalem',
  tr: 'Europe/Istanbul',
  za: 'Africa/Johannesburg',
  nz: 'Pacific/Auckland',
};

/** Languages whose readers live in one zone. */
const LANGUAGE_ZONES: Record<string, string> = {
  de: CET,
  nl: CET,
  it: CET,
  pl: CET,
  cs: CET,
  sk: CET,
  hu: CET,
  da: CET,
  sv: CET,
  nb: CET,
  nn: CET,
  no: CET,
  hr: CET,
  sl: CET,
  fi: EET,
  et: EET,
  lv: EET,
  lt: EET,
  el: EET,
  ro: EET,
  bg: EET,
  uk: EET,
  ja: 'Asia/Tokyo',
  ko: 'Asia/Seoul',
};

/**
 * The reader's day of a declared UTC time: the day another of the page's declarations of the
 * same instant gives with its own offset (24ora.com's article:published_time
 * "2022-05-04T03:37:37+00:00" and its <time> "2022-05-03T23:37:37-04:00") or in local time
 * without a zone (zonelessTwin), else the day in the
 * page's zone (pageZone). Null when `raw` is not a UTC time or neither is known: the day as
 * written stands.
 */
export function localDay(raw: string, others: string[], zone: string | null): string | null {
  const value = raw.trim();
  if (!UTC_TIME.test(value)) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  for (const other of others) {
    const twin = zonelessTwin(other.trim(), ms);
    if (twin) return twin;
    const m = LOCAL_TIME.exec(other.trim());
    if (!m || (m[3] === '00' && m[4] === '00')) continue;
    // The same minute: the same publication, told in the page's own zone.
    if (Math.abs(Date.parse(other.trim()) - ms) < 60_000) return m[1] ?? null;
  }
  return zone ? dayIn(ms, zone) : null;
}

/** The widest offsets west and east of UTC where people live: UTC-12 and UTC+14. */
const WEST_MS = 12 * 3_600_000;
const EAST_MS = 14 * 3_600_000;

/**
 * The other calendar days a declared UTC time may have been where its readers were, in a zone
 * not known (a ".com" in English): the day before where it is early in UTC ("2020-02-25T02:25:54Z"
 * is 24 February in New York, pagesix.com's printed "February 24, 2020 | 9:25pm"), the day after
 * where it is late. Empty for a time that is not UTC: its offset gives its day.
 */
export function otherReaderDays(raw: string): string[] {
  const value = raw.trim();
  if (!UTC_TIME.test(value)) return [];
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return [];
  const utcDay = dayIn(ms, 'UTC');
  return [dayIn(ms - WEST_MS, 'UTC'), dayIn(ms + EAST_MS, 'UTC')].filter((d) => d !== utcDay);
}
