// The site model: everything the templates show, computed once from the rendered articles.
// Templates only lay this data out; ordering, grouping, pagination and wording of dates live
// here so that they can be unit-tested without running Eleventy.
//
// It is written out as one JSON file, so it is kept lean enough for a single string at 100,000
// articles: article bodies are not in it (src/stages/site.ts writes them to files of their own),
// and listings refer to articles by their position in `articles` instead of repeating them.

import { compareText } from '../order.ts';
import { rawCopyPath } from '../paths.ts';
import { slugify } from '../slug.ts';
import { groupSections, SECTIONS_URL, sectionUrl, type SectionSummary } from './sections.ts';
import type {
  ArchiveEntry,
  Article,
  ArticleSource,
  CaptureOrigin,
  DatePrecision,
  RenderedArticle,
  SourceRole,
  TopicKind,
} from '../types.ts';
import {
  compareByTitle,
  letterIndex,
  mostlyUndated,
  letterOf,
  summarySentence,
  titleKey,
  type LetterLink,
  type ListingOrder,
} from './undated.ts';

/** The model's file name in the content folder, where Eleventy reads it. */
export const SITE_MODEL_FILE = 'site.json';
/** Folder in the content folder holding each article's body, as <slug>.html. */
export const BODIES_FOLDER = 'bodies';

/** Articles per listing page (topic and archive pages). */
export const PAGE_SIZE = 20;
/** Newest articles on the home page. */
export const HOME_LATEST = 20;
/** Most-used topics on the home page. */
export const HOME_TOPICS = 12;
/** Entries in the Atom feed. */
export const FEED_SIZE = 50;
/** Related topics on a topic page. */
export const RELATED_TOPICS = 8;
/**
 * Two topics are related when at least this many articles carry both: one shared article is
 * chance (a round-up that names everything), two are a pattern.
 */
const MIN_SHARED_ARTICLES = 2;
/**
 * A topic has a page, a feed and a place in the topics index and the sitemap when at least this
 * many articles carry it. 72% of the BBC corpus' topics hold one article (issue 24): their pages
 * listed only the article that linked to them. Such a topic shows on its article as a link to a
 * search for its name, which finds the other articles that mention it.
 */
export const MIN_TOPIC_ARTICLES = 2;
/** URLs per sitemap file: the sitemap protocol's limit. */
export const SITEMAP_SIZE = 50_000;

export interface SiteInfo {
  title: string;
  description: string;
  /** URL path the site is served under, "/" or "/news/". */
  basePath: string;
  /** Absolute site URL without trailing slash, "" when unknown. */
  baseUrl: string;
  /** Language of the site's own pages and of the search index: the most common article language. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /**
   * A portable site (src/site/portable.ts): links relative to each page, search that runs from
   * disk. Present only when true, so that the default site's model, and the fingerprints made
   * of it (src/site/reuse.ts), are what they were before the option existed.
   */
  portable?: true;
}

export interface DisplayDate {
  /** "2004-12-10", "2004-12" or "2004": valid in <time datetime> and sortable as text. */
  iso: string;
  precision: DatePrecision;
  /** "10 December 2004", "December 2004" or "2004". */
  text: string;
  year: string;
  /** "12" when the month is known. */
  month: string | null;
}

export interface TopicLink {
  name: string;
  slug: string;
  kind: TopicKind;
  /** The topic's page; for a topic without one (MIN_TOPIC_ARTICLES), a search for its name. */
  url: string;
  /** Whether the topic has a page of its own (url is then it). */
  hasPage: boolean;
}

export interface TopicSummary extends TopicLink {
  count: number;
}

