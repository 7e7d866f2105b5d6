// The text front end on lynx's MathML: a formula printed as its source ("[MATH: <mi> a </mi> ...
// :MATH]", wrapped over several lines) is read as its text, as w3m and html2text print it, and
// every line keeps its number. The lines are from lynx's dump of Readability's mathjax test page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mathAsText, readTextLines } from '../../src/extract/front-end.ts';

const LYNX = [
  '   When',
  '   [MATH: <mi> a </mi> <mo> ≠ </mo> <mn> 0 </mn> :MATH]',
  '   , there are two solutions to',
  '   [MATH: <mi> a </mi> <msup> <mi> x </mi> <mn> 2 </mn> </msup> <mo> + </mo> <mi> b </mi> <mi>',
  '   x </mi> <mo> + </mo> <mi> c </mi> <mo> = </mo> <mn> 0 </mn> :MATH]',
  '   and they are',
  '   [MATH: <mtable columnalign="right left" rowspacing="3pt"> <mtr> <mtd> <mrow',
  '   data-mjx-texclass="ORD"> <mi> x </mi> </mrow> </mtd> </mtr> </mtable> :MATH]',
  '',
].join('\n');

test("lynx's MathML source is read as the formula's text, line numbers kept", () => {
  const lines = readTextLines(LYNX);
  assert.equal(lines.length, LYNX.split('\n').length);
  assert.deepEqual(
    lines.map((l) => l.text.trim()),
    [
      'When',
      'a ≠ 0',
      ', there are two solutions to',
      'a x 2 + b x + c = 0',
      '',
      'and they are',
      'x',
      '',
      '',
    ],
  );
});

test('text without a formula is left as it is', () => {
  const text = 'A [MATH] tag in prose, and <b>bold</b> markup.\nSecond line.';
  assert.equal(mathAsText(text), text);
});
