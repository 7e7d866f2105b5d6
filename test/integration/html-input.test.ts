// Saved web pages as input (issue 22), built end to end: four of Readability's real test pages
// (Readability's test pages, read from the saved-page sample test/web-pages/html/readability,
// their one copy; licence note in test/fixtures/html/README.md) and a hostile page
// (test/helpers/hostile-page.ts). What a reader sees: the article page gives the headline,
// byline and date the page declares, its paragraphs, subheadings and list items, and not its
// navigation, related stories or comments; the raw copy of a page is published as text only.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build, type BuildSummary } from '../../src/build.ts';
import type { Manifest } from '../../src/types.ts';
import { articleBody } from '../helpers/built-copies.ts';
import { bbcStory } from '../helpers/hostile-input.ts';
import { HOSTILE_PAGE_TITLE, hostilePage } from '../helpers/hostile-page.ts';
import { optionsIn } from '../helpers/options.ts';

/** A text file whose name is the raw copy's name of medium-1.html. */
const USER_TEXT = 'medium-1.html.txt';
const FIXTURES = path.join(import.meta.dirname, '..', 'web-pages', 'html', 'readability');
/** Input name -> the fixture page copied there (.htm too, and a subfolder as wget leaves). */
const PAGES: Record<string, string> = {
  'about.gitlab.com/blog/survey.html': 'gitlab-blog',
  'medium-1.html': 'medium-1',
  'medium-2.htm': 'medium-2',
  'liberation/videos-2.html': 'videos-2',
};

let dir: string;
let out: string;
let summary: BuildSummary;
let manifest: Manifest;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-html-'));
  const input = path.join(dir, 'input');
  for (const [name, fixture] of Object.entries(PAGES)) {
    await mkdir(path.dirname(path.join(input, name)), { recursive: true });
    await copyFile(path.join(FIXTURES, fixture, 'source.html'), path.join(input, name));
  }
  await writeFile(path.join(input, 'script-page.html'), hostilePage());
  // A user's own text file named as medium-1.html's raw copy would be.
  const { title, paragraphs } = bbcStory('business', 1);
  await writeFile(path.join(input, USER_TEXT), `${title}\n\n${paragraphs.join('\n\n')}\n`);
  summary = await build(optionsIn(dir, input));
  out = path.join(dir, 'dist');
  manifest = JSON.parse(await readFile(path.join(out, 'archive.json'), 'utf8')) as Manifest;
});

after(() => rm(dir, { recursive: true, force: true }));

function articleFrom(inputPath: string) {
  const found = manifest.articles.find((a) => a.sources.some((s) => s.path === inputPath));
  assert.ok(found, `no article from ${inputPath}: ${JSON.stringify(manifest.rejected)}`);
  return found;
}

const articleText = (url: string) => articleBody(out, url);

const pageHtml = (url: string) => readFileSync(path.join(out, url, 'index.html'), 'utf8');

test('every page is read as an article, none rejected', () => {
  assert.deepEqual(summary.rejected, []);
  assert.equal(manifest.articles.length, 6);
});

test('the article shows the headline, byline and date the page declares', () => {
  const gitlab = articleFrom('about.gitlab.com/blog/survey.html');
  assert.equal(gitlab.title, '3 surprising findings from our 2024 Global DevSecOps Survey');
  assert.equal(gitlab.byline, 'Dave Steer');
  assert.equal(gitlab.date, '2024-06-25');
  const liberation = articleFrom('liberation/videos-2.html');
  assert.equal(liberation.byline, 'Alexandre Hervaud, Jérémy Piette');
  // Libération declares a dateModified too; the date is the datePublished.
  assert.equal(liberation.date, '2017-11-24');
  const medium = articleFrom('medium-1.html');
  assert.equal(medium.title, 'The Open Journalism Project: Better Student Journalism');
  assert.equal(medium.byline, 'Pippin Lee');
  assert.equal(medium.date, '2015-03-17');
  const page = pageHtml(gitlab.url);
  assert.match(page, /<h1[^>]*>3 surprising findings from our 2024 Global DevSecOps Survey<\/h1>/);
  assert.match(page, /Dave Steer/);
});

