// The site model: ordering, grouping, pagination and counts, on realistic article records.

import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { defaultOptions } from '../../src/options.ts';
import { buildSiteModel, displayDate, PAGE_SIZE, type SiteModel } from '../../src/site/model.ts';
import { writeJsonInPieces } from '../../src/site/json-pieces.ts';
import {
  makeArticle,
  syntheticArticles,
  topics,
  type SyntheticArticle,
} from '../helpers/articles.ts';
import { generatedArticles } from '../helpers/synthetic-site.ts';

const settings = { ...defaultOptions, basePath: '/news/' };

function model(articles: SyntheticArticle[] = syntheticArticles()): SiteModel {
  return buildSiteModel(articles, settings);
}

function titles(items: { title: string }[]): string[] {
  return items.map((item) => item.title);
}

/** The articles at the given positions in the model's article list. */
function at(siteModel: SiteModel, positions: number[] = []) {
  return positions.map((position) => siteModel.articles[position]!);
}

test('dates read as a person would write them, at their precision', () => {
  assert.equal(displayDate('2004-12-10', 'day').text, '10 December 2004');
  assert.equal(displayDate('2004-12', 'month').text, 'December 2004');
  assert.equal(displayDate('2004', 'year').text, '2004');
  assert.throws(() => displayDate('2004-02-30', 'day'), /Invalid day/);
  assert.throws(() => displayDate('2004-13', 'month'), /Invalid month/);
  assert.throws(() => displayDate('2004-12', 'day'), /does not match/);
});

test('articles are newest first, a vaguer date after the exact ones of its period, undated last', () => {
  const { articles } = model();
  assert.deepEqual(
    articles.map((article) => article.date?.iso ?? null),
    ['2021-08', '2020', '2019-03-02', '2018-05-20', '2016-04-12', '2004-12-10', null],
  );
  const sameDay = model([
    makeArticle({ slug: 'b', title: 'Beta', date: ['2004-12-10', 'day'], paragraphs: ['x'] }),
    makeArticle({ slug: 'a', title: 'Alpha', date: ['2004-12-10', 'day'], paragraphs: ['x'] }),
    makeArticle({ slug: 'y', title: 'Year only', date: ['2004', 'year'], paragraphs: ['x'] }),
    makeArticle({ slug: 'm', title: 'Month only', date: ['2004-12', 'month'], paragraphs: ['x'] }),
  ]);
  assert.deepEqual(titles(sameDay.articles), ['Alpha', 'Beta', 'Month only', 'Year only']);
});

test('the order does not depend on the order the articles come in', () => {
  const articles = [...syntheticArticles(), ...generatedArticles(50)];
  assert.deepEqual(model(articles), model(articles.toReversed()));
});

test('an article page carries what its template shows', () => {
  const elite = model().articles.find(
    (article) => article.slug === 'n-korean-elite-trying-to-flee-country',
  );
  assert.ok(elite);
  assert.equal(elite.date?.text, '10 December 2004');
  assert.deepEqual(elite.archive, { label: 'More from December 2004', url: '/archive/2004/12/' });
  assert.deepEqual(elite.topics[0], {
    ...topics.northKorea,
    url: '/topics/north-korea/',
    hasPage: true,
  });
  assert.deepEqual(
    elite.sources.map((source) => [source.role, source.coverage]),
    [
      ['canonical', '100% of the text'],
      ['duplicate', '92% of the text'],
    ],
  );
  const hostile = model().articles.find((article) => article.slug === 'hostile-markup');
  assert.equal(hostile?.sources[0]?.rawUrl, '/raw/odd%20names/a%20file%20%231%3F.txt');
});

test('coverage never rounds to all or nothing when it is neither', () => {
  const coverage = (covered: number) =>
    model([
      makeArticle({
        slug: 'x',
        title: 'X',
        paragraphs: ['x'],
        sources: [{ path: 'x.txt', role: 'merged', covered }],
      }),
    ]).articles[0]?.sources[0]?.coverage;
  assert.equal(coverage(0.001), 'under 1% of the text');
  assert.equal(coverage(0.999), '99% of the text');
  assert.equal(coverage(0), '0% of the text');
});

test('language and direction come from the article, and the site takes the most common one', () => {
  const { site, articles } = model();
  assert.equal(site.lang, 'en');
  const arabic = articles.find((article) => article.slug === 'arabic-article');
  assert.deepEqual([arabic?.lang, arabic?.dir], ['ar', 'rtl']);
  const odd = model([
    makeArticle({ slug: 'x', title: 'X', lang: 'en" onload="x', paragraphs: ['x'] }),
    makeArticle({ slug: 'y', title: 'Y', lang: 'fa-IR', paragraphs: ['x'] }),
  ]);
  assert.deepEqual(
    odd.articles.map((article) => [article.lang, article.dir]),
    [
      ['en', 'ltr'],
      ['fa-IR', 'rtl'],
    ],
  );
});

