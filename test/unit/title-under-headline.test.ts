// A dump's headline taken from a line the story does not tell (a blog's tagline, a picture's
// caption) over the title, which stands right over its own byline or dateline
// (src/extract/headline-revisions/title-under.ts): whole w3m dumps of trafilatura's pages
// (stop 46, hl46c), each of which took the line over the title without the rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('the told title under an untold line, over its own dateline', () => {
  // "Papaganda" / "Eine Insel mit zwei Zwergen…" (the blog's name and tagline) over the title,
  // over "• DIY (Do it Yourself)" / "• 2 Apr, 2016".
  assert.equal(
    title('papaganda-w3m.txt'),
    'Minions mit Schablonen malen – mit Malerrolle und bunten Farben',
  );
  // The picture's caption "Firmenschild des Rüstungskonzerns Rheinmetall | Bildquelle: dpa"
  // over the kicker and title line, over its dateline; the trail's last item cuts the kicker.
  assert.equal(title('tagesschau-w3m.txt'), 'Daten von Rheinmetall gehackt');
});

test('an untold title under a longer tagline, its dateline right under it; not a subtitle', () => {
  // "the boy in the bubble" / "SurfGuards Blog über das Leben in einer Blase aus Medien, ..."
  // over the title over "1. November 20161. November 2016 surfguard".
  assert.equal(
    title('../page-dumps/surfguard.wordpress.com.medien.w3m.txt'),
    'Ich las, sah, hörte: Medien im Oktober 2016',
  );
  // A title over its subtitle "Ein detektivischer Musikfilm" over "von Klaus Stanjek": the
  // subtitle is no shorter, and the title stays.
  assert.equal(
    title('../../web-pages/trafilatura/text/w3m/klaenge-des-verschweigens.de.geschichte.txt'),
    'Klänge des Verschweigens',
  );
});

test('the told title under its own dateline, under an untold teaser or link', () => {
  // A teaser "Ingo Kantorek (†44): Letzter Auftritt ..." over "19.10.2019 17:41 1" over the
  // title, over its subtitle "Sieben Menschen sterben bei Brand in Russland".
  assert.equal(
    title('d76bb5cd-w3m.txt'),
    'Fünf Kleinkinder und zwei Erwachsene sterben bei schrecklichem Wohnhausbrand',
  );
  // "Zurück zum Newsroom" over "06.12.2022" over the title, right over the story.
  assert.equal(
    title('enwb-w3m.txt'),
    'Umweltfreundliche Geldanlage: Bürgerbeteiligung am Windpark Steinheim',
  );
  // A wiki's toolbar under the page's revision date, 20 lines over the story found: no title.
  assert.notEqual(title('rueda-w3m.txt'), 'Edit Tags History Files Print Site tools + Options');
});
