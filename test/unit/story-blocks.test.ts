// A dump's story found in a block that is not the article (stop 46, hl46a): a cookie policy
// printed as text, a wrapped cookie notice, an author box, a list of dated teasers. Whole dumps
// of trafilatura's pages under test/fixtures/headline; each test fails with its rule off.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { storyAboveAuthorBox } from '../../src/extract/author-box.ts';
import { storyPastNotice } from '../../src/extract/comment-marks.ts';
import { storyPastTeasers } from '../../src/extract/teaser-run.ts';
import { textBlocks } from '../../src/normalize/headline.ts';
import type { Line } from '../../src/normalize/paragraphs.ts';
import { wordCount } from '../../src/text.ts';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

/** The dump's printed lines (blank ones left out, as page-header.ts reads them), numbered from 1. */
function pageOf(fixture: string): Line[] {
  const text = readFileSync(
    path.join(import.meta.dirname, '../fixtures/headline', fixture),
    'utf8',
  );
  return text
    .split('\n')
    .map((line, i) => ({ n: i + 1, text: line }))
    .filter((line) => line.text.trim() !== '');
}

/** The page's index of the first line starting with `start`. */
function at(page: Line[], start: string): number {
  const i = page.findIndex((line) => line.text.trim().startsWith(start));
  assert.ok(i >= 0, start);
  return i;
}

test('a story found in a cookie policy printed as text starts at the story under it', () => {
  // orsted's consent dialog (a banner, a table of its cookies, the "Cookie-Erklärung"), 440
  // lines over the article: "Anbieter: .orsted.de", a line of the table, was taken.
  assert.equal(title('orsted-w3m.txt'), 'Das Potenzial von grünem Wasserstoff');
  assert.equal(title('orsted-lynx.txt'), 'Das Potenzial von grünem Wasserstoff');
});

test('a story found at a wrapped notice starts past the whole notice', () => {
  // sheego's "Die Cookies in Ihrem Browser sind derzeit deaktiviert. Bitte aktivieren Sie die
  // Cookies in Ihren" / "Browsereinstellungen, um den Shop von sheego nutzen zu können.": the
  // notice's second line, then its title, were taken for the story's start.
  const page = pageOf('sheego-w3m.txt');
  const counts = page.map((line) => wordCount(line.text));
  const story = storyPastNotice(page, counts, at(page, 'Die Cookies in Ihrem Browser'));
  assert.match((page[story] as Line).text, /^Sie ist die Königin des Aufräumens/);
});

test('a story found in an author box is looked for above the author name', () => {
  // KATAPULT's "Tim Ehlers" (signed "Von Tim Ehlers" 60 lines over it) over "Geboren 1983, ist
  // seit 2015 Redakteur bei KATAPULT ...": the article's standfirst is the story.
  const page = pageOf('../page-dumps/KATAPULT-Magazin.de-parteien.w3m.txt');
  const counts = page.map((line) => wordCount(line.text));
  const blocks = textBlocks(page, counts);
  const story = storyAboveAuthorBox(page, counts, blocks, at(page, 'Geboren 1983'));
  assert.match((page[story] as Line).text, /^Nach einer Wahl werden in den Nachrichten/);
});

test('a story found at a list of dated teasers starts under the list', () => {
  // handwerksblatt's teasers ("Betriebsführung | Januar 2022" / a title / two lines), 14, then
  // four, its boxes, three more over the article: the first teaser was taken for the story.
  const page = pageOf('handwerksblatt-w3m.txt');
  const counts = page.map((line) => wordCount(line.text));
  const story = storyPastTeasers(page, counts, at(page, 'Das Projekt "Quali.Dig"'));
  assert.match((page[story] as Line).text, /^Welche Regeln gelten für den Friseur-/);
});

test("a story found in a gallery's captions, each under its alt text, starts under them", () => {
  // mtb-news.de-tubeless in lynx (an excerpt: the gallery's 14 pictures, then the article): the
  // first caption, "Tubeless-Ventile gibt es mit unterschiedlichen Ventilfüßen", was the title.
  assert.equal(
    title('mtb-news-tubeless-lynx.txt'),
    'MTB-Reifen auf Tubeless umrüsten Schritt für Schritt: so einfach montierst du Tubeless-Reifen',
  );
});

test("lynx's page top is its first line under the <link> list, not its headline at the margin", () => {
  // dailymail.co.uk.food in lynx (an excerpt): the headline at the margin under the indented top
  // was read as a site's name over a menu (nameOverMenu), the byline over "Published:" taken.
  assert.match(title('dailymail-food-lynx.txt') ?? '', /^Jamie's war on toxic US food: /);
});
