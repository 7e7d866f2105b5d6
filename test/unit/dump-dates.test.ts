// Dates of full-page text dumps (issue 21): trafilatura's evaluation pages dumped by w3m and
// html2text (test/fixtures/page-dumps, copied whole from ../shared/corpora/web-pages), read as a
// build reads one file. Each page's expected day is the one its evaldata.json declares and its
// dump prints under the headline; a date the page prints for something else (a caption, an
// embedded post, an update) must not be taken: undated beats wrong.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { foldDump, printsDay } from '../../bench/extract/printed-day.ts';
import {
  findDate,
  findFiguresDateSpan,
  inSentence,
  isForeignDateLine,
} from '../../src/normalize/dates.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';

const fixtures = path.join(import.meta.dirname, '../fixtures/page-dumps');
/** The extraction gate's w3m dumps of trafilatura's pages (test/web-pages): read there, one copy. */
const trafilaturaW3m = path.join(import.meta.dirname, '../web-pages/trafilatura/text/w3m');

function read(name: string, dir = fixtures): NormalizedDoc {
  const file = readInputFile('page.txt', readFileSync(path.join(dir, name)));
  assert.ok(!('reason' in file), 'the dump was rejected');
  return normalize(file as InputFile, corpusProfile([file as InputFile]));
}

test('a dateline under a byline or a standfirst read as the story is still the dateline', () => {
  // "By" / "Ariel H" / "-" / "October 26, 2020" under the headline; the story was found to start
  // at "By", and the date line stands against the byline's lines, not between blank lines.
  assert.equal(read('mydailymagazine.com.halloween.w3m.txt').date?.value, '2020-10-26');
  // "...nicht lassen." / "06.12.2022" under the standfirst.
  assert.equal(read('zfk.de.waermepumpen.w3m.txt').date?.value, '2022-12-06');
});

test('a publication label above the headline dates the story from further up', () => {
  // "Veröffentlicht: 24. Oktober 2022" 8 lines and "Veröffentlicht am 26. Oktober 2023" 22 lines
  // above the headline (in the dump; fewer in the lines with text).
  assert.equal(read('fluessiggas.de.dimethylether.w3m.txt').date?.value, '2022-10-24');
  assert.equal(read('KATAPULT-Magazin.de-parteien.w3m.txt').date?.value, '2023-10-26');
});

test('a dateline in figures with a two-figure year, on a page not in English', () => {
  const doc = read('der-farang.com-Grab-Bote.w3m.txt');
  assert.equal(doc.date?.value, '2023-10-31');
  assert.equal(doc.date?.from, 'Von: Björn Jahner | 31.10.23');
  // Read day first; the header reader asks for it only on pages not in English (below).
  assert.equal(findFiguresDateSpan('Le 17/02/2020')?.value, '2020-02-17');
  assert.equal(findFiguresDateSpan('version 1.2.3'), null);
});

test("html2text's escaped day dot gives the day, not the month alone", () => {
  // "10\\. November 2021" had been read as "November 2021".
  const doc = read('diakonie.de-Lebensgefuehl.html2text.txt');
  assert.equal(doc.date?.value, '2021-11-10');
  assert.equal(findDate('__1\\. November 2023')?.value, '2023-11-01');
});

test('a month of another language written first, as WordPress themes print it', () => {
  assert.equal(read('sladisworld.wordpress.com.sigma.w3m.txt').date?.value, '2019-12-10');
  assert.equal(findDate('Veröffentlicht am Oktober 25, 2023 by Julia')?.value, '2023-10-25');
  assert.equal(findDate('10 mayo, 2022')?.value, '2022-05-10');
});

test('an update stamp in German is not the publication date', () => {
  // "_Aktualisiert am 19.02.2020_" above "26\\. September 2019 Ulrike Stockhausen ...".
  assert.equal(read('bloghaus.hypotheses.org.2320.html2text.txt').date?.value, '2019-09-26');
});

