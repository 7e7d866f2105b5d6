// A dump's title wrapped over two lines and read as none (src/normalize/headline/page-index.ts's
// width, line-shape.ts's wrapsIndented), a caption printed twice under it taken
// (src/extract/headline-revisions/captions.ts), and a caption's credit glued to it in lynx
// (kicker-pairs.ts): whole dumps of trafilatura's pages (stop 45, hl45f), each of which took
// another line without its rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('a title wrapped at the width, a list of slugs past the width on the page', () => {
  // "2. elizabeth_ii_forcee_de_punir_les_sussex_..." (115 columns) made the width Infinity: the
  // title's "peu" / "flatteur" was no wrap and the subtitle under it was taken.
  assert.equal(
    title('gala-w3m.txt'),
    'Jean-Paul Delevoye, monsieur retraites du gouvernement : Jacques Chirac lui donnait un surnom peu flatteur',
  );
});

test("a title wrapped at lynx's indent, over a caption printed twice", () => {
  // "   La agenda ... el dilema del" / "   oficialismo": 80 columns past the indent, width 97;
  // then "Izkia Siches y Manuel Monsalve en el Congreso" twice, a blank line between.
  assert.equal(
    title('latercera-lynx.txt'),
    'La agenda con que Interior busca contener la crisis de seguridad y el dilema del oficialismo',
  );
});

test("a subtitle over lynx's caption with its credit glued is no headline over a teaser", () => {
  // "Digitale Arbeit © Foto: Getty Images" on one line (w3m prints the credit alone).
  assert.equal(title('nwx-lynx.txt'), 'Vertrauen und Mitbestimmung helfen gegen digitalen Stress');
});
