// One story saved as a page and dumped to text, built together (issue 22, "dedup across
// formats"): the reader finds one article listing every copy as its source, not the page and a
// dump as two articles. The copies are real: schweizerjaeger.ch's "Der Steinkauz ist der Vogel
// des Jahres 2021" from the committed saved-page sample (test/web-pages/html/trafilatura) and
// its w3m, lynx and html2text dumps (test/web-pages/trafilatura/text; their licence in
// test/web-pages/README.md). The html2text dump prints the story twice, once with its umlauts
// lost ("gekurt"), so only half of its text is the page's word for word. And two different
// stories under one headline stay two articles: Reuters' "FED ADDS RESERVES VIA CUSTOMER
// REPURCHASES" of March 30 and 31, 1987, the same words around another amount, one as a saved
// page and one as text.

import assert from 'node:assert/strict';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { loadReuters, type Story } from '../../bench/dedup/stories.ts';
import type { Manifest } from '../../src/types.ts';
import { articlesOf as holding, buildCopies } from '../helpers/built-copies.ts';
import { CORPORA } from '../helpers/corpora.ts';

const SAMPLE = path.join(import.meta.dirname, '..', 'web-pages');
const PAGE = 'schweizerjaeger.ch-steinkauz';
/** Input path -> the sample file copied there: the saved page and its three dumps. */
const COPIES: Record<string, string> = {
  [`pages/${PAGE}.html`]: path.join(SAMPLE, 'html', 'trafilatura', 'html', `${PAGE}.html`),
  [`w3m/${PAGE}.txt`]: path.join(SAMPLE, 'trafilatura', 'text', 'w3m', `${PAGE}.txt`),
  [`lynx/${PAGE}.txt`]: path.join(SAMPLE, 'trafilatura', 'text', 'lynx', `${PAGE}.txt`),
  [`html2text/${PAGE}.txt`]: path.join(SAMPLE, 'trafilatura', 'text', 'html2text', `${PAGE}.txt`),
};

let dir: string;
let manifest: Manifest;

/** A wire story as a saved page: its headline, the date it declares, its paragraphs. */
function savedPage(story: Story): string {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escape(story.title)}</title>`,
    `<meta property="article:published_time" content="${story.day}">`,
    `</head><body><article><h1>${escape(story.title)}</h1>`,
    ...story.paragraphs.map((p) => `<p>${escape(p)}</p>`),
    '</article></body></html>',
  ].join('\n');
}

/** The two wire stories of one headline: March 30 as a saved page, March 31 as text. */
async function writeFedStories(input: string): Promise<void> {
  const reuters = await loadReuters(CORPORA);
  const story = (id: number) => reuters.find((s) => s.path.endsWith(`/${id}.txt`)) as Story;
  const [monday, tuesday] = [story(10864), story(11425)];
  await writeFile(path.join(input, 'pages', 'fed-monday.html'), savedPage(monday));
  const text = [tuesday.title, tuesday.dateLine, '', ...tuesday.paragraphs].join('\n\n');
  await mkdir(path.join(input, 'wire'), { recursive: true });
  await writeFile(path.join(input, 'wire', 'fed-tuesday.txt'), `${text}\n`);
}

before(async () => {
  ({ dir, manifest } = await buildCopies(
    'archive-cross-format-',
    Object.entries(COPIES),
    writeFedStories,
  ));
});

after(() => rm(dir, { recursive: true, force: true }));

const articlesOf = (inputPath: string) => holding(manifest, inputPath);

test('a saved page and its text dumps of one story build as one article', () => {
  const [article, ...more] = articlesOf(`pages/${PAGE}.html`);
  assert.ok(article, 'the saved page built no article');
  assert.equal(more.length, 0);
  assert.equal(article.title, 'Der Steinkauz ist der Vogel des Jahres 2021');
  for (const copy of Object.keys(COPIES)) {
    assert.deepEqual(
      articlesOf(copy).map((a) => a.id),
      [article.id],
      `${copy} is not a source of the page's article`,
    );
  }
});

test('two stories under one headline, a saved page and a text copy, stay two articles', () => {
  const [monday] = articlesOf('pages/fed-monday.html');
  const [tuesday] = articlesOf('wire/fed-tuesday.txt');
  assert.ok(monday && tuesday, 'a wire story built no article');
  assert.notEqual(monday.id, tuesday.id, 'March 30 and 31 became one article');
  assert.equal(monday.title, tuesday.title);
});
