// Orders that every build must give the same way, on every machine.

import type { Article } from './types.ts';

/** Code-point comparison: unlike localeCompare it gives the same order on every machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Newest first, undated last, then by id: the order articles are written in, and the order the
 * addresses stage hands out new slugs in, stable across runs.
 */
export function byDateDesc(
  a: Pick<Article, 'date' | 'id'>,
  b: Pick<Article, 'date' | 'id'>,
): number {
  const da = a.date?.value ?? '';
  const db = b.date?.value ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return compareText(a.id, b.id);
}
