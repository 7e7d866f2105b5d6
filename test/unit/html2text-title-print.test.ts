// Titles html2text's print alone hid (stop 49, hl49a), w3m and lynx getting them: whole
// html2text dumps of trafilatura's pages. A character reference's letter or dash written in
// ASCII (its UNIFIABLE table: src/extract/unified-letters.ts), a post's title as a heading set
// in a list's item (short-titles.ts nestedPostTitleAt), a kicker printed as a "## " heading over
// a title printed plain (kicker-pairs.ts kickerOverHeadline), an <h1> a <br> parts into a label
// and the title (kicker-pairs.ts labelOverTitle, brokenH1).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';
import { unified, withPrintedLetters } from '../../src/extract/unified-letters.ts';

test("the title's accents and dashes read back from the page's other print", () => {
  // NZZ's <h1> "n&#xE4;chste" printed "# " / "... nachste Runde"; a teaser list under the story
  // prints "  * ## Der Nervenkrieg um den Brexit geht in die nächste Runde".
  assert.equal(
    title('d42c68f1-html2text.txt'),
    'Der Nervenkrieg um den Brexit geht in die nächste Runde',
  );
  // wired's <h1> "Things&mdash;if" printed "Things--if"; the page's top prints the title with
  // its dash under "Menu".
  assert.equal(
    title('wired-html2text.txt'),
    "AI Can Do Great Things—if It Doesn't Burn the Planet",
  );
});

test('a headline is kept where no line prints it with the characters', () => {
  const page = [
    { n: 0, text: 'Skip to main content' },
    { n: 1, text: '# Der Nervenkrieg um den Brexit geht in die nachste Runde' },
    { n: 2, text: 'Die nächste Runde beginnt am Montag.' },
  ];
  const text = 'Der Nervenkrieg um den Brexit geht in die nachste Runde';
  assert.equal(withPrintedLetters(text, page), text);
  // A headline holding a character of the table was printed with its characters: kept.
  const dashed = 'Loriot 100 – eine Hommage';
  assert.equal(withPrintedLetters(dashed, [{ n: 0, text: 'Loriot 100 – eine Hommage' }]), dashed);
  assert.equal(unified('„Arschloch“ – Monté'), '„Arschloch" - Monte');
});

test("a post's title as a heading in a list's item, its dateline and story at the margin", () => {
  // "# Four Years Remaining" / "Preparing the consequences" (the blog's motto, taken without the
  // rule) / "  * ## Interning of Small Integers in Python" / "Posted by Konstantin 21.10.2019".
  assert.equal(title('fouryears-html2text.txt'), 'Interning of Small Integers in Python');
});

test('a kicker printed as a "## " heading over the title printed plain, over its teaser', () => {
  // "## Kolumne: Queer Royal - Über Dragqueens ..." over "Im Schlepptau" over "31\. Oktober 2023.
  // Dragqueens sind Kunstfiguren ..." (the teaser), "Von Georg Kasch" and the story.
  assert.equal(title('nachtkritik-html2text.txt'), 'Im Schlepptau');
});

test('an <h1> a <br> parts, its label over its title, one line under the other', () => {
  // "# Open Progress" with "Why collaborative thinking beats individual smarts" right under it,
  // no blank line between (html2text's hard break), over the standfirst.
  assert.equal(
    title('economist-html2text.txt'),
    'Why collaborative thinking beats individual smarts',
  );
});
