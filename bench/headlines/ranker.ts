// A softmax ranker over one page's candidates (docs/figures.md, stop 46, branch ml46): a linear
// score w·x per candidate, trained by full-batch gradient descent on the log of the probability
// mass the softmax puts on the candidates labelled right (a page may have two: a title and its
// wrapped print). Deterministic: weights start at zero, features are standardized by the training
// set's means and deviations, and the step and iteration count are fixed. No dependency: the
// registry lists (/work/.library/env/packages/npm.tsv) hold no small, kept ranker that fits.

export interface Group {
  x: number[][];
  label: boolean[];
}

export interface Model {
  mean: number[];
  scale: number[];
  w: number[];
}

export const ITERATIONS = 400;
export const STEP = 0.5;
/** L2 penalty: ~30 weights on ~1,500 groups; keeps rare one-off features from deciding. */
export const L2 = 0.01;

/** The fit's settings: the defaults above; other values for the experiment's variants. */
export interface FitOptions {
  iterations?: number;
  step?: number;
  l2?: number;
}

export function fit(groups: Group[], options: FitOptions = {}): Model {
  const { iterations = ITERATIONS, step = STEP, l2 = L2 } = options;
  const rows = groups.flatMap((g) => g.x);
  const d = rows[0]?.length ?? 0;
  const mean = Array.from({ length: d }, (_, j) => avg(rows.map((r) => r[j] as number)));
  const scale = mean.map((m, j) => {
    const sd = Math.sqrt(avg(rows.map((r) => ((r[j] as number) - m) ** 2)));
    return sd > 1e-9 ? sd : 1;
  });
  const model: Model = { mean, scale, w: new Array<number>(d).fill(0) };
  const z = groups
    .filter((g) => g.label.some(Boolean) && g.x.length > 1)
    .map((g) => ({ x: g.x.map((r) => standard(model, r)), label: g.label }));
  for (let it = 0; it < iterations; it++) {
    const grad = model.w.map((w) => l2 * w);
    for (const g of z) {
      const p = softmax(g.x.map((r) => dot(model.w, r)));
      const pos = p.reduce((s, v, i) => (g.label[i] ? s + v : s), 0);
      g.x.forEach((r, i) => {
        const q = g.label[i] ? (p[i] as number) / pos : 0;
        const c = ((p[i] as number) - q) / z.length;
        r.forEach((v, j) => (grad[j] = (grad[j] as number) + c * v));
      });
    }
    model.w = model.w.map((w, j) => w - step * (grad[j] as number));
  }
  return model;
}

/** The index of the candidate the model scores highest (the first of equals). */
export function pick(model: Model, x: number[][]): number {
  let best = -1;
  let top = -Infinity;
  x.forEach((r, i) => {
    const s = dot(model.w, standard(model, r));
    if (s > top) [best, top] = [i, s];
  });
  return best;
}

function standard(model: Model, r: number[]): number[] {
  return r.map((v, j) => (v - (model.mean[j] as number)) / (model.scale[j] as number));
}

function dot(a: number[], b: number[]): number {
  return a.reduce((s, v, i) => s + v * (b[i] as number), 0);
}

function softmax(s: number[]): number[] {
  const m = Math.max(...s);
  const e = s.map((v) => Math.exp(v - m));
  const t = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / t);
}

function avg(xs: number[]): number {
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}
