// Decoding files that are not UTF-8 (src/decode.ts, issue 21), on real text: passages of real
// Japanese, Chinese, Korean, Russian and German pages from ../shared/corpora/web-pages, written
// in their legacy encodings by the system iconv (test/fixtures/encodings/make.sh), and the
// Japanese passage as UTF-8 with one stray byte.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { decode } from '../../src/decode.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import type { InputFile } from '../../src/types.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/encodings');
const bytesOf = (name: string) => readFileSync(path.join(FIXTURES, name));
const originalOf = (name: string) => readFileSync(path.join(FIXTURES, 'original', name), 'utf8');

function read(name: string): InputFile {
  const file = readInputFile(name, bytesOf(name));
  assert.ok(!('reason' in file), `${name} rejected: ${'reason' in file ? file.reason : ''}`);
  return file;
}

/** Sample -> the encoding it must be read as, and the name its warning gives. */
const LEGACY: [string, string, string][] = [
  ['ja-shift_jis.txt', 'shift_jis', 'Shift_JIS'],
  ['ja-euc-jp.txt', 'euc-jp', 'EUC-JP'],
  ['zh-gbk.txt', 'gbk', 'GBK'],
  ['zh-big5.txt', 'big5', 'Big5'],
  ['ko-euc-kr.txt', 'euc-kr', 'EUC-KR'],
  ['ru-windows-1251.txt', 'windows-1251', 'Windows-1251'],
];

test('real Japanese, Chinese, Korean and Russian text in legacy encodings reads back exactly, with a warning naming the encoding', () => {
  for (const [name, encoding, shown] of LEGACY) {
    const file = read(name);
    assert.equal(file.encoding, encoding, name);
    assert.equal(file.text, originalOf(name), `${name}: not the original text`);
    assert.equal(file.warnings.length, 1, name);
    assert.match(
      file.warnings[0] ?? '',
      new RegExp(`not valid UTF-8 .*; read as ${shown}: `),
      name,
    );
  }
});

test('a UTF-8 page with one stray byte reads as UTF-8, the byte shown as U+FFFD, and the warning gives its offset', () => {
  const name = 'ja-utf8-stray-byte.txt';
  const file = read(name);
  const original = originalOf(name);
  const strayAt = Buffer.byteLength(original.split('\n').slice(0, 12).join('\n')) + 1;
  assert.equal(bytesOf(name)[strayAt], 0x92);
  assert.equal(file.encoding, 'utf-8 (bad bytes replaced)');
  assert.equal(file.text.split('\uFFFD').length, 2, 'one replacement character');
  assert.equal(file.text.replace('\uFFFD', ''), original, 'every other character as it was');
  // The stray byte is where make.sh put it: at the start of line 13.
  assert.ok(file.text.split('\n')[12]?.startsWith('\uFFFD'));
  assert.equal(file.warnings.length, 1);
  assert.match(
    file.warnings[0] ?? '',
    new RegExp(
      `^not valid UTF-8 at 1 byte \\(offset ${strayAt}\\), but [\\d,]+ non-ASCII characters are; read as UTF-8`,
    ),
  );
  assert.ok(!/[\u0080-\u00ff]{2}/.test(file.text), 'no Latin-1 mojibake');
});

test('Western text in Windows-1252 still reads as Windows-1252, with the same warning as before', () => {
  const file = read('de-windows-1252.txt');
  assert.equal(file.encoding, 'windows-1252');
  assert.equal(file.text, originalOf('de-windows-1252.txt'));
  assert.deepEqual(file.warnings, [
    `not valid UTF-8 (first bad byte at offset ${bytesOf('de-windows-1252.txt').findIndex((b) => b > 0x7f)}); ` +
      'read as Windows-1252, check its accented letters and quotes',
  ]);
});

test('the legacy samples are not valid UTF-8, and none reads as another legacy encoding', () => {
  for (const [name, encoding] of LEGACY) {
    assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytesOf(name)), name);
    assert.equal(decode(bytesOf(name))?.encoding, encoding);
  }
});

test('random bytes without NUL are read as Windows-1252 as before, never as an East Asian or Cyrillic text', () => {
  fc.assert(
    fc.property(fc.uint8Array({ minLength: 64, maxLength: 3000, min: 1 }), (bytes) => {
      // A byte-order mark says what the bytes are (fast-check found FF FE + 0x01s: UTF-16).
      const bom = [
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
      ];
      fc.pre(!bom.some((mark) => mark.every((b, i) => bytes[i] === b)));
      const decoded = decode(bytes);
      assert.ok(decoded);
      // fast-check favours small values, so an all-ASCII array (valid UTF-8) can come up; any
      // other random bytes read as Windows-1252, never in a legacy encoding of another script.
      let utf8 = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        utf8 = false;
      }
      assert.equal(decoded.encoding, utf8 ? 'utf-8' : 'windows-1252');
    }),
    { numRuns: 300 },
  );
  // With a NUL byte and no UTF-16 BOM they are refused, as before.
  assert.equal(decode(Buffer.concat([bytesOf('zh-gbk.txt'), Buffer.from([0])])), null);
});

test('the offset a warning gives is where a UTF-8 decoder stops, as warnings always gave it', () => {
  /** The longest prefix a streaming UTF-8 decoder takes without an error. */
  const decoderStops = (bytes: Uint8Array) => {
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    return lo;
  };
  const samples = [
    ...LEGACY.map(([name]) => bytesOf(name)),
    bytesOf('ja-utf8-stray-byte.txt'),
    bytesOf('de-windows-1252.txt'),
    readFileSync(path.join(import.meta.dirname, '../fixtures/normalize/bbc-latin1/input.txt')),
    // Latin-1 "café, the": the decoder takes "é" as the start of a sequence and stops at "t".
    Buffer.from('caf\xe9, the', 'latin1'),
  ];
  for (const bytes of samples) {
    const decoded = decode(bytes);
    assert.ok(decoded && 'firstBad' in decoded.why);
    assert.equal(decoded.why.firstBad, decoderStops(bytes));
  }
});
