// printedAgain (src/normalize/headline/printed-again.ts): the one reader of a line printed again
// under it, for title-cues' twiceAsCaption ('same'), gallery-run's slideshow ('start') and the
// captions revision's alt text ('longer', a wrapped caption read with the line under it).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { printedAgain } from '../../src/normalize/headline/printed-again.ts';

const lines = (texts: string[]) => texts.map((text, n) => ({ n, text }));

test('printedAgain: the same line, a line starting with it, a longer one, a wrapped caption', () => {
  // mtb-news.de-tubeless's gallery (w3m): an alt text over its caption.
  const page = lines(['Reifen montieren', 'Reifen montieren - am Ventil zuletzt aufziehen']);
  assert.equal(printedAgain(page, 'Reifen montieren', 1, 2, 'start'), true);
  assert.equal(printedAgain(page, 'Reifen montieren', 1, 2, 'longer'), true);
  assert.equal(printedAgain(page, 'Reifen montieren', 1, 2, 'same'), false);
  const same = lines(['Das Team sorgt für Sie', 'Promotion', '  Das Team sorgt für Sie  ']);
  assert.equal(printedAgain(same, 'Das Team sorgt für Sie', 1, 3, 'same'), true);
  assert.equal(printedAgain(same, 'Das Team sorgt für Sie', 1, 2, 'same'), false);
  assert.equal(printedAgain(same, 'Das Team sorgt für Sie', 1, 3, 'longer'), false);
  // A caption wrapped, its first line shorter than the alt text: read with the line under it.
  const wrapped = lines(['Ein Bild vom Hof', 'Ein Bild', 'vom Hof im Winter']);
  assert.equal(printedAgain(wrapped, 'Ein Bild vom Hof', 1, 2, 'longer', true), true);
  assert.equal(printedAgain(wrapped, 'Ein Bild vom Hof', 1, 2, 'longer'), false);
});
