// Evaluation-corpus generator for the normalize stage.
//
// Takes REAL articles from the shared research corpora (BBC News 2004-2005, Reuters-21578) and
// writes each one out the way a scraped copy really looks: site chrome, datelines in many formats,
// bylines, repeated headlines, related-link lists, paywall cut-offs, print-layout hyphenation,
// hard wrapping, mixed encodings and line endings. For every file it records the truth (title,
// standfirst, date, source, byline, body paragraphs, every inserted chrome line, every inserted
// print break) in <out>/truth.json, so that extraction quality can be measured.
//
// Deterministic: the same corpora, count and seed give byte-identical output.
//
//   npx tsx bench/quality/generate.ts --out DIR [--count 600] [--seed 1] [--corpora DIR]
//
// See bench/quality/README.md for what is generated and how the truth is defined.

import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CP1252_HIGH, decodeWindows1252 } from '../../src/stages/ingest.ts';
import {
  compare,
  decodeSgml,
  dedupeKey,
  isRegularStory,
  readReuters,
  squash,
  wordsIn,
} from '../shared/reuters.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { runsAsScript } from '../shared/script.ts';

// ---------------------------------------------------------------------------------------------
// Public types

export type Layout = 'blank' | 'per-line' | 'wrapped' | 'wrapped-indent';

export interface TruthRecord {
  /** Relative to the output folder, forward slashes, e.g. "site-03/0001.txt". */
  path: string;
  corpus: 'bbc' | 'reuters';
  /** e.g. "bbc/business/001.txt" or "reuters21578/reut2-000.sgm#NEWID=5". */
  original: string;
  template: string;
  /** "utf-8", "utf-8 (BOM)", "utf-16le (BOM)" or "windows-1252" (the names ingest reports). */
  encoding: string;
  crlf: boolean;
  layout: Layout;
  /** The headline a reader should see; null for body-only copies. */
  title: string | null;
  standfirst: string | null;
  /** "YYYY-MM-DD" (or "YYYY-MM") of the published date as printed; null when none is printed. */
  date: string | null;
  source: string | null;
  byline: string | null;
  /** The true body paragraphs, in order, clean text (print breaks joined). */
  paragraphs: string[];
  /** Every chrome line inserted (trimmed exact text): none of these may end up in the body. */
  chrome: string[];
  /** Words the generator broke with a print hyphen (joined form), one entry per break. */
  breaks: string[];
  /** Genuine hyphenated words in the standfirst and paragraphs ("high-level", "Il-sung"). */
  hyphenated: string[];
  /** Paragraphs of the original cut off by a paywall: not in the file, not expected. */
  omitted: string[];
}

export interface GenerateOptions {
  /** Folder holding bbc/ and reuters21578/. */
  corpora: string;
  /** Output folder; its site-NN/ folders and truth.json are replaced. */
  out: string;
  count: number;
  seed: number;
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derives an independent seed for item `n` (murmur3 finalizer), so files do not share a stream. */
export function mixSeed(seed: number, n: number): number {
  let h = (seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }
  /** `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    if (n * 4 >= items.length) return this.shuffle(items).slice(0, n);
    const taken = new Set<number>();
    const out: T[] = [];
    while (out.length < n) {
      const i = Math.floor(this.next() * items.length);
      if (taken.has(i)) continue;
      taken.add(i);
      out.push(items[i] as T);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Dates

export interface Stamp {
  y: number;
  m: number; // 1-12
  d: number;
  hh: number;
  mi: number;
  ss: number;
  cs: number; // hundredths
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
]; // prettier-ignore
const AP_MONTHS = [
  'Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
]; // prettier-ignore
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const monthName = (s: Stamp): string => MONTHS[s.m - 1] ?? '';
const monthShort = (s: Stamp): string => monthName(s).slice(0, 3);
const dayName = (s: Stamp): string => DAYS[new Date(Date.UTC(s.y, s.m - 1, s.d)).getUTCDay()] ?? '';
const two = (n: number): string => String(n).padStart(2, '0');

function stampFromMs(ms: number): Stamp {
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

const stampMs = (s: Stamp): number => Date.UTC(s.y, s.m - 1, s.d, s.hh % 24, s.mi, s.ss);
const isoDay = (s: Stamp): string => `${s.y}-${two(s.m)}-${two(s.d)}`;

/** A BBC story carries no date: invent one in 2004-2005, with a time of day. */
export function inventStamp(rng: Rng): Stamp {
  const start = Date.UTC(2004, 0, 1);
  const days = Math.round((Date.UTC(2005, 11, 31) - start) / 86400000);
  const ms = start + rng.int(0, days) * 86400000 + rng.int(6 * 60, 22 * 60) * 60000;
  return { ...stampFromMs(ms), ss: rng.int(0, 59), cs: rng.int(0, 99) };
}

type DateStyle =
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

function fmtDate(s: Stamp, style: DateStyle): string {
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

const truthDate = (s: Stamp, style: DateStyle): string =>
  style === 'month-y' ? `${s.y}-${two(s.m)}` : isoDay(s);

const time24 = (s: Stamp, sep = ':'): string => `${two(s.hh % 24)}${sep}${two(s.mi)}`;
function time12(s: Stamp): string {
  const h = s.hh % 24;
  return `${h % 12 === 0 ? 12 : h % 12}:${two(s.mi)} ${h < 12 ? 'AM' : 'PM'}`;
}

// ---------------------------------------------------------------------------------------------
// Encodings

/** Bytes in Windows-1252, or null when some character does not exist in it. */
function encodeCp1252(text: string): Buffer | null {
  const out = Buffer.alloc(text.length);
  let n = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) {
      out[n++] = code;
      continue;
    }
    if (code >= 0x80 && code <= 0x9f) return null;
    const k = CP1252_HIGH.indexOf(ch);
    if (k < 0) return null;
    out[n++] = 0x80 + k;
  }
  return out.subarray(0, n);
}

// ---------------------------------------------------------------------------------------------
// Reading the corpora

export interface Article {
  corpus: 'bbc' | 'reuters';
  original: string;
  title: string;
  /** Body paragraphs, clean single-spaced text; a Reuters dateline is kept apart. */
  paragraphs: string[];
  /** Reuters "SALVADOR, Feb 26 -": printed at the start of the first body paragraph. */
  dateline: string | null;
  date: Stamp | null;
  /** The Reuters DATE field as printed (junk removed), e.g. "26-FEB-1987 15:01:01.79". */
  rawDate: string | null;
  /** BBC folder or first Reuters topic. */
  category: string;
  /** Reuters wire slug, e.g. "BC-BAHIA-COCOA-REVIEW   02-26 0105". */
  slug: string | null;
}

export async function loadBbc(corpora: string): Promise<Article[]> {
  const root = path.join(corpora, 'bbc');
  const categories = (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort(compare);
  const out: Article[] = [];
  const seen = new Set<string>();
  for (const category of categories) {
    const names = (await readdir(path.join(root, category)))
      .filter((n) => /^\d+\.txt$/.test(n))
      .sort(compare);
    for (const name of names) {
      const bytes = await readFile(path.join(root, category, name));
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        text = decodeWindows1252(bytes);
      }
      const lines = text.replace(/\r\n?/g, '\n').split('\n');
      const first = lines.findIndex((l) => l.trim());
      if (first < 0) continue;
      const title = squash(lines[first] ?? '');
      const paragraphs = lines
        .slice(first + 1)
        .join('\n')
        .split(/\n\s*\n/)
        .map(squash)
        .filter(Boolean);
      if (!title || paragraphs.length < 3) continue;
      // The set holds identical and near-identical copies (some differ only in the headline).
      const key = dedupeKey(paragraphs[0] ?? '');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        corpus: 'bbc',
        original: `bbc/${category}/${name}`,
        title,
        paragraphs,
        dateline: null,
        date: null,
        rawDate: null,
        category,
        slug: null,
      });
    }
  }
  return out;
}

