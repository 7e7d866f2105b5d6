// Article pages: each rendered article as its page and the listings show it, placed among the
// others (older, newer, related), and the old addresses that lead to it.

import { compareText } from '../order.ts';
import { slugify } from '../slug.ts';
import type { Article, ArticleSource, CaptureOrigin } from '../types.ts';
import { captureTime, displayDate } from './dates.ts';
import type {
  ArticleOfModel,
  ArticlePage,
  PageLink,
  RedirectPage,
  SourceEntry,
} from './model-types.ts';
import { sectionUrl } from './sections.ts';
import { archiveLink, checkSlug, rawUrl, sourceUrl, topicUrl } from './urls.ts';

// Base language subtags written right to left: Arabic, Central Kurdish, Dhivehi, Persian,
// Hebrew (and its old code "iw"), Pashto, Sindhi, Uyghur, Urdu, Yiddish.
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

export const DEFAULT_LANG = 'en';
// The shape of a BCP 47 tag; anything else (it may come from untrusted front matter) is ignored.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** Newest first; within one period the less precise dates come last; undated articles last. */
function compareNewestFirst(a: UnplacedPage, b: UnplacedPage): number {
  if (a.date && b.date) {
    const byDate = compareText(b.date.iso, a.date.iso);
    if (byDate !== 0) return byDate;
  } else if (a.date || b.date) {
    return a.date ? -1 : 1;
  }
  return compareText(a.title, b.title) || compareText(a.id, b.id);
}

export function textDirection(lang: string): 'ltr' | 'rtl' {
  const base = lang.split('-')[0]?.toLowerCase() ?? '';
  return RTL_LANGUAGES.has(base) ? 'rtl' : 'ltr';
}

function coverageText(covered: number): string {
  let percent = Math.round(covered * 100);
  // Rounding must not claim all or none of the text when that is not so.
  if (covered > 0 && percent === 0) return 'under 1% of the text';
  if (covered < 1 && percent === 100) percent = 99;
  return `${percent}% of the text`;
}

/**
 * A copy whose text holds U+FFFD, as the Sources section tells it: the tool that wrote its file
 * lost those letters, and the article's text is another copy's (src/dedup/damage.ts).
 */
function lostText(count: number): string {
  return `its text lost ${count === 1 ? '1 letter' : `${count} letters`} (shown as \uFFFD)`;
}

/** How the Sources section names each metadata field a copy supplied. */
const FIELD_NAMES = {
  title: 'headline',
  standfirst: 'standfirst',
  date: 'date',
  source: 'publication',
  byline: 'byline',
} as const;

function sourceLink(name: string | null): PageLink | null {
  if (!name) return null;
  const slug = slugify(name);
  checkSlug(slug, 'source');
  return { label: name, url: sourceUrl(slug) };
}

function sourceEntry(source: ArticleSource, provenance: Article['provenance']): SourceEntry {
  const supplied = (Object.keys(FIELD_NAMES) as (keyof typeof FIELD_NAMES)[])
    .filter((field) => provenance[field] === source.path)
    .map((field) => FIELD_NAMES[field]);
  return {
    path: source.path,
    site: sourceLink(source.site),
    role: source.role,
    coverage: coverageText(source.covered),
    rawUrl: rawUrl(source.path),
    supplied: supplied.join(', '),
    ...(source.origin && originFields(source.origin)),
    ...(source.lostLetters && { lost: lostText(source.lostLetters) }),
  };
}

/** SourceEntry's url and capture, from where the copy was captured. */
function originFields(origin: CaptureOrigin): Pick<SourceEntry, 'url' | 'capture'> {
  const href = /^https?:\/\//i.test(origin.url) && URL.canParse(origin.url) ? origin.url : null;
  const parts: string[] = [];
  const when = origin.capturedAt ? captureTime(origin.capturedAt) : null;
  if (when) parts.push(`captured ${when}`);
  if (origin.warc) parts.push(`record at byte ${origin.warc.offset} of ${origin.warc.file}`);
  return {
    url: { text: origin.url, href },
    ...(parts.length > 0 && { capture: parts.join(', ') }),
  };
}

