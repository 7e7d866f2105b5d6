// Page fingerprints (src/site/reuse.ts): a page's fingerprint changes exactly when something it
// shows changes, so a rebuild renders the pages a change touches and takes the rest over. The
// end-to-end check, rebuilt site against clean build byte for byte, is in
// test/integration/incremental.test.ts.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { defaultOptions } from '../../src/options.ts';
import { buildSiteModel, type SiteModel } from '../../src/site/model.ts';
import { fileOf, pagedPages } from '../../src/site/reuse.ts';
import { makeArticle, type SyntheticArticle } from '../helpers/articles.ts';
import { generatedArticles } from '../helpers/synthetic-site.ts';

const settings = { ...defaultOptions, basePath: '/news/' };

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** 60 generated articles, each related to the two after it. */
function archive(): SyntheticArticle[] {
  const articles = generatedArticles(60);
  return articles.map((article, i) => ({
    ...article,
    related: [articles[(i + 1) % 60]!.id, articles[(i + 2) % 60]!.id],
  }));
}

function fingerprints(articles: SyntheticArticle[]): {
  model: SiteModel;
  pages: Map<string, string>;
  /** Search fingerprints: what Pagefind reads of each page. */
  search: Map<string, string>;
} {
  const model = buildSiteModel(articles, settings);
  const bodies = new Map(articles.map((a) => [a.slug, sha(a.bodyHtml)]));
  const paged = pagedPages(model, (slug) => bodies.get(slug) ?? '');
  return {
    model,
    pages: new Map(paged.map((p) => [p.file, p.fingerprint])),
    search: new Map(paged.map((p) => [p.file, p.searchFingerprint])),
  };
}

function changed(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after].filter(([file, fp]) => before.get(file) !== fp).map(([file]) => file);
}

/** Article pages (what the search index is built from) among `files`. */
function articlePages(files: string[]): string[] {
  return files.filter((file) => file.startsWith('articles/'));
}

/** What an article page shows of other articles: the URLs of its older, newer and related ones. */
function links(model: SiteModel, url: string): string {
  const page = model.articles.find((a) => a.url === url)!;
  const urlAt = (p: number | null) => (p === null ? null : model.articles[p]!.url);
  return JSON.stringify([urlAt(page.older), urlAt(page.newer), page.related.map(urlAt)]);
}

/** The URLs a listing page lists, and the rest of it. */
function listing(model: SiteModel, url: string): string {
  const page = [...model.topicPages, ...model.archivePages, ...model.sourcePages].find(
    (p) => p.url === url,
  )!;
  return JSON.stringify({ ...page, articles: page.articles.map((p) => model.articles[p]!.url) });
}

test('every paged page has a file of its own', () => {
  const { model } = fingerprints(archive());
  const pages = pagedPages(model, () => '');
  assert.equal(new Set(pages.map((p) => p.file)).size, pages.length);
  assert.ok(pages.some((p) => p.file === 'articles/generated-0/index.html'));
  assert.equal(fileOf('/topics/x/feed.xml'), 'topics/x/feed.xml');
});

test('a new article changes the pages that show it, though it moves every article to a new position', () => {
  const articles = archive();
  const before = fingerprints(articles);
  const newest = makeArticle({
    slug: 'newest',
    title: 'The newest report',
    date: ['2030-01-01', 'day'],
    topics: [articles[0]!.topics[0]!],
    paragraphs: ['A new story.'],
    related: ['generated-5'],
  });
  const after = fingerprints([...articles, { ...newest, related: [articles[5]!.id] }]);
  // Positions in the model all shift by one: the new article is the newest.
  assert.equal(after.model.articles[0]!.slug, 'newest');

  const changedPages = new Set(changed(before.pages, after.pages));
  for (const article of before.model.articles) {
    const file = fileOf(article.url);
    const shows = links(before.model, article.url) !== links(after.model, article.url);
    assert.equal(changedPages.has(file), shows, `${file}: changed iff its links changed`);
  }
  for (const page of [...before.model.topicPages, ...before.model.archivePages]) {
    const file = fileOf(page.url);
    const shows = listing(before.model, page.url) !== listing(after.model, page.url);
    assert.equal(changedPages.has(file), shows, `${file}: changed iff its listing changed`);
  }
  assert.ok(changedPages.has('articles/newest/index.html'));
  // Of the article pages, only the new one changes what Pagefind reads: the others changed in
  // their asides (links to older, newer and related articles), which it does not read.
  assert.deepEqual(articlePages(changed(before.search, after.search)), [
    'articles/newest/index.html',
  ]);
  // Most of the archive is untouched.
  assert.ok(
    changedPages.size < after.pages.size / 4,
    `${changedPages.size} of ${after.pages.size}`,
  );
});

