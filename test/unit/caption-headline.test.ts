// A dump's headline taken from a picture's caption (src/extract/headline-revisions/captions.ts):
// whole w3m dumps of trafilatura's pages (stop 44, hl44d), each of which took the caption
// without the rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('the title over a picture, not its caption', () => {
  // A second caption sentence under "... der Welt.Foto: Shanghai / Electric", the title and
  // its dateline five lines over.
  assert.equal(
    title('solarserver-w3m.txt'),
    'Größtes solarthermisches Kraftwerk der Welt entsteht in Dubai',
  );
  // The alt text "Paris Haute Couture SS14, Serkan Cura" over its caption "..., Bild via".
  assert.equal(title('modabot-w3m.txt'), 'Paris Haute Couture SS14: Serkan Cura');
  // A subheading under an ad's slot "[INS::INS]", the title over it.
  assert.equal(title('geburtstagsecke-w3m.txt'), 'Ideen für den Kindergeburtstag');
});

test('the title under a caption the story was found to start at', () => {
  // The story found at "Eine Wissenschaftlerin arbeitet im Labor ..." over "© GettyImages/
  // Nastasic", a teaser's alt text 30 lines over it taken; the title under the trail.
  assert.equal(title('omeda-w3m.txt'), 'Paxlovid: Grünes Licht für neues Corona-Medikament');
});

test('the title over a picture whose caption ends in a news agency credit', () => {
  // Excerpts of trafilatura's elpais.com.ciencia: "Un grupo de pingüinos, en la Antártida el 11
  // de febrero pasado. EFE" (the agency, no label), its alt text "Antartida temperatura" over it
  // in w3m; the title 14 lines over, past the share bar, the byline printed twice and the date.
  const want = '¿Ha llegado realmente la Antártida a los 20 grados?';
  assert.equal(title('elpais-ciencia-w3m.txt'), want);
  assert.equal(title('elpais-ciencia-lynx.txt'), want);
});
