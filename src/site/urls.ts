// The site's URL scheme: where each kind of page lives, and which slugs may become folders.

import { rawCopyPath } from '../paths.ts';
import { monthLabel } from './dates.ts';
import type { DisplayDate, PageLink } from './model-types.ts';

// Slugs become folder names under the output folder, so they must not be able to climb out of it:
// letters, marks and digits of any script ("북한-탈북자" is one), "_~-", and dots after the first
// character, so never "." or "..", and never a separator.
const SAFE_SLUG = /^[\p{L}\p{M}\p{N}_~-][\p{L}\p{M}\p{N}._~-]*$/u;

export function checkSlug(slug: string, what: string): void {
  if (!SAFE_SLUG.test(slug)) throw new Error(`Unsafe ${what} slug "${slug}"`);
}

export function topicUrl(slug: string): string {
  return `/topics/${slug}/`;
}

/** The search page's address for a search for `name` (templates/assets/search.js reads q). */
export function searchUrl(name: string): string {
  return `/search/?q=${encodeURIComponent(name)}`;
}

export function sourceUrl(slug: string): string {
  return `/sources/${slug}/`;
}

export function yearUrl(year: string): string {
  return `/archive/${year}/`;
}

export function monthUrl(year: string, month: string): string {
  return `/archive/${year}/${month}/`;
}

export const UNDATED_URL = '/archive/undated/';

export function archiveLink(date: DisplayDate | null): PageLink {
  if (!date) return { label: 'More undated articles', url: UNDATED_URL };
  if (!date.month) return { label: `More from ${date.year}`, url: yearUrl(date.year) };
  return {
    label: `More from ${monthLabel(date.year, date.month)}`,
    url: monthUrl(date.year, date.month),
  };
}

export function rawUrl(path: string): string {
  return '/raw/' + rawCopyPath(path).split('/').map(encodeURIComponent).join('/');
}

export function pageUrl(firstUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? firstUrl : `${firstUrl}page/${pageNumber}/`;
}
