// Dedup quality and speed. `npm run bench:dedup [-- --sizes 1000,10000,100000] [--quality-only]`
//
// Quality: every BBC and Reuters-21578 story, as files the way they were published (headline,
// date line, body), plus copies this script makes of 400 of them (cut-off, re-laid-out with a
// glued-on paragraph of another story, re-sent with a corrected headline). Pairwise precision,
// recall and F1 against these labels:
//   - same story: identical and near-identical copies (within a day or both undated, same headline or first paragraph, the
//     shorter body's 5-word shingles 80% in the longer), and a generated copy with its original;
//   - look-alikes, which must never merge: Reuters stories under one headline on different days
//     ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES" and the other daily templated stories).
// Speed: the dedup stage alone at each size (documents drawn from the same pool, with perturbed
// copies past its size), beside an all-pairs containment baseline where that finishes.

import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dedup } from '../../src/stages/dedup.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { fnv1a, matchKey, sharedWordShare } from '../../src/text.ts';
import type { Article, InputFile, NormalizedDoc } from '../../src/types.ts';
import { mulberry32 } from '../quality/generate.ts';

interface Story {
  path: string;
  title: string;
  dateLine: string | null;
  day: string | null;
  paragraphs: string[];
  /** Label: stories with one label are one story. */
  label: string;
  /** For a generated copy: the path of the story it copies. */
  copyOf?: string;
}

