// Dump titles that were no headline candidate at all while the story was found (stop 47, hl47b):
// excerpts of trafilatura's w3m dumps (the page's first lines, or the lines around its header),
// each of which had no headline or another line's without its rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('a title under a caption printed twice, the story found at the caption', () => {
  // "Das Filana-Team sorgt ..." / "Promotion" / "Meisterbetrieb Filana" / the same line again:
  // a picture's alt text and caption (captionAbove's twiceAsCaption); no headline without it.
  assert.equal(title('5min-excerpt-w3m.txt'), 'Villachs „Meister Proper“ expandiert nach Wien');
});

test('a title over its own dateline, one word with a stop', () => {
  // "17/11/201917/11/2019 ~ Cem Basman": the published and updated days glued, taken for the
  // headline before CLOCK_OR_NUMERIC_DATE read it as a dateline.
  assert.equal(title('sprechblase-excerpt-w3m.txt'), 'Elektro-Zapfsäulen.');
});

test('a title over its own dateline, a day named in it or a hashtag first', () => {
  // The site's motto "Schweizweites Tauschen mit Alternativwährung" taken without the rule.
  assert.equal(
    title('talent-excerpt-w3m.txt'),
    'Protokoll der Vorstandssitzung vom 10. Oktober 2019',
  );
  // No headline without the rule ("Meldungen aus dem DWI" / the title / "27.01.2022").
  assert.equal(title('deutscheweine-excerpt-w3m.txt'), '#RieslingBirthday Posts gewinnen');
});

test("a trail's arrows glued to its items, the title printed again under it", () => {
  // "Forum>iPhone>kein App Store ..." / the title alone: the story found at the trail's line, no
  // headline without the glued arrows read as a trail's.
  assert.equal(
    title('d43f330c-excerpt-w3m.txt'),
    'kein App Store mehr über Mobile Daten mit iOS 13 ?',
  );
});

test("a one-word title right over the story, a picture's credit over it", () => {
  // "Text & Fotos: Ivan Valetny [icn_comments.png] 0 [icn_views.png] 337" over the title: no
  // headline's line, so the title is no subheading under one (oneWordTitleAt).
  assert.equal(title('petri-heil-excerpt-lynx.txt'), 'Bielersee-Winterhechte');
});

test("a title in a table's cell at the story's column, no headline found", () => {
  // w3m prints kath.net's three columns as rows: "Suche   Der Tag, ...   Mehr zu   [175_1]".
  assert.equal(
    title('kath-net-excerpt-w3m.txt'),
    'Der Tag, an dem sich der Menschensohn offenbart',
  );
});
