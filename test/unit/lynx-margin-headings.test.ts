// lynx prints <h1>-<h6> at the margin and a paragraph's lines three columns in: a line at the
// margin between indented lines is a heading, no line of the paragraph under it
// (src/normalize/headline/line-shape.ts's lynxHeadingBetween). Whole lynx dumps of trafilatura's
// pages (stop 46, hl46b) whose title, read as the story's first line, lost to a line over it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';
import { pickHeadline, storyStart } from '../../src/normalize/headline.ts';
import { titleOverStoryDateline } from '../../src/extract/headline-revisions/header-lines.ts';
import { fullerTitleUnder } from '../../src/extract/headline-revisions/kicker-lines.ts';
import type { Line } from '../../src/normalize/paragraphs.ts';

test("lynx: a title at the margin over the story's indented first line is its headline", () => {
  // "   LIKES" / "Sheila Atim: „The Woman King ...“" (74 columns, 80 % of lynx's width) /
  // "   Fotocredit: ...": read as text, it opened the story and the site's "Wer ist ROSAMAG?"
  // far above was taken.
  assert.equal(
    title('rosa-mag-lynx.txt'),
    'Sheila Atim: „The Woman King zeigt weibliche Stärke in all ihren Facetten“',
  );
});

test('lynx: a title at the margin between a kicker and its byline line is its headline', () => {
  // "   FINTECH20. Juni 2019" / "creditshelf kooperiert mit ..." / "   IT Finanzmagazin /PP 20.
  // Juni 2019 ...": a teaser's title over the kicker was taken.
  assert.equal(
    title('it-finanzmagazin-lynx.txt'),
    'creditshelf kooperiert mit finleap und plant Akquisition der Valendo GmbH',
  );
});

/** The printed lines of an excerpt of a dump, numbered from `from` (its first line's number). */
function excerpt(lines: string[], from: number): Line[] {
  return lines.map((text, k) => ({ n: from + k, text })).filter((l) => l.text.trim() !== '');
}

/** Where the printed line starting with `text` stands in `lines`. */
function at(lines: Line[], text: string): number {
  return lines.findIndex((l) => l.text.startsWith(text));
}

test("lynx: a kicker and the title printed as one heading's two lines share the heading's bonus", () => {
  // economist.com.thinking in lynx (lines 53-81): "Open Progress" right over "Why collaborative
  // thinking beats individual smarts", no blank line between, took the bonus alone (4.40 to
  // 3.45).
  const lines = excerpt(
    [
      '   Search',
      '   ____________________ (BUTTON)',
      '',
      'Open Progress',
      'Why collaborative thinking beats individual smarts',
      '',
      '   An interview with Thomas Malone, author of “Superminds”, together with an extract from the',
      '   book',
      '   Open Future',
      '   Open Future',
      '     ______________________________________________________________________________________',
      '',
      '   Jun 18th 2018',
      '     *',
      '     *',
      '     *',
      '     *',
      '',
      '   THREE decades ago Thomas Malone modernised how the business world thought about digital',
      '   communications in organisations with a seminal paper, “Electronic Markets and Electronic',
      '   Hierarchies”. It was 1987, before the commercialisation of the internet, yet he and his',
      '   co-authors predicted “an overall shift toward proportionately more use of markets—rather',
      '   than hierarchies—to co-ordinate economic activity”.',
      '',
      '   Evidence confirming that thesis is now everywhere. His book “The Future of Work” in 2004',
      '   foresaw “hyperspecialisation” in business, which has also come to pass. As a professor of',
      '   management at MIT, Mr Malone has built on his earlier works to consider how new',
      '   technologies and people can combine to create new kinds of productive entities, which he',
      '   calls “superminds”—the title of his latest book.',
    ],
    53,
  );
  const story = at(lines, '   THREE decades ago');
  assert.equal(
    pickHeadline(lines, story)?.text,
    'Why collaborative thinking beats individual smarts',
  );
});