test('a change to one article body changes its page only', () => {
  const articles = archive();
  const before = fingerprints(articles);
  const edited = articles.map((a, i) =>
    i === 7 ? { ...a, bodyHtml: a.bodyHtml.replace('ledger', 'ledgers') } : a,
  );
  const after = fingerprints(edited);
  assert.deepEqual(changed(before.pages, after.pages), [fileOf(articles[7]!.url)]);
  assert.deepEqual(changed(before.search, after.search), [fileOf(articles[7]!.url)]);
});

test('a new title changes every page that shows the article, and no other', () => {
  const articles = archive();
  const before = fingerprints(articles);
  const target = articles[12]!;
  const after = fingerprints(
    articles.map((a) => (a === target ? { ...a, title: 'A corrected headline' } : a)),
  );
  const { model } = after;
  const position = model.articles.findIndex((a) => a.slug === target.slug);
  const expected = [
    fileOf(target.url),
    ...model.articles
      .filter((a) => a.older === position || a.newer === position || a.related.includes(position))
      .map((a) => fileOf(a.url)),
    ...[...model.topicPages, ...model.archivePages, ...model.sourcePages]
      .filter((page) => page.articles.includes(position))
      .map((page) => fileOf(page.url)),
    ...model.topicFeeds
      .map((p) => model.topicPages[p]!)
      .filter((page) => page.articles.includes(position))
      .map((page) => fileOf(page.feedUrl!)),
  ];
  assert.deepEqual(changed(before.pages, after.pages).sort(), [...new Set(expected)].sort());
  // Search reads the headline on the article's own page only.
  assert.deepEqual(articlePages(changed(before.search, after.search)), [fileOf(target.url)]);
});

test("a topic's second article re-renders the first one's page, which now links the topic page, not its search part", () => {
  const articles = archive();
  const lone = { name: 'Lone Topic', slug: 'lone-topic', kind: 'subject' as const };
  const first = articles.map((a, i) => (i === 3 ? { ...a, topics: [...a.topics, lone] } : a));
  const before = fingerprints(first);
  const linkOf = (model: SiteModel) =>
    model.articles
      .find((a) => a.slug === articles[3]!.slug)!
      .topics.find((t) => t.slug === lone.slug)!;
  assert.deepEqual(
    [linkOf(before.model).url, linkOf(before.model).hasPage],
    ['/search/?q=Lone%20Topic', false],
  );
  const second = makeArticle({
    slug: 'second',
    title: 'A second story on it',
    date: ['2030-01-01', 'day'],
    topics: [lone],
    paragraphs: ['Another story.'],
  });
  const after = fingerprints([...first, second]);
  assert.deepEqual(
    [linkOf(after.model).url, linkOf(after.model).hasPage],
    ['/topics/lone-topic/', true],
  );
  const file = fileOf(articles[3]!.url);
  assert.ok(changed(before.pages, after.pages).includes(file), `${file} is rendered again`);
  assert.ok(changed(before.pages, after.pages).includes('topics/lone-topic/index.html'));
  assert.ok(!changed(before.search, after.search).includes(file), `${file} is indexed again`);
});
