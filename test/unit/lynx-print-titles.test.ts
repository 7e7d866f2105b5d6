// lynx's print of a page's header (stop 49, hl49b): a table of contents over the story, a title
// glued over its standfirst and printed again under it, the list of the page's <link> elements.
// Excerpts of trafilatura's lynx dumps.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickHeadline } from '../../src/normalize/headline.ts';
import { lynxLinksLine } from '../../src/normalize/headline/lynx-headings.ts';
import type { Line } from '../../src/normalize/paragraphs.ts';
import { titleOverItsEcho } from '../../src/extract/headline-revisions/title-at-start.ts';

/** The printed lines of excerpts of a dump, each numbered from its first line's number. */
function excerpt(parts: [number, string[]][]): Line[] {
  return parts
    .flatMap(([from, lines]) => lines.map((text, k) => ({ n: from + k, text })))
    .filter((l) => l.text.trim() !== '');
}

test("lynx: a table of contents' items under its label are no headline", () => {
  // fisch-hitparade.de-alkohhol (lines 133-158, and the subheadings the items link to): "Muss man
  // den PKW-Führerschein abgeben?", the story's subheading, outscored the title over the list.
  const lines = excerpt([
    [
      133,
      [
        '   Alkohol auf dem Boot',
        '',
        'Alkohol auf dem Boot',
        '',
        '   Inhalt',
        '   Wie viel Alkohol ist auf dem Boot erlaubt?',
        '   Was für Konsequenzen kann ein Alkoholverstoß haben?',
        '   Muss man den PKW-Führerschein abgeben?',
        '   Muss man eine MPU machen?',
        '',
        '   [cshow.php?s=2389881&#038;v=15089&#038;q=363657&#038;r=617399]',
        '',
        '   Magazin, News',
        '   7. Januar 2022',
        '',
        '   Das Wasser schwappt sanft gegen den Bug, die Sonne steht strahlend am Himmel. Zischend',
        '   öffnet sich das Bier, das diesen kleinen Bootsausflug perfekt macht. Nun heißt es geduldig',
        '   abzuwarten, bis der erste Biss kommt. Die Fische lassen sich jedoch Zeit, sodass man dazu',
        '   geneigt ist, zur nächsten Flasche zu greifen. Aber wie viel Alkohol ist auf dem Boot',
        '   überhaupt erlaubt? Mit welchen Konsequenzen musst Du rechnen? Muss man gar seinen',
        '   PKW-Führerschein abgeben oder eine MPU machen? Damit Du Dein Feierabendbier auf dem See,',
        '   Meer oder Fluss genießen kannst, haben wir die dringendsten Fragen recherchiert und geben',
        '   Dir einige Tipps mit auf den Weg.',
        '',
        'Wie viel Alkohol ist auf dem Boot erlaubt?',
        '',
      ],
    ],
    [
      199,
      [
        '   Passagierschifffahrt vorliegt und keine gefährlichen Güter transportiert werden.',
        '',
        'Was für Konsequenzen kann ein Alkoholverstoß haben?',
        '',
        '   Schon geringe Mengen an Alkohol im Blut können die Fahrtüchtigkeit negativ beeinträchtigen.',
      ],
    ],
    [
      224,
      [
        '   drohen. Betrachten wir diese Punkte einmal genauer:',
        '',
        'Muss man den PKW-Führerschein abgeben?',
        '',
        '   Ein Bußgeld ist nicht die einzige Konsequenz, die auf zu viel Alkohol im Blut folgen kann.',
      ],
    ],
    [
      234,
      [
        '   Schadensersatzforderungen verweigern.',
        '',
        'Muss man eine MPU machen?',
        '',
        '   Kleinere Verstöße mit einem Promillewert zwischen 0,5 und 1,09 werden als',
      ],
    ],
  ]);
  // The story read from its first paragraph, as on the whole page (the excerpt alone starts it at
  // the list's first item).
  const story = lines.findIndex((l) => l.text.includes('Das Wasser schwappt'));
  assert.equal(pickHeadline(lines, story)?.text, 'Alkohol auf dem Boot');
});

test("lynx: the page's list of <link> elements is read at any indent of three spaces or more", () => {
  // antary.de.wireshark's first line stands five spaces in (91 lynx dumps print it 4+ in).
  const top = (text: string): Line[] => [{ n: 1, text }];
  assert.equal(
    lynxLinksLine(top('     #Antary » Feed Antary » Kommentar-Feed Antary » Wireshark: Besuchte')),
    'Antary » Feed Antary » Kommentar-Feed Antary » Wireshark: Besuchte',
  );
  assert.equal(
    lynxLinksLine(top('   #2gewinnt | Kabarett | Satire » Feed')),
    '2gewinnt | Kabarett | Satire » Feed',
  );
  // An html2text "# " heading is no such list.
  assert.equal(lynxLinksLine(top('# Alkohol » auf dem Boot')), null);
});

test('lynx: a title glued over its standfirst and printed again under it is the headline', () => {
  // sheego.de.cleaning (lines 94-107): lynx leaves out the spacer pictures w3m prints between the
  // title and its standfirst; the story was found at the title's line, under the trail's line.
  const printed = [
    '   Für Neukunden: 20% Kennenlern-Rabatt hier klicken gesichert',
    '   [layout_general_leer?fmt=gif]',
    '   Start|Magazin|Coole Tipps|Magic Cleaning',
    '   [layout_general_leer?fmt=gif]',
    '   Die besten Tricks von Marie Kondo für Kleiderschrank & Co.',
    '   Sie ist die Königin des Aufräumens – und seit Anfang 2019 auch ein Serienstar. Marie Kondo',
    '   besucht Menschen und hilft Ihnen, Ordnung in ihr Leben zu bringen. Uns hat natürlich',
    '   besonders interessiert, was sie zum Thema Kleiderschrank zu sagen hat…',
    '   Die besten Tricks von Marie Kondo für Kleiderschrank & Co.',
    '',
    '   Wer bisher noch nichts von Marie Kondo gehört hat, ist entweder so ordentlich, dass ihn',
    '   oder sie Aufräum-Tipps völlig kalt lassen. Oder hat vor lauter Unordnung nicht mitbekommen,',
    '   dass endlich Rettung naht.… Die japanische Autorin Marie Kondo coacht in ihrer',
  ];
  const found = {
    story: 4,
    headline: { first: 2, last: 2, text: 'Start|Magazin|Coole Tipps|Magic Cleaning', score: 3.4 },
  };
  const page = excerpt([[94, printed]]);
  assert.equal(
    titleOverItsEcho(page, found).headline?.text,
    'Die besten Tricks von Marie Kondo für Kleiderschrank & Co.',
  );
  // Without the title's second print the line is the story's first, as found.
  const once = excerpt([[94, printed.filter((_, k) => k !== 8)]]);
  assert.equal(
    titleOverItsEcho(once, found).headline?.text,
    'Start|Magazin|Coole Tipps|Magic Cleaning',
  );
});
