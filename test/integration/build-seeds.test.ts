// Builds the five real seeds end to end (real Eleventy, real Pagefind) into a temporary folder
// and checks what a reader of the archive would see.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { BuildSummary } from '../../src/build.ts';
import type { Manifest } from '../../src/types.ts';
import { buildSeeds, SEEDS as seeds } from '../helpers/seeds-site.ts';

let dir: string;
let out: string;
let summary: BuildSummary;
let manifest: Manifest;

before(async () => {
  ({ dir, out, summary, manifest } = await buildSeeds('archive-seeds-'));
});

after(() => rm(dir, { recursive: true, force: true }));

const page = (url: string) =>
  readFileSync(path.join(out, url, url.endsWith('/') ? 'index.html' : ''), 'utf8');
const article = (title: string) => {
  const found = manifest.articles.find((a) => a.title === title);
  assert.ok(found, `no article titled "${title}"`);
  return found;
};
/** The article's own text as a reader sees it: the Pagefind body of its page, tags stripped. */
const articleText = (url: string) => {
  const html = page(url);
  const body = /<[^>]+data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return body
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;|&#34;/g, '"')
    .replace(/\s+/g, ' ');
};

test('the summary counts files, articles, merged copies and rejections', () => {
  assert.equal(summary.filesRead, 5);
  assert.equal(summary.rejected.length, 0);
  assert.equal(summary.copiesMerged, 1);
  assert.equal(summary.articles - summary.fragments, 4);
});

test('every input file is accounted for in the manifest, with its sha256', async () => {
  const files = (await readdir(seeds)).sort();
  for (const file of files) {
    const sha = createHash('sha256')
      .update(readFileSync(path.join(seeds, file)))
      .digest('hex');
    const uses = manifest.articles.flatMap((a) => a.sources).filter((s) => s.path === file);
    assert.ok(uses.length > 0, `${file} is missing from the manifest`);
    for (const use of uses) assert.equal(use.sha256, sha);
  }
});

