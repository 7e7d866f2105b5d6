// The page's metadata (src/html/metadata.ts): reading one declaration, the first <meta> of
// several keys, a microdata element's value or author, and a declared date into the text
// path's form.

import type { Declared } from '../metadata.ts';
import type { Element, Nodes } from 'hast';
import type { ExtractedDate } from '../../types.ts';
import { dateFromFrontMatter } from '../../normalize/dates.ts';
import { propertyTokens, str } from './collect.ts';
import { singleSpaced } from '../../normalize/chrome.ts';
import { toText } from 'hast-util-to-text';
import { withoutLeadIn } from '../author-names.ts';

export const isUrl = (s: string) => /^(?:https?:)?\/\//i.test(s.trim());

export function firstMeta<K extends string>(
  meta: Map<string, string[]>,
  keys: readonly K[],
): Declared<string, K> | null {
  for (const key of keys) {
    const value = meta.get(key)?.find((v) => singleSpaced(v));
    if (value !== undefined) return { value: singleSpaced(value), from: key };
  }
  return null;
}

/** An itemprop element's value: content, datetime or href attribute, else its text. */
export function itempropValue(el: Element): string | null {
  const p = el.properties;
  const attr = str(p.content) ?? str(p.dateTime) ?? (el.tagName === 'a' ? null : str(p.href));
  const value = attr ?? toText(el);
  return singleSpaced(value) || null;
}

/** The author an itemprop=author element names: its itemprop=name inside, else its text. */
export function itempropAuthor(el: Element): string | null {
  let name: string | null = null;
  const find = (node: Nodes) => {
    if (name !== null || node.type !== 'element') return;
    if (node !== el && propertyTokens(node.properties.itemProp).includes('name')) {
      name = itempropValue(node);
      return;
    }
    for (const child of node.children) find(child as Nodes);
  };
  find(el);
  const value = name ?? itempropValue(el);
  return value === null ? null : withoutLeadIn(value);
}

/**
 * A declared date read into the text path's form: an ISO 8601 value's calendar day as written
 * (in the page's own zone: "2019-06-04T23:30:00-04:00" is the 4th, where the reader was), any
 * other form through the text path's date reader ("Tue, 04 Jun 2019", "June 4, 2019").
 */
export function declaredDate(
  raw: string,
  from: string,
): (ExtractedDate & { declared: string }) | null {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(value);
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    const ok = y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
    return ok ? { value: value.slice(0, 10), precision: 'day', from, declared: value } : null;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(value);
  if (compact) return declaredDate(`${compact[1]}-${compact[2]}-${compact[3]}`, from);
  const date = dateFromFrontMatter(value);
  return date ? { ...date, from, declared: value } : null;
}

/**
 * Separators between a title's headline and the site's name: " | ", " - ", " – ", " — ", " · ",
 * " » ", " • ", " : ", " :: ", " @ " (blog hosts: "Post @ Blog :: PIXNET ::"), spaced, or a
 * bare "|". Global, so that each one's place is read.
 */
