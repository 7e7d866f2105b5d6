// The ScrapingHub article-extraction benchmark's measure (evaluate.py in
// github.com/scrapinghub/article-extraction-benchmark), ported line for line:
// - tokens are \w+ runs. Python's re \w is Unicode-aware on str, so the port is
//   /[\p{L}\p{N}_]+/gu (JavaScript's \w is ASCII only and would split "Straße" or "東京").
//   Case is kept, as there.
// - a text is a bag (multiset) of 4-token shingles; a text shorter than 4 tokens is one shorter
//   shingle, an empty text none (range(max(1, len - n + 1)) and `if shingle`).
// - per page tp/fp/fn are the shared / extra / missing shingle counts, divided by their sum
//   (so that long pages weigh no more than short ones; P and R are unchanged by it).
// - precision(tp, fp, fn) is 1 when fp = fn = 0, 0 when tp = fp = 0, else tp / (tp + fp);
//   recall likewise with fn. Precision is averaged over the pages where tp + fp > 0 (something
//   was extracted), recall over the pages where tp + fn > 0 (the reference is not empty), and F1
//   is taken from the two averages.

const TOKEN = /[\p{L}\p{N}_]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function shingles(text: string, n = 4): Map<string, number> {
  const toks = tokens(text);
  const bag = new Map<string, number>();
  for (let i = 0; i < Math.max(1, toks.length - n + 1); i++) {
    const shingle = toks.slice(i, i + n);
    if (shingle.length === 0) continue;
    // U+0001 cannot be in a token, so joined shingles are as distinct as tuples.
    const key = shingle.join('\u0001');
    bag.set(key, (bag.get(key) ?? 0) + 1);
  }
  return bag;
}

export interface Match {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(reference: string, extracted: string): Match {
  const truth = shingles(reference);
  const pred = shingles(extracted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...truth.keys(), ...pred.keys()])) {
    const t = truth.get(key) ?? 0;
    const p = pred.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function precisionOf({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: Match): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Averages over pages as evaluate.py does (see the top). */
export function averagePrf(matches: Match[]): Prf {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(precisionOf));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** F1 of one page, for ranking the worst pages (0 when nothing was extracted). */
export function pageF1(m: Match): number {
  const p = precisionOf(m);
  const r = recallOf(m);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

export const round = (x: number) => Math.round(x * 10000) / 10000;

export function roundPrf(p: Prf): Prf {
  return { precision: round(p.precision), recall: round(p.recall), f1: round(p.f1) };
}