test('the body keeps paragraphs, subheadings and list items, without the page around it', () => {
  const gitlab = pageHtml(articleFrom('about.gitlab.com/blog/survey.html').url);
  assert.match(gitlab, /<h2>1\. AI shines a light on cumbersome toolchains<\/h2>/);
  const text = articleText(articleFrom('about.gitlab.com/blog/survey.html').url);
  assert.match(text, /Nearly three-quarters \(74%\) of respondents/);
  // The related posts, newsletter form and call to action around the post.
  for (const chrome of [
    'How we overhauled GitLab navigation',
    'Sign up for GitLab’s newsletter',
    'Ready to get started?',
    'Share this article',
  ]) {
    assert.ok(!text.includes(chrome), `"${chrome}" published as article text`);
  }
  const medium = pageHtml(articleFrom('medium-1.html').url);
  assert.match(medium, /<li>Lack of mentorship<\/li>/);
  assert.ok(!articleText(articleFrom('medium-1.html').url).includes('Sign in / Sign up'));
});

test('what was taken out of a page is recorded with its element path', async () => {
  const report = JSON.parse(await readFile(path.join(out, 'report.json'), 'utf8')) as unknown;
  const text = JSON.stringify(report);
  assert.match(text, /How we overhauled GitLab navigation/);
  assert.match(text, /"element":"[^"]*h4\.title/);
});

test('a page’s raw copy is published as .txt only, and the article links to it', () => {
  for (const name of [...Object.keys(PAGES), 'script-page.html']) {
    assert.ok(existsSync(path.join(out, 'raw', `${name}.txt`)), `raw/${name}.txt`);
    assert.ok(!existsSync(path.join(out, 'raw', name)), `raw/${name} published as HTML`);
  }
  const copy = readFileSync(path.join(out, 'raw', 'medium-1.html.txt'));
  assert.deepEqual(copy, readFileSync(path.join(FIXTURES, 'medium-1', 'source.html')));
  const page = pageHtml(articleFrom('medium-1.html').url);
  assert.match(page, /href="\/raw\/medium-1\.html\.txt"/);
  // The user's medium-1.html.txt keeps its own copy beside the page's, and its article links it.
  const own = readFileSync(path.join(out, 'raw', `${USER_TEXT}.txt`));
  assert.deepEqual(own, readFileSync(path.join(dir, 'input', USER_TEXT)));
  assert.match(pageHtml(articleFrom(USER_TEXT).url), /href="\/raw\/medium-1\.html\.txt\.txt"/);
});

test('the hostile page builds as its article text, its markup as text and its script dropped', () => {
  const hostile = articleFrom('script-page.html');
  assert.equal(hostile.title, HOSTILE_PAGE_TITLE);
  assert.equal(hostile.date, '2005-02-03');
  const page = pageHtml(hostile.url);
  const text = articleText(hostile.url);
  assert.match(text, /What happened next/);
  assert.match(text, /First point/);
  assert.ok(!text.includes('Reader comment that must not be published'), text);
  assert.ok(!text.includes('World news index'), text);
  // The payloads reached the page only as text: no element or attribute was made of them (the
  // browser test, test/browser/hostile-site.test.ts, opens the page and sees that none runs).
  const article = /<article[\s\S]*<\/article>/.exec(page)?.[0] ?? '';
  assert.ok(article.includes('&#x3C;script>window.__injected=`entity`'), 'the entity as text');
  for (const markup of ['<script', '<svg', '<iframe', '<object', '<embed', '<base', '<math']) {
    assert.ok(!article.includes(markup), `${markup} in the article page`);
  }
  assert.doesNotMatch(article, /<[^>]*\son[a-z]+=/i);
  assert.doesNotMatch(article, /href="(?:javascript|data):/i);
});
