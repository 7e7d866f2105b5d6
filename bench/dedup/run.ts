// Dedup quality and speed. `npm run bench:dedup [-- --sizes 1000,10000,100000] [--quality-only]
// [--glued-only] [--examples | --all-examples] [--seed 22]`
//
// Quality: every BBC and Reuters-21578 story, as files the way they were published (headline,
// date line, body), plus copies this script makes of 400 of them (cut-off, re-laid-out with a
// glued-on paragraph of another story, re-sent with a corrected headline). Pairwise precision,
// recall and F1 against these labels:
//   - same story: identical and near-identical copies (within a day or both undated, same headline or first paragraph, the
//     shorter body's 5-word shingles 80% in the longer), and a generated copy with its original;
//   - look-alikes, which must never merge: Reuters stories under one headline on different days
//     ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES" and the other daily templated stories).
// Glued leads (glued.ts): copies with two or three cut-off leads of other real stories glued on;
// leads left in the article, the copies' own paragraphs lost, paragraphs taken off untouched
// stories, per corpus (`--glued-only` measures only this; `--examples` prints what still fails).
// Speed: the dedup stage alone at each size (a fifth of the documents stories from the same pool,
// each with four perturbed copies), beside an all-pairs containment baseline where that finishes.

import { parseArgs } from 'node:util';
import { dedup } from '../../src/stages/dedup.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { containedPairs } from '../../src/dedup/candidates.ts';
import { sharedShingles, shingleHashes } from '../../src/dedup/shingles.ts';
import { matchKey, sharedWordShare } from '../../src/text.ts';
import type { Article, NormalizedDoc } from '../../src/types.ts';
import { mulberry32 } from '../quality/generate.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { runsAsScript } from '../shared/script.ts';
import { gluedQuality } from './glued.ts';
import { asFile, loadBbc, loadReuters, MONTHS, type Story } from './stories.ts';

const NEAR_IDENTICAL = 0.8;
/** A day in milliseconds: stories' days apart, a look-alike's next day. */
const DAY_MS = 86_400_000;
/** The figures of a story: digits, or small numbers in words as wire copy writes them. */
const figures = (story: Story) =>
  new Set(
    story.paragraphs
      .join(' ')
      .toLowerCase()
      .match(/\b(?:\d+(?:[.,/]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten)\b/g),
  );
/** Every figure of the shorter story is in the longer one. */
const sameFigures = (shorter: Story, longer: Story) => {
  const all = figures(longer);
  return [...figures(shorter)].every((f) => all.has(f));
};

/** A corrected headline ("CORRECTED - X", "RPT-X") keeps most of its words. */
const similarTitles = (a: string, b: string) => sharedWordShare(a, b) >= 0.6;
/** About 40 words: below this a body is a notice, not enough to tell two stories apart. */
const SHORT_BODY_SHINGLES = 36;

/**
 * Labels: two stories are one when the shorter body's 5-word shingles are 80% in the longer one
 * (BBC copies under a new headline or with a paragraph more, Reuters corrected re-sends) and
 * they are dated the same day or both undated (BBC); a day apart only when they carry the
 * same figures, all of the shorter's in the longer (Reuters re-sends weekend stories on Monday,
 * lightly edited, while a templated daily story such as "FED ADDS RESERVES" changes its amount
 * or its funds rate).
 * A short notice ("Qtly div 10 cts vs 10 cts prior") reads the same for every company, so under
 * different headlines it is another story. Rewrites that share less are different articles.
 * One story is the closure of these pairs. Candidate pairs come from the same exact index the
 * dedup stage uses (test/unit/dedup-index.test.ts proves it equal to brute force); the rules
 * are the labels' own.
 */
function label(stories: Story[]): { lookalikes: [string, string][] } {
  const parent = stories.map((_, i) => i);
  const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x] ?? x)));
  const sets = stories.map((s) => shingleHashes(s.paragraphs.join(' ')));
  for (const { smaller, larger } of containedPairs(sets, NEAR_IDENTICAL)) {
    const [a, b] = [stories[smaller] as Story, stories[larger] as Story];
    const size = (sets[smaller] as Uint32Array).length;
    const apart =
      a.day && b.day
        ? Math.abs(Date.parse(a.day) - Date.parse(b.day)) / DAY_MS
        : a.day === b.day
          ? 0
          : 99;
    if (apart > 1 || (apart === 1 && !sameFigures(a, b))) continue;
    if (size < SHORT_BODY_SHINGLES && !similarTitles(a.title, b.title)) continue;
    parent[find(larger)] = find(smaller);
  }
  stories.forEach((s, i) => (s.label = `L${find(i)}`));
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