async function loadBbc(corpora: string): Promise<Story[]> {
  const root = path.join(corpora, 'bbc');
  const out: Story[] = [];
  for (const category of (await readdir(root, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()) {
    for (const name of (await readdir(path.join(root, category))).sort()) {
      const text = new TextDecoder('windows-1252').decode(
        await readFile(path.join(root, category, name)),
      );
      const [title = '', ...rest] = text.split('\n');
      const paragraphs = rest
        .join('\n')
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      out.push({
        path: `bbc/${category}/${name}`,
        title: title.trim(),
        dateLine: null,
        day: null,
        paragraphs,
        label: '',
      });
    }
  }
  return out;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

async function loadReuters(corpora: string): Promise<Story[]> {
  const root = path.join(corpora, 'reuters21578');
  const out: Story[] = [];
  for (const name of (await readdir(root)).filter((n) => n.endsWith('.sgm')).sort()) {
    const sgml = (await readFile(path.join(root, name))).toString('latin1');
    for (const m of sgml.matchAll(/<REUTERS\b[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
      const doc = m[2] ?? '';
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(doc)?.[1];
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(doc)?.[1];
      const date = /<DATE>\s*(\d{1,2})-([A-Z]{3})-(\d{4})/.exec(doc);
      if (!body || !title || !date) continue;
      const clean = (s: string) =>
        s
          .replace(/&#\d+;/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&amp;/g, '&');
      const paragraphs = clean(body)
        .replace(/\s*Reuter\s*$/, '')
        .split(/\n(?=\s{2,}\S)/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      if (paragraphs.length === 0) continue;
      const month = MONTHS.indexOf(date[2] ?? '') + 1;
      const day = `${date[3]}-${String(month).padStart(2, '0')}-${String(date[1]).padStart(2, '0')}`;
      out.push({
        path: `reuters/${name}/${m[1]}.txt`,
        title: clean(title).trim(),
        dateLine: `${date[1]}-${date[2]}-${date[3]}`,
        day,
        paragraphs,
        label: '',
      });
    }
  }
  return out;
}

function shingleSet(paragraphs: string[]): Set<number> {
  const words = matchKey(paragraphs.join(' ')).split(' ');
  const out = new Set<number>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(fnv1a(words.slice(i, i + 5).join(' ')));
  return out;
}

function shared(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

const NEAR_IDENTICAL = 0.8;

/** A corrected headline ("CORRECTED - X", "RPT-X") keeps most of its words. */
const similarTitles = (a: string, b: string) => sharedWordShare(a, b) >= 0.6;
/** About 40 words: below this a body is a notice, not enough to tell two stories apart. */
const SHORT_BODY_SHINGLES = 36;

/** Labels: union of (near-)identical copies of one day and generated copies. */
function label(stories: Story[]): { lookalikes: [string, string][] } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string) => parent.set(find(b), find(a));
  // Near-identical copies: dated within a day of each other (Reuters re-sends some stories the
  // next morning) or both undated, same headline or same first paragraph,
  // and the shorter body's 5-word shingles are 80% in the longer one (BBC copies under a new
  // headline or with a paragraph more, Reuters corrected re-sends). Rewrites that share less
  // are different articles.
  const candidates = new Map<string, Story[]>();
  for (const s of stories) {
    for (const key of [`t|${matchKey(s.title)}`, `p|${matchKey(s.paragraphs[0] ?? '')}`]) {
      candidates.set(key, [...(candidates.get(key) ?? []), s]);
    }
  }
  for (const group of candidates.values()) {
    if (group.length > 200) continue; // a boilerplate first line, not one story
    const sets = group.map((g) => shingleSet(g.paragraphs));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = sets[i] as Set<number>;
        const b = sets[j] as Set<number>;
        const [da, db] = [(group[i] as Story).day, (group[j] as Story).day];
        const apart =
          da && db ? Math.abs(Date.parse(da) - Date.parse(db)) / 86_400_000 : da === db ? 0 : 99;
        const n = shared(a, b);
        // A short notice ("Qtly div 10 cts vs 10 cts prior") reads the same for every company:
        // under different headlines it is a different story.
        const short = Math.min(a.size, b.size) < SHORT_BODY_SHINGLES;
        const sameTitle = similarTitles((group[i] as Story).title, (group[j] as Story).title);
        const close = a.size && b.size && n >= NEAR_IDENTICAL * Math.min(a.size, b.size);
        if (apart <= 1 && close && (sameTitle || !short)) {
          union((group[i] as Story).path, (group[j] as Story).path);
        }
      }
    }
  }
  for (const s of stories) s.label = find(s.path);
  // Look-alikes: one headline on different days, not labelled one story.
  const byTitle = new Map<string, Story[]>();
  for (const s of stories.filter((s) => s.day))
    byTitle.set(matchKey(s.title), [...(byTitle.get(matchKey(s.title)) ?? []), s]);
  const lookalikes: [string, string][] = [];
  for (const group of byTitle.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Story;
        const b = group[j] as Story;
        if (a.day !== b.day && a.label !== b.label) lookalikes.push([a.path, b.path]);
      }
    }
  }
  return { lookalikes };
}

/** Copies users' folders hold: cut off, re-laid-out with another story glued on, re-headlined. */
function makeCopies(stories: Story[], count: number, seed: number): Story[] {
  const rng = mulberry32(seed);
  const pool = stories.filter((s) => s.paragraphs.length >= 4);
  const copies: Story[] = [];
  for (let i = 0; i < count; i++) {
    const original = pool[Math.floor(rng() * pool.length)] as Story;
    const other = pool[Math.floor(rng() * pool.length)] as Story;
    const kind = i % 3;
    const base = { ...original, path: `copies/${i}-${kind}.txt`, copyOf: original.path };
    if (kind === 0) {
      const keep = Math.max(2, Math.ceil(original.paragraphs.length * (0.5 + rng() * 0.3)));
      copies.push({ ...base, paragraphs: original.paragraphs.slice(0, keep) });
    } else if (kind === 1) {
      copies.push({
        ...base,
        title: '',
        dateLine: null,
        paragraphs: [...original.paragraphs, ...other.paragraphs.slice(0, 1)],
      });
    } else {
      copies.push({ ...base, title: `UPDATE 1-${original.title}` });
    }
  }
  return copies;
}

function asFile(story: Story): InputFile {
  const head = [story.title, story.dateLine].filter(Boolean).join('\n');
  const text = `${head}\n\n${story.paragraphs.join('\n\n')}\n`;
  return readInputFile(story.path, Buffer.from(text)) as InputFile;
}

export interface DedupScores {
  documents: number;
  precision: number;
  recall: number;
  f1: number;
  lookalikesMerged: number;
  lookalikes: number;
}

function pairs(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const sorted = [...g].sort();
    for (let i = 0; i < sorted.length; i++)
      for (let j = i + 1; j < sorted.length; j++) out.add(`${sorted[i]}\n${sorted[j]}`);
  }
  return out;
}

export async function dedupQuality(
  corpora: string,
): Promise<{ scores: DedupScores; docs: NormalizedDoc[]; articles: Article[]; stories: Story[] }> {
  const originals = [...(await loadBbc(corpora)), ...(await loadReuters(corpora))];
  const stories = [...originals, ...makeCopies(originals, 400, 7)];
  const { lookalikes } = label(stories);
  const labelOf = new Map(originals.map((o) => [o.path, o.label]));
  for (const copy of stories) if (copy.copyOf) copy.label = labelOf.get(copy.copyOf) ?? copy.label;
  const files = stories.map(asFile);
  const context = corpusProfile(files);
  const docs = files.map((f) => normalize(f, context));
  const { articles } = dedup(docs);
  const predicted = articles.map((a: Article) =>
    a.sources.filter((s) => s.role !== 'fragment').map((s) => s.path),
  );
  const byLabel = new Map<string, string[]>();
  for (const s of stories) byLabel.set(s.label, [...(byLabel.get(s.label) ?? []), s.path]);
  const truth = pairs([...byLabel.values()]);
  const found = pairs(predicted);
  let tp = 0;
  for (const p of found) if (truth.has(p)) tp++;
  const precision = found.size ? tp / found.size : 1;
  const recall = truth.size ? tp / truth.size : 1;
  const merged = lookalikes.filter(([a, b]) => found.has([a, b].sort().join('\n'))).length;
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    scores: {
      documents: stories.length,
      precision: round(precision),
      recall: round(recall),
      f1: round((2 * precision * recall) / (precision + recall || 1)),
      lookalikesMerged: merged,
      lookalikes: lookalikes.length,
    },
    docs,
    articles,
    stories,
  };
}

