// What a saved page itself says of its date, for judging a missed or wrong date on trafilatura's
// pages (`npm run bench:extract:html -- --dates`): every date the page declares (a <meta> whose
// name holds date, time or pub, JSON-LD date fields, itemprop dates, <time> elements with their
// printed text), and whether the page's visible text prints the expected day and ours, by the
// bench's own detector (printed-day.ts), not by the archive's reader.

import type { Element, Nodes, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { parseHtml } from '../../src/html/metadata.ts';
import { foldDump, printsDay } from './printed-day.ts';

export interface DateEvidence {
  /** Declarations as "source: value", in document order, at most one of each pair. */
  declared: string[];
  /** The visible text prints the day (printsDay over the folded text). */
  prints: (day: string) => boolean;
}

const DATE_KEY = /date|time|pub|created|issued|modified|updated/i;

function jsonDates(json: unknown, out: string[]): void {
  if (Array.isArray(json)) {
    for (const x of json) jsonDates(x, out);
  } else if (json && typeof json === 'object') {
    for (const [key, value] of Object.entries(json as Record<string, unknown>)) {
      if (typeof value === 'string' && /^date|Date$/.test(key))
        out.push(`json-ld ${key}: ${value}`);
      else jsonDates(value, out);
    }
  }
}

/** The page's date declarations and a test of its printed text. */
export function dateEvidence(html: string): DateEvidence {
  const tree = parseHtml(html);
  const declared: string[] = [];
  const flat = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 80);
  const visit = (el: Element) => {
    const p = el.properties;
    if (el.tagName === 'meta') {
      const key = String(p.property ?? p.name ?? p.itemProp ?? '');
      if (DATE_KEY.test(key) && p.content)
        declared.push(`<meta ${key}>: ${flat(String(p.content))}`);
      return;
    }
    if (el.tagName === 'script') {
      if (String(p.type ?? '').includes('ld+json')) {
        try {
          jsonDates(JSON.parse(toText(el)), declared);
        } catch {
          declared.push('json-ld: (unreadable)');
        }
      }
      return;
    }
    if (el.tagName === 'time') {
      declared.push(`<time ${String(p.dateTime ?? '')}>: ${flat(toText(el))}`);
    } else if (p.itemProp && DATE_KEY.test(String(p.itemProp))) {
      const value = p.content ?? p.dateTime ?? toText(el);
      declared.push(`itemprop ${String(p.itemProp)}: ${flat(String(value))}`);
    }
  };
  const walk = (node: Nodes) => {
    if (node.type === 'element') visit(node);
    if ((node.type === 'element' && node.tagName !== 'script') || node.type === 'root') {
      for (const child of node.children) walk(child as Nodes);
    }
  };
  walk(tree as Root);
  const body = (tree as Root).children.length ? toText(tree as Root) : '';
  const folded = foldDump(body);
  return { declared: [...new Set(declared)], prints: (day) => printsDay(folded, day) };
}