test('000 and 001 are one dated article holding the text of both copies', () => {
  const a = article('N Korean elite trying to flee country');
  assert.equal(a.date, '2004-12-10');
  assert.deepEqual(
    a.sources.map((s) => s.role),
    ['canonical', 'merged'],
  );
  const text = articleText(a.url);
  assert.match(text, /Mao Zedong \(毛澤東\) was in China during the 1960s/);
  assert.match(text, /The North's government is structured/);
  assert.match(text, /In the North's government, there must be people very dissatisfied/);
  for (const other of ['National Party', 'Eurovision', 'Cannes', 'African Space Agency']) {
    assert.ok(!text.includes(other), `${other} is in the article`);
    assert.ok(
      manifest.articles.some(
        (f) => f.sources.some((s) => s.role === 'fragment') && articleText(f.url).includes(other),
      ),
      `${other} was lost`,
    );
  }
});

test('titles, sources and bylines of the other seeds', () => {
  assert.equal(
    article('North Koreans in China asking for help for defection').source,
    'Korea JoongAng Daily',
  );
  article('MSS asks China to repatriate defector group');
  const repost = article(
    'North Korean Visa Overstayers in China Are Now Branded ‘Defectors’ at Home',
  );
  assert.equal(repost.byline, 'Sandra Loyd');
  assert.equal(repost.source, 'World Weekly News');
});

test('no date is invented: only the article that prints a full date has one', () => {
  const dated = manifest.articles.filter((a) => a.date !== null).map((a) => a.title);
  assert.deepEqual(dated, ['N Korean elite trying to flee country']);
  assert.match(page(article('MSS asks China to repatriate defector group').url), /Undated/);
});

test('no site chrome survives in any article text', () => {
  const chrome = [
    'Page 5 News List',
    'This story has been viewed',
    'Comments will be moderated',
    'TOP top',
    'Home > National > Politics',
    'Home &gt; National',
    'print dictionary print',
    'Log in to Twitter',
    'Print Friendly, PDF & Email',
    'appeared first on',
  ];
  for (const a of manifest.articles) {
    const text = articleText(a.url);
    for (const phrase of chrome) assert.ok(!text.includes(phrase), `"${phrase}" left in ${a.url}`);
  }
});

test('print-layout breaks are joined and real hyphens kept', () => {
  const all = manifest.articles.map((a) => articleText(a.url)).join('\n');
  for (const broken of ['Ko-reans', 'struc-tured', 'Bei-jing'])
    assert.ok(!all.includes(broken), broken);
  for (const word of [
    'Koreans',
    'structured',
    'Beijing',
    'Kim Il-sung',
    'Oh Se-wook',
    'Seoul-based',
    'defector-turned-journalist',
    'high-level',
  ]) {
    assert.ok(all.includes(word), word);
  }
});

test('the Sources section links every copy to a byte-exact raw file', () => {
  const a = article('N Korean elite trying to flee country');
  const html = page(a.url);
  for (const source of a.sources) {
    assert.ok(
      html.includes(`/raw/${encodeURIComponent(source.path)}`),
      `no link to ${source.path}`,
    );
    const raw = readFileSync(path.join(out, 'raw', source.path));
    assert.equal(createHash('sha256').update(raw).digest('hex'), source.sha256);
  }
});

test('topic, archive, search and feed pages exist and link the articles', () => {
  for (const url of [
    '/',
    '/topics/',
    '/archive/',
    '/archive/2004/',
    '/archive/2004/12/',
    '/archive/undated/',
    '/search/',
  ]) {
    assert.ok(existsSync(path.join(out, url, 'index.html')), url);
  }
  for (const file of [
    'feed.xml',
    'sitemap.xml',
    '404.html',
    'pagefind/pagefind.js',
    'report.json',
  ]) {
    assert.ok(existsSync(path.join(out, file)), file);
  }
  const a = article('N Korean elite trying to flee country');
  assert.ok(a.topics.length > 0, 'the article has no topics');
  assert.ok(page('/archive/2004/12/').includes(a.url));
  assert.ok(page('/topics/').includes(a.topics[0]!.replace(/&/g, '&amp;')));
});

test('only article text is marked for search; filters and sort are declared', () => {
  const html = page(article('N Korean elite trying to flee country').url);
  assert.equal((html.match(/data-pagefind-body/g) ?? []).length, 1);
  assert.match(html, /data-pagefind-filter="topic/);
  assert.match(html, /data-pagefind-filter="year/);
  assert.match(html, /data-pagefind-sort="date/);
  const body = /data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  assert.doesNotMatch(body, /Sources|\/raw\//);
});

test("an article page's links to other articles and its sources are where Pagefind does not read", () => {
  // src/site/reuse.ts leaves them out of the page's search fingerprint: a new article changes
  // its neighbours' links, and their search index part is still taken over on a rebuild.
  const html = page(article('N Korean elite trying to flee country').url);
  const aside = /<aside class="article-aside"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
  // (The seeds have one dated article, so no Older/Newer links; the template puts them in the
  // aside too.)
  assert.match(aside, /class="plain-list related">\s*<li><a href="\/articles\//);
  assert.match(aside, /href="\/raw\//);
  assert.match(aside, /href="\/archive\/2004\/12\/"/);
  assert.doesNotMatch(aside, /data-pagefind/);
  assert.equal(html.split(aside).length, 2, 'one aside');
});

test('what the build removed is on record per file, with the reason', async () => {
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as {
    files: {
      path: string;
      removed: { text: string; reason: string }[];
      moved: { text: string }[];
    }[];
  };
  const seed000 = report.files.find((f) => f.path.startsWith('000'))!;
  assert.ok(
    seed000.removed.some((r) => r.text.startsWith('This story has been viewed') && r.reason),
  );
  const seed001 = report.files.find((f) => f.path.startsWith('001'))!;
  assert.equal(seed001.moved.length, 4);
});
