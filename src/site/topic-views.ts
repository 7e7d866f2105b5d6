// Topic views: the topics index and groups, each topic's pages and feed, the topics that go with
// it, and, for a topic of too few articles, the search its articles link to instead of a page.

import { compareText } from '../order.ts';
import type { TopicKind } from '../types.ts';
import { addTo } from './group.ts';
import type {
  ArticlePage,
  ListingPage,
  TopicGroup,
  TopicLetter,
  TopicLink,
  TopicSummary,
} from './model-types.ts';
import { lastAdded, newestDated, PAGE_SIZE, paginateByFit } from './paginate.ts';
import { letterOf, mostlyUndated, titleKey } from './undated.ts';
import { searchUrl } from './urls.ts';

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

const TOPIC_KIND_LABELS: Record<TopicKind, string> = {
  person: 'People',
  place: 'Places',
  organization: 'Organizations',
  subject: 'Subjects',
};
const TOPIC_KIND_ORDER: TopicKind[] = ['subject', 'place', 'person', 'organization'];

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
  // Each article's distinct topic slugs, made once: an article is visited once for each of its
  // topics, and a set of its slugs was made at every visit.
  const slugsAt = pages.map((page) => [...new Set(page.topics.map((t) => t.slug))]);
  const result = new Map<string, TopicSummary[]>();
  for (const topic of topics) {
    const shared = new Map<string, number>();
    for (const position of topicArticles.get(topic.slug) ?? []) {
      for (const other of slugsAt[position] as string[]) {
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

/** What the topic steps hand on: every topic, and each topic's articles (positions), by slug. */
interface TopicCounts {
  topics: TopicSummary[];
  topicArticles: Map<string, number[]>;
}

/**
 * Every topic the articles carry, by article count, then name. Listings hold positions in
 * `pages`, which is newest first, so every listing is too. Topics are keyed by slug because the
 * slug is their address; the first article (newest) to mention a slug names it.
 */
function countTopics(pages: ArticlePage[]): TopicCounts {
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
  return { topics, topicArticles };
}

/**
 * A topic of too few articles has no page: its articles link its name to a search instead.
 * Returns the topics that have a page.
 */
function linkPageless(pages: ArticlePage[], topics: TopicSummary[]): TopicSummary[] {
  const paged = topics.filter((topic) => topic.count >= MIN_TOPIC_ARTICLES);
  const pageless = new Set(
    topics.filter((topic) => topic.count < MIN_TOPIC_ARTICLES).map((topic) => topic.slug),
  );
  for (const page of pages) {
    page.topics = page.topics.map((topic) =>
      pageless.has(topic.slug) ? { ...topic, url: searchUrl(topic.name), hasPage: false } : topic,
    );
  }
  return paged;
}

/** A topic's pages; the first carries its feed's entries. */
function topicListing(
  topic: TopicSummary,
  listed: number[],
  pages: ArticlePage[],
  related: TopicSummary[],
): ListingPage[] {
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
      relatedTopics: related,
      feedUrl: feedArticles.length > 0 ? `${topic.url}feed.xml` : null,
    },
    listed,
    pages,
  );
  const first = listingPages[0];
  if (first && feedArticles.length > 0) first.feedArticles = feedArticles;
  return listingPages;
}

/**
 * The topic views of the site model: every topic by kind, the A-Z index and the pages of the
 * topics with a page (`paged`, most articles first), and which of those pages carry a feed. The
 * articles' links to topics without a page become searches (linkPageless).
 */
export function topicViews(pages: ArticlePage[]): {
  paged: TopicSummary[];
  topicGroups: TopicGroup[];
  topicIndex: TopicLetter[];
  topicPages: ListingPage[];
  topicFeeds: number[];
} {
  const { topics, topicArticles } = countTopics(pages);
  const topicGroups = TOPIC_KIND_ORDER.map((kind) => ({
    kind,
    label: TOPIC_KIND_LABELS[kind],
    topics: topics.filter((topic) => topic.kind === kind),
  })).filter((group) => group.topics.length > 0);
  const paged = linkPageless(pages, topics);
  const topicIndex = topicLetters(paged);
  const topicRelations = relatedTopics(topics, topicArticles, pages);
  const topicPages = paged.flatMap((topic) =>
    topicListing(
      topic,
      topicArticles.get(topic.slug) ?? [],
      pages,
      topicRelations.get(topic.slug) ?? [],
    ),
  );
  const topicFeeds = topicPages.flatMap((page, index) => (page.feedArticles ? [index] : []));
  return { paged, topicGroups, topicIndex, topicPages, topicFeeds };
}
