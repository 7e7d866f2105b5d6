// An archive whose articles have no dates (issue 24), on real BBC News stories, which carry none:
// listings go by title with an A–Z index, the home page leads with topics, no empty feed is
// offered, and list items show a one-sentence summary, never a fragment.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { defaultOptions } from '../../src/options.ts';
import { buildSiteModel, FEED_SIZE, PAGE_SIZE } from '../../src/site/model.ts';
import {
  compareByTitle,
  isSentence,
  letterIndex,
  letterOf,
  summarySentence,
} from '../../src/site/undated.ts';
import { makeArticle, syntheticArticles, type SyntheticArticle } from '../helpers/articles.ts';
import { bbcFile, bbcStories } from '../helpers/corpora.ts';

/** A BBC file as the build reads it: the first line is the title, then paragraphs. */
function bbcText(file: string): { title: string; paragraphs: string[] } {
  const [title = '', ...rest] = readFileSync(file, 'latin1')
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return { title, paragraphs: rest };
}

/** The first `perDesk` stories of each BBC desk as undated articles, on the topic of their desk. */
function bbcArticles(perDesk: number): SyntheticArticle[] {
  return bbcStories(perDesk).map(({ rel, file }) => {
    const { title, paragraphs } = bbcText(file);
    const desk = rel.split('/')[1] ?? '';
    return makeArticle({
      slug: rel.replace(/[^a-z0-9]+/g, '-'),
      title,
      paragraphs,
      topics: [{ name: desk, slug: desk, kind: 'subject' }],
    });
  });
}

test('a fragment in place of a standfirst gives way to the first sentence of the text', () => {
  // sport/104: "(after extra-time - score at 90 mins 1-1)" stands where a standfirst would.
  const { paragraphs } = bbcText(bbcFile('sport', 104));
  const [fragment = '', ...body] = paragraphs;
  assert.equal(fragment, '(after extra-time - score at 90 mins 1-1)');
  assert.equal(isSentence(fragment), false);
  const blocks = body.map((text) => ({ kind: 'paragraph' as const, text }));
  assert.equal(
    summarySentence(fragment, blocks),
    'John Arne Riise volleyed Liverpool ahead after 45 seconds but Steven Gerrard scored a ' +
      '79th-minute own goal.',
  );
  assert.equal(
    summarySentence('Ferries run again from Monday. Repairs took three weeks.', blocks),
    'Ferries run again from Monday.',
  );
  assert.equal(summarySentence(null, [{ kind: 'paragraph', text: 'Pictures: the flood' }]), null);
});

test('titles are filed A to Z as a reader looks them up, symbols and quotes aside', () => {
  const titles = [
    "'Blog' picked as word of the year",
    '$1m payoff for former Shell boss',
    'Ask Jeeves tips online ad revival',
    '&#163;1.8m indecency fine for Viacom',
    'blair rejects Iraq advice calls',
    'Élan returns',
  ];
  const sorted = titles
    .map((title, i) => ({ title, id: String(i) }))
    .sort(compareByTitle)
    .map((a) => a.title);
  assert.deepEqual(sorted, [
    '&#163;1.8m indecency fine for Viacom',
    '$1m payoff for former Shell boss',
    'Ask Jeeves tips online ad revival',
    'blair rejects Iraq advice calls',
    "'Blog' picked as word of the year",
    'Élan returns',
  ]);
  assert.deepEqual(sorted.map(letterOf), ['#', '#', 'A', 'B', 'B', 'E']);
  const index = letterIndex(sorted, 3, (n) => (n === 1 ? '/x/' : `/x/page/${n}/`));
  assert.deepEqual(
    index.map(({ letter, count, url }) => [letter, count, url]),
    [
      ['#', 2, '/x/#letter-other'],
      ['A', 1, '/x/#letter-a'],
      ['B', 2, '/x/page/2/#letter-b'],
      ['E', 1, '/x/page/2/#letter-e'],
    ],
  );
});

test('an undated archive goes by title, leads with topics and links no empty feed', () => {
  const model = buildSiteModel(bbcArticles(12), defaultOptions);
  assert.equal(model.home.layout, 'title');
  assert.deepEqual(model.siteFeeds, [], 'no site feed');
  assert.deepEqual(model.topicFeeds, [], 'no topic feed');
  const titleOrder = (positions: number[]) =>
    positions
      .map((p) => model.articles[p]!)
      .every((a, i, all) => i === 0 || compareByTitle(all[i - 1]!, a) < 0);
  assert.ok(titleOrder(model.home.latest), 'the home page lists by title');
  const undated = model.archivePages.filter((page) => page.kind === 'undated');
  assert.equal(undated.length, Math.ceil(60 / PAGE_SIZE));
  assert.ok(titleOrder(undated.flatMap((page) => page.articles)), 'the listing goes by title');
  assert.deepEqual(model.home.letters, undated[0]!.letters);
  // Each letter's link finds its first article's row on the page it names.
  for (const letter of undated[0]!.letters) {
    const page = undated.find((p) => letter.url === `${p.url}#${letter.anchor}`);
    assert.ok(page, letter.url);
    const row = Object.entries(page.anchors).find(([, anchor]) => anchor === letter.anchor);
    assert.equal(letterOf(model.articles[Number(row?.[0])]!.title), letter.letter);
  }
  for (const page of model.topicPages) {
    assert.equal(page.order, 'title');
    assert.equal(page.feedUrl, null);
  }
  // With the lock's record of when each article came, the feeds list the last to come first.
  const articles = bbcArticles(12).map((a, i) => ({
    ...a,
    added: { on: '2026-03-02', order: i + 1 },
  }));
  const recorded = buildSiteModel(articles, defaultOptions);
  assert.deepEqual(recorded.siteFeeds, ['/feed.xml']);
  assert.deepEqual(
    recorded.feed.map((p) => recorded.articles[p]!.id),
    articles
      .map((a) => a.id)
      .reverse()
      .slice(0, FEED_SIZE),
  );
  assert.equal(recorded.topicFeeds.length, 5, 'a feed for each desk');
  const summaries = model.articles.filter((a) => a.summary && isSentence(a.summary)).length;
  assert.ok(summaries / model.articles.length >= 0.95, `${summaries} of ${model.articles.length}`);
});

test('a dated archive keeps its date layout, and a mostly dated topic its newest-first order', () => {
  const articles = syntheticArticles();
  const model = buildSiteModel(articles, defaultOptions);
  assert.equal(model.home.layout, 'newest');
  assert.deepEqual(model.home.letters, []);
  assert.deepEqual(model.siteFeeds, ['/feed.xml']);
  assert.ok(model.topicFeeds.length > 0);
  for (const index of model.topicFeeds) {
    const page = model.topicPages[index]!;
    assert.equal(page.order, 'newest');
    assert.ok(
      page.feedArticles!.every((p) => model.articles[p]!.date),
      page.heading,
    );
  }
  // Nine in ten undated keeps the date layout (the seeds have seven of eight); more turns it.
  const [dated] = articles.filter((a) => a.date);
  const undated = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...articles.find((a) => !a.date)!,
      id: `u${i}`,
      slug: `undated-${i}`,
      url: `/articles/undated-${i}/`,
      title: `Undated story ${i}`,
    }));
  assert.equal(buildSiteModel([dated!, ...undated(9)], defaultOptions).home.layout, 'newest');
  assert.equal(buildSiteModel([dated!, ...undated(10)], defaultOptions).home.layout, 'title');
});
