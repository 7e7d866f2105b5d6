// lynx's print of a page's layout where w3m's reads right (stop 48, hl48f): a URL lynx wraps onto a
// second line, a button's label glued into one line, a menu's drop-down nested under its item, a
// title's hashtags wrapped alone, a blurb's wrapped tail over a blog's dateline. Excerpts of
// trafilatura's lynx dumps.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickHeadline, storyStart } from '../../src/normalize/headline.ts';
import { withoutPrintedKicker } from '../../src/extract/kicker/printed.ts';
import type { Line } from '../../src/normalize/paragraphs.ts';

/** The printed lines of an excerpt of a dump, numbered from `from` (its first line's number). */
function excerpt(lines: string[], from: number): Line[] {
  return lines.map((text, k) => ({ n: from + k, text })).filter((l) => l.text.trim() !== '');
}

/** The story's first line and the headline over it, as the scorer reads an excerpt. */
function read(lines: Line[]): { story: string | undefined; headline: string | undefined } {
  const story = storyStart(lines) ?? 0;
  return { story: lines[story]?.text.trim(), headline: pickHeadline(lines, story)?.text };
}

test("lynx: a URL wrapped onto a second line is one line in the gap between a story's lines", () => {
  // gizmeo.eu.insekten (lines 169-192): "https://petapixel.com/...-using-his" / "-phone/." put 8
  // lines between the post's first paragraph and its next text line, one past the gap a block
  // bridges, and the story was found at "Technisches: ...", under the title.
  const lines = excerpt(
    [
      'makrophotos von insekten',
      '',
      '   22. Januar 2020 @ 18:13 // Autor: c1ph4 // ~ Lesezeit: 1 Minute',
      '',
      '   Makrophotos von Insekten ist sicher kein ganz einfaches Hobby. Doch der Inder Sasi Kumar',
      '   macht daraus auch noch eine kleine Kunstform.',
      '',
      '   Alle seine Photos entstanden mit seinen Smartphones(!), hier ein sensationelles Beispiel:',
      '',
      '   Makrophotos von Insekten',
      '',
      '   Eine Ameise in einer Bar!',
      '',
      '   Sein Porträt, viele weitere Beispiele, sowie Hintergrundinformationen findet man hier:',
      '',
      '   https://petapixel.com/2020/01/15/indian-photographer-shoots-stunning-macro-photos-using-his',
      '   -phone/.',
      '',
      '   Technisches: im Einsatz sind bei ihm das OnePlus 6T (16 Megapixel-Frontkamera, sowie',
      '   20MP-Rückkamera), sowie das Redmi Note 3 (16MP-Rückkamera). Die eigentlichen Superstars',
      '   hier sind jedoch seine speziellen Linsen, die er im Einsatz hat, allesamt von Apexel.',
      '',
      '   Echt schön bzw. bitte mehr davon! Stop posting your hackfressen – make art instead!',
      '   1 Star - nope! 2 Stars - meh! 3 Stars - good! 4 Stars - excellent! 5 Stars -',
    ],
    169,
  );
  assert.equal(
    read(lines).story,
    'Makrophotos von Insekten ist sicher kein ganz einfaches Hobby. Doch der Inder Sasi Kumar',
  );
});

test("lynx: a kicker glued on the title, printed at the start of a button's label, is cut", () => {
  // autozeitung.de-adblue (lines 135-139): lynx glues the picture button's two lines, which w3m
  // prints apart ("Adblue nachfüllen: wo kaufen (Tankstelle); Preis" / "Adblue nachfüllen").
  const page = excerpt(
    [
      'Adblue nachfüllen: wo kaufen (Tankstelle); Preis So wird Adblue richtig angewendet',
      '',
      '   [auto-zeitung.jpg?itok=J5CReBS3] von AUTO ZEITUNG 02.11.2021',
      '   Teilen',
      '   (BUTTON) Adblue nachfüllen: wo kaufen (Tankstelle); Preis Adblue nachfüllen',
    ],
    135,
  );
  const text = 'Adblue nachfüllen: wo kaufen (Tankstelle); Preis So wird Adblue richtig angewendet';
  assert.equal(
    withoutPrintedKicker(text, page, page.slice(0, 1)),
    'So wird Adblue richtig angewendet',
  );
});

