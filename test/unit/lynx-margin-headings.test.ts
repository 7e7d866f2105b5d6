// lynx prints <h1>-<h6> at the margin and a paragraph's lines three columns in: a line at the
// margin between indented lines is a heading, no line of the paragraph under it
// (src/normalize/headline/line-shape.ts's lynxHeadingBetween). Whole lynx dumps of trafilatura's
// pages (stop 46, hl46b) whose title, read as the story's first line, lost to a line over it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test("lynx: a title at the margin over the story's indented first line is its headline", () => {
  // "   LIKES" / "Sheila Atim: „The Woman King ...“" (74 columns, 80 % of lynx's width) /
  // "   Fotocredit: ...": read as text, it opened the story and the site's "Wer ist ROSAMAG?"
  // far above was taken.
  assert.equal(
    title('rosa-mag-lynx.txt'),
    'Sheila Atim: „The Woman King zeigt weibliche Stärke in all ihren Facetten“',
  );
});

test('lynx: a title at the margin between a kicker and its byline line is its headline', () => {
  // "   FINTECH20. Juni 2019" / "creditshelf kooperiert mit ..." / "   IT Finanzmagazin /PP 20.
  // Juni 2019 ...": a teaser's title over the kicker was taken.
  assert.equal(
    title('it-finanzmagazin-lynx.txt'),
    'creditshelf kooperiert mit finleap und plant Akquisition der Valendo GmbH',
  );
});