test("lynx: the site's name its feed link names takes no heading bonus", () => {
  // 2gewinnt.wordpress.com.uns in lynx (lines 1-3 and 17-45): the logo's "2gewinnt | Kabarett |
  // Satire" under the indented menu outscored the page's title "Über uns" with the bonus.
  const lines = [
    ...excerpt(
      [
        '   #2gewinnt | Kabarett | Satire » Feed 2gewinnt | Kabarett | Satire » Kommentar-Feed 2gewinnt',
        '   | Kabarett | Satire » Über uns Kommentar-Feed alternate alternate 2gewinnt | Kabarett |',
        '   Satire WordPress.com',
      ],
      1,
    ),
    ...excerpt(
      [
        '          + Pressestimmen',
        '     * Über uns',
        '     * Sonstiges',
        '          + Wortspiele',
        '          + Die 2gewinnt-Partei',
        '          + Künstlerkollegen',
        '     * Impressum',
        '',
        '2gewinnt | Kabarett | Satire',
        '',
        'Homajon.David.Satirisch.Ernst',
        '',
        'Über uns',
        '',
        'Künstlerischer Lebenslauf',
        '',
        '   Soviel mal vorweg: Wir sind zu zweit. Einer heißt Homajon. Der andere David. Nur damit das',
        '   gleich geklärt ist.',
        '',
        '   Diese Zweierkonstellation, die auf den klingenden Namen 2gewinnt hört, existiert seit den',
        '   frühen Herbststunden des Jahres 2008.',
        '   Anfangs noch als klassischer Blog mit satirischen Texten über das Leben und Politik',
        '   angedacht, haben sich über die Jahre zahlreiche neue Rubriken entwickelt. Neben dem',
        '   erfolglosen Steckenpferd, „Schlechte Wortspielen, schlecht nachgespielt“, werden auch',
        '   diverse Sketches, Podcasts, Zeichnungen und Kurzfilme auf 2gewinnt.at und dem',
        '   2gewinnt-Youtube-Kanal zur Schau gestellt.',
        '',
        '   Im Frühling des Jahres 2011 wurde dann eine folgenschwere Idee geboren. Mit musikalischer',
        '   Begleitung sollte eine Lesung vor non-virtuellem Publikum stattfinden. Da sich die Band',
      ],
      17,
    ),
  ];
  const story = at(lines, '   Soviel mal vorweg');
  assert.equal(pickHeadline(lines, story)?.text, 'Über uns');
});

/** The story found: the caption's second copy, under "   City, Gaza on October 21, 2023.". */
function storyCopy(lines: Line[]): number {
  return lines.findLastIndex((l) => l.text.startsWith('   Doctors examine an injured child at Al'));
}