test("an embedded post's or a caption's date is never taken", () => {
  // "— Donald J. Trump (@realDonaldTrump) May 2, 2020" under the headline of a May 4 story,
  // dated by its "04.05.20 14:50" over the headline (below).
  assert.equal(read('fr.de.nordkorea.w3m.txt').date?.value, '2020-05-04');
  // "premiering on CBS on March 7, 2021. (Photo by ... Getty Images)" and another caption's
  // "attend a ... Reception on October 02, 2019" under the headline of a March 14 story.
  assert.equal(read('edition.cnn.com-royal.w3m.txt').date, null);
});

test("engadget's US date in figures is left unread on its English page", () => {
  // "11.03.17 in Gadgetry" is November 3: read day first it would be March 11.
  const doc = read('engadget/w3m.txt', path.join(import.meta.dirname, '../web-pages/readability'));
  assert.notEqual(doc.date?.value, '2017-03-11');
});

test("the bench's printed-day detector reads the common forms of a day", () => {
  const shows = (text: string, day: string) => printsDay(foldDump(text), day);
  for (const text of [
    '14.06.2013',
    '14\\. Juni 2013 at 20:51',
    'June\n   14, 2013',
    '14th of June, 2013',
    '14 de junio de 2013',
    '2013-06-14T10:00:00',
    '2013年6月14日',
    '6/14/2013',
    '14/06/13',
    '2013. június 14.',
    'Posted on Freitag, 14. Juni 2013Samstag',
  ]) {
    assert.ok(shows(text, '2013-06-14'), text);
  }
  for (const text of ['June 14', '114.06.2013', '14.06.2013', '14.06.20134']) {
    assert.ok(!shows(text, text === '14.06.2013' ? '2013-06-15' : '2013-06-14'), text);
  }
});

test('a date printed twice without a space gives its day, and a month alone is no dump date', () => {
  // "1. November 20161. November 2016 surfguard" had been read as the month alone.
  assert.equal(read('surfguard.wordpress.com.medien.w3m.txt').date?.value, '2016-11-01');
  // "Hildesheimer Presse 1. November 20231. November 2023 Bockenem, ..." over the story's
  // sentence "Am 31.10.2023, gegen 23:40 Uhr, kam es in der Nordstraße ...".
  assert.equal(read('hildesheimer-presse.de-hund.lynx.txt').date?.value, '2023-11-01');
  assert.equal(
    findDate('Posted on28. Juli 201928. Juli 2019AuthorAndreas Kalt')?.value,
    '2019-07-28',
  );
});

test("an event's, a span's, another post's or a comment's date is refused", () => {
  // An online seminar's "19.1.23, 10:00-11:30 Uhr" above the story's "20.12.2022".
  assert.equal(read('arbeit-und-arbeitsrecht.de.urlaub.w3m.txt').date?.value, '2022-12-20');
  // The next post's link "« Whiskydinner – ... 14.12.2019, 19 Uhr" under a comment form's heading
  // is refused; since stop 63 the post's own footer sentence, above it, dates the post ("Der
  // Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht", evaldata's day).
  const whisky = read('whiskyverkostung.com.halle.w3m.txt').date;
  assert.equal(whisky?.value, '2019-11-27');
  assert.match(whisky?.from ?? '', /^Der Beitrag wurde am/);
  // A weekly report's "Wochenbericht 14. - 20. Januar 2022" (the story's day is the 14th).
  assert.equal(read('slf.ch-lawinensituation.html2text.txt').date, null);
  // "DDF sagt:" / "10. Juni 2008 um 14:28": a comment's date, refused. Since stop 44 the story is
  // found above the comments ("ChillerXXL sagt:", hl44a) and an indented "# Belohnung: ..." is no
  // <h1> (marginHeadingLevel, hl44e), so the post's title is taken and its own dateline "26 Mai,
  // 2008 | ThE_PaiN | Kommentare 34 |" dates it (before: no date). Either rule alone does it.
  assert.equal(read('archive.org.the-pain.net.silkroad.w3m.txt').date?.value, '2008-05-26');
  // Three hidden time stamps of two days, none labelled.
  assert.equal(read('drk.de-Glasgow.w3m.txt').date, null);
});