/** Generated stories: copies users' folders hold, and look-alikes that must stay apart. */
function makeCopies(stories: Story[], count: number, seed: number): Story[] {
  const rng = mulberry32(seed);
  const pool = stories.filter((s) => s.paragraphs.length >= 4);
  const templated = stories.filter(isTemplated);
  const copies: Story[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 5;
    const original = (kind === 3 ? templated : pool)[
      Math.floor(rng() * (kind === 3 ? templated : pool).length)
    ] as Story;
    const other = pool[Math.floor(rng() * pool.length)] as Story;
    const base = { ...original, path: `copies/${i}-${kind}.txt`, copyOf: original.path };
    if (kind === 0) {
      // Cut off: a paywalled or truncated scrape.
      const keep = Math.max(2, Math.ceil(original.paragraphs.length * (0.5 + rng() * 0.3)));
      copies.push({ ...base, paragraphs: original.paragraphs.slice(0, keep) });
    } else if (kind === 1) {
      // Re-laid-out without its headline, the next story's first paragraph glued on.
      copies.push({
        ...base,
        title: '',
        dateLine: null,
        paragraphs: [...original.paragraphs, ...other.paragraphs.slice(0, 1)],
        glued: other === original ? [] : other.paragraphs.slice(0, 1),
      });
    } else if (kind === 2) {
      copies.push({ ...base, title: `UPDATE 1-${original.title}` });
    } else if (kind === 3) {
      copies.push(templatedLookalike(base, original, i % 2 === 0, rng));
    } else {
      // A page scraped with a whole other story after it: a copy of its own story only.
      copies.push({
        ...base,
        paragraphs: [...original.paragraphs, ...other.paragraphs],
        glued: other === original ? [] : other.paragraphs,
      });
    }
  }
  return copies;
}

/**
 * Templated look-alikes are made from dated wire stories with at least two distinct figures, all
 * of which change (a daily amount and its rate; a single changed figure reads the same as a
 * corrected re-send).
 */
const isTemplated = (s: Story) =>
  s.day && new Set(s.paragraphs.join(' ').match(/\b\d+(?:[.,]\d+)*\b/g)).size >= 2;

/**
 * The same template as `original` on the next day, or later the same day, with its figures
 * changed: another story (its own label), and a look-alike pair with the original.
 */
function templatedLookalike(
  base: Story,
  original: Story,
  sameDay: boolean,
  rng: () => number,
): Story {
  const nextDay = new Date(Date.parse(original.day ?? '') + DAY_MS);
  const shift = (text: string) =>
    text.replace(/\b\d+\b/g, (n) => String(Number(n) + 1 + Math.floor(rng() * 9)));
  return {
    ...base,
    copyOf: undefined,
    lookalikeOf: original.path,
    day: sameDay ? original.day : nextDay.toISOString().slice(0, 10),
    dateLine: sameDay
      ? original.dateLine
      : `${nextDay.getUTCDate()}-${MONTHS[nextDay.getUTCMonth()]}-${nextDay.getUTCFullYear()}`,
    paragraphs: original.paragraphs.map(shift),
  };
}