/** theintercept.com-Gaza in lynx, lines 34-75. */
const INTERCEPT = [
  '   © THE INTERCEPT',
  '',
  '   ALL RIGHTS RESERVED',
  '   Terms of Use Privacy',
  '',
  '   Doctors examine an injured child at Al-Shifa Hospital after an Israeli attacks on Gaza',
  '   City, Gaza on October 21, 2023.',
  '   Donate Become',
  '   a member',
  '',
  '   (BUTTON) What It’s Like to Give Birth in Gaza',
  '',
  '   Doctors examine an injured child at Al-Shifa Hospital after Israeli attacks on Gaza City,',
  '   Gaza, on Oct. 21, 2023. Photo: Ali Jadallah/Anadolu via Getty Images',
  '',
  'What It’s Like to Give Birth in Gaza',
  '',
  '   With most hospitals closed, Gaza’s doctors struggle to care for premature babies — often',
  '   without power.',
  '   Ibtisam Mahdi, Ruwaida Kamal Amer',
  '   November 8 2023, 3:18 p.m.',
  '',
  '   In partnership with',
  '   Donate',
  '   Doctors examine an injured child at Al-Shifa Hospital after an Israeli attacks on Gaza',
  '   City, Gaza on October 21, 2023.',
  '   Doctors examine an injured child at Al-Shifa Hospital after Israeli attacks on Gaza City,',
  '   Gaza, on Oct. 21, 2023. Photo: Ali Jadallah/Anadolu via Getty Images',
  '',
  '   In partnership with',
  '',
  '   KHAN YOUNIS, GAZA — The Israeli assault on the Gaza Strip has left the health sector in the',
  '   besieged coastal enclave in a state of unprecedented, near-total collapse, according to an',
  '   investigation by +972 Magazine and The Intercept. The dire conditions were prompted by',
  '   Israel’s intensive bombardment, sometimes targeting hospitals and surrounding areas, along',
  '   with power cuts, shortages of fuel and medical supplies, and an exponential increase in',
  '   injuries.',
  '',
  '   More than half of the 30 hospitals in Gaza have closed completely, according to the Health',
  '   Ministry. For others, the window of operation remains precariously short: The crisis has',
  '   pushed many of the remaining health care centers to the brink of closure, rendering them',
  '   incapable of providing vital medical services. Health care workers and hospital employees',
];

test("lynx: a donation button is no wrapped headline's last word", () => {
  // "   In partnership with" / "   Donate" under the byline read as one headline (10.80) over
  // the title (9.55).
  const lines = excerpt(INTERCEPT, 34);
  const story = storyCopy(lines);
  assert.equal(pickHeadline(lines, story)?.text, 'What It’s Like to Give Birth in Gaza');
});

test("a caption's wrapped tail is no dateline of the line over it", () => {
  // "   Doctors examine ... on Gaza" / "   City, Gaza on October 21, 2023." over the story found
  // (the caption's second copy): titleOverStoryDateline took the caption's first line.
  const lines = excerpt(INTERCEPT, 34);
  const story = storyCopy(lines);
  const title = at(lines, 'What It’s Like');
  const headline = {
    first: title,
    last: title,
    text: 'What It’s Like to Give Birth in Gaza',
    score: 9.55,
  };
  assert.equal(titleOverStoryDateline(lines, { story, headline }).headline?.text, headline.text);
});

test('lynx: a kicker at the margin over the title at the margin opens no story', () => {
  // gdp.de-Wertschätzung in lynx (lines 131-158): "Zweite Tarifrunde ... beginnt am Montag" (72
  // columns, 80 % of lynx's width) under "   29. Oktober 2021" and over the title, both flush
  // left, read as text and opened the story's block there.
  const lines = excerpt(GDP, 131);
  assert.equal(
    lines[storyStart(lines) ?? 0]?.text.trim().slice(0, 30),
    'Vor der zweiten Tarifrunde für',
  );
});

test('lynx: a kicker at the margin over the title, a German teaser under: the title', () => {
  // gdp.de-Wertschätzung in lynx: the kicker took the heading bonus (5.75 to 2.80), and the
  // kicker pair went unswapped: the story's first sentence ends inside a line in lynx's print
  // ("Arbeitgeberseite an. GdP-Tarifexperte ..."), at a line's end in w3m's.
  const lines = excerpt(GDP, 131);
  const story = at(lines, '   Vor der zweiten');
  assert.equal(
    pickHeadline(lines, story)?.text,
    'GdP-Vize Klemmer: Mangelnde Wertschätzung für die Beschäftigten des öD',
  );
});

