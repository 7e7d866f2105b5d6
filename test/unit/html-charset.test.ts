import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { decodeHtml, prescanLabel } from '../../src/html/charset.ts';

// Real pages converted by test/fixtures/html/charset/make.sh; <name>.sha256 is the sha256 of the
// UTF-8 text they were converted from, so a right decoding gives it back exactly.
const dir = path.join(import.meta.dirname, '../fixtures/html/charset');
const page = (name: string) => readFileSync(path.join(dir, `${name}.html`));
const original = (name: string) => readFileSync(path.join(dir, `${name}.sha256`), 'utf8').trim();
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

for (const [name, encoding] of [
  ['shift_jis', 'shift_jis'],
  ['windows-1251', 'windows-1251'],
] as const) {
  test(`a ${encoding} page is decoded from its <meta> declaration to the exact original text`, () => {
    const decoded = decodeHtml(page(name));
    assert.deepEqual(decoded.charset, { encoding, source: 'meta' });
    assert.equal(sha256(decoded.text), original(name));
    assert.ok(!decoded.text.includes('\uFFFD'));
  });
}

test('the HTTP Content-Type charset overrides the page, as in a browser', () => {
  const bytes = page('windows-1251');
  // cp1251 is a WHATWG label of windows-1251: the same text.
  const same = decodeHtml(bytes, 'text/html; charset="cp1251"');
  assert.deepEqual(same.charset, { encoding: 'windows-1251', source: 'http' });
  assert.equal(sha256(same.text), original('windows-1251'));
  // A server that says KOI8-R is believed over the page's <meta>: another text.
  const other = decodeHtml(bytes, 'text/html; charset=KOI8-R');
  assert.deepEqual(other.charset, { encoding: 'koi8-r', source: 'http' });
  assert.notEqual(sha256(other.text), original('windows-1251'));
  assert.ok(other.text.includes('Подольски') === false);
  assert.ok(same.text.includes('Подольски завершил карьеру в сборной'));
});

test('an unknown label is passed over and reported; the next declaration decides', () => {
  const decoded = decodeHtml(page('shift_jis'), 'text/html; charset=x-no-such-encoding');
  assert.deepEqual(decoded.charset, { encoding: 'shift_jis', source: 'meta' });
  assert.equal(decoded.unknownLabel, 'x-no-such-encoding');
  assert.equal(sha256(decoded.text), original('shift_jis'));
});

test('valid UTF-8 bytes under a legacy declaration are read as UTF-8 and the declaration reported', () => {
  // The Shift_JIS page saved again as UTF-8 by a tool that left its <meta> saying Shift_JIS (as
  // the corpus's qq page says gb2312 over UTF-8 bytes).
  const utf8 = Buffer.from(decodeHtml(page('shift_jis')).text, 'utf8');
  const decoded = decodeHtml(utf8);
  assert.deepEqual(decoded.charset, { encoding: 'utf-8', source: 'sniffed' });
  assert.equal(decoded.contradicted, 'shift_jis');
  assert.equal(sha256(decoded.text), original('shift_jis'));
});

test('a byte order mark beats every declaration', () => {
  const utf8 = Buffer.from(decodeHtml(page('windows-1251')).text, 'utf8');
  const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
  const decoded = decodeHtml(withBom, 'text/html; charset=windows-1251');
  assert.deepEqual(decoded.charset, { encoding: 'utf-8', source: 'bom' });
  assert.equal(sha256(decoded.text), original('windows-1251'));
});

test('latin1 and iso-8859-1 labels read as windows-1252: curly quotes and the euro sign survive', () => {
  for (const label of ['iso-8859-1', 'latin1', 'ISO_8859-1']) {
    const bytes = Buffer.concat([
      Buffer.from(`<html><head><meta charset="${label}"><title>x</title></head><body>`),
      Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x80, 0x35, 0x20, 0x63, 0x61, 0x66, 0xe9]),
    ]);
    const decoded = decodeHtml(bytes);
    assert.equal(decoded.charset.encoding, 'windows-1252', label);
    assert.ok(decoded.text.endsWith('“Hi” €5 café'), label);
  }
});

