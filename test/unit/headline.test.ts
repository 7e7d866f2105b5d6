// Headline, byline and date of full-page text dumps (issue 21): real pages dumped by w3m, lynx
// and html2text (test/web-pages, the committed sample of ../shared/corpora/web-pages), read as a
// build reads one file, with what a reader of each page sees as its headline, author and date.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { withoutFeedTitleRest } from '../../src/extract/kicker/feed-title.ts';
import { withoutGluedKicker } from '../../src/extract/kicker/glued.ts';
import { withoutPrintedKicker } from '../../src/extract/kicker/printed.ts';
import {
  withoutColonGluedKicker,
  withoutEmptyLabels,
  withoutLabelKicker,
  withoutSeparatedKicker,
  withoutSwappedKicker,
} from '../../src/extract/kicker/set-off.ts';
import { withoutSideColumn } from '../../src/extract/kicker/side-column.ts';
import { findDate, isForeignDateLine } from '../../src/normalize/dates.ts';
import {
  breadcrumbEnd,
  isBylineName,
  isHeadlineCandidate,
  isHeaderText,
  doubledName,
  isUiText,
  nameOverDate,
  pageBylineOf,
  headlineScores,
  pickHeadline,
  splitSiteName,
  storyStart,
  TRAIL_SCORE,
} from '../../src/normalize/headline.ts';
import { HEADLINE_SPAN_LINES } from '../../src/extract/headline-revisions/headline-where-none.ts';
import { gluedTrailEnd } from '../../src/normalize/headline/trails.ts';
import { isHeadlineLine } from '../../src/normalize/headline/headline-lines.ts';
import { longerTitleUnder } from '../../src/extract/headline-revisions/kicker-lines.ts';
import { titleOpenedAbove } from '../../src/extract/headline-revisions/title-opened.ts';
import { titleNamedByMenu } from '../../src/extract/headline-revisions/menu-line.ts';
import { longerTitleUnderTrail } from '../../src/extract/headline-revisions/trail-end-longer.ts';
import {
  titleAfterTruncatedTrail,
  trailEndOverTitle,
} from '../../src/extract/headline-revisions/trail-ends.ts';
import type { Line } from '../../src/normalize/paragraphs.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';

const pages = path.join(import.meta.dirname, '../web-pages/readability');
const TOOLS = ['w3m', 'lynx', 'html2text'] as const;

function dumpText(name: string, tool: string): string {
  return readFileSync(path.join(pages, name, `${tool}.txt`), 'utf8');
}

function read(text: string): NormalizedDoc {
  const file = readInputFile('page.txt', Buffer.from(text));
  assert.ok(!('reason' in file), 'the dump was rejected');
  return normalize(file as InputFile, corpusProfile([file as InputFile]));
}

const page = (name: string, tool: string) => read(dumpText(name, tool));

test('BBC: the headline under the menus, not "Accessibility links"; the bulleted date', () => {
  for (const tool of TOOLS) {
    const doc = page('bbc-1', tool);
    assert.equal(doc.title, "Obama admits US gun laws are his 'biggest frustration'", tool);
    assert.equal(doc.date?.value, '2015-07-24', tool);
  }
});

test('ACLU: headline, byline with a role after it, and dateline', () => {
  for (const tool of TOOLS) {
    const doc = page('aclu', tool);
    assert.equal(doc.title, 'Facebook Is Tracking Me Even Though I’m Not on Facebook', tool);
    assert.equal(doc.byline, 'Daniel Kahn Gillmor', tool);
    assert.equal(doc.date?.value, '2018-04-05', tool);
  }
});

test('Breitbart: not "□ LOGOUT" nor the photo caption under the headline', () => {
  for (const tool of TOOLS) {
    const doc = page('breitbart', tool);
    assert.equal(
      doc.title,
      "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'",
      tool,
    );
    assert.equal(doc.date?.value, '2016-12-22', tool);
  }
});

test('Medium: not "Ready to publish?"; the author named above the headline', () => {
  for (const tool of ['w3m', 'html2text']) {
    const doc = page('medium-2', tool);
    assert.equal(doc.title, 'On Behalf of “Literally”', tool);
    assert.equal(doc.byline, 'Courtney Kirchoff', tool);
  }
});

test('Medium post: not "Sign in"; name and "Oct 18, 2019 · 8 min read" under the headline', () => {
  for (const tool of TOOLS) {
    const doc = page('lazy-image-1', tool);
    assert.equal(
      doc.title,
      'Node.js and CPU profiling on production (in real-time without downtime)',
    );
    assert.equal(doc.byline, 'Vincent Vallet', tool);
    assert.equal(doc.date?.value, '2019-10-18', tool);
  }
});

test('a headline wrapped at the dump width is read whole', () => {
  for (const tool of TOOLS) {
    assert.equal(
      page('seattletimes-1', tool).title,
      'Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole Foods',
      tool,
    );
  }
});

test('a French dateline ("24 novembre 2017 à 18:42") dates the story', () => {
  for (const tool of TOOLS) assert.equal(page('videos-2', tool).date?.value, '2017-11-24', tool);
});

test('footer dates are never taken: with its dateline gone, the NBC page is undated', () => {
  const text = dumpText('schema-org-context-object', 'w3m');
  // The page's own dateline, and its footer's "Terms of Service (Updated JULY 7, 2023)".
  assert.match(text, /Dec\. 6, 2024, 10:00 PM UTC/);
  assert.match(text, /Terms of Service \(Updated JULY 7, 2023\)/);
  assert.equal(read(text).date?.value, '2024-12-06');
  const undated = text
    .split('\n')
    .filter((line) => !line.includes('Dec. 6, 2024'))
    .join('\n');
  assert.equal(read(undated).date, null);
});

test('"Last Updated: January 7, 2025" on a 2020 story is a revision, not its date', () => {
  for (const tool of TOOLS) {
    const doc = page('spiceworks', tool);
    assert.equal(doc.date, null, tool);
    assert.match(doc.title ?? '', /^Rewriting Rules of Engagement with Video in 2020/, tool);
  }
});

test('navigation and account text in several languages is UI, headlines are not', () => {
  for (const ui of [
    'Sign in',
    '●Sign in',
    'Skip to content',
    'Accessibility links',
    'Ready to publish?',
    'Show More Results',
    'Entrar Buscar',
    'Abrir sidebar menu Menu Assine',
    'Anmelden',
    'Suche',
    'Connexion',
    'Iniciar sesión',
    'Share on Google Plus',
  ]) {
    assert.ok(isUiText(ui), ui);
  }
  for (const headline of [
    "Obama admits US gun laws are his 'biggest frustration'",
    'Home sales fall for a third month',
    'Sign of the times: more readers log off',
  ]) {
    assert.ok(!isUiText(headline), headline);
  }
});

test('bylines are names, not menus in title case', () => {
  for (const menu of [
    'Show More Results',
    'Entrar Buscar',
    'All Sections',
    'Login Join',
    'User Login',
    'Sign In Join IAB',
  ]) {
    assert.ok(!isBylineName(menu), menu);
  }
  for (const name of [
    'Jane Smith',
    'Daniel Kahn Gillmor',
    'JOE HILDEBRAND',
    'Ludwig van Beethoven',
  ]) {
    assert.ok(isBylineName(name), name);
  }
  assert.equal(pageBylineOf('By JEFFREY GETTLEMAN JAN. 13, 2017'), 'Jeffrey Gettleman');
  assert.equal(pageBylineOf('Dan Goodin - Apr 16, 2015 8:02 pm UTC'), 'Dan Goodin');
  assert.equal(pageBylineOf('// By Arun Sai Krishnan • Nov 11, 2020'), 'Arun Sai Krishnan');
  assert.equal(
    pageBylineOf('By Erin Cunningham March 18 at 3:57 PM  Follow @erinmcunningham'),
    'Erin Cunningham',
  );
  assert.equal(pageBylineOf('Tech Industry'), null);
});

test('a <title> keeps its headline and gives its site', () => {
  assert.deepEqual(splitSiteName('How to Build a Terrarium | eHow'), {
    headline: 'How to Build a Terrarium',
    site: 'eHow',
  });
  assert.deepEqual(splitSiteName('Minecraft 1.8 - The Bountiful Update'), {
    headline: 'Minecraft 1.8 - The Bountiful Update',
    site: null,
  });
  // A site's name ending in an association's "e.V." (pronats.de, leichtathletik-berlin.de) is
  // no sentence's end; a last part that is a sentence stays the headline's.
  assert.deepEqual(splitSiteName('Kinder und Arbeit » ProNATs e.V.'), {
    headline: 'Kinder und Arbeit',
    site: 'ProNATs e.V.',
  });
  assert.deepEqual(
    splitSiteName('Norddeutschland findet seine Meister - Berliner Leichtathletik Verband e.V.'),
    {
      headline: 'Norddeutschland findet seine Meister',
      site: 'Berliner Leichtathletik Verband e.V.',
    },
  );
  assert.equal(splitSiteName('Budget passes after late debate - Read it now.').site, null);
});

test('the story starts at its text, not at a browser warning above it', () => {
  const lines = [
    'NYTimes.com no longer supports Internet Explorer 9 or earlier. Please upgrade your browser.',
    ...['Home', 'World', 'U.S.', 'Politics', 'N.Y.', 'Business', 'Opinion', 'Tech'].map(
      (s) => `  • ${s}`,
    ),
    'United States to Lift Sudan Sanctions',
    ...Array.from(
      { length: 6 },
      () => 'The Obama administration said on Friday that it would lift sanctions on Sudan.',
    ),
  ].map((text, i) => ({ n: i + 1, text }));
  assert.equal(storyStart(lines), 10);
});

test('dates from footers and notices are refused, the dateline beside them is not', () => {
  for (const footer of [
    '• This page was last edited on 26 September 2019, at 11:35 (UTC).',
    '• Terms of Service (Updated JULY 7, 2023)',
    'We use cookies. Our privacy policy was updated on May 25, 2018.',
    '© 2019 The Seattle Times Company, March 4, 2019',
  ]) {
    assert.ok(isForeignDateLine(footer), footer);
  }
  const guardian = 'Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST';
  assert.ok(!isForeignDateLine(guardian));
  assert.equal(findDate(guardian)?.value, '2019-01-03');
  assert.ok(!isForeignDateLine('Updated 3:04 PM ET, Fri March 4, 2016'));
  assert.ok(isForeignDateLine('Updated 3:04 PM ET, Fri March 4, 2016', true));
  assert.equal(findDate('Par Alexandre Hervaud — 24 novembre 2017 à 18:42')?.value, '2017-11-24');
  assert.equal(findDate('21. Dezember 2018')?.value, '2018-12-21');
  // German with a month spelled as in English (auto-presse.de), not read as the month alone.
  assert.equal(findDate('5. November 2021, 10:39 Uhr', true)?.value, '2021-11-05');
  assert.equal(findDate('Atualizado 21 de dezembro de 2018')?.value, '2018-12-21');
  assert.equal(findDate('Mars 2020 rover lands', true), null);
});

test('liberation-1 (w3m, lynx): the standfirst above "Sur le même sujet" is no headline', () => {
  for (const tool of ['w3m', 'lynx']) {
    const doc = page('liberation-1', tool);
    assert.equal(doc.title, 'Un troisième Français mort dans le séisme au Népal', tool);
    // Its dateline, under the headline: "AFP 30 avril 2015 à 07:19 (Mis à jour : ...)".
    assert.equal(doc.date?.value, '2015-04-30', tool);
  }
});

test('the headline under a list of other stories, not the log-in prompt or the standfirst under it', () => {
  // trafilatura's pages in the sample: prensalibre prints "Debe iniciar sesión para poder guardar
  // artículos." under its "Guardar" button just above the story; ethify and guetemala print the
  // headline below menus and teasers the story used to be looked for among.
  const expected: Record<string, string> = {
    'prensalibre.com-tendencia':
      'Tendencia de precios de los combustibles en Guatemala es al alza, pero de forma moderada, según el MEM',
    'ethify.org.vegetarier': 'Vegetarier zu sein. Bedarf, Trend oder eigene Entscheidung?',
    'guetemala.com-nicole':
      'Nicole Hacohen comenzará la temporada con la Copa de Naciones de Glasgow 2022',
  };
  for (const [name, title] of Object.entries(expected)) {
    for (const tool of TOOLS) {
      const file = path.join(pages, '../trafilatura/text', tool, `${name}.txt`);
      assert.equal(read(readFileSync(file, 'utf8')).title, title, `${tool} ${name}`);
    }
  }
  // engadget: "But only hardcore gamers will appreciate it." is the standfirst under the headline.
  assert.equal(
    page('engadget', 'w3m').title,
    'Xbox One X review: A console that keeps up with gaming PCs',
  );
});

test('bylines as dumps print them: after a dated "on", in a long "By" line, before a bracket', () => {
  // Real header lines of Readability's pages (002, ebb-org, theverge, guardian-1, wikia).
  assert.equal(pageBylineOf('on March 10, 2015 by Nikhil Marathe'), 'Nikhil Marathe');
  // "Marathe" begins like "March" but is no month to cut off.
  assert.equal(pageBylineOf('By Nikhil Marathe'), 'Nikhil Marathe');
  assert.equal(pageBylineOf('Tuesday 15 October 2019 by Bradley M. Kuhn'), 'Bradley M. Kuhn');
  assert.equal(
    pageBylineOf(
      'By Alex Heath, a deputy editor and author of the Command Line newsletter. He’s covered the tech',
    ),
    'Alex Heath',
  );
  assert.equal(
    pageBylineOf('by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)'),
    'Eleanor Ainge Roy',
  );
  assert.equal(pageBylineOf('[6eef5bc5-c] James Akinaka • 8h'), 'James Akinaka');
  // lynx prints the image's whole name in the brackets.
  assert.equal(
    pageBylineOf('[6eef5bc5-c8a0-4da1-9ba1-066e6b2cf8e9] James Akinaka • 8h'),
    'James Akinaka',
  );
  // html2text's Markdown (ars-1, quanta-1).
  assert.equal(pageBylineOf('Dan Goodin \\- Apr 16, 2015 8:02 pm UTC'), 'Dan Goodin');
  assert.equal(pageBylineOf('######  _By_ Joshua Sokol'), 'Joshua Sokol');
  // Photo captions that start with a name are no bylines (salon-1, seattletimes-1, folha).
  assert.equal(
    pageBylineOf('Ayn Rand, Rand Paul (Credit: AP/Manuel Balce Ceneta/Photo montage by Salon)'),
    null,
  );
  assert.equal(
    pageBylineOf(
      'Wade Bassi, skipper and co-owner of the 106-year-old halibut fishing vessel Polaris, stands near',
    ),
    null,
  );
  assert.equal(
    pageBylineOf(
      'Luiz Inácio Lula da Silva (ao centro) recebe de Tite e outros representantes do Corinthians',
    ),
    null,
  );
});

test('a name over a dateline is the byline; a menu item or a title over one is not', () => {
  assert.equal(
    nameOverDate('  • Hazel Sheffield', '  • Friday 25 December 2015'),
    'Hazel Sheffield',
  );
  assert.equal(nameOverDate('Mama Robotnik', '9/11/13 10:00AM'), 'Mama Robotnik');
  assert.equal(nameOverDate('JOE HILDEBRAND', '  • March 13, 2015 12:00am'), 'Joe Hildebrand');
  // The dateline names its author itself (002); a title in title case (ebb-org).
  assert.equal(nameOverDate('  • Newer Article', 'on March 10, 2015 by Nikhil Marathe'), null);
  assert.equal(
    nameOverDate('On Recent Controversial Events', 'Tuesday 15 October 2019 by Bradley M. Kuhn'),
    null,
  );
  // lynx prints an author photo's alt text before the name (medium-1, keep-images).
  assert.equal(doubledName('Pippin Lee Pippin Lee'), 'Pippin Lee');
  assert.equal(doubledName('Backchannel Joseph Cox Joseph Cox'), 'Joseph Cox');
  // No date under it: a name alone is no byline by this rule.
  assert.equal(nameOverDate('Hazel Sheffield', '0 comments'), null);
});

