// A wiki page's title over MediaWiki's tagline ("From Wikipedia, the free encyclopedia", "From
// Stardew Valley Wiki"): src/extract/headline-revisions/wiki-tagline.ts, docs/figures.md stop 48,
// branch hl48e. Printed lines of the corpora's dumps, the revision asked.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { titleOverWikiTagline } from '../../src/extract/headline-revisions/wiki-tagline.ts';
import type { Found } from '../../src/extract/headline-revisions/found.ts';

const lines = (texts: string[]) => texts.map((text, i) => ({ n: i * 2, text }));

test("a wiki's title over its tagline, not the infobox's first field", () => {
  // trafilatura's stardewvalleywiki.com.penny in w3m: "Birthday: ● Fall 2" (3.65) was taken.
  const page = lines([
    'Twitter Facebook Tumblr Reddit',
    'Penny',
    'From Stardew Valley Wiki',
    'Jump to: navigation, search',
    'Penny',
    'Penny.png',
    'Information',
    'Birthday: ● Fall 2',
    'Lives In: Pelican Town',
  ]);
  const field = { first: 7, last: 7, text: 'Birthday: ● Fall 2', score: 3.65 };
  assert.equal(titleOverWikiTagline(page, { story: 9, headline: field }).headline?.text, 'Penny');
  // html2text marks it as the <h1>: the mark is left off.
  const marked = lines(['# Penny', 'From Stardew Valley Wiki', 'Birthday: | Fall 2']);
  const none: Found = { story: 3, headline: null };
  const found = titleOverWikiTagline(marked, none);
  assert.equal(found.headline?.text, 'Penny');
});

test('a headline found over the tagline stands; so does one over an infobox naming a day', () => {
  // Readability's wikipedia-4 in html2text (Vector 2022): the title over the tabs, the menu's
  // "Tools" over the tagline.
  const page = lines([
    'List of films featuring time loops',
    '  * View history',
    'Tools',
    'From Wikipedia, the free encyclopedia',
    'This is a dynamic list and may never be able to satisfy particular standards for completeness.',
  ]);
  const title = { first: 0, last: 0, text: 'List of films featuring time loops', score: 5 };
  assert.equal(titleOverWikiTagline(page, { story: 4, headline: title }).headline, title);
  // Readability's wikipedia-2 in w3m: the infobox's "26 September 1907" would be read as the
  // page's date from a headline over it.
  const infobox = lines([
    'New Zealand',
    'From Wikipedia, the free encyclopedia',
    'Independence from the United Kingdom',
    '• Dominion      26 September 1907',
    'ISO 3166 code   NZ',
    'New Zealand is an island country in the southwestern Pacific Ocean.',
  ]);
  const field = { first: 4, last: 4, text: 'ISO 3166 code', score: 3 };
  assert.equal(titleOverWikiTagline(infobox, { story: 5, headline: field }).headline, field);
  // A line that only opens like the tagline is none.
  const other = lines(['Penny', 'From our readers, the best letters of the week']);
  const nothing: Found = { story: 1, headline: null };
  assert.equal(titleOverWikiTagline(other, nothing).headline, null);
});
