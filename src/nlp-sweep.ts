// compromise's bulk matcher (`methods.one.bulkMatch`, what its post-tagger and any match on a
// net run), choosing each sentence's patterns more cheaply and running them as it does.
//
// Before running a net's patterns on a sentence, compromise picks those that can match there: it
// goes through every hook of the net (a word or a tag some pattern needs or wants) for every
// comma-separated chunk, concatenating the hooked patterns into a fresh array, removing the
// duplicates with an object keyed by pattern, then filtering the result four times (needs,
// ifNo, wants, minWords). That choice took more of the post-tagger's time than the matching
// in a CPU profile of the names stage (docs/figures.md, "Stop 41: the names stage's speed").
// Here the sentence's own words and tags are looked up among the hooks, and each pattern is
// tested once: the same patterns in the same order (hook order, first hook first, a duplicate
// pattern text dropped whether or not its first copy passes), so the same tags and matches,
// byte for byte.

/** One of a net's parsed patterns, as compromise's buildNet leaves it. */
interface NetPattern {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, NetPattern[]>;
  always: NetPattern[];
}

type Sentence = unknown[];
type Found = NetPattern & { pointer: number[] };
interface Methods {
  one: {
    cacheDoc: (document: Sentence[]) => Set<string>[];
    match: (docs: Sentence[], pattern: NetPattern) => { ptrs: number[][] };
  };
}

/** Each net's hook keys -> their place in compromise's order (Object.keys), listed once. */
const hookOrderOf = new WeakMap<Net['hooks'], Map<string, number>>();

function hookOrder(net: Net): Map<string, number> {
  let order = hookOrderOf.get(net.hooks);
  if (!order) {
    order = new Map(Object.keys(net.hooks).map((key, i) => [key, i]));
    hookOrderOf.set(net.hooks, order);
  }
  return order;
}

/**
 * The net's hook keys a sentence holds, in the net's order. A sentence holds a few dozen words
 * and tags where the post-tagger's net has 241 hooks: looking its own up is the cheaper way.
 */
function hooksHeld(net: Net, have: Set<string>): string[] {
  const order = hookOrder(net);
  const held: [number, string][] = [];
  for (const item of have) {
    const place = order.get(item);
    if (place !== undefined) held.push([place, item]);
  }
  return held.sort((a, b) => a[0] - b[0]).map(([, key]) => key);
}

/** Whether a pattern can match a sentence holding `have` (words and #tags) in `words` terms. */
function mayMatch(pattern: NetPattern, have: Set<string>, words: number): boolean {
  if (!pattern.needs.every((need) => have.has(need))) return false;
  if (pattern.ifNo?.some((no) => have.has(no))) return false;
  if (pattern.wants.length > 0) {
    const found = pattern.wants.filter((want) => have.has(want)).length;
    if (found < pattern.minWant) return false;
  }
  return words >= pattern.minWords;
}

/** The patterns of a net to try on one sentence, in the order compromise tries them. */
function patternsFor(net: Net, have: Set<string>, words: number): NetPattern[] {
  const seen = new Set<string>();
  const out: NetPattern[] = [];
  for (const key of hooksHeld(net, have)) {
    for (const pattern of net.hooks[key] as NetPattern[]) {
      if (seen.has(pattern.match)) continue;
      seen.add(pattern.match);
      if (mayMatch(pattern, have, words)) out.push(pattern);
    }
  }
  for (const pattern of net.always) if (words >= pattern.minWords) out.push(pattern);
  return out;
}

/** compromise's runMatch: each chosen pattern on its sentence, every match kept in order. */
function runPatterns(
  chosen: NetPattern[][],
  document: Sentence[],
  methods: Methods,
  matchOne: boolean,
): Found[] {
  const results: Found[] = [];
  for (let n = 0; n < chosen.length; n++) {
    for (const pattern of chosen[n] as NetPattern[]) {
      const { ptrs } = methods.one.match([document[n] as Sentence], pattern);
      if (ptrs.length === 0) continue;
      for (const ptr of ptrs) {
        ptr[0] = n;
        const todo: Found = Object.assign({}, pattern, { pointer: ptr });
        if (pattern.unTag !== undefined) todo.unTag = pattern.unTag;
        results.push(todo);
      }
      if (matchOne) return [results[0] as Found];
    }
  }
  return results;
}

/** A drop-in for compromise's `methods.one.bulkMatch` (src/1-one/sweep/methods/sweep). */
export function bulkMatch(
  document: Sentence[],
  net: Net,
  methods: Methods,
  opts: { matchOne?: boolean } = {},
): Found[] {
  const cache = methods.one.cacheDoc(document);
  const chosen = document.map((terms, n) =>
    patternsFor(net, cache[n] as Set<string>, terms.length),
  );
  return runPatterns(chosen, document, methods, opts.matchOne === true);
}