test("dates of other languages: CLDR month names (the runtime's locale data), day.month.year", () => {
  const dates: Record<string, string> = {
    '21.dez.2018 às 12h55': '2018-12-21', // folha
    '1. listopadu 2021': '2021-11-01',
    'wtorek, 11 maja 2021, 17:00': '2021-05-11',
    '01. Dez. 2022 | 14:08 Uhr | von Jona Göbelbecker': '2022-12-01',
    '24 novembre 2017 à 18:42': '2017-11-24',
    '08.04.2015 12:46': '2015-04-08', // heise: day first with dots
    'Le Monde | 04.05.2015 à 13h36': '2015-05-04',
  };
  for (const [line, day] of Object.entries(dates)) assert.equal(findDate(line)?.value, day, line);
  assert.equal(findDate('Mars 2020'), null);
  // A commenter's name glued to "30.09.19 07:44" is no date of 1907 (a trafilatura page).
  assert.equal(findDate('macbacchi30.09.1907:44'), null);
  for (const tool of TOOLS) assert.equal(page('folha', tool).date?.value, '2018-12-21', tool);
});

test('theverge and engadget: the byline beside a description or a handle', () => {
  for (const tool of TOOLS) assert.equal(page('theverge', tool).byline, 'Alex Heath', tool);
  assert.equal(page('engadget', 'w3m').byline, 'Devindra Hardawar');
});

test('folha: the headline over a shorter standfirst, not the standfirst', () => {
  for (const tool of TOOLS) {
    const doc = page('folha', tool);
    assert.equal(
      doc.title,
      'Tite diz que errou ao levar taça da Libertadores a Lula em 2012',
      tool,
    );
  }
});

test('engadget in html2text: the "# " headline above a box of specs and a gallery', () => {
  const doc = page('engadget', 'html2text');
  assert.equal(doc.title, 'Xbox One X review: A console that keeps up with gaming PCs');
  assert.equal(doc.byline, 'Devindra Hardawar');
});

test('the headline under a cookie notice and a log-in box read as the story start', () => {
  // Lines 100-185 of medicalnewstoday's w3m dump (Readability's test pages, Apache 2.0: see
  // test/web-pages/readability/LICENSE.md): menus, "Please accept our privacy terms" and its
  // notice, "Sign in" and "Register" boxes, then the headline, its dateline and byline.
  const text = readFileSync(
    path.join(import.meta.dirname, '../fixtures/headline/medicalnewstoday-w3m-excerpt.txt'),
    'utf8',
  );
  const doc = read(text);
  assert.equal(
    doc.title,
    'How does the brain turn unconscious information into conscious thought?',
  );
  assert.equal(doc.byline, 'Ana Sandoiu');
  assert.equal(doc.date?.value, '2017-07-27');
});

test('"credit" inside a headline is a word, not a photo credit; a name beside a date is a byline', () => {
  assert.ok(
    isHeaderText(
      'Raspberry Pi 3 - The credit card sized PC that cost only $35 - All-time bestselling computer in UK',
    ),
  );
  assert.ok(!isHeaderText('CreditPhoto Illustration by Andrew B. Myers for The New York Times'));
  assert.ok(!isHeaderText('Ayn Rand, Rand Paul (Credit: AP/Manuel Balce Ceneta)'));
  assert.equal(pageBylineOf('Mike Conley December 18, 2020'), 'Mike Conley');
});

test('a name over a time ago is the byline, in Czech as in English (aktualne)', () => {
  for (const tool of TOOLS) assert.equal(page('aktualne', tool).byline, 'Aleš Vávra', tool);
  assert.equal(nameOverDate('Aleš Vávra Aleš Vávra', 'před 2 hodinami'), 'Aleš Vávra');
  assert.equal(nameOverDate('Jane Smith', 'vor 3 Stunden'), 'Jane Smith');
});

test('engadget in lynx: the headline and byline with an author photo address between', () => {
  const doc = page('engadget', 'lynx');
  assert.equal(doc.title, 'Xbox One X review: A console that keeps up with gaming PCs');
  assert.equal(doc.byline, 'Devindra Hardawar');
});

test('medium-1: reading times and the editor bar are page furniture, not headlines', () => {
  for (const text of ['11 min read', '5 minute read', 'Featured Close Publish changes']) {
    assert.ok(isUiText(text), text);
  }
  assert.ok(!isUiText('Read the fine print'));
  for (const tool of TOOLS) {
    assert.equal(
      page('medium-1', tool).title,
      'The Open Journalism Project: Better Student Journalism',
      tool,
    );
  }
});

test('ihrwebprofi (trafilatura): a breadcrumb trail ending in the title gives the title alone', () => {
  const dir = path.join(import.meta.dirname, '../web-pages/trafilatura/text');
  for (const tool of TOOLS) {
    const text = readFileSync(path.join(dir, tool, 'ihrwebprofi.at.publikumsvoting.txt'), 'utf8');
    assert.equal(read(text).title, 'Publikumsvoting beim Wiener Content Award gestartet', tool);
  }
});

test('a headline printed twice with a blank line between is a title and its heading', () => {
  // trafilatura's w3m dump of digitale-exzellenz.de (Apache 2.0 evaluation pages: see
  // test/web-pages/trafilatura/LICENSE): the headline printed twice, a blank line between, over
  // its byline; no list of doubled links around it, so the copy is a print, not a list's copy.
  const text = readFileSync(
    path.join(import.meta.dirname, '../fixtures/headline/digitale-exzellenz-w3m.txt'),
    'utf8',
  );
  assert.equal(
    read(text).title,
    'KI @ China (Teil 2): Wie das Fernost-Facebook das Gesundheitswesen revolutioniert',
  );
  // A short line printed twice so is a button: "Next story" twice over medium-1's headline.
  assert.equal(
    page('medium-1', 'html2text').title,
    'The Open Journalism Project: Better Student Journalism',
  );
  // Links printed twice in a list, a blank line between each copy: engadget's other stories.
  assert.equal(
    page('engadget', 'w3m').title,
    'Xbox One X review: A console that keeps up with gaming PCs',
  );
});

test('a numbered breadcrumb item is a print of the headline under it', () => {
  // trafilatura's w3m dump of diakonie.de: "Sie sind hier:" / "1. Infoportal" / "2.
  // Pressemeldungen" / "3. Vorstellung der Studie ..." prints the headline over the headline
  // itself, its date and tags, and a subtitle right above the story.
  const text = readFileSync(
    path.join(import.meta.dirname, '../fixtures/headline/diakonie-w3m.txt'),
    'utf8',
  );
  assert.equal(read(text).title, 'Vorstellung der Studie „Lebensgefühl Corona“');
});

/**
 * A dump under test/fixtures/headline, read as a build reads one file. A name starting "../" is a
 * page another sample holds, read from there (test/fixtures/page-dumps, test/web-pages): one copy.
 */
const fixture = (name: string) =>
  read(readFileSync(path.join(import.meta.dirname, '../fixtures/headline', name), 'utf8'));

test('a caption with its credit or archive label under the headline is no headline', () => {
  // trafilatura's w3m dumps of amnesty.de and cleanthinking.de: a picture between the headline
  // and the story, captioned "... in London (Archivaufnahme)" and "Symbolbild / Salzgitter
  // Flachstahl AG", which stood nearer the story than the headline.
  assert.equal(
    fixture('amnesty-w3m.txt').title,
    'Global: Autonome Waffensysteme dürfen nicht über Leben und Tod entscheiden',
  );
  assert.equal(
    fixture('cleanthinking-w3m.txt').title,
    'Oranger Wasserstoff: Der Traum vom erneuerbaren Gas aus der Erdkruste',
  );
  assert.ok(!isHeaderText('Mittagessen in einem Seniorenheim Foto: Michael Bönte'));
  assert.ok(
    !isHeaderText('Son tres los periodos de vacaciones durante el año escolar. Foto: Andina'),
  );
  // A hyphen before "Foto:" makes it a word of the headline.
  assert.ok(
    isHeaderText(
      'Neuer Blick auf das „Blue Marble“-Foto: ICON simuliert das gekoppelte Klimasystem',
    ),
  );
});

test("a dump headline's subtitle after a dash is kept: the site's name is printed elsewhere", () => {
  // trafilatura's w3m dump of hildesheimer-presse.de: "Hund vertreibt Einbrecher –
  // Zeugenaufruf" is printed once, with its headline; the page's own name is in its masthead.
  const doc = fixture('hildesheimer-presse-w3m.txt');
  assert.equal(doc.title, 'Hund vertreibt Einbrecher – Zeugenaufruf');
});

test('a headline over a date in figures, and one opening with a brand in lower case', () => {
  // trafilatura's w3m dumps: for-me-online.de's headline, a question, opens the page's text and
  // stands over "Familie" / "17/02/2022", a dateline whose order of day and month is not
  // guessed; a blog's "iMac 5K Lightroom Performance gelöst – Danke an die Community" opens
  // with a brand written in lower case.
  assert.equal(
    fixture('for-me-online-w3m.txt').title,
    'Wie spreche ich mit meiner Tochter über ihre Pubertät?',
  );
  assert.equal(
    fixture('imac-blog-w3m.txt').title,
    'iMac 5K Lightroom Performance gelöst – Danke an die Community',
  );
});

test("widgets' words of German pages are UI text, not the headline", () => {
  // trafilatura's w3m dump of bsi.de: "Häufig gesucht" (a search box's frequent searches) stands
  // nearer the story than the headline.
  assert.equal(
    fixture('bsi-w3m.txt').title,
    'Sicherheits-Check für Künstliche Intelligenz in Autos: BSI und ZF starten Projekt mit TÜViT',
  );
  for (const ui of [
    'Text herunterladen',
    'Mehr erfahren',
    'Schreibe eine Antwort',
    'Mitglied seit',
  ]) {
    assert.ok(isUiText(ui), ui);
  }
  assert.ok(!isUiText('Mehr Geld für Kitas'));
});

test("a line above the skip link is the site's header, not the headline", () => {
  // trafilatura's html2text dump of echte-demokratie-jetzt.de's blog, its first 100 lines: the
  // site's name printed as an <h1> ("# Echte Demokratie Jetzt! Occupy") over its tagline and
  // "Springe zum Inhalt", then the menus and the post. The name, scored as a heading printed
  // again, was the headline, and in the built archive this copy stood apart from the page's
  // other copies, under the site's name.
  const title = fixture('echte-demokratie-html2text.txt').title ?? '';
  assert.notEqual(title, 'Echte Demokratie Jetzt! Occupy');
  assert.ok(title.startsWith('Liebe Menschen Europas'), title);
});

test('a breadcrumb trail numbered from 1 names the page whatever its first item', () => {
  // trafilatura's w3m dump of drk.de: "1. Presse" / "2. Pressemitteilungen" / "3. UN-Klimakonferenz
  // in Glasgow - DRK: ...", the last item printed again as the headline under it.
  assert.equal(
    fixture('../page-dumps/drk.de-Glasgow.w3m.txt').title,
    'UN-Klimakonferenz in Glasgow - DRK: Immer mehr Menschen wegen Klimawandel auf Hilfe angewiesen',
  );
});

test('the text under a comment form is not the story: the headline is read above the form', () => {
  // trafilatura's w3m dump of gnaur.wordpress.com: a post of three short lines, its like button
  // ("Liken Lade …") and "Kommentar verfassen Antwort abbrechen" over the form; the story had
  // been found in the footer's licence note under it, which was taken for the headline.
  const lines = readFileSync(
    path.join(
      import.meta.dirname,
      '../web-pages/trafilatura/text/w3m/gnaur.wordpress.com.moglichkeit.txt',
    ),
    'utf8',
  )
    .split('\n')
    .filter((text) => text.trim() !== '')
    .map((text, n) => ({ n, text }));
  const form = lines.findIndex((l) => l.text.endsWith('Antwort abbrechen'));
  assert.ok(form > 0);
  assert.ok((storyStart(lines) ?? Infinity) <= form);
  assert.equal(
    fixture('../../web-pages/trafilatura/text/w3m/gnaur.wordpress.com.moglichkeit.txt').title,
    'Die Möglichkeit nichts zu tun ist auch eine Möglichkeit',
  );
  assert.ok(isUiText('Liken Lade …'));
  assert.ok(isUiText('Gefällt mir Wird geladen...'));
  assert.ok(!isUiText('Like a Rolling Stone'));
});

test('a breadcrumb trail printed on one line over the headline gives the headline', () => {
  // trafilatura's w3m dumps of abenteuer-astronomie.de ("StartseiteAstro-BilderPlejaden, M45",
  // its items run together, over "Plejaden, M45" and a comment form under a short post) and
  // blinker.de ("Home Angelmethoden Angeln allgemein Fishing Masters Show in Rostock im Mai
  // 2022" over the headline alone).
  assert.equal(fixture('abenteuer-astronomie-w3m.txt').title, 'Plejaden, M45');
  assert.equal(fixture('blinker-w3m.txt').title, 'Fishing Masters Show in Rostock im Mai 2022');
});

test('a one-word headline under a one-line trail ending in it, the trail opening with a label', () => {
  // trafilatura's w3m dumps of ohneq.de ("Home Johannes" over "Johannes": one word, which no
  // candidate was) and reisen-mit-dem-internet.de ("Sie sind hier: Home » Europa » Deutschland »
  // Niedersachsen » Ostfriesland » Emden" over "Emden": a label, and five items with arrows
  // between them, which counted as ten words). A photo credit stood nearer the story.
  assert.equal(fixture('ohneq-w3m.txt').title, 'Johannes');
  assert.equal(fixture('reisen-mit-dem-internet-w3m.txt').title, 'Emden');
});

test('a breadcrumb trail wrapped onto a second line still gives the headline under it', () => {
  // trafilatura's lynx dump of leukefeld-handball.de: "Sie sind hier:Home»Newsarchiv»Dago
  // Leukefeld wird „Botschafter des Sports“ der ifzw" / "impulsstiftung" over the headline.
  assert.equal(
    fixture('leukefeld-handball-lynx.txt').title,
    'Dago Leukefeld wird „Botschafter des Sports“ der ifzw impulsstiftung',
  );
});

test('a trail wrapped over lines ends in the headline under it, past a picture, wrapped too', () => {
  // trafilatura's w3m dumps: SW1.News-Heimat ("Home / fuSWball / FB-Rhön Hassberge / Wenn man
  // ... in Abwesendheit" / "vielleicht ein bisschen weniger weh", a picture's label, then the
  // headline), it-learner.de (the trail and the headline under it each wrapped over two lines)
  // and vegolosi.it (the headline opens in lower case, "ll Climate Clock", as the trail prints it).
  assert.equal(
    fixture('sw1-w3m.txt').title,
    'Wenn man in der Heimat verliert, dann tut´s in Abwesendheit vielleicht ein bisschen weniger weh',
  );
  assert.equal(
    fixture('it-learner-w3m.txt').title,
    'Wenn das Netzwerk unter Windows 10 sehr langsam ist, könnte das Abschalten der Autotuning Funktion Abhilfe schaffen.',
  );
  assert.equal(
    fixture('vegolosi-w3m.txt').title,
    'll Climate Clock ha iniziato a scorrere: sette anni è il tempo che ci rimane per agire',
  );
  // html2text sets the trail's last item in bold ("Home → ... → **ll Climate Clock ...**").
  assert.equal(
    fixture('vegolosi-html2text.txt').title,
    'll Climate Clock ha iniziato a scorrere: sette anni è il tempo che ci rimane per agire',
  );
  // Right under its trail, a line in lower case is the trail's wrapped end: lynx's dump of
  // autosprint.ch opens on "#AutoSprintCH » Feed alternate ..." / "alternate alternate ...".
  assert.equal(fixture('autosprint-lynx.txt').title, 'Histo-Monte: Pistenstopp in Rheinfelden');
});

test('a headline may open with a German quotation mark or guillemet', () => {
  // trafilatura's w3m dumps of rhein-neckar-loewen.de, bundesfeuerwehrverband.at and
  // linksfraktion.de: their headlines open with „ or », and no line above them was taken.
  for (const line of [
    '„Kleiner“ Vorverkauf für Liga-Heimspiele gestartet',
    '„Zentrum am Berg“ offiziell eröffnet',
    '»Abzocke wird als Klimaschutz verkauft«',
  ]) {
    assert.ok(isHeadlineCandidate(line), line);
  }
  // "» Weiterlesen" is a list item, an arrow before a link.
  assert.ok(!isHeadlineCandidate('» Weiterlesen im Archiv'));
  // gnaur.wordpress.com in html2text: the post opens with a quotation under its dateline, which
  // html2text escapes ("14\. Juni 2013 at 20:51"); the dateline is no headline.
  const text = readFileSync(
    path.join(
      import.meta.dirname,
      '../web-pages/trafilatura/text/html2text/gnaur.wordpress.com.moglichkeit.txt',
    ),
    'utf8',
  );
  assert.equal(read(text).title, 'Die Möglichkeit nichts zu tun ist auch eine Möglichkeit');
});

