// Glued leads: copies of real stories with the cut-off leads of two or three OTHER real stories
// glued on after the text, as scraped pages carry them ("more stories" teasers; seed 001 has four).
// Issue 21's measure: how many glued paragraphs stay in the article, and how many of the story's
// own paragraphs are taken away with them.
//
// The archive: per corpus (BBC, Reuters-21578), a shuffled pool of stories of two paragraphs or
// more is split into stories in the archive and stories held out of it. Each copy's own story is
// in the archive (the copy merges with it) or held out (the copy is its only version), half each;
// each glued lead's story likewise, so some leads can be recognised by their shingles and the
// rest only by their words. Copies take leads from their own corpus: a site glues on its own
// stories, in its own vocabulary. A lead is the other story's first paragraph, its first one or
// two sentences, or its first 25-60 words cut mid-sentence, a third each.

import { dedup } from '../../src/stages/dedup.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { matchKey, sentences, sharedWordShare } from '../../src/text.ts';
import type { Article, NormalizedDoc } from '../../src/types.ts';
import { mulberry32 } from '../quality/generate.ts';
import { asFile, type Story } from './stories.ts';

export type CorpusKey = 'bbc' | 'reuters';

export interface GluedScores {
  copies: number;
  /** Leads glued on, and where they went. */
  leads: number;
  /** Leads whose story is in the archive, and those of them left in the article. */
  leadsArchived: number;
  leftArchived: number;
  /** Left in the article of the copy they were glued to: the failure the target counts. */
  left: number;
  /** Made fragment articles of their own, or recorded as a fragment source of their story. */
  fragments: number;
  attached: number;
  /** Found nowhere: lost (must be 0). */
  missing: number;
  /** Taken out by normalize already (recorded as its removals). */
  normalized: number;
  /** The copies' own paragraphs (as normalized), and those missing from their article. */
  ownParagraphs: number;
  ownLost: number;
  /** Paragraphs of the archive's untouched stories, and those dedup took out as spillover. */
  archiveParagraphs: number;
  archiveLost: number;
}

/** Examples of what still fails, for the report. */
export interface GluedExample {
  path: string;
  kind: 'left' | 'left (archived)' | 'own lost' | 'archive lost';
  text: string;
}

const ARCHIVE_SHARE = 0.7;
const MAX_ARCHIVE = 3000;
const MAX_HELD_OUT = 1000;
const MAX_COPIES = 300;
const COPY_SHARE = 0.15;

