// Copies whose tool lost letters (src/dedup/damage.ts): compared with their damaged words
// repaired from the clean copies' words and with diacritics folded; published never so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldDiacritics, lostLetters, repairedCopies } from '../../src/dedup/damage.ts';
import { normalizedDoc } from '../helpers/articles.ts';

test('diacritics of Latin letters fold, other scripts and ß stay', () => {
  assert.equal(foldDiacritics('gebühren für bliżej zagłosował'), 'gebuhren fur blizej zaglosowal');
  assert.equal(foldDiacritics('größer'), 'großer');
  assert.equal(foldDiacritics('がっこう 新电脑'), 'がっこう 新电脑');
  assert.equal(foldDiacritics('plain ascii'), 'plain ascii');
});

test("a damaged word is repaired from a clean copy's word of the same other letters", () => {
  // The real lines of winfuture.de-NASA's html2text dump and of its page.
  const page = normalizedDoc('page.html', ['Ohne Registrierung, Gebühren oder Werbung.'], {
    title: 'NASA+ Streaming startet: Ohne Registrierung, Gebühren oder Werbung',
  });
  const dump = normalizedDoc('dump.txt', ['Ohne Registrierung, Geb\uFFFDhren oder Werbung.'], {
    title: 'NASA+ Streaming startet: Ohne Registrierung, Geb\uFFFDhren oder Werbung',
  });
  const [samePage, repaired] = repairedCopies([page, dump]);
  assert.equal(samePage, page);
  assert.equal(repaired?.title, page.title);
  assert.equal(repaired?.blocks[0]?.text, page.blocks[0]?.text);
  // The copy read is left as it was: only the comparison sees the repair.
  assert.equal(lostLetters(dump), 2);
});

test('a word no clean copy fits, or too damaged to say which, keeps its U+FFFD', () => {
  const page = normalizedDoc('page.html', ['Für die Gebühren']);
  const dump = normalizedDoc('dump.txt', [
    'F\uFFFDr die Geb\uFFFD\uFFFD\uFFFD\uFFFDen M\uFFFDnchen',
  ]);
  const repaired = repairedCopies([page, dump])[1];
  assert.equal(repaired?.blocks[0]?.text, 'Für die Geb\uFFFD\uFFFD\uFFFD\uFFFDen M\uFFFDnchen');
});

test('without a damaged copy the copies are returned as they are', () => {
  const docs = [normalizedDoc('a.txt', ['Gebühren']), normalizedDoc('b.txt', ['fur'])];
  assert.equal(repairedCopies(docs), docs);
});