/** The all-pairs baseline: every pair's shingle containment, the cost dedup's index avoids. */
function allPairs(docs: NormalizedDoc[]): number {
  const sets = docs.map((d) => shingleSet(d.blocks.map((b) => b.text)));
  let matches = 0;
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as Set<number>;
      const b = sets[j] as Set<number>;
      if (Math.min(a.size, b.size) && shared(a, b) >= 0.7 * Math.min(a.size, b.size)) matches++;
    }
  }
  return matches;
}

/** `size` documents from the pool; past the pool's size, copies with one paragraph dropped. */
function sample(pool: NormalizedDoc[], size: number, seed: number): NormalizedDoc[] {
  const rng = mulberry32(seed);
  const out: NormalizedDoc[] = [];
  for (let i = 0; i < size; i++) {
    const doc = pool[i % pool.length] as NormalizedDoc;
    if (i < pool.length) out.push(doc);
    else {
      const drop = Math.floor(rng() * doc.blocks.length);
      out.push({
        ...doc,
        path: `${doc.path}#${i}`,
        sha256: `${doc.sha256.slice(0, 50)}${i}`,
        blocks: doc.blocks.filter((_, k) => k !== drop),
      });
    }
  }
  return out;
}

function timed<T>(run: () => T): { seconds: number; result: T } {
  const start = performance.now();
  const result = run();
  return { seconds: (performance.now() - start) / 1000, result };
}

const isMain =
  process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
      sizes: { type: 'string', default: '1000,10000,100000' },
      baseline: { type: 'string', default: '1000,2000' },
      'quality-only': { type: 'boolean', default: false },
    },
  });
  const { scores, docs } = await dedupQuality(values.corpora);
  console.log(`(built and labelled in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  console.log(
    `dedup quality on ${scores.documents} documents (BBC, Reuters-21578, 400 generated copies)`,
  );
  console.log(`  precision ${scores.precision}  recall ${scores.recall}  F1 ${scores.f1}`);
  console.log(`  look-alike pairs merged: ${scores.lookalikesMerged} of ${scores.lookalikes}`);
  if (!values['quality-only']) {
    console.log('dedup stage time (median of 3 runs below 20k documents), peak RSS');
    let previous: { size: number; seconds: number } | null = null;
    for (const size of values.sizes.split(',').map(Number)) {
      const input = sample(docs, size, size);
      const runs = size < 20_000 ? 3 : 1;
      const times: number[] = [];
      for (let r = 0; r < runs; r++) times.push(timed(() => dedup(input)).seconds);
      const seconds = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
      const growth = previous
        ? ` (x${(seconds / previous.seconds).toFixed(1)} time for x${(size / previous.size).toFixed(0)} documents)`
        : '';
      console.log(
        `  ${String(size).padStart(7)} docs  ${seconds.toFixed(2)} s  rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB${growth}`,
      );
      previous = { size, seconds };
    }
    for (const size of values.baseline.split(',').map(Number)) {
      const { seconds } = timed(() => allPairs(sample(docs, size, size)));
      console.log(`  all-pairs baseline ${size} docs: ${seconds.toFixed(2)} s`);
    }
  }
}