test('with nothing declared, valid UTF-8 is UTF-8 and anything else windows-1252', () => {
  assert.deepEqual(decodeHtml(Buffer.from('<p>Zürich – “quoted”</p>')).charset, {
    encoding: 'utf-8',
    source: 'sniffed',
  });
  const cp1252 = decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68]));
  assert.deepEqual(cp1252.charset, { encoding: 'windows-1252', source: 'sniffed' });
  assert.equal(cp1252.text, '<p>Zürich');
});

test('the prescan follows the standard: comments, pragma, other tags, UTF-16 and 1024 bytes', () => {
  const scan = (html: string) => prescanLabel(Buffer.from(html, 'latin1'));
  assert.equal(scan('<meta charset="gbk">'), 'gbk');
  assert.equal(
    scan('<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=EUC-KR">'),
    'euc-kr',
  );
  // content= counts only with http-equiv=content-type (the "need pragma" rule).
  assert.equal(scan('<meta content="text/html; charset=gbk"><meta charset=big5>'), 'big5');
  assert.equal(scan('<!-- <meta charset="gbk"> --><meta charset="euc-jp">'), 'euc-jp');
  // A "<meta" inside another tag's attribute value is not a declaration.
  assert.equal(scan('<div title="<meta charset=gbk>"></div><meta charset=koi8-r>'), 'koi8-r');
  assert.equal(scan(`<!doctype html>${' '.repeat(1024)}<meta charset="gbk">`), null);
  // A page cannot declare UTF-16 in ASCII bytes: the standard reads it as UTF-8.
  assert.equal(
    decodeHtml(Buffer.from('<meta charset="utf-16"><p>é</p>', 'latin1')).charset.encoding,
    'utf-8',
  );
});

for (const [name, encoding] of [
  ['shift_jis', 'shift_jis'],
  ['windows-1251', 'windows-1251'],
] as const) {
  test(`a ${encoding} page that declares nothing is sniffed as the text path sniffs, not read as windows-1252`, () => {
    // The page with its <meta> declaration blanked out (spaces keep every offset).
    const bytes = Buffer.from(page(name));
    const declaration = /<meta[^>]*charset[^>]*>/i.exec(bytes.toString('latin1'));
    assert.ok(declaration);
    bytes.fill(0x20, declaration.index, declaration.index + declaration[0].length);
    const decoded = decodeHtml(bytes);
    assert.deepEqual(decoded.charset, { encoding, source: 'sniffed' });
    assert.ok(!decoded.text.includes('\uFFFD'));
    assert.match(decoded.sniffWarning ?? '', /not valid UTF-8.*check its text/);
  });
}

test('a legacy encoding a <meta> in the <head> declares after the prescan bytes is read (stop 45, hh45)', () => {
  // The head of trafilatura's gazeta.pl page ("Ziemniaki na szóstej..."), cut after its
  // <meta charset="ISO-8859-2"> at byte 1,222: the prescan's 1024 bytes miss it, and the sniffer
  // read the page as windows-1252 ("dziesi±tej").
  const bytes = readFileSync(path.join(dir, 'late-meta-iso-8859-2.html'));
  assert.equal(prescanLabel(bytes), null);
  const decoded = decodeHtml(bytes);
  assert.deepEqual(decoded.charset, { encoding: 'iso-8859-2', source: 'meta' });
  assert.match(decoded.text, /<title>"Ziemniaki na szóstej, surówka na dziesiątej"\. Jak pomagać,/);
  // After the <head> a <meta> is not a declaration of the page's encoding.
  const inBody = Buffer.concat([
    Buffer.from(`<html><head><title>x</title></head><body>${' '.repeat(1024)}`),
    Buffer.from('<meta charset="ISO-8859-2"><p>dziesi\xb1tej</p></body></html>', 'latin1'),
  ]);
  assert.equal(decodeHtml(inBody).charset.encoding, 'windows-1252');
});