export interface DedupScores {
  documents: number;
  precision: number;
  recall: number;
  f1: number;
  lookalikesMerged: number;
  lookalikes: number;
  /** Paragraphs of another story glued onto a generated copy that ended up in its article. */
  gluedLeaked: number;
  glued: number;
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

export async function dedupQuality(corpora: string): Promise<{
  scores: DedupScores;
  docs: NormalizedDoc[];
  articles: Article[];
  stories: Story[];
  labelSeconds: number;
}> {
  const { stories, lookalikes, labelSeconds } = await labelledStories(corpora);
  const files = stories.map(asFile);
  const context = corpusProfile(files);
  const docs = files.map((f) => normalize(f, context));
  const { articles } = dedup(docs);
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const { precision, recall, lookalikesMerged } = pairScores(stories, articles, lookalikes);
  return {
    scores: {
      documents: stories.length,
      precision: round(precision),
      recall: round(recall),
      f1: round((2 * precision * recall) / (precision + recall || 1)),
      lookalikesMerged,
      lookalikes: lookalikes.length,
      ...gluedLeaks(stories, articles),
    },
    docs,
    articles,
    stories,
    labelSeconds,
  };
}

/**
 * The BBC and Reuters stories, each labelled with its story (label), and the copies made of
 * them (makeCopies: 400, seed 7) labelled as their originals; the look-alike pairs that must not
 * merge.
 */
async function labelledStories(corpora: string) {
  const originals = [...(await loadBbc(corpora)), ...(await loadReuters(corpora))];
  const labelStarted = performance.now();
  const { lookalikes } = label(originals);
  const labelSeconds = (performance.now() - labelStarted) / 1000;
  const copies = makeCopies(originals, 400, 7);
  const labelOf = new Map(originals.map((o) => [o.path, o.label]));
  for (const copy of copies) copy.label = labelOf.get(copy.copyOf ?? '') ?? copy.path;
  for (const copy of copies) if (copy.lookalikeOf) lookalikes.push([copy.path, copy.lookalikeOf]);
  return { stories: [...originals, ...copies], lookalikes, labelSeconds };
}

/**
 * Precision and recall of the pairs of files the articles join against the pairs of one label,
 * and how many look-alike pairs they join.
 */
function pairScores(stories: Story[], articles: Article[], lookalikes: [string, string][]) {
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
  const lookalikesMerged = lookalikes.filter(([a, b]) =>
    found.has([a, b].sort().join('\n')),
  ).length;
  return { precision, recall, lookalikesMerged };
}

/**
 * The glued-on paragraphs, and those the article of the copy they were glued to shows: merging
 * must not carry a glued-on story into the article of the copy it was glued to.
 */
function gluedLeaks(stories: Story[], articles: Article[]) {
  const articleOf = new Map<string, Article>();
  for (const a of articles) {
    for (const s of a.sources) if (s.role !== 'fragment') articleOf.set(s.path, a);
  }
  let glued = 0;
  let gluedLeaked = 0;
  for (const copy of stories) {
    const keys = new Set(articleOf.get(copy.path)?.blocks.map((b) => matchKey(b.text)));
    for (const paragraph of copy.glued ?? []) {
      glued++;
      if (keys.has(matchKey(paragraph))) gluedLeaked++;
    }
  }
  return { gluedLeaked, glued };
}

/** The all-pairs baseline: every pair's shingle containment, the cost dedup's index avoids. */
function allPairs(docs: NormalizedDoc[]): number {
  const sets = docs.map((d) => shingleHashes(d.blocks.map((b) => b.text).join(' ')));
  let matches = 0;
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i] as Uint32Array;
      const b = sets[j] as Uint32Array;
      const small = Math.min(a.length, b.length);
      if (small && sharedShingles(a, b) >= 0.8 * small) matches++;
    }
  }
  return matches;
}

/** Files per story in the timing inputs: the story and four copies of it. */
const COPIES_PER_STORY = 5;

/**
 * `size` documents with the same make-up at every size, so that growth measures the algorithm and
 * not a changing input: size/5 stories drawn from the pool (shuffled, so BBC and Reuters mix),
 * each followed by four copies with one paragraph dropped.
 */
