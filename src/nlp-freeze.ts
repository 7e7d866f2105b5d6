// compromise's 'freeze' step (src/1-one/freeze/compute.js), the same tags set in the same order,
// with one test skipped where it cannot succeed.
//
// At every word, compromise's freeze builds the strings of the next words (up to the longest
// multi-word entry of its lexicon that starts with that word) and looks each up among its frozen
// phrases ("prime minister", "new york times"). All 95 frozen phrases are of two words or more,
// starting with some 90 words, while the lexicon's multi-word entries start with some 2,000: most
// of those joins look for a phrase that no frozen one can be. A joined string starts with the
// word and a space, so where no frozen phrase does, the test is skipped. 1.4 s of 64 s of
// `namesIn` over the corpora in a CPU profile (docs/figures.md, "Stop 42: the names stage's
// speed").

interface FreezeTerm {
  machine?: string | null;
  normal: string;
  frozen?: boolean;
}

interface FreezeWorld {
  model: {
    one: { frozenLex: Record<string, unknown>; _multiCache?: Record<string, number> };
  };
  methods: {
    one: {
      setTag: (terms: FreezeTerm[], tag: unknown, world: unknown, b: boolean, why: string) => void;
    };
  };
}

interface FreezeView {
  world: FreezeWorld;
  docs: FreezeTerm[][];
}

/** The first words of the frozen phrases of more than one word, each with its space. */
function frozenStarts(frozenLex: Record<string, unknown>): Set<string> {
  const starts = new Set<string>();
  for (const phrase of Object.keys(frozenLex)) {
    const space = phrase.indexOf(' ');
    if (space > 0) starts.add(phrase.slice(0, space + 1));
  }
  return starts;
}

/** The frozen phrases starting at terms[i]: compromise's loop over the multi-word spans. */
function freezeSpans(terms: FreezeTerm[], i: number, span: number, world: FreezeWorld): void {
  const { frozenLex } = world.model.one;
  for (let k = i + span - 1; k > i; k -= 1) {
    const words = terms.slice(i, k + 1);
    const str = words.map((term) => term.machine || term.normal).join(' ');
    if (Object.prototype.hasOwnProperty.call(frozenLex, str)) {
      world.methods.one.setTag(words, frozenLex[str], world, false, '1-frozen-multi-lexicon');
      words.forEach((term) => (term.frozen = true));
    }
  }
}

/** A drop-in for compromise's `compute.freeze`. */
export function freeze(view: FreezeView): void {
  const world = view.world;
  const { frozenLex } = world.model.one;
  const multi = world.model.one._multiCache || {};
  const starts = frozenStarts(frozenLex);
  for (const terms of view.docs) {
    for (let i = 0; i < terms.length; i += 1) {
      const t = terms[i] as FreezeTerm;
      const word = t.machine || t.normal;
      const span = multi[word];
      if (span !== undefined && terms[i + 1] && starts.has(`${word} `)) {
        freezeSpans(terms, i, span, world);
      }
      if (frozenLex[word] !== undefined && Object.prototype.hasOwnProperty.call(frozenLex, word)) {
        world.methods.one.setTag([t], frozenLex[word], world, false, '1-freeze-lexicon');
        t.frozen = true;
      }
    }
  }
}
