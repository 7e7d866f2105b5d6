import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stopWords } from '../../src/normalize/language.ts';
import { hasStopWord, stopTableOf } from '../../src/normalize/stop-table.ts';
import { fnv1a } from '../../src/text.ts';

// The body finder counts a block's stop words through this table (describe): each answer must be
// the list's own, or a block's stop-word share, and with it the article found, would move.
test('the hashed stop-word table answers as the stop-word list does', () => {
  const sentence =
    "Der Bundestag hat am Donnerstag über das neue Gesetz abgestimmt, aren't l'état d'être";
  for (const lang of ['de', 'en', 'fr']) {
    const stops = stopWords(lang) as Set<string>;
    const table = stopTableOf(stops);
    const words = [...stops, ...sentence.toLowerCase().split(/[\s,]+/), '', 'zzzz'];
    for (const word of words) {
      assert.equal(hasStopWord(table, fnv1a(word) | 0, word), stops.has(word), `${lang} ${word}`);
    }
    // A word that shares a listed word's hash but not its letters is no stop word.
    assert.equal(hasStopWord(table, fnv1a('der') | 0, 'dex'), false);
  }
});
