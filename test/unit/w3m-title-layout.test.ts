// Dump titles w3m missed where lynx got them (stop 48, hl48a): what w3m prints differently around
// the title, a rule at the page's width over it, a picture between it and its subtitle, a post
// nested in a list's item, a figure's label echoing it. Excerpts of trafilatura's w3m dumps, each
// of which took another line without its rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test("a title under a rule and a blank line is no paragraph's tail", () => {
  // legrandcontinent.eu.heran: the masthead's "━━━━" at the page's width over the 86-column
  // title read as a paragraph wrapped into it; "Collège de France" (the cover's credit) taken.
  assert.equal(
    title('legrandcontinent-excerpt-w3m.txt'),
    '« Il y a, d’abord, le poids de la géographie ». Sur les migrations avec François Héran',
  );
  // rosalux.de-quarantaene: the trail's closing rule over "Nachricht | 30.10.2021 Migration /
  // Flucht «Wir waren ...»"; the subtitle (the whole page) or the search box (the excerpt) taken.
  assert.equal(title('rosalux-excerpt-w3m.txt'), '«Wir waren fast 40 Tage in Quarantäne»');
});

test('a short title under its dateline, a picture between it and the subtitle', () => {
  // ejwue.de.lieferketten: "05.02.2020 - Redaktion: ..." / "Faire Lieferketten" / "[csm_...]" /
  // "Aktionen planen, die was bewegen" / the story; the subtitle taken without the rule.
  assert.equal(title('ejwue-excerpt-w3m.txt'), 'Faire Lieferketten');
});

test("a figure's label glued on the title's words is no headline", () => {
  // acpjournals.org.3075: "Visual Abstract. Influenza Vaccination for the Elderly" right over
  // the story, the title 40 lines over it.
  assert.equal(
    title('acpjournals-excerpt-w3m.txt'),
    'The Effect of Influenza Vaccination for the Elderly on Hospitalization and Mortality',
  );
});

test("a post's title set as a list's item, its dateline and story nested under it", () => {
  // fouryears.eu.interning: "  • Interning of Small Integers in Python" / "    Posted by
  // Konstantin 21.10.2019" / the story at the same column; the blog's motto taken without it.
  assert.equal(title('fouryears-excerpt-w3m.txt'), 'Interning of Small Integers in Python');
});
