// A stop-word list looked up by a hash made while a text's words are found (body-finder.ts
// wordsOf): each word of a page is a fresh slice, and a Set's lookup hashes it first, one more
// pass over its letters for every word of the page (describe's stop-word share reads them all).
// The hash is FNV-1a over the word's UTF-16 code units, as text.ts fnv1a; a lookup compares the
// word itself where the hash matches, so a collision changes no answer.

import { fnv1a } from '../text.ts';

/** FNV-1a's offset basis and prime (32 bit), as text.ts fnv1a. */
export const FNV_BASIS = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** A stop-word list as an open-addressed table of its words' hashes (see the top). */
export interface StopTable {
  /** Slots minus one: the table's size is a power of two. */
  mask: number;
  hashes: Int32Array;
  /** The word in each slot, undefined where the slot is empty. */
  words: (string | undefined)[];
}

/** The table of a stop-word set, made once a set (the lists are made once a language). */
export function stopTableOf(stops: Set<string>): StopTable {
  let table = TABLES.get(stops);
  if (table === undefined) TABLES.set(stops, (table = makeTable(stops)));
  return table;
}
const TABLES = new WeakMap<Set<string>, StopTable>();

function makeTable(stops: Set<string>): StopTable {
  // At most a quarter full: a probe rarely reads a second slot.
  let size = 16;
  while (size < 4 * stops.size) size *= 2;
  const table: StopTable = {
    mask: size - 1,
    hashes: new Int32Array(size),
    words: new Array<string | undefined>(size).fill(undefined),
  };
  for (const word of stops) {
    const hash = fnv1a(word) | 0;
    let slot = hash & table.mask;
    while (table.words[slot] !== undefined) slot = (slot + 1) & table.mask;
    table.hashes[slot] = hash;
    table.words[slot] = word;
  }
  return table;
}

/** Whether `word`, of FNV-1a hash `hash` (as an int32), is in the table. */
export function hasStopWord(table: StopTable, hash: number, word: string): boolean {
  const { mask, hashes, words } = table;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const known = words[slot];
    if (known === undefined) return false;
    if (hashes[slot] === hash && known === word) return true;
  }
}