test('lynx: a kicker, the title and the standfirst at the margin: the bonus to the title', () => {
  // pagina12.com.ar-suprema in lynx (lines 28-57): the <h4> kicker of two lines took the bonus
  // (7.80 to 5.90); the <h3> standfirst under the title ends on a stop, the byline indented.
  const lines = excerpt(
    [
      '     * Contratapa',
      '',
      '   ____________________ (search)',
      '   (BUTTON)',
      '',
      'El país',
      '',
      '   TemasCorte SupremaOrganismos de derechos humanos',
      '',
      'Todo listo para la movilización que convocan los organismos de derechos humanos junto a',
      'sindicatos, organizaciones sociales y partidos políticos',
      '',
      '"La Corte Suprema no imparte justicia sino injusticia"',
      '',
      'La concentración está llamada para las 17 frente al edificio donde funciona la Corte. Se pide un',
      'cambio profundo en el Poder Judicial.',
      '',
      '   Luciana Bertoia',
      '   Por Luciana Bertoia',
      '   4 de mayo de 2022 - 00:38',
      '',
      '   (Fuente: Télam) . Imagen: Télam',
      '',
      '   Organismos de derechos humanos, sindicatos, partidos políticos y movimientos sociales se',
      '   congregarán este jueves a las cinco de la tarde frente al Palacio de Justicia para reclamar',
      '   cambios profundos en la Corte Suprema. “Vamos a exigir la reforma de lo que se ha',
      '   convertido en un partido Judicial. Es insólito lo que pasa en la Corte: en lugar de',
      '   impartir justicia, lo que hace es impartir injusticia”, dice Taty Almeida, referente de',
    ],
    28,
  );
  const story = at(lines, '   Organismos');
  assert.equal(
    pickHeadline(lines, story)?.text,
    '"La Corte Suprema no imparte justicia sino injusticia"',
  );
});

test('lynx: a title inside the story found, its date right under it, is a candidate', () => {
  // fdpbt.de-epidemischenLage in lynx (lines 1-46): the story found at the menu's blurb ("Wir
  // leben in einer Welt, ..."), the title 30 lines into it over "   27.10.2021
  // Bundespressekonferenz" with no blank line between (w3m prints one): it was no candidate, and
  // the menu's "Zeit für neues Denken" was taken.
  const lines = excerpt(
    [
      '   Direkt zum Inhalt',
      '',
      '   Logo Fraktion der Freien Demokraten im Bundestag',
      '',
      'Main navigation',
      '',
      '     * Ziele',
      '       Zeit für neues Denken',
      '       Wir leben in einer Welt, die sich ständig verändert. Die Fraktion der Freien Demokraten',
      '       ist davon überzeugt, dass man aus jeder Herausforderung eine Chance machen kann. Dafür',
      '       braucht man Mut und neues Denken. Wir wollen, dass jeder Mensch die Möglichkeit hat,',
      '       das Beste aus sich zu machen. Das treibt uns jeden Tag an.',
      '          + Weltbeste Bildung für jeden',
      '            Wir wollen den Einzelnen stark machen, damit er seinen Weg gehen kann.',
      '          + Vorankommen durch eigene Leistung',
      '            Wir wollen das Aufstiegsversprechen der Sozialen Marktwirtschaft erneuern.',
      '          + Selbstbestimmt in allen Lebenslagen',
      '            Wir wollen, dass jeder Mensch selbstbestimmt über sein Leben entscheiden kann.',
      '          + Freiheit und Menschenrechte weltweit',
      '            Wir wollen Freiheit und Menschenrechte auf der ganzen Welt stärken.',
      '          + Politik, die rechnen kann',
      '            Wir wollen, dass Politik für die Menschen funktioniert und auch bezahlbar ist.',
      '          + Nachhaltigkeit durch Innovation',
      '            Wir wollen ökonomische und ökologische Nachhaltigkeit durch Innovationen',
      '            erreichen.',
      '     * Köpfe',
      '     * Oppositionsarbeit',
      '     * Presse',
      '     * Suche',
      '     * (BUTTON) Debatte',
      '',
      '   Menü öffnen',
      '   (BUTTON) Debatte',
      '   Artikel',
      '   Corona',
      '',
      '   Beendigung der epidemischen Lage von nationaler Tragweite',
      '   27.10.2021 Bundespressekonferenz',
      '',
      '',
      '   Die Bundestagsfraktionen von SPD, Bündnis 90/Die Grünen und FDP beenden zum 25. November',
      '   die epidemische Lage von nationaler Tragweite. Ein entsprechendes Konzeptpapier stelle der',
      '   Erste Parlamentarische Geschäftsführer der FDP-Fraktion Dr. Marco Buschmann gemeinsam',
      '   mit dem stellvertretenden Fraktionsvorsitzender der SPD-Bundestagsfraktion Dirk Wiese und',
      '   der Fraktionsvorsitzenden der Bundestagsfraktion Bündnis 90/Die Grünen Katrin',
      '   Göring-Eckardt vor.',
    ],
    1,
  );
  const story = at(lines, '       Wir leben');
  assert.equal(
    pickHeadline(lines, story)?.text,
    'Beendigung der epidemischen Lage von nationaler Tragweite',
  );
});