test('a labelled publication line under the headline dates a dump with no dateline there', () => {
  // "Veröffentlicht am: 6. August 2009" under the post's text, 14 lines with text below the
  // headline; "erstellt von Dominique — veröffentlicht 28.01.2022 06:00" 52 lines down, the
  // label inside the line. Both dumps had been left undated.
  assert.equal(read('archiv.krimiblog.de.2895.txt', trafilaturaW3m).date?.value, '2009-08-06');
  const doc = read('gay.ch-papst.w3m.txt');
  assert.equal(doc.date?.value, '2022-01-28');
  assert.equal(doc.date?.from, 'erstellt von Dominique — veröffentlicht 28.01.2022 06:00');
});

test('a dateline labelled "Erstellt am:" or "• Date" under the post dates a dump too', () => {
  assert.equal(read('simmeltalzeitung.ch-Trinkwasser.w3m.txt').date?.value, '2023-11-01');
  // "• Date 6. Dezember 2022", a list item 70 lines under the headline (the committed sample).
  const sample = path.join(import.meta.dirname, '../web-pages/trafilatura/text/w3m');
  assert.equal(read('greentech.live.energiesparen bei cern.txt', sample).date?.value, '2022-12-06');
});

test("a headline taken from a list of dated teasers gives no date: the date under it is that teaser's", () => {
  // herrpfleger's "Lesenswert" box: "Runtastic-Lauf zu Nike+ exportieren" / "31. Mai 2016", "New
  // Balance Fresh Foam 1080" / "22. Februar 2016", "New Balance Fresh Foam Vongo" / "18. Mai
  // 2016" under the story, whose own date the dump prints nowhere (evaldata: 2019-10-01). The
  // headline finder took the box's second title (in lynx, since stop 42's cut lines read with
  // their indentation, another teaser's: "Update zur Yeelight Smart LED Glühbirne", undated).
  // Since stop 44 (hl44f's inDatedTeaserList) the box's titles under the story are teasers, and
  // w3m takes the slider's over it too. Since hl44j the rule is asked of every candidate: lynx
  // takes the story's title, printed first in the slider over "vor 4 Monaten" / "Musik" /
  // "Faszination Loopstation-Battle" / "18. Januar 2019", the next teaser's day, which the header
  // reader (nextTitleOverDate) no longer reads; w3m a section's line, still wrong, undated, and
  // since stop 47 (hl47a's titleUnderCategories) the title under that row, undated.
  for (const tool of ['w3m', 'lynx'] as const) {
    const doc = read(`herrpfleger.de.fuelcell.${tool}.txt`);
    assert.equal(doc.title, 'New Balance: FuelCell Echo bringt Speed', tool);
    assert.equal(doc.date, null, tool);
  }
});

test('a byline with a publication label before its date is a dateline, however many its words', () => {
  // "FIT FOR FUN —  02.01.23 09:51", the print stamp, over the headline; under the standfirst
  // "von Mathilda Trausch, Online-Redaktion Veröffentlicht: 26.12.2022" (6 words besides the
  // date) had been read as a wrapped sentence's line, and the print stamp's day was given.
  const doc = read('fitforfun.de.sozialeaengste.w3m.txt');
  assert.equal(doc.date?.value, '2022-12-26');
  assert.equal(doc.byline, 'Mathilda Trausch');
});

test('a date in figures after a publication label in German is read day first on any page', () => {
  // "Veröffentlicht am 15/07/2014 von Guido Beyss" under the headline of a post quoting Steve
  // Jobs in English: the page reads as English, where figures are not read, but the label says
  // how the date is written.
  assert.equal(
    read('beyssonmanagement.com.innovation.txt', trafilaturaW3m).date?.value,
    '2014-07-15',
  );
});

