// Article text of short and full-page dumps (w3m, lynx, html2text), the rules of issue 21's
// dump-body round, each on real dump text: Readability's test pages as the tools print them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { markdownMarksOut } from '../../src/extract/markdown-marks.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile } from '../../src/types.ts';

const root = path.join(import.meta.dirname, '../..');

function textFile(path: string, text: string): InputFile {
  const file = readInputFile(path, Buffer.from(text));
  assert.ok('text' in file, `${path} is read`);
  return file;
}

function published(file: InputFile) {
  const doc = normalize(file, corpusProfile([file]));
  return { doc, body: doc.blocks.map((b) => b.text).join('\n') };
}

test('a list item wrapped under its mark is one paragraph, not a headline over a line', () => {
  // Readability's ol page in w3m and lynx: the item's second line stands under its text.
  for (const text of [
    ' 1. AI hasn’t meaningfully changed anything in cybersecurity so far. Deep fake phishing is still\n    rare, L\n',
    '    1. AI hasn’t meaningfully changed anything in cybersecurity so far. Deep fake phishing is\n       still rare, L\n',
  ]) {
    const { doc, body } = published(textFile('ol/w3m.txt', text));
    assert.equal(doc.title, null);
    assert.match(body.replace(/\s+/g, ' '), /AI hasn’t meaningfully .* rare, L/);
  }
});

test('the first of numbered section headings is no headline, and image file names go', () => {
  // Readability's lazy-image-3 in lynx: two section headings, each over its picture's alt text.
  const text = 'Test Case 1\n\n   performance.jpg\n\nTest Case 2\n\n   performance.jpg\n';
  const { doc, body } = published(textFile('lazy-image-3/lynx.txt', text));
  assert.equal(doc.title, null);
  assert.equal(body, 'Test Case 1\nTest Case 2');
  assert.ok(
    doc.removed.some((r) => r.text === 'performance.jpg' && r.reason === 'image file name'),
  );
});

test("guardian-1 (w3m): a picture's alt text over its reworded caption goes, the caption stays", () => {
  const file = textFile(
    'guardian-1.w3m.txt',
    readFileSync(path.join(root, 'test/fixtures/page-dumps/guardian-1.w3m.txt'), 'utf8'),
  );
  const { body } = published(file);
  const flat = body.replace(/\s+/g, ' ');
  // The alt text, then the caption in other words ("back yard" / "backyard, where").
  assert.ok(!flat.includes('in his back yard where he is storing a pair of massive Sperm Whale'));
  assert.ok(flat.includes('in his backyard, where he is storing a pair of massive sperm whale'));
  assert.ok(flat.includes('Concrete information on why whales strand remains elusive'));
});

test('"**WRONG**Lorem ..." opens a paragraph: markdown emphasis, no list of other headlines', () => {
  // Readability's remove-aria-hidden in w3m: the paragraph had been cut as a link list, and its
  // second line taken for the headline.
  const text =
    'Lorem\n\n**WRONG**Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt\nut labore et dolore magna aliqua.\n\nUt enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo\nconsequat.\n';
  const { doc, body } = published(textFile('remove-aria-hidden/w3m.txt', text));
  assert.notEqual(doc.title, 'ut labore et dolore magna aliqua.');
  assert.match(body.replace(/\s+/g, ' '), /\*\*WRONG\*\*Lorem ipsum .* magna aliqua\. Ut enim/);
});

test("html2text's Markdown emphasis and escapes are no part of the published text", () => {
  // Lines of videos-1's html2text dump (Readability's test page): "_is" is no word.
  assert.equal(
    markdownMarksOut(
      'Faces Places _is currently_ _streaming on Netflix_ _and available to digitally rent on_ _Google Play_ _and_ _YouTube_ _._',
    ),
    'Faces Places is currently streaming on Netflix and available to digitally rent on Google Play and YouTube .',
  );
  assert.equal(
    markdownMarksOut('**Honorable mentions:** _Marjorie Prime_ , _Phantom Thread_'),
    'Honorable mentions: Marjorie Prime , Phantom Thread',
  );
  assert.equal(markdownMarksOut('Dan Goodin \\- Apr 16, 2015'), 'Dan Goodin - Apr 16, 2015');
  // Underscores inside words are not emphasis.
  assert.equal(markdownMarksOut('call snake_case_name()'), 'call snake_case_name()');
  // Nor are underscores beside underscores, and a code span's backticks go (reddit's init
  // thread in html2text, stop 65).
  assert.equal(
    markdownMarksOut('in `__init__.py`. I normally will define **all** and __doc__'),
    'in __init__.py. I normally will define all and __doc__',
  );
  const { body } = published(
    textFile(
      'videos-1/html2text.txt',
      '# The 21 best movies of 2017\n\nThe unusual documentary _Faces Places_ (in French, _Visages Villages_ ) turns on the friendship between the accomplished street artist JR and legendary film director Agnès Varda.\n',
    ),
  );
  assert.match(body, /documentary Faces Places \(in French, Visages Villages \) turns/);
});

test("webmd-2 (lynx): a box over a toolbar above the story's byline is not the story's head", () => {
  const file = textFile(
    'webmd-2.lynx.txt',
    readFileSync(path.join(root, 'test/fixtures/page-dumps/webmd-2.lynx.txt'), 'utf8'),
  );
  const { body } = published(file);
  const flat = body.replace(/\s+/g, ' ');
  assert.ok(!flat.includes('Talk to health experts and other people like you'));
  assert.ok(!flat.includes('Listen to this page using ReadSpeaker'));
  assert.ok(flat.includes('Imagine being sick in the hospital with a bacterial infection'));
});

test("engadget (lynx): an image's address wrapped over lines does not cut the story's lead off", () => {
  const file = textFile(
    'engadget/lynx.txt',
    readFileSync(path.join(root, 'test/web-pages/readability/engadget/lynx.txt'), 'utf8'),
  );
  const { doc, body } = published(file);
  const flat = body.replace(/\s+/g, ' ');
  assert.ok(flat.includes('The Xbox One X is the ultimate video game system.'));
  assert.ok(!flat.includes('amp;signature='));
  assert.ok(doc.removed.some((r) => r.text.startsWith('[dims?crop=')));
});

test("smava (w3m, lynx): a form's fields and button kept above the headline are cut, and recorded", () => {
  // The loan calculator's "Kreditbetrag [25000 ] ... Zum Kreditvergleich" stands between the menus
  // and the title "Wie hoch sind die Zinsen für einen Privatkredit?", which stands alone over the
  // story's first paragraph; the body finder kept it as the story's first paragraph.
  for (const tool of ['w3m', 'lynx']) {
    const rel = `test/web-pages/trafilatura/text/${tool}/smava.de.privatkredit.txt`;
    const { doc, body } = published(textFile(rel, readFileSync(path.join(root, rel), 'utf8')));
    assert.equal(doc.title, 'Wie hoch sind die Zinsen für einen Privatkredit?', tool);
    assert.ok(!body.includes('Zum Kreditvergleich'), tool);
    assert.ok(body.startsWith('Für einen günstigen Kredit spielt die Höhe der Zinsen'), tool);
    assert.ok(
      doc.removed.some((r) => r.text === 'Zum Kreditvergleich' && r.line > 30),
      `${tool}: the button is recorded as removed`,
    );
  }
});