test('topics are counted, grouped by kind, and ordered by count then name', () => {
  const { topicGroups, home } = model();
  const places = topicGroups.find((group) => group.kind === 'place');
  assert.deepEqual(
    places?.topics.map((topic) => [topic.name, topic.count]),
    [
      ['North Korea', 6],
      ['China', 3],
      ['South Korea', 1],
    ],
  );
  assert.deepEqual(
    topicGroups.map((group) => group.label),
    ['Subjects', 'Places', 'People', 'Organizations'],
  );
  assert.deepEqual(
    home.topTopics.slice(0, 3).map((topic) => topic.slug),
    ['north-korea', 'china', 'defection'],
  );
});

test('the topics index lists topics of two or more articles, A-Z under their initial', () => {
  const { topicIndex, topicGroups } = model();
  const listed = topicIndex.flatMap((letter) => letter.topics);
  const all = topicGroups.flatMap((group) => group.topics);
  // Every topic of two or more articles, once; none of one article ("South Korea").
  assert.deepEqual(
    listed.map((topic) => topic.slug).sort(),
    all
      .filter((topic) => topic.count >= 2)
      .map((topic) => topic.slug)
      .sort(),
  );
  assert.ok(!listed.some((topic) => topic.name === 'South Korea'));
  assert.ok(listed.some((topic) => topic.name === 'North Korea'));
  // Letters in order, each holding the names that start with it, in order.
  const letters = topicIndex.map((letter) => letter.letter);
  assert.deepEqual(letters, [...letters].sort());
  for (const { letter, topics: list } of topicIndex) {
    for (const topic of list) assert.equal(topic.name[0]?.toUpperCase(), letter);
    const names = list.map((topic) => topic.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en')),
    );
  }
});

test('a topic of one article has no page, feed or sitemap entry; its article links a search', () => {
  const siteModel = model();
  const { topicGroups, topicPages, topicFeeds, sitemaps, articles, home } = siteModel;
  const all = topicGroups.flatMap((group) => group.topics);
  const single = all.filter((topic) => topic.count === 1);
  assert.ok(
    single.some((topic) => topic.name === 'South Korea'),
    'no topic of one article',
  );
  const paged = new Set(topicPages.map((page) => page.topic?.slug));
  // Every topic of two or more articles keeps its page; none of one article has one.
  assert.deepEqual(
    [...paged].sort(),
    all
      .filter((topic) => topic.count >= 2)
      .map((topic) => topic.slug)
      .sort(),
  );
  const urls = new Set(sitemaps.flat().map((entry) => entry.url));
  for (const topic of single) {
    assert.ok(!urls.has(`/topics/${topic.slug}/`), `${topic.name} is in the sitemap`);
    assert.ok(!home.topTopics.some((t) => t.slug === topic.slug), `${topic.name} on the home page`);
  }
  assert.equal(topicFeeds.length, paged.size);
  const southKorea = articles
    .flatMap((article) => article.topics)
    .find((topic) => topic.name === 'South Korea');
  assert.deepEqual([southKorea?.url, southKorea?.hasPage], ['/search/?q=South%20Korea', false]);
  const northKorea = articles
    .flatMap((article) => article.topics)
    .find((topic) => topic.name === 'North Korea');
  assert.equal(northKorea?.url, '/topics/north-korea/');
});

test('topic pages hold PAGE_SIZE articles each, newest first, linked in sequence', () => {
  const articles = generatedArticles(3 * PAGE_SIZE + 5);
  const siteModel = model(articles);
  const pages = siteModel.topicPages.filter((page) => page.topic?.slug === 'north-korea');
  const expected = articles.filter((article) =>
    article.topics.some((t) => t.slug === 'north-korea'),
  );
  assert.equal(pages.length, Math.ceil(expected.length / PAGE_SIZE));
  assert.deepEqual(
    pages.map((page) => page.url),
    pages.map((_, i) => (i === 0 ? '/topics/north-korea/' : `/topics/north-korea/page/${i + 1}/`)),
  );
  const [first, second] = pages;
  assert.ok(first && second);
  assert.equal(first.articles.length, PAGE_SIZE);
  assert.equal(first.total, expected.length);
  assert.equal(first.previousUrl, null);
  assert.equal(first.nextUrl, second.url);
  assert.equal(second.previousUrl, first.url);
  assert.equal(pages.at(-1)?.nextUrl, null);
  assert.equal(first.lastUrl, pages.at(-1)?.url);

  const listed = at(
    siteModel,
    pages.flatMap((page) => page.articles),
  );
  assert.equal(listed.length, expected.length);
  const dated = listed.filter((article) => article.date).map((article) => article.date!.iso);
  assert.deepEqual(dated, dated.toSorted().reverse());
  const firstUndated = listed.findIndex((article) => !article.date);
  assert.ok(
    listed.slice(firstUndated).every((article) => !article.date),
    'undated last',
  );
});