test("a book's release date among its sheet's fields is not the review's", () => {
  // "ISBN: / Seiten: / Format: / Verlag: / Übersetzer: / Erscheinungsdatum: 14.08.2017 / Preis:"
  // under a Blogger review dated "Samstag, 9. September 2017" over its headline.
  assert.notEqual(read('weinlachgummis.blogspot.com.rezi.w3m.txt').date?.value, '2017-08-14');
});

test('a row of a table of dated topics does not date the page', () => {
  // The forum's "Neueste Themen": "Kurznotiz  von lupa  * 02/03/16, 11:11 am" among nine rows of
  // other days; the page's post is of 26/10/13.
  assert.notEqual(
    read('wolfsrebellen-netz.forumieren.com.regeln.w3m.txt').date?.value,
    '2016-03-02',
  );
});

test("a machine's time stamp printed by the dump, its kind unsaid, is no dateline", () => {
  // lynx wraps drk's hidden stamps one day a line: "...angewiesende-DE2021-10-27T20:35:36+01:00
  // 2021-10-27T20:35:36+01:00" (a modification) over "2021-10-28T13:21:30+01:00".
  assert.notEqual(read('drk.de-Glasgow.lynx.txt').date?.value, '2021-10-27');
});

test("a quotation's source, its date closing the line with a colon, does not date the page", () => {
  // "**Benedikt XVI., Enzyklika „** **Deus caritas est " 5/6, 25. Dezember 2005:**" over the
  // quoted passage, html2text.
  assert.notEqual(read('kath.net-Menschensohn.html2text.txt').date?.value, '2005-12-25');
});

test("a caption's date on the wrapped rest of its sentence is not the story's", () => {
  // lynx: "Doctors examine an injured child ... after an Israeli attacks on Gaza" / "City, Gaza
  // on October 21, 2023."; the story's dateline is "November 8 2023, 3:18 p.m.".
  assert.equal(read('theintercept.com-Gaza.lynx.txt').date?.value, '2023-11-08');
});

test("html2text's icon emphasis against a month-first date", () => {
  // "Shana Nys Dambrot __November 6, 2023 __" under the headline, a teaser's "October 27, 2023"
  // above it.
  assert.equal(read('laweekly.com-Cultivation.html2text.txt').date?.value, '2023-11-06');
  assert.equal(findDate('__November 6, 2023 __')?.value, '2023-11-06');
});

test('a date beside a headline taken from a list of posts or of teasers, or in a menu, is not taken', () => {
  // A blog's front page: "Publiziert am 10. Juli 2013 von uriebe" under the second post taken
  // for the headline, each post so dated; the page is undated rather than dated by one post.
  assert.equal(read('echte-demokratie-jetzt.de.blog.w3m.txt').date, null);
  // "weitere Artikel" (a bare day over each title) then "Verwandte Artikel" ("Von Jörg Staff am
  // 10.08.2022" under each), the headline taken from the second list: "10.08.2022" is a teaser's.
  assert.notEqual(read('humanresourcesmanager.de.diversity.w3m.txt').date?.value, '2022-08-10');
  // The masthead's "Miércoles 4 de Mayo de 2022" between two section menus is the day the page
  // was saved; the story's "3 de Mayo de 2022" is printed under its standfirst.
  assert.notEqual(read('infobae.com-ucrania.w3m.txt').date?.value, '2022-05-04');
});

test('a dateline in figures alone right over the headline, on a page not in English', () => {
  // fr.de: "04.05.20 14:50" over the kicker "Nordkorea" and the headline (findDate leaves a
  // two-figure year out; the header's own reader takes it, now the reader above the headline too).
  const doc = read('fr.de.nordkorea.w3m.txt');
  assert.equal(doc.date?.value, '2020-05-04');
  assert.equal(doc.date?.from, '04.05.20 14:50');
});

test("a caption's wrapped rest is told by the line above as printed, a line already read too", () => {
  // lynx: "...and released on" / "March 5, 2021, Oprah Winfrey interviews ..." in a caption
  // under the update stamp; the line above was taken (blank in the lines left) and read as none.
  assert.notEqual(read('edition.cnn.com-royal.lynx.txt').date?.value, '2021-03-05');
});

