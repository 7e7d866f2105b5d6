// wordsOf (src/topics/phrases.ts) reads words by hand; its words must be those of the expression
// it stands for, on the committed pages' real text (many languages and scripts) and on the marks
// that join or end a word.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { wordsOf } from '../../src/topics/phrases.ts';

const PAGES = path.resolve(import.meta.dirname, '../web-pages');

/** What wordsOf read with matchAll of its expression, before stop 54. */
function expressionWords(text: string): { text: string; lower: string; start: number }[] {
  const out = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:[.'’&][\p{L}\p{N}]+)*\.?/gu)) {
    const word = m[0].replace(/\./g, '').replace(/['’]s$|['’]$/u, '');
    if (word) out.push({ text: word, lower: word.toLowerCase(), start: m.index });
  }
  return out;
}

function dumps(): string[] {
  const readability = path.join(PAGES, 'readability');
  const trafilatura = path.join(PAGES, 'trafilatura', 'text', 'w3m');
  return [
    ...readdirSync(readability, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => path.join(readability, d.name, 'w3m.txt')),
    ...readdirSync(trafilatura).map((name) => path.join(trafilatura, name)),
  ];
}

test('wordsOf gives the expression’s words on the committed pages’ text', () => {
  const files = dumps();
  assert.ok(files.length > 20);
  let words = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const found = wordsOf(text);
    assert.deepEqual(found, expressionWords(text), file);
    words += found.length;
  }
  assert.ok(words > 10_000);
});

test('wordsOf reads dots, apostrophes, ampersands and other scripts as the expression does', () => {
  const cases = [
    "The U.S. and AT&T's O'Neill said.",
    'Kim Jong-il, Jong‑Il; 3.5% of 1,000.',
    "Greece's banks' ... '' & .. x.'y ’s",
    'İstanbul ǅemal ²Ⅻ ٣ 中文 𝐀𝐁c 😀a e\u0301 \ud800b \udc00c',
    'a. .b a.b. a..b a.&b',
  ];
  for (const text of cases) assert.deepEqual(wordsOf(text), expressionWords(text), text);
  assert.deepEqual(
    wordsOf("The U.S. and AT&T's O'Neill said.").map((w) => w.text),
    ['The', 'US', 'and', 'AT&T', "O'Neill", 'said'],
  );
});
