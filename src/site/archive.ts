// The date archive: a page for each year and month, newest first, the undated articles, and the
// /archive/ timeline.

import { MONTH_NAMES, monthLabel } from './dates.ts';
import { addTo } from './group.ts';
import type {
  ArticlePage,
  ListingPage,
  TimelineMonth,
  TimelineYear,
  YearSummary,
} from './model-types.ts';
import { paginate, paginateByFit } from './paginate.ts';
import { monthUrl, UNDATED_URL, yearUrl } from './urls.ts';

/** The dated articles by year and by month of each year, and the undated articles. */
interface ByDate {
  byYear: Map<string, number[]>;
  byMonth: Map<string, Map<string, number[]>>;
  undated: number[];
}

/** Years and months come out newest first too, in the order of their first article. */
function byDate(pages: ArticlePage[]): ByDate {
  const byYear = new Map<string, number[]>();
  const byMonth = new Map<string, Map<string, number[]>>();
  const undated: number[] = [];
  pages.forEach(({ date }, position) => {
    if (!date) {
      undated.push(position);
      return;
    }
    addTo(byYear, date.year, position);
    if (date.month) {
      let months = byMonth.get(date.year);
      if (!months) byMonth.set(date.year, (months = new Map()));
      addTo(months, date.month, position);
    }
  });
  return { byYear, byMonth, undated };
}

/** The year and month pages' link up. */
const ARCHIVE_PARENT = { label: 'Archive', url: '/archive/' };

/** The pages of a year's listing, then of each of its months'. */
function yearPages(year: YearSummary, { byYear, byMonth }: ByDate): ListingPage[] {
  return [
    ...paginate(
      {
        kind: 'year',
        url: year.url,
        heading: year.year,
        topic: null,
        months: year.months,
        parent: ARCHIVE_PARENT,
      },
      byYear.get(year.year) ?? [],
    ),
    ...year.months.flatMap((month) =>
      paginate(
        {
          kind: 'month',
          url: month.url,
          heading: month.label,
          topic: null,
          months: [],
          parent: { label: year.year, url: year.url },
        },
        byMonth.get(year.year)?.get(month.month) ?? [],
      ),
    ),
  ];
}

/**
 * The archive views of the site model: its years with their months, newest first, the undated
 * articles (positions), and the pages of every year, month and of the undated articles.
 */
export function archiveViews(pages: ArticlePage[]): {
  years: YearSummary[];
  undated: number[];
  archivePages: ListingPage[];
} {
  const dates = byDate(pages);
  const { byYear, byMonth, undated } = dates;
  const years: YearSummary[] = [...byYear].map(([year, yearArticles]) => ({
    year,
    count: yearArticles.length,
    url: yearUrl(year),
    months: [...(byMonth.get(year) ?? [])].map(([month, monthArticles]) => ({
      month,
      label: monthLabel(year, month),
      count: monthArticles.length,
      url: monthUrl(year, month),
    })),
  }));
  const archivePages = [
    ...years.flatMap((year) => yearPages(year, dates)),
    ...(undated.length > 0
      ? paginateByFit(
          {
            kind: 'undated',
            url: UNDATED_URL,
            heading: 'Undated articles',
            topic: null,
            months: [],
            parent: ARCHIVE_PARENT,
          },
          undated,
          pages,
        )
      : []),
  ];
  return { years, undated, archivePages };
}

const MONTH_SHORT_LENGTH = 3;
/**
 * Timeline bars are drawn by CSS classes in steps of this many percent (site.css has one rule per
 * step): the pages' Content-Security-Policy forbids inline styles, and 5% steps are finer than
 * the eye reads a bar.
 */
const BAR_STEP = 5;

/** The /archive/ timeline: the years with month-dated articles, each with all twelve months. */
export function timeline(years: YearSummary[]): TimelineYear[] {
  const withMonths = years.filter((year) => year.months.length > 0);
  const busiest = Math.max(1, ...withMonths.flatMap((year) => year.months.map((m) => m.count)));
  return withMonths.map((year) => {
    const counts = new Map(year.months.map((m) => [m.month, m]));
    return {
      year: year.year,
      count: year.count,
      url: year.url,
      months: MONTH_NAMES.map((name, i): TimelineMonth => {
        const month = String(i + 1).padStart(2, '0');
        const found = counts.get(month);
        const count = found?.count ?? 0;
        return {
          month,
          short: name.slice(0, MONTH_SHORT_LENGTH),
          label: `${name} ${year.year}`,
          count,
          url: found?.url ?? null,
          percent:
            count === 0
              ? 0
              : Math.max(BAR_STEP, Math.round((count / busiest) * (100 / BAR_STEP)) * BAR_STEP),
        };
      }),
    };
  });
}