test("the next teaser's day under an earlier print of the headline is not the story's", () => {
  // html2text: "## New Balance: FuelCell Echo bringt Speed" / "vor 4 Monaten" / "Musik" / "##
  // Faszination Loopstation-Battle" / "18\. Januar 2019" in a teaser list over the story.
  assert.notEqual(read('herrpfleger.de.fuelcell.html2text.txt').date?.value, '2019-01-18');
});

test('a day, its weekday, month and year, each in its own box, is a date', () => {
  // WordPress's Chateau theme on 1hundetagebuch.wordpress.com: w3m and lynx print "31 Donnerstag
  // Okt 2019", html2text "**31** _Donnerstag_ Okt 2019"; the weekday between day and month left
  // the page undated.
  assert.equal(findDate('31 Donnerstag Okt 2019')?.value, '2019-10-31');
  assert.equal(findDate('**31** _Donnerstag_ Okt 2019')?.value, '2019-10-31');
  assert.equal(findDate('31 Thursday Oct 2019')?.value, '2019-10-31');
  // A weekday not between a day and a month dates nothing more than before.
  assert.equal(findDate('12 Mittwoch 2019'), null);
});

test("the dateline under the headline's print at the margin, past its indented copies", () => {
  // cooperativa.cl-presidente in lynx: the headline read at the margin in the "En portada"
  // teaser list, under its indented copy; the header 36 lines up prints it at the margin over
  // "Publicado:" / "Miércoles, 4 de Mayo de 2022 a las 07:46hrs.", the photo's caption (indented)
  // between. The nearest copy, the teaser's link, has no date under it.
  const doc = read('cooperativa.cl-presidente.lynx.txt');
  assert.equal(
    doc.title,
    'Presidente Boric vuelve a su casa, Magallanes: Este miércoles realiza su segunda visita a regiones',
  );
  assert.equal(doc.date?.value, '2022-05-04');
});

test("a results table's column of one day, printed in every row, does not date the page", () => {
  // "100 m Schi A W14       19.05.2007" in each row of a meeting's results, the headline taken
  // from a row; the post's own "20. Mai 2007" stands over the table. Undated beats the day off.
  assert.equal(read('leichtathletik-ostalbkreis.de.1952007.lynx.txt').date, null);
});

test("a forum reply's subject taken for the headline gives no date: the dates are the replies'", () => {
  // html2text takes "Re: Forums-Regeln" over "von **lupa** am 26/05/14, 07:41 am", the second
  // post's day; the thread opened 26/10/13.
  assert.notEqual(
    read('wolfsrebellen-netz.forumieren.com.regeln.html2text.txt').date?.value,
    '2014-05-26',
  );
});

test("a deadline's or a customer review's labelled date is not the page's", () => {
  // together.ch's event page "Deadline: 15. März 2020"; verivox.de's "Kundenbewertung 02.05.2020
  // um 00:21 Uhr" over the reviews (trafilatura's pages that declare no date, in w3m).
  assert.ok(isForeignDateLine('Deadline: 15. März 2020', true));
  assert.ok(isForeignDateLine('Kundenbewertung 02.05.2020 um 00:21 Uhr', true));
  assert.ok(!isForeignDateLine('Veröffentlicht am 02.05.2020 um 00:21 Uhr', true));
});

test("a widget's list of dated posts under the headline does not date the page", () => {
  // "Recent Posts" / "• zz plant carezz plant care October 30, 2020 Kate May" / "• polka dot
  // plant carepolka dot plant care October 28, 2020 Kate May" under a story of 21 April 2020.
  assert.equal(read('youhadmeatgardening.com.lemon.w3m.txt').date, null);
});