function sample(pool: NormalizedDoc[], size: number, seed: number): NormalizedDoc[] {
  const rng = mulberry32(seed);
  const shuffled = [...pool];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as NormalizedDoc, shuffled[i] as NormalizedDoc];
  }
  const out: NormalizedDoc[] = [];
  for (let i = 0; i < size; i++) {
    const doc = shuffled[Math.floor(i / COPIES_PER_STORY) % shuffled.length] as NormalizedDoc;
    if (i % COPIES_PER_STORY === 0) {
      out.push({ ...doc, path: `${doc.path}#${i}`, sha256: `${doc.sha256.slice(0, 50)}${i}` });
      continue;
    }
    const drop = Math.floor(rng() * doc.blocks.length);
    out.push({
      ...doc,
      path: `${doc.path}#${i}`,
      sha256: `${doc.sha256.slice(0, 50)}${i}`,
      blocks: doc.blocks.length > 1 ? doc.blocks.filter((_, k) => k !== drop) : doc.blocks,
    });
  }
  return out;
}

function timed<T>(run: () => T): { seconds: number; result: T } {
  const start = performance.now();
  const result = run();
  return { seconds: (performance.now() - start) / 1000, result };
}

if (runsAsScript(import.meta.filename)) {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
      sizes: { type: 'string', default: '1000,10000,100000' },
      baseline: { type: 'string', default: '1000,2000' },
      'quality-only': { type: 'boolean', default: false },
      examples: { type: 'boolean', default: false },
      /** Every example, not a dozen of each kind. */
      'all-examples': { type: 'boolean', default: false },
      'glued-only': { type: 'boolean', default: false },
      /** The glued-lead copies' seed: 21 measures, 22 is the one thresholds are fitted on. */
      seed: { type: 'string', default: '21' },
    },
  });
  const corpora = requireCorpora(values.corpora, ['bbc', 'reuters21578']);
  const stories = [...(await loadBbc(corpora)), ...(await loadReuters(corpora))];
  const { scores: glued, examples } = gluedQuality(
    stories,
    Number(values.seed),
    values['all-examples'] ? Infinity : 12,
  );
  console.log('glued leads: copies with 2-3 cut-off leads of other stories glued on (glued.ts)');
  for (const [corpus, s] of Object.entries(glued)) {
    const pct = (a: number, b: number) => `${((100 * a) / (b || 1)).toFixed(1)}%`;
    console.log(
      `  ${corpus.padEnd(8)} ${s.copies} copies, ${s.leads} leads: left in the article ${s.left} ` +
        `(${pct(s.left, s.leads)}; ${s.leftArchived} of the ${s.leadsArchived} whose story is in the archive), fragments ${s.fragments}, attached to their story ${s.attached}, ` +
        `taken by normalize ${s.normalized}, missing ${s.missing}`,
    );
    console.log(
      `  ${''.padEnd(8)} own paragraphs lost ${s.ownLost} of ${s.ownParagraphs} ` +
        `(${pct(s.ownLost, s.ownParagraphs)}); archive stories' paragraphs taken ` +
        `${s.archiveLost} of ${s.archiveParagraphs} (${pct(s.archiveLost, s.archiveParagraphs)})`,
    );
  }
  if (values.examples || values['all-examples']) {
    for (const e of examples) console.log(`  [${e.kind}] ${e.path}: ${e.text.slice(0, 160)}`);
  }
  if (values['glued-only']) process.exit(0);
  const { scores, docs, labelSeconds } = await dedupQuality(corpora);
  console.log(
    `(built and scored in ${((performance.now() - started) / 1000).toFixed(0)} s, ` +
      `${labelSeconds.toFixed(1)} s of it labelling)`,
  );
  console.log(
    `dedup quality on ${scores.documents} documents (BBC, Reuters-21578, 400 generated copies)`,
  );
  console.log(`  precision ${scores.precision}  recall ${scores.recall}  F1 ${scores.f1}`);
  console.log(`  look-alike pairs merged: ${scores.lookalikesMerged} of ${scores.lookalikes}`);
  console.log(
    `  glued-on paragraphs of other stories left in the article: ${scores.gluedLeaked} of ${scores.glued}`,
  );
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