test("a blog's links to the previous and next post and its comments' heading are no headlines", () => {
  // trafilatura's w3m dumps of hertha-blog.de ("« Fünf Gedanken zum Pokal-Aus in Dortmund" over
  // the post's headline) and sprechwaisen.com ("← SW081 – Europaqual" / "SW083 – Schwitzebaerchen
  // →" over it, "3 Responses to SW082 – 82 Gründe zum weiter hören" under the post).
  assert.equal(fixture('hertha-blog-w3m.txt').title, 'Der Lange und die alte Dame');
  assert.equal(
    fixture('../../web-pages/trafilatura/text/w3m/sprechwaisen.com.sw082.txt').title,
    'SW082 – 82 Gründe zum weiter hören',
  );
  // Guillemets that close what they open quote a headline.
  assert.ok(isHeadlineCandidate('« Les privatisations sont au profit d’intérêts privés »'));
});

test('a short title read as a name is the headline under its own dateline or over its signed standfirst', () => {
  // trafilatura's pages: ejwue.de in html2text ("05.02.2020 - Redaktion: Eberhard Fuhr ..." over
  // "Faire Lieferketten", its standfirst "Aktionen planen, die was bewegen" under a picture) and
  // axios.com in w3m ("Jan 18, 2019" over "Axios Future", whose "Axios podcasts" above was taken).
  assert.equal(fixture('ejwue-html2text.txt').title, 'Faire Lieferketten');
  assert.equal(fixture('axios-w3m.txt').title, 'Axios Future');
  // Or over its standfirst, signed under it: tell-review.de in w3m ("Unstillbares Heimweh" / "In
  // seinem Essay ... Transzendenz." / "Avatar Frank Hahn am 18. September 2019").
  assert.equal(fixture('tell-review-w3m.txt').title, 'Unstillbares Heimweh');
  // A byline's name under the headline stays no headline: no dateline alone over it.
  assert.equal(
    fixture('../../web-pages/trafilatura/text/w3m/sprechwaisen.com.sw082.txt').title,
    'SW082 – 82 Gründe zum weiter hören',
  );
});

test('a German comment heading in the singular is no headline either', () => {
  // resonator-podcast.de in lynx: "Ein Gedanke zu „RES158 Sternfusion am Teilchenbeschleuniger“"
  // under the post, as "2 Gedanken zu ..." is.
  assert.equal(fixture('resonator-lynx.txt').title, 'RES158 Sternfusion am Teilchenbeschleuniger');
});

test('a kicker glued in front of the headline is cut where the page shows where it ends', () => {
  // handelsblatt.com (w3m): "Grenzschließungen Deutschland, Frankreich und die Rückkehr der
  // Ressentiments", whose title the page prints alone after a dash ("Mehr zu: Grenzschließungen
  // - Deutschland, ..."); oekologisch-bauen.info: "Initiative EnergieEffizienz Kostenloser
  // Stromcheck für private Haushalte" under a breadcrumb trail ending in "Initiative
  // EnergieEffizienz".
  assert.equal(
    fixture('handelsblatt-w3m.txt').title,
    'Deutschland, Frankreich und die Rückkehr der Ressentiments',
  );
  assert.equal(
    fixture('oekologisch-bauen-w3m.txt').title,
    'Kostenloser Stromcheck für private Haushalte',
  );
  const lines = (texts: string[]) => texts.map((text, i) => ({ n: i * 2 + 1, text }));
  // deutschlandfunk.de: a quotation glued to the kicker before it.
  assert.equal(
    withoutGluedKicker(
      'Die Zukunft der Arbeit"Wir dekorieren auf der Titanic die Liegestühle um"',
      [],
      [],
    ),
    '"Wir dekorieren auf der Titanic die Liegestühle um"',
  );
  // A kicker set off by a colon is the headline's own; a title printed alone in a list five
  // times is a list's item (falstaff.de's wine list under "Burgenland: Best of Ruster Ausbruch
  // DAC"); a wrapped line is no print of its own.
  const falstaff = lines(Array.from({ length: 5 }, () => '  • Ruster Ausbruch DAC'));
  assert.equal(
    withoutGluedKicker('Burgenland: Best of Ruster Ausbruch DAC', falstaff, []),
    'Burgenland: Best of Ruster Ausbruch DAC',
  );
  const wrapped = [
    { n: 1, text: '20 Clever Small Nursery Ideas When You’re Tight On' },
    { n: 2, text: 'Space + Free Printable' },
  ];
  const headline = '20 Clever Small Nursery Ideas When You’re Tight On Space + Free Printable';
  assert.equal(withoutGluedKicker(headline, wrapped, []), headline);
});

test('a short title opening on an article is no byline name; widgets glued together are UI', () => {
  // urania.de (w3m): "Die Freiheit der Planung" over its "Essay" label and dateline had been
  // read as a name, and the menu's "Newsletter PartnerJobs" above taken.
  assert.equal(fixture('urania-w3m.txt').title, 'Die Freiheit der Planung');
  // flowfx.de (w3m): Bootstrap's "Toggle navigation" before the site's name.
  assert.equal(fixture('flowfx-w3m.txt').title, 'Copy & paste from tmux to system clipboard');
  for (const line of [
    'Zum MenüZur SucheZum Inhalt',
    'PartagerRechercher Menu',
    'View All Result',
  ]) {
    assert.ok(isUiText(line), line);
  }
  assert.ok(!isUiText('McDonald’s Opens in Moscow'));
});

test('the article higher on the page keeps the headline from a box under it that scores a little more', () => {
  // trafilatura's w3m dumps of zdf.de and arteradio.com: the article's headline over its short
  // text near the top, and lower down a box whose heading stands right over its text (a
  // newsletter form's "Bitte trage eine E-Mail-Adresse ein.", the podcast links over a cookie
  // notice), which the body finder kept as the story's start.
  assert.equal(fixture('zdf-w3m.txt').title, 'US-Sport in Zeiten von Corona');
  assert.equal(fixture('arteradio-w3m.txt').title, 'La voix des nuls');
  // Readability's lynx dumps (test/web-pages/readability/LICENSE.md). webmd-1: a box's label over
  // its links ("Featured Topics") wins no lead over the article's headline lower down.
  assert.equal(fixture('webmd-1-lynx.txt').title, 'Babies Who Eat Peanuts Early May Avoid Allergy');
  // guardian-1: the story found from the body finder's first line starts at the headline itself
  // (a long line read as text), under the series' name; the one found under the headline's
  // byline is the same article, and its headline scores more.
  assert.equal(
    fixture('guardian-1-lynx.txt').title,
    "'What is the sea telling us?': Māori tribes fearful over whale strandings",
  );
});

test('a short text under its headline, over a long list or box, is the story the headline heads', () => {
  // trafilatura's w3m dumps: popkultur.de's standfirst and two short paragraphs over a table of
  // contents of 25 items, then the first section; latercera.com's headline over its byline, the
  // picture's caption printed twice and a standfirst of one paragraph, then a share bar. The
  // story was found lower down, under the byline or the caption, read as the headline.
  assert.equal(
    fixture('popkultur-w3m.txt').title,
    'Die 25 erfolgreichsten homosexuellen Schauspieler aller Zeiten',
  );
  assert.equal(
    fixture('latercera-w3m.txt').title,
    'La agenda con que Interior busca contener la crisis de seguridad y el dilema del oficialismo',
  );
});

test('a long headline wrapped over two lines is read whole, not its standfirst', () => {
  // trafilatura's w3m dump of uusisuomi.fi: a headline of 21 words wrapped after "”Meidän",
  // its second line of seven words, standing where the story starts, over its dateline; it was
  // passed over for the menu bar glued into one line.
  assert.equal(
    fixture('uusisuomi-w3m.txt').title,
    'Sanna Marin tapasi Angela Merkelin: Myös Saksa haluaa pitää kiinni maataloustuista - ' +
      '”Meidän näkemyksiämme suurimpana nettomaksajana ei ole otettu riittävästi huomioon”',
  );
  // timesofisrael's standfirst, wrapped over two lines one blank line under the headline, is
  // no headline however long.
  assert.equal(
    fixture('timesofisrael-w3m.txt').title,
    'State of Washington swears in first Native American-Jewish Supreme Court justice',
  );
});

test('a share panel between the headline and the story does not push the headline out', () => {
  // trafilatura's w3m dump of a BBC News page: the headline and its date over a share panel of
  // some 40 lines ("Share this with Facebook", "□ Messenger", "Copy this link", "Close share
  // panel"), related topics and a video's "Media playback is unsupported on your device" and
  // "Media caption..." before the story. The player's line was taken for the headline.
  const doc = fixture('bbc-w3m.txt');
  assert.equal(doc.title, 'Coronavirus: New York ramps up mass burials amid outbreak');
  assert.equal(doc.date?.value, '2020-04-10');
  for (const line of [
    'Share this with Facebook',
    'Auf Facebook teilen In Messenger teilen',
    'Partager sur Facebook',
    'Compartir en WhatsApp',
    'Copy this link',
    'Close share panel',
    'These are external links and will open in a new window',
  ]) {
    assert.ok(isUiText(line), line);
  }
  // A headline that names a network and sharing is no share bar.
  assert.ok(!isUiText('Twitter to share data with Facebook'));
  assert.ok(!isUiText('The sharing economy is a lie'));
});

test('the story found at its headline, a dateline over it: that line is the headline', () => {
  // trafilatura's w3m dump of regards.fr: the body finder starts the story at the headline, its
  // dateline "Accueil | Par Loïc Le Clerc | 30 septembre 2018" printed over it, not under.
  const regards = fixture('regards-w3m.txt');
  assert.equal(
    regards.title,
    'Deux ans et demi en Macronie : une condamnation, dix mises en examen et six enquêtes en cours',
  );
  assert.equal(regards.date?.value, '2018-09-30');
  // html2text's einfachspanien.de: a PHP notice under the dateline, where the story starts, is
  // no headline ("Deprecated : preg_replace(): The /e modifier is deprecated, ...").
  const einfachspanien = fixture('einfachspanien-html2text.txt');
  assert.equal(einfachspanien.title, 'Malaga, die quirlige Metropole in Andalusien');
  assert.equal(einfachspanien.date?.value, '2011-11-22');
});

test("a trail's last item wrapped at the dump's width is the whole title", () => {
  // trafilatura's w3m dump of bundeskanzleramt.gv.at: " 6. Bundesministerin Raab: ... frauen-
  // und familienfreundliche" / "    Rahmenbedingungen gestalten"; lynx's instyle.com: "3. Black
  // Women ... According to Coils to Locs" / "Founder Dianne Austin". The trail was read by its
  // first line: half the title.
  assert.equal(
    fixture('bundeskanzleramt-w3m.txt').title,
    'Bundesministerin Raab: Mit Ländern und Unternehmen frauen- und familienfreundliche Rahmenbedingungen gestalten',
  );
  assert.equal(
    fixture('instyle-lynx.txt').title,
    'Black Women Battling Breast Cancer Deserve More Wig Options, According to Coils to Locs Founder Dianne Austin',
  );
  // A rule of underscores under a trail is no wrapped item (lynx's pocketpc.ch forum thread).
  assert.equal(
    fixture('pocketpc-lynx.txt').title,
    'Microsoft beginnt mit der Auslieferung des Vorbereitungsupdate!',
  );
});

test('a kicker ending in a colon on the line over its headline is read with it', () => {
  // trafilatura's page 0a29620f (St. Galler Tagblatt) in w3m and lynx: "Tanz in der St. Galler
  // Lokremise:" / "Mit allen Wassern gewaschen", of which the second line alone was taken.
  for (const name of ['lokremise-w3m.txt', 'lokremise-lynx.txt']) {
    assert.equal(
      fixture(name).title,
      'Tanz in der St. Galler Lokremise: Mit allen Wassern gewaschen',
      name,
    );
  }
});

test("the title loses html2text's escapes, as the body does", () => {
  // trafilatura's html2text dump of bmel.de: "15\. Zukunftsforum Ländliche Entwicklung".
  assert.equal(fixture('bmel-html2text.txt').title, '15. Zukunftsforum Ländliche Entwicklung');
});

test("a section's path over the headline is its rubric, not its headline", () => {
  // trafilatura's w3m dump of japantimes.co.jp: "National / Crime & Legal" right over "Losing
  // face: ...", which the rubric outscored by standing over it.
  assert.equal(
    fixture('japantimes-w3m.txt').title,
    'Losing face: 6,000 surgical masks stolen from Kobe hospital',
  );
});

test('a subtitle whose words a sentence of the page names is no site name', () => {
  // trafilatura's w3m dump of maenner.media: "Interview mit Rainer Teuber – #OutInChurch", the
  // page's question "Herr Teuber, was genau ist #outinchurch und wer ist daran beteiligt?"
  // naming the subtitle's words inside a sentence, where a site's name is printed apart.
  assert.equal(
    fixture('maenner-media-w3m.txt').title,
    'Interview mit Rainer Teuber – #OutInChurch',
  );
});

test('a short title read as a name is the headline where it stands right under the menu', () => {
  // trafilatura's dumps: "Neue DJV-Online-Seminare" over its date (w3m), "Rasende Polizisten"
  // over "Schreibe eine Antwort" (w3m), "Bootsdienst Ausbildung" and "Kleine Schafskunde" (lynx)
  // under their menu's last item, "FINA Weltmeisterschaften VERSCHOBEN" under its one-word
  // section label "OSV-Bericht" (html2text): two to four capitalized words read as a person's
  // name, so the site's name or tagline at the page's top had been taken instead.
  assert.equal(fixture('natuerliche-jagd-w3m.txt').title, 'Neue DJV-Online-Seminare');
  assert.equal(fixture('strafprozess-w3m.txt').title, 'Rasende Polizisten');
  assert.equal(fixture('feuerwehrtaucher-lynx.txt').title, 'Bootsdienst Ausbildung');
  assert.equal(fixture('maescot-lynx.txt').title, 'Kleine Schafskunde');
  assert.equal(
    fixture('schwimmverband-html2text.txt').title,
    'FINA Weltmeisterschaften VERSCHOBEN',
  );
  // A name under a row of share buttons ("Twittern" / "Pinnen" / "Mail") is the byline still
  // (agrarheute.com in lynx).
  assert.equal(
    fixture('agrarheute-lynx.txt').title,
    'Heizen mit Abfallholz: Mit dieser Erfindung funktioniert es',
  );
});

test("the Wayback Machine's toolbar over an archived page is no story nor headline", () => {
  // trafilatura's archive.org captures: the toolbar's "About this capture" describes the
  // collection in sentences, which read as the story's start under "Organization: Internet
  // Archive" (w3m) or "Previous capture 10 Next capture" (lynx). The post's own title is found
  // under the toolbar (nesselsetzer); peptalks' stands at its story's first line, printed again
  // apart (the page's title), and is read there.
  assert.equal(
    fixture('nesselsetzer-archive-w3m.txt').title,
    'Rebloggt von gnaddrig ad libitum: Antipoden: Die Wahrheit',
  );
  assert.equal(
    fixture('peptalks-archive-lynx.txt').title,
    'Haben sich Mozarts Eltern je wegen seiner Schulnoten gesorgt?',
  );
});

test("a post's kind in brackets before its title is read with the title", () => {
  // trafilatura's blog pages: "(News) ..." (lynx) and "[Rezi] ..." (html2text) open the post's
  // title; a line opening on a bracket had been no candidate, so the blog's name at the page's
  // top or a label under the title ("Übersetzer : Sonja Häußler") was taken instead.
  assert.equal(
    fixture('abookshelffullofsunshine-lynx.txt').title,
    '(News) Viertes eigenes Blog-Interview: Dieses Mal mit Anne Lück',
  );
  assert.equal(
    fixture('weinlachgummis-html2text.txt').title,
    '[Rezi] Love is War - Sehnsucht von R. K. Lilley',
  );
});

test("an e-mail sign-up box's sentences over a post are not the post's start", () => {
  // trafilatura's andreabottlinger.wordpress.com: "Um neue Beiträge per E-Mail zu erhalten, ..."
  // over the box's text field (w3m's "[   ]", lynx's "____") joined the post under it into one
  // run of text, so its title stood inside the story and the blog's tagline was taken.
  for (const tool of ['w3m', 'lynx']) {
    assert.equal(fixture(`andreabottlinger-${tool}.txt`).title, 'Aren’t we all …?');
  }
});

