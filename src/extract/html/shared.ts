// Small readers the saved-page modules share (src/extract/html/): a value read once, an element
// test remembered per element, a block all of whose text is a link, an element's class parts, the
// words two texts share, a text folded for comparing, a URL's host and a language tag.

import { classList, type HtmlBlock } from '../html-front-end.ts';
import type { Element } from 'hast';
import { sameStem } from '../printed-headline.ts';

/** `read`'s answer, read the first time it is asked and only then. */
export function once<T>(read: () => T): () => T {
  let value: { read: T } | undefined;
  return () => (value ??= { read: read() }).read;
}

/** `test` read once an element: blocks share their ancestors. */
export function memoized(test: (el: Element) => boolean): (el: Element) => boolean {
  const seen = new Map<Element, boolean>();
  return (el) => {
    let found = seen.get(el);
    if (found === undefined) {
      found = test(el);
      seen.set(el, found);
    }
    return found;
  };
}

/** Each of an element's class names split at "-" and "_", lower-cased. */
export function classParts(el: Element): string[][] {
  return classList(el).map((name) => name.toLowerCase().split(/[-_]/u));
}

/** Every character of the block's text is a link's. */
export function allLinked(block: HtmlBlock | undefined): boolean {
  return block !== undefined && block.text.length > 0 && block.linkChars >= block.text.length;
}

/** The share of `a`'s words (letters and digits, case-folded) that `b` holds too. */
export function sharedWords(a: string, b: string, stems = false): number {
  const words = (s: string) =>
    s
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const inB = new Set(words(b));
  const ofA = words(a);
  const ofB = [...inB];
  // stems: a word of B in another form counts (sameStem), as rewordedTitleH1 asks.
  const held = (w: string) => inB.has(w) || (stems && ofB.some((x) => sameStem(w, x)));
  return ofA.length === 0 ? 0 : ofA.filter(held).length / ofA.length;
}

/** Text as headlines are compared: case-folded, whitespace collapsed, end punctuation cut. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

/** The host of a page's address, "www." dropped, or null. */
export function pageHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** "en_US" -> "en-US"; a value that is no language tag ("English") -> null. */
export function languageTag(value: string | null): string | null {
  const tag = value?.trim().replace(/_/g, '-') ?? '';
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) ? tag : null;
}
