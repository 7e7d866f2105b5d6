import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { sameByline, sameHeadline } from '../../bench/extract/measure.ts';
import { decodeHtml } from '../../src/html/charset.ts';
import { pageMetadata, parseHtml, siteNameCut } from '../../src/html/metadata.ts';

// Real pages from Readability's test set (test/fixtures/html/README.md), each with Readability's
// own reading of it, compared by the rules of the extraction bench.
const dir = path.join(import.meta.dirname, '../fixtures/html');
/** Cases the saved-page sample holds too: read from there, their one copy. */
const IN_SAMPLE = new Set(['gitlab-blog', 'medium-2', 'tumblr', 'videos-2']);
const sample = path.join(import.meta.dirname, '../web-pages/html/readability');
const CASES = ['gitlab-blog', 'medium-2', 'tumblr', 'videos-2', 'wikipedia-3'];

function read(name: string) {
  const from = IN_SAMPLE.has(name) ? sample : dir;
  const bytes = readFileSync(path.join(from, name, 'source.html'));
  const expected = JSON.parse(
    readFileSync(path.join(from, name, 'expected-metadata.json'), 'utf8'),
  ) as { title: string | null; byline: string | null; publishedTime: string | null };
  return { meta: pageMetadata(parseHtml(decodeHtml(bytes).text)), expected };
}

const metaOf = (html: string, base: string | null = null) => pageMetadata(parseHtml(html), base);

for (const name of CASES) {
  test(`${name}: headline, byline and date are the ones the page declares`, () => {
    const { meta, expected } = read(name);
    assert.ok(
      expected.title && sameHeadline(expected.title, meta.headline?.value ?? null),
      `headline ${meta.headline?.value}`,
    );
    if (expected.byline)
      assert.ok(sameByline(expected.byline, meta.byline), `byline ${meta.byline}`);
    const day = expected.publishedTime?.slice(0, 10) ?? null;
    assert.equal(meta.date?.value ?? null, day);
    assert.deepEqual(meta.warnings, []);
  });
}

test('dateModified is kept apart and never taken for the date (wikipedia-3, Libération)', () => {
  const wiki = read('wikipedia-3').meta;
  assert.equal(wiki.date?.from, 'json-ld datePublished');
  assert.ok(wiki.modified && !wiki.modified.startsWith(wiki.date?.value ?? '-'));
  // Only a dateModified declared: no date at all.
  const onlyModified = metaOf(
    `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council votes on the budget","dateModified":"2021-03-04T10:00:00Z"}</script>
     <meta property="article:modified_time" content="2021-03-04T10:00:00Z">`,
  );
  assert.equal(onlyModified.date, null);
  assert.equal(onlyModified.modified, '2021-03-04T10:00:00Z');
});

test("Wikipedia's JSON-LD headline is a description: its name, the page's title, is the headline", () => {
  const { meta } = read('wikipedia-3');
  assert.equal(meta.headline?.value, 'Hermitian matrix');
  assert.equal(meta.headline?.from, 'json-ld name');
});

