// Stage 3: group copies of the same story and merge each group into one article.
//
// Candidates come from an inverted index of sentences (never all pairs); a pair is confirmed by
// word-shingle containment in the smaller copy, so a truncated copy matches its full version.
// Merging aligns paragraphs in reading order and keeps the most complete version of each.
// Paragraphs glued on from other stories become fragments of their own, never dropped.

import { createHash } from 'node:crypto';
import { contentWords, fnv1a, matchKey, sentences, sharedWordShare, wordTotal } from '../text.ts';
import type { Article, ArticleSource, Block, NormalizedDoc, Spillover } from '../types.ts';

export interface DedupResult {
  articles: Article[];
  spillover: Spillover[];
}

/** Sentences shorter than this are too common ("He declined to comment.") to link stories. */
const MIN_SENTENCE_WORDS = 6;
/** A sentence found in more docs than this is boilerplate, not evidence of a shared story. */
const MAX_SENTENCE_DOCS = 50;
const SHINGLE_WORDS = 5;
/**
 * Share of the smaller copy's 5-word shingles found in the larger one. Seeds 000/001 (same
 * story, different chrome, one cut off) score 0.93. Among BBC candidate pairs, 159 score 1.0
 * (identical re-posts) and a thin spread of 0.2-0.8 are rewritten updates of a story ("Stars
 * gear up for Bafta ceremony" / "Bafta to hand out movie honours"), which merged paragraph by
 * paragraph would interleave two texts; they stay separate articles.
 */
const MIN_CONTAINMENT = 0.7;
/**
 * A trailing paragraph that shares less than this share of its content words with the story
 * told before it is spillover from another story. Measured on seed 001: the story's own late
 * paragraphs score 0.21-0.38, the four glued-on stories 0.04-0.09.
 */
const MIN_COHERENCE = 0.12;
/** Spillover is whole paragraphs: the seeds' glued-on stories run 80-130 words each. */
const MIN_SPILLOVER_WORDS = 25;
/**
 * On a single copy, only a run of long paragraphs cut mid-sentence is taken for teasers of other
 * stories; BBC sport line-ups ("Paddy O'Brien (New Zealand)") are short and stay, and a lone
 * truncated last paragraph is the story's own.
 */
const MIN_TEASER_WORDS = 40;
const MIN_TEASERS = 2;

export function dedup(docs: NormalizedDoc[]): DedupResult {
  const groups = groupCopies(docs);
  const articles: Article[] = [];
  const spillover: Spillover[] = [];
  const fragments: { doc: NormalizedDoc; blocks: Block[] }[] = [];
  for (const group of groups) {
    const merged = mergeGroup(group);
    articles.push(merged.article);
    for (const part of merged.spillover) {
      fragments.push(part);
      for (const block of part.blocks) {
        spillover.push({
          path: part.doc.path,
          text: block.text,
          reason: 'belongs to another story (shares few words with the article it was glued to)',
        });
      }
    }
  }
  // Glued-on paragraphs are looked up by their sentences, not by scanning every article.
  const bySentence = new Map<string, Article[]>();
  for (const article of articles) {
    for (const block of article.blocks) {
      for (const key of sentenceKeys(block.text)) {
        const list = bySentence.get(key);
        if (list) list.push(article);
        else bySentence.set(key, [article]);
      }
    }
  }
  for (const fragment of fragments) attachFragment(fragment, articles, bySentence);
  return { articles, spillover };
}

/** The sentences of a paragraph long enough to tie two copies together, as match keys. */
function sentenceKeys(text: string): string[] {
  return sentences(text)
    .map(matchKey)
    .filter((key) => key.split(' ').length >= MIN_SENTENCE_WORDS);
}

interface CopyProfile {
  doc: NormalizedDoc;
  shingles: Set<number>;
  /** The numbers in the text ("1.5", "2,400"): templated look-alikes differ in them. */
  figures: Set<string>;
  words: number;
}

function profile(doc: NormalizedDoc): CopyProfile {
  const text = doc.blocks.map((b) => b.text).join(' ');
  return {
    doc,
    shingles: shingles(doc),
    figures: new Set(text.match(FIGURE) ?? []),
    words: wordTotal(text),
  };
}