/** gdp.de-Wertschätzung's lynx dump, lines 131-158. */
const GDP = [
  '    1. Home',
  '',
  '   29. Oktober 2021',
  '',
  'Zweite Tarifrunde des Öffentlichen Dienstes der Länder beginnt am Montag',
  '',
  'GdP-Vize Klemmer: Mangelnde Wertschätzung für die Beschäftigten des öD',
  '',
  '   GdP-Vize und Tarifexperte René Klemmer. Foto: GdP/Hagen Immel',
  '   GdP-Vize und Tarifexperte René Klemmer. Foto: GdP/Hagen Immel',
  '   Berlin/Potsdam.',
  '',
  '   Vor der zweiten Tarifrunde für die Beschäftigten des Öffentlichen Dienstes der Länder mahnt',
  '   die Gewerkschaft der Polizei (GdP) die ungenügende Gesprächsbereitschaft der',
  '   Arbeitgeberseite an. GdP-Tarifexperte René Klemmer kritisierte vor Beginn der geplanten',
  '   zweitägigen Verhandlungen ab Montagnachmittag in Potsdam die bisherige Sprachlosigkeit der',
  '   Vertreter der Tarifgemeinschaft der Länder (TdL). Dieses Verhalten mache die mangelnde',
  '   Wertschätzung für die Beschäftigten des öD deutlich. Das gleichzeitige Ansinnen der',
  '   Arbeitgeber, erst bei Einwilligung der Arbeitnehmerseite in Gespräche über eine Veränderung',
  '   des Eingruppierungssystems und damit beabsichtigten Herabgruppierungen in Gehaltsgespräche',
  '   einzusteigen, lehne die Gewerkschaftsseite strikt ab, betonte Klemmer, für Tarifpolitik',
  '   zuständiges Mitglied des Geschäftsführenden GdP-Bundesvorstandes.',
  '   Klemmer unterstrich: „Mittlerweile ist der warme Applaus aus allerlei Ecken längst',
  '   verklungen, stattdessen haben die Haushälter wieder ihre gewohnte Abwehrhaltung',
  '   eingenommen. Die Arbeitgeber wollen weder die Leistung der Beschäftigten anerkennen noch',
  '   die Preisentwicklung zur Kenntnis nehmen. Das ist ein fatales Signal an die',
  '   Arbeitnehmenden, die während der Pandemie Herausragendes geleistet haben. Sie haben mit',
  '   viel Einsatz und hoher Motivation den Laden am Laufen gehalten“, betonte er.',
];