test("a recipe's ingredient line is no headline", () => {
  // trafilatura's der-erfolg-gibt-recht.de in w3m: the list of ingredients ("2 TL Gemüsebrühe
  // instant") stands between the title and the method, which the story is found to start at.
  assert.equal(
    fixture('../../web-pages/trafilatura/text/w3m/der-erfolg-gibt-recht.de.rinderleber.txt').title,
    'Rinderleber-Geschnetzeltes mit Apfel und Zwiebel',
  );
  assert.equal(isHeadlineCandidate('250 Gramm Mehl'), false);
  assert.equal(isHeadlineCandidate('2 TL Gemüsebrühe instant'), false);
});

test('a byline, a dateline or a wrapped line of the story is no headline over the title', () => {
  // trafilatura's w3m dumps (Apache 2.0 evaluation pages: see test/web-pages/trafilatura/LICENSE),
  // each with a line between its title and the story that stood nearer the story: a byline led
  // by a capitalized "Von" or "Por", an author's name glued to a <time>'s ISO timestamp, and a
  // paragraph's line wrapped at the dump's width that ends on "los" or "als" (an article or a
  // conjunction) or whose next line ends the sentence.
  assert.equal(fixture('aussengedanken-w3m.txt').title, 'Streit ums Feuerholz');
  assert.equal(
    fixture('ambito-w3m.txt').title,
    'Paritarias al rojo: gremios de la alimentación marcan inflación de 5,3% en abril y amenazan con paro',
  );
  assert.equal(
    fixture('courgage-w3m.txt').title,
    'Erfinderinnen: Ann Kiessling und ihre Forschung im Kampf gegen das HIV-Virus',
  );
  assert.equal(fixture('hoy-w3m.txt').title, 'Darán bendición a vehículos este sábado');
  assert.equal(
    fixture('caritas-w3m.txt').title,
    'Eva Welskop-Deffaa zur neuen Caritas-Präsidentin gewählt',
  );
});

test('a caption under the headline and its standfirst is no headline, however near the story', () => {
  // trafilatura's tennisnet.com in w3m: the headline, its standfirst of three lines, a byline and
  // a dateline, then a picture's caption printed twice around its credit right over the story.
  assert.equal(
    fixture('tennisnet-w3m.txt').title,
    'Diese Ymers! Zwei Überraschungen an einem Tag!',
  );
});

test('a one-word title alone right over the story is the headline; a label or subheading is not', () => {
  // trafilatura's w3m dumps: "Zeitphilosophie" under a picture's label and "Hope!" under the
  // category "• Achtsamkeit", each right over the first paragraph, had no candidate (one word),
  // so a menu line or nothing was taken.
  assert.equal(fixture('zeitphilosophie-w3m.txt').title, 'Zeitphilosophie');
  assert.equal(fixture('hope-w3m.txt').title, 'Hope!');
  // A one-word line under the title is the story's first subheading (maescot's first sheep), and
  // html2text's "## Hauptinhalt" over a page's main part is a section's label (wsl.ch).
  assert.equal(fixture('maescot-w3m.txt').title, 'Kleine Schafskunde');
  assert.equal(
    fixture('wsl-html2text.txt').title,
    'Projektwettbewerb Neubau Werkstattgebäude WSL Birmensdorf',
  );
});

test("a short title in capitals right over the story's first line is the headline", () => {
  // baumev.de in w3m: "TRANSFORMATIONSLABOR ERNÄHRUNG" reads as a name, and the story's first
  // wrapped line under it as a headline over which a name is a section's label: no headline.
  assert.equal(fixture('baumev-w3m.txt').title, 'TRANSFORMATIONSLABOR ERNÄHRUNG');
});

test('a headline found inside the story by its own date, or printed again at its first line', () => {
  // Osthessen-news: the story is found at a picture's caption over the headline, whose paragraph
  // opens "06.11.23 - ..."; a blog's post title under its date, under the blog's description
  // that reads as the story; cointelegraph's headline at the story's first line, printed again
  // as a picture's caption. Each page had no headline.
  assert.equal(
    fixture('osthessen-w3m.txt').title,
    'Claudia Brandes und ihr links-grünes Bündnis müssen jetzt liefern',
  );
  assert.equal(fixture('tach-auch-w3m.txt').title, 'Tach auch!');
  assert.equal(
    fixture('cointelegraph-w3m.txt').title,
    'CME nun zweitgrößte Bitcoin (BTC)-Futures-Börse: Open Interest steigt sehr stark',
  );
  // A comment under its date is no headline found by its date (gnadlib in html2text); the post's
  // "# Scherenschnitt (3)", the only <h1> under the blog's name, is (isStoryH1, stop 39).
  assert.equal(fixture('gnadlib-html2text.txt').title, 'Scherenschnitt (3)');
  // A table of contents prints the first subheading again under the page's <h1>.
  assert.equal(fixture('fisch-hitparade-html2text.txt').title, 'Alkohol auf dem Boot');
});

test('a menu item printed again with the whole menu gains nothing by its copies', () => {
  // weisser-ring.de in lynx: the menu printed twice, each item between the same two items, put
  // "Mitarbeit am Opfer-Telefon" over the headline; an article's header printed again as a
  // teaser, its date under both, still counts (fischundfang in lynx).
  assert.equal(
    fixture('weisser-ring-lynx.txt').title,
    'Erfolgsgeschichte: Zehn Jahre „Tag des Einbruchschutzes“',
  );
  assert.equal(fixture('fischundfang-lynx.txt').title, 'Radical Pop-Ups und Dips');
});

test('a headline that names its day is a candidate; a dateline or a dated caption is not', () => {
  // trafilatura's pages whose title holds a day were missed in every tool: any line with a date
  // was a dateline. ekd.de's title ends "..., 11. November 2021, 18 Uhr".
  const ekd =
    'Andacht zur Friedensdekade in der Kaiser-Wilhelm-Gedächtniskirche, 11. November 2021, 18 Uhr';
  assert.equal(fixture('ekd-w3m.txt').title, ekd);
  assert.equal(fixture('ekd-html2text.txt').title, ekd);
  // A date opening the line is its dateline, however many words follow: ejwue.de's "05.02.2020
  // - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)" is no headline, and dates the page.
  // The title under it, also its only "# " heading, is the headline (trafilatura declares it).
  const ejwue = fixture('ejwue-html2text.txt');
  assert.equal(ejwue.title, 'Faire Lieferketten');
  assert.equal(ejwue.date?.value, '2020-02-05');
  // Few words beside the date, two dates (published and updated), a date glued to the words
  // before it, or a sentence's full stop: still a dateline or a caption (Readability's
  // schema-org-context-object, liberation-1; deutschlandfunk in lynx).
  for (const tool of TOOLS) {
    assert.equal(
      page('schema-org-context-object', tool).title,
      'South Korean president’s impeachment fails after ruling party lawmakers walk out',
      tool,
    );
  }
  assert.equal(
    page('liberation-1', 'w3m').title,
    'Un troisième Français mort dans le séisme au Népal',
  );
});

test("a blog's category line glued to its first link is no headline", () => {
  // reporternewspapers.net in w3m: "Posted inBrookhaven, DeKalb, News" (a filing line whose lead
  // the dump glues to the category's link) over the title was taken for it.
  assert.equal(
    fixture('reporternewspapers-w3m.txt').title,
    'Brookhaven Village closed due to gas leak',
  );
});

test('a title standing alone over the story is its headline when no byline or date stands between', () => {
  // ditb.de in w3m: the story is found to start at its headline, which stands alone over the
  // first paragraph under a long menu; no headline was found at all.
  assert.equal(
    fixture('ditb-w3m.txt').title,
    'Die Nacht der Geburt unseres Propheten sei gesegnet!',
  );
});

test('a title under the credited caption the story is found to start at is its headline', () => {
  // infosperber.ch in w3m: the story is found to start at the picture's caption ("... © zvg")
  // printed over the headline.
  assert.equal(fixture('infosperber-w3m.txt').title, 'Madagaskar: Wo Françafrique endet');
});

test("html2text's only '# ' heading is the headline over a button's or a teaser's line", () => {
  // verivox.de: "“ Sehr schnelle Abwicklung ”", a customer's review over the story, was taken.
  assert.equal(
    fixture('verivox-html2text.txt').title,
    'Leasing oder Finanzierung? Jetzt Angebote berechnen!',
  );
});

test("a masthead opening with the site's domain name is no headline", () => {
  // jan-grosser.de in html2text prints "# jan-grosser.de" over the blog's motto; wordsmith.org in
  // w3m opens with "Wordsmith.org: the magic of words" and a search form. Both were taken for
  // the headline.
  assert.equal(
    read('# jan-grosser.de\n\ncat /dev/brain/ideas >> blog\n\n[Home]  [Impressum]\n').title,
    'cat /dev/brain/ideas >> blog',
  );
  for (const masthead of ['Wordsmith.org: the magic of words', 'jan-grosser.de']) {
    assert.equal(isHeadlineCandidate(masthead, masthead, 1), false, masthead);
  }
  // A headline naming a company by its domain, or a library ending like one, still is one.
  for (const title of ['Amazon.com Reports Record Quarter', 'Node.js: the first ten years']) {
    assert.equal(isHeadlineCandidate(title), true, title);
  }
});

test("a headline sharing words with the story's first lines beats a form's line over the story", () => {
  // tdg.ch in w3m (an excerpt): "Veuillez SVP entrez une adresse e-mail valide", a form's error
  // message right over the story, won on its place over the headline higher up, whose words
  // ("chlorothalonil", "interdit") come back in the story's first sentences (withStoryWords).
  assert.equal(fixture('tdg-w3m.txt').title, 'Berne interdit désormais le chlorothalonil');
});

test("html2text's <h1> over the story is the headline where the blog's name and sidebar are <h1>s too", () => {
  // creeny.wordpress.com in html2text (an excerpt): "# Das Leben, der Meister und ich…" (the
  // blog's name, on the first line), "# Nebelsuppe." over the post, and the sidebar's boxes
  // ("# Blogprojekte", "# Vergangenes…") under it. The post's <h1> is the only one between the
  // logo's lines and the story (isStoryH1): a candidate of one word, scoring as a sole <h1>.
  assert.equal(fixture('creeny-html2text.txt').title, 'Nebelsuppe.');
});

test("a story's <h1> opening in lower case is a candidate", () => {
  // deleuze.enacademic.com in html2text (an excerpt): the dictionary's entry "# micropolitics",
  // the page's only <h1>, lost to the site's "The Deleuze dictionary" as no capital opens it.
  assert.equal(fixture('deleuze-html2text.txt').title, 'micropolitics');
});

test('a paragraph opening on "Von" under an <h2> is no byline taking the sole <h1> its score', () => {
  // chorknaben-ulm.de in html2text (an excerpt): "# Chorgeschichte" / "## 1968 bis heute
  // Knabenmusik ..." / the story, whose second paragraph opens "Von 1970 – 1973 leitete ...":
  // read as a byline under the <h2>, it made the <h2> the article's header (bylinedH2Under).
  assert.equal(fixture('chorknaben-html2text.txt').title, 'Chorgeschichte');
});

test('a headline printed as an <h1> makes the file a dump however soon the story starts', () => {
  // reisen-mit-dem-internet.de in html2text (an excerpt): a trail, a picture's credit, then
  // "# Emden" over the story on the file's sixth line. Read as a clean file's top (isDump), the
  // credit "Foto: Marco Roepers ..." was the title.
  assert.equal(fixture('reisen-mit-dem-internet-emden-html2text.txt').title, 'Emden');
});

test("a post's line of ' | ' fields under its headline gives the date of its labelled field", () => {
  // gnadlib.wordpress.com in html2text (an excerpt): "# Scherenschnitt (3)" over "**Veröffentlicht:**
  // 05.01.2020 | **Autor:** gnaddrig | **Abgelegt unter:** ... | **Tags:** ...": the whole line
  // has too many words for a dateline (readLabelledDateBelow), its first field does not.
  assert.equal(fixture('gnadlib-html2text.txt').date?.value, '2020-01-05');
});

test('a headline far above a story found too low is taken when the story tells its words', () => {
  // topagrar.com in w3m (an excerpt): a paywall's box of offers stands between the headline and
  // the article's text, which the story is found to start at, 48 printed lines under it; the
  // line right over it ("Diesen Ratgeber hatten wir erstmals 2019 veröffentlicht") won. The
  // headline's words ("Schnee", "Solarmodule") come back in the story (toldByStory).
  assert.equal(
    fixture('topagrar-w3m.txt').title,
    'Schnee belastet Solarmodule - Warum nur Profis zum Entfernen ran sollten',
  );
});

test('the headline over a standfirst above a story found too low', () => {
  // ingenieur.de in w3m (an excerpt): the headline, its standfirst and the article's first
  // paragraphs, then a box of 20 job offers, which the body finder passes for the story's text
  // under the last offer, 114 printed lines below the headline ("Oberfranken, Oberpfalz Zum Job"
  // won). The standfirst's words come back in the story ("Kernfusion", "Energie"), and the
  // headline stands right over it sharing its words (standfirstStarts, standfirstHeadline).
  assert.equal(
    fixture('ingenieur-w3m.txt').title,
    'Kernfusion: Kann „die Energiequelle der Sterne“ Energieprobleme aus der Welt schaffen?',
  );
});

test('a short title holding a word no name holds is a candidate alone over the story', () => {
  // arbeit-und-arbeitsrecht.de in w3m (an excerpt): "Verjährung von Urlaubsansprüchen", read as
  // a person's name (2-4 capitalized words, "von"), stands alone between blank lines over the
  // story's picture credit and date; a seminar's title in the sidebar won without wordedTitleAt.
  assert.equal(
    fixture('arbeit-und-arbeitsrecht-w3m.txt').title,
    'Verjährung von Urlaubsansprüchen',
  );
});

test("a section's label over the story's first line is its kicker, not the headline", () => {
  // vergleich.de in w3m (an excerpt): "Kredit", the menu's and the trail's item ("• Kredit", "2.
  // Kredit"), stands over "Auto leasen, finanzieren oder kaufen – was ist günstiger?", the line
  // the story is found to start at; the label won as a one-word title without sectionLabelAt.
  assert.equal(
    fixture('vergleich-w3m.txt').title,
    'Auto leasen, finanzieren oder kaufen – was ist günstiger?',
  );
});

test("a post's category field, a paragraph's last words and a press contact are no headline", () => {
  // sonnenenergie.de in w3m: "Ausgabe 2022/3 Kategorie: Grundlagen" over "Der WindRebell".
  assert.equal(fixture('sonnenenergie-w3m.txt').title, 'Der WindRebell');
  // newrepublic.com in w3m: "Good riddance.", the standfirst's wrapped last words over the byline.
  assert.equal(fixture('newrepublic-w3m.txt').title, 'The Collapse of Neoliberalism');
  // idw-online.de in w3m: "Dr. Karin J. Schmitz Abteilung Öffentlichkeitsarbeit" under the title.
  assert.equal(fixture('idw-online-w3m.txt').title, 'Effiziente Hybridbatterie');
});

test('a title a picture gallery prints in a row above a story found too low', () => {
  // backen.de in w3m (an excerpt): the recipe's name, each picture's alt text, printed six times
  // in a row over its facts, ingredients and 17 steps, each step printed twice; the story is
  // found at the fourth step ("Füge 125 g Zucker und 1 Päckchen Vanillezucker hinzu.", which won
  // as its own headline), 80 printed lines under the name (galleryTitle, galleryHeadline).
  assert.equal(fixture('backen-w3m.txt').title, 'Maulwurfkuchen mit Erdbeeren');
});

test('a headline over its standfirst over the byline', () => {
  // independent.co.uk and neues-deutschland.de in w3m (excerpts): the headline, under it a
  // standfirst of 14 and 15 words, and under that the byline ("Andrew Woodcock", "• Von Moritz
  // Wichmann"); the standfirst, nearer the byline, the date and the story, won by about 0.5
  // (standfirstUnderHeadline).
  assert.equal(
    fixture('independent-w3m.txt').title,
    'Coronavirus: £1,000 fine for falsely reporting a contact to force them to self-isolate',
  );
  assert.equal(
    fixture('neues-deutschland-w3m.txt').title,
    '»Einfach kein Geld mehr, um die Miete zu zahlen«',
  );
});

test("an html2text heading under a story found in a menu's sentences is the headline", () => {
  // ekbo.de in html2text (an excerpt): a mega menu of section blurbs in sentences, read as the
  // story's start, 180 lines over the page's only <h1>, "# Wort des Bischofs: ...", and the
  // article under it; no headline stood over the story found (soleH1Under).
  assert.equal(
    fixture('ekbo-html2text.txt').title,
    'Wort des Bischofs: Gottesdienst als Identitätsmarker und Wesensmerkmal',
  );
});

