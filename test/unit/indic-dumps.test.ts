// A dump of a page in Bengali (trafilatura's ukbdnews.com.23646, w3m): its breadcrumb trail's
// home item in Bengali (src/normalize/headline/trails.ts), the columns w3m wraps it at, its
// combining marks printed on the letter before (src/text.ts's printedColumns), and the danda
// "।" that ends its sentences (line-shape.ts's SENTENCE_END, title-cues.ts's shapeScore). Stop
// 48, hl48g.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { printedColumns } from '../../src/text.ts';
import { SENTENCE_END, wrapsInto } from '../../src/normalize/headline/line-shape.ts';
import { shapeScore } from '../../src/normalize/headline/title-cues.ts';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';

const FIXTURE = 'ukbdnews-w3m.txt';
const lines = readFileSync(
  path.join(import.meta.dirname, '../fixtures/headline', FIXTURE),
  'utf8',
).split('\n');
// The story's first paragraph, wrapped by w3m at 100 columns: 131 code units over its tail.
const [full, tail] = [lines[34] as string, lines[35] as string];

test('the title under a breadcrumb trail whose home item is Bengali', () => {
  // "হোম বাংলাদেশ এমপির ভাইকে ..." (Home / Bangladesh / the title) over the title: the dateline
  // "| শনিবার, আগস্ট ২৯, ২০২০ | ..." was taken, a date in Bengali no dateline to the rules.
  // The title as the page prints it: its "ড়" and "য়" one code point each (U+09DC, U+09DF),
  // which a typed copy may split in two.
  assert.equal(title(FIXTURE), (lines[20] as string).trim());
  assert.ok((lines[20] as string).startsWith('এমপির ভাইকে'));
});

test("a Bengali line's columns: its combining marks print on the letter before them", () => {
  assert.ok(full.trim().length > 100);
  assert.equal(printedColumns(full), 96);
  assert.equal(printedColumns('  Größtes Kraftwerk '), 17);
  // So the paragraph's full line wraps into its tail at w3m's 100 columns.
  assert.ok(wrapsInto(full, tail, 100));
});

test('a danda ends a sentence', () => {
  assert.ok(SENTENCE_END.test(tail));
  // The paragraph read whole, 22 words ending on the danda, is marked down as a sentence.
  const text = `${full.trim()} ${tail.trim()}`;
  assert.equal(shapeScore([{ n: 1, text }], { first: 0, last: 0, text }), -2);
});
