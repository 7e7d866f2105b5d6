// A dump's story found in its comments or at a notice run on into the post
// (src/extract/comment-marks.ts): whole dumps of trafilatura's pages (stop 44, hl44a), each of
// which took a reader's comment, another post's line or a widget's for the headline without it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('a story found under a comment mark is a comment: the story is looked for above it', () => {
  // A comment's action line "18.10.2019, 16:18 Zum Antworten anmelden Zitieren #" over its
  // text, which was taken for the headline ("Der 10 Euro Gutschein Deal vor 3 Wochen ...").
  assert.equal(title('dealdoktor-w3m.txt'), 'Jacobs Gold Instant Kaffee 2 Gläser für 4,80 €');
  // A forum's reply "#2" under the thread's post "#1": the reply's text was taken.
  assert.match(
    title('villagersandheroes-w3m.txt') ?? '',
    /Patchnotes 4\.47\.4 - Tagundnachtgleiche Bugfix Build$/,
  );
});

test('a story found at a licence notice starts at the post under it', () => {
  // "Dieser Werk bzw. Inhalt ist unter einer Creative Commons-Lizenz lizenziert." run on into
  // the post; "Flattr this" over it was taken.
  assert.equal(title('ritinardo-w3m.txt'), 'Bundesregierung 2017 #btw17 #groko');
  // "Diese Arbeit ist unter der CC BY SA 3.0 Lizenz lizenziert." over the episode's title
  // ("Picard als Legofigur", a picture's caption under it, was taken).
  assert.equal(title('1337kultur-w3m.txt'), 'Folge 70: Star Trek: Picard');
  // The same notice in lynx, where the story was found in the first comment under it ("Vorspann:
  // Öffnen einer Flasche Château Picard ’86", a line of the show notes, taken).
  assert.equal(title('1337kultur-lynx.txt'), 'Folge 70: Star Trek: Picard');
});
