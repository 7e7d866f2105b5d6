// Titles in the story's own header that w3m and lynx both missed while html2text's "# " found
// them (src/extract/headline-revisions/story-header.ts, docs/figures.md stop 48, branch hl48c):
// each revision asked of a trafilatura page's printed lines (blank lines left out), with the
// headline the rules had found before it; each took the other line without its rule.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  quotedTitleOverDateline,
  titleAfterGluedDate,
  titleBetweenDateAndByline,
  titleNamedWithSubtitle,
  titleOverIntroducedQuote,
  titleUnderCreditedCaption,
  titleUnderDoubledLabel,
} from '../../src/extract/headline-revisions/story-header.ts';

/** Printed lines numbered as in the dump: an empty string stands for a blank line left out. */
const lines = (texts: string[]) =>
  texts.map((text, n) => ({ n, text })).filter((l) => l.text !== '');

test('a day glued in front of the title over the story: the title after the date', () => {
  // bafa.de-mineraloelabsatz in w3m: "Film & Technik", a menu item 24 lines over, was taken.
  const page = lines([
    'Film & Technik',
    '      □ Anträge/Formulare',
    '      □ Publikationen',
    '      □ Statistiken',
    ' 1. Energie',
    ' 2. Rohstoffe',
    '27.01.2022MineralölINFO November 2021 (Mineralölabsatz)',
    'Nach Erhebungen des Bundesamtes für Wirtschaft und Ausfuhrkontrolle (BAFA) sank der Absatz von',
    'Mineralölprodukten in der Bundesrepublik Deutschland im aktuellen Zeitraum von Januar bis November',
  ]);
  const menu = { first: 0, last: 0, text: 'Film & Technik', score: 2.3 };
  const found = titleAfterGluedDate(page, { story: 7, headline: menu });
  assert.equal(found.headline?.text, 'MineralölINFO November 2021 (Mineralölabsatz)');
  // A sender glued to its date under the title is left (wind-energie's "08.12.2022Bundesverband
  // WindEnergie" stands over a logo, not over the story).
  const told = { first: 6, last: 6, text: 'MineralölINFO', score: 5 };
  assert.equal(titleAfterGluedDate(page, { story: 8, headline: told }).headline, told);
});

test('a quoted title wrapped over its dateline: the quote, not a menu line far over it', () => {
  // france.attc.org-privatisations in lynx: "Attac dans le monde" (6.00), 50 lines over, taken.
  const page = lines([
    'Attac dans le monde',
    '     * Boutique',
    '     * Accueil >',
    '     * Actus et médias >',
    '     * Dans les médias',
    '« Les privatisations sont au profit d’intérêts privés, financiers, des multinationales et au',
    'détriment des salariés et des usagers »',
    '   jeudi 13 juin 2019, par Attac France',
    '   Mots-clés > Services publics, Transports, Démocratie',
    '   Aurélie Trouvé, porte-parole d’Attac était l’invitée de France info pour parler du',
    '   lancement du processus de référendum d’initiative partagé pour empêcher la privatisation',
  ]);
  const menu = { first: 0, last: 0, text: 'Attac dans le monde', score: 6 };
  const found = quotedTitleOverDateline(page, { story: 9, headline: menu });
  assert.equal(
    found.headline?.text,
    '« Les privatisations sont au profit d’intérêts privés, financiers, des multinationales et au détriment des salariés et des usagers »',
  );
  assert.equal(found.headline?.first, 5);
});