export interface SourceEntry {
  path: string;
  /** The publication this copy names, and its page; null when it names none. */
  site: PageLink | null;
  role: SourceRole;
  /** "100% of the text". */
  coverage: string;
  /** Site-relative link to the byte-exact copy, each path segment percent-encoded. */
  rawUrl: string;
  /** The metadata this copy gave the article, in reading order ("headline, date"), or "". */
  supplied: string;
  /**
   * The copy's original address, when known (a WARC record's target URI); `href` only when it is
   * an http(s) URL, so that no other scheme becomes a link.
   */
  url?: { text: string; href: string | null };
  /** "captured 26 June 2024 10:00 UTC, record at byte 48213 of crawl.warc.gz", for a WARC record. */
  capture?: string;
}

/** An article as its page and the listings show it; its body is kept apart (see above). */
export interface ArticlePage {
  id: string;
  slug: string;
  url: string;
  title: string;
  standfirst: string | null;
  /**
   * The one sentence list items show: the standfirst, else the first sentence of the text;
   * null rather than a fragment (src/site/undated.ts summarySentence).
   */
  summary: string | null;
  /** BCP 47 tag of the article's text, for <html lang> or the lang of its title in listings. */
  lang: string;
  dir: 'ltr' | 'rtl';
  date: DisplayDate | null;
  /** When the article entered the archive, as the lock records it (AddressedArticle.added). */
  added: ArchiveEntry | null;
  source: string | null;
  /** The source's page, /sources/<slug>/, when the article names a source. */
  sourceUrl: string | null;
  byline: string | null;
  /** The article's section, and its page /sections/<slug>/ (src/site/sections.ts). */
  section: string | null;
  sectionUrl: string | null;
  fragment: boolean;
  topics: TopicLink[];
  /** The next older and next newer dated article: positions in SiteModel.articles. */
  older: number | null;
  newer: number | null;
  /** Articles most like this one, most related first: positions in SiteModel.articles. */
  related: number[];
  words: number;
  sources: SourceEntry[];
  /** Where the article sits in the date archive: "More from December 2004". */
  archive: PageLink;
}

/** An old article address, /articles/<alias>/, that now sends readers to the article. */
export interface RedirectPage {
  /** Site-relative URL of the old address. */
  url: string;
  /** The article it leads to: position in SiteModel.articles. */
  article: number;
}

export interface MonthSummary {
  /** "12". */
  month: string;
  /** "December 2004". */
  label: string;
  count: number;
  url: string;
}

export interface YearSummary {
  year: string;
  count: number;
  url: string;
  months: MonthSummary[];
}

export interface PageLink {
  label: string;
  url: string;
}

/** One page of a paginated listing: a topic, a source, a year, a month, or the undated articles. */
export interface ListingPage {
  kind: 'topic' | 'source' | 'year' | 'month' | 'undated' | 'section';
  url: string;
  /** Heading and <title>: "North Korea", "2004", "December 2004", "Undated articles". */
  heading: string;
  /** The topic, on topic pages. */
  topic: TopicSummary | null;
  /** Topics that most often go with this one, on topic pages. */
  relatedTopics: TopicSummary[];
  /** The topic's own Atom feed, on topic pages whose feed has entries. */
  feedUrl: string | null;
  /**
   * The feed's entries, on the first page of a topic with a feed: positions in
   * SiteModel.articles, newest first (see SiteModel.feed).
   */
  feedArticles?: number[];
  /**
   * "newest" when dates order the listing; "title" when most of its articles are undated and
   * it goes A to Z (src/site/undated.ts).
   */
  order: ListingOrder;
  /** The A–Z index of a listing by title, on each of its pages; empty when by date. */
  letters: LetterLink[];
  /** The anchor of each row that starts a letter of the index, by position in SiteModel.articles. */
  anchors: Record<number, string>;
  /** The year's months, on year pages. */
  months: MonthSummary[];
  /** Link up: the topic index or the archive. */
  parent: PageLink;
  /** Articles in the whole listing, across its pages. */
  total: number;
  pageNumber: number;
  pageCount: number;
  firstUrl: string;
  previousUrl: string | null;
  nextUrl: string | null;
  lastUrl: string;
  /** This page's articles: positions in SiteModel.articles. */
  articles: number[];
}