test('lynx: teasers printed at the margin a blank line apart make no block of story text', () => {
  // lokalo.de-Weinbergsbahnen in lynx (lines 66-113 and 141-154): the menu's teaser <h3>s,
  // each of 80 columns or so over another long one, read as text lines and made a block of 107
  // words over the story's 125; the story was found at a teaser and another teaser taken for the
  // title. lynx prints paragraphs three columns in, headings at the margin.
  const lines = [
    ...excerpt(
      [
        '     * TRIER & REGION',
        '          + AlleStadt',
        '            TrierTrier-SaarburgBernkastel-WittlichBitburg-PrümCochem-ZellVulkaneifelRheinland-',
        '            Pfalz',
        '',
        'LKW beschädigt Tank auf A48: Diesel großflächig ausgetreten – Sperrung',
        '',
        'Großaufgebot bei Fahndung: Verurteilter Mörder weiter auf der Flucht',
        '',
        'FDP-Landes- und Kommunalpolitiker stellen Bundes-Ampel infrage – sieben aus RLP',
        '',
        'Weinbergsbahnen in Erden nicht manipuliert – Ermittlungen zu Trittenheimer Fall gehen…',
        '     * SAARLAND',
        '          +',
        '',
        '++ Wetter in der Region: Aussichten bis Freitag mild, aber ungemütlich…',
        '',
        'Rente, Mindestlohn, sozialer Wohnungsbau: Lafontaine unterstützt Wagenknecht-Partei',
        '',
        '+++ lokalo.de Blitzer-Service am Mittwoch: Hier gibt es heute Kontrollen +++',
        '',
        'Viertligist verblüfft: Homburg besiegt im Pokal auch Fürth',
        '',
        'Saarland: “Aktuell wird am Platz gearbeitet” – Entscheidung über Absage noch…',
        '     * LUXEMBURG',
        '          +',
        '',
        'Unruhige Nacht in Luxemburg: Police Grand-Ducale rückt 50 Mal wegen Ruhestörungen…',
        '',
        '+++ lokalo.de Blitzer-Service am Mittwoch: Hier gibt es heute Kontrollen +++',
        '',
        'Luxemburg: Zu schnell und in Schlangenlinien über die Autobahn – Suff-…',
        '',
        '++ Luxemburg: 73-jähriger Malko RAPIKI wird vermisst ++',
        '',
        'Hintertür aufgehebelt, sämtliche Räume durchsucht: Einbrüche in Luxemburg',
        '     * BLAULICHT',
        '          +',
        '',
        'LKW beschädigt Tank auf A48: Diesel großflächig ausgetreten – Sperrung',
        '',
        'Unruhige Nacht in Luxemburg: Police Grand-Ducale rückt 50 Mal wegen Ruhestörungen…',
        '',
        'Weinbergsbahnen in Erden nicht manipuliert – Ermittlungen zu Trittenheimer Fall gehen…',
        '',
        'Zusammenhang mit Halloween? Suche nach mutmaßlich bewaffnetem Maskenmann erfolglos',
        '',
        'Eifelkreis: Schlägerei mit zehn Personen bei Halloween-Party',
      ],
      66,
    ),
    ...excerpt(
      [
        '   ERDEN. Wie von lokalo.de berichtet, meldete die Polizei Anfang Oktober, dass an zwei',
        '   Zahnradbahnen in der Weinlage “Erdener Prälat” an der B53 zwischen Ürzig und Kinheim',
        '   technische Manipulationen zur Anzeige gebracht worden waren. Vermutet wurde damals bewusste',
        '   Sabotage an den Monorackbahnen.',
        '',
        '   Vorausgegangen war ein Fall in Trittenheim, bei dem sich ein 21-jähriger Winzersohn aus dem',
        '   Ort am 25.9.2023 nur durch einen beherzten Sprung retten konnte, als die Monorackbahn im',
        '   Steillagen-Weinberg seines Vaters hangabwärts sauste und sich nicht mehr abbremsen ließ.',
        '   Unbekannte hatten die Weinbergsbahn derart manupiliert und sogar den Aufpralldämpfer am',
        '   Ende der Bahn entfernt, dass eine lebensgefährliche Situation für den Mann entstand.',
        '',
        '   Wie der SWR berichtet, wurden die Defekte in Erden nicht wie zunächst vermutet durch',
        '   Sabotage ausgelöst. Vielmehr lagen in beiden Fällen technische Mängel vor. Die Ermittlungen',
        '   zum Fall in Trittenheim gehen weiter. (Quelle: SWR)',
      ],
      141,
    ),
  ];
  assert.equal(storyStart(lines), at(lines, '   ERDEN. Wie von lokalo.de berichtet'));
});

