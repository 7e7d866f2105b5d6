// Sections of the site: the desks an archive's articles were filed under ("Business", "Sport"),
// from the article's text, its folder data or its top-level folder (src/folder-data.ts). Each
// section has a page at /sections/<slug>/ listing its articles, paginated like a topic's, and
// the /sections/ index lists them all.

import { compareText } from '../order.ts';
import { slugify } from '../slug.ts';
import { groupByUrl } from './group.ts';
import type { ListingPage } from './model-types.ts';
import { paginate } from './paginate.ts';
import { checkSlug } from './urls.ts';

export const SECTIONS_URL = '/sections/';

/** A section, as listed on /sections/ and in the navigation. */
export interface SectionSummary {
  name: string;
  url: string;
  count: number;
}

/** The page of the section named `name`; null for an article in none. */
export function sectionUrl(name: string | null): string | null {
  return name ? `${SECTIONS_URL}${slugify(name)}/` : null;
}

/**
 * The sections of the listed articles (in listing order, so each section's list keeps it), by
 * name; sections are keyed by their page's URL, like sources, and the first article to name a
 * URL names the section. `unsectioned` counts the articles in none.
 */
function groupSections(pages: { section: string | null; sectionUrl: string | null }[]): {
  list: SectionSummary[];
  articles: Map<string, number[]>;
  unsectioned: number;
} {
  const { names, articles, none } = groupByUrl(
    pages.map((page) => ({ name: page.section, url: page.sectionUrl })),
  );
  // By name: an archive's sections are a few desks a reader looks for by name, not by size.
  const list = [...articles]
    .map(([url, positions]) => ({ name: names.get(url) as string, url, count: positions.length }))
    // The urls are the map's keys: no two are equal.
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.url, b.url));
  return { list, articles, unsectioned: none };
}

/** The sections index and each section's pages, newest first (by date, however many are undated). */
export function sectionViews(pages: { section: string | null; sectionUrl: string | null }[]): {
  sections: ReturnType<typeof groupSections>;
  sectionPages: ListingPage[];
} {
  const sections = groupSections(pages);
  const sectionPages = sections.list.flatMap((section) => {
    checkSlug(section.url.slice(SECTIONS_URL.length, -1), 'section');
    return paginate(
      {
        kind: 'section',
        url: section.url,
        heading: section.name,
        topic: null,
        months: [],
        parent: { label: 'All sections', url: SECTIONS_URL },
      },
      sections.articles.get(section.url) ?? [],
    );
  });
  return { sections, sectionPages };
}