/** A publication, as listed on /sources/. */
export interface SourceSummary {
  name: string;
  url: string;
  count: number;
  /** Dates of its oldest and newest dated article, "1987-02-26"; null when none is dated. */
  first: DisplayDate | null;
  last: DisplayDate | null;
}

/** One month on the /archive/ timeline; every month of a year is there, empty or not. */
export interface TimelineMonth {
  month: string;
  /** "Mar" and "March 1987". */
  short: string;
  label: string;
  count: number;
  /** The month's page; null for a month without articles. */
  url: string | null;
  /** Bar length: the count as a percentage of the busiest month's, in steps of 5 (5 when > 0). */
  percent: number;
}

export interface TimelineYear {
  year: string;
  count: number;
  url: string;
  months: TimelineMonth[];
}

export interface TopicGroup {
  kind: TopicKind;
  label: string;
  topics: TopicSummary[];
}

/** Topics under one initial letter on the topics index ("#" for names that start otherwise). */
export interface TopicLetter {
  letter: string;
  topics: TopicSummary[];
}

export interface SiteModel {
  site: SiteInfo;
  /** The parts of the search index; the search page merges every part after the first. */
  searchIndexes: SearchIndex[];
  /** Every article, newest first, undated last. */
  articles: ArticlePage[];
  home: {
    /**
     * "newest" leads with the latest articles; "title", for an archive whose articles are
     * mostly undated, leads with topics and lists the undated articles by title.
     */
    layout: ListingOrder;
    /** The newest articles, or the first undated ones by title: positions in `articles`. */
    latest: number[];
    /** The A–Z index of the undated articles' listing, in the "title" layout; else empty. */
    letters: LetterLink[];
    topTopics: TopicSummary[];
    years: YearSummary[];
    undated: number;
  };
  /** Every topic, grouped by kind; each group by article count, then name. */
  topicGroups: TopicGroup[];
  /**
   * The topics index: topics of two or more articles, A-Z by name under their initial. 72% of
   * the BBC corpus' topics hold one article (issue 24); those are listed on the article only.
   */
  topicIndex: TopicLetter[];
  topicPages: ListingPage[];
  /** Positions in topicPages of each topic's first page: each topic's feed lists its articles. */
  topicFeeds: number[];
  /** Publications by article count, then name; articles naming none are counted apart. */
  sources: { list: SourceSummary[]; unnamed: number };
  sourcePages: ListingPage[];
  /** Sections by name (src/site/sections.ts); articles in none are counted apart. */
  sections: { list: SectionSummary[]; unsectioned: number };
  sectionPages: ListingPage[];
  /**
   * Years newest first, each with its months newest first; the timeline has the years with
   * month-dated articles, each with all twelve months in calendar order.
   */
  archive: { years: YearSummary[]; undated: number; timeline: TimelineYear[] };
  archivePages: ListingPage[];
  /**
   * The Atom feed's entries: positions in `articles`. The newest dated articles; in an archive
   * whose articles are mostly undated, the articles that entered it last (ArticlePage.added).
   */
  feed: number[];
  /** The site feed's address, ["/feed.xml"], or none when it would have no entry. */
  siteFeeds: string[];
  /** Every page, split into sitemap files of at most SITEMAP_SIZE URLs (redirects are not pages). */
  sitemaps: SitemapEntry[][];
  /** Old article addresses, by URL: each gets a page sending readers on (templates/redirect.njk). */
  redirects: RedirectPage[];
}

export interface SitemapEntry {
  url: string;
  /** The article date, on article pages. */
  lastmod: string | null;
}

export interface SiteSettings {
  siteTitle: string;
  siteDescription: string;
  basePath: string;
  baseUrl: string;
  /** Most articles in one search index (see searchIndexes). */
  articlesPerSearchIndex: number;
  /** A portable site (see SiteInfo.portable). */
  portable?: boolean;
}

