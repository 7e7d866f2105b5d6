// Template machinery (bench/quality/generate.ts).

import type { Article } from './corpora.ts';
import {
  dayName,
  monthName,
  monthShort,
  type Stamp,
  stampFromMs,
  stampMs,
  time12,
} from './dates.ts';
import { AUTHORS, KICKERS, REUTERS_KICKERS, SECTIONS } from './names.ts';
import { Rng } from './random.ts';
import type { Layout } from './types.ts';
import { wordsIn } from '../../shared/reuters.ts';

const SEPARATORS = [' | ', ' - ', ' • ', ' / ', ': '];

/** What a template knows about the file it is making. */
export class Ctx {
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
export class Page {
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

export function yamlString(rng: Rng, s: string): string {
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