function parseReutersDate(raw: string): { stamp: Stamp; printed: string } | null {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{1,3}):(\d{2}):(\d{2})(?:\.(\d{1,2}))?/.exec(
    decodeSgml(raw),
  );
  if (!m) return null;
  const month = MONTHS.findIndex((name) => name.slice(0, 3).toUpperCase() === m[2]) + 1;
  if (month < 1) return null;
  const stamp: Stamp = {
    y: Number(m[3]),
    m: month,
    d: Number(m[1]),
    hh: Number(m[4]), // one DATE has the impossible hour 605; it is printed as is
    mi: Number(m[5]),
    ss: Number(m[6]),
    cs: Number(m[7] ?? 0),
  };
  const printed = `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}${m[7] ? `.${m[7]}` : ''}`;
  return { stamp, printed };
}

export async function loadReuters(corpora: string): Promise<Article[]> {
  const out: Article[] = [];
  const seen = new Set<string>();
  for (const story of await readReuters(corpora)) {
    const date = story.dateRaw ? parseReutersDate(story.dateRaw) : null;
    if (!date || !isRegularStory(story)) continue;
    const { paragraphs } = story;
    const key = dedupeKey(paragraphs[0] ?? '');
    if (seen.has(key)) continue; // re-sent copies of one story
    seen.add(key);
    out.push({
      corpus: 'reuters',
      original: story.original,
      title: story.title,
      paragraphs,
      dateline: story.dateline,
      date: date.stamp,
      rawDate: date.printed,
      category: story.topics[0] ?? '',
      slug: story.slug,
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Invented names (no real publications or people)

const SITES = [
  'Daily Ledger',
  'The Courier-Post',
  'Asia Wire Review',
  'Evening Gazette',
  'Northern Chronicle',
  'The Harbour Times',
  'Metro Observer',
  'Pacific Dispatch',
  'Capital Tribune',
  'Morning Star-Herald',
  'Global Market Wire',
  'Riverside Sentinel',
  'World Weekly Digest',
  'The Continental Post',
  'Eastern Bulletin',
  'Valley Reporter',
  'The Lowland Examiner',
  'Seaboard Financial Journal',
];

const AUTHORS = [
  'Sandra Loyd',
  'Martin Okafor',
  'Helen Marsh',
  'Daniel Ruiz',
  'Priya Natarajan',
  'Claire Dubois',
  'Kenji Morita',
  'Aisha Bello',
  'Robert J. Whitfield',
  'Li Wen',
  'Fiona McAllister',
  'Jean-Paul Marchetti',
  'Kim Soo-jin',
  'Owen Pritchard',
  "Margaret O'Neill",
  'Samuel Adeyemi',
  'Ingrid Halvorsen',
  'Tomasz Nowicki',
  'Rachel Goldberg',
  'Diego Alvarez',
  'Hannah Whitaker',
  'Yusuf Demir',
  'Grace Mbeki',
  'Peter van der Berg',
  'Lucía Ferrández',
  'Søren Lund',
  'Nguyễn Thu Hà',
];

const CITIES = ['London', 'Seoul', 'New York', 'Brussels', 'Tokyo', 'Johannesburg', 'Washington'];
const ROLES = ['economics correspondent', 'Staff Reporter', 'Staff Writer', 'political editor'];

/** "The Courier-Post" -> "Courier-Post", for phrases that supply their own "the". */
const bare = (site: string): string => site.replace(/^The\s+/, '');
const domain = (site: string): string =>
  `www.${bare(site)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')}.example`;

const SECTIONS: Record<string, [string, string[]]> = {
  business: ['Business', ['Markets', 'Economy', 'Companies']],
  entertainment: ['Entertainment', ['Music', 'Film', 'Arts']],
  politics: ['Politics', ['UK Politics', 'Elections', 'Policy']],
  sport: ['Sport', ['Football', 'Athletics', 'Tennis']],
  tech: ['Technology', ['Internet', 'Gadgets', 'Science']],
};
const REUTERS_KICKERS: Record<string, string> = {
  earn: 'EARNINGS',
  acq: 'MERGERS',
  'money-fx': 'CURRENCIES',
  interest: 'RATES',
  trade: 'TRADE',
  crude: 'OIL',
  grain: 'GRAIN',
  wheat: 'WHEAT',
  corn: 'CORN',
  coffee: 'COFFEE',
  cocoa: 'COCOA',
  sugar: 'SUGAR',
  gold: 'GOLD',
  ship: 'SHIPPING',
  gnp: 'ECONOMY',
};
const KICKERS: Record<string, string[]> = {
  business: ['MARKETS', 'EARNINGS', 'ECONOMY', 'TRADE'],
  entertainment: ['SHOWBIZ', 'MUSIC', 'FILM', 'ARTS'],
  politics: ['POLITICS', 'ELECTION', 'WESTMINSTER', 'POLICY'],
  sport: ['SPORT', 'FOOTBALL', 'RESULTS'],
  tech: ['TECHNOLOGY', 'GADGETS', 'INTERNET'],
  reuters: ['MARKETS', 'COMMODITIES', 'ECONOMY', 'COMPANIES', 'WORLD'],
};

const COMMENT_POLICIES = [
  'Comments will be moderated. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned.',
  'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the editors.',
  'We welcome your comments. Please keep them civil: comments that break our community guidelines will be removed.',
  'Comments are reviewed before they appear. Off-topic, abusive or promotional remarks will not be published.',
  "Readers' comments are subject to our moderation policy.",
  'All comments are pre-moderated. Please read our house rules before posting.',
];

const NEWSLETTER_PROMPTS = [
  "Sign up for our free morning newsletter and get the day's top stories in your inbox.",
  'Never miss a story. Subscribe to our newsletter today.',
  "NEWSLETTER: The day's biggest stories, delivered free every morning. Sign up now.",
  'Get our daily briefing by email. Subscribe for free.',
];

/** A source name used where it is NOT the publication: quoted or reported speech in the body. */
const DECOYS: ((name: string) => string)[] = [
  (s) => `"We told the ${s} nothing," he said.`,
  (s) => `"I never gave an interview to the ${s}," she said.`,
  (s) => `"Whatever the ${s} says, the figures speak for themselves," a spokesman said.`,
  (s) => `"You read it in the ${s} first," one analyst joked.`,
  (s) => `A spokeswoman declined to comment on a report in the ${s}.`,
  (s) => `"Nobody at the ${s} called us before printing that," said one official.`,
];

// ---------------------------------------------------------------------------------------------
// Template machinery

const SEPARATORS = [' | ', ' - ', ' • ', ' / ', ': '];

/** What a template knows about the file it is making. */
class Ctx {
  constructor(
    readonly rng: Rng,
    readonly article: Article,
    /** The publication printing this copy; null means the template must not name one. */
    readonly site: string | null,
    /** The date to print, when the template prints one. */
    readonly stamp: Stamp,
    readonly author: string,
    private readonly titlePool: readonly string[],
  ) {}

  get title(): string {
    return this.article.title;
  }

  sep(): string {
    return this.rng.pick(SEPARATORS);
  }

  recase(s: string): string {
    const mode = this.rng.weighted([
      ['as', 4],
      ['upper', 2],
      ['lower', 1],
      ['title', 1],
    ] as const);
    if (mode === 'upper') return s.toUpperCase();
    if (mode === 'lower') return s.toLowerCase();
    if (mode === 'title') return s.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
    return s;
  }

  /** Headlines of other real articles from the same corpus. */
  related(n: number): string[] {
    const out: string[] = [];
    for (const t of this.rng.sample(this.titlePool, n + 2)) {
      if (t !== this.title && out.length < n) out.push(t);
    }
    return out;
  }

  relatedBlock(withHeading = true): string[] {
    const lines: string[] = [];
    if (withHeading) {
      const heading = this.rng.pick([
        'Related',
        'Related stories',
        'Read more',
        'More on this story',
        'You may also like',
        'Most read',
        'Recommended',
      ]);
      lines.push(this.recase(heading) + this.rng.pick(['', ':', '']));
    }
    const bullet = this.rng.pick(['• ', '- ', '» ', '* ', '', '> ']);
    for (const t of this.related(this.rng.int(2, 5))) lines.push(bullet + t);
    return lines;
  }

  kicker(): string {
    const a = this.article;
    if (a.corpus === 'reuters') {
      const k = REUTERS_KICKERS[a.category];
      if (k && this.rng.chance(0.7)) return k;
      return this.rng.pick(KICKERS.reuters ?? ['NEWS']);
    }
    return this.rng.pick(KICKERS[a.category] ?? ['NEWS']);
  }

  section(): string {
    const known = SECTIONS[this.article.category];
    if (known) return known[0];
    return this.rng.pick(['Business', 'Markets', 'World', 'Economy']);
  }

  subsection(): string {
    const known = SECTIONS[this.article.category];
    if (known) return this.rng.pick(known[1]);
    return this.rng.pick(['Commodities', 'Companies', 'Currencies', 'Americas', 'Asia']);
  }

  otherName(): string {
    for (;;) {
      const name = this.rng.pick(AUTHORS);
      if (!this.author.includes(name)) return name;
    }
  }

  /** A later "updated" time: an hour to four days after the stamp. */
  updated(): Stamp {
    return stampFromMs(stampMs(this.stamp) + this.rng.int(60, 4 * 24 * 60) * 60000);
  }

  tz(): string {
    return this.rng.pick(['GMT', 'BST', 'EST', 'ET', 'KST', 'CET', 'UTC']);
  }

  /** Date-ish chrome without a year: never a publication date. */
  yearless(): string {
    const s = this.stamp;
    return this.rng.pick([
      `Posted ${monthName(s)} ${s.d}`,
      dayName(s),
      `Updated ${dayName(s)} ${time12(s)}`,
      `${dayName(s)}, ${monthShort(s)} ${s.d}`,
      `${s.d} ${monthName(s)}`,
      `Posted ${monthShort(s)} ${s.d} at ${time12(s)}`,
      `Last updated ${this.rng.int(2, 11)} hours ago`,
      `${this.rng.int(2, 9)} min read`,
    ]);
  }

  shareBar(): string {
    const rng = this.rng;
    const sep = rng.pick([' | ', ' • ', ' / ', '  ', ' · ']);
    // Each bar with whether it is recased: the dictionary site's lower-case "print dictionary
    // print" is printed as it is.
    const [bar, recased] = rng.pick<readonly [string, boolean]>([
      ['print dictionary print', false],
      [['Share', 'Tweet', 'Email'].join(sep), true],
      [
        ['Facebook', 'Twitter', 'LinkedIn', 'WhatsApp', 'Email'].slice(0, rng.int(2, 5)).join(sep),
        true,
      ],
      [
        `Share this article${rng.pick([':', ''])} ${['Facebook', 'Twitter', 'Email'].join(sep)}`,
        true,
      ],
      [['Print', 'Email', 'Share'].join(sep), true],
      ['Print Friendly, PDF & Email', true],
      [`Save${sep}Share${sep}Comments (${rng.int(0, 240)})`, true],
      ['Listen to this article', true],
    ]);
    return recased ? this.recase(bar) : bar;
  }

  copyright(): string {
    const site = this.site ?? '';
    const y = this.stamp.y + this.rng.int(0, 1);
    return this.rng.pick([
      `© ${y} ${site}. All rights reserved.`,
      `Copyright © ${y - this.rng.int(3, 9)}-${y} ${site}`,
      `(c) ${y} ${site}`,
      `© ${site} ${y}`,
      `Copyright ${y} ${site}. All Rights Reserved.`,
    ]);
  }

  /**
   * Moves the first sentence of the body into the standfirst (see README). With `dropPeriod`,
   * the standfirst is printed (and recorded) without its final full stop, as many sites do.
   */
  takeStandfirst(p: Page, dropPeriod = false): string | null {
    const first = p.paragraphs[0];
    if (first === undefined) return null;
    const split = splitFirstSentence(first);
    if (!split) return null;
    const remaining = p.paragraphs.length - (split.rest ? 0 : 1);
    if (remaining < 2) return null;
    if (split.rest) p.paragraphs[0] = split.rest;
    else p.paragraphs.shift();
    p.standfirst = dropPeriod ? split.sentence.replace(/([^.])\.$/, '$1') : split.sentence;
    return p.standfirst;
  }
}

/** The file being built: head, body, tail and the truth that goes with them. */
class Page {
  ext: 'txt' | 'md' = 'txt';
  front: string[] = [];
  head: string[] = [];
  tail: string[] = [];
  mids: string[][] = [];
  chrome: string[] = [];
  title: string | null = null;
  standfirst: string | null = null;
  date: string | null = null;
  source: string | null = null;
  byline: string | null = null;
  omitted: string[] = [];
  layouts: (readonly [Layout, number])[] = [['blank', 1]];
  width: [number, number] = [62, 74];
  indent = 4;
  /** Blank lines between head and body, and between body and tail. */
  headGap = 1;
  tailGap = 1;
  /** Chance that a wrapped copy breaks words at line ends ("Ko-" / "reans"). */
  lineEndChance = 0.5;
  /** Chance that the copy has mid-line print breaks ("Ko-reans", as in PDF-to-text). */
  midChance = 0.1;
  /** Chance, per opportunity, that wrapping breaks after a genuine hyphen ("high-" / "level"). */
  hyphenWrap = 0.5;

  constructor(public paragraphs: string[]) {}

  /** A chrome line in the head. */
  line(text: string): void {
    this.head.push(text);
    if (text.trim()) this.chrome.push(text.trim());
  }
  /** Head text that is not chrome (headline, standfirst). */
  text(text: string): void {
    this.head.push(text);
  }
  headline(title: string): void {
    this.text(title);
    this.title = title;
  }
  gap(): void {
    if (this.head.length && this.head[this.head.length - 1] !== '') this.head.push('');
  }
  foot(text: string): void {
    this.tail.push(text);
    if (text.trim()) this.chrome.push(text.trim());
  }
  footGap(): void {
    if (this.tail.length && this.tail[this.tail.length - 1] !== '') this.tail.push('');
  }
  mid(lines: string[]): void {
    this.mids.push(lines);
    for (const l of lines) if (l.trim()) this.chrome.push(l.trim());
  }
}

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st mt co corp inc ltd jr sr no vs gen col lt sgt rep sen gov ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec e.g i.e etc u.s u.k'
  ).split(' '),
);

/** First sentence of a paragraph and the rest, or null when it makes no standfirst. */
function splitFirstSentence(p: string): { sentence: string; rest: string } | null {
  const ok = (s: string) => wordsIn(s) >= 6 && wordsIn(s) <= 55 && s.length <= 320;
  const boundary = /[.!?]["'”’)]*(?=\s+["'“‘(]?[A-Z0-9])/g;
  for (let m = boundary.exec(p); m; m = boundary.exec(p)) {
    if (p[m.index] === '.') {
      const word = (/(\S+)$/.exec(p.slice(0, m.index))?.[1] ?? '').replace(/^["'“‘(]+/, '');
      if (
        ABBREVIATIONS.has(word.toLowerCase()) ||
        /^[A-Za-z]$/.test(word) ||
        /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)
      ) {
        continue;
      }
    }
    const end = m.index + m[0].length;
    const sentence = p.slice(0, end).trim();
    return ok(sentence) ? { sentence, rest: p.slice(end).trim() } : null;
  }
  return ok(p) ? { sentence: p, rest: '' } : null;
}

function yamlString(rng: Rng, s: string): string {
  const plainOk =
    /^[A-Za-z][A-Za-z0-9 ,.'’()-]*$/.test(s) &&
    !/[:.]$/.test(s) &&
    !/^(?:yes|no|true|false|null|on|off|y|n)$/i.test(s);
  const mode = rng.weighted([
    ['plain', plainOk ? 3 : 0],
    ['double', 3],
    ['single', 1],
  ] as const);
  if (mode === 'plain') return s;
  if (mode === 'single') return `'${s.replace(/'/g, "''")}'`;
  return JSON.stringify(s);
}

// ---------------------------------------------------------------------------------------------
// Templates: each is a function of (article, rng) through the context

type Render = (c: Ctx, p: Page) => void;
export interface Template {
  id: string;
  name: string;
  render: Render;
}

/** Print edition web copy (seed 000): "Fri, Dec 10, 2004 - Page 5 News List", kicker + standfirst. */
const printEdition: Render = (c, p) => {
  const { rng, stamp } = c;
  const page = rng.int(1, 24);
  const desk = rng.pick(['News', 'Business', 'World', 'Sports', 'Taiwan News', 'Front Page']);
  const style = rng.pick<DateStyle>(['dow-mon-d-y', 'dow-mon-d-y', 'dow-month-d-y', 'd-month-y']);
  const date = fmtDate(stamp, style);
  p.line(
    rng.weighted([
      [`${date} - Page ${page} ${desk} List`, 3],
      [`${date}${c.sep()}Page ${page}`, 1],
      [`Page ${page}${c.sep()}${date}`, 1],
    ]),
  );
  p.date = truthDate(stamp, style);
  p.gap();
  p.headline(c.title);
  if (rng.chance(0.6)) {
    const kicker = c.kicker();
    const inline = rng.chance(0.7);
    const sf = c.takeStandfirst(p, rng.chance(0.5));
    if (sf) {
      p.gap();
      if (inline) {
        p.text(`${kicker} ${sf}`);
        p.chrome.push(kicker);
      } else {
        p.line(kicker);
        p.text(sf);
      }
    }
  }
  p.gap();
  if (rng.chance(0.5)) p.head.push('');
  p.layouts = [
    ['blank', 6],
    ['per-line', 3],
    ['wrapped', 1],
  ];
  p.midChance = 0.6;
  if (rng.chance(0.85)) p.foot(`This story has been viewed ${rng.int(120, 48000)} times.`);
  if (rng.chance(0.7)) {
    p.footGap();
    p.foot(rng.pick(COMMENT_POLICIES));
  }
  if (rng.chance(0.6)) {
    p.footGap();
    p.foot(rng.pick(['TOP top', 'TOP', 'Back to top', 'top ↑']));
  }
  if (c.site && rng.chance(0.3)) {
    p.footGap();
    p.foot(c.copyright());
    p.source = c.site;
  }
};

/** Portal with breadcrumbs, share widget and the headline repeated (seed 002). */
const portalBreadcrumb: Render = (c, p) => {
  const { rng, stamp } = c;
  p.headline(c.title);
  p.gap();
  const arrow = rng.pick(['>', '»', '›', '/', '|']);
  const crumbs = [rng.pick(['Home', 'HOME', 'home', 'News']), c.section(), c.subsection()];
  if (rng.chance(0.3)) crumbs.pop();
  p.line(c.recase(crumbs.join(` ${arrow} `)));
  p.gap();
  p.line(c.shareBar());
  p.gap();
  p.line(c.title); // the headline again, as the page's article header
  p.gap();
  if (rng.chance(0.4)) {
    p.line(rng.pick([`By ${c.author}`, `${c.author}, ${rng.pick(ROLES)}`]));
    p.byline = c.author;
  }
  if (rng.chance(0.55)) {
    const style = rng.pick<DateStyle>(['mon-d,y', 'ymd-dot', 'month-d-y', 'ymd-slash']);
    p.line(fmtDate(stamp, style) + (rng.chance(0.5) ? ` ${time24(stamp)}` : ''));
    p.date = truthDate(stamp, style);
  }
  p.layouts = [
    ['blank', 8],
    ['per-line', 2],
  ];
  if (c.site && rng.chance(0.75)) {
    p.foot('Log in to Twitter or Facebook account to connect');
    p.foot(`with the ${bare(c.site)}`);
    p.source = c.site;
  } else {
    p.foot(rng.pick(['Log in to Twitter or Facebook account to comment', 'Sign in to comment']));
  }
  p.foot('help-image Social comment?');
  p.foot('lock icon');
  p.footGap();
  p.foot('To write comments, please log in to one of the accounts.');
  p.footGap();
  p.foot(`Standards Board Policy (0/${rng.pick([250, 300, 500])}자)`);
};

/** Plain copy of an undated news site (seed 003): title, one paragraph per line, print widget. */
const cleanText: Render = (c, p) => {
  const { rng } = c;
  p.headline(c.title);
  if (rng.chance(0.6)) p.gap();
  if (rng.chance(0.45)) p.line(c.yearless());
  p.layouts = [
    ['per-line', 7],
    ['blank', 3],
  ];
  p.headGap = rng.chance(0.3) ? 0 : 1;
  p.tailGap = rng.chance(0.5) ? 0 : 1;
  if (rng.chance(0.7)) p.foot('Print Friendly, PDF & Email');
  p.midChance = 0.15;
};

/** Blog repost (seed 004): author alone under the title, "The post ... appeared first on ...". */
const wpRepost: Render = (c, p) => {
  const { rng, stamp } = c;
  p.headline(c.title);
  p.gap();
  const mode = rng.weighted([
    ['name', 5],
    ['by', 2],
    ['posted', 3],
  ] as const);
  if (mode === 'name') p.line(c.author);
  else if (mode === 'by') p.line(`${rng.pick(['By', 'by', 'BY'])} ${c.author}`);
  else {
    const style = rng.pick<DateStyle>(['month-d-y', 'd-month-y', 'ymd-slash', 'iso']);
    const date = fmtDate(stamp, style);
    p.line(
      rng.pick([`Posted on ${date} by ${c.author}`, `Posted by ${c.author} on ${date}`]) +
        (rng.chance(0.3) ? ` in ${c.section()}` : ''),
    );
    p.date = truthDate(stamp, style);
  }
  p.byline = c.author;
  p.layouts = [
    ['blank', 8],
    ['per-line', 2],
  ];
  if (rng.chance(0.3)) p.mid([`${c.recase('Also read')}: ${c.related(1)[0] ?? ''}`]);
  if (rng.chance(0.25)) p.foot(c.shareBar());
  if (c.site) {
    p.footGap();
    p.foot(`The post ${c.title} appeared first on ${c.site}.`);
    p.source = c.site;
  } else if (rng.chance(0.5)) {
    p.footGap();
    p.foot('Source link');
  }
};

/** Wire copy: Reuters DATE line, slug, headline, 4-space indented hard-wrapped body, sign-off. */
const wireCopy: Render = (c, p) => {
  const { rng, stamp, article } = c;
  p.line(article.rawDate ?? fmtDate(stamp, 'reuters'));
  p.date = isoDay(stamp);
  if (rng.chance(0.5)) {
    const words = c.title
      .toUpperCase()
      .replace(/[^A-Z0-9 ]/g, '')
      .split(' ')
      .filter(Boolean);
    const count = String(wordsIn(article.paragraphs.join(' '))).padStart(4, '0');
    p.line(
      article.slug ??
        `BC-${words.slice(0, 3).join('-')}   ${two(stamp.m)}-${two(stamp.d)} ${count}`,
    );
  }
  if (rng.chance(0.5)) p.gap();
  p.headline(c.title);
  p.headGap = rng.chance(0.5) ? 0 : 1;
  p.layouts = [
    ['wrapped-indent', 8],
    ['wrapped', 2],
  ];
  p.width = [64, 72];
  p.indent = rng.weighted([
    [4, 8],
    [3, 1],
    [5, 1],
  ]);
  p.lineEndChance = 0.15;
  p.tailGap = 0;
  const signoff =
    article.corpus === 'reuters' && rng.chance(0.8)
      ? ' Reuter'
      : rng.pick(['ENDS', '(ends)', '-- END --', '(END)']);
  p.foot(signoff);
};

/** Broadsheet website: masthead, standfirst, byline, Published/Updated lines, related, copyright. */
const newspaperWeb: Render = (c, p) => {
  const { rng, stamp, site } = c;
  if (site) {
    const sec = c.recase(c.section());
    p.line(rng.pick([`${site}${c.sep()}${sec}`, site, `${sec}${c.sep()}${site}`]));
    p.source = site;
    p.gap();
  }
  if (rng.chance(0.4)) p.line(c.recase(c.kicker()));
  p.headline(c.title);
  if (rng.chance(0.7)) {
    const sf = c.takeStandfirst(p, rng.chance(0.3));
    if (sf) {
      p.gap();
      p.text(sf);
    }
  }
  p.gap();
  const by = rng.weighted([
    [`By ${c.author}`, 4],
    [`${c.author} in ${rng.pick(CITIES)}`, 2],
    [`By ${c.author} | ${site ?? ''}`, site ? 2 : 0],
    [`${c.author}, ${rng.pick(ROLES)}`, 1],
  ]);
  p.line(by);
  p.byline = c.author;
  const tz = c.tz();
  const pubStyle = rng.pick(['a', 'b', 'c'] as const);
  const published =
    pubStyle === 'a'
      ? `Published: ${fmtDate(stamp, 'd-mon-y')} ${time24(stamp)} ${tz}`
      : pubStyle === 'b'
        ? `Published ${fmtDate(stamp, 'dow-d-month-y')} ${time24(stamp, '.')} ${tz}`
        : `First published on ${fmtDate(stamp, 'dow-d-month-y')}`;
  p.date = isoDay(stamp);
  const lines = [published];
  if (rng.chance(0.6)) {
    const u = c.updated();
    const upd = rng.pick([
      `Updated: ${fmtDate(u, 'd-mon-y')} ${time24(u)} ${tz}`,
      `Last modified on ${fmtDate(u, 'dow-d-month-y')} ${time24(u, '.')} ${tz}`,
      `Last updated: ${fmtDate(u, 'month-d-y')}`,
    ]);
    if (rng.chance(0.5)) lines.unshift(upd);
    else lines.push(upd);
  }
  for (const l of lines) p.line(l);
  if (rng.chance(0.6)) {
    p.gap();
    p.line(c.shareBar());
  }
  p.layouts = [
    ['blank', 9],
    ['per-line', 1],
  ];
  if (rng.chance(0.4)) p.mid([rng.pick(['Advertisement', 'ADVERTISEMENT'])]);
  if (rng.chance(0.6)) for (const l of c.relatedBlock()) p.foot(l);
  if (site && rng.chance(0.7)) {
    p.footGap();
    p.foot(c.copyright());
  }
};

/** US news portal: kicker, "By X, Site", "May 17, 2016 | 10:15 AM", ads and READ MORE mid-body. */
const newsPortal: Render = (c, p) => {
  const { rng, stamp, site } = c;
  if (rng.chance(0.5)) p.line(c.kicker());
  p.headline(c.title);
  p.gap();
  if (site && rng.chance(0.6)) {
    p.line(`${rng.pick(['By', 'BY'])} ${c.author}, ${site}`);
    p.source = site;
  } else {
    p.line(`${rng.pick(['By', 'BY', 'by'])} ${c.author}`);
  }
  p.byline = c.author;
  const sep = rng.pick([' | ', ' • ', ' - ', ' / ']);
  p.line(
    rng.pick([
      `${fmtDate(stamp, 'month-d-y')}${sep}${time12(stamp)}`,
      `Posted: ${fmtDate(stamp, 'ap')} ${time12(stamp)} ET`,
      `${fmtDate(stamp, 'mon-d,y').replace(',', ', ')} at ${time12(stamp)}`,
      `Published ${fmtDate(stamp, 'ap')}`,
    ]),
  );
  p.date = isoDay(stamp);
  if (rng.chance(0.3)) {
    const u = c.updated();
    p.line(`Updated ${time12(u)} ET ${fmtDate(u, 'ap')}`);
  }
  p.layouts = [
    ['blank', 7],
    ['per-line', 3],
  ];
  for (let k = rng.int(0, 2); k > 0; k--) {
    const rel = c.related(1)[0] ?? '';
    p.mid([
      rng.pick([
        'ADVERTISEMENT',
        `READ MORE: ${rel}`,
        `RELATED: ${rel}`,
        'Story continues below advertisement',
      ]),
    ]);
  }
  if (rng.chance(0.6)) p.foot(rng.pick(NEWSLETTER_PROMPTS));
  if (rng.chance(0.5)) {
    p.footGap();
    p.foot(rng.pick([`${rng.int(0, 400)} Comments`, `Comments (${rng.int(0, 400)})`]));
  }
  if (site && rng.chance(0.4)) {
    p.footGap();
    p.foot(c.copyright());
    p.source = site;
  }
};

/** Markdown with YAML front matter: the headline is only in the front matter. */
const markdownFront: Render = (c, p) => {
  const { rng, stamp, site } = c;
  p.ext = 'md';
  const fields: string[] = [];
  if (rng.chance(0.8)) {
    const form = rng.weighted([
      ['iso', 4],
      ['quoted-iso', 2],
      ['iso-z', 1],
      ['long', 2],
      ['offset', 1],
      ['month', 1],
    ] as const);
    const s = stamp;
    const t = `${two(s.hh % 24)}:${two(s.mi)}:00`;
    const text =
      form === 'iso'
        ? isoDay(s)
        : form === 'quoted-iso'
          ? `"${isoDay(s)}"`
          : form === 'iso-z'
            ? `${isoDay(s)}T${t}Z`
            : form === 'long'
              ? `"${fmtDate(s, rng.pick<DateStyle>(['d-month-y', 'month-d-y', 'ap']))}"`
              : form === 'offset'
                ? `${isoDay(s)}T${two(rng.int(0, 7))}:${two(s.mi)}:00+09:00` // local date as printed
                : `"${s.y}-${two(s.m)}"`;
    fields.push(`date: ${text}`);
    p.date = form === 'month' ? `${s.y}-${two(s.m)}` : isoDay(s);
  }
  if (rng.chance(0.7)) {
    fields.push(`author: ${yamlString(rng, c.author)}`);
    p.byline = c.author;
  }
  if (site && rng.chance(0.8)) {
    fields.push(`source: ${yamlString(rng, site)}`);
    p.source = site;
  }
  if (rng.chance(0.25)) {
    const sf = c.takeStandfirst(p);
    if (sf) fields.push(`summary: ${yamlString(rng, sf)}`);
  }
  if (rng.chance(0.3)) fields.push(`tags: [${c.section().toLowerCase()}, news]`);
  const ordered = rng.shuffle(fields);
  const titleLine = `title: ${yamlString(rng, c.title)}`;
  ordered.splice(rng.chance(0.7) ? 0 : rng.int(0, ordered.length), 0, titleLine);
  p.title = c.title;
  p.front = ['---', ...ordered, '---'];
  if (rng.chance(0.8)) p.front.push('');
  p.headGap = 0;
  p.layouts = [['blank', 1]];
  p.midChance = 0.05;
};

/** A body-only copy: no header at all, sometimes a footer. */
const bodyOnly: Render = (c, p) => {
  const { rng, site } = c;
  p.headGap = 0;
  p.layouts = [
    ['blank', 4],
    ['per-line', 3],
    ['wrapped', 2],
    ['wrapped-indent', 1],
  ];
  p.midChance = 0.3;
  if (rng.chance(0.4)) {
    const kind = rng.pick(['share', 'copyright', 'print', 'yearless'] as const);
    if (kind === 'copyright' && site) {
      p.foot(c.copyright());
      p.source = site;
    } else if (kind === 'share') p.foot(c.shareBar());
    else if (kind === 'yearless') p.foot(c.yearless());
    else p.foot('Print Friendly, PDF & Email');
  }
};

/** PDF-to-text print copy: running header, hard wrapping, heavy print hyphenation, page footers. */
const pdfPrint: Render = (c, p) => {
  const { rng, stamp, site } = c;
  const style = rng.pick<DateStyle>(['d-month-y', 'dow-d-month-y', 'month-d-y']);
  const date = fmtDate(stamp, style);
  const page = rng.int(1, 40);
  const sep = c.sep();
  if (site) {
    p.line(rng.pick([`${site}${sep}${date}${sep}Page ${page}`, `${site}${sep}${date}`]));
    p.source = site;
  } else p.line(`${date}${sep}Page ${page}`);
  p.date = truthDate(stamp, style);
  p.gap();
  if (rng.chance(0.4)) p.line(c.recase(rng.pick([`Section: ${c.section()}`, c.section()])));
  p.headline(c.title);
  if (rng.chance(0.7)) {
    p.line(rng.pick([`By ${c.author}`, `by ${c.author}`, `By ${c.author}, Staff Writer`]));
    p.byline = c.author;
  }
  p.gap();
  p.layouts = [
    ['wrapped', 5],
    ['wrapped-indent', 5],
  ];
  p.width = [58, 75];
  p.indent = rng.pick([2, 3, 4, 5]);
  p.lineEndChance = 0.9;
  p.midChance = 0.5;
  if (rng.chance(0.4)) {
    p.mid([
      rng.pick([
        `Page ${page + 1}`,
        `- ${page + 1} -`,
        '(Continued on next page)',
        `Continued from Page ${page}`,
      ]),
    ]);
  }
  if (site && rng.chance(0.6)) {
    p.foot(
      rng.pick([
        `https://${domain(site)}/news/${stamp.y}/${two(stamp.m)}/${rng.int(10000, 99999)}`,
        `Printed from ${domain(site)}`,
      ]),
    );
  }
  if (site && rng.chance(0.5)) p.foot(c.copyright());
};

/** Aggregator: "Source: X" label, a related-headlines list ABOVE the real headline. */
const aggregatorFeed: Render = (c, p) => {
  const { rng, stamp, site } = c;
  if (site) {
    p.line(rng.pick([`Source: ${site}`, `${site}${c.sep()}${c.section()}`, `via ${site}`]));
    p.source = site;
  }
  if (rng.chance(0.6)) {
    p.gap();
    for (const l of c.relatedBlock(rng.chance(0.8))) p.line(l);
    p.gap();
  }
  p.headline(c.title);
  if (rng.chance(0.7)) {
    const form = rng.pick(['a', 'b', 'c', 'd'] as const);
    p.line(
      form === 'a'
        ? `Posted ${isoDay(stamp)} ${time24(stamp)}`
        : form === 'b'
          ? fmtDate(stamp, 'iso-time')
          : form === 'c'
            ? `${fmtDate(stamp, 'ymd-slash')} ${time24(stamp)}`
            : `Posted: ${fmtDate(stamp, 'd-mon-y')}`,
    );
    p.date = isoDay(stamp);
  } else if (rng.chance(0.6)) p.line(c.yearless());
  p.layouts = [
    ['per-line', 5],
    ['blank', 5],
  ];
  if (site && rng.chance(0.4)) p.foot(`Originally published by ${site}.`);
  if (rng.chance(0.4)) {
    p.footGap();
    p.foot(`Tags: ${c.section().toLowerCase()}, ${c.subsection().toLowerCase()}`);
  }
};

/** Paywalled page: a few paragraphs, then "Subscribe to continue reading". */
const paywall: Render = (c, p) => {
  const { rng, stamp, site } = c;
  if (site) {
    p.line(rng.chance(0.7) ? site : `${site}${c.sep()}${c.recase('Subscriber exclusive')}`);
    p.source = site;
    p.gap();
  }
  p.headline(c.title);
  if (rng.chance(0.5)) {
    const sf = c.takeStandfirst(p);
    if (sf) {
      p.gap();
      p.text(sf);
    }
  }
  p.gap();
  p.line(site && rng.chance(0.5) ? `By ${c.author} | ${site}` : `By ${c.author}`);
  p.byline = c.author;
  if (rng.chance(0.8)) {
    const style = rng.pick<DateStyle>(['d-month-y', 'month-d-y', 'ap']);
    p.line(fmtDate(stamp, style));
    p.date = truthDate(stamp, style);
  }
  p.layouts = [
    ['blank', 8],
    ['per-line', 2],
  ];
  const n = p.paragraphs.length;
  if (n >= 3) {
    const keep = rng.int(2, Math.min(4, n - 1));
    p.omitted = p.paragraphs.slice(keep);
    p.paragraphs = p.paragraphs.slice(0, keep);
  }
  p.foot(
    rng.pick([
      'Subscribe to continue reading',
      'This article is for subscribers only.',
      'You have reached your limit of free articles. Subscribe to continue reading.',
    ]),
  );
  if (rng.chance(0.5)) p.foot('Already a subscriber? Log in');
  if (site && rng.chance(0.4)) p.foot(`Subscribe now for unlimited access to ${site}.`);
  if (rng.chance(0.3)) p.foot('Get full access for $1 a week. Cancel anytime.');
};

/** Mobile page: share bar on top, weekday-only "dates", author alone, counters at the end. */
const mobileShare: Render = (c, p) => {
  const { rng, site } = c;
  p.line(c.shareBar());
  if (rng.chance(0.5)) p.gap();
  if (rng.chance(0.7)) p.line(c.yearless());
  p.headline(c.title);
  const by = rng.weighted([
    ['name', 4],
    ['by', 3],
    ['none', 3],
  ] as const);
  if (by !== 'none') {
    p.line(by === 'name' ? c.author : `By ${c.author}`);
    p.byline = c.author;
  }
  p.layouts = [
    ['per-line', 6],
    ['blank', 4],
  ];
  p.headGap = rng.chance(0.5) ? 1 : 0;
  p.foot(rng.pick([`Comments (${rng.int(0, 99)})`, 'Log in to comment', 'Tap to share']));
  if (site && rng.chance(0.4)) {
    p.foot(rng.pick(['Log in to Facebook or Google account to connect', 'Connect your account']));
    p.foot(
      rng.pick([`with the ${bare(site)}`, `with the ${bare(site)} community`, `with ${site}`]),
    );
    p.source = site;
  } else if (rng.chance(0.4)) p.foot('You must be logged in to post a comment.');
};

/** Syndicated story: credit line at the end, "Reported by X for Y." */
const syndicatedCredit: Render = (c, p) => {
  const { rng, stamp, site } = c;
  p.headline(c.title);
  p.gap();
  if (rng.chance(0.6)) {
    const style = rng.pick<DateStyle>(['ap', 'month-d-y', 'dow-month-d-y', 'd-month-y']);
    p.line(fmtDate(stamp, style));
    p.date = truthDate(stamp, style);
  }
  p.layouts = [
    ['blank', 7],
    ['per-line', 3],
  ];
  if (site) {
    let credit = `Reported by ${c.author} for ${site}.`;
    if (rng.chance(0.3)) credit += ` Translated by ${c.otherName()}.`;
    p.foot(credit);
    p.source = site;
  } else {
    p.foot(`Reporting by ${c.author}; Editing by ${c.otherName()}`);
  }
  p.byline = c.author;
};

/** E-mail newsletter: issue line with month and year only, "In this issue" list, unsubscribe. */
const newsletterDigest: Render = (c, p) => {
  const { rng, stamp, site } = c;
  const kind = rng.pick(['Newsletter', 'Morning Briefing', 'Weekly Digest', 'Business Briefing']);
  if (site) {
    p.line(`${site}${c.sep()}${kind}`);
    p.source = site;
  } else p.line(kind);
  const sep = c.sep();
  if (rng.chance(0.7)) {
    p.line(
      rng.pick([
        `Issue ${rng.int(12, 480)}${sep}${fmtDate(stamp, 'month-y')}`,
        `${fmtDate(stamp, 'month-y')} edition`,
      ]),
    );
    p.date = truthDate(stamp, 'month-y');
  } else {
    p.line(`Issue ${rng.int(12, 480)}${sep}${fmtDate(stamp, 'month-d-y')}`);
    p.date = isoDay(stamp);
  }
  if (rng.chance(0.5)) {
    p.gap();
    p.line(c.recase('In this issue:'));
    for (const l of c.relatedBlock(false)) p.line(l);
  }
  p.gap();
  p.headline(c.title);
  p.layouts = [
    ['wrapped', 5],
    ['blank', 5],
  ];
  p.width = [60, 72];
  p.lineEndChance = 0.3;
  if (site) {
    p.foot(`You are receiving this email because you signed up for updates from ${site}.`);
  } else p.foot('You are receiving this email because you subscribed to our mailing list.');
  p.foot(
    rng.pick([
      'Unsubscribe | Manage preferences | View in browser',
      'Unsubscribe',
      'Forward to a friend',
    ]),
  );
};

/** Archive dump with labelled fields: "Title: ...", "Published: ...", "Updated: ...". */
const archiveDump: Render = (c, p) => {
  const { rng, stamp, site } = c;
  const label = (s: string) => rng.pick([s, s.toUpperCase(), s.toLowerCase()]);
  const fields: string[] = [];
  const titleLabel = label(rng.pick(['Title', 'Headline']));
  if (rng.chance(0.6)) {
    fields.push(`${label(rng.pick(['Author', 'Byline']))}: ${c.author}`);
    p.byline = c.author;
  }
  if (rng.chance(0.8)) {
    const style = rng.pick<DateStyle>(['iso', 'iso-time', 'ymd-slash', 'd-mon-y']);
    fields.push(`${label(rng.pick(['Published', 'Date']))}: ${fmtDate(stamp, style)}`);
    p.date = isoDay(stamp);
    if (rng.chance(0.5)) {
      const u = c.updated();
      fields.push(`${label(rng.pick(['Updated', 'Modified']))}: ${fmtDate(u, style)}`);
    }
  }
  if (site) {
    fields.push(`${label(rng.pick(['Source', 'Publication']))}: ${site}`);
    p.source = site;
    if (rng.chance(0.5)) {
      fields.push(`URL: https://${domain(site)}/${c.section().toLowerCase()}/${rng.int(1e5, 1e6)}`);
    }
  }
  if (rng.chance(0.4)) fields.push(`${label('Section')}: ${c.section()}`);
  const ordered = rng.shuffle(fields);
  ordered.splice(rng.chance(0.7) ? 0 : 1, 0, `${titleLabel}: ${c.title}`);
  for (const f of ordered) p.line(f);
  p.title = c.title;
  const rule = rng.pick(['', '----------------------------------------', '==========', '* * *']);
  if (rule) p.line(rule);
  p.gap();
  p.headGap = 1;
  p.layouts = [
    ['blank', 5],
    ['per-line', 3],
    ['wrapped', 2],
  ];
  if (rng.chance(0.3)) p.foot(rng.pick(['[END OF DOCUMENT]', '-- end --', '=== END ===']));
};

export const TEMPLATES: Template[] = [
  { id: 'site-01', name: 'print-edition', render: printEdition },
  { id: 'site-02', name: 'portal-breadcrumb', render: portalBreadcrumb },
  { id: 'site-03', name: 'clean-text', render: cleanText },
  { id: 'site-04', name: 'wp-repost', render: wpRepost },
  { id: 'site-05', name: 'wire-copy', render: wireCopy },
  { id: 'site-06', name: 'newspaper-web', render: newspaperWeb },
  { id: 'site-07', name: 'news-portal', render: newsPortal },
  { id: 'site-08', name: 'markdown-front-matter', render: markdownFront },
  { id: 'site-09', name: 'body-only', render: bodyOnly },
  { id: 'site-10', name: 'pdf-print', render: pdfPrint },
  { id: 'site-11', name: 'aggregator-feed', render: aggregatorFeed },
  { id: 'site-12', name: 'paywall-teaser', render: paywall },
  { id: 'site-13', name: 'mobile-share', render: mobileShare },
  { id: 'site-14', name: 'syndicated-credit', render: syndicatedCredit },
  { id: 'site-15', name: 'newsletter-digest', render: newsletterDigest },
  { id: 'site-16', name: 'archive-dump', render: archiveDump },
];

// ---------------------------------------------------------------------------------------------
// Body layout and print breaks

const DIGRAPHS = new Set(['th', 'ch', 'sh', 'ph', 'wh', 'ck', 'gh', 'qu', 'ng']);
const isVowel = (ch: string): boolean => 'aeiouy'.includes(ch.toLowerCase());

/** Breaks a plain word at a syllable-like point whose prefix is at most `room` letters. */
function breakWord(
  token: string,
  rng: Rng,
  room: number,
): { prefix: string; suffix: string; word: string } | null {
  const m = /^([A-Z]?[a-z]{5,})([,.;:!?]?)$/.exec(token);
  if (!m?.[1]) return null;
  const word = m[1];
  const candidates: number[] = [];
  for (let i = 2; i <= word.length - 3 && i <= room; i++) {
    const a = word[i - 1] ?? '';
    const b = word[i] ?? '';
    if (b.toLowerCase() === 'q' || a.toLowerCase() === 'q') continue;
    if (isVowel(a) && !isVowel(b)) candidates.push(i);
    else if (!isVowel(a) && !isVowel(b) && !DIGRAPHS.has((a + b).toLowerCase())) {
      candidates.push(i);
    }
  }
  if (candidates.length === 0) return null;
  const i = rng.pick(candidates);
  return { prefix: word.slice(0, i), suffix: word.slice(i) + (m[2] ?? ''), word };
}

interface BodyOptions {
  layout: Layout;
  width: number;
  indent: number;
  lineEndRate: number;
  midRate: number;
  hyphenWrap: number;
}

function renderParagraph(para: string, o: BodyOptions, rng: Rng, breaks: string[]): string[] {
  const midBreaks = new Map<number, string>(); // tokens carrying a mid-line print break
  const tokens = para
    .split(' ')
    .filter(Boolean)
    .map((t, k) => {
      if (o.midRate <= 0 || !rng.chance(o.midRate)) return t;
      const b = breakWord(t, rng, Infinity);
      if (!b) return t;
      midBreaks.set(k, b.word);
      return `${b.prefix}-${b.suffix}`;
    });
  if (o.layout === 'blank' || o.layout === 'per-line') {
    breaks.push(...midBreaks.values());
    return [tokens.join(' ')];
  }

  const lines: string[] = [];
  let cur = o.layout === 'wrapped-indent' ? ' '.repeat(o.indent) : '';
  let has = false;
  tokens.forEach((tok, k) => {
    const mid = midBreaks.get(k);
    if (mid) breaks.push(mid); // recorded in reading order
    if (!has) {
      cur += tok;
      has = true;
      return;
    }
    if (cur.length + 1 + tok.length <= o.width) {
      cur += ` ${tok}`;
      return;
    }
    const room = o.width - cur.length - 2; // a space and the hyphen
    if (room >= 2 && !mid) {
      if (o.lineEndRate > 0 && rng.chance(o.lineEndRate)) {
        const b = breakWord(tok, rng, room);
        if (b) {
          lines.push(`${cur} ${b.prefix}-`);
          breaks.push(b.word);
          cur = b.suffix;
          return;
        }
      }
      if (o.hyphenWrap > 0 && tok.includes('-')) {
        // A genuine compound broken at its own hyphen: "high-" / "level" (not a print break).
        let at = -1;
        for (let i = 1; i < tok.length - 1 && i <= room; i++) {
          if (tok[i] === '-' && /[\p{L}\p{N}]/u.test(tok[i - 1] ?? '')) {
            if (/[\p{L}\p{N}]/u.test(tok[i + 1] ?? '')) at = i;
          }
        }
        if (at > 0 && rng.chance(o.hyphenWrap)) {
          lines.push(`${cur} ${tok.slice(0, at + 1)}`);
          cur = tok.slice(at + 1);
          return;
        }
      }
    }
    lines.push(cur);
    cur = tok;
  });
  if (has) lines.push(cur);
  return lines;
}

function renderBody(
  paras: string[],
  mids: string[][],
  o: BodyOptions,
  rng: Rng,
): { lines: string[]; breaks: string[] } {
  const breaks: string[] = [];
  const at = new Map<number, string[][]>();
  for (const block of mids) {
    const pos = paras.length >= 2 ? rng.int(1, paras.length - 1) : paras.length;
    at.set(pos, [...(at.get(pos) ?? []), block]);
  }
  const blankSep = o.layout === 'blank' || o.layout === 'wrapped';
  const out: string[] = [];
  const putBlocks = (blocks: string[][] | undefined) => {
    for (const block of blocks ?? []) {
      if (o.layout === 'wrapped-indent') out.push('');
      out.push(...block);
      if (o.layout !== 'per-line') out.push('');
    }
  };
  paras.forEach((para, i) => {
    if (i > 0 && blankSep) out.push('');
    putBlocks(at.get(i));
    out.push(...renderParagraph(para, o, rng, breaks));
  });
  if (at.has(paras.length)) {
    if (blankSep) out.push('');
    putBlocks(at.get(paras.length));
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return { lines: out, breaks };
}

/** Genuine hyphenated words ("high-level", "Il-sung", "26-year-old") in order of appearance. */
function hyphenatedWords(texts: string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const raw of text.split(/\s+/)) {
      const w = raw
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(/[^\p{L}\p{N}]+$/u, '')
        .replace(/['’]s$/u, '');
      if (/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+$/u.test(w) && /\p{L}/u.test(w)) seen.add(w);
    }
  }
  return [...seen];
}

// ---------------------------------------------------------------------------------------------
// One file

export interface Env {
  seed: number;
  titles: Record<'bbc' | 'reuters', string[]>;
  homes: Map<string, string>;
}

export function makeFile(
  index: number,
  article: Article,
  template: Template,
  env: Env,
): { record: TruthRecord; bytes: Buffer } {
  const rng = new Rng(mixSeed(env.seed, index));
  const home = env.homes.get(template.id) ?? rng.pick(SITES);
  const site = rng.chance(0.18) ? null : rng.chance(0.7) ? home : rng.pick(SITES);
  const stamp = article.date ?? inventStamp(rng);
  const author = rng.chance(0.1)
    ? `${rng.pick(AUTHORS)} and ${rng.pick(AUTHORS)}`
    : rng.pick(AUTHORS);
  const ctx = new Ctx(rng, article, site, stamp, author, env.titles[article.corpus]);
  const page = new Page([...article.paragraphs]);
  template.render(ctx, page);

  // The Reuters dateline opens the first printed paragraph, as on the wire; when the lede became
  // the standfirst, the dateline went with it (copies that lift the lede drop "CITY, Mon D -").
  if (article.dateline && page.standfirst === null && page.paragraphs.length) {
    page.paragraphs[0] = `${article.dateline} ${page.paragraphs[0]}`;
  }
  placeDecoy(page, rng);
  const options = bodyOptions(page, rng);
  const { layout } = options;
  const body = renderBody(page.paragraphs, page.mids, options, rng);
  const { text, crlf } = pageText(page, body.lines, rng);
  const { encoding, bytes } = encoded(text, rng);

  const relPath = `${template.id}/${String(index + 1).padStart(4, '0')}.${page.ext}`;
  const record: TruthRecord = {
    path: relPath,
    corpus: article.corpus,
    original: article.original,
    template: template.name,
    encoding,
    crlf,
    layout,
    title: page.title,
    standfirst: page.standfirst,
    date: page.date,
    source: page.source,
    byline: page.byline,
    paragraphs: page.paragraphs,
    chrome: [...new Set(page.chrome)],
    breaks: body.breaks,
    hyphenated: hyphenatedWords([page.standfirst ?? '', ...page.paragraphs]),
    omitted: page.omitted,
  };
  return { record, bytes };
}

/** A publication named only inside the story: it must never be taken for the source. */
function placeDecoy(page: Page, rng: Rng): void {
  if (page.source !== null || !rng.chance(0.4)) return;
  const sentence = rng.pick(DECOYS)(bare(rng.pick(SITES)));
  const n = page.paragraphs.length;
  if (n >= 2 && rng.chance(0.4)) {
    const i = rng.int(1, n - 1);
    page.paragraphs[i] = `${page.paragraphs[i]} ${sentence}`;
  } else page.paragraphs.splice(rng.int(1, n), 0, sentence);
}

/** How the template's page lays out its body: the layout, width and the rates of its flaws. */
function bodyOptions(page: Page, rng: Rng): BodyOptions {
  const layout = rng.weighted(page.layouts);
  const wrapped = layout === 'wrapped' || layout === 'wrapped-indent';
  return {
    layout,
    width: rng.int(page.width[0], page.width[1]),
    indent: page.indent,
    lineEndRate: wrapped && rng.chance(page.lineEndChance) ? 0.25 + rng.float() * 0.4 : 0,
    midRate: rng.chance(page.midChance) ? 0.004 + rng.float() * 0.014 : 0,
    hyphenWrap: page.hyphenWrap,
  };
}

/** The file's text: front matter, head, body and tail with their gaps, in LF or CRLF. */
function pageText(page: Page, bodyLines: string[], rng: Rng): { text: string; crlf: boolean } {
  const lines: string[] = [...page.front, ...page.head];
  if (page.head.length && page.head[page.head.length - 1] !== '') {
    for (let k = 0; k < page.headGap; k++) lines.push('');
  }
  lines.push(...bodyLines);
  if (page.tail.length) {
    for (let k = 0; k < page.tailGap; k++) lines.push('');
    lines.push(...page.tail);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const crlf = rng.chance(0.2);
  return { text: lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n'), crlf };
}

/**
 * The text's bytes in an encoding picked by weight; Windows-1252 only when the text fits it and
 * is not plain ASCII (which reads as UTF-8).
 */
function encoded(text: string, rng: Rng): { encoding: string; bytes: Buffer } {
  const cp1252 = /[\u0080-\uffff]/.test(text) ? encodeCp1252(text) : null;
  const encoding = rng.weighted([
    ['utf-8', 45],
    ['utf-8 (BOM)', 15],
    ['utf-16le (BOM)', 15],
    ['windows-1252', cp1252 ? 30 : 0],
  ] as const);
  const bytes =
    encoding === 'utf-8 (BOM)'
      ? Buffer.from(`\uFEFF${text}`, 'utf8')
      : encoding === 'utf-16le (BOM)'
        ? Buffer.from(`\uFEFF${text}`, 'utf16le')
        : encoding === 'windows-1252' && cp1252
          ? cp1252
          : Buffer.from(text, 'utf8');
  return { encoding, bytes };
}

// ---------------------------------------------------------------------------------------------
// The corpus

export async function generateCorpus(options: GenerateOptions): Promise<TruthRecord[]> {
  const { corpora, out, count, seed } = options;
  if (!Number.isInteger(count) || count < 1) throw new Error(`bad count: ${count}`);
  const bbc = await loadBbc(corpora);
  const reuters = await loadReuters(corpora);
  if (bbc.length === 0 || reuters.length === 0) {
    throw new Error(
      `no articles found under ${corpora} (bbc: ${bbc.length}, reuters: ${reuters.length})`,
    );
  }
  const rng = new Rng(seed >>> 0);
  const nBbc = Math.min(Math.ceil(count / 2), bbc.length);
  const nReuters = Math.min(count - nBbc, reuters.length);
  const chosen = rng.shuffle([...rng.sample(bbc, nBbc), ...rng.sample(reuters, nReuters)]);
  const order: Template[] = [];
  while (order.length < chosen.length) order.push(...rng.shuffle(TEMPLATES));
  const homes = new Map<string, string>();
  rng.shuffle(SITES).forEach((site, i) => {
    const t = TEMPLATES[i];
    if (t) homes.set(t.id, site);
  });
  const env: Env = {
    seed: seed >>> 0,
    titles: { bbc: bbc.map((a) => a.title), reuters: reuters.map((a) => a.title) },
    homes,
  };

  await mkdir(out, { recursive: true });
  for (const entry of await readdir(out)) {
    if (/^site-\d+$/.test(entry) || entry === 'truth.json') {
      await rm(path.join(out, entry), { recursive: true, force: true });
    }
  }
  const records: TruthRecord[] = [];
  for (let i = 0; i < chosen.length; i++) {
    const article = chosen[i];
    const template = order[i];
    if (!article || !template) continue;
    const { record, bytes } = makeFile(i, article, template, env);
    const file = path.join(out, ...record.path.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes);
    records.push(record);
  }
  records.sort((a, b) => compare(a.path, b.path));
  await writeFile(path.join(out, 'truth.json'), `${JSON.stringify(records, null, 2)}\n`);
  return records;
}

// ---------------------------------------------------------------------------------------------
// Command line

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../..');
export const DEFAULT_CORPORA = path.resolve(REPO_ROOT, '../shared/corpora');

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(
    'usage: npx tsx bench/quality/generate.ts --out DIR [--count 600] [--seed 1] [--corpora DIR]',
  );
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i] ?? '';
    const value = argv[i + 1];
    if (!['--out', '--count', '--seed', '--corpora'].includes(key) || value === undefined) {
      usage(`bad argument: ${key}`);
    }
    args.set(key, value);
  }
  const out = args.get('--out');
  if (!out) usage('--out is required');
  const count = Number(args.get('--count') ?? 600);
  const seed = Number(args.get('--seed') ?? 1);
  if (!Number.isInteger(count) || count < 1) usage('--count must be a positive integer');
  if (!Number.isInteger(seed)) usage('--seed must be an integer');
  const corpora = requireCorpora(args.get('--corpora') ?? DEFAULT_CORPORA, ['bbc', 'reuters21578']);
  const records = await generateCorpus({ corpora, out: path.resolve(out), count, seed });
  const by = (key: (r: TruthRecord) => string) => {
    const counts = new Map<string, number>();
    for (const r of records) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
    return [...counts].map(([k, v]) => `${k} ${v}`).join(', ');
  };
  console.log(`wrote ${records.length} files and truth.json to ${path.resolve(out)}`);
  console.log(`  corpus: ${by((r) => r.corpus)}`);
  console.log(`  encoding: ${by((r) => r.encoding)}`);
  console.log(`  layout: ${by((r) => r.layout)}`);
}

if (runsAsScript(import.meta.filename)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