test("the Wayback Machine's toolbar over a capture does not date the page: its span is the captures'", () => {
  // "22 captures" / "21 Feb 2007 - 23 Mar 2021" over "About this capture" ... "TIMESTAMPS", the
  // first and last captures' days; the captured article prints none (w3m prints the span beside
  // the calendar's years, html2text alone on its line).
  assert.equal(read('archive.org-travaillent.w3m.txt').date, null);
  assert.equal(read('archive.org-travaillent.html2text.txt').date, null);
  // A capture whose post prints its own day under the headline is still dated by it.
  assert.equal(read('archive.org.the-pain.net.silkroad.w3m.txt').date?.value, '2008-05-26');
});

test("a sentence's day in a file read as clean text (no page header) does not date it", () => {
  // lynx's guenter-pilger.de: "Ich habe am 12. Mai 2006 eine Mail-Aktion an die Mitglieder des
  // Bundestages gestartet mit" / "folgendem Inhalt:", the page's first paragraph, wrapped.
  assert.equal(read('guenter-pilger.de.mailaktion.lynx.txt').date, null);
  assert.ok(
    inSentence(
      'Ich habe am 12. Mai 2006 eine Mail-Aktion an die Mitglieder des Bundestages gestartet mit',
      '12. Mai 2006',
    ),
  );
  assert.ok(!inSentence('Veröffentlicht am 12. Mai 2006 von Günter Pilger', '12. Mai 2006'));
});

test("a gallery picture's name printed again as its caption with a credit dates the picture, not the page", () => {
  // "• Amrumbank West Topside Installation 28.04.2014" over "Amrumbank West Topside Installation
  // 28.04.2014 © E.ON Climate & Renewables/Matthias Ibeler", one of 13 pictures under the
  // headline of a page that declares no date.
  assert.equal(read('offshore-stiftung.de.offshore-windenergie.w3m.txt').date, null);
});

test("an event's hours, a stay's span of days and a guest's review do not date the page", () => {
  // together.ch's event over its headline: "30. März 2020, 13:15 Uhr - 19:00 Uhr".
  assert.equal(read('together.ch.schaffhausen.w3m.txt').date, null);
  assert.ok(isForeignDateLine('30. März 2020, 13:15 Uhr - 19:00 Uhr', true));
  assert.ok(isForeignDateLine('Mon 4 May 2020, 9:00 am - 5:00 pm', true));
  // A dateline's clock time before its day in figures is no span.
  assert.ok(!isForeignDateLine('Von Anna Berg, 10:45 Uhr - 03.02.2022', true));
  // travanto.de's holiday flat: "Bewertung von Kirschi1017 vom 23.05.2018" over each review,
  // "Verreist vom 17.05.2018 bis 20.05.2018 als Familie" under it.
  assert.equal(read('travanto.de.ferienhaus-feinen.lynx.txt').date, null);
  assert.ok(isForeignDateLine('Verreist vom 17.05.2018 bis 20.05.2018 als Familie', true));
  assert.ok(!isForeignDateLine('Veröffentlicht am 17.05.2018 um 20:05 Uhr', true));
});

test("a software's sheet printed as html2text's table rows dates the release, not the page", () => {
  // "Sprache:| Englisch" / "Downloadzahl:| 6.434" / "Version:| 9.04 \- vom 12.02.2020" /
  // "Kaufpreis:| " / "ab 70 Euro" / "Hersteller:| Jetico" ... (chip.de's download page).
  assert.equal(read('chip.de.bestcrypt.html2text.txt').date, null);
});

test("the last of a file list's commit days over a README's title does not date the page", () => {
  // github's yapapi in html2text: "pyproject.toml" / "Use updated yagna REST API bindings (#944)"
  // / "Apr 15, 2022", the list's last row, three lines over "# Golem Python API".
  assert.equal(read('github.com.yapapi.html2text.txt').date, null);
});

/** A page dump read as a build reads one file, from its text. */
function readText(text: string): NormalizedDoc {
  const file = readInputFile('page.txt', Buffer.from(text));
  assert.ok(!('reason' in file), 'the dump was rejected');
  return normalize(file as InputFile, corpusProfile([file as InputFile]));
}