function shingles(doc: NormalizedDoc): Set<number> {
  const words = matchKey(doc.blocks.map((b) => b.text).join(' ')).split(' ');
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    out.add(fnv1a(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  }
  return out;
}

function containment(a: Set<number>, b: Set<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / small.size;
}

/**
 * Two explicit day dates more than a day apart are two stories, however alike: Reuters sends
 * "FED ADDS RESERVES VIA CUSTOMER REPURCHASES" every business day in nearly the same words. A
 * day's leeway covers a copy dated in another time zone.
 */
function datesConflict(a: NormalizedDoc, b: NormalizedDoc): boolean {
  if (a.date?.precision !== 'day' || b.date?.precision !== 'day') return false;
  const days = Math.abs(Date.parse(a.date.value) - Date.parse(b.date.value)) / 86_400_000;
  return days > 1;
}

/** Below about 40 words a body is a notice ("Qtly div 10 cts vs 10 cts prior, pay April 1"). */
const SHORT_BODY_WORDS = 40;

/**
 * Short notices read the same for every company that files one: when such bodies come under
 * two headlines that share less than 60% of their words, the headlines tell the stories apart.
 */
function headlinesConflict(a: CopyProfile, b: CopyProfile): boolean {
  if (!a.doc.title || !b.doc.title) return false;
  // "UPDATE 1-INFINITE GRAPHICS ..." is the same headline corrected; "QUAKER OATS ... REGULAR
  // DIVIDEND" and "UNIBANCORP ... REGULAR DIVIDEND" share too few words to be.
  if (sharedWordShare(a.doc.title, b.doc.title) >= 0.6) return false;
  return Math.min(a.words, b.words) < SHORT_BODY_WORDS;
}

const FIGURE = /\d+(?:[.,]\d+)*/g;

/**
 * Templated stories differ in their figures ("1.5 billion dlrs" one day, "2.0 billion" the
 * next); a copy of a story, even cut off, has no figure its full version lacks. A corrected
 * re-send may fix one, so two or more missing figures, or a fifth of them, mean two stories.
 */
function figuresConflict(a: CopyProfile, b: CopyProfile): boolean {
  const [small, large] =
    a.figures.size <= b.figures.size ? [a.figures, b.figures] : [b.figures, a.figures];
  let missing = 0;
  for (const f of small) if (!large.has(f)) missing++;
  return missing >= 2 && missing >= small.size * 0.2;
}

function groupCopies(docs: NormalizedDoc[]): NormalizedDoc[][] {
  const index = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    const keys = new Set(doc.blocks.flatMap((block) => sentenceKeys(block.text)));
    for (const key of keys) {
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    }
  });
  const pairs = new Set<string>();
  for (const list of index.values()) {
    if (list.length < 2 || list.length > MAX_SENTENCE_DOCS) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) pairs.add(`${list[x]} ${list[y]}`);
    }
  }
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i] ?? i)));
  // What the pair checks read of a doc, computed once per doc however many pairs it is in.
  const profiles = new Map<number, CopyProfile>();
  const profileOf = (i: number) => {
    let p = profiles.get(i);
    if (!p) profiles.set(i, (p = profile(docs[i] as NormalizedDoc)));
    return p;
  };
  for (const pair of [...pairs].sort()) {
    const [a, b] = pair.split(' ').map(Number) as [number, number];
    const [pa, pb] = [profileOf(a), profileOf(b)];
    if (datesConflict(pa.doc, pb.doc) || figuresConflict(pa, pb) || headlinesConflict(pa, pb)) {
      continue;
    }
    if (containment(pa.shingles, pb.shingles) >= MIN_CONTAINMENT) parent[find(b)] = find(a);
  }
  const groups = new Map<number, NormalizedDoc[]>();
  docs.forEach((doc, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(doc);
    else groups.set(root, [doc]);
  });
  return [...groups.values()];
}

/** Copies with a headline and a date make the better canonical copy; then the longer one. */
function canonicalFirst(group: NormalizedDoc[]): NormalizedDoc[] {
  const score = (d: NormalizedDoc) => [
    d.title ? 1 : 0,
    d.date ? 1 : 0,
    d.source || d.byline ? 1 : 0,
    wordTotal(d.blocks.map((b) => b.text).join(' ')),
  ];
  return [...group].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return (sb[i] ?? 0) - (sa[i] ?? 0);
    return a.path < b.path ? -1 : 1;
  });
}