test('the story found at a credited caption: the title under the dateline under it', () => {
  // unzensuriert.at-Zeche in w3m: the site's tagline over the hero picture was taken, the
  // picture's caption read as the lede.
  const page = lines([
    'Meinung',
    '[gif][logo-unzensuriert]',
    'Demokratisch, kritisch, polemisch und selbstverständlich parteilich',
    'Ursula von der Leyen und Wolodymyr SelenskijUrsula von der Leyen und Wolodymyr Selenskij',
    'EU-Kommissionspräsidentin Ursula von der Leyen will die Ukraine lieber heute als morgen in die EU',
    'holen und Nettozahler wie Österreich die Rechnungen von Präsident Wolodymyr Selenskyj bezahlen',
    'lassen.',
    'Foto: Wikimedia / Etienne Ansotte, © European Union, CC0 1.0 Universal (CC0 1.0) und 2021 http://',
    'www.president.gov.ua/ (CC BY 4.0)',
    'Europäische Union',
    '6. November 2023 / 09:18 Uhr',
    'Von der Leyen will Kriegsland Ukraine in EU holen – Österreich zahlt die Zeche',
    'Die Aussage von EU-Kommissionspräsidentin Ursula von der Leyen, dass die Ukraine den Weg für',
    'Beitrittsgespräche fast geschafft hätte, lässt bei FPÖ-Europasprecherin Petra Steger die',
    'Alarmglocken läuten.',
    'Vor allem die Formulierungen von der Leyens, wonach die Ukraine „viele Etappenziele auf dem Weg zum',
    'EU-Beitritt erreicht“ und „über neunzig Prozent des Weges zu Beitrittsverhandlungen geschafft“',
    'habe, bezeichnet Steger als realitätsfremd und verantwortungslos.',
    'Die Ukraine, so die FPÖ-Europasprecherin, würde sich noch immer im Krieg befinden. Allein schon',
    'aufgrund dieser Tatsache überhaupt an einen EU-Beitritt auch nur zu denken, sei jenseitig und würde',
    'die Europäische Union nur noch tiefer in diesen Konflikt hineinziehen. Doch auch in allen anderen',
    'Bereichen erfülle dieses Land die für eine Aufnahme notwendigen Kopenhagener Kriterien überhaupt',
  ]);
  const tagline = { first: 2, last: 2, text: page[2]!.text, score: 4.4 };
  const found = titleUnderCreditedCaption(page, { story: 4, headline: tagline });
  assert.equal(
    found.headline?.text,
    'Von der Leyen will Kriegsland Ukraine in EU holen – Österreich zahlt die Zeche',
  );
  assert.equal(found.story, 12);
});

test('the story names title and subtitle in one run: the title over the subtitle found', () => {
  // awo.org-Menschenrechte in w3m: the subtitle (4.40) was taken under the title (3.80).
  const page = lines([
    'Geflüchtete Menschen',
    'Unsere Arbeit',
    'Menschenrechte achten',
    'Seite drucken',
    'Uneingeschränkten Zugang zur Gesundheitsversorgung gewähren und von Krieg, Folter und Flucht',
    'traumatisierte Menschen vor Abschiebung schützen',
    'Anlässlich der Koalitionsverhandlungen fordert der AWO Bundesverband e.V. eine Verbesserung der',
    'Gesundheitsversorgung geflüchteter Menschen in Deutschland und die angemessene Berücksichtigung',
    'schwerer Erkrankungen im asyl- und aufenthaltsrechtlichen Verfahren. In dem Appell „Menschenrechte',
    'achten – uneingeschränkten Zugang zur Gesundheitsversorgung gewähren und von Krieg, Folter und',
    'Flucht traumatisierte Menschen vor Abschiebung schützen“ wendet sich der AWO Bundesverband e.V.,',
    'zusammen mit weiteren Wohlfahrtsverbänden, Menschenrechtsorganisationen und Fachverbänden, darunter',
    'die Bundespsychotherapeutenkammer, an die nächste Bundesregierung und stellt zentrale Forderungen',
    'auf: Geflüchtete brauchen einen uneingeschränkten Zugang zu medizinischer Versorgung.',
  ]);
  const subtitle = { first: 4, last: 5, text: `${page[4]!.text} ${page[5]!.text}`, score: 4.4 };
  const found = titleNamedWithSubtitle(page, { story: 6, headline: subtitle });
  assert.equal(found.headline?.text, 'Menschenrechte achten');
});

