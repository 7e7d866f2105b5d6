// A page's own script, style sheet and ad markup, printed by a dump tool as lines of text, is
// never the story nor its headline (src/normalize/source-code.ts); a programming article's
// listings stay its text. Real dumps of trafilatura's pages, cut short (test/fixtures/page-dumps).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile } from '../../src/types.ts';
import { isCodeTitle } from '../../bench/extract/code-titles.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/page-dumps');

function normalized(fixture: string) {
  const file = readInputFile('page.txt', readFileSync(path.join(fixtures, fixture)));
  assert.ok(!('reason' in file), 'the dump was rejected');
  const doc = normalize(file as InputFile, corpusProfile([file as InputFile]));
  const body = doc.blocks.map((b) => b.text).join('\n');
  const source = doc.removed.filter((r) =>
    /^the page’s (?:script|style sheet|markup)/.test(r.reason),
  );
  return { doc, body, source };
}

test('a dump printing only the page’s scripts holds no story, its text recorded as removed', () => {
  // hoy.com's html2text dump: nine lines, "Skip to the content" run into the ad slots' script.
  // It had been published as an article titled "Skip to the contentif(window.innerWidth<768)...".
  for (const fixture of [
    'hoy.com-daran.html2text.txt',
    'bettycrocker.com.pineapple.html2text.txt',
  ]) {
    const { doc, body, source } = normalized(fixture);
    assert.equal(doc.title ?? null, null, fixture);
    assert.equal(body, '', fixture);
    const lines = readFileSync(path.join(fixtures, fixture), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    assert.equal(source.length, lines.length, `${fixture}: every line is recorded`);
    assert.ok(source.every((r) => r.reason === 'the page’s script printed as text'));
  }
});

test('style sheets, ad markup and script among a dump’s lines are neither title nor body', () => {
  // guten-tach.de's html2text dump after its menu: a login form, the theme's CSS on one line
  // (".td-post-sharing-classic { position: relative; ... }"), the AdSense slot's markup and
  // script. Each had become an article of its own, titled with the code.
  const { doc, body, source } = normalized('guten-tach.de-sperrung.html2text.txt');
  assert.ok(!isCodeTitle(doc.title ?? ''), `title ${doc.title}`);
  assert.doesNotMatch(body, /td-post-sharing|adsbygoogle|getElementById|<div/);
  assert.deepEqual(
    source.map((r) => r.reason),
    [
      'the page’s style sheet printed as text',
      'the page’s script printed as text',
      'the page’s style sheet printed as text',
      'the page’s script printed as text',
      'the page’s markup printed as text',
    ],
  );
});

test('a programming article keeps its listings as its text', () => {
  // Readability's v8-blog in w3m: JavaScript and C listings, one statement a line.
  const { body, source } = normalized('v8-blog.w3m.txt');
  assert.equal(source.length, 0);
  assert.match(body, /WebAssembly\.instantiate\(binary\)\.then\(\(\{ instance \}\) => \{/);
});
