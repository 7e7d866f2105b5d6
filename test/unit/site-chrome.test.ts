// The site's own chrome is no headline of a page dump (issue 21): calls to action, widgets,
// server notices, glued menus and list headings, each of which was taken for the headline of one
// of trafilatura's evaluation pages (Apache 2.0: see test/web-pages/trafilatura/LICENSE) whose
// title is printed a few lines away. The dumps under test/fixtures/headline are copied whole
// from ../shared/corpora/web-pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dumpTitle as title } from '../helpers/dump-fixtures.ts';
import { isSiteChrome } from '../../src/normalize/site-chrome.ts';

test('the real title, not the chrome line the dump prints near it', () => {
  // A share bar by its icons' names over the headline.
  assert.equal(title('datev-magazin-w3m.txt'), 'Sichere und digitale Mandantenkommunikation');
  // "Kommentarfunktion ist deaktiviert" under the post.
  assert.equal(
    title('../page-dumps/whiskyverkostung.com.halle.w3m.txt'),
    'Termine Whisky Tastings Januar – Mai 2020 Halle/Saale und Dessau',
  );
  // "Deprecated: Assigning the return value of new by reference is deprecated in ... on line 540"
  assert.equal(title('einfachspanien-w3m.txt'), 'Malaga, die quirlige Metropole in Andalusien');
  // "About ABC7 Bay AreaABC7 Newsteam Bios#ABC7Now: Connect with ABC7Take Action in Your ..."
  assert.equal(
    title('abc7news-w3m.txt'),
    'Napa Co. enters exclusive agreement that could bring Margaritaville Resort to Lake Berryessa',
  );
  // "Please enter a search term." (lynx)
  assert.equal(
    title('kxan-lynx.txt'),
    'Voters pass increase for retired public education workers, but future shortfalls likely to emerge',
  );
  // "Suche nach Publikationen in der Bibliothek"
  assert.equal(title('eawag-w3m.txt'), 'Auf das erste Elektron kommt es an');
  // A footer's, a forum's or an author box's line (stop 43, hl43d), the story found by or under
  // it: a poster's contact links "Website Facebook Twitter" over the post.
  assert.equal(title('foren-w3m.txt'), 'Was ist Freie Software');
  // "Loggen Sie sich hier für Ihr" (a login prompt cut by the dump) over the title.
  assert.equal(title('macwelt-w3m.txt'), 'iPhone 14: Warum sich das Warten wirklich lohnt');
  // "Wenn Sie diesen Button anklicken, werden persönliche Daten an Facebook übertragen. Sind
  // Sie damit einverstanden?" over the title.
  assert.equal(
    title('bdzv-w3m.txt'),
    'Olafur Eliasson gestaltet Titelseite für die deutschen Zeitungen',
  );
  // "Autor sin foto cargada" (an author box's empty picture) under the title.
  assert.equal(
    title('paginasiete-w3m.txt'),
    'Policía anuncia coordinación con Carabineros para investigar otros casos de robo de vehículos',
  );
  // "Neueste Beiträge" (WordPress's widget heading) over the title.
  assert.equal(title('piratenpartei-w3m.txt'), 'Wir unterstützen Fridays for Future');
});

test('chrome lines of each kind, in the corpora’s languages', () => {
  for (const line of [
    // Calls to subscribe, recommend, work for, get the app of, follow the site.
    'Get the newsletter that Atlanta is talking about',
    'Contenido exclusivo para suscriptores',
    'Empfehlen Sie uns weiter',
    'Beitrag weiterempfehlen: Facebook Icon Twitter Icon LinkedIn Icon Xing Icon E-Mail Icon',
    'Jobs bei uns',
    'Arbeiten bei der AWO',
    'Axios app',
    'Folgen Sie uns',
    'Blog per E-Mail folgen',
    'Der Artikel gefällt dir?',
    'Vielen Dank für Ihre Anmeldung.',
    // Share widgets' notices and an author's picture.
    'Das Link wurde kopiert',
    'Link in Zwischenablage kopieren',
    'Votre email a été envoyé.',
    'Beitrag nicht abgeschickt - E-Mail Adresse kontrollieren!',
    'E-Mail-Überprüfung fehlgeschlagen, bitte versuche es noch einmal',
    'Profilbild von mailshopper',
    // Search and form widgets.
    'Search for more papers by this author',
    'Suche nach Publikationen in der Bibliothek',
    'Suche in allen Inhalten',
    'Please enter a search term.',
    'SUCHE Suchbegriff hier ein Suche abschicken',
    'Suchen: [Suche…                ] [Los]',
    'Sortieren nach [nach Datum ]',
    'Sortieren nach [nach Datum___]',
    'Wordsmith.org: the magic of words [Other Services ] [Go]',
    // Skip links, navigation landmarks.
    'Zur Hauptnavigation springen Zur Suche springen Zum Inhalt springen',
    'Wechseln zu: Navigation, Suche',
    'Aus Piratenwiki',
    'Meta Navigation',
    'Menu di navigazione',
    'Hauptnavigation Mobil',
    // Server notices.
    'Deprecated: Assigning the return value of new by reference is deprecated in /www/htdocs/w0094d70/ wp-includes/theme.php on line 540',
    'Strict Standards: Non-static method nggGallery::capture() should not be called statically in /www/',
    // Cookie and comment notices.
    'Diese Webseite verwendet Cookies',
    'COOKIES auf der Dr. Oetker Website',
    'Datenschutz-Einstellungen Alle cookies akzeptieren',
    'Kommentarfunktion ist deaktiviert',
    // Glued menu items.
    'About ABC7 Bay AreaABC7 Newsteam Bios#ABC7Now: Connect with ABC7Take Action in Your',
    'SLF StartseiteLawinenbulletin und SchneesituationWochen- und Winterberichte2021/22WoB',
    // The heading of the site's list of messages.
    'Nachrichten und Pressemeldungen',
    'Meldungen aus dem DWI',
    'Últimas noticias',
    // Footers' licences and credits, login prompts, consent and certificate notices, forums'
    // and blogs' widgets (stop 43, hl43d).
    'Dieser Werk bzw. Inhalt ist unter einer Creative Commons-Lizenz lizenziert.',
    'Unless otherwise stated, the content of this page is licensed under Creative Commons Attribution-ShareAlike 3.0 License',
    'Lizenz des Podcasts',
    'CC-Lizenz fürs Blog',
    'Bloggen auf WordPress.com.',
    'Created, Made & Maintained by AETHYX.EU',
    'Powered by WordPress',
    'Loggen Sie sich hier für Ihr',
    'Wenn Sie diesen Button anklicken, werden persönliche Daten an Facebook übertragen. Sind Sie damit einverstanden?',
    'Diese Website ist für vertrauenswürdige medizinische Informationen von der Stiftung Health On the Net zertifiziert',
    'Reactions: Nixe',
    'Zu allen empfangenen Nachrichten',
    'Website Facebook Twitter',
    'Autor sin foto cargada',
    'Neueste Beiträge',
    'Ihr Blog kann leider keine Beiträge per E-Mail teilen.',
    'Keine Kommentare Kommentare sind geschlossen.',
  ]) {
    assert.ok(isSiteChrome(line), line);
  }
});