test("a blog post's title between its dateline and byline, not the site's name far over it", () => {
  // marktplatz.die-besserwisser.org.zeit in w3m: "Marktplatz für ein gutes Leben" (6.10),
  // printed twice at the page's top, was taken over the post's title (2.85).
  const page = lines([
    'Marktplatz für ein gutes Leben',
    'Marktplatz für ein gutes Leben',
    'Menü',
    '  • :: Marktplatz',
    '  • :: Ernährung',
    '  • :: Landkarte',
    'Menü schiessen',
    'Allgemein, news',
    'Veröffentlicht am 5. April 2017',
    '',
    'Alles hat seine Zeit…',
    '',
    'von besserwisser eG',
    'himmel_1200',
    '',
    '…und die Zeit mit der Genossenschaft besserwisser geht nun zu Ende.',
    '',
    'Sie war für uns spannend, energiegeladen und voller wunderbarer Begegnungen. Nun ist es still',
    'geworden online und offline – aber wir wollen nicht klanglos verschwinden sondern uns',
    'verabschieden. Wir beenden das Projekt der Genossenschaft und sind nun Genossenschaft i.L. – in',
    'Liquidation.',
  ]);
  const site = { first: 0, last: 0, text: page[0]!.text, score: 6.1 };
  const found = titleBetweenDateAndByline(page, { story: 12, headline: site });
  assert.equal(found.headline?.text, 'Alles hat seine Zeit…');
});

test('a kicker opening on a label printed twice: the title under it over its byline', () => {
  // d60caba9d12c467b9708ec8981cad8aa in w3m: the special's link (6.85) was taken over the title
  // (5.90).
  const page = lines([
    '  •  ',
    '',
    'Home›Technik›Freizeit›News',
    '',
    'Special Special: Fußball – Bundesliga heute live im TV und Stream',
    '',
    'Bundesliga: Dortmund - Gladbach live sehen!',
    '',
    'von Dennis Kochinky',
    '',
    '19.10.2019, 15:30 UhrAm 8. Spieltag der Bundesliga treffen Borussia Dortmund und Borussia',
    'Mönchengladbach aufeinander. So sehen Sie das Spiel live im TV und im Stream.',
    '',
    'Am 19. Oktober 2019 gastiert Borussia Mönchengladbach bei Borussia Dortmund. Anpfiff der Partie',
    'ist um 18:30 Uhr. Wir zeigen Ihnen, wo Sie das Spiel live im TV und im Stream sehen können.',
  ]);
  const kicker = { first: 2, last: 2, text: page[2]!.text, score: 6.85 };
  const found = titleUnderDoubledLabel(page, { story: 5, headline: kicker });
  assert.equal(found.headline?.text, 'Bundesliga: Dortmund - Gladbach live sehen!');
});

test("a quote the post introduces with a colon: the post's title over its byline", () => {
  // zahlenzauberin.wordpress.com.ferien in w3m: the quoted broadcast's title (4.45), indented
  // as a blockquote, was taken over the post's (2.75).
  const page = lines([
    '[cropped-img_1324]',
    '',
    'Was zum hören in den Ferien',
    '',
    'von zahlenzauberin',
    '',
    'Dank Kabelanschluss kann ich, auch in Sachsen ,Bayern 2  hören. Da läuft gerade ein spannendes nah',
    'dran zum Thema:',
    '',
    '    Freude, Falle, Frust: Der Mutterliebe zarte Sorgen',
    '',
    '    Raben- versus Gluckenmütter – diese Front besteht bis heute. Trotz fast hundert Jahren',
    '    Frauenemanzipation. Denn der Begriff der Mutterliebe ist ideologisch so überfrachtet wie kein',
    '    anderer. Der Druck auf mütterliches Wohlverhalten wächst – und damit die Verunsicherung. Was',
    '    ist die richtige, was die falsche Liebe zum Kind? Wann beginnt Verwahrlosung, wann Verwöhnung?',
    '',
    'Hier ein Link zum Pocast, der auch nur 20 Minuten dauert.',
  ]);
  const quote = { first: 5, last: 5, text: page[5]!.text.trim(), score: 4.45 };
  const found = titleOverIntroducedQuote(page, { story: 6, headline: quote });
  assert.equal(found.headline?.text, 'Was zum hören in den Ferien');
});
