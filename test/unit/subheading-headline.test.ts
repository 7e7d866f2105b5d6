// A subheading inside the story taken for a dump's headline, the story's first paragraph and a
// table of contents over it (src/extract/headline-revisions/subheadings.ts): whole dumps of
// trafilatura's pages (stop 45, hl45c), each of which took the story's first subheading without
// the rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('the title over the first paragraph, not the subheading under the table of contents', () => {
  // "Schmerz und seine Funktion" (the contents' first entry, printed again over its section)
  // was taken in w3m and lynx; the title stands under a caption ending in its credit
  // ("... © Mikko Palonkorpi / stock.adobe.com"), over the byline, read time and date.
  const angelmagazin = 'Können Fische Schmerzen spüren / empfinden?';
  assert.equal(title('angelmagazin-w3m.txt'), angelmagazin);
  assert.equal(title('angelmagazin-lynx.txt'), angelmagazin);
});

test('the title over the first paragraph, a list of contents between it and the subheading', () => {
  // lynx: "Legt jedes Huhn Eier?", the contents' first entry, was taken.
  assert.equal(title('selbstversorger-lynx.txt'), 'Ab wann und wie lange legen Hühner Eier?');
});
