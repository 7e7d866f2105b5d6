// Chrome that news pages' text dumps leave inside the story (issue 21, held-out news pages): a
// newspaper's print-edition note, an embedded post's labels, a picture's credit on a line of its
// own. Each is site chrome that trafilatura's and ScrapingHub's references leave out; it is taken
// out of the story with its own label and recorded (nothing lost), and its day is never the
// story's. Real w3m dumps, cut short (test/fixtures/page-dumps/README.md).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chromeLabel } from '../../src/normalize/chrome.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/page-dumps');

function readText(text: string): NormalizedDoc {
  const file = readInputFile('page.txt', Buffer.from(text));
  assert.ok(!('reason' in file), 'the dump was rejected');
  return normalize(file as InputFile, corpusProfile([file as InputFile]));
}

const dump = (name: string): string => readFileSync(path.join(fixtures, name), 'utf8');
const storyText = (doc: NormalizedDoc): string => doc.blocks.map((b) => b.text).join('\n');

test("the New York Times's print-edition note leaves the story, recorded, all its lines", () => {
  const doc = readText(dump('nytimes-1-excerpt.w3m.txt'));
  assert.equal(doc.title, 'United States to Lift Sudan Sanctions');
  assert.equal(doc.date?.value, '2017-01-13');
  const text = storyText(doc);
  assert.match(text, /made a “deal with the devil\.”/);
  assert.doesNotMatch(text, /appears in print|Order Reprints/);
  // Both lines the note wraps over are recorded under its label.
  const notes = doc.removed.filter((r) => r.reason.startsWith('print-edition note'));
  assert.deepEqual(
    notes.map((r) => r.text),
    [
      'A version of this article appears in print on January 13, 2017, on Page A7 of the New York edition',
      "with the headline: Sanctions on Sudan Will Be Lifted. Order Reprints| Today's Paper|Subscribe",
    ],
  );
});

test("the print edition's day does not date a story whose byline prints none", () => {
  // The same page with its byline's day taken away: the note's day is the paper's, and the
  // story stays undated rather than dated by it.
  const doc = readText(
    dump('nytimes-1-excerpt.w3m.txt').replace(
      'By JEFFREY GETTLEMAN JAN. 13, 2017',
      'By JEFFREY GETTLEMAN',
    ),
  );
  assert.equal(doc.date, null);
});

test("an embedded Instagram post's labels and a picture's credit leave a news story", () => {
  const doc = readText(dump('thelocal.se.tattooed-excerpt.w3m.txt'));
  assert.equal(doc.title, "Meet the Swede who tattooed a state epidemiologist's face on his arm");
  // "Published: 28 Apr, 2020 CET", not the post's Apr 27.
  assert.equal(doc.date?.value, '2020-04-28');
  const text = storyText(doc);
  assert.match(text, /Tastas told AFP\./);
  assert.match(text, /Swipe 4 madness/); // the post's own words stay: they are quoted content
  assert.doesNotMatch(text, /View this post on Instagram|A post shared by/);
  const reasons = new Set(doc.removed.map((r) => r.reason));
  assert.ok([...reasons].some((r) => r.startsWith('embedded post')));
});

test('credit lines and ad markers are told from story lines', () => {
  assert.equal(chromeLabel('Foto: sidm / DW'), 'photo-credit');
  assert.equal(chromeLabel('(Credit: Nasa)'), 'photo-credit');
  assert.equal(chromeLabel('Photo by Joan Bardeletti'), 'photo-credit');
  assert.equal(chromeLabel('Anzeige'), 'advertisement');
  assert.equal(chromeLabel('Werbung'), 'advertisement');
  // A sentence about a photo, an advertisement in German or a credit is the story's.
  assert.equal(chromeLabel('Photos of the flood were shared widely on Monday.'), null);
  assert.equal(chromeLabel('Die Anzeige erschien am Montag in drei Zeitungen.'), null);
  assert.equal(
    chromeLabel(
      'Image: the committee published the full set of pictures taken at the site on Friday afternoon',
    ),
    null,
  );
  assert.equal(
    chromeLabel('This article appeared in the March 2019 print edition.'),
    'print-edition',
  );
});

// A picture's caption that ends with its copyright holder, and a teaser of another story set
// between the paragraphs under a related-story heading's words: both stood inside the story
// the body finder found, and trafilatura's references leave both out (stop 64). Whole w3m dumps
// of trafilatura's aerobuzz.de-bremen and panamaamerica.com.pa-apropiarse pages.
const outsideArticle = (doc: NormalizedDoc): string[] =>
  doc.removed.filter((r) => r.reason.startsWith('outside')).map((r) => r.text);

test("a picture's caption ending in its © credit leaves the story, recorded", () => {
  const doc = readText(dump('aerobuzz.de-bremen.w3m.txt'));
  const text = storyText(doc).replace(/\s+/g, ' ');
  // The story, from its first paragraph to its last, stays.
  assert.match(text, /Die CAE GmbH hat sich bei der Ausschreibung durchgesetzt/);
  assert.match(text, /Bremen am Flughafen ein neues Trainingszentrum/);
  assert.match(text, /Industriepartner die Flugzeuge und die Fluglehrer/);
  // The caption over the picture, both of its wrapped lines, goes to the record.
  assert.doesNotMatch(text, /Die CAE GmbH wird Nachwuchspiloten|© CAE/);
  const removed = outsideArticle(doc);
  assert.ok(removed.some((t) => t.startsWith('Die CAE GmbH wird Nachwuchspiloten')));
  assert.ok(removed.includes('ausbilden. © CAE'));
});

test('a "VEA TAMBIÉN:" teaser between the paragraphs leaves the story, recorded', () => {
  const doc = readText(dump('panamaamerica.com.pa-apropiarse.w3m.txt'));
  const text = storyText(doc).replace(/\s+/g, ' ');
  assert.match(text, /El juez Guillermo Alfredo Luna le exigió al Ministerio Público/);
  assert.match(text, /Nancy Paola Rodas, abogada de Martinelli/);
  // The paragraphs on both sides of the teaser stay.
  assert.match(text, /toda la documentación que acredita la legitimidad de la aeronave/);
  assert.match(text, /han seguido buscando la manera de mantener la aeronave detenida/);
  assert.doesNotMatch(text, /VEA TAMBIÉN|Entre heces y guaricha/);
  assert.ok(outsideArticle(doc).some((t) => t.startsWith('VEA TAMBIÉN: Entre heces')));
});
