// A dump's headline taken from a box of teasers (src/extract/headline-revisions/teasers.ts): whole dumps of
// trafilatura's pages (stop 43, hl43e), each of which took a teaser without the rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('the title the story tells of, not a teaser of a list standing nearer the story', () => {
  // Teasers each under "[image]" ("Longue attente au bout du monde") over the title.
  assert.equal(title('ledevoir-w3m.txt'), 'La fin des trottinettes en libre-service à Montréal');
  // The "LO ÚLTIMO" list under the title ("Karen Doggenweiler sorprendió con radical cambio ...").
  assert.equal(
    title('lacuarta-w3m.txt'),
    '“Va y agarra las llaves de su cartera…”: destapan pelea a “grito pelado” entre Loreto Aravena y Pancha Merino en pasillos de Canal 13',
  );
  // A list of interviews ("Die Lyrikerin Lisa Jeschke im Gespräch") in lynx.
  assert.equal(
    title('litradio-lynx.txt'),
    'Die Autorin Nora Bossong im Gespräch über ihren Roman “Schutzzone”',
  );
});
