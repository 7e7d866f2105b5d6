// Text helpers shared by the stages that compare stories (dedup, topics).

/** Lowercase letters and digits only, single-spaced: two copies of a sentence compare equal. */
export function matchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function sentences(text: string): string[] {
  return text.split(/(?<=[.!?]["”’)]?)\s+(?=["“‘(]?\p{Lu})/u).filter((s) => s.trim());
}

/** Common English words that say nothing about what a text is about. */
export const STOPWORDS = new Set(
  (
    'the of and to in a is that for on was with as by at from it said his her he she they them ' +
    'their are be has have had been were will would could should can may might not no but or if ' +
    'this these those there here what which who whom whose when where why how all any some such ' +
    'than then so also its into about after before over under more most other only own same very ' +
    'just our we you your us i me my an one two three out up down off again further once while ' +
    'because until against between through during above below both each few many much being do ' +
    'does did doing says say told according year years time last new first mr mrs ms yesterday ' +
    'today week month people made make like well back even still way since around however'
  ).split(' '),
);

/** Distinct content words (three letters or more, not stopwords) of a text. */
export function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of matchKey(text).split(' ')) {
    if (word.length >= 3 && !STOPWORDS.has(word) && !/^\d+$/.test(word)) out.add(word);
  }
  return out;
}

export function wordTotal(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A short stable hash (FNV-1a, 32 bit) for shingles; collisions only blur a similarity. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Share of the shorter text's distinct words that the other has ("UPDATE 1-X" vs "X": 1). */
export function sharedWordShare(a: string, b: string): number {
  const words = (text: string) => new Set(matchKey(text).split(' ').filter(Boolean));
  return shareOfSmaller(words(a), words(b));
}

/** Share of the smaller set's members that the other set has; 0 when the smaller is empty. */
export function shareOfSmaller(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