test('headlines that share a word or a shape with chrome are headlines', () => {
  for (const line of [
    'Hetze in den sozialen Medien nimmt zu',
    'Suche nach vermisstem Kind eingestellt',
    'Die häufigsten Suchbegriffe des Jahres',
    'Chocolate Chip Cookies',
    'Warning: the storm is coming',
    'Arbeiten bei der Hitze: Was Beschäftigte wissen müssen',
    'PlayStation 5 gegen Xbox: YouTube-Test',
    'Conversations with a Cryptid - Chapter 1 - AMournfulHowlInTheNight',
    'Die App, die Leben rettet',
    'Aus Wikipedia gelöscht: Der Streit um die Relevanz',
    'Nachrichten aus der Provinz: Ein Dorf wehrt sich',
    '[Rezi] Love is War - Sehnsucht von R. K. Lilley',
    'Neue Lizenz für den Linux-Kernel',
    'Streit um die Lizenz: Wer darf senden?',
    'Powered by Sun: Solarboot überquert den Atlantik',
    'Reactions to the budget: What economists say',
  ]) {
    assert.ok(!isSiteChrome(line), line);
  }
});

test('the title, not a chrome line (stop 45, hl45d)', () => {
  // "ET Online|" (a byline cut from its date, ending on a bar) under the title.
  assert.equal(title('economictimes-w3m.txt'), "The iPhone SE is in India, here's all we know");
  // "Schwerpunkte Barren Coronavirus Pferdefütterung Wissen" (a bar of topics) over the title.
  assert.equal(title('st-georg-w3m.txt'), 'Pferdesport definitiv bei Olympia 2028 dabei');
  // "Zugehörige Themenseiten:" over "Digitalisierung und IT-Sicherheit", read as one line.
  assert.equal(
    title('handwerk-magazin-w3m.txt'),
    'Cyber-Angriffe: 20 Prozent vom IT-Budget in die IT-Sicherheit stecken!',
  );
  // Menus run together over a date over the title: the file is a page's dump, not an article
  // whose first line ("Últimas Noticias AméricaMéxicoVenezuela...") is its title.
  assert.equal(
    title('../page-dumps/infobae.com-ucrania.w3m.txt'),
    'El Nobel de la Paz ruso, Dmitry Muratov, advirtió que el régimen de Vladimir Putin podría utilizar armas nucleares en Ucrania',
  );
  // "Vielen Dank für Ihre Registrierung. Sie haben den Aktivierungslink ..." (17 words).
  assert.equal(
    title('0a29620f-html2text.txt'),
    'Tanz in der St. Galler Lokremise: Mit allen Wassern gewaschen',
  );
});

test('chrome lines of stop 45: bars, topics, follows, notices, buttons, icons', () => {
  for (const line of [
    'ET Online|',
    'TOP-THEMEN Energiepreise Wärmewende Taxonomie',
    'Schwerpunkte Barren Coronavirus Pferdefütterung Wissen',
    'Zugehörige Themenseiten: Digitalisierung und IT-Sicherheit',
    'Kategorien meins',
    'Follow @NGC6544',
    'Zur erweiterten Suche',
    'Vielen Dank für Ihre Registrierung. Sie haben den Aktivierungslink für Ihr Benutzerkonto per E-Mail erhalten.',
    'Adhocracy funktioniert am besten, wenn JavaScript aktiviert ist.',
    'Dein Browser ist leider veraltet.',
    'Link zur Diskussion Zu Favoriten hinzufügen',
    'Benutzerdefiniert Benutzerdefiniert Benutzerdefiniert Benutzerdefiniert Benutzerdefiniert',
    '[KitchenTes] Kitchen Tested',
  ]) {
    assert.ok(isSiteChrome(line), line);
  }
  for (const line of [
    'Themen der Woche: Was die Koalition plant',
    'Schwerpunkte setzen in der Krise',
    'Follow the money: Wie die Mafia Geld wäscht',
    'Tora! Tora! Tora!',
    'Die Suche nach dem verlorenen Browser',
    'Politik | Wirtschaft: Der Haushalt steht',
  ]) {
    assert.ok(!isSiteChrome(line), line);
  }
});
