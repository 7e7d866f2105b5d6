// The built archive's figures (bench/extract/built.ts): each kind of copy scored by
// bench/extract/measure.ts against the article holding it, and the figures the built-archive
// gate (test/quality/built-gate.test.ts) pins.

import {
  readBuilt,
  scoredCopies,
  storyCount,
  type Copy,
  type CopyKind,
  type StoryCount,
} from './built-pages.ts';
import {
  floorsOf,
  gatedAtMost,
  gatedShare,
  missesOf,
  scoreReadability,
  scoreTrafilatura,
  type Floors,
  type Gated,
  type ReadabilityScores,
  type Scored,
  type TrafilaturaScores,
} from './measure.ts';

export interface BuiltReport {
  articles: number;
  fragments: number;
  stories: StoryCount;
  /** Each kind of copy, scored against the articles that hold its copies. */
  kinds: { kind: CopyKind; readability: ReadabilityScores; trafilatura: TrafilaturaScores }[];
}

export function scoreBuilt(
  kinds: readonly CopyKind[],
  scored: Map<Copy, Scored>,
  counts: Pick<BuiltReport, 'articles' | 'fragments' | 'stories'>,
): BuiltReport {
  const of = (kind: CopyKind, corpus: string) =>
    [...scored].filter(([c]) => c.kind === kind && c.page.corpus === corpus).map(([, s]) => s);
  return {
    ...counts,
    kinds: kinds.map((kind) => ({
      kind,
      readability: scoreReadability(of(kind, 'readability')),
      trafilatura: scoreTrafilatura(of(kind, 'trafilatura')),
    })),
  };
}

/** The build that wrote `work` (its --work folder) scored: each of `kinds`' copies and the stories. */
export function scoreWork(kinds: readonly CopyKind[], copies: Copy[], work: string): BuiltReport {
  const built = readBuilt(work);
  return scoreBuilt(kinds, scoredCopies(copies, built), {
    articles: built.length,
    fragments: built.filter((a) => a.fragment).length,
    stories: storyCount(copies, built),
  });
}

/**
 * What the built-archive gate holds: each kind's body F1 (Readability's pages) and snippet F1
 * (trafilatura's) as floors less 0.01, and the pages whose copies are split over more than one
 * article as a ceiling, pinned as measured (issue 22: a page and its dumps are one article).
 */
export function builtGated(report: BuiltReport): Record<string, Gated> {
  const out: Record<string, Gated> = { splitPages: gatedAtMost(report.stories.split.length) };
  for (const k of report.kinds) {
    out[`${k.kind}.readability.f1`] = gatedShare(k.readability.f1);
    out[`${k.kind}.trafilatura.f1`] = gatedShare(k.trafilatura.extracted.f1);
  }
  return out;
}

export const builtFloorsFrom = (report: BuiltReport): Floors => floorsOf(builtGated(report));
export const builtBelowFloors = (report: BuiltReport, floors: Floors): string[] =>
  missesOf(builtGated(report), floors);
