// Plain text that Markdown would read otherwise (stop 65): a text dump's characters are the
// article's. trafilatura's reddit.com.init thread in w3m, lynx and html2text (trimmed; see
// test/fixtures/plain-text/README.md) prints "__init__.py" in its headline and body, which the
// archive published as "init.py" (title) and "_init_.py" (body): it read every .txt as Markdown.
// And a dump printing "<script>" shows it as text, never as markup.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Manifest } from '../../src/types.ts';
import { articleBody, articlesOf, buildCopies } from '../helpers/built-copies.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'plain-text');
const TOOLS = ['w3m', 'lynx', 'html2text'] as const;
const HEADLINE = "What's your opinion on what to include in __init__.py ?";

let dir: string;
let out: string;
let manifest: Manifest;

before(async () => {
  ({ dir, out, manifest } = await buildCopies('archive-plain-text-', [
    ...TOOLS.map(
      (tool) =>
        [`${tool}/reddit.com.init.txt`, path.join(FIXTURES, 'reddit-init', `${tool}.txt`)] as const,
    ),
    ['w3m/council-notice.txt', path.join(FIXTURES, 'hostile', 'w3m.txt')],
  ]));
});

after(() => rm(dir, { recursive: true, force: true }));

/** The article holding the copy, its page's HTML and its text as a reader reads it. */
function articleOf(inputPath: string) {
  const [article] = articlesOf(manifest, inputPath);
  assert.ok(article, `${inputPath} is in an article`);
  const html = readFileSync(path.join(out, article.url, 'index.html'), 'utf8');
  // articleBody reads the entities of quotes and "&"; "<" and ">" are read here.
  const text = articleBody(out, article.url)
    .replace(/&#x3C;|&lt;|&#60;/gi, '<')
    .replace(/&#x3E;|&gt;|&#62;/gi, '>');
  return { article, html, text };
}

test('the reddit thread keeps "__init__.py" in its title, headline and body', () => {
  for (const tool of TOOLS) {
    const { article, html, text } = articleOf(`${tool}/reddit.com.init.txt`);
    assert.equal(article.title, HEADLINE, tool);
    const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
    assert.equal(h1.replace(/&#39;|&#x27;/g, "'"), HEADLINE, tool);
    assert.ok(text.includes('using __init__.py to manipulate them'), tool);
    assert.ok(text.includes('why not just use __init__.py?'), tool);
    assert.ok(!/_init_\.py|\binit\.py/.test(text.replace(/__init__\.py/g, '')), tool);
    assert.ok(!html.includes('<strong>init</strong>'), tool);
  }
});

test("html2text's own marks are still read out: its emphasis and code marks are no text", () => {
  const { text } = articleOf('html2text/reddit.com.init.txt');
  assert.ok(!text.includes('`__init__.py`'));
  assert.ok(!text.includes('_Archived_'));
  assert.ok(text.includes('I normally will define all in the module'));
});

test('a dump printing "<script>" shows it as text, never as markup', () => {
  const { html, text } = articleOf('w3m/council-notice.txt');
  assert.ok(!/<script>alert|<b>bold/i.test(html), "the dump's tags are not markup");
  assert.ok(text.includes('printed <script>alert(1)</script> in its second paragraph'));
  assert.ok(text.includes("the clerk's note <b>bold</b> beside it"));
});

test("a plain dump's Markdown-like characters are published as printed", () => {
  const { html, text } = articleOf('w3m/council-notice.txt');
  for (const printed of [
    "# 3 on the list, the notice's own hash sign",
    '> This line opened with a greater-than sign',
    '1. The notice numbered its first point so',
    'See [the notice](http://example.com/x) saved at C:\\path\\to\\file with *stars*, _under_ and',
    '__dunder__ names, 2*3*4 and snake_case_name',
  ]) {
    assert.ok(text.includes(printed), printed);
  }
  assert.ok(
    !/<(?:h1|blockquote|ol|em|strong)>[^<]*(?:3 on the list|greater-than|stars|dunder)/.test(html),
  );
});