test('the date archive counts years and months; a vaguer date stays out of the months', () => {
  const articles = [
    ...syntheticArticles(),
    makeArticle({ slug: 'y', title: 'Year only', date: ['2004', 'year'], paragraphs: ['x'] }),
    makeArticle({ slug: 'm', title: 'Month only', date: ['2004-12', 'month'], paragraphs: ['x'] }),
  ];
  const siteModel = model(articles);
  const { archive, archivePages, home } = siteModel;
  assert.deepEqual(home.years, archive.years);
  const year2004 = archive.years.find((year) => year.year === '2004');
  assert.deepEqual(
    [year2004?.count, year2004?.months.map((month) => [month.label, month.count])],
    [3, [['December 2004', 2]]],
  );
  assert.deepEqual(
    archive.years.map((year) => year.year),
    ['2021', '2020', '2019', '2018', '2016', '2004'],
  );
  assert.equal(archive.undated, 1);

  const listed = (url: string) =>
    titles(at(siteModel, archivePages.find((page) => page.url === url)?.articles));
  assert.deepEqual(listed('/archive/2004/'), [
    'N Korean elite trying to flee country',
    'Month only',
    'Year only',
  ]);
  assert.deepEqual(listed('/archive/2004/12/'), [
    'N Korean elite trying to flee country',
    'Month only',
  ]);
  assert.equal(archivePages.find((page) => page.url === '/archive/2020/')?.months.length, 0);
  assert.deepEqual(listed('/archive/undated/'), ['Border guards reinforced along the Tumen river']);
});

test('the home page shows the newest articles; the feed only dated ones', () => {
  const siteModel = model(generatedArticles(80));
  const { home, feed } = siteModel;
  assert.deepEqual(home.latest, [...Array(20).keys()]);
  assert.equal(feed.length, 50);
  for (const position of feed) assert.ok(siteModel.articles[position]?.date);
});

test('every page is in the sitemap exactly once', () => {
  const { sitemaps, articles, topicPages, sourcePages, archivePages } = model();
  const urls = sitemaps.flat().map((entry) => entry.url);
  assert.equal(new Set(urls).size, urls.length);
  assert.equal(
    urls.length,
    5 + topicPages.length + sourcePages.length + archivePages.length + articles.length,
  );
});

test('unsafe or clashing addresses fail the build', () => {
  const article = (slug: string, url = `/articles/${slug}/`) => ({
    ...makeArticle({ slug: 'ok', title: 'T', paragraphs: ['x'] }),
    slug,
    url,
  });
  assert.throws(() => model([article('../escape')]), /Unsafe article slug/);
  assert.throws(() => model([article('..')]), /Unsafe article slug/);
  assert.throws(() => model([article('a\\b')]), /Unsafe article slug/);
  // Headlines in other scripts keep their letters (slugify), and such slugs are safe.
  assert.doesNotThrow(() => model([article('북한-탈북자-소식'), article('новости-москвы')]));
  assert.throws(() => model([article('ok', '/elsewhere/')]), /does not match its slug/);
  assert.throws(() => model([article('same'), article('same')]), /share the slug/);
  const badTopic = makeArticle({
    slug: 'x',
    title: 'X',
    paragraphs: ['x'],
    topics: [{ name: 'Bad', slug: 'a/b', kind: 'subject' }],
  });
  assert.throws(() => model([badTopic]), /Unsafe topic slug/);
});

test('old addresses become redirect pages to their article, kept out of the sitemap', () => {
  const articles = syntheticArticles();
  const moved = { ...articles[1]!, aliases: ['old-headline', 'older-headline'] };
  const siteModel = model([moved, ...articles.slice(2)]);
  assert.deepEqual(
    siteModel.redirects.map((r) => [r.url, siteModel.articles[r.article]?.url]),
    [
      ['/articles/old-headline/', moved.url],
      ['/articles/older-headline/', moved.url],
    ],
  );
  const urls = siteModel.sitemaps.flat().map((entry) => entry.url);
  assert.ok(!urls.some((url) => url.includes('/old')), 'a redirect is in the sitemap');
  assert.deepEqual(model().redirects, []);
});