test('a heading lynx prints flush left under an indented full-width line is no wrapped tail', () => {
  // chemie.de in lynx (an excerpt): "Empa-Spin-off revolutioniert die Messung ..." at the margin,
  // a blank line under the 79-column "   12.12.2022 - Empa (Eidgenössische Materialprüfungs- und
  // Forschungsanstalt)", was read as that line's wrapped last words and no headline was found
  // (outdentedHeading).
  assert.equal(
    fixture('chemie-lynx.txt').title,
    'Empa-Spin-off revolutioniert die Messung von Treibhausgasen und Luftschadstoffen',
  );
});

test("an <h1> the line under it prints again is a masthead, not the story's <h1>", () => {
  // marktplatz.die-besserwisser.org in html2text: "# Marktplatz für ein gutes Leben" over "##
  // Marktplatz für ein gutes Leben" (the site's name, on the file's eighth line), then the
  // post's "# Alles hat seine Zeit…" over its byline; the post's <h1> is the story's (isEchoedH1).
  assert.equal(fixture('marktplatz-html2text.txt').title, 'Alles hat seine Zeit…');
});

test("a home page's one <h1> under its teasers is the headline over a teaser's line", () => {
  // sass-ag.de in html2text (an excerpt): teaser boxes in sentences read as the story, under
  // "Optimiert durch RFID-Technologie. Mehr zu VDA (GTL) und RFID", a line the story does not
  // tell; the page's one <h1>, "# Drucker und Druckausgabe-Lösungen vom Experten!", stands 30
  // lines under them over the page's text (soleH1Under, untoldHeadline).
  assert.equal(
    fixture('sass-ag-html2text.txt').title,
    'Drucker und Druckausgabe-Lösungen vom Experten!',
  );
});

test('lynx: a headline at the margin under an indented line outscores a line with no such mark', () => {
  // sportnews.bz in lynx (an excerpt): "Peking sucht den Superstar: 7 mögliche Gesichter" at the
  // margin under the picture's indented caption, over a story whose date stands three spaces in,
  // lost to the menu's "Um Favoriten zu dieser Liste hinzuzufügen, ..." (lynxHeadingBonus).
  assert.equal(
    fixture('sportnews-lynx.txt').title,
    'Peking sucht den Superstar: 7 mögliche Gesichter',
  );
});

test("lynx: a menu's fourth-level items ('# ...') are no <h1>s", () => {
  // dtb-tennis.de in lynx (an excerpt): the mega menu's items nested four deep under an "o "
  // item, printed "# Inklusionsprojekt „Tennis für Alle“" once the body finder's cut trims them,
  // were taken for <h1>s far over the story (h1Lines).
  assert.equal(
    fixture('dtb-tennis-lynx.txt').title,
    'Davis Cup-Qualifiers: Kohlmann nominiert zwei Neulinge',
  );
});

test("a line over a form's text field is its label, no headline", () => {
  // mindmegette.hu in lynx (an excerpt): the search box's "Keress receptre vagy hozzávalóra"
  // printed at the margin over its "____________________" field, twice above the recipe's title
  // (overInputField).
  assert.equal(
    fixture('mindmegette-lynx.txt').title,
    'Ettől kitör a frász! Így készíts levágott ujj kekszeket Halloweenra',
  );
});

test('a German kicker over its headline over a teaser: the lower line is the headline', () => {
  // taz.de and jungle.world in w3m (excerpts): the Dachzeile ("Siemens und die Kohlemine Adani",
  // "Der Begriff Imperialismus hat heutzutage keinen analytischen Wert") over the headline over
  // the teaser the story is found at; the kicker, first and longer, won the pair
  // (kickerOverHeadline).
  assert.equal(fixture('taz-w3m.txt').title, 'Kaeser verarscht Neubauer');
  assert.equal(fixture('jungle-world-w3m.txt').title, 'Das Imperialismus-Phantom');
});

test("a kicker set off on the headline's line by a spaced colon or a dash before „", () => {
  // tagesspiegel.de and cicero.de in w3m, lynx and html2text print the Dachzeile and the headline
  // on one line; a headline's own colon is glued (gdp.de), and French spaces every colon
  // (Readability's videos-2), which stays whole (withoutSeparatedKicker).
  assert.equal(
    withoutSeparatedKicker(
      'Abstandsregeln und Fieberkontrollen : Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen',
    ),
    'Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen',
  );
  assert.equal(
    withoutSeparatedKicker('Corona-Pandemie - „Es kommt auch darauf an, wie die Menschen sterben“'),
    '„Es kommt auch darauf an, wie die Menschen sterben“',
  );
  const kept = [
    'GdP-Vize Klemmer: Mangelnde Wertschätzung für die Beschäftigten des öD',
    'Screenshot : «Vape Wave», «6 Days», «Alphonse Président»…',
  ];
  for (const title of kept) assert.equal(withoutSeparatedKicker(title), title);
});

test('no headline over a story found at chrome: the one right under its start, or over the first block', () => {
  // lidl.de in lynx (an excerpt): the story was found at a browser warning ("Der Browser wird
  // nicht leider nicht mehr unterstützt! ...", 46 words and a list of browsers) run on into the
  // page's text, with its title "Nachhaltigkeit im Onlineshop" 12 lines under that start and no
  // headline over it; Popkultur.de in lynx: at its table of contents (a name printed three times),
  // under a standfirst of 85 words right under the title (headlineWhereNone).
  assert.equal(fixture('lidl-lynx.txt').title, 'Nachhaltigkeit im Onlineshop');
  assert.equal(
    fixture('popkultur-lynx.txt').title,
    'Die 25 erfolgreichsten homosexuellen Schauspieler aller Zeiten',
  );
});

test("a lower story with a form's text field under its headline does not take the page's", () => {
  // zdf.de in lynx (an excerpt): the sign-up box's "Bitte gib dein Einverständnis." among its
  // error messages, three "____" fields under it, over "Hinweis: Das bestehende Passwort muss
  // ..." outscored the article's headline by 1.75 (formUnder).
  assert.equal(fixture('zdf-lynx.txt').title, 'US-Sport in Zeiten von Corona');
});

test('an item under a trail separator printed on a line of its own is no headline', () => {
  // motorsport-total.com in lynx (an excerpt): the trail "1. Home" / ">" / "Formel 1" / ">" /
  // "Formel 1-News", its items apart on lines of their own, over the date and byline; its last
  // item outscored the title under them (separatedTrailItem).
  assert.equal(
    fixture('motorsport-total-lynx.txt').title,
    'Nach erstem F1-Test 2022: Alfa Romeo plant späten Launch des C42',
  );
});

test("a trail's last item printed again right under it is the page's headline", () => {
  // trafilatura's w3m dumps of nmb-media.de and missy-magazine.de (the latter its first 120
  // lines): the breadcrumb trail ends on the title ("• Datenschutztechnische Anpassung ...",
  // "7. Interabled Sex Education", under an empty item "6."), the heading repeats it as a plain
  // line; a sidebar's heading ("JTL Shop4") or the author's box was taken without the rule.
  assert.equal(
    fixture('nmb-media-w3m.txt').title,
    'Datenschutztechnische Anpassung der eBay-Verkaufsvorlagen',
  );
  assert.equal(fixture('missy-magazine-w3m.txt').title, 'Interabled Sex Education');
});

test("a menu pair far under the story is no trail's end: its repeated item is no headline", () => {
  // dtb.de in lynx (the whole dump): a footer menu's "* Deutscher Turner-Bund" repeated by a plain
  // line 190 lines under the story's start took the page's headline and moved the story there
  // (trailEndTitle); a trail stands at most TRAIL_BELOW_STORY lines under the story found.
  assert.equal(
    fixture('dtb-kulturwandel-lynx.txt').title,
    'Erste Maßnahmen umgesetzt und Kulturwandel angestoßen',
  );
});

test('a short label, a section or a glued menu section over the title is no headline', () => {
  // trafilatura's w3m dumps of ekhn.de (whole), ebike-mtb.com (its first 80 lines) and
  // eurosport.de (its first 320): "Pflege", "News Test" and "Olympische SpieleOlympia 2022 in
  // Peking" stand over the title, a blank line between, and won by their place (labelOverTitle);
  // ekhn's title is read as the story's first line.
  assert.equal(
    fixture('ekhn-pflege-w3m.txt').title,
    'Pflegefinanzierung: Papier der Evangelischen Kirche in Deutschland fordert Reform',
  );
  assert.equal(
    fixture('ebike-mtb-w3m.txt').title,
    'Das neue Advanced OFFROAD Pro Race MTB FS im ersten Test – Newcomer mit Renn-Ambitionen',
  );
  assert.equal(
    fixture('eurosport-w3m.txt').title,
    'Olympia 2022: Zweiter Coronafall im deutschen Team sorgt für Aufregung - Weikert von Hörmann attackiert',
  );
});

test('a title stands over its dateline: a line taken under the dateline is a subheading', () => {
  // xinhuanet.com in w3m (the whole dump): the title over "2020-02-19 20:29:58 来源：半月谈", a
  // share bar, then the story's first quoted line ("“妈妈，为什么还不能出去？”") taken for the
  // headline without titleOverDateline. axios-w3m and ekd-w3m (tests above) keep theirs: the line
  // over their dateline is a menu's, scoring less than the headline found.
  assert.equal(fixture('xinhuanet-w3m.txt').title, '武汉的声音：有英勇的你，才有英雄的城！');
});

test('a sentence taken for the headline gives way to the title right over it', () => {
  // latimes.com and trome.pe in w3m (whole dumps): a picture's caption ("Michael R. Bloomberg
  // campaigns in Houston last week.", "Magaly Medina recordó una anécdota con su madre.") stands
  // nearest the story and was taken for the headline without titleOverLine.
  assert.equal(
    fixture('latimes-bloomberg-w3m.txt').title,
    'As his first debate nears, Bloomberg is having to answer about his past',
  );
  assert.equal(
    fixture('trome-w3m.txt').title,
    'Día de la Madre: Trome celebró con las mamitas de Chollywood',
  );
});

test("a title under the site's name, motto or menu on a file's first lines is the headline", () => {
  // trafilatura's w3m dumps of columbus-entdeckt.de and it-for-kids.org (whole): nothing cut,
  // the story on the first lines, so read as a clean file whose first line ("Columbus
  // entdeckt", "IT4Kids Logo") was the title; the headline picked under it stands
  // (headlineUnderTop, page-header.ts).
  assert.equal(fixture('columbus-w3m.txt').title, 'Ski-Fahren auf den Spuren des Trolls');
  assert.equal(fixture('it-for-kids-w3m.txt').title, 'Variablen und ihr Zuhause');
  // omr.com's w3m dump (its first 40 lines): the title on the file's first lines stays, not the
  // byline glued to its date under it ("Tanja Karrasch3.11.2023", picked at 2.45, under
  // TOP_HEADLINE_SCORE).
  assert.match(fixture('omr-w3m.txt').title ?? '', /^Jetzt auch noch Cowboyboots/);
});

test("the site's name over its menu is no headline: the title beside the post's dateline is", () => {
  // trafilatura's w3m dumps of creeny.wordpress.com (whole) and nextkabinett.wordpress.com (its
  // first 60 lines): the blog's name on the first line, over its menu, was taken ("Das Leben, der
  // Meister und ich…", "Reka as Social Secretary"); the post's title stands over its dateline, or
  // two lines under it past a "↓ Zu den Kommentaren" link (nameOverMenu, page-header.ts).
  assert.equal(fixture('creeny-w3m.txt').title, 'Nebelsuppe.');
  assert.equal(fixture('nextkabinett-w3m.txt').title, 'Derek Jarman · The Garden');
  // creeny in lynx (whole): the name stands under lynx's list of the page's <link> elements
  // ("   #Das Leben, der Meister und ich... » Feed ...", pageTop).
  assert.equal(fixture('creeny-lynx.txt').title, 'Nebelsuppe.');
});

test('lynx: a title at the margin under indented lines the body finder cut, or under a menu', () => {
  // motor1.de in lynx (the whole dump): the title stands at the margin under the cut trail
  // "   HomeBMW3er LimousineNews"; read trimmed, the cut line gave the title no lynx heading bonus
  // and the caption "Erlkönig des BMW 3er Touring LCI (2022)" was taken. chadim.net in lynx: the
  // title under its trail's "     der Schreibstil", five spaces in; "Text - Planung" was taken.
  assert.equal(
    fixture('motor1-lynx.txt').title,
    'BMW 3er Touring Facelift (2022) zum ersten Mal erwischt',
  );
  assert.equal(fixture('chadim-lynx.txt').title, 'Schreiben Sie Informationen für Ihre Zielgruppe');
});

test('lynx: a line that is only a marker ("[INS: :INS]") tells no heading under it', () => {
  // skispringen.com in lynx (the whole dump): the kicker "Corona-Tests weiterhin positiv" at the
  // margin under an ad slot's "   [INS: :INS]", over the title at the margin; with the slot's
  // line read as an indented paragraph's, the kicker took lynx's heading bonus and the title.
  assert.equal(
    fixture('skispringen-lynx.txt').title,
    '"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking',
  );
});

test('a plain title over its dateline is taken where no headline is found over the dateline', () => {
  // viertausendhertz.de in w3m and jugend-forscht.de in lynx (whole dumps): the title right over
  // "16. Dezember 2019" (after a menu) and wrapped over two lines over "Hamburg, 2. November 2021",
  // the series' name ("Durch die Gegend | Voodoo Jürgens") and a subheading under the dateline
  // taken without plainTitleOverDateline.
  assert.equal(fixture('viertausendhertz-w3m.txt').title, 'Mit Musiker Voodoo Jürgens in Wien');
  assert.equal(
    fixture('jugend-forscht-lynx.txt').title,
    'Neuartige Feuerlöschtechnik, alternative Grillkohle und Redox-Flow-Technologie – MINT-Talente präsentieren innovative Ideen',
  );
});

test('a longer title stands over a line taken that the story does not tell', () => {
  // assabah.com.tn in w3m (whole dump): its dateline "الجمعة 8 فيفري 2019", under the title
  // wrapped over two lines, was taken without longerTitleOver.
  assert.equal(
    fixture('assabah-w3m.txt').title,
    'الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا',
  );
});

test('lynx: the story\'s one-line first paragraph, or "Hauptinhalt", is no title', () => {
  // royalroad.com in lynx (the dump's first 130 lines): the chapter opens on "   When I woke
  // up, there was nothing." right over "   A pure white empty space ...", indented as the
  // story's paragraphs; it took the chapter's title at the margin (lynxFirstSentence).
  assert.equal(fixture('royalroad-lynx.txt').title, 'Chapter 1: Prologue - Murdered');
  // wsl.ch in lynx (its first 70 lines): "Hauptinhalt", the main content's label for screen
  // readers, at the margin under an indented rule, was taken over the centred title (UI_WORDS).
  assert.equal(
    fixture('wsl-lynx.txt').title,
    'Projektwettbewerb Neubau Werkstattgebäude WSL Birmensdorf',
  );
});

test("a speaker's quote beside the title is its standfirst or its kicker", () => {
  // evang.at in w3m (whole dump): "Chalupka: “Verantwortliche in Pfarrgemeinden sollen als
  // Gesprächspartner*innen zur Verfügung stehen”" under the title; kirche-und-leben.de in lynx
  // (whole dump): "Er sagt: „Die Altenpflege ist kein Hotspot der Pandemie“" over it. Both quotes
  // were taken without titleBesideQuote.
  assert.equal(
    fixture('evang-w3m.txt').title,
    'Lockdown: Gottesdienste bleiben unter strengen Auflagen möglich',
  );
  assert.equal(
    fixture('kirche-und-leben-lynx.txt').title,
    'Münsters Caritas-Chef Kessmann ist gegen Impfpflicht in der Pflege',
  );
});

test("the breadcrumb trail's last item printed again beside the headline found is the title", () => {
  // bike-magazin.de in w3m (whole dump): the trail ends on "• Strava-Karten ab sofort mit mehr
  // Infos", printed again under the kicker "Strava-Update: POI bei Routen-Tool", which was taken
  // without trailEndBeside.
  assert.equal(fixture('bike-magazin-w3m.txt').title, 'Strava-Karten ab sofort mit mehr Infos');
});

test("a kicker that is the title's first word, glued in front of it, is cut", () => {
  // selbst.de in html2text (whole dump): its category "Wurmkiste" over the <h1> "Wurmkiste selber
  // bauen", printed as one line "# Wurmkiste Wurmkiste selber bauen" (w3m and lynx print it so
  // too); the title is printed nowhere else, so withoutGluedKicker kept the kicker.
  assert.equal(fixture('selbst-html2text.txt').title, 'Wurmkiste selber bauen');
});