function shuffled<T>(items: T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** A cut-off lead of `story`: its first paragraph, first sentences, or first words cut off. */
function leadOf(story: Story, rng: () => number): string {
  const first = story.paragraphs[0] ?? '';
  const form = rng();
  if (form < 1 / 3) return first;
  const text = story.paragraphs.join(' ');
  if (form < 2 / 3)
    return sentences(text)
      .slice(0, rng() < 0.5 ? 1 : 2)
      .join(' ');
  const words = text.split(/\s+/).slice(0, 25 + Math.floor(rng() * 36));
  // Cut mid-sentence, as a teaser box does: never on a full stop.
  while (words.length > 5 && /[.!?]["'”’)]?$/.test(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/** The corpus a story (or a part of one) is from, by its path. */
const corpusOf = (item: { path: string }): CorpusKey =>
  item.path.startsWith('bbc/') ? 'bbc' : 'reuters';

interface GluedCopy {
  story: Story;
  corpus: CorpusKey;
  leads: string[];
  /** Whether each lead's story is in the archive. */
  archived: boolean[];
}

/** The archive's stories and the generated copies, per corpus. */
function makeArchive(originals: Story[], seed: number): { archive: Story[]; copies: GluedCopy[] } {
  const rng = mulberry32(seed);
  const archive: Story[] = [];
  const copies: GluedCopy[] = [];
  for (const corpus of ['bbc', 'reuters'] as const) {
    const pool = shuffled(
      originals.filter((s) => corpusOf(s) === corpus && s.paragraphs.length >= 2),
      rng,
    );
    const inArchive = pool.slice(0, Math.min(MAX_ARCHIVE, Math.floor(pool.length * ARCHIVE_SHARE)));
    const heldOut = pool.slice(inArchive.length, inArchive.length + MAX_HELD_OUT);
    archive.push(...inArchive);
    const count = Math.min(MAX_COPIES, Math.floor(pool.length * COPY_SHARE));
    const pick = (from: Story[]) => from[Math.floor(rng() * from.length)] as Story;
    for (let i = 0; i < count; i++) {
      const own = pick(i % 2 === 0 ? inArchive : heldOut);
      const others: Story[] = [];
      const wanted = rng() < 0.5 ? 2 : 3;
      while (others.length < wanted) {
        const other = pick(rng() < 0.5 ? inArchive : heldOut);
        // Another story: not this one, not a copy of it under another headline.
        const ownText = own.paragraphs.join(' ');
        if (other === own || others.includes(other)) continue;
        if (sharedWordShare(other.title, own.title) >= 0.6) continue;
        if (matchKey(ownText).includes(matchKey(other.paragraphs[0] ?? ''))) continue;
        others.push(other);
      }
      const kept = others
        .map((o) => ({ lead: leadOf(o, rng), archived: inArchive.includes(o) }))
        .filter((l) => matchKey(l.lead).length > 0);
      const leads = kept.map((l) => l.lead);
      copies.push({
        story: {
          ...own,
          path: `glued/${corpus}/${i}.txt`,
          paragraphs: [...own.paragraphs, ...leads],
        },
        corpus,
        leads,
        archived: kept.map((l) => l.archived),
      });
    }
  }
  return { archive, copies };
}

/** Whether a paragraph's text is among an article's blocks (whole, or as part of a longer one). */
function holds(keys: string[], key: string): boolean {
  return keys.some((k) => k === key || (key.length >= 30 && k.includes(key)));
}

export function gluedQuality(
  originals: Story[],
  seed = 21,
  /** Examples kept per kind: the bench's report lists a dozen, an analysis all. */
  perKind = 12,
): { scores: Record<CorpusKey, GluedScores>; examples: GluedExample[] } {
  const { archive, copies } = makeArchive(originals, seed);
  const files = [...archive, ...copies.map((c) => c.story)].map(asFile);
  const context = corpusProfile(files);
  const docs = files.map((f) => normalize(f, context));
  const docOf = new Map(docs.map((d) => [d.path, d]));
  const { articles, spillover } = dedup(docs);
  const articleOf = new Map<string, Article>();
  for (const a of articles)
    for (const s of a.sources) if (s.role !== 'fragment') articleOf.set(s.path, a);
  const scores: Record<CorpusKey, GluedScores> = { bbc: emptyScores(), reuters: emptyScores() };
  const examples: GluedExample[] = [];
  // The first perKind examples of each kind.
  const keep = (example: GluedExample) => {
    if (examples.filter((e) => e.kind === example.kind).length < perKind) examples.push(example);
  };
  for (const copy of copies) {
    const score = scores[copy.corpus];
    const doc = docOf.get(copy.story.path) as NormalizedDoc;
    const result: CopyResult = {
      doc,
      copy,
      leadKeys: copy.leads.map(matchKey),
      articleKeys: (articleOf.get(doc.path)?.blocks ?? []).map((b) => matchKey(b.text)),
    };
    score.copies++;
    scoreLeads(result, articles, score, keep);
    scoreOwnParagraphs(result, score, keep);
  }
  const archivePaths = new Set(archive.map((s) => s.path));
  for (const story of archive) {
    scores[corpusOf(story)].archiveParagraphs += docOf.get(story.path)?.blocks.length ?? 0;
  }
  for (const part of spillover) {
    if (!archivePaths.has(part.path)) continue;
    scores[corpusOf(part)].archiveLost++;
    keep({ path: part.path, kind: 'archive lost', text: part.text });
  }
  return { scores, examples };
}

function emptyScores(): GluedScores {
  return {
    copies: 0,
    leads: 0,
    leadsArchived: 0,
    leftArchived: 0,
    left: 0,
    fragments: 0,
    attached: 0,
    missing: 0,
    normalized: 0,
    ownParagraphs: 0,
    ownLost: 0,
    archiveParagraphs: 0,
    archiveLost: 0,
  };
}

/** One copy as normalized and deduplicated: what its scores read. */
interface CopyResult {
  copy: GluedCopy;
  doc: NormalizedDoc;
  /** Match keys of the leads glued on. */
  leadKeys: string[];
  /** Match keys of the blocks of the article the copy went into (none when it is in none). */
  articleKeys: string[];
}

/** Where each lead glued on went: normalized away, left in the article, or out of it. */
function scoreLeads(
  { copy, doc, leadKeys, articleKeys }: CopyResult,
  articles: Article[],
  score: GluedScores,
  keep: (example: GluedExample) => void,
): void {
  for (const [l, lead] of leadKeys.entries()) {
    const archived = copy.archived[l] === true;
    score.leads++;
    if (archived) score.leadsArchived++;
    // The block holding the lead, or a part of it. A part must be long enough to tell: a
    // block of "." (key "") or "was" lies inside any lead, and was counted as one left.
    const block = doc.blocks.find((b) => {
      const key = matchKey(b.text);
      return key === lead || key.includes(lead) || (key.length >= 20 && lead.includes(key));
    });
    if (!block) {
      score.normalized++;
      continue;
    }
    const key = matchKey(block.text);
    if (holds(articleKeys, key)) {
      score.left++;
      if (archived) score.leftArchived++;
      keep({ path: doc.path, kind: archived ? 'left (archived)' : 'left', text: block.text });
      continue;
    }
    const elsewhere = articles.find(
      (a) =>
        a.sources.some((s) => s.path === doc.path && s.role === 'fragment') &&
        // A lead of two sentences may span two of its story's paragraphs, and a results
        // table's lines, one paragraph each in its story, are one paragraph in a lead.
        a.blocks
          .map((b) => matchKey(b.text))
          .join(' ')
          .includes(key.slice(0, 60)),
    );
    if (elsewhere?.fragment) score.fragments++;
    else if (elsewhere) score.attached++;
    else score.missing++;
  }
}

/** The copy's own paragraphs (its blocks that are no lead), and those its article lost. */
function scoreOwnParagraphs(
  { doc, leadKeys, articleKeys }: CopyResult,
  score: GluedScores,
  keep: (example: GluedExample) => void,
): void {
  const isLead = (key: string) =>
    leadKeys.some((l) => l === key || (key.length >= 20 && l.includes(key)) || key.includes(l));
  for (const block of doc.blocks) {
    const key = matchKey(block.text);
    if (isLead(key)) continue;
    score.ownParagraphs++;
    if (!holds(articleKeys, key)) {
      score.ownLost++;
      keep({ path: doc.path, kind: 'own lost', text: block.text });
    }
  }
}
