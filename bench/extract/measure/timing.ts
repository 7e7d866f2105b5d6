// Time per page of the normalize stage, and wall time per page for comparing extractors.

import type { Extraction } from './extraction.ts';
import { round } from './shingle-match.ts';

export interface Timing {
  files: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  slowest: string;
  profileMs: number;
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

export function timing(extractions: Extraction[], profileMs: number): Timing {
  const done = extractions.filter((e) => e.doc);
  const ms = done.map((e) => e.ms).sort((a, b) => a - b);
  const slowest = done.reduce<Extraction | null>((a, b) => (!a || b.ms > a.ms ? b : a), null);
  return {
    files: done.length,
    medianMs: round(quantile(ms, 0.5)),
    p95Ms: round(quantile(ms, 0.95)),
    maxMs: round(ms.at(-1) ?? 0),
    slowest: slowest?.page.path ?? '',
    profileMs: round(profileMs),
  };
}

/** Wall time per page, for comparing extractors page for page: median and mean, ms. */
export interface WallTiming {
  pages: number;
  medianMs: number;
  meanMs: number;
}

export function wallTiming(ms: number[]): WallTiming {
  const sorted = [...ms].sort((a, b) => a - b);
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : 0;
  return { pages: sorted.length, medianMs: round(quantile(sorted, 0.5)), meanMs: round(mean) };
}