test('a share toolbar printed as a list stands between the title and the line under it', () => {
  // cbsnews.com in w3m (whole dump): the title over "• Share • Tweet • Reddit • Flipboard •
  // Email", one item a line, over the video's title "Black voters in S.C. on the 2020 Democrats",
  // which was taken without titleOverShareBar.
  assert.equal(
    fixture('cbsnews-w3m.txt').title,
    'Black voters in South Carolina are crucial for Democratic candidates',
  );
});

test('w3m: a headline wrapped at the width of a dump that holds a line no tool can wrap', () => {
  // ladiaria.com.uy in w3m (whole dump): a URL's slug of 130 characters made the dump's width
  // Infinity (dumpWidth), and the title, wrapped at 97 columns, was read by its first line.
  assert.equal(
    fixture('ladiaria-w3m.txt').title,
    'Productor fumigó con glifosato predio lindero a escuela rural ubicada dentro del área protegida Paso Centurión y Sierra de Ríos',
  );
});

test("a headline's subtitle printed at a wrapped trail's end is no site name; a host name is one", () => {
  // jugend-forscht.de in w3m (whole dump): the breadcrumb trail wraps the title onto a second
  // line, which ends on "– MINT-Talente präsentieren innovative Ideen", once read as the site's
  // name printed apart (namesSite). interscenar.io in w3m (whole dump): "| FASSETTE.NET", a host
  // name the page prints nowhere else apart.
  assert.equal(
    fixture('jugend-forscht-w3m.txt').title,
    'Neuartige Feuerlöschtechnik, alternative Grillkohle und Redox-Flow-Technologie – MINT-Talente präsentieren innovative Ideen',
  );
  assert.equal(fixture('interscenar-w3m.txt').title, 'Was wir über uns nicht hören wollen');
});

test('html2text: a kicker set off by an escaped dash before „', () => {
  // cicero.de in html2text prints the dash between the Dachzeile and the headline escaped.
  assert.equal(
    withoutSeparatedKicker(
      'Corona-Pandemie \\- „Es kommt auch darauf an, wie die Menschen sterben“',
    ),
    '„Es kommt auch darauf an, wie die Menschen sterben“',
  );
});

test("the site's name, motto or tagline over a post's title and dateline is no headline", () => {
  // trafilatura's w3m dumps of emacspeak.blogspot.com (first 60 lines), herzundblut.com (first
  // 100) and security.googleblog.com (first 40): the blog's name on the page's first line
  // ("EMACSPEAK The Complete Audio Desktop"), the site's name printed twice over the menu ("Herz
  // und Blut - Interior | Design | Lifestyle | Travel Blog") and the blog's tagline read as the
  // story's first line ("The latest news and insights from Google on ...") were taken; the post's
  // title stands beside its dateline under them (nameOverDatedTitle, page-header.ts).
  assert.equal(fixture('emacspeak-w3m.txt').title, 'Meta-Programming In Emacs Using Defadvice');
  assert.equal(fixture('herzundblut-w3m.txt').title, 'Zu Besuch bei Véronique Lacaze');
  assert.equal(
    fixture('googleblog-w3m.txt').title,
    'Enhanced Safe Browsing Protection now available in Chrome',
  );
});

test("a post's title between the site's name printed twice and its dateline is the headline", () => {
  // trafilatura's w3m dumps of 1hundetagebuch.wordpress.com (first 40 lines) and iass-potsdam.de
  // (first 130): "Ein Hundetagebuch" printed twice, the second right over the title and its
  // dateline "31 Donnerstag Okt 2019" (day, weekday, month, year: read as no date before), the
  // title an idiom the story never repeats (nameOverDatedTitle's `sandwiched`, page-header.ts);
  // the small screen's menu label "Hauptnavigation Mobil" was taken (site-chrome.ts).
  const hund = fixture('1hundetagebuch-w3m.txt');
  assert.equal(hund.title, 'Nach viel zu langer Zeit mal wieder');
  assert.equal(hund.date?.value, '2019-10-31');
  assert.equal(fixture('iass-potsdam-w3m.txt').title, 'Energiewende und gesellschaftlicher Wandel');
});

test("a menu's item printed again is no trail's end; the title over the story's dateline is", () => {
  // trafilatura's w3m dumps of boxen.de (first 100 lines), instyle.com (first 330) and gizmeo.eu
  // (first 200). boxen's menu "• Startseite" ... "• Business & Box Links" read as a list trail,
  // its last three items printed again as a list over the story (menuPrintedAgain, trails.ts);
  // instyle's drop-down panel "• Politics & Social Issues" / "Politics & Social Issues" / "See
  // all Politics & Social Issues" read as a trail's end and its title (panelHeading,
  // trail-ends.ts); gizmeo's sidebar badge "GET FIREFOX!" taken, 20 lines over the post's
  // lower-case title right over its dateline and the story (titleOverStoryDateline).
  assert.equal(
    fixture('boxen-w3m.txt').title,
    'Viviane Obenauf – Staatsanwaltschaft hat Beweise vorgelegt',
  );
  assert.equal(
    fixture('instyle-w3m.txt').title,
    'Black Women Battling Breast Cancer Deserve More Wig Options, According to Coils to Locs Founder Dianne Austin',
  );
  assert.equal(fixture('gizmeo-w3m.txt').title, 'makrophotos von insekten');
});

test('lynx: a schema.org breadcrumb printed as one item and unmarked lines names the page', () => {
  // trafilatura's lynx dumps of regiolanda.de (first 110 lines) and reiterrevue.de (whole): each
  // trail item holds a `<meta itemprop="position">`, which ends lynx's list, so only "1.
  // Startseite" keeps its mark and "Regionale Angebote" ... "Filmbüro Göttingen" follow five
  // spaces in, one blank line apart; w3m prints "1." to "5." and gets the title from the trail
  // (lynxOrphanItemsEnd, trails.ts). A section's name ("Kunst & Unterhatung") and a teaser's
  // title ("Leseprobe: Das perfekte Dinner") were taken.
  assert.equal(fixture('regiolanda-lynx.txt').title, 'Filmbüro Göttingen');
  assert.equal(
    fixture('../../web-pages/trafilatura/text/lynx/reiterrevue.de-heulage.txt').title,
    'Heulage: Besser als ihr Ruf?',
  );
});

test("lynx: a trail's last item printed again wrapped at another word is the headline", () => {
  // bundeskanzleramt.gv.at in lynx (first 160 lines): the trail's "6. Bundesministerin Raab: Mit
  // Ländern und Unternehmen frauen- und familienfreundliche" / "Rahmenbedingungen gestalten" is
  // printed again under the menu as "1. Februar 2022 Bundesministerin Raab: ... frauen- und" /
  // "familienfreundliche Rahmenbedingungen gestalten" (wrappedPrintOf, trails.ts); the
  // standfirst was taken.
  assert.equal(
    fixture('bundeskanzleramt-lynx.txt').title,
    'Bundesministerin Raab: Mit Ländern und Unternehmen frauen- und familienfreundliche Rahmenbedingungen gestalten',
  );
});

test('lynx: an indented "# " line is a fourth-level menu item, no <h1>', () => {
  // hejfish.com in lynx (first 130 lines): the mega menu's "                    # Angelgewässer
  // in Österreich" took an <h1>'s +4 over "Anglertalk mit Stephan Höferer" (marginHeadingLevel,
  // title-cues.ts).
  assert.equal(fixture('hejfish-lynx.txt').title, 'Anglertalk mit Stephan Höferer');
});

test('a kicker or standfirst glued on the headline is cut where the page prints it apart', () => {
  // autozeitung.de-adblue (trafilatura's w3m dump, lines 190 and 198-199): the kicker printed
  // again alone under the headline's line (withoutPrintedKicker).
  const adblue =
    'Adblue nachfüllen: wo kaufen (Tankstelle); Preis So wird Adblue richtig angewendet';
  const autozeitung = [
    { n: 190, text: adblue },
    { n: 192, text: '[auto-zeitu] von AUTO ZEITUNG 02.11.2021' },
    { n: 193, text: 'Teilen' },
    { n: 198, text: 'Adblue nachfüllen: wo kaufen (Tankstelle); Preis' },
    { n: 199, text: 'Adblue nachfüllen' },
  ];
  const own = autozeitung.slice(0, 1);
  assert.equal(withoutPrintedKicker(adblue, autozeitung, own), 'So wird Adblue richtig angewendet');
  // d041d20a (lynx, lines 141-142): the headline wrapped again in a list is no kicker's print.
  const simulator =
    'Der Landwirtschafts-Simulator 19 wird ein Jahr nach Release größer - Trailer stellt Platinum Edition vor';
  const list = [
    {
      n: 141,
      text: '     Der Landwirtschafts-Simulator 19 wird ein Jahr nach Release größer - Trailer stellt',
    },
    { n: 142, text: '   Platinum Edition vor' },
  ];
  assert.equal(withoutPrintedKicker(simulator, list, []), simulator);
  // reitschuster.de-Hass-Demo (lynx, lines 1-2 and 45): the comments' feed names the post's title,
  // and the standfirst glued after it is cut (withoutFeedTitleRest); battery-news.de (lynx): the
  // feed's title runs on past "Ultium Cells erhöht", the <h1> is kept.
  const reitschuster = [
    {
      n: 1,
      text: '    #reitschuster.de » Feed reitschuster.de » Kommentar-Feed reitschuster.de » Tagesschau',
    },
    {
      n: 2,
      text: '   unterschlägt Hass-Demo in Essen Kommentar-Feed alternate alternate alternate',
    },
  ];
  assert.equal(
    withoutFeedTitleRest(
      'Tagesschau unterschlägt Hass-Demo in Essen Gebührenfinanzierte Islamismus-Verharmlosung im ÖRR',
      reitschuster,
    ),
    'Tagesschau unterschlägt Hass-Demo in Essen',
  );
  const battery = [
    {
      n: 1,
      text: '   #Battery-News.de » Feed Battery-News.de » Kommentar-Feed Battery-News.de » Ultium Cells',
    },
    {
      n: 2,
      text: '   erhöht Gigafactory-Kapazität Kommentar-Feed alternate alternate alternate Battery-News.de',
    },
  ];
  const ultium = 'Ultium Cells erhöht Gigafactory-Kapazität in Tennessee';
  assert.equal(withoutFeedTitleRest(ultium, battery), ultium);
});

test("lynx: a paragraph's last full line over its short capitalised tail is the story's text", () => {
  // campino2k.de in lynx (the whole page): "Wochenendes genutzt und das „Tutorial“ im Wiki für
  // alle meine Websites / Domains bei" / "Uberspace durchgespielt." left the post's block at 48
  // words, short of a story's 50, and the tag cloud under it was read as the story, under
  // "Nächster Beitrag: Homebanking unter Linux" (endsWrappedParagraph, line-shape.ts).
  assert.equal(fixture('campino2k-lynx.txt').title, 'Uberspace und Let’s Encrypt');
});

test("a list of other posts' titles over their dates under the story is no headline", () => {
  // trafilatura's w3m dump of diy-expeditions.com (whole): under the page's text a news box
  // prints "Reise-Angebot: Cedros Alpamayo Trek" / "Beschreibung: ..." / "5. Juli 2018 read
  // more" and "Reise-Angebot: Hochtour zum Mt. Kazbek" / ... / "23. Mai 2018 read more"; the
  // second, dated and within the story's reach, outscored the page's title over its text
  // (inDatedTeaserList, candidate-score.ts).
  assert.equal(fixture('diy-expeditions-w3m.txt').title, 'Expeditionen in Übersee');
});

/** A dump's lines from line `first` on, blank lines left out, as readPageHeader reads them. */
function printedFrom(first: number, text: string): { n: number; text: string }[] {
  return text
    .split('\n')
    .map((line, i) => ({ n: first + i, text: line }))
    .filter((line) => line.text.trim() !== '');
}

test('lynx: a caption of one full line and a short tail is no story text to join the standfirst', () => {
  // clarin.com-albertofernandez in lynx (lines 118-131 and 211-221): the photo's caption
  // "Cristina Kirchner y Alberto Fernández, ... (Foto: Natacha" / "Pisarenko/Pool via REUTERS)."
  // read as a paragraph's last full line over its tail (endsWrappedParagraph) and joined the
  // standfirst at the margin (45 -> 59 words, a story's size): the story was found at the
  // standfirst, and the dateline "03/05/2022 22:46" over the story fell out of the header's
  // reach. Such a line is text only under another line of its paragraph (wrapsOnto).
  const lines = [
    ...printedFrom(
      118,
      `   La interna oficial

Aumenta la ofensiva K sobre Alberto Fernández: Cristina Kirchner puso en duda la legitimidad de
su gestión

En una jornada de cruces feroces, el camporista Andrés Larroque acusó al Presidente de hacer
“operaciones de desgaste” sobre CFK. “No soy el dueño del Gobierno”, contestó el Presidente. Y la
vice dijo: “Se podía ser legítimo y legal de origen y no de gestión”.

   Aumenta la ofensiva K sobre Alberto Fernández: Cristina Kirchner puso en duda la
   legitimidad de su gestión

   Cristina Kirchner y Alberto Fernández, el 1 de marzo, en el Congreso (Foto: Natacha
   Pisarenko/Pool via REUTERS).`,
    ),
    ...printedFrom(
      211,
      `       03/05/2022 22:46
          + Clarín.com
     Política

   Actualizado al 03/05/2022 22:46

   "No soy el dueño del Gobierno, nadie es el dueño del Gobierno". Con esa frase, Alberto
   Fernández respondió este martes al mediodía a una nuevo ataque de Andrés Larroque, que más
   temprano había cuestionado por enésima vez el liderazgo del Presidente, una embestida que
   sumó por estas horas su capítulo más feroz de la interna del Frente de Todos, y que incluyó
   un posteo de Cristina Kirchner con una crítica sutil al Gobierno.`,
    ),
  ];
  assert.equal(lines[storyStart(lines) ?? 0]?.n, 217);
});

test('lynx: a standfirst of one full line and a short tail over the story opens it', () => {
  // lacuarta.com-loretoaravena in lynx (lines 93-110): the standfirst "Hugo Valencia contó ...
  // en el" / "Zona de Estrellas." over the byline, the date and the story, which w3m prints on
  // one line of text. Read as no text line, the story started at the byline and the standfirst
  // was taken as the headline (withStandfirst, story-start.ts).
  const lines = printedFrom(
    93,
    `   VER MÁS
     * Facebook
     * Twitter
     * Whatsapp

   Hugo Valencia contó detalles de la tensa situación que protagonizaron las actrices en el
   Zona de Estrellas.
   Juan Carlos Muñoz C. Juan Carlos Muñoz C.
   miércoles, 4 de mayo de 202207:59 hs

   A mediados del año pasado, salió a la luz en desconocido episodio que protagonizó Loreto
   Aravena y Pancha Merino en los pasillos de Canal 13.

   Sin embargo, fue esta semana en el Zona de Estrellas donde Hugo Valencia se fue de tarro y
   contó inéditos detalles de la pelea entre las actriz.

   Mientras analizaban algunas polémicas actitudes de la ex Soltera Otra Vez, quien está en el
   ojo del huracán desde que participó en el juicio de su amigo Nicolás López y las críticas`,
  );
  assert.equal(lines[storyStart(lines) ?? 0]?.n, 98);
});

/** The printed (non-blank) lines of an excerpt, numbered from `from` as in the dump. */
function excerptLines(text: string, from: number): Line[] {
  return text
    .split('\n')
    .map((line, k) => ({ n: from + k, text: line }))
    .filter((line) => line.text.trim() !== '');
}

test('a menu printed twice, a line under the same item each time, is no headline', () => {
  // energiezukunft.eu.bioenergie (w3m, lines 17-21 and 65-80): the phone's and the desktop's
  // menu each end in "□ Nachgefragt" over "TOP-THEMEN Energiepreise Wärmewende Taxonomie",
  // which its copy had scored over the headline (underSameMenu, title-cues.ts).
  const menu = '  • Meinung\n      □ Die Meinung\n      □ Nachgefragt\n\n';
  const lines = [
    ...excerptLines(`${menu}TOP-THEMEN Energiepreise Wärmewende Taxonomie\n\n  • Redaktion`, 17),
    ...excerptLines(
      `${menu}TOP-THEMEN Energiepreise Wärmewende Taxonomie\n\n[                    ]\n \n\n` +
        'Strompreisbremse – Erlösabschöpfung: Bundesregierung drosselt Bioenergie, Branche protestiert\n\n' +
        'Maroder Holzweg im Wald\n' +
        'Mit dem Gesetz zur Strompreisbremse und Erlösabschöpfung ist die Bundesregierung auf dem Holzweg\n' +
        'und blockiert massiv die Energiewende, warnt die Erneuerbaren-Branche. (Foto: Peter Herrmann on\n' +
        'Unsplash)\n\n\n' +
        'Am vergangenen Freitag hat die Bundesregierung den Gesetzentwurf zur Strompreisbremse beschlossen.\n' +
        'Es sieht weiterhin die Abschöpfung von Strommarkterlösen von Erneuerbare-Energien-Anlagen vor. Das\n' +
        'behindert die Energiewende, sagt die Branche.',
      65,
    ),
  ];
  const story = lines.findIndex((l) => l.text.startsWith('Am vergangenen'));
  assert.equal(
    pickHeadline(lines, story)?.text,
    'Strompreisbremse – Erlösabschöpfung: Bundesregierung drosselt Bioenergie, Branche protestiert',
  );
});

