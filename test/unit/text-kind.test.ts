// What kind of text a copy is (src/ingest/text-kind.ts, stop 65): lines of the corpora's dumps.
// w3m and lynx print a page's characters as they stand, html2text prints Markdown.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { textKindOf } from '../../src/ingest/text-kind.ts';

test('a .md file is Markdown, whatever it prints', () => {
  assert.equal(textKindOf('notes/story.md', 'A story in plain words.\n'), 'markdown');
  assert.equal(textKindOf('notes/story.txt', 'A story in plain words.\n'), 'plain');
});

test("w3m's and lynx's characters that look like Markdown keep a dump plain", () => {
  for (const text of [
    // reddit.com.init in w3m: a name, not strong emphasis.
    "What's your opinion on what to include in __init__.py ?\n\nusing __init__.py to manipulate them\n",
    // geeks3d.com.hacklab in w3m: a program's comments, not headings.
    '\n# connect the client \nclient.connect(addr)\n# send some data \n',
    // dailymail.co.uk.food in lynx, a cookie's name in battery-news.de, a user's in archive.org.
    "     * 'Stick your opinion up your f**king little a**e!' Chloe Sims\n",
    'Name: _gat_* Zweck: Google Analytics\n-_TheLordHelix_- wrote:\n',
    // remove-aria-hidden in w3m: the page's own asterisks.
    '**WRONG**Lorem ipsum dolor sit amet\n',
  ]) {
    assert.equal(textKindOf('w3m/page.txt', text), 'plain', text);
  }
});

test("html2text's marks make a dump Markdown", () => {
  for (const text of [
    // cnn, bmel: escapes; aclu: strong emphasis; videos-1: emphasis over words.
    'The ranking:\n\n2\\. Denmark\n',
    '**Information Security** and more\n',
    'Faces Places _is currently_ _streaming on Netflix_\n',
    // Two headings, each a block of its own.
    '\n# The 21 best movies of 2017\n\nA paragraph.\n\n## Honorable mentions\n',
  ]) {
    assert.equal(textKindOf('html2text/page.txt', text), 'markdown', text);
  }
});
