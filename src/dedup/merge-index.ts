// The merged paragraphs of one group, by the start of their match key and by content word, so
// that mergeCopy tests sameBlock only on the paragraphs that could pass it.
//
// mergeCopy looks each paragraph of a copy up in the merged list from the last match on. A
// paragraph that matches nothing (reworded past sameBlock's word share) reads the rest of the
// list, and is then inserted, so a group of g copies of a b-paragraph page costs about
// g x b x the list (stop 54: 19.7 M of 26.8 M sameBlock calls at 40,000 documents were three
// groups of 22 copies of a 1,190-paragraph page). The index finds the same first match: every
// paragraph that can pass sameBlock is among its candidates, which are tested in list order.

/** A merged paragraph as the index holds it. */
export interface Indexed {
  /** Its place in the merged list, set by `renumber` after each copy is merged. */
  at: number;
  /** The last query that listed it, so a paragraph found under two words is tested once. */
  seen: number;
}

/**
 * sameBlock's cut-off test: one key a start of the other of at least this many characters. Equal
 * keys and such pairs share their first this-many characters (or their whole key when shorter).
 */
export const KEY_START = 15;

export interface MergeIndex<T extends Indexed> {
  /** Files `item` under its key's start and its words (again when its text is replaced). */
  add(item: T, key: string, words: Set<string>): void;
  /** Sets each item's `at` to its place in `list`, after the list has changed. */
  renumber(list: readonly T[]): void;
  /**
   * The paragraphs at `from` or later that may match a paragraph of this key and words, in list
   * order: those with its key's start, and those holding one of the `pick` of its words that
   * the fewest paragraphs hold. Null when they are not fewer than the `rest` paragraphs left
   * (reading those costs no more).
   */
  candidates(key: string, words: Set<string>, pick: number, from: number, rest: number): T[] | null;
}

export function mergeIndex<T extends Indexed>(): MergeIndex<T> {
  const byStart = new Map<string, T[]>();
  const byWord = new Map<string, T[]>();
  let query = 0;
  const file = (map: Map<string, T[]>, name: string, item: T) => {
    const list = map.get(name);
    if (list) list.push(item);
    else map.set(name, [item]);
  };
  return {
    add(item, key, words) {
      file(byStart, key.slice(0, KEY_START), item);
      for (const word of words) file(byWord, word, item);
    },
    renumber(list) {
      list.forEach((item, i) => (item.at = i));
    },
    candidates(key, words, pick, from, rest) {
      const lists = [byStart.get(key.slice(0, KEY_START)) ?? []];
      lists.push(...rarest(byWord, words, pick));
      let size = 0;
      for (const list of lists) size += list.length;
      if (size >= rest) return null;
      query++;
      const found: T[] = [];
      for (const list of lists)
        for (const item of list)
          if (item.at >= from && item.seen !== query) {
            item.seen = query;
            found.push(item);
          }
      return found.sort((a, b) => a.at - b.at);
    },
  };
}

/** The lists of the `pick` words (of `words`) that the fewest items hold; a word none holds: []. */
function rarest<T>(byWord: Map<string, T[]>, words: Set<string>, pick: number): T[][] {
  if (pick <= 0) return [];
  const lists: T[][] = [];
  for (const word of words) lists.push(byWord.get(word) ?? []);
  if (pick >= lists.length) return lists;
  lists.sort((a, b) => a.length - b.length);
  return lists.slice(0, pick);
}