test("lynx: a menu's item over its nested drop-down is no trail's last item", () => {
  // chabermu.wordpress.com.expertenwissen (lines 10-56, the menu cut short): "* Startseite" /
  // "* Deutschland" / "* Firmen / Betriebssysteme" over "+ Apple / MacOS – iOS" read as a trail,
  // its last item printed in the glued trail over the title; the title's hashtags, wrapped alone,
  // are its last words, no lynx "#" link line.
  const lines = excerpt(
    [
      '   – Good to know IT | Information ist Alles –',
      '     * Startseite',
      '     * Deutschland',
      '     * Firmen / Betriebssysteme',
      '          + Apple / MacOS – iOS',
      '          + Canonical / Ubuntu Linux',
      '          + Facebook',
      '          + Google – Samsung – HTC / Android',
      '          + HP',
      '          + IBM / Lotus Notes Domino – Quickr – Sametime',
      '          + Microsoft / Windows',
      '          + RIM / BlackBerry OS',
      '          + Z … weitere / andere',
      '     * Internet',
      '          + Cloud Computing',
      '          + Social Media',
      '          + Web-Dienste',
      '     * IT-News',
      '          + Technik',
      '          + Wirtschaft',
      '     * IT-Sicherheit',
      '     * ITIL / SCRUM',
      '     * Java',
      '     * Software',
      '          + Add-ons / Plug-Ins für …',
      '               o Chrome / Iron',
      '               o LibreOffice / OpenOffice',
      '               o Mozilla Firefox / Thunderbird',
      '          + Open Source / Freeware',
      '     * Unterhaltung',
      '          + Kalenderblatt',
      '          + Unterhaltsames',
      '     * Veranstaltungen',
      '     *',
      '',
      '   ________________________ Submit',
      '   Startseite > Firmen / Betriebssysteme, IT-News, IT-Sicherheit, Microsoft / Windows, Technik',
      '   > [Windows Expertenwissen] Per Update spioniert Microsoft nun auch Windows 7, 8 und 8.1 aus',
      '   // #Microsoft #Privacy #Windows10 @chabermu',
      '',
      '[Windows Expertenwissen] Per Update spioniert Microsoft nun auch Windows 7, 8 und 8.1 aus //',
      '#Microsoft #Privacy #Windows10 @chabermu',
      '',
      '   2. September 2015',
      '',
      '   Die Sammelwut der Benutzerdaten von Windows 10 reicht Microsoft (Börsenwert an Nasdaq:',
      '   334,48 Milliarden US-Dollar, Stand: 1. Sep 2015) immer noch nicht – Nun hat es der',
    ],
    10,
  );
  assert.equal(
    read(lines).headline,
    '[Windows Expertenwissen] Per Update spioniert Microsoft nun auch Windows 7, 8 und 8.1 aus // #Microsoft #Privacy #Windows10 @chabermu',
  );
});

test("lynx: a blurb's wrapped last line over a blog's dateline is no headline over it", () => {
  // bumsbutzener-gumpfen.blogspot.com.tach-auch (lines 5-23): the blog's description ends on
  // "Autors finden. Trotzdem viel Spaß beim Nachkochen.)", short, over "Dienstag, 28. April 2020"
  // / "Tach auch!": read as a title over the dateline, the post's title was none.
  const lines = excerpt(
    [
      '...',
      '',
      '   Bumsbutzener Gumpfen sind eine alte schlesische Spezialität. Das Rezept ist längst',
      '   verschollen, Gerüchten zufolge bestehen sie jeweils zur Hälfte aus Hefeteig und',
      '   Pflaumenschnaps, gekrönt von einem Pfund Puderzucker. (Dies ist leider genauso frei',
      '   erfunden wie alles andere, was Sie auf dieser Seite an privaten An- und Einsichten des',
      '   Autors finden. Trotzdem viel Spaß beim Nachkochen.)',
      '',
      'Dienstag, 28. April 2020',
      '',
      'Tach auch!',
      '',
      '   Mein letzter Post ist sage und tippe schon fast ein halbes Jahr her, und ich habe bereits',
      '   mit dem Gedanken gespielt, diesen Blog sanft entschlummern zu lassen. 12 Jahre sind eine',
      '   lange Zeit, und ich hatte das Gefühl, zuletzt nur noch Rants abzusondern.',
      '   Ich hätte zwar das ein oder andere Mal noch Lust gehabt, den ein oder anderen Kommentar in',
      '   die Welt zu blasen (ein paar lose Enden baumeln noch auf der Agenda), aber irgendwie',
      '   überrollt einen das Zeitgeschehen, und am Ende hat ein anderer dasselbe schon gesagt, oder',
      '   besser, oder überhaupt.',
    ],
    5,
  );
  assert.equal(read(lines).headline, 'Tach auch!');
});
