// Reading the corpora (bench/quality/generate.ts).

import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { MONTHS, type Stamp } from './dates.ts';
import {
  compare,
  decodeSgml,
  dedupeKey,
  isRegularStory,
  readReuters,
  squash,
} from '../../shared/reuters.ts';
import { decodeWindows1252 } from '../../../src/decode.ts';

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