/** One part of the search index: a Pagefind bundle and the articles it indexes. */
export interface SearchIndex {
  /** The bundle's folder from the site root, with a trailing slash: "pagefind/", "pagefind/part-2/". */
  path: string;
  /** Positions in SiteModel.articles. */
  articles: number[];
  /**
   * The part's name in the search page's address (?period=2005): its newest year, with "-2",
   * "-3" for the later parts of a year too large for one part. A year keeps naming the part that
   * holds it as the archive grows and parts are regrouped.
   */
  key: string;
  /** The years the part holds, newest first ("undated" last), as the search page shows them. */
  years: string[];
  /** "2004–2006", "1987 (2 of 3)", "2001 and undated". */
  label: string;
}

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

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Base language subtags written right to left: Arabic, Central Kurdish, Dhivehi, Persian,
// Hebrew (and its old code "iw"), Pashto, Sindhi, Uyghur, Urdu, Yiddish.
const RTL_LANGUAGES = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'iw', 'ps', 'sd', 'ug', 'ur', 'yi']);

const TOPIC_KIND_LABELS: Record<TopicKind, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organizations',
  subject: 'Subjects',
};
const TOPIC_KIND_ORDER: TopicKind[] = ['subject', 'place', 'person', 'organization'];

const DEFAULT_LANG = 'en';
// The shape of a BCP 47 tag; anything else (it may come from untrusted front matter) is ignored.
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

// Slugs become folder names under the output folder, so they must not be able to climb out of it:
// letters, marks and digits of any script ("북한-탈북자" is one), "_~-", and dots after the first
// character, so never "." or "..", and never a separator.
const SAFE_SLUG = /^[\p{L}\p{M}\p{N}_~-][\p{L}\p{M}\p{N}._~-]*$/u;

