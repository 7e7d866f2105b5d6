// The HTML front end's white-space collapsing and cleanLine's fast path (stop 40, issue 22) are
// speed changes only: each must give what the plain form gives, on every kind of white space.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanLine } from '../../src/extract/front-end.ts';
import { collapseSpaces } from '../../src/extract/html-front-end.ts';

// Every character JavaScript's \s matches, and a few near it that it does not.
const SPACES = [
  ' ',
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u00A0',
  '\u1680',
  '\u2000',
  '\u200A',
  '\u2028',
  '\u2029',
  '\u202F',
  '\u205F',
  '\u3000',
  '\uFEFF',
];
const OTHERS = ['a', 'é', '\u0001', '\u001C', '\u007F', '\u200B', '|'];

/** Strings of up to four characters over both sets, each kind of run and border included. */
function* strings(): Generator<string> {
  const chars = [...SPACES, ...OTHERS];
  for (const a of chars) {
    yield a;
    for (const b of chars) {
      yield a + b;
      for (const c of ['', ' ', '\n', 'x', '\u00A0']) yield a + b + c + a;
    }
  }
}

test('collapseSpaces gives what .replace(/\\s+/g, " ") gives', () => {
  for (const s of strings())
    assert.equal(collapseSpaces(s), s.replace(/\s+/g, ' '), JSON.stringify(s));
  const page = '  Budget\n\t\tpasses  the\u00A0house ,\r\n  at last \u2003 (AP)  ';
  assert.equal(collapseSpaces(page), page.replace(/\s+/g, ' '));
});

test("cleanLine gives the full replaces' result with or without the fast path", () => {
  const plain = (t: string): string =>
    t
      .replace(/\u00A0/g, ' ')
      // eslint-disable-next-line no-control-regex -- the reference form
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
      .trimEnd();
  for (const s of strings()) assert.equal(cleanLine(s), plain(s), JSON.stringify(s));
  assert.equal(cleanLine('Budget passes  \t'), 'Budget passes');
  assert.equal(cleanLine('a\u00A0b\u0007c \u00A0'), 'a bc');
});
