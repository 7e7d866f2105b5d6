// A page's script printed as text is no headline (isScriptText, src/normalize/headline/
// page-furniture.ts): html2text prints the <script> blocks of trafilatura's hoy.com-daran, its
// first line taken for the dump's headline on 4c705ee (stop 64, hd64).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('a dump of nothing but script gives no headline', () => {
  // "Skip to the contentif(window.innerWidth<768){googletag.cmd.push(function(){..." and eight
  // more lines of the page's scripts: the whole html2text dump, which prints no story.
  assert.equal(title('../page-dumps/hoy.com-daran.html2text.txt'), null);
});

test('the title under a line of script is the headline', () => {
  // The same first line over the story's title and its first paragraphs (from the w3m dump).
  assert.equal(
    title('../page-dumps/hoy.com-daran.title.txt'),
    'Darán bendición a vehículos este sábado',
  );
});
