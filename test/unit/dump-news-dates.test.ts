// Dates of news pages' text dumps that print their day in a form the readers had missed (issue
// 21, stop 63): trafilatura's news pages as w3m, lynx and html2text print them
// (test/fixtures/page-dumps, their first lines, copied from ../shared/corpora/web-pages), read as a
// build reads one file. Each page's expected day is the one its evaldata.json declares; each was
// undated before.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  findDateSpan,
  findFiguresDateSpan,
  findOrderedFiguresDateSpan,
} from '../../src/normalize/dates.ts';
import { firstPublishedYears } from '../../src/extract/first-published.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/page-dumps');

function read(name: string): NormalizedDoc {
  const file = readInputFile('page.txt', readFileSync(path.join(fixtures, name)));
  assert.ok(!('reason' in file), 'the dump was rejected');
  return normalize(file as InputFile, corpusProfile([file as InputFile]));
}

test('a dateline glued to its clock time or to the name before it dates the story', () => {
  // "3 de mayo de 202221:25" under the standfirst: the year and the hour with no space.
  const lanacion = read('lanacion.com.ar-jugada.w3m.txt');
  assert.equal(lanacion.date?.value, '2022-05-03');
  assert.equal(lanacion.date?.from, '3 de mayo de 202221:25');
  // "Por Rodrigo Mejías04 de mayo 2022 a las 09:01 hrs.": the byline's name glued to the day.
  assert.equal(read('publimetro.cl-ministra.w3m.txt').date?.value, '2022-05-04');
  // A WordPress theme's published and updated days glued: the first is the publication's.
  assert.equal(read('sprechblase.wordpress.com.zapfsaeulen.w3m.txt').date?.value, '2019-11-17');
  assert.equal(findDateSpan('von Nadja Demel13.12.2022 - 08:13 Uhr')?.value, '2022-12-13');
  // The first date on the line, a Spanish day joined to its year by "del", not its update's.
  const libero = findDateSpan('sabado 07 de mayo del 2022Actualizado 07 May 2022 | 13:43 h');
  assert.equal(libero?.span, '07 de mayo del 2022');
  // A year glued to more figures that are no clock time, a capital before the day: no date.
  assert.equal(findDateSpan('Anglertalk 7. Januar 20220'), null);
  assert.equal(findDateSpan('macbacchi30.09.1907:44'), null);
});

test('a US date in figures on an English page, where a figure over 12 tells the order', () => {
  // politico in lynx: "12/30/2019 05:03 AM EST" under the byline, near the top, had been cut as
  // the page's time stamp; wired prints the month first with dots, "01.21.2020 07:00 AM".
  assert.equal(read('politico.com.retirement.lynx.txt').date?.value, '2019-12-30');
  assert.equal(read('wired.com.burn.w3m.txt').date?.value, '2020-01-21');
  assert.equal(findOrderedFiguresDateSpan('30/12/2019')?.value, '2019-12-30');
  // Both figures 12 or under: US or British, which is not known; a version number: no date.
  assert.equal(findOrderedFiguresDateSpan('11/08/23'), null);
  assert.equal(findOrderedFiguresDateSpan('version 14.1.22'), null);
});

test("a post's footer sentence and html2text's emphasised label date a post under its text", () => {
  // "Dieser Beitrag wurde am 04/02/2020 von kj in ... veröffentlicht.", read day first (German).
  const footer = read('strafprozess.ch.polizisten.w3m.txt');
  assert.equal(footer.date?.value, '2020-02-04');
  assert.equal(findFiguresDateSpan('am 04/02/2020 von kj')?.value, '2020-02-04');
  // "_Pubblicato il:  _ 30 Settembre 2020" under the story, its update's line under it.
  const vegolosi = read('vegolosi.it.climate.html2text.txt');
  assert.equal(vegolosi.date?.value, '2020-09-30');
  assert.match(vegolosi.date?.from ?? '', /Pubblicato/);
});

// Stop 64: the page's own note of its first publication, a bare dateline under the story's share
// bar, html2text's label without its accents (test/fixtures/page-dumps; each fixture is dated
// otherwise, or not at all, on ecff3b9).

test('a note that the story was first published earlier overrules the day the header prints', () => {
  // "|  Le 19 février 2020" over the story is its update (article:modified_time): the note under
  // the text says "initialement publié en avril 2017". Undated rather than dated wrong.
  assert.equal(read('madame.lefigaro.fr.dintestin.w3m.txt').date, null);
  // "Last updated 04 Jun 2020, originally created 17 Jun 2019": the update's label is refused,
  // the note's day is the publication (the page's datePublished).
  const pythonspeed = read('pythonspeed.com.docker.w3m.txt');
  assert.equal(pythonspeed.date?.value, '2019-06-17');
  // A note naming the printed day's year too does not contradict it.
  const years = firstPublishedYears([
    'Hinweis: Diesen Beitrag habe ich 2017 erstmals veröffentlicht und zuletzt 2020 aktualisiert.',
  ]);
  assert.deepEqual([...years], ['2017', '2020']);
});

test("a bare dateline under the share bar and html2text's unaccented footer date a post", () => {
  // lynx: "• teilen" / "• twittern" / "• teilen" / "• E-Mail" / "8. November 2021" under the text.
  const tierschutz = read('tierschutzpartei.de-wildvogelauffang.lynx.txt');
  assert.equal(tierschutz.date?.value, '2021-11-08');
  assert.equal(tierschutz.date?.from, '8. November 2021');
  // "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veroffentlicht ...":
  // html2text lost the page's accents.
  assert.equal(read('whiskyverkostung.com.halle.html2text.txt').date?.value, '2019-11-27');
});