/** Same paragraph: equal, one cut off from the other, or nearly all the same words. */
function sameBlock(a: string, b: string): boolean {
  const ka = matchKey(a);
  const kb = matchKey(b);
  if (ka === kb) return true;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  if (short.length >= 15 && long.startsWith(short)) return true;
  const wa = contentWords(a);
  const wb = contentWords(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < 5) return false;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size >= 0.8 && small.size / large.size >= 0.6;
}

function coherence(block: string, core: Set<string>): number {
  const words = contentWords(block);
  if (words.size === 0) return 1;
  let shared = 0;
  for (const w of words) if (core.has(w)) shared++;
  return shared / words.size;
}

interface MergedBlock extends Block {
  /** Paths of the copies that hold this paragraph. */
  holders: Set<string>;
  /** The copy whose version of the paragraph is kept. */
  from: string;
}

function mergeGroup(group: NormalizedDoc[]): {
  article: Article;
  spillover: { doc: NormalizedDoc; blocks: Block[] }[];
} {
  const [canonical, ...others] = canonicalFirst(group) as [NormalizedDoc, ...NormalizedDoc[]];
  const merged: MergedBlock[] = canonical.blocks.map((b) => ({
    ...b,
    holders: new Set([canonical.path]),
    from: canonical.path,
  }));
  const spillover: { doc: NormalizedDoc; blocks: Block[] }[] = [];
  // A copy's own tail is checked too: a single scraped page can carry other stories at its end.
  spillover.push(...splitTail(canonical, merged));
  for (const doc of others) {
    let position = -1;
    let lastMatchedBlock = -1;
    const placements: { block: Block; at: number | null }[] = [];
    doc.blocks.forEach((block, i) => {
      const found = merged.findIndex((m, j) => j > position - 1 && sameBlock(m.text, block.text));
      if (found >= 0) {
        position = found;
        lastMatchedBlock = i;
      }
      placements.push({ block, at: found >= 0 ? found : null });
    });
    if (lastMatchedBlock < 0) continue;
    // Tail paragraphs after the last shared one must cohere with the story to join it.
    const core = new Set<string>();
    for (const text of [
      canonical.title ?? '',
      canonical.standfirst ?? '',
      ...merged.map((b) => b.text),
    ]) {
      for (const w of contentWords(text)) core.add(w);
    }
    const cut = coherentEnd(doc.blocks, lastMatchedBlock + 1, core);
    if (cut < doc.blocks.length) spillover.push({ doc, blocks: doc.blocks.slice(cut) });
    let insertAt = 0;
    placements.slice(0, cut).forEach(({ block, at }) => {
      if (at !== null) {
        const target = merged[at] as MergedBlock;
        target.holders.add(doc.path);
        // A copy that lost the end of a paragraph yields to one that has it.
        if (matchKey(block.text).length > matchKey(target.text).length) {
          target.text = block.text;
          target.from = doc.path;
        }
        insertAt = at + 1;
      } else {
        merged.splice(insertAt, 0, { ...block, holders: new Set([doc.path]), from: doc.path });
        insertAt++;
      }
    });
  }
  const article = buildArticle(canonical, others, merged);
  return { article, spillover };
}

/**
 * Where a copy's own story ends: the tail after `from` is judged paragraph by paragraph against
 * the story (and against tail paragraphs that fit it), and the run of unfitting paragraphs at
 * the very end is cut. A stray short line in the middle ("There's no Liu Shaoqi (") stays.
 */
function coherentEnd(blocks: Block[], from: number, core: Set<string>): number {
  // Short lines (line-ups, credits, captions) stay with the story: what other stories leave
  // behind are whole paragraphs.
  const fits = (text: string, words: Set<string>) =>
    wordTotal(text) < MIN_SPILLOVER_WORDS || coherence(text, words) >= MIN_COHERENCE;
  const extended = new Set(core);
  for (const block of blocks.slice(from)) {
    if (fits(block.text, core)) for (const w of contentWords(block.text)) extended.add(w);
  }
  let cut = blocks.length;
  while (cut > from && !fits(blocks[cut - 1]?.text ?? '', extended)) cut--;
  return cut;
}

/**
 * Splits other stories off the end of a single copy. Only a run of cut-off paragraphs (no final
 * full stop) is a candidate: a whole last paragraph on a new subject is more often the story's
 * own conclusion than another story, while teasers of other stories are cut mid-sentence.
 */