export function displayDate(value: string, precision: DatePrecision): DisplayDate {
  const shapes: Record<DatePrecision, RegExp> = {
    day: /^(\d{4})-(\d{2})-(\d{2})$/,
    month: /^(\d{4})-(\d{2})$/,
    year: /^(\d{4})$/,
  };
  const match = shapes[precision].exec(value);
  if (!match) throw new Error(`Date "${value}" does not match its precision "${precision}"`);
  const [, year = '', month, day] = match;
  const monthName = month === undefined ? undefined : MONTH_NAMES[Number(month) - 1];
  if (month !== undefined && monthName === undefined)
    throw new Error(`Invalid month in "${value}"`);
  if (day !== undefined) {
    const parsed = new Date(`${value}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== Number(day)) {
      throw new Error(`Invalid day in "${value}"`);
    }
  }
  const text =
    precision === 'day'
      ? `${Number(day)} ${monthName} ${year}`
      : precision === 'month'
        ? `${monthName} ${year}`
        : year;
  return { iso: value, precision, text, year, month: month ?? null };
}

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

function textDirection(lang: string): 'ltr' | 'rtl' {
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

function rawUrl(path: string): string {
  return '/raw/' + rawCopyPath(path).split('/').map(encodeURIComponent).join('/');
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

/** A WARC-Date as "26 June 2024 10:00 UTC" (seconds left out); as written when it is no date. */
function captureTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const month = MONTH_NAMES[date.getUTCMonth()] as string;
  const time = date.toISOString().slice(11, 16);
  return `${date.getUTCDate()} ${month} ${date.getUTCFullYear()} ${time} UTC`;
}

function checkSlug(slug: string, what: string): void {
  if (!SAFE_SLUG.test(slug)) throw new Error(`Unsafe ${what} slug "${slug}"`);
}

/**
 * Topics A-Z by name, filed as titles are (undated.ts letterOf, titleKey: accents and leading
 * symbols aside, "#" first for digits and other scripts), so that every A-Z index agrees.
 */
function topicLetters(topics: TopicSummary[]): TopicLetter[] {
  const byLetter = new Map<string, TopicSummary[]>();
  const keyed = topics.map((topic) => ({ topic, key: titleKey(topic.name) }));
  keyed.sort(
    (a, b) =>
      compareText(a.key, b.key) ||
      compareText(a.topic.name, b.topic.name) ||
      compareText(a.topic.slug, b.topic.slug),
  );
  for (const { topic } of keyed) addTo(byLetter, letterOf(topic.name), topic);
  return [...byLetter]
    .sort((a, b) => compareText(a[0], b[0]))
    .map(([letter, list]) => ({ letter, topics: list }));
}

function topicUrl(slug: string): string {
  return `/topics/${slug}/`;
}

/** The search page's address for a search for `name` (templates/assets/search.js reads q). */
function searchUrl(name: string): string {
  return `/search/?q=${encodeURIComponent(name)}`;
}

function sourceUrl(slug: string): string {
  return `/sources/${slug}/`;
}

function monthLabel(year: string, month: string): string {
  return `${MONTH_NAMES[Number(month) - 1]} ${year}`;
}

function yearUrl(year: string): string {
  return `/archive/${year}/`;
}

function monthUrl(year: string, month: string): string {
  return `/archive/${year}/${month}/`;
}

const UNDATED_URL = '/archive/undated/';

function archiveLink(date: DisplayDate | null): PageLink {
  if (!date) return { label: 'More undated articles', url: UNDATED_URL };
  if (!date.month) return { label: `More from ${date.year}`, url: yearUrl(date.year) };
  return {
    label: `More from ${monthLabel(date.year, date.month)}`,
    url: monthUrl(date.year, date.month),
  };
}

/** The page of an article before it has its place among the others (older, newer, related). */
type UnplacedPage = Omit<ArticlePage, 'older' | 'newer' | 'related'>;

function articlePage(article: RenderedArticle): UnplacedPage {
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
    summary: summarySentence(article.standfirst, article.blocks),
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

function pageUrl(firstUrl: string, pageNumber: number): string {
  return pageNumber === 1 ? firstUrl : `${firstUrl}page/${pageNumber}/`;
}

type ListingHead = Pick<ListingPage, 'kind' | 'url' | 'heading' | 'topic' | 'months' | 'parent'> &
  Partial<Pick<ListingPage, 'relatedTopics' | 'feedUrl' | 'order' | 'letters'>>;

/**
 * Splits a listing (positions in the article list) into pages of PAGE_SIZE; an empty listing
 * still gets its first page.
 */
function paginate(head: ListingHead, articles: number[]): ListingPage[] {
  const pageCount = Math.max(1, Math.ceil(articles.length / PAGE_SIZE));
  const pages: ListingPage[] = [];
  for (let pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
    const start = (pageNumber - 1) * PAGE_SIZE;
    pages.push({
      relatedTopics: [],
      feedUrl: null,
      order: 'newest',
      letters: [],
      anchors: {},
      ...head,
      url: pageUrl(head.url, pageNumber),
      total: articles.length,
      pageNumber,
      pageCount,
      firstUrl: head.url,
      previousUrl: pageNumber > 1 ? pageUrl(head.url, pageNumber - 1) : null,
      nextUrl: pageNumber < pageCount ? pageUrl(head.url, pageNumber + 1) : null,
      lastUrl: pageUrl(head.url, pageCount),
      articles: articles.slice(start, start + PAGE_SIZE),
    });
  }
  return pages;
}

/**
 * Paginates a listing in the order that fits it: as given, newest first, when dates order it;
 * by title with an A–Z index when most of its articles are undated (src/site/undated.ts).
 */
function paginateByFit(
  head: ListingHead,
  positions: number[],
  pages: ArticlePage[],
): ListingPage[] {
  const at = (position: number) => pages[position] as ArticlePage;
  if (!mostlyUndated(positions.map((position) => at(position).date))) {
    return paginate(head, positions);
  }
  const byTitle = [...positions].sort((a, b) => compareByTitle(at(a), at(b)));
  const letters = letterIndex(
    byTitle.map((position) => at(position).title),
    PAGE_SIZE,
    (pageNumber) => pageUrl(head.url, pageNumber),
  );
  const listingPages = paginate({ ...head, order: 'title', letters }, byTitle);
  for (const letter of letters) {
    const page = listingPages[Math.floor(letter.first / PAGE_SIZE)];
    const position = byTitle[letter.first];
    if (page && position !== undefined)
      page.anchors = { ...page.anchors, [position]: letter.anchor };
  }
  return listingPages;
}

/**
 * The last `size` articles to enter the archive, last first: the feed of a list without dates.
 * Articles the lock has no record of (AddressedArticle.added) are left out.
 */
function lastAdded(positions: number[], pages: ArticlePage[], size: number): number[] {
  const order = (position: number) => pages[position]?.added?.order ?? 0;
  return positions
    .filter((position) => pages[position]?.added)
    .sort((a, b) => order(b) - order(a) || a - b)
    .slice(0, size);
}

/** The first `size` dated articles of a newest-first listing: what its feed can carry. */
function newestDated(positions: number[], pages: ArticlePage[], size: number): number[] {
  return positions.filter((position) => pages[position]?.date).slice(0, size);
}

/** Pushes onto the list under key, creating it; insertion order is kept. */
function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mostCommon(values: string[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = fallback;
  let bestCount = 0;
  for (const [value, count] of [...counts].sort(([a], [b]) => compareText(a, b))) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/** A date of any precision ("2004-12", say) as the RFC 3339 timestamp Atom requires. */
export function rfc3339(iso: string): string {
  const [year, month = '01', day = '01'] = iso.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
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
 * For each topic, the topics its articles carry most often, weighted by how rare the other
 * topic is, so that a big topic ("United States") does not top every list.
 */
function relatedTopics(
  topics: TopicSummary[],
  topicArticles: Map<string, number[]>,
  pages: ArticlePage[],
): Map<string, TopicSummary[]> {
  const bySlug = new Map(topics.map((topic) => [topic.slug, topic]));
  const total = Math.max(pages.length, 1);
  const result = new Map<string, TopicSummary[]>();
  for (const topic of topics) {
    const shared = new Map<string, number>();
    for (const position of topicArticles.get(topic.slug) ?? []) {
      for (const other of new Set((pages[position] as ArticlePage).topics.map((t) => t.slug))) {
        if (other !== topic.slug) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const ranked = [...shared]
      .filter(([, count]) => count >= MIN_SHARED_ARTICLES)
      .map(([slug, count]) => {
        const other = bySlug.get(slug) as TopicSummary;
        return { other, score: count * Math.log(1 + total / other.count) };
      })
      .sort((a, b) => b.score - a.score || compareText(a.other.slug, b.other.slug))
      .slice(0, RELATED_TOPICS)
      .map(({ other }) => other);
    result.set(topic.slug, ranked);
  }
  return result;
}

const MONTH_SHORT_LENGTH = 3;
/**
 * Timeline bars are drawn by CSS classes in steps of this many percent (site.css has one rule per
 * step): the pages' Content-Security-Policy forbids inline styles, and 5% steps are finer than
 * the eye reads a bar.
 */
const BAR_STEP = 5;

function timeline(years: YearSummary[]): TimelineYear[] {
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

/**
 * What the home page leads with: the newest articles, or, when most of the archive is undated,
 * the first undated articles by title and the A–Z index of their listing (src/site/undated.ts).
 */
function homeLayout(
  pages: ArticlePage[],
  archivePages: ListingPage[],
): Pick<SiteModel['home'], 'layout' | 'latest' | 'letters'> {
  const undatedFirst = archivePages.find(
    (page) => page.kind === 'undated' && page.pageNumber === 1,
  );
  if (!mostlyUndated(pages.map((page) => page.date)) || !undatedFirst) {
    return { layout: 'newest', latest: [...pages.keys()].slice(0, HOME_LATEST), letters: [] };
  }
  return {
    layout: 'title',
    latest: undatedFirst.articles.slice(0, HOME_LATEST),
    letters: undatedFirst.letters,
  };
}

export function buildSiteModel(articles: RenderedArticle[], settings: SiteSettings): SiteModel {
  const unsorted = articles.map(articlePage);
  const pages = placeArticles(
    [...unsorted].sort(compareNewestFirst),
    new Map(articles.map((a) => [a.id, a.related])),
  );

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
  redirects.sort((a, b) => compareText(a.url, b.url));

  // Listings hold positions in `pages`, which is newest first, so every listing is too.
  // Topics are keyed by slug because the slug is their address; the first article (newest)
  // to mention a slug names it.
  const topicArticles = new Map<string, number[]>();
  const topicLinks = new Map<string, TopicLink>();
  pages.forEach((page, position) => {
    for (const topic of page.topics) {
      if (!topicLinks.has(topic.slug)) topicLinks.set(topic.slug, topic);
      // An article naming a topic twice is listed once.
      if (topicArticles.get(topic.slug)?.at(-1) !== position) {
        addTo(topicArticles, topic.slug, position);
      }
    }
  });
  const topics: TopicSummary[] = [...topicLinks.values()]
    .map((link) => ({ ...link, count: topicArticles.get(link.slug)?.length ?? 0 }))
    .sort(
      (a, b) => b.count - a.count || compareText(a.name, b.name) || compareText(a.slug, b.slug),
    );

  const topicGroups = TOPIC_KIND_ORDER.map((kind) => ({
    kind,
    label: TOPIC_KIND_LABELS[kind],
    topics: topics.filter((topic) => topic.kind === kind),
  })).filter((group) => group.topics.length > 0);

  // A topic of too few articles has no page: its articles link its name to a search instead.
  const paged = topics.filter((topic) => topic.count >= MIN_TOPIC_ARTICLES);
  const pageless = new Set(
    topics.filter((topic) => topic.count < MIN_TOPIC_ARTICLES).map((topic) => topic.slug),
  );
  for (const page of pages) {
    page.topics = page.topics.map((topic) =>
      pageless.has(topic.slug) ? { ...topic, url: searchUrl(topic.name), hasPage: false } : topic,
    );
  }
  const topicIndex = topicLetters(paged);

  const topicRelations = relatedTopics(topics, topicArticles, pages);
  const topicPages = paged.flatMap((topic) => {
    const listed = topicArticles.get(topic.slug) ?? [];
    // A topic's feed carries its newest dated articles, or when most of them are undated the
    // last to enter the archive; a topic with none gets no feed, so no page links an empty one.
    const feedArticles = mostlyUndated(listed.map((position) => pages[position]?.date ?? null))
      ? lastAdded(listed, pages, PAGE_SIZE)
      : newestDated(listed, pages, PAGE_SIZE);
    const listingPages = paginateByFit(
      {
        kind: 'topic',
        url: topic.url,
        heading: topic.name,
        topic,
        months: [],
        parent: { label: 'All topics', url: '/topics/' },
        relatedTopics: topicRelations.get(topic.slug) ?? [],
        feedUrl: feedArticles.length > 0 ? `${topic.url}feed.xml` : null,
      },
      listed,
      pages,
    );
    const first = listingPages[0];
    if (first && feedArticles.length > 0) first.feedArticles = feedArticles;
    return listingPages;
  });
  const topicFeeds = topicPages.flatMap((page, index) => (page.feedArticles ? [index] : []));

  // Sources are keyed by their page's URL, that is by slug, like topics; the newest article
  // naming a slug names the source.
  const sourceArticles = new Map<string, number[]>();
  const sourceNames = new Map<string, string>();
  let unnamedSource = 0;
  pages.forEach((page, position) => {
    if (!page.source || !page.sourceUrl) {
      unnamedSource++;
      return;
    }
    if (!sourceNames.has(page.sourceUrl)) sourceNames.set(page.sourceUrl, page.source);
    addTo(sourceArticles, page.sourceUrl, position);
  });
  const sourceList: SourceSummary[] = [...sourceArticles]
    .map(([url, positionsOf]) => {
      const datedOf = positionsOf.filter((p) => pages[p]?.date);
      return {
        name: sourceNames.get(url) as string,
        url,
        count: positionsOf.length,
        // Listings are newest first, so the last dated article is the oldest.
        first: pages[datedOf.at(-1) ?? -1]?.date ?? null,
        last: pages[datedOf[0] ?? -1]?.date ?? null,
      };
    })
    .sort((a, b) => b.count - a.count || compareText(a.name, b.name));
  const sourcePages = sourceList.flatMap((source) =>
    paginateByFit(
      {
        kind: 'source',
        url: source.url,
        heading: source.name,
        topic: null,
        months: [],
        parent: { label: 'All sources', url: '/sources/' },
      },
      sourceArticles.get(source.url) ?? [],
      pages,
    ),
  );

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

  // Years and months come out newest first too, in the order of their first article.
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

  const archiveParent = { label: 'Archive', url: '/archive/' };
  const archivePages = [
    ...years.flatMap((year) => [
      ...paginate(
        {
          kind: 'year',
          url: year.url,
          heading: year.year,
          topic: null,
          months: year.months,
          parent: archiveParent,
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
    ]),
    ...(undated.length > 0
      ? paginateByFit(
          {
            kind: 'undated',
            url: UNDATED_URL,
            heading: 'Undated articles',
            topic: null,
            months: [],
            parent: archiveParent,
          },
          undated,
          pages,
        )
      : []),
  ];

  const siteLang = mostCommon(
    pages.map((page) => page.lang),
    DEFAULT_LANG,
  );
  const feed = mostlyUndated(pages.map((page) => page.date))
    ? lastAdded([...pages.keys()], pages, FEED_SIZE)
    : newestDated([...pages.keys()], pages, FEED_SIZE);

  const sitemapEntries: SitemapEntry[] = [
    ...['/', '/topics/', '/sources/', '/archive/', '/search/'].map((url) => ({
      url,
      lastmod: null,
    })),
    ...(sections.list.length > 0 ? [{ url: SECTIONS_URL, lastmod: null }] : []),
    ...sectionPages.map((page) => ({ url: page.url, lastmod: null })),
    ...topicPages.map((page) => ({ url: page.url, lastmod: null })),
    ...sourcePages.map((page) => ({ url: page.url, lastmod: null })),
    ...archivePages.map((page) => ({ url: page.url, lastmod: null })),
    ...pages.map((page) => ({ url: page.url, lastmod: page.date?.iso ?? null })),
  ];
  const sitemaps: SitemapEntry[][] = [];
  for (let start = 0; start < sitemapEntries.length; start += SITEMAP_SIZE) {
    sitemaps.push(sitemapEntries.slice(start, start + SITEMAP_SIZE));
  }

  return {
    site: {
      title: settings.siteTitle,
      description: settings.siteDescription,
      basePath: settings.basePath,
      baseUrl: settings.baseUrl,
      lang: siteLang,
      dir: textDirection(siteLang),
      ...(settings.portable ? { portable: true as const } : {}),
    },
    articles: pages,
    home: {
      ...homeLayout(pages, archivePages),
      topTopics: paged.slice(0, HOME_TOPICS),
      years,
      undated: undated.length,
    },
    topicGroups,
    topicIndex,
    topicPages,
    topicFeeds,
    sources: { list: sourceList, unnamed: unnamedSource },
    sourcePages,
    sections: { list: sections.list, unsectioned: sections.unsectioned },
    sectionPages,
    archive: { years, undated: undated.length, timeline: timeline(years) },
    archivePages,
    feed,
    siteFeeds: feed.length > 0 ? ['/feed.xml'] : [],
    sitemaps,
    redirects,
    searchIndexes: searchIndexes(pages, settings.articlesPerSearchIndex),
  };
}