test('lynx: a title ending on a word that runs on, a blank line under it, is a candidate', () => {
  // eawag.ch-elektron in lynx (lines 143-162): "Auf das erste Elektron kommt es an" (a German
  // verb's particle, read as English "an") was no candidate; the caption's first line was taken.
  const lines = excerpt(
    [
      'News',
      '',
      '   Zurück',
      '   EES sind Moleküle, welche Elektronen wie mit einem Taxi zum Ziel bringen. Je grösser der',
      '   Aufwand, den ersten Passagier wieder loszuwerden, umso tiefer ist ihre Effizienz. (Foto:',
      '   Flickr, CC BY 2.0)',
      '',
      'Auf das erste Elektron kommt es an',
      '',
      '   12. Januar 2022,',
      '     * Themen:',
      '     * Ökosysteme',
      '     * Schadstoffe',
      '     * Energie',
      '',
      '   Wer atmet, muss Elektronen loswerden. Für den Transport von Elektronen aus der Atmung von',
      '   Mikroben kommen in sauerstofffreien Umgebungen besondere Moleküle zum Einsatz,',
      '   extrazelluläre Elektronen-Shuttles. Jetzt hat eine Gruppe von Forschenden herausgefunden,',
      '   welche Eigenschaft dieser «Taxis» ihre Effizienz bestimmt: die Energieunterschiede der',
      '   transportierten Elektronen.',
    ],
    143,
  );
  const story = at(lines, '   Wer atmet');
  assert.equal(pickHeadline(lines, story)?.text, 'Auf das erste Elektron kommt es an');
});

test("lynx: the trail's last item at the margin over the story's fuller headline: the fuller one", () => {
  // impulse.de.eltern in lynx (lines 93-102): the trail's last item is the page's <h1>, which
  // lynx prints at the margin (7.60 with the bonus), over the story's headline (7.15).
  const lines = excerpt(
    [
      '     Recht + Steuern',
      '',
      '',
      '',
      'Kind krank: Was Arbeitgeber wissen müssen',
      '',
      '   Kind krank Was Arbeitgeber über die Rechte von Eltern wissen müssen',
      '',
      '   Wie viele Tage im Jahr dürfen Mitarbeiter zu Hause bleiben, wenn ihr Kind krank ist? Muss',
      '   der Arbeitgeber dann weiter Gehalt bezahlen? Die wichtigsten Fragen und Antworten.',
    ],
    93,
  );
  const text = 'Kind krank: Was Arbeitgeber wissen müssen';
  const headline = { first: 1, last: 1, text, score: 7.6 };
  assert.equal(
    fullerTitleUnder(lines, { story: 3, headline }).headline?.text,
    'Kind krank Was Arbeitgeber über die Rechte von Eltern wissen müssen',
  );
  // archive.modabot.de.serkan in html2text (lines 71-75): a caption ending on its credit under
  // the <h1> holds the title's words too, and is no headline.
  const caption = excerpt(
    [
      '# Paris Haute Couture SS14: Serkan Cura',
      '',
      'Paris Haute Couture SS14, Serkan Cura, Bild via',
      '',
      'Wenn man Iris van Herpen, die diesmal leider keine Präsentation zur Pariser Couture Woche gab, als die Prinzessin der Avantgarde-Mode sehen möchte, dann ist ihr Gegenpart wohl Serkan Cura.',
    ],
    71,
  );
  const h1 = { first: 0, last: 0, text: 'Paris Haute Couture SS14: Serkan Cura', score: 7 };
  assert.equal(fullerTitleUnder(caption, { story: 2, headline: h1 }).headline, h1);
});