/** l-mag.de's story in w3m (trafilatura's l-mag.de-Holocaust-Gedenken), its first lines. */
const LMAG = [
  ' L-Mag',
  '',
  '  • Home',
  '  • News',
  '  • K-Word',
  '  • Aus dem Heft',
  '  • Princess Charming',
  '  • L-Word Gen Q',
  '  • L-Dating',
  '  • L-Termine',
  '  • Datenschutz',
  '  • Mediadaten',
  '',
  'Holocaust-Gedenktag: Lesbische Erinnerungskultur mit Stolpersteinverlegung',
  '',
  'Zum Tag des Gedenkens an die Opfer des Nationalsozialismus am 27. Januar erinnern die',
  'Wirtschaftsweiber e.V. an verfolgte Lesben und ehren in Köln Dr. Hertha Kraus mit der Verlegung',
  'eines Stolpersteins.',
  '',
  '[Stolperstein_Hertha_Kraus_c_Alexandra_Sackmann] Alexandra Sackmann',
  '',
  'Von Claudia Lindner',
  '',
  'OPENING - Bei der Erinnerung an die Verfolgten des NS-Regimes in Deutschland waren queere Opfer',
  'oft unsichtbar, was erst recht für lesbische Frauen gilt. Erst in letzter Zeit findet eine',
  'Auseinandersetzung um die Ehrung von lesbischen Opfern statt, wie die Zustimmung für die Errichtung',
  'einer Gedenkkugel in der Gedenkstätte Ravensbrück zeigt (wir berichteten).',
  '',
  'Um diese Erinnerungskultur auch lokal zu fördern, haben die Wirtschaftsweiber e.V. in Köln einen',
  'Stolperstein für die Sozialwissenschaftlerin Dr. Hertha Kraus gestiftet. Unterstützt wurde die',
  'Verlegung vom Kölner Frauengeschichtsverein e.V. und dem NS-Dokumentationszentrum Köln.',
  '',
].join('\n');

test("a day opening the story's first paragraphs, set apart by a dash, dates an undated dump", () => {
  // The story prints its day only where its text starts ("27.1.2022 - Bei der Erinnerung ..."),
  // as the HTML path reads a saved page's first paragraph (html-dateline.ts dayOpeningStory).
  const doc = readText(LMAG.replace('OPENING', '27.1.2022'));
  assert.equal(doc.date?.value, '2022-01-27');
  // The paragraph stays the story's, its day with it.
  assert.ok(doc.blocks.some((b) => b.text.startsWith('27.1.2022 - Bei der Erinnerung')));
});

test("a story's sentence that starts with a day is no dateline", () => {
  // "27.1.2022 war ..." is the sentence's subject, not a day set apart from the text.
  const doc = readText(LMAG.replace('OPENING - Bei', '27.1.2022 war ein Tag. Bei'));
  assert.equal(doc.date, null);
});

/** jagdoesterreich.at's press release in w3m (trafilatura's jagdoesterreich.at-Parkplätze), shortened. */
const JAGD = [
  'Zum Inhalt springen',
  'jagd-oesterreich.at Logo jagd-oesterreich.at Logo jagd-oesterreich.at Logo',
  '',
  '  • ÜBER UNS',
  '      □ Landesjagdverbände',
  '      □ Präsidium',
  '  • INTERAKTIVKARTE',
  '  • WILDINFORMATION',
  '  • MEDIA',
  '      □ Neuigkeiten',
  '      □ Presseaussendungen',
  '',
  'Zurück',
  '',
  'NÖ Jagdverband: Auf Natur & Wildtier-Bedürfnisse achten',
  '',
  'NÖ Jagdverband appelliert, Wege freizuhalten, vorgesehene Parkplätze zu nützen und\u00a0grundsätzliche',
  'Regeln in der Natur einzuhalten, um Wildtiere zu schonen.',
  '',
  'OPENING Aufgrund der steigenden Technologisierung und Mobilität sowie der damit',
  'verbundenen Schnelllebigkeit im\u00a0Alltag erholen sich die Menschen vermehrt in der Natur – v.a.',
  'während der Eindämmungsmaßnahmen gegen das Corona-Virus. Durch\u00a0die zunehmende Freizeitnutzung steigt',
  'sich auch der Druck auf Wildtiere erhöht, was gerade im Winter und aufgrund',
  'der\u00a0Überlebensstrategien einzelner Arten enorme Auswirkungen haben kann.',
  '',
  'Kein Verständnis hat Pröll jedoch für die vielen Freizeitnutzer, die Parkverbote missachten und auf',
  'Forst- und Güterwegen sowie in\u00a0Zufahrten in Niederösterreichs Wäldern parken. „Die Natur ist kein',
  'Parkplatz. Die Wege und Straßen sind vielmehr wichtige\u00a0Transportwege für Land- und Forstwirte sowie',
  'für Jägerinnen und Jäger.“',
  '',
].join('\n');