test("a topics box's label over its link is no kicker over a title", () => {
  // handwerk-magazin.de-Angriffe (w3m, lines 38-54 and 60-61): "Zugehörige Themenseiten:" over
  // "Digitalisierung und IT-Sicherheit" under the headline read as a kicker and its title
  // (withKickerAbove) and outscored it (underTopicsLabel, story-words.ts).
  const lines = excerptLines(
    'home / Betrieb / IT / Cyber-Angriffe: 20 Prozent vom IT-Budget in die IT-Sicherheit stecken!\n' +
      'IT - 21. Januar 2022\n\n' +
      'Investitionen in IT-Sicherheit Cyber-Angriffe: 20 Prozent vom IT-Budget in die IT-Sicherheit\n' +
      'stecken!\n\n' +
      'Zugehörige Themenseiten:\nDigitalisierung und IT-Sicherheit\n\n' +
      'Viele kleine und mittlere Unternehmen gehen mit Cyberattacken noch zu sorglos um – so urteilt\n' +
      'Manuel Bach vom Bundesamt für Sicherheit in der Informationstechnik (BSI). Doch einer von vier\n' +
      'Hackerangriffen hat für kleinere Firmen existenzbedrohende Wirkung.\n\n' +
      'Von Irmela Schwab\n\n[AdobeStock_224362228-768x548]\n' +
      'Cyber-Attacken nehmen weiter zu. – © Sergey Nivens – stock.adobe.com\n\n' +
      'Et hätt noch emmer joot jejange. Für Manuel Bach gehört der rheinische Frohnatur-Spruch ganz tief\n' +
      'in die Mottenkiste – zumindest, wenn es um die steigende Anzahl von Hackerangriffen geht. Der Trend',
    38,
  );
  const story = lines.findIndex((l) => l.text.startsWith('Et hätt'));
  assert.match(pickHeadline(lines, story)?.text ?? '', /^Investitionen in IT-Sicherheit/);
});

test('a short title printed again right under it with a kicker and more: the longer line', () => {
  // womenshealth.de.weihnachten (w3m, lines 44-50; lynx and html2text alike): the <h1>'s short
  // title over the <h2>'s kicker span and whole headline (longerTitleUnder, kicker-lines.ts).
  const lines = excerptLines(
    'Abnehmen\n\nWeihnachten nicht zunehmen: 10 Tipps\n\n' +
      'Abnehm-Tricks für Weihnachten Weihnachten nicht zunehmen: 10 Tipps für ein schlankes Fest\n\n' +
      'Die Weihnachtszeit steht für Genuss und Besinnlichkeit. Wir lassen es uns noch mal richtig',
    44,
  );
  const headline = { first: 1, last: 1, text: 'Weihnachten nicht zunehmen: 10 Tipps', score: 4 };
  assert.equal(
    longerTitleUnder(lines, { story: 3, headline }).headline?.text,
    'Weihnachten nicht zunehmen: 10 Tipps für ein schlankes Fest',
  );
  // domradio.de-Reformstau (w3m, lines 113-116): a paragraph's first line naming a box's title
  // runs on into the next line, no heading.
  const box = excerptLines(
    'Zentralkomitee der deutschen Katholiken\n\n' +
      'Das Zentralkomitee der deutschen Katholiken (ZdK) ist das höchste repräsentative Gremium des\n' +
      'deutschen Laien-Katholizismus. Es vertritt die katholischen Laien bei der gesellschaftlichen',
    113,
  );
  const zdk = { first: 0, last: 0, text: 'Zentralkomitee der deutschen Katholiken', score: 7 };
  assert.equal(longerTitleUnder(box, { story: 1, headline: zdk }).headline, zdk);
  // A standfirst that quotes the title in a sentence is none.
  const said = excerptLines(
    'Weihnachten nicht zunehmen: 10 Tipps\n\nSo geht es: Weihnachten nicht zunehmen: 10 Tipps für alle.',
    1,
  );
  assert.equal(
    longerTitleUnder(said, { story: 1, headline: { ...headline, first: 0, last: 0 } }).headline
      ?.text,
    headline.text,
  );
});

test('a "you are here" line gluing its items and the title with no separator is no headline', () => {
  // mluk.brandenburg.de-erlegungspermie in lynx (lines 387-388): "Sie sind hier: Aktuelles
  // Presseinformationen Land zahlte rund 1,4 Millionen Euro" / "Erlegungsprämie für ...", over
  // a search box, the date and the title, outscored the title (6.20 to 4.45).
  assert.equal(
    breadcrumbEnd(
      'Sie sind hier: Aktuelles Presseinformationen Land zahlte rund 1,4 Millionen Euro',
    ),
    null,
  );
  // A trail with its separators still gives its last item.
  assert.equal(
    breadcrumbEnd('Sie sind hier: Home » Presse » Land zahlte rund 1,4 Millionen Euro'),
    'Land zahlte rund 1,4 Millionen Euro',
  );
});

test('a glued trail naming the first of a menu of one shape gives no headline', () => {
  // sheego.de.cleaning in w3m (lines 59-71): "Startseite zurück zur Übersicht" / "Neu" read as a
  // trail ending in "Übersicht Neu", over "Mode" / "Übersicht Mode", "Jeans" / "Übersicht
  // Jeans", ...: each item its section's overview, taken at TRAIL_SCORE over the article's title.
  const menu = excerptLines(
    [
      'Startseite zurück zur Übersicht',
      'Neu',
      'Übersicht Neu',
      '[layout_gen]',
      'Mode',
      'Übersicht Mode',
      '[layout_gen]',
      'Jeans',
      'Übersicht Jeans',
      '[layout_gen]',
      'Kleider',
      'Übersicht Kleider',
    ].join('\n'),
    59,
  );
  assert.equal(gluedTrailEnd(menu, 0, menu.length), null);
  // The same trail over a story, no siblings under its title, still gives the title.
  const trail = excerptLines(
    'Startseite zurück zur Übersicht\nNeu\nÜbersicht Neu\nÜbersicht: alles Neue der Saison.',
    1,
  );
  assert.equal(gluedTrailEnd(trail, 0, trail.length)?.text, 'Übersicht Neu');
});

test('a menu bar of capitalised one-word items is neither a headline nor its standfirst', () => {
  // KATAPULT-Magazin.de-parteien in w3m (lines 50-76): "Artikel Themen Hefte Karten Kultur Jobs"
  // read as the standfirst under "Abo Shop Über uns [de]" (+1), then as its headline under a
  // kicker, won over the title "Anzahl zugelassener Parteien" (3.80 to 3.45). "Artikel teilen"
  // under the story keeps the story's words from backing the title (withStoryWords).
  const lines = excerptLines(
    [
      'Menü',
      '',
      ' ',
      '',
      'Abo Shop Über uns [de]',
      '',
      ' ',
      'Artikel Themen Hefte Karten Kultur Jobs',
      '',
      'Deutschland',
      '',
      'Anzahl zugelassener Parteien',
      '',
      'Nach einer Wahl werden in den Nachrichten (verständlicherweise) meist nur die Gewinner bzw. die',
      'Ergebnisse der großen Volksparteien veröffentlicht. Die kleineren Parteien und Wählergruppen, die',
      'es in der Regel nicht ins Parlament schaffen, werden hingegen als "Sonstige" zusammengefasst. Doch',
      'wie stark sind diese sonstigen Parteien eigentlich? Hier ein Überblick.',
      '',
      'Von Tim Ehlers',
      '',
      'Veröffentlicht am 26. Oktober 2023',
      '',
      '[svg]',
      '',
      'Grafik herunterladen',
      '',
      'Artikel teilen',
    ].join('\n'),
    50,
  );
  const story = lines.findIndex((l) => l.text.startsWith('Nach einer Wahl'));
  assert.equal(pickHeadline(lines, story)?.text, 'Anzahl zugelassener Parteien');
});

test("a path trail's long last item over a headline worded otherwise is the page's title", () => {
  // d57cfadc (express.de) in w3m, lines 216-243: the <h1> printed as the trail's last item, the
  // displayed headline another wording under it; the reference title is the <h1> (the <title>).
  const express = excerptLines(
    [
      ' 1. Express',
      ' 2. Düsseldorf',
      ' 3. Düsseldorf ISS Dome: Peta erstattet Anzeige wegen toten Tauben',
      '',
      'Düsseldorf: Tote Tauben im ISS Dome gefunden – „Peta“ erstattet Strafanzeige',
      '',
      '  • Von',
      '  • Dieter Sieckmeyer',
      '  • 19.10.19, 11:29 Uhr',
      'Düsseldorf -',
      'Tierschützer laufen seit Monaten Sturm: Immer wieder werden am ISS Dome tote Tauben gefunden. Viele',
      'verenden qualvoll in den Netzen, die unter dem Dach der Halle angebracht wurden. Nun laufen die',
    ].join('\n'),
    216,
  );
  const shown = express[3] as Line;
  const found = { story: 8, headline: { first: 3, last: 3, text: shown.text, score: 5 } };
  assert.equal(
    trailEndOverTitle(express, found).headline?.text,
    'Düsseldorf ISS Dome: Peta erstattet Anzeige wegen toten Tauben',
  );
  // d27eb719 (mopo.de) in lynx, lines 216-244: the trail's last item wrapped, its rest indented.
  const mopo = excerptLines(
    [
      '    1. Hamburger Morgenpost',
      '    2. Sport',
      '    3. HSV',
      '    4. Ex-Nationalspieler in der Oberliga: Marcell Jansen kämpft um Piotr Trochowskis',
      '       HSV-Comeback',
      '',
      'Für den HSV in der Oberliga?: Jansen kämpft um Trochowskis Comeback',
      '',
      '   Läuft Piotr Trochowski künftig wieder für den HSV auf? Seit dieser Woche trainiert der',
      '   35-Jährige bei der dritten Mannschaft des Vereins mit, könnte schon bald in der Oberliga',
      '   Hamburg zum Einsatz kommen. Dann würde der HSV auf gleich zwei Ex-Nationalspieler',
      '   zurückgreifen können – denn Marcell Jansen (33) ist bereits fester Bestandteil des Teams.',
    ].join('\n'),
    216,
  );
  const headline = { first: 5, last: 5, text: (mopo[5] as Line).text, score: 5 };
  assert.equal(
    trailEndOverTitle(mopo, { story: 6, headline }).headline?.text,
    'Ex-Nationalspieler in der Oberliga: Marcell Jansen kämpft um Piotr Trochowskis HSV-Comeback',
  );
  // A ranked list of stories is no path: its items over the last are titles, not section names.
  const ranked = excerptLines(
    [
      ' 1. Bremer Verfassungsschutz: Bürger sollen Verdächtige melden',
      ' 2. Ex-Nationalspieler in der Oberliga: Marcell Jansen kämpft um Piotr Trochowskis HSV-Comeback',
      '',
      (mopo[5] as Line).text,
      ...mopo.slice(6).map((l) => l.text),
    ].join('\n'),
    1,
  );
  const under = { first: 2, last: 2, text: (mopo[5] as Line).text, score: 5 };
  assert.equal(trailEndOverTitle(ranked, { story: 3, headline: under }).headline, under);
});

test("a path trail's last item cut short marks where the title starts in the line under it", () => {
  // rosalux.de-quarantaene in lynx (lines 183-188 and 210-211): the trail's "3. «Wir waren fast
  // 40 Tage in..." over a label, the date and a topic glued in front of the title; lynx took the
  // whole glued line (trailEndOverTitle leaves a trail's end cut short alone).
  const lines = excerptLines(
    [
      '    1. RLS',
      '    2. Themen',
      '    3. «Wir waren fast 40 Tage in...',
      '     ______________________________________________________________________________________',
      '',
      'Nachricht | 30.10.2021 Migration / Flucht «Wir waren fast 40 Tage in Quarantäne»',
      '',
      '   In Italien waren wir fast 40 Tage in Quarantäne. Am Anfang waren wir neun Tage lang auf',
      '   Lampedusa. Dann verlegten sie uns zur Quarantäne nach Sizilien. Es war eine der elendsten',
    ].join('\n'),
    183,
  );
  const glued = { first: 4, last: 4, text: (lines[4] as Line).text, score: 5 };
  const found = { story: 5, headline: glued };
  assert.equal(
    titleAfterTruncatedTrail(lines, found).headline?.text,
    '«Wir waren fast 40 Tage in Quarantäne»',
  );
  assert.equal(trailEndOverTitle(lines, found).headline, glued);
});

test('a kicker glued by a colon set against the title, or a label the page glues on other text', () => {
  // be.ch-impfen (html2text, line 29): the press release's sender and the title, two spans of the
  // <h1>, joined by " :" (no language sets a colon so); a title's own colon is kept.
  assert.equal(
    withoutColonGluedKicker(
      'Medienmitteilung der Gesundheits-, Sozial- und Integrationsdirektion :Impfen und Boostern ist bis Ende Februar noch überall möglich',
    ),
    'Impfen und Boostern ist bis Ende Februar noch überall möglich',
  );
  for (const title of [
    'Nordkorea: Kim Jong Un testet neue Rakete',
    'Parité : les femmes en tête',
  ]) {
    assert.equal(withoutColonGluedKicker(title), title);
  }
  // 0a12df42d1764095989ab078ee0f940b (w3m, lines 81-92, ZEIT ONLINE): the picture's alt glues the
  // section's label "Klimaschutz:" on the caption printed right under it without the label.
  const zeit = excerptLines(
    [
      'Klimaschutz: Bohren, bis es heiß wird',
      '',
      'Weltweit finanzieren Banken und Investoren Unternehmungen, die dem Klima schaden.',
      'Von Heike Buchter',
      '19. Oktober 2019, 19:08 Uhr Editiert am 19. Oktober 2019, 19:08 Uhr DIE ZEIT Nr. 43/2019',
      'Exklusiv für Abonnenten',
      '',
      'DIE ZEIT 43/2019',
      '',
      'Klimaschutz: Eine Fracking-Anlage zur Förderung von Gas im US-Bundesstaat Pennsylvania',
      '',
      'Eine Fracking-Anlage zur Förderung von Gas im US-Bundesstaat Pennsylvania © Noah Addis',
    ].join('\n'),
    81,
  );
  const headline = 'Klimaschutz: Bohren, bis es heiß wird';
  assert.equal(withoutLabelKicker(headline, zeit, zeit.slice(0, 1)), 'Bohren, bis es heiß wird');
  // Without the caption printed apart, nothing shows the label come off: the title kept whole.
  assert.equal(withoutLabelKicker(headline, zeit.slice(0, -1), zeit.slice(0, 1)), headline);
  // domradio.de-Reformstau (html2text, lines 123 and 149): the <h1>'s kicker and title, printed
  // again the other way round over the article.
  const domradio = '"Reformstau lösen" / Irme Stetter-Karp ist neue ZdK-Präsidentin';
  const heading = [
    { n: 149, text: '##  Irme Stetter-Karp ist neue ZdK-Präsidentin "Reformstau lösen"' },
  ];
  assert.equal(
    withoutSwappedKicker(domradio, heading, []),
    'Irme Stetter-Karp ist neue ZdK-Präsidentin',
  );
  assert.equal(withoutSwappedKicker(domradio, [], []), domradio);
});

test("html2text's ASCII arrows mark a link to the next or the previous post, no headline", () => {
  // mywakenews.wordpress.com.psyop (html2text, lines 15-17): the next post's link over the title.
  assert.equal(
    headlineLine('Verrückte Psychopathen re-GIER-en die Welt! Wake News Radio/TV ->'),
    false,
  );
  assert.equal(headlineLine('<- Humor hilft ! Unser Überlebenskampf - Wake News Radio/TV'), false);
  assert.equal(headlineLine('NWO - PSYOP UNITEDWESTRIKE Radio-Marathon'), true);
});

