// A dump's headline taken from a subtitle, a caption or a "most read" item printed between the
// story's title and its text (src/extract/headline-revisions/header-top.ts): whole w3m dumps of
// trafilatura's pages (stop 45, hl45b), each of which took that line without the rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

test('the title on top of the header, not its subtitle or caption', () => {
  // "Umfrage zur Digitalisierung am Arbeitsplatz" (7.30) under the title (7.25), over a
  // section's name, a credit and the dateline.
  assert.equal(title('nwx-w3m.txt'), 'Vertrauen und Mitbestimmung helfen gegen digitalen Stress');
  // The title over its subtitle over the caption "Erlkönig des BMW 3er Touring LCI (2022)",
  // which stands right over the dateline.
  assert.equal(title('motor1-w3m.txt'), 'BMW 3er Touring Facelift (2022) zum ersten Mal erwischt');
  // "ET Online|" over its dateline, the title over it, a trail over both.
  assert.equal(title('economictimes-w3m.txt'), "The iPhone SE is in India, here's all we know");
});

test('the title over a ranked "most read" box, not its fourth item', () => {
  // "LO MÁS LEIDO": a caption, a section, a title and its rank "1", "2", ... alone on a line,
  // between the story's header and its text.
  assert.equal(
    title('losandes-w3m.txt'),
    'El año de las evaluaciones: las escuelas de Mendoza tendrán tres relevamientos de calidad educativa',
  );
});