function splitTail(
  doc: NormalizedDoc,
  merged: MergedBlock[],
): { doc: NormalizedDoc; blocks: Block[] }[] {
  let from = merged.length;
  const cutOff = (b: Block | undefined) =>
    !!b && wordTotal(b.text) >= MIN_TEASER_WORDS && !/[.!?…]["'”’)]{0,2}$/.test(b.text.trim());
  while (from > 1 && cutOff(merged[from - 1])) from--;
  if (from === merged.length) return [];
  const core = new Set<string>();
  for (const text of [
    doc.title ?? '',
    doc.standfirst ?? '',
    ...merged.slice(0, from).map((b) => b.text),
  ]) {
    for (const w of contentWords(text)) core.add(w);
  }
  const cut = coherentEnd(merged, from, core);
  // One cut-off last paragraph is a truncated copy (BBC has many); a run of them is teasers.
  if (merged.length - cut < MIN_TEASERS) return [];
  const tail = merged.splice(cut);
  return [{ doc, blocks: tail.map(({ kind, text }) => ({ kind, text })) }];
}

function buildArticle(
  canonical: NormalizedDoc,
  others: NormalizedDoc[],
  merged: MergedBlock[],
): Article {
  const copies = [canonical, ...others];
  const provenance: Article['provenance'] = {};
  const pick = <K extends 'title' | 'standfirst' | 'date' | 'source' | 'byline'>(field: K) => {
    for (const doc of copies) {
      if (doc[field]) {
        provenance[field] = doc.path;
        return doc[field];
      }
    }
    return null;
  };
  const blocks = merged.map(({ kind, text }) => ({ kind, text }));
  const sources: ArticleSource[] = copies.map((doc, i) => {
    const held = merged.filter((b) => b.holders.has(doc.path)).length;
    const contributed = merged.some((b) => b.from === doc.path);
    return {
      path: doc.path,
      sha256: doc.sha256,
      role: i === 0 ? 'canonical' : contributed ? 'merged' : 'duplicate',
      covered: merged.length ? Math.round((held / merged.length) * 1000) / 1000 : 0,
    };
  });
  const title = pick('title') ?? titleFromText(blocks[0]?.text ?? canonical.path);
  return {
    id: createHash('sha256').update(canonical.sha256).digest('hex').slice(0, 12),
    title,
    standfirst: pick('standfirst'),
    date: pick('date'),
    source: pick('source'),
    byline: pick('byline'),
    section: copies.find((d) => d.section)?.section ?? null,
    lang: canonical.lang,
    blocks,
    sources,
    fragment: false,
    provenance,
    topics: [],
  };
}

/** A headline for text that came without one: its first sentence, cut at 12 words. */
export function titleFromText(text: string): string {
  const withoutKicker = text.replace(/^(?:\p{Lu}{3,}\s*){1,3}:\s*/u, '');
  const first = sentences(withoutKicker)[0] ?? withoutKicker;
  const words = first.split(/\s+/);
  return words.length > 12 ? `${words.slice(0, 12).join(' ')}…` : first.replace(/[.!?]$/, '');
}

/** A glued-on paragraph becomes part of the article it is a copy of, or a fragment article. */
function attachFragment(
  fragment: { doc: NormalizedDoc; blocks: Block[] },
  articles: Article[],
  bySentence: Map<string, Article[]>,
): void {
  for (const block of fragment.blocks) {
    const candidates = new Set(sentenceKeys(block.text).flatMap((k) => bySentence.get(k) ?? []));
    const owner = [...candidates].find(
      (a) => !a.fragment && a.blocks.some((b) => sameBlock(b.text, block.text)),
    );
    if (owner) {
      if (!owner.sources.some((s) => s.path === fragment.doc.path && s.role === 'fragment')) {
        owner.sources.push({
          path: fragment.doc.path,
          sha256: fragment.doc.sha256,
          role: 'fragment',
          covered: 0,
        });
      }
      continue;
    }
    const id = createHash('sha256')
      .update(`${fragment.doc.sha256}:${matchKey(block.text)}`)
      .digest('hex')
      .slice(0, 12);
    articles.push({
      id,
      title: titleFromText(block.text),
      standfirst: null,
      date: null,
      source: null,
      byline: null,
      section: null,
      lang: fragment.doc.lang,
      blocks: [{ kind: 'paragraph', text: block.text }],
      sources: [
        { path: fragment.doc.path, sha256: fragment.doc.sha256, role: 'fragment', covered: 1 },
      ],
      fragment: true,
      provenance: {},
      topics: [],
    });
  }
}