/** The page of an article before it has its place among the others (older, newer, related). */
type UnplacedPage = Omit<ArticlePage, 'older' | 'newer' | 'related'>;

function articlePage(article: ArticleOfModel): UnplacedPage {
  checkSlug(article.slug, 'article');
  if (article.url !== `/articles/${article.slug}/`) {
    throw new Error(`Article ${article.id}: url "${article.url}" does not match its slug`);
  }
  const date = article.date ? displayDate(article.date.value, article.date.precision) : null;
  const lang = article.lang && LANGUAGE_TAG.test(article.lang) ? article.lang : DEFAULT_LANG;
  return {
    id: article.id,
    slug: article.slug,
    url: article.url,
    title: article.title,
    standfirst: article.standfirst,
    summary: article.summary,
    date,
    added: article.added ?? null,
    source: article.source,
    sourceUrl: sourceLink(article.source)?.url ?? null,
    byline: article.byline,
    section: article.section,
    sectionUrl: sectionUrl(article.section),
    fragment: article.fragment,
    lang,
    dir: textDirection(lang),
    topics: article.topics.map((topic) => {
      checkSlug(topic.slug, 'topic');
      return {
        name: topic.name,
        slug: topic.slug,
        kind: topic.kind,
        url: topicUrl(topic.slug),
        hasPage: true,
      };
    }),
    words: article.words,
    sources: article.sources.map((source) => sourceEntry(source, article.provenance)),
    archive: archiveLink(date),
  };
}

/**
 * Places each article among the others: the dated articles next to it in time, and its related
 * articles (ids from the related stage) as positions.
 */
function placeArticles(sorted: UnplacedPage[], related: Map<string, string[]>): ArticlePage[] {
  const positionOfId = new Map(sorted.map((page, position) => [page.id, position]));
  const dated = [...sorted.keys()].filter((position) => sorted[position]?.date);
  const older = new Map<number, number>();
  const newer = new Map<number, number>();
  for (let i = 0; i + 1 < dated.length; i++) {
    older.set(dated[i] as number, dated[i + 1] as number);
    newer.set(dated[i + 1] as number, dated[i] as number);
  }
  return sorted.map((page, position) => ({
    ...page,
    older: older.get(position) ?? null,
    newer: newer.get(position) ?? null,
    related: (related.get(page.id) ?? []).flatMap((id) => {
      const other = positionOfId.get(id);
      return other === undefined || other === position ? [] : [other];
    }),
  }));
}

/**
 * Every article's page, newest first, undated last, and the redirects from its old addresses;
 * no two pages or old addresses share a slug.
 */
export function articlePages(articles: ArticleOfModel[]): {
  pages: ArticlePage[];
  redirects: RedirectPage[];
} {
  const unsorted = articles.map(articlePage);
  const pages = placeArticles(
    [...unsorted].sort(compareNewestFirst),
    new Map(articles.map((a) => [a.id, a.related])),
  );
  return { pages, redirects: redirectPages(articles, unsorted, pages) };
}

/** The old addresses of `articles` (unsorted: their pages, in the same order), by URL. */
function redirectPages(
  articles: ArticleOfModel[],
  unsorted: UnplacedPage[],
  pages: ArticlePage[],
): RedirectPage[] {
  const seenSlugs = new Set<string>();
  for (const page of pages) {
    if (seenSlugs.has(page.slug)) throw new Error(`Two articles share the slug "${page.slug}"`);
    seenSlugs.add(page.slug);
  }
  const positions = new Map(pages.map((page, position) => [page.id, position]));
  const redirects: RedirectPage[] = [];
  for (const [i, article] of articles.entries()) {
    const position = positions.get((unsorted[i] as UnplacedPage).id) ?? -1;
    for (const alias of article.aliases) {
      checkSlug(alias, 'redirect');
      if (seenSlugs.has(alias)) throw new Error(`The old address "${alias}" is taken twice`);
      seenSlugs.add(alias);
      redirects.push({ url: `/articles/${alias}/`, article: position });
    }
  }
  return redirects.sort((a, b) => compareText(a.url, b.url));
}
