// A dump's title printed as the story's first paragraph, where the story was found to start
// (src/extract/headline-revisions/title-at-start.ts): whole dumps of trafilatura's pages (stop
// 44, hl44h), each of which took another line over the story without the rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('the title at the story found, under a gallery of captions', () => {
  // "4,50 Meter: Neue persönliche Jahresbestleistung ..." (a caption 16 lines over, scoring
  // 2.2) was taken in w3m, "Nele Sietmann (LG Brillux Münster) greift ..." in lynx.
  const flvw = 'Joana Herrmann fliegt bei den FLVW-Hallenmeisterschaften über 1,78 Meter';
  assert.equal(title('flvw-w3m.txt'), flvw);
  assert.equal(title('flvw-lynx.txt'), flvw);
});

test('the title at the story found, its dateline under it and the categories over it', () => {
  // The post's categories "Artikel, Unsere Forschung, Veranstaltungen" were taken.
  assert.equal(
    title('achtundvierzig-w3m.txt'),
    'Tagung: Institutionen revolutionärer Macht in den europäischen Revolutionen der ersten ' +
      'Hälfte des 19. Jahrhunderts (26. und 27. 2. 2015, Eichstätt)',
  );
});