function headlineLine(text: string): boolean {
  return isHeadlineLine(text, text);
}

test("w3m's side column printed beside the headline in a table is no part of it", () => {
  // Readability's tumblr (w3m, lines 3-4): the sidebar's links stacked at column 74.
  const tumblr = [
    {
      n: 1,
      text: 'Minecraft News                                          Powered by Tumblr Official links:',
    },
    {
      n: 3,
      text: 'Minecraft 1.8 - The Bountiful Update                                      Minecraft.net',
    },
    {
      n: 4,
      text: '                                                                          Minecraft Realms',
    },
  ];
  const glued = 'Minecraft 1.8 - The Bountiful Update Minecraft.net';
  const title = 'Minecraft 1.8 - The Bountiful Update';
  assert.equal(withoutSideColumn(glued, tumblr, tumblr.slice(1, 2)), title);
  // Nothing printed at that column next to it: no side column shown, the line kept.
  assert.equal(withoutSideColumn(glued, tumblr.slice(0, 2), tumblr.slice(1, 2)), glued);
});

test("a line holding an e-mail address is a contact list's, no headline", () => {
  // dailymail.co.uk.food in lynx: the last of 350 MPs' lines under the article was taken for the
  // headline over the next article's wrapped title, and its story over the article's.
  assert.ok(!isHeadlineCandidate('Ynys Môn Virginia Crosbie virginia.crosbie.mp@parliament.uk'));
  assert.ok(isHeadlineCandidate('Ynys Môn Virginia Crosbie'));
});

test('no scored headline spans more lines than headlineUnderStart counts on', () => {
  // headlineUnderStart (headline-where-none.ts) stops scoring stories further down where the
  // words over any headline it could take reach its limit, reading a headline's first line as
  // HEADLINE_SPAN_LINES over its last at the highest. Every committed Readability dump, scored at
  // every 32nd line as the story's start: a rule that builds a longer span fails here.
  for (const name of readdirSync(pages)) {
    for (const tool of TOOLS) {
      const file = path.join(pages, name, `${tool}.txt`);
      if (!existsSync(file)) continue;
      const lines = excerptLines(readFileSync(file, 'utf8'), 1);
      for (let story = 4; story < lines.length; story += 32) {
        for (const { first, last } of headlineScores(lines, story)) {
          assert.ok(last - first <= HEADLINE_SPAN_LINES, `${name} ${tool}: ${first}-${last}`);
        }
      }
    }
  }
});

test("a headline's rest is no site's name where the line naming it prints the headline's last words", () => {
  // trafilatura's bergsteigen.com in w3m (lines 36-70 and 142): the picture's alt text
  // "Skibergestiegen: ... - Neuheiten", the headline misspelt, named "Neuheiten" at a line's end,
  // and " - Neuheiten" was cut from the <h1> as the site's name (in each tool).
  const text = [
    'Passwort vergessen ?Registrieren',
    '',
    ' ',
    ' ',
    '',
    '  • Home',
    '      □ News',
    '      □ Produkte',
    '      □ Touren',
    '      □ Service',
    '      □ Shop',
    '      □ Forum',
    '      □ Magazine',
    '  • Produkte',
    '  • Skibergsteigen: Schnell und leicht mit den C.A.M.P. - Neuheiten',
    '',
    '[INS::INS]',
    '[csm_camp_1055131b43]Skibergestiegen: Schnell und leicht mit den C.A.M.P. - Neuheiten',
    '14 Januar 2022',
    '',
    'Skibergsteigen: Schnell und leicht mit den C.A.M.P. - Neuheiten',
    '',
    'Das Beste aus der Funktionalität herauszuholen und ein federleichtes Gewicht',
    '',
    'Wenn man am Zenit angelangt ist und die Messlatte so hoch legen muss, um erfolgreich zu sein,',
    'spielen auch die kleinsten Details eine Rolle: Wir sprechen von scheinbar kleinen Details, die sich',
    'als entscheidend erweisen. Das gilt für die unterschiedlichsten Bereiche, und die',
    'Skitourenwettbewerbe machen da keine Ausnahme. Aus diesem Grund überlassen wir bei der Herstellung',
    'unserer Wettkampfausrüstung nichts dem Zufall: Jede mögliche Lösung wird in Betracht gezogen, um',
    'das Beste aus der Funktionalität herauszuholen und ein federleichtes Gewicht zu erreichen, das noch',
    'vor wenigen Jahren undenkbar war.',
    '',
    'Das Ergebnis unserer Entwicklung - wir sprechen vom rekordverdächtigen Alp Race Gurtzeug, dem',
    'leichtesten der Welt mit einem Gewicht von nur 68 Gramm, dem Rapid Racing Rucksack mit dem',
    'exklusiven X-Press System und den Piz Alu Stöcken - ist das Herzstück des Triumphs unserer',
    '',
    'Skibergestiegen: Schnell und leicht mit den C.A.M.P. - Neuheiten',
  ].join('\n');
  assert.equal(read(text).title, 'Skibergsteigen: Schnell und leicht mit den C.A.M.P. - Neuheiten');
});

test("a trail's last item naming a section, printed longer right under the trail, gives the title", () => {
  // auswaertiges-amt.de-Italien in w3m (lines 145-151): the trail ends on the section's name, the
  // <h1> under it names the country too (its span for screen readers repeats it at the end).
  const italien = excerptLines(
    [
      ' 1. Startseite',
      ' 2. Sicher Reisen',
      ' 3. Reise- und Sicherheitshinweise',
      '',
      'Italien: Reise- und Sicherheitshinweise Italien',
      '',
      'Stand - 12.11.2021',
    ].join('\n'),
    145,
  );
  const item = { first: 2, last: 2, text: 'Reise- und Sicherheitshinweise', score: TRAIL_SCORE };
  const found = longerTitleUnderTrail(italien, { story: 4, headline: item });
  assert.equal(found.headline?.text, 'Italien: Reise- und Sicherheitshinweise');
  assert.equal(found.headline?.first, 3);
  // focus.de.leasen in w3m (lines 232-237): a trail ending on the story's own title, its kicker
  // span in front of it on the line under ("Neues Auto: ..."): the title is the trail's item.
  const focus = excerptLines(
    [
      ' 1. Nachrichten',
      ' 2. Auto',
      ' 3. Experten',
      ' 4. Auto leasen oder kaufen: Für wen lohnt sich was?',
      '',
      'Neues Auto: Auto leasen oder kaufen: Für wen lohnt sich was?',
      'Teilen',
    ].join('\n'),
    232,
  );
  const title = 'Auto leasen oder kaufen: Für wen lohnt sich was?';
  const end = { first: 3, last: 3, text: title, score: TRAIL_SCORE };
  assert.equal(longerTitleUnderTrail(focus, { story: 5, headline: end }).headline?.text, title);
});

test('a kicker glued on the title is cut where another line prints the two apart', () => {
  // outdoor-magazin.com-vanlife (html2text, lines 57-59): the <h1> prints the kicker and the
  // title apart ("Vanlife in Schweden - Skandinavien im Wohnmobil"); the article's heading glues
  // its kicker span on the longer title.
  const page = excerptLines(
    [
      '# Vanlife in Schweden - Skandinavien im Wohnmobil',
      '',
      '##  Vanlife in Schweden Skandinavien im Wohnmobil erleben',
    ].join('\n'),
    57,
  );
  const own = page.slice(1);
  const glued = 'Vanlife in Schweden Skandinavien im Wohnmobil erleben';
  assert.equal(withoutGluedKicker(glued, page, own), 'Skandinavien im Wohnmobil erleben');
  // The part after the separator must open with the title: a line naming the kicker before
  // another text is no print of the two ("Bilder: Vanlife in Schweden", line 135, and a made-up
  // "Vanlife in Schweden - Tipps für den Roadtrip").
  const other = excerptLines(
    ['Vanlife in Schweden - Tipps für den Roadtrip', '', glued].join('\n'),
    57,
  );
  assert.equal(withoutGluedKicker(glued, other, other.slice(1)), glued);
});

test('a title over its byline and dateline with a hit counter beside the date', () => {
  // bayrische-bembel.de.504 (w3m, lines 1-40): the XOOPS news item's title, over "Geschrieben
  // von Cooper am 25.08.2015 22:30 (1599 x gelesen)" over three summary lines; the counter's
  // words had made the line too wordy for a dateline, and the last summary line, glued on the
  // login form's label, was taken. The " : " kicker (the item's topic) is cut.
  const doc = fixture('bayrische-bembel-w3m.txt');
  assert.equal(doc.title, 'Eintracht Frankfurt stellt Weichen für die Zukunft');
  assert.equal(doc.date?.value, '2015-08-25');
});

test("screen readers' labels left empty after the headline are cut", () => {
  // bmbf.de.energiewende (w3m line 232, lynx 231, html2text 248): the <h1>'s hidden ": " and
  // ", Thema:" spans around the topic's tag, glued on the title.
  const title = 'Energiewende, Mobilität und nachhaltiges Wirtschaften';
  assert.equal(withoutEmptyLabels(`${title} : , Thema: Forschung`), title);
  assert.equal(withoutEmptyLabels(`${title} :  , Thema: Forschung`), title);
  // A separator with words after it sets a part of the title apart: kept.
  const whole = 'Schulze: Deutschland steht fest an der Seite des Welternährungsprogramms';
  assert.equal(withoutEmptyLabels(whole), whole);
  assert.equal(withoutEmptyLabels('A, B : , C'), 'A, B : , C');
});

test("a <title> printed over the page's <h1>, its site's part after a bar, gives way to the <h1>", () => {
  // popsugar.co.uk.halloween (w3m and lynx, lines 1-90): "Best Cheap Homemade Halloween Costumes
  // | 2020" (the <title>) over "90+ Costumes For Adults to DIY on the Cheap This Halloween" (the
  // <h1>) over "Oct 30 2020 by Emily Co"; the upper line, first of the two, was taken.
  for (const tool of ['w3m', 'lynx']) {
    const doc = fixture(`popsugar-${tool}.txt`);
    assert.equal(doc.title, '90+ Costumes For Adults to DIY on the Cheap This Halloween', tool);
  }
});

test('a label and its sender parted by a bar over the dateline are no headline', () => {
  // verbaende.com.2023 (w3m, lines 1-100): "Pressemitteilung | Verbraucherzentrale Sachsen e.V."
  // over "12.12.2022 12:22" over the release's title, which w3m prints as a paragraph of its own
  // where the story was found to start.
  const doc = fixture('verbaende-w3m.txt');
  assert.equal(
    doc.title,
    'Das ändert sich im Jahr 2023: Die wichtigsten Änderungen für Verbraucher*innen im Überblick',
  );
});

test("a slideshow's counted captions over the article are no story; its short title gives way to the <h1>", () => {
  // outdoor-magazin.com-vanlife (w3m and lynx, whole dumps): six captions "1/6 Die Top-6
  // Reisemobile im Überblick: ..." to "6/6 Klingt italienisch, ..." of 60-90 words each over the
  // article were read as its story, and a picture's alt text over them as its headline. Under
  // them, "Vanlife in Schweden - Skandinavien im Wohnmobil" (the page's short title) stands over
  // the <h1> "Vanlife in Schweden Skandinavien im Wohnmobil erleben", its kicker span glued on.
  for (const tool of ['w3m', 'lynx']) {
    const doc = fixture(`outdoor-magazin-${tool}.txt`);
    assert.equal(doc.title, 'Skandinavien im Wohnmobil erleben', tool);
  }
});

test('a short title over its dateline and the full title: the full title (fullerTitleUnder)', () => {
  // bos-fahrzeuge.info-haubenfahrzeuge (trafilatura; w3m and lynx, the menus and the story's
  // first paragraphs): "Die Haubenfahrzeuge der Nachkriegszeit - Teil 49", "Dienstag, 2. November
  // 2021", then "... Teil 49 – Büssing-NAG (Baujahre 1931 – 1945)", all plain lines. The full
  // title was read as a caption under the short one; a dateline stands between them.
  for (const tool of ['w3m', 'lynx']) {
    const doc = fixture(`bos-fahrzeuge-${tool}.txt`);
    assert.equal(
      doc.title,
      'Die Haubenfahrzeuge der Nachkriegszeit - Teil 49 – Büssing-NAG (Baujahre 1931 – 1945)',
      tool,
    );
    assert.equal(doc.date?.value, '2021-11-02', tool);
  }
});

test('a heading opening the title printed above it, with a dash and more: the title', () => {
  // finanzcheck.de.finanzierung (trafilatura; lynx and html2text, the page's first 80-90 lines):
  // "Leasing oder Finanzierung – was lohnt sich mehr?" over a loan calculator's form, then the
  // story under its heading "Leasing oder Finanzierung" (titleOpenedAbove, title-opened.ts).
  for (const tool of ['lynx', 'html2text']) {
    const doc = fixture(`finanzcheck-${tool}.txt`);
    assert.equal(doc.title, 'Leasing oder Finanzierung – was lohnt sich mehr?', tool);
  }
  // aktion-hummelschutz.de.hummeln (lynx, lines 8-28): the <title> "Tote Hummeln unter Linden:
  // Die Erklärung | Hummeln" over the menus and the <h1>: a headline and a site's name, no title.
  const lines = excerptLines(
    'Tote Hummeln unter Linden: Die Erklärung | Hummeln\n\n   Hummeln\n   Aktion Hummelschutz\n\n' +
      '   Zum Inhalt überspringen\n     * Start & Aktuelles\n     * Kontakt & Impressum\n\n' +
      '   (BUTTON) Menü\n\n   Suchen ____________________\n\n   Lindenblüte\n\n' +
      'Tote Hummeln unter Linden\n\n' +
      '   Warum findet man im Sommer so viele tote Hummeln? Lösung: Die Insekten sterben entkräftet,',
    8,
  );
  const at = lines.findIndex((l) => l.text === 'Tote Hummeln unter Linden');
  const headline = { first: at, last: at, text: 'Tote Hummeln unter Linden', score: 6 };
  assert.equal(titleOpenedAbove(lines, { story: at + 1, headline }).headline, headline);
});

test("an author's name over a byline opening on it is the byline, not the title", () => {
  // achgut.com-coronalage (trafilatura; w3m and html2text, the page's first 45 lines), read as a
  // clean file: the author box's "Gunter Frank" over a portrait and "Gunter Frank / 22.04.2020 /
  // 06:15 / Foto: ...", then the post's title over its story. The name was taken for the title.
  for (const tool of ['w3m', 'html2text']) {
    const doc = fixture(`achgut-${tool}.txt`);
    assert.equal(
      doc.title,
      'Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?',
      tool,
    );
    assert.equal(doc.byline, 'Gunter Frank', tool);
    assert.equal(doc.date?.value, '2020-04-22', tool);
  }
});

test("a blog's motto over the post's dateline and title is no title", () => {
  // blogoff.de.i-htm (trafilatura; w3m, the page's first 32 lines), read as a clean file: the
  // blog's motto glued to its menu button on the first line, its channels' line, then the post's
  // "12. November 2015 / 13:48" and "3 verrückte Orte in Berlin" over the story. The motto was
  // taken for the title.
  const doc = fixture('blogoff-w3m.txt');
  assert.equal(doc.title, '3 verrückte Orte in Berlin');
  assert.equal(doc.date?.value, '2015-11-12');
});

test('a row of section links naming the line over it: that line is the title, not the row', () => {
  // buero-hoppe.de.baumgutachten (trafilatura; the whole w3m, lynx and html2text dumps): the
  // page's <h1> "Baumgutachten" over its sections' row "Einleitung - Baumgutachten - Fortbildung -
  // Baumbeschreibungen", then the story; the row, nearer the story, was taken for the title
  // (titleNamedByMenu, menu-line.ts).
  for (const tool of ['w3m', 'lynx', 'html2text']) {
    assert.equal(fixture(`buero-hoppe-${tool}.txt`).title, 'Baumgutachten', tool);
  }
  // A row naming no line over it is left as found: it may be a title of short parts.
  const lines = excerptLines(
    'Unsere Touren\n\nWandern - Radfahren - Skifahren\n\n' +
      'Im Sommer wie im Winter führen wir Gruppen durch die Berge, mit Karten und Proviant.',
    1,
  );
  const at = lines.findIndex((l) => l.text === 'Wandern - Radfahren - Skifahren');
  const headline = { first: at, last: at, text: 'Wandern - Radfahren - Skifahren', score: 6 };
  assert.equal(titleNamedByMenu(lines, { story: at + 1, headline }).headline, headline);
});
