// Front matter the file carries (parsed by ingest) overrides what the layer extracted.

import { dateFromFrontMatter } from '../normalize/dates.ts';
import type { NormalizedDoc } from '../types.ts';

type TextField = 'title' | 'standfirst' | 'source' | 'byline' | 'section' | 'lang';

/** Front matter keys users and scrapers write, by the field they set. */
const FRONT_MATTER_KEYS: Record<TextField, string[]> = {
  title: ['title', 'headline'],
  standfirst: ['standfirst', 'description', 'summary', 'subtitle', 'dek'],
  source: ['source', 'publication', 'publisher', 'site', 'site_name'],
  byline: ['byline', 'author', 'authors'],
  section: ['section', 'category'],
  lang: ['lang', 'language'],
};

/** Sets the doc's fields from `data`; a value that is not text is ignored with a warning. */
export function applyFrontMatter(
  doc: NormalizedDoc,
  data: Record<string, unknown>,
  warnings: string[],
) {
  for (const [field, keys] of Object.entries(FRONT_MATTER_KEYS) as [TextField, string[]][]) {
    for (const key of keys) {
      if (!(key in data)) continue;
      const value = data[key];
      const names = Array.isArray(value) && value.every((v) => typeof v === 'string');
      if (typeof value === 'string' && value.trim()) doc[field] = value.trim();
      else if (names && field === 'byline' && value.length) doc.byline = value.join(', ');
      else if (typeof value === 'number' && field !== 'lang') doc[field] = String(value);
      else warnings.push(`front matter field "${key}" is not text (${describe(value)}); ignored`);
      break;
    }
  }
  if ('date' in data) {
    const date = dateFromFrontMatter(data.date);
    if (date) doc.date = { ...date, frontMatter: true };
    else warnings.push(`front matter field "date" is not a date (${describe(data.date)}); ignored`);
  }
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  if (value instanceof Date) return 'an invalid date';
  if (typeof value === 'object') return 'a mapping';
  return JSON.stringify(value).slice(0, 40);
}
