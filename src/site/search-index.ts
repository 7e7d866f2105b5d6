// The search index's parts: which articles each Pagefind bundle indexes, and how the search page
// names them.

import type { ArticlePage, SearchIndex } from './model-types.ts';

/**
 * The archive's search index, in parts of at most `perIndex` articles each. Pagefind holds an
 * index in memory while it builds it (10 GB at peak for 100,000 articles in one index, measured
 * by `npm run bench -- --articles 100000`), so larger archives are indexed part by part and the
 * search page searches the parts together (Pagefind's mergeIndex). A part holds whole years,
 * newest first, as many as fit: a new article changes the part of its year only, unless that
 * part overflows. A year larger than a part is split. The first part is the main bundle, at
 * pagefind/, which also holds Pagefind's scripts; an archive that fits in one part has only it.
 */
export function searchIndexes(pages: ArticlePage[], perIndex: number): SearchIndex[] {
  const years: number[][] = [];
  let year: string | undefined;
  pages.forEach((page, position) => {
    const y = page.date?.year ?? 'undated';
    if (y !== year || years.length === 0) years.push([]);
    year = y;
    years[years.length - 1]?.push(position);
  });
  const parts: number[][] = [];
  for (const articles of years) {
    const last = parts[parts.length - 1];
    if (last && last.length + articles.length <= perIndex) {
      last.push(...articles);
      continue;
    }
    for (let start = 0; start < articles.length; start += perIndex) {
      parts.push(articles.slice(start, start + perIndex));
    }
  }
  if (parts.length === 0) parts.push([]);
  const yearOf = (position: number) => pages[position]?.date?.year ?? 'undated';
  const partYears = parts.map((articles) => [...new Set(articles.map(yearOf))]);
  return parts.map((articles, i) => {
    const years = partYears[i] ?? [];
    const newest = years[0] ?? 'undated';
    // A year too large for one part is cut into parts of its own, the last of which older
    // years may join; it is always the newest year of each of its parts: "1987 (2 of 3)".
    const cut = partYears.filter((y) => y.includes(newest));
    const piece = cut.length > 1 ? cut.indexOf(years) + 1 : 0;
    const older = years.slice(1);
    let label = yearsLabel(years);
    if (piece > 0) {
      label = `${yearsLabel([newest])} (${piece} of ${cut.length})`;
      if (older.length > 0) label += ` and ${yearsLabel(older).replace(/^Undated$/, 'undated')}`;
    }
    return {
      path: i === 0 ? 'pagefind/' : `pagefind/part-${i + 1}/`,
      articles,
      key: piece > 1 ? `${newest}-${piece}` : newest,
      years,
      label,
    };
  });
}

/** "2004–2006" for the years a search index part holds (newest first, "undated" last). */
function yearsLabel(years: string[]): string {
  const dated = years.filter((y) => y !== 'undated');
  const span =
    dated.length === 0
      ? ''
      : dated.length === 1
        ? (dated[0] ?? '')
        : `${dated.at(-1) ?? ''}–${dated[0] ?? ''}`;
  if (dated.length === years.length) return span;
  return span ? `${span} and undated` : 'Undated';
}