test('several JSON-LD authors make one byline; the publisher names the site', () => {
  const { meta } = read('videos-2');
  assert.deepEqual(meta.authors?.value, ['Alexandre Hervaud', 'Jérémy Piette']);
  assert.equal(meta.publisher, 'Libération');
  assert.equal(meta.language, 'fr');
  assert.match(meta.canonicalUrl ?? '', /^https:\/\/next\.liberation\.fr\/culture\//);
});

test('a Yoast-style @graph: the article found inside it, its author resolved through @id', () => {
  const meta = metaOf(
    `<html lang="en-GB"><head>
    <title>Floods close the coast road | The Gazette</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","@id":"https://gazette.example/#website","name":"The Gazette"},
      {"@type":["Article","NewsArticle"],"@id":"https://gazette.example/floods/#article",
       "headline":"Floods close the coast road","datePublished":"2023-11-02T07:15:00+00:00",
       "dateModified":"2023-11-03T09:00:00+00:00","articleSection":["Local"],
       "author":{"@id":"https://gazette.example/#/schema/person/ab12"},
       "publisher":{"@id":"https://gazette.example/#organization"}},
      {"@type":"Organization","@id":"https://gazette.example/#organization","name":"Gazette Media"},
      {"@type":"Person","@id":"https://gazette.example/#/schema/person/ab12","name":"Ruth Okafor"}]}
    </script><link rel="canonical" href="/floods/"></head><body></body></html>`,
    'https://gazette.example/floods/?utm_source=x',
  );
  assert.equal(meta.headline?.value, 'Floods close the coast road');
  assert.deepEqual(meta.authors, { value: ['Ruth Okafor'], from: 'json-ld author' });
  assert.equal(meta.date?.value, '2023-11-02');
  assert.equal(meta.publisher, 'Gazette Media');
  assert.equal(meta.section, 'Local');
  assert.equal(meta.language, 'en-GB');
  assert.equal(meta.canonicalUrl, 'https://gazette.example/floods/');
});

test('a site name is cut from a declared title, before or after it, and kept in a real title', () => {
  assert.equal(
    siteNameCut('Floods close the coast road | The Gazette', 'The Gazette'),
    'Floods close the coast road',
  );
  assert.equal(
    siteNameCut('The Gazette - Floods close the coast road', 'The Gazette'),
    'Floods close the coast road',
  );
  // Without a known site, the text path's rule: a short last part is the site.
  assert.equal(siteNameCut('How to Build a Terrarium | eHow', null), 'How to Build a Terrarium');
  // tumblr's "Minecraft 1.8 - The Bountiful Update" is a whole title (its site is another name).
  assert.equal(read('tumblr').meta.headline?.value, 'Minecraft 1.8 - The Bountiful Update');
  const og = metaOf(`<meta property="og:site_name" content="Ars Technica">
    <meta property="og:title" content="Apple's new chip, tested – Ars Technica">`);
  assert.equal(og.headline?.value, "Apple's new chip, tested");
});

test('OpenGraph, article:* and meta author without JSON-LD (medium-2)', () => {
  const { meta } = read('medium-2');
  assert.equal(meta.headline?.from, 'og:title');
  assert.equal(meta.date?.from, 'article:published_time');
  assert.equal(meta.siteName?.value, 'Medium');
  assert.deepEqual(meta.authors?.value, ['Courtney Kirchoff']);
});

test('<time>: pubdate and the article header count, a footer or aside date does not', () => {
  const inFooter = metaOf(`<article><h1>Water rates to rise</h1><p>Text.</p>
    <footer>Updated <time datetime="2022-05-09">9 May</time></footer></article>
    <aside><header><time datetime="2022-05-01">1 May</time></header></aside>`);
  assert.equal(inFooter.date, null);
  const inHeader = metaOf(`<article><header><h1>Water rates to rise</h1>
    <time class="updated" datetime="2022-05-09">9 May</time>
    <time datetime="2022-05-02T08:00:00+02:00">2 May</time></header><p>Text.</p></article>`);
  assert.deepEqual([inHeader.date?.value, inHeader.date?.from], ['2022-05-02', '<time> in header']);
  const pubdate = metaOf('<p>Posted <time pubdate datetime="2012-04-30">April 30</time></p>');
  assert.equal(pubdate.date?.value, '2012-04-30');
});

test('Dublin Core and microdata; a non-ISO declared date goes through the text path reader', () => {
  const meta = metaOf(`<head><meta name="DC.title" content="Annual report on river quality">
    <meta name="DC.creator" content="Environment Agency"><meta name="DC.date" content="June 4, 2019">
    </head><body><div itemscope itemtype="https://schema.org/Article">
    <span itemprop="author" itemscope><span itemprop="name">Should Not Win</span></span></div></body>`);
  assert.equal(meta.headline?.value, 'Annual report on river quality');
  assert.equal(meta.byline, 'Environment Agency');
  assert.deepEqual([meta.date?.value, meta.date?.from], ['2019-06-04', 'dc.date']);
  const micro = metaOf(`<div itemscope itemtype="https://schema.org/NewsArticle">
    <h1 itemprop="headline">Port strike ends after nine days</h1>
    <span itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Lena Berg</span></span>
    <meta itemprop="datePublished" content="2020-01-17"></div>`);
  assert.equal(micro.headline?.value, 'Port strike ends after nine days');
  assert.equal(micro.byline, 'Lena Berg');
  assert.equal(micro.date?.value, '2020-01-17');
});

test('a JSON-LD block that is not JSON is reported; the other declarations still count', () => {
  const meta = metaOf(`<script type="application/ld+json">{"@type":"NewsArticle",}</script>
    <script type="application/ld+json"><!--{"@type":"NewsArticle","headline":"Bridge reopens &amp; traffic returns","datePublished":"2019-09-01"}--></script>
    <meta property="og:title" content="Bridge reopens">`);
  assert.deepEqual(meta.warnings, ['JSON-LD block 1 is not valid JSON; ignored']);
  assert.equal(meta.headline?.value, 'Bridge reopens & traffic returns');
  assert.equal(meta.date?.value, '2019-09-01');
});

test("the page's own article is taken before related stories listed deeper in the graph", () => {
  const meta =
    metaOf(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"WebPage","name":"Local news","hasPart":{"@type":"ItemList","itemListElement":[
      {"@type":"ListItem","item":{"@type":"NewsArticle","headline":"Last week: the old bridge closes","datePublished":"2023-10-25"}}]}},
    {"@type":"NewsArticle","headline":"The new bridge opens to traffic","datePublished":"2023-11-01T06:00:00Z",
     "author":[{"@type":"Person","name":"Ana Lima"},{"@type":"Person","name":"Tom Berg"}]}]}</script>`);
  assert.equal(meta.headline?.value, 'The new bridge opens to traffic');
  assert.equal(meta.date?.value, '2023-11-01');
  assert.equal(meta.byline, 'Ana Lima, Tom Berg');
});

test('the declared site name and all after it are cut, wherever the name stands in the title', () => {
  // The name in the middle, a date after it (dw.com); a name holding a separator itself.
  assert.equal(
    siteNameCut('La perte des terres fertiles en Guinée-Conakry | DW | 23.05.2011', 'DW.COM'),
    'La perte des terres fertiles en Guinée-Conakry',
  );
  assert.equal(
    siteNameCut(
      'Halloween Workouts - My Daily Magazine - Art, Design !',
      'My Daily Magazine - Art, Design !',
    ),
    'Halloween Workouts',
  );
  // "•" and a blog host's "@" separate a name too; a name with its abbreviation is the name.
  assert.equal(
    siteNameCut('Flächenverbrauch für Fleisch • CareElite', 'CareElite'),
    'Flächenverbrauch für Fleisch',
  );
  assert.equal(
    siteNameCut('美樹營地賞楓 (2) @ 史蒂文的家 :: 痞客邦 PIXNET ::', '史蒂文的家'),
    '美樹營地賞楓 (2)',
  );
  assert.equal(
    siteNameCut('Faire Lieferketten - Evangelisches Jugendwerk (ejw)', 'Evangelisches Jugendwerk'),
    'Faire Lieferketten',
  );
  // A closing "[Site]" is cut with no site declared.
  assert.equal(
    siteNameCut('LWN.net Weekly Edition for March 26, 2015 [LWN.net]', null),
    'LWN.net Weekly Edition for March 26, 2015',
  );
});

test("a declared headline keeps a subtitle its <title> does not end in; loses its author's name", () => {
  const dropbox =
    metaOf(`<title>How we designed Dropbox ATF: an async task framework - Dropbox</title>
    <meta property="og:title" content="How we designed Dropbox's ATF - an async task framework">`);
  assert.equal(dropbox.headline?.value, "How we designed Dropbox's ATF - an async task framework");
  const guardian =
    metaOf(`<title>Whales strand again | Eleanor Ainge Roy | Environment | The Guardian</title>
    <meta property="og:title" content="Whales strand again | Eleanor Ainge Roy">
    <meta name="author" content="Eleanor Ainge Roy">`);
  assert.equal(guardian.headline?.value, 'Whales strand again');
  // A declared title that is only the site's name is no headline: the next declaration is.
  const icon = metaOf(`<title>Sharon Stone at 60 | ICON Magazine</title>
    <meta property="og:site_name" content="ICON Magazine"><meta property="og:title" content="ICON Magazine">`);
  assert.equal(icon.headline?.value, 'Sharon Stone at 60');
});

test('Dublin Core names catalogued surname first are read as a byline prints them (ietf-1)', () => {
  const meta = metaOf(`<meta name="DC.Creator" content="Kooman, F.">
    <meta name="DC.Creator" content="Jong, Michiel de">
    <meta name="DC.Creator" content="bergportal GmbH, digvis GmbH">`);
  assert.deepEqual(meta.authors?.value, [
    'F. Kooman',
    'Michiel de Jong',
    'bergportal GmbH, digvis GmbH',
  ]);
});

test('a headline never ends in the site name the page declares; a subtitle is no site name', () => {
  // og:site_name "Firefox Nightly News"; Readability keeps "– Firefox Nightly News" in its title.
  const firefox = read('firefox-nightly-blog').meta;
  assert.equal(firefox.siteName?.value, 'Firefox Nightly News');
  assert.equal(firefox.headline?.value, 'These Weeks in Firefox: Issue 85');
  // og:title ends in the post's subtitle; its <title> ends in "- Dropbox".
  const dropbox = read('dropbox-blog');
  assert.equal(
    dropbox.meta.headline?.value,
    'How we designed Dropbox’s ATF - an async task framework',
  );
  assert.ok(sameHeadline(dropbox.expected.title ?? '', dropbox.meta.headline?.value ?? null));
});

test("a site spelled out after the headline is cut; a <title>'s guessed site may be the headline", () => {
  const vogelwarte = metaOf(`<title>vogelwarte.ch - Zielartenförderung dank Aktionsplan</title>
    <meta property="og:site_name" content="vogelwarte.ch">
    <meta property="og:title" content="Zielartenförderung dank Aktionsplan | Schweizerische Vogelwarte">`);
  assert.equal(vogelwarte.headline?.value, 'Zielartenförderung dank Aktionsplan');
  // The <title>'s last part, guessed as the site, is what twitter:title declares (bafa.de).
  const bafa = metaOf(`<title>BAFA - Mineralölstatistik - MineralölINFO November 2021</title>
    <meta name="twitter:title" content="MineralölINFO November 2021">`);
  assert.equal(bafa.headline?.value, 'MineralölINFO November 2021');
});

test("a UTC publication time is given the reader's day: the page's own zone, else its country's", () => {
  const page = (lang: string, head: string, body = '') =>
    `<!doctype html><html lang="${lang}"><head><title>Budget passes</title>${head}</head><body>${body}</body></html>`;
  // 24ora.com: article:published_time in UTC, and the same minute in the page's zone on a <time>.
  const twin = metaOf(
    page(
      'en-US',
      '<meta property="article:published_time" content="2022-05-04T03:37:37+00:00" />',
      '<time class="entry-date updated td-module-date" datetime="2022-05-03T23:37:37-04:00">May 3, 2022</time>',
    ),
  );
  assert.equal(twin.date?.value, '2022-05-03');
  // kas.de: a German page's 23:00 UTC is midnight in Germany, the next day.
  const german = metaOf(
    page('de', '<meta property="article:published_time" content="2021-11-04T23:00Z" />'),
  );
  assert.equal(german.date?.value, '2021-11-05');
  // talent.ch: the <time> prints the day as written (a site kept in UTC), which stands.
  const printed = metaOf(
    page(
      'de',
      '',
      '<time class="entry-date published" datetime="2019-12-26T23:07:45+00:00" itemprop="datePublished">26/12/2019</time>',
    ),
  );
  assert.equal(printed.date?.value, '2019-12-26');
  // English alone says nothing of where: the day as written stands, as does a local time.
  const english = metaOf(
    page('en', '<meta property="article:published_time" content="2021-11-04T23:00Z" />'),
  );
  assert.equal(english.date?.value, '2021-11-04');
  const local = metaOf(
    page('de', '<meta property="article:published_time" content="2021-11-04T23:30:00+01:00" />'),
  );
  assert.equal(local.date?.value, '2021-11-04');
});

test("a heading marked as the headline beats the masthead so marked; a section's one-word og:title yields", () => {
  // 0a3108e5... (trafilatura's pages): a WordPress theme marks the site's name in the masthead.
  const masthead =
    metaOf(`<!doctype html><html><head><title>Biggest money laundering scheme in history uncovered in Ukraine – Investment Watch</title></head><body>
<p class="main-title" itemprop="headline"><a href="/">Investment Watch</a></p>
<article><h1 class="entry-title" itemprop="headline">Biggest money laundering scheme in history uncovered in Ukraine</h1></article></body></html>`);
  assert.equal(
    masthead.headline?.value,
    'Biggest money laundering scheme in history uncovered in Ukraine',
  );
  // be.ch: the og:title every press release declares, under a <title> naming the story.
  const section =
    metaOf(`<!doctype html><html><head><title>Impfen und Boostern ist bis Ende Februar noch überall möglich</title>
<meta property="og:title" content="Medienmitteilungen"></head><body></body></html>`);
  assert.equal(
    section.headline?.value,
    'Impfen und Boostern ist bis Ende Februar noch überall möglich',
  );
  // A one-word headline the <title> holds stands (wikipedia: "Mozilla - Wikipedia").
  const word =
    metaOf(`<!doctype html><html><head><title>Mozilla - Wikipedia, the free encyclopedia</title>
<meta property="og:title" content="Mozilla"></head><body></body></html>`);
  assert.equal(word.headline?.value, 'Mozilla');
});

test('a page that declares no article is dated by its own declarations (trafilatura pages)', () => {
  const page = (head: string, body = '') =>
    `<!doctype html><html lang="de-DE"><head><title>Plejaden</title>${head}</head><body>${body}</body></html>`;
  // abenteuer-astronomie.de: Yoast's WebPage node is the only JSON-LD object with a date.
  const webPage = metaOf(
    page(
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Abenteuer Astronomie"},{"@type":"WebPage","@id":"https://abenteuer-astronomie.de/astrofoto-community/plejaden-m45-2/#webpage","name":"Plejaden, M45 - Abenteuer Astronomie","datePublished":"2019-09-17T14:54:31+02:00","dateModified":"2019-09-17T14:54:31+02:00"}]}</script>',
    ),
  );
  assert.equal(webPage.date?.value, '2019-09-17');
  // A bare <meta name="date"> is not taken: TYPO3 declares the day the page was last saved
  // (tagesschau.de's "2020-04-29T11:52:23" on a story printed "Stand: 28.04.2020 18:00 Uhr").
  const named = metaOf(page('<meta name="date" content="2020-04-29T11:52:23" />'));
  assert.equal(named.date, null);
  // falstaff.de: a <time> after the story, not in a <header>, printing the day it declares.
  const printed = metaOf(
    page(
      '',
      '<article><p>… mit DAC-Status ausgestattet.</p><div><p class="time"><time datetime="2022-01-28"> 28. Januar 2022 </time></p></div></article>',
    ),
  );
  assert.equal(printed.date?.value, '2022-01-28');
  // A <time> in the sidebar is another story's, and one printing no day says nothing.
  const sidebar = metaOf(
    page(
      '',
      '<aside><time datetime="2022-01-20">20. Januar 2022</time></aside><p><time datetime="2022-05-04T07:59:48-04:00">07:59</time></p>',
    ),
  );
  assert.equal(sidebar.date, null);
});

test("a page that declares no article but one video is dated by the video's upload (zdf.de)", () => {
  const page = (ld: string) =>
    `<!doctype html><html lang="de"><head><title>US-Sport in Zeiten von Corona</title><script type="application/ld+json">${ld}</script></head><body></body></html>`;
  const video = (day: string) =>
    `{"@type":"VideoObject","name":"US-Sport in Zeiten von Corona","uploadDate":"${day}T20:57:00.000+02:00"}`;
  assert.equal(metaOf(page(video('2020-04-04'))).date?.value, '2020-04-04');
  // Clips uploaded on several days are a list, each its own.
  assert.equal(metaOf(page(`[${video('2020-04-04')},${video('2020-04-02')}]`)).date, null);
  // An article's own date comes first.
  const article = `[{"@type":"NewsArticle","headline":"US-Sport","datePublished":"2020-04-05T10:00:00+02:00"},${video('2020-04-04')}]`;
  assert.equal(metaOf(page(article)).date?.value, '2020-04-05');
});

test("a cited work's year gives way to the article's day (link.springer.com)", () => {
  const springer =
    metaOf(`<!doctype html><html lang="en"><head><title>Current Rheumatology Reports</title>
    <meta name="dc.date" content="2017-01-30"/></head><body>
    <ol class="references"><li itemscope itemtype="http://schema.org/CreativeWork"><meta itemprop="datePublished" content="1988" /> …</li></ol></body></html>`);
  assert.equal(springer.date?.value, '2017-01-30');
  // A year alone, with nothing finer, is still the page's year.
  const year = metaOf(
    `<!doctype html><html><head><meta itemprop="datePublished" content="1988" /></head></html>`,
  );
  assert.equal(year.date?.value, '1988');
});

test("a UTC time is the reader's day by its zone-less twin or the address's country", () => {
  // twincities.com: JSON-LD in UTC, and the same second printed in Minnesota without a zone.
  const twin = metaOf(`<!doctype html><html lang="en-US"><head>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"St. Louis Park elects a new mayor","datePublished":"2023-11-09T05:30:59Z"}</script></head>
    <body><div class="time">PUBLISHED: <time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.</time></div></body></html>`);
  assert.equal(twin.date?.value, '2023-11-08');
  // eldeber.com.bo: JSON-LD says "es-ES", the address is Bolivian, the page prints "3/5/2022 22:41".
  const bolivia = metaOf(`<!doctype html><html lang="es"><head>
    <link rel="canonical" href="https://eldeber.com.bo/santa-cruz/investigador-chileno-asegura-que-no-publico-todo-su-material-el-90-de-los-autos-robados-estan-en-pos_276757" />
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Investigador chileno","inLanguage":"es-ES","datePublished":"Wed, 04 May 2022 02:41:00 GMT"}</script></head>
    <body><span>3/5/2022 22:41 </span></body></html>`);
  assert.equal(bolivia.date?.value, '2022-05-03');
});

test('an element whose class marks it as the date, holding a day alone, dates the page', () => {
  const page = (body: string) =>
    metaOf(
      `<!doctype html><html lang="de"><head><title>Förderung für energieeffiziente Gebäude</title></head><body>${body}</body></html>`,
    );
  // bmwi.de: the topline over the headline.
  const topline = page(
    '<div class="headline headline-main"><p class="topline"><span class="date">24.01.2022</span> <span class="sr-only"> - </span> Pressemitteilung</p><h1>Förderung für energieeffiziente Gebäude</h1></div>',
  );
  assert.equal(topline.date?.value, '2022-01-24');
  assert.equal(topline.date?.from, 'date-marked element');
  // In a sidebar, or holding more than a date, it is not the page's.
  const sidebar = page(
    '<aside><ul><li><span class="date">20.01.2022</span> Andere Meldung</li></ul></aside>',
  );
  assert.equal(sidebar.date, null);
  const sentence = page(
    '<p class="date">Das bisher für den 31.1.2022 vorgesehene Auslaufen wird auf den 24.1.2022 vorgezogen.</p>',
  );
  assert.equal(sentence.date, null);
});

test("a recipe's JSON-LD cook is the author where no article is declared, after every other declaration", () => {
  // chefkoch.de: a Recipe, its author a Person, its reviews' authors other readers.
  const recipe = `<script type="application/ld+json">{"@context":"http://schema.org","@type":"Recipe","name":"Mandarinen-Schmand-Kuchen","author":{"@type":"Person","name":"jesusfreak"},"review":[{"@type":"Review","author":{"@type":"Person","name":"macksy"}}]}</script>`;
  const meta = metaOf(
    `<html><head>${recipe}<title>Mandarinen-Schmand-Kuchen</title></head><body></body></html>`,
  );
  assert.deepEqual(meta.authors, { value: ['jesusfreak'], from: 'json-ld page author' });
  const named = metaOf(
    `<html><head>${recipe}<meta name="author" content="Ann Lee"></head><body></body></html>`,
  );
  assert.equal(named.byline, 'Ann Lee');
});

test('the day and time a CMS appends to a declared title are cut, a range of days is not', () => {
  const title = (t: string) =>
    metaOf(`<html><head><meta property="og:title" content="${t}"></head><body></body></html>`)
      .headline?.value;
  // nnz-online.de's og:title.
  assert.equal(
    title('Ein Quantensprung für Nordhausen Nord : 06.11.2023, 11.41 Uhr'),
    'Ein Quantensprung für Nordhausen Nord',
  );
  // slf.ch's weekly report names its days.
  assert.equal(title('Wochenbericht 14. - 20. Januar 2022'), 'Wochenbericht 14. - 20. Januar 2022');
});

test("a Chinese title's section and site, joined with no spaces, are cut; a short title stays", () => {
  // xinhuanet.com and Readability's youth page (trafilatura's and Readability's corpora).
  assert.equal(
    siteNameCut('武汉的声音：有英勇的你，才有英雄的城！-新华网', null),
    '武汉的声音：有英勇的你，才有英雄的城！',
  );
  assert.equal(
    siteNameCut('海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网', null),
    '海外留学生看两会：出国前后关注点大不同',
  );
  // pixnet's headline is a place and a camp; baike.baidu.com's a name and the site.
  assert.equal(siteNameCut('新竹尖石_美樹營地賞楓', null), '新竹尖石_美樹營地賞楓');
  assert.equal(siteNameCut('蔡健雅_百度百科', null), '蔡健雅_百度百科');
});

test('a <title> naming sections: the part the description repeats, or the part before the trail', () => {
  const page = (title: string, description = 'Alles über Apple') =>
    metaOf(
      `<html><head><title>${title}</title><meta name="description" content="${description}"></head><body><p>Text.</p></body></html>`,
    ).headline?.value;
  // bayrische-bembel.de: club, headline, section, section.
  assert.equal(
    page(
      'EFC Bayrische Bembel Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse - News',
      'Eintracht Frankfurt stellt Weichen für die Zukunft',
    ),
    'Eintracht Frankfurt stellt Weichen für die Zukunft',
  );
  // The MacTechNews forum: headline, two sections, the site.
  assert.equal(
    page('kein App Store mehr über Mobile Daten mit iOS 13 ? | iPhone | Forum | MacTechNews.de'),
    'kein App Store mehr über Mobile Daten mit iOS 13 ?',
  );
  // A headline's own parts stay.
  assert.equal(
    page('Friday Facts #282 - 0.17 in sight | Factorio'),
    'Friday Facts #282 - 0.17 in sight',
  );
});

test('a declared instant that a <time> prints under an edit label dates the edit: not taken', () => {
  const edited = metaOf(`<head><meta name="date" content="2019-10-19T19:08:22+02:00">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Drilling on","datePublished":"2019-10-19T19:08:22+02:00"}</script>
    </head><body><h1>Drilling on</h1><time datetime="2019-10-19T19:08:22+02:00">19. Oktober 2019, 19:08 Uhr</time>
    <time datetime="2019-10-19T19:08:22+02:00">Editiert am 19. Oktober 2019, 19:08 Uhr</time></body>`);
  assert.equal(edited.date, null);
  assert.equal(edited.saved, null);
  // Another instant, the edit's, printed so: the publication stands.
  const published = metaOf(`<head>
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Drilling on","datePublished":"2019-10-16T17:05:00+02:00"}</script>
    </head><body><h1>Drilling on</h1><time datetime="2019-10-19T19:08:22+02:00">Editiert am 19. Oktober 2019</time></body>`);
  assert.equal(published.date?.value, '2019-10-16');
});

test("a CMS's account declared as the author is none; markup in a declared name is cut (stop 39)", () => {
  const ld = (name: string) =>
    metaOf(`<html><head><title>Rosyjskie zamachy w Czechach</title>
    <script type="application/ld+json">${JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Rosyjskie zamachy w Czechach',
      author: { '@type': 'Person', name },
    })}</script></head><body></body></html>`);
  // A page on trafilatura's pages writes its author's link into JSON-LD.
  const linked = '<a href="/pl/eksperci/mateusz-gniazdowski" hreflang="pl">Mateusz Gniazdowski</a>';
  assert.deepEqual(ld(linked).authors?.value, ['Mateusz Gniazdowski']);
  // bsi.de, chadim.net, spoe.at: "publisher", Joomla's "Super User", "-".
  for (const account of ['publisher', 'Super User', 'admin', '-']) {
    assert.equal(ld(account).authors, null, account);
  }
  // "Unknown" stands: one page's reference author is that (sibenlab.blogspot.com).
  assert.deepEqual(ld('Unknown').authors?.value, ['Unknown']);
});

test('a box-drawing bar "│" before the site name is a separator (nestle-marktplatz, stop 42)', () => {
  // og:title "... bewerten │ Nestlé Marktplatz", <title> "... testen│Nestlé Marktplatz" (unspaced):
  // the same site part after the same bar in both, so it is cut as after "|".
  const html = readFileSync(path.join(dir, 'nestle-marktplatz', 'excerpt.html'), 'utf8');
  const meta = metaOf(html);
  assert.equal(meta.headline?.value, 'Produkttester werden: gratis testen & bewerten');
  // A bar inside a headline with no site part after it in the <title> too is kept.
  const kept = metaOf(`<title>Die Tabelle │ Zeile für Zeile erklärt</title>`);
  assert.equal(kept.headline?.value, 'Die Tabelle │ Zeile für Zeile erklärt');
});

test('a title ending in a separator with no site name after it loses the separator (stop 45, hh45)', () => {
  // changenow.de's template leaves the site's name blank: `<title>Über André Loibl | </title>`
  // beside an empty og:title.
  const changenow = metaOf(
    '<meta property="og:title" content="">\n\t\t\t\t<title>Über André Loibl | </title>',
  );
  assert.equal(changenow.headline?.value, 'Über André Loibl');
  // st-georg.de's <title> and og:title, both with nothing after the dash.
  const stGeorg = metaOf(
    '<title>Pferdesport definitiv bei Olympia 2028 dabei -</title>' +
      '<meta property="og:title" content="Pferdesport definitiv bei Olympia 2028 dabei -" />',
  );
  assert.equal(stGeorg.headline?.value, 'Pferdesport definitiv bei Olympia 2028 dabei');
  // A colon closing a title stays (a kicker's colon is not a site's separator).
  assert.equal(siteNameCut('Folge 70: Star Trek:', null), 'Folge 70: Star Trek:');
});

test('a degree after a declared name is no second author (healthline.com, stop 52)', () => {
  // trafilatura's healthline.com.fat.html, its head as saved (reference "Grant Tinsley").
  const healthline = metaOf(
    '<meta name="article:published_time" content="2018-04-29T07:00:00.000Z"/><meta name="article:author" content="Grant Tinsley, PhD"/><meta property="og:title" content="The 10 Best Ways to Measure Your Body Fat Percentage"/>',
  );
  assert.deepEqual(healthline.authors?.value, ['Grant Tinsley']);
  assert.equal(healthline.byline, 'Grant Tinsley');
  // Several degrees, dotted or not, go together; two names stay two.
  assert.equal(metaOf('<meta name="author" content="Jane Doe, M.D., MPH">').byline, 'Jane Doe');
  assert.equal(
    metaOf(`<meta name="author" content="April Roach, Daniel O'Mahony">`).byline,
    "April Roach, Daniel O'Mahony",
  );
});