test("a news dateline's place before the day opening the story dates an undated dump", () => {
  // A press release's or an agency's dateline: the place, a comma, the day, a dash, the story.
  const doc = readText(JAGD.replace('OPENING', 'Wien, 14. Dezember 2021 –'));
  assert.equal(doc.date?.value, '2021-12-14');
  // The paragraph stays the story's, its dateline with it.
  assert.ok(doc.blocks.some((b) => b.text.startsWith('Wien, 14. Dezember 2021 – Aufgrund')));
});

test('a place and a day that run on into the sentence are no dateline', () => {
  // "Wien, 14. Dezember 2021 erholen sich ...": no dash or colon sets the day apart from the text.
  const doc = readText(JAGD.replace('OPENING Aufgrund', 'Wien, 14. Dezember 2021 erholen sich'));
  assert.equal(doc.date, null);
});

/** 90min.de's story in w3m (trafilatura's 90min.de-Bundesliga-Tabelle), shortened. */
const NINETY = [
  '90min',
  '',
  '  • Fußball News',
  '  • Transfers',
  '  • 1. Bundesliga',
  '      □ Bundesliga',
  '      □ 1. FC Heidenheim',
  '      □ Borussia Dortmund',
  '  • Deutschland',
  '  • España',
  '',
  'So sähe die Bundesliga-Tabelle 23/24 nach dem 10. Spieltag ohne Fehlentscheidungen aus',
  '',
  'DATELINE',
  '',
  'Deniz Aytekin',
  '',
  '',
  'Deniz Aytekin / Kevin Voigt/GettyImages',
  'facebooktwitterreddit',
  '',
  'Die ersten zehn Spieltage der\u00a0Bundesliga\u00a0sind gespielt. Wie sähe die Tabelle ohne',
  'Fehlentscheidungen aus?',
  '',
  'Mittlerweile vergeht kein Wochenende mehr, an dem nicht über den Schiedsrichter und/oder den VAR',
  'diskutiert wird. Auch am 10. Spieltag der Bundesliga gab es gleich mehrere strittige',
  'Entscheidungen, die von den Unparteiischen und ihrem Gespann nicht korrekt getroffen wurden.',
  '',
  'Der Verein, der in dieser Saison am meisten benachteiligt wurde, ist gemäß der "Wahren Tabelle"',
  'Eintracht Frankfurt! Die Hessen sollten vier Punkte mehr auf dem Konto haben, wodurch sie auf Rang',
  'vier - punktgleich mit Rang drei - liegen würden.',
  '',
].join('\n');

test("a byline's field, the day, then the update's label and day: the first day is the story's", () => {
  // "Von ... | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023": the pair a CMS prints, publication
  // first, as "08 May 2022Actualizado el ..." (updatePairAfter), after the byline's field. The
  // update's label made the line no dateline before: the page was undated.
  const line = 'Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert: Nov 7, 2023, 8:54 AM GMT+1';
  assert.equal(readText(NINETY.replace('DATELINE', line)).date?.value, '2023-10-24');
});