test('an old address that is unsafe or taken by another article fails the build', () => {
  const [first, second] = syntheticArticles();
  assert.throws(
    () => model([{ ...first!, aliases: ['../escape'] }, second!]),
    /Unsafe redirect slug/,
  );
  assert.throws(() => model([{ ...first!, aliases: [second!.slug] }, second!]), /taken twice/);
  assert.throws(
    () =>
      model([
        { ...first!, aliases: ['x'] },
        { ...second!, aliases: ['x'] },
      ]),
    /taken twice/,
  );
});

test('each dated article links to the next older and newer one; undated ones to none', () => {
  const { articles } = model();
  const dated = articles.filter((article) => article.date);
  dated.forEach((article, i) => {
    assert.equal(
      article.newer === null ? null : articles[article.newer]?.title,
      dated[i - 1]?.title ?? null,
    );
    assert.equal(
      article.older === null ? null : articles[article.older]?.title,
      dated[i + 1]?.title ?? null,
    );
  });
  for (const article of articles.filter((a) => !a.date)) {
    assert.equal(article.older, null);
    assert.equal(article.newer, null);
  }
});

test('related articles are listed by position, in the related stage order, never the article itself', () => {
  const [first, second, third, ...rest] = syntheticArticles();
  const withRelated = {
    ...first!,
    related: [third!.id, 'no-such-article', first!.id, second!.id],
  };
  const siteModel = model([withRelated, second!, third!, ...rest]);
  const page = siteModel.articles.find((a) => a.id === first!.id)!;
  assert.deepEqual(titles(at(siteModel, page.related)), [third!.title, second!.title]);
});

test('sources list each publication with its count and dates, and page its articles', () => {
  const articles = [
    ...syntheticArticles(),
    makeArticle({
      slug: 'another-taipei-times-story',
      title: 'Another Taipei Times story',
      date: ['2005-01-03', 'day'],
      source: 'Taipei Times',
      paragraphs: ['Text.'],
    }),
  ];
  const siteModel = model(articles);
  const taipei = siteModel.sources.list.find((s) => s.name === 'Taipei Times')!;
  assert.equal(taipei.url, '/sources/taipei-times/');
  assert.equal(taipei.count, 2);
  assert.equal(siteModel.sources.list[0], taipei, 'the biggest source comes first');
  assert.equal(taipei.first?.iso, '2004-12-10');
  assert.equal(taipei.last?.iso, '2005-01-03');
  assert.equal(
    siteModel.sources.unnamed,
    articles.filter((a) => !a.source).length,
    'articles naming no source are counted',
  );
  const listing = siteModel.sourcePages.find((p) => p.url === taipei.url)!;
  assert.deepEqual(titles(at(siteModel, listing.articles)), [
    'Another Taipei Times story',
    'N Korean elite trying to flee country',
  ]);
  const article = siteModel.articles.find((a) => a.source === 'Taipei Times')!;
  assert.equal(article.sourceUrl, taipei.url);
  // Each copy in the Sources section links the publication it names.
  assert.deepEqual(article.sources[0]?.site, { label: 'Taipei Times', url: taipei.url });
});

test('topic pages list the topics that go with them, and every topic has a feed', () => {
  const siteModel = model();
  const defection = siteModel.topicPages.find((p) => p.topic?.slug === 'defection')!;
  // Defection goes with North Korea in 3 articles and with China in 2; South Korea once (chance).
  assert.deepEqual(
    defection.relatedTopics.map((t) => t.name),
    ['China', 'North Korea'],
  );
  assert.equal(defection.feedUrl, '/topics/defection/feed.xml');
  assert.equal(
    siteModel.topicFeeds.length,
    new Set(siteModel.topicPages.map((p) => p.topic?.slug)).size,
  );
  for (const index of siteModel.topicFeeds)
    assert.equal(siteModel.topicPages[index]?.pageNumber, 1);
});

