// The site model's shapes: what buildSiteModel (src/site/model.ts) computes and the templates lay
// out. src/site/model.ts re-exports them, so that its importers need not know this file.

import type {
  ArchiveEntry,
  DatePrecision,
  RenderedArticle,
  SourceRole,
  TopicKind,
} from '../types.ts';
import type { SectionSummary } from './sections.ts';
import type { LetterLink, ListingOrder } from './undated.ts';

/** What the model is built from: a rendered article but its body's hash (see pagedPages). */
export type ArticleOfModel = Omit<RenderedArticle, 'bodyHash'>;

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
  /** "its text lost 31 letters (shown as \uFFFD)", for a copy whose text holds U+FFFD. */
  lost?: string;
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
