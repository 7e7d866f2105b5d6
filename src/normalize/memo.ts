// Per-document memos of the line readers: a page dump's lines are read by the body finder, the
// headline finder (for two to six story candidates each), the chrome rules and the header
// readers, and many of their tests are asked of the same line text again and again (a line
// under six candidate headlines is asked six times whether it names an author). A function
// wrapped here is a pure function of its text, so remembering its answers changes no answer;
// the memos are emptied at the start and end of each document's normalize (forgetDocument), so
// that a document's time is its own and memory stays bounded by one document.

const memos: Map<string, unknown>[] = [];

/** Stands for an answer of undefined in a memo, so that a miss costs one lookup, not two. */
const NO_VALUE: unique symbol = Symbol('no value');

/**
 * A memo holds at most this many texts between two forgetDocument calls (a caller outside
 * normalize, such as a test asking many lines, never calls it): a page dump has a few thousand.
 */
const MEMO_LIMIT = 50_000;

/** `read`, remembering its answer for each text until the document is done. */
export function perDocument<T>(read: (text: string) => T): (text: string) => T {
  const memo = new Map<string, T | typeof NO_VALUE>();
  memos.push(memo as Map<string, unknown>);
  return (text) => {
    // One lookup tells a miss: an undefined answer is kept as NO_VALUE, so `get` returning
    // undefined means the text was never asked (a `has` after each miss was a third lookup, with
    // the set, for half of the asks: 1.5 M of 3.1 M are misses, stop 41's counts).
    const known = memo.get(text);
    if (known !== undefined) return (known === NO_VALUE ? undefined : known) as T;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const value = read(text);
    memo.set(text, value === undefined ? NO_VALUE : value);
    return value;
  };
}

/** Empties every memo: called when a document's normalize starts and ends. */
export function forgetDocument(): void {
  for (const memo of memos) memo.clear();
}

/**
 * `read`, remembering its answer for each object as long as the object lives: for answers about
 * a whole page that each of its lines asks (a page header's dated lists), where a text key would
 * not tell two pages apart.
 */
export function perObject<K extends object, T>(read: (key: K) => T): (key: K) => T {
  const memo = new WeakMap<K, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = read(key);
    memo.set(key, value);
    return value;
  };
}