test('the timeline shows every month of each year, with bars relative to the busiest month', () => {
  const articles = generatedArticles(240);
  const siteModel = model(articles);
  const { timeline } = siteModel.archive;
  for (const year of timeline) {
    assert.equal(year.months.length, 12);
    const total = year.months.reduce((n, m) => n + m.count, 0);
    assert.equal(total, year.count, `${year.year}: months add up to the year`);
    for (const month of year.months) {
      assert.equal(month.url === null, month.count === 0);
      assert.equal(month.percent % 5, 0);
      assert.ok(month.count === 0 ? month.percent === 0 : month.percent >= 5);
    }
  }
  const all = timeline.flatMap((y) => y.months);
  const busiest = Math.max(...all.map((m) => m.count));
  assert.ok(all.filter((m) => m.count === busiest).every((m) => m.percent === 100));
});

test('the search index is split into parts of whole years, newest first, each within the limit', () => {
  const articles = [...syntheticArticles(), ...generatedArticles(300)];
  const whole = buildSiteModel(articles, { ...settings, articlesPerSearchIndex: 100_000 });
  assert.deepEqual(
    whole.searchIndexes.map((p) => p.path),
    ['pagefind/'],
    'an archive that fits has one index, at pagefind/',
  );

  const limit = 60;
  const split = buildSiteModel(articles, { ...settings, articlesPerSearchIndex: limit });
  const parts = split.searchIndexes;
  assert.equal(parts[0]?.path, 'pagefind/');
  assert.deepEqual(
    parts.slice(1).map((p) => p.path),
    parts.slice(1).map((_, i) => `pagefind/part-${i + 2}/`),
  );
  // Every article in exactly one part, in the model's order (newest first).
  assert.deepEqual(
    parts.flatMap((p) => p.articles),
    split.articles.map((_, i) => i),
  );
  const yearOf = (position: number) => split.articles[position]?.date?.year ?? 'undated';
  for (const [i, part] of parts.entries()) {
    assert.ok(part.articles.length <= limit, `part ${i + 1} holds ${part.articles.length}`);
    // A year is cut only where it alone is larger than a part.
    const next = parts[i + 1];
    const last = part.articles.at(-1);
    const first = next?.articles[0];
    if (next && last !== undefined && first !== undefined && yearOf(last) === yearOf(first)) {
      const yearSize = split.articles.filter((_, p) => yearOf(p) === yearOf(last)).length;
      assert.ok(yearSize > limit, `year ${yearOf(last)} (${yearSize}) cut between parts`);
    }
  }
  assert.ok(parts.length > 5, `${parts.length} parts for ${articles.length} articles`);

  // The search page names each part by its years, and the address by a key of its own.
  assert.equal(new Set(parts.map((p) => p.key)).size, parts.length, 'keys are unique');
  for (const part of parts) {
    const years = [...new Set(part.articles.map(yearOf))];
    assert.deepEqual(part.years, years);
    assert.ok(part.key.startsWith(years[0] ?? ''), `${part.key} for ${years.join(', ')}`);
    const dated = years.filter((y) => y !== 'undated');
    assert.ok(part.label.includes(dated.at(-1) ?? 'Undated'), `${part.label}: oldest year`);
    assert.ok(part.label.includes(dated[0] ?? 'Undated'), `${part.label}: newest year`);
  }
  // A year larger than a part is cut into parts named "2004 (1 of 3)"... and keyed 2004, 2004-2...
  const yearSizes = new Map<string, number>();
  for (const [p] of split.articles.entries())
    yearSizes.set(yearOf(p), (yearSizes.get(yearOf(p)) ?? 0) + 1);
  const [bigYear, bigSize] = [...yearSizes]
    .filter(([year]) => year !== 'undated')
    .sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  const cut = buildSiteModel(articles, {
    ...settings,
    articlesPerSearchIndex: Math.ceil(bigSize / 3),
  }).searchIndexes.filter((p) => p.years[0] === bigYear);
  assert.deepEqual(
    cut.map((p) => [p.key, p.label.replace(/ and .*/, '')]),
    [1, 2, 3].map((n) => [n === 1 ? bigYear : `${bigYear}-${n}`, `${bigYear} (${n} of 3)`]),
  );
});

test('the model file written in pieces is JSON.stringify of the model, byte for byte', async () => {
  // 2,500 articles: the article list and the sitemaps' entries span several pieces of 1,000; the
  // real articles bring non-ASCII text, and the empty lists come out as "[]".
  const siteModel = model([...syntheticArticles(), ...generatedArticles(2500)]);
  assert.ok(siteModel.articles.length > 2000 && siteModel.redirects.length === 0);
  const folder = await mkdtemp(path.join(tmpdir(), 'site-json-'));
  try {
    const file = path.join(folder, 'site.json');
    await writeJsonInPieces(file, siteModel);
    assert.equal(await readFile(file, 'utf8'), JSON.stringify(siteModel));
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
