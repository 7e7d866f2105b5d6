// The date a saved page prints beside its headline when it declares none (src/extract/
// html-dateline.ts), and the masthead's "today" that is not the story's date. Excerpts of
// trafilatura's test pages (alpin.de, bmz.de, springer.com, cducsu.de, energiezukunft.eu, viconsortium.com,
// nachtkritik.de, literaturkritik.de), cut to the elements around the headline.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalize, corpusProfile } from '../../src/stages/normalize.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';

function read(html: string): NormalizedDoc {
  const file = readInputFile('page.html', Buffer.from(html));
  assert.ok(!('reason' in file), JSON.stringify(file));
  return normalize(file as InputFile, corpusProfile([]));
}

const TEXT = [
  'Der Quantum Free Asolo Factory 130 verbindet die Eigenschaften eines Tourenschuhs mit denen eines Freerideschuhs, und das bei einem Gewicht von knapp 1600 Gramm.',
  'Im Test überzeugte vor allem die Abfahrtsperformance, während der Gehmodus etwas mehr Bewegungsfreiheit bieten könnte, wie unsere Tester nach mehreren Touren festhielten.',
  'Der Schuh ist ab sofort im Fachhandel erhältlich und kostet in der Grundausstattung rund 750 Euro, mit der wärmeren Innenschuh-Variante etwas mehr.',
].map((p) => `<p>${p}</p>`);

function page(head: string, body: string, title = 'Quantum Free Asolo Factory 130'): string {
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${title}</title></head><body>
${head}
<main><article>
${body}
</article></main>
<footer><p>© 2022 Verlag</p></footer>
</body></html>`;
}

test('a meta row right under the headline dates the page, though filed as an aside', () => {
  const doc = read(
    page(
      '<header><nav><a href="/">Start</a> <a href="/news">News</a></nav></header>',
      `<h1>Quantum Free Asolo Factory 130</h1>
<aside class="meta" role="complementary"><div class="meta__row meta__row--posted"><p class="meta__content"><span class="meta__label">21.01.2022 - 13:30</span></p></div>
<div class="meta__row meta__row--source"><p class="meta__content"><a href="/autor">Redaktion</a></p></div></aside>
${TEXT.join('\n')}`,
    ),
  );
  assert.equal(doc.date?.value, '2022-01-21');
});

test("a press release's place and day under the headline; a row of links with its day above it", () => {
  const doc = read(
    page(
      '',
      `<h1>Acht Produkte mit Sustainable Award in Finance prämiert</h1>
<div class="cms-richtext"><p>Hofheim am Taunus | Wiesbaden, 11. November 2021</p></div>
${TEXT.join('\n')}`,
      'Acht Produkte mit Sustainable Award in Finance prämiert',
    ),
  );
  assert.equal(doc.date?.value, '2021-11-11');
  assert.ok(!doc.blocks.some((b) => b.text.includes('11. November 2021')));
  // cducsu.de: a row of links with the day right above the headline, read as navigation.
  const above = read(
    page(
      '',
      `<div class="head__meta"><a href="/themen/thema-des-tages">Thema des Tages</a> // 02.11.2021</div>
<h1>Grüner Wasserstoff – das Schlüsselelement der Energiewende</h1>
${TEXT.join('\n')}`,
      'Grüner Wasserstoff – das Schlüsselelement der Energiewende',
    ),
  );
  assert.equal(above.date?.value, '2021-11-02');
});

test("the story's first paragraph opening with its day, after a label or after the lead", () => {
  const bmz = read(
    page(
      '',
      `<h1>Ernährung sichern Schulze: Deutschland steht fest an der Seite des Welternährungsprogramms</h1>
<div class="l-detail-page__teaser-text"><p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit mit dem UN-Welternährungsprogramm (WFP) stand im Mittelpunkt eines Treffens von Entwicklungsministerin Svenja Schulze mit dem Exekutivdirektor.</p></div>
${TEXT.join('\n')}`,
      'Schulze: Deutschland steht fest an der Seite des Welternährungsprogramms',
    ),
  );
  assert.equal(bmz.date?.value, '2022-01-25');
  const lead =
    'Am vergangenen Freitag hat die Bundesregierung den Gesetzentwurf zur Strompreisbremse vorgelegt, und die Branche reagiert mit scharfer Kritik an den Plänen.';
  const opening =
    '29.11.2022 – Mehrfach und vehement hatte die Erneuerbaren-Branche die Nachteile des vorgesehenen Gesetzes zur Strompreisbremse und Erlösabschöpfung kritisiert.';
  const second = read(
    page(
      '',
      `<h1>Strompreisbremse: Bundesregierung drosselt Bioenergie</h1>
<p class="einleitung">${lead}</p><p>${opening}</p>${TEXT.join('\n')}`,
      'Strompreisbremse: Bundesregierung drosselt Bioenergie',
    ),
  );
  assert.equal(second.date?.value, '2022-11-29');
  // The paragraph stays the story's.
  assert.ok(second.blocks.some((b) => b.text === opening));
  // A sentence that opens with a day is the story's, not its date.
  const sentence = read(
    page(
      '',
      `<h1>Strompreisbremse: Bundesregierung drosselt Bioenergie</h1>
<p>2. Februar 2022 war der Tag, an dem die Branche zum ersten Mal gemeinsam vor den Folgen des Gesetzes für Biogasanlagen warnte.</p>${TEXT.join('\n')}`,
      'Strompreisbremse: Bundesregierung drosselt Bioenergie',
    ),
  );
  assert.equal(sentence.date, null);
});

test("the masthead's today is not the story's date; the story's meta row is", () => {
  const masthead = `<header><div class="top-nav"><ul class="list-inline"><li><a href="/sections">Sections</a></li><li><a href="javascript:void(0);">May 11, 2022</a></li></ul></div>
<nav><a href="/">Home</a> <a href="/crime">Crime</a></nav></header>`;
  const doc = read(
    page(
      masthead,
      `<h2 class="detail-heading">Vessel Returning to Puerto Rico With 475 Pounds of Cocaine Intercepted</h2>
<div class="tags_category"><span><a href="/vi-crime">Crime</a></span> <span>Published On May 10, 2022 01:52 PM</span></div>
${TEXT.join('\n')}`,
      'Vessel Returning to Puerto Rico With 475 Pounds of Cocaine Intercepted',
    ),
  );
  assert.equal(doc.date?.value, '2022-05-10');
  // nachtkritik.de: the day's <time> in the site's header beside its menu declares nothing.
  const time = read(
    page(
      '<header class="container"><div class="navtop"><span class="mod_datetime"><time datetime="2023-11-01T13:56:20+01:00">Mittwoch, 01. November 2023</time></span></div><nav class="navbar"><a href="/">Start</a> <a href="/kolumnen">Kolumnen</a></nav></header>',
      `<h1>Quantum Free Asolo Factory 130</h1>${TEXT.join('\n')}`,
    ),
  );
  assert.equal(time.date, null);
});

test("a footer's publication label after its last change's date", () => {
  const doc = read(
    page(
      '',
      `<h1>Quantum Free Asolo Factory 130</h1>${TEXT.join('\n')}
<div class="rez_footer"><p class="footerFrstLn">Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023</p></div>`,
    ),
  );
  assert.equal(doc.date?.value, '2023-11-01');
});

// Issue 22, second round: the days the readers above missed on trafilatura's pages
// (couchstyle.de, kulturkaufhaus.de, einfachspanien.de, hvw-online.org, biathlon-antholz.it,
// football.ua, nachtkritik.de, pronats.de, gipfelbuch.ch, lexikon.huettenhilfe.de, utopia.de).

test('a day with a two-figure year under the headline dates a page not in English', () => {
  const doc = read(
    page(
      '',
      `<div class="homestory-head"><h1>Vintage-Flair mit viel Grün </h1>
<div class="sub-title d-flex flex-row"><div class="uploaded-date"> 23.09.22 </div><div class="separator"> - </div><div class="location"> Saarland </div></div></div>
${TEXT.join('\n')}`,
      'Vintage-Flair mit viel Grün',
    ),
  );
  assert.equal(doc.date?.value, '2022-09-23');
});

test('a label and its day in elements of their own, printed with no space between, date the page', () => {
  const doc = read(
    page(
      '',
      `<h1 class="articleHeading"><span class="value"><span>Kreatives Basteln mit Kids</span></span></h1><div class="articleCreationDate"><span class="key">Erstellt am</span><span class="value"><span>09.02.2022</span></span></div>
${TEXT.join('\n')}`,
      'Kreatives Basteln mit Kids',
    ),
  );
  assert.equal(doc.date?.value, '2022-02-09');
});

test("a meta row's item that is a day dates the page though the row is mostly links", () => {
  const doc = read(
    page(
      '',
      `<h2 id="post-173" class="post_name">Malaga, die quirlige Metropole in Andalusien</h2>
<div class="post_meta"> <span class="dot">&sdot;</span> November 22, 2011 <span class="dot">&sdot;</span> <a href="/email">Email this post</a> <span class="dot">&sdot;</span> <a href="/print">Diese Seite ausdrucken</a> <span class="dot">&sdot;</span> <a href="#respond">Kommentieren</a></div>
${TEXT.join('\n')}`,
      'Malaga, die quirlige Metropole in Andalusien',
    ),
  );
  assert.equal(doc.date?.value, '2011-11-22');
});

test('a day inside the headline element dates the page; the headline keeps its words', () => {
  const under = read(
    page(
      '',
      `<div class="article"><h1>
    Zuschauerrückkehr bei den Proficlubs der Region<br><small><span class="glyphicon glyphicon-calendar"></span>&nbsp;
        02.02.2022
            •&nbsp; <span class="glyphicon glyphicon-tags"></span>&nbsp; Aktuell</small></h1>
${TEXT.join('\n')}</div>`,
      'Zuschauerrückkehr bei den Proficlubs der Region',
    ),
  );
  assert.equal(under.date?.value, '2022-02-02');
  const opening = read(
    page(
      '',
      `<h2 class="headline t1">23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln</h2>
${TEXT.join('\n')}`,
      '23.01.2022 - Dorothea Wierer darf beim Antholz-Abschluss noch jubeln - Biathlon Antholz',
    ),
  );
  assert.equal(opening.date?.value, '2022-01-23');
});

test('a Russian day under the headline; a day opening the lead as a sentence of its own', () => {
  const ru = read(
    `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Подольски завершил карьеру в сборной</title></head><body><article>
<h1>Подольски завершил карьеру в сборной</h1><p>Германия</p><p>15 августа 2016, 13:43</p>
<p>Нападающий сборной Германии Лукас Подольски объявил о завершении карьеры в национальной команде после чемпионата Европы, где немцы дошли до полуфинала.</p>
<p>За сборную Германии Подольски провёл 129 матчей и забил 48 голов, став одним из самых результативных игроков в её истории и чемпионом мира 2014 года.</p>
</article></body></html>`,
  );
  assert.equal(ru.date?.value, '2016-08-15');
  const lead = read(
    page(
      '',
      `<h2>Kolumne: Queer Royal - Über Dragqueens und Dragkings auf und jenseits der Bühne</h2>
<p><span class="text_datum">31. Oktober 2023.</span> Dragqueens sind Kunstfiguren aus Make-Up und Glitter, auf Partys und in Shows, auch in der Freien Szene und im Stadttheater, und finden sich in den Schusslinien der Identitätsdebatten wieder.</p>
${TEXT.join('\n')}`,
      'Kolumne: Queer Royal – Über Dragqueens und Dragkings auf und jenseits der Bühne',
    ),
  );
  assert.equal(lead.date?.value, '2023-10-31');
});

test('a page that prints only its update is dated by it, its label in a block of its own too', () => {
  const doc = read(
    page(
      '',
      `<h1>Quantum Free Asolo Factory 130</h1>\n${TEXT.join('\n')}\n<p class="info">Aktualisiert: 30.12.2016</p>`,
    ),
  );
  assert.equal(doc.date?.value, '2016-12-30');
  const apart = read(
    page(
      '',
      `<h1>Quantum Free Asolo Factory 130</h1>\n${TEXT.join('\n')}
<div class="label_container_half"><label>Letzte Änderung:</label><div class="label_content"> 14.01.2022 um 09:25 </div></div>`,
    ),
  );
  assert.equal(apart.date?.value, '2022-01-14');
});

test('a page that declares and prints no day is dated by its <meta name="date">', () => {
  const doc = read(
    page('', `<h1>Quantum Free Asolo Factory 130</h1>\n${TEXT.join('\n')}`).replace(
      '</title>',
      '</title><meta name="date" content="2011-07-25" />',
    ),
  );
  assert.equal(doc.date?.value, '2011-07-25');
});

test('the day a page prints as published, declared by article:published_time and as its modification', () => {
  const doc = read(
    page(
      '',
      `<h1>Quantum Free Asolo Factory 130</h1><p><time datetime="2023-11-06T15:25:00+01:00">6. November 2023, 15:25 Uhr</time></p>\n${TEXT.join('\n')}`,
    ).replace(
      '</title>',
      `</title><meta property="article:published_time" content="2023-11-06T14:25:00+00:00"><meta property="article:modified_time" content="2023-11-06T14:26:51+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Quantum Free Asolo Factory 130","datePublished":"2023-11-03T10:25:56+00:00","dateModified":"2023-11-06T14:26:51+00:00"}</script>`,
    ),
  );
  assert.equal(doc.date?.value, '2023-11-06');
});

test('a UTC time of a page in no known zone is the day before where the page prints it (pagesix.com)', () => {
  // "2020-02-25T02:25:54Z" is 9:25pm on 24 February in New York, which the page prints; the
  // UTC day is printed nowhere.
  const doc = read(
    page(
      '',
      `<h1>Seth Meyers gets candid</h1><div class="byline">February 24, 2020 | 9:25pm</div>\n${TEXT.join('\n')}`,
      'Seth Meyers gets candid',
    )
      .replace('lang="de"', 'lang="en"')
      .replace(
        '</title>',
        '</title><meta property="article:published_time" content="2020-02-25T02:25:54+00:00">',
      ),
  );
  assert.equal(doc.date?.value, '2020-02-24');
  // Printed as declared, the UTC day stands.
  const asDeclared = read(
    page(
      '',
      `<h1>Seth Meyers gets candid</h1><div class="byline">February 25, 2020 | 2:25am</div>\n${TEXT.join('\n')}`,
      'Seth Meyers gets candid',
    )
      .replace('lang="de"', 'lang="en"')
      .replace(
        '</title>',
        '</title><meta property="article:published_time" content="2020-02-25T02:25:54+00:00">',
      ),
  );
  assert.equal(asDeclared.date?.value, '2020-02-25');
});

test('a declared day the page prints only as its last change gives way to the day printed as published (caritas.de)', () => {
  const body = (stamps: string) =>
    `<h1>Quantum Free Asolo Factory 130</h1>\n${TEXT.join('\n')}\n${stamps}`;
  const declared = '</title><meta name="DC.date" content="2021-10-15">';
  const doc = read(
    page(
      '',
      body(
        '<dl><dt>Erschienen am:</dt><dd>13.10.2021</dd></dl><dl><dt>Zuletzt geändert am:</dt><dd>15.10.2021</dd></dl>',
      ),
    ).replace('</title>', declared),
  );
  assert.equal(doc.date?.value, '2021-10-13');
  // Printed bare, the declared day stands.
  const bare = read(
    page('', body('<dl><dt>Erschienen am:</dt><dd>13.10.2021</dd></dl><p>15.10.2021</p>')).replace(
      '</title>',
      declared,
    ),
  );
  assert.equal(bare.date?.value, '2021-10-15');
});

test('a datePublished printed only as its raw stamp gives way to the saved day the page prints (drk.de)', () => {
  const head =
    '</title><meta name="dcterms.date" content="2021-10-28T13:21:30+01:00"><meta itemprop="datePublished" content="2021-10-27T20:35:36+01:00">';
  const body = (dateline: string) =>
    `<h1>Quantum Free Asolo Factory 130</h1>\n<p><time datetime="2021-10-27T20:35:36+01:00">2021-10-27T20:35:36+01:00</time></p>\n${dateline}\n${TEXT.join('\n')}`;
  const doc = read(page('', body('<p>Berlin, 28.10.2021</p>')).replace('</title>', head));
  assert.equal(doc.date?.value, '2021-10-28');
  // Where the saved day is printed nowhere, the declared publication stands.
  const unprinted = read(page('', body('<p>Berlin</p>')).replace('</title>', head));
  assert.equal(unprinted.date?.value, '2021-10-27');
});

test('a day printed after the page was last saved is an upcoming event, not its date (vinosytapas.de)', () => {
  const html = readFileSync(
    path.join(import.meta.dirname, '../fixtures/html/vinosytapas/source.html'),
    'utf8',
  );
  // The sidebar's "29.02.2020 18:00 Uhr Portugal vs Spanien" came after the save.
  assert.equal(read(html).date?.value, '2020-02-11');
  // Saved after it, the page could have been dated by it: the rule is the save, not the list.
  const later = html.replace(
    '<meta name="date" content="2020-02-11">',
    '<meta name="date" content="2020-03-05">',
  );
  assert.equal(read(later).date?.value, '2020-02-29');
});

test("a declared day printed nowhere gives way to the day the page's first <time> prints (heizung.de)", () => {
  const head =
    '</title><meta property="article:published_time" content="2022-11-17T10:33:13.258Z">';
  const hero = (time: string) =>
    `<h1>Quantum Free Asolo Factory 130</h1>\n<ul><li><span>von Alexander Rosenkranz</span></li><li>${time}</li></ul>\n${TEXT.join('\n')}\n<ul><li><time datetime="2022-10-11">vom 11. Oktober 2022</time></li></ul>`;
  const printed = '<time datetime="2022-03-09">09.03.2022</time>';
  assert.equal(read(page('', hero(printed)).replace('</title>', head)).date?.value, '2022-03-09');
  // The story's own <time> printing no day ("8h"): a later one is a list's, the declared day stands.
  const relative = '<time datetime="2022-11-17T10:33:13Z">8h</time>';
  assert.equal(read(page('', hero(relative)).replace('</title>', head)).date?.value, '2022-11-17');
});

test("a linked teaser heading and an archive's month are not the story's; its named day is", () => {
  // berkutschi.com: a "top news" row of linked teasers, one printing the headline over another
  // teaser's day, above the article's own heading and dateline.
  const teaser = read(
    page(
      `<meta property="og:title" content="Quantum Free Asolo Factory 130">
<div class="top-news"><a href="/news/1"><h3>Weltcup in Iron Mountain live</h3><span>01.02.2022 16:28</span></a>
<a href="/news/2"><h3>Quantum Free Asolo Factory 130</h3><span>30.01.2022 18:36</span></a></div>
<div class="nav"><p>Weltcup</p><p>Ergebnisse</p><p>Springer</p><p>Schanzen</p><p>Galerien</p></div>`,
      `<h2>Quantum Free Asolo Factory 130</h2><small>Erstellt am: 29.01.2022 18:36 / sk</small>
${TEXT.join('\n')}`,
    ),
  );
  assert.equal(teaser.date?.value, '2022-01-29');
  // archive.org's bewegliche-lettern.de: a sidebar's list of months above the post's linked
  // <h1>, and its "about this post" box naming the post and its day.
  const blog =
    read(`<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Quantum Free Asolo Factory 130</title></head><body>
<div id="sidebar"><h2>Über diesen Artikel</h2>
<p class="news"><a href="/2022/01/quantum/">Quantum Free Asolo Factory 130</a> wurde am 19. Januar 2022 um 23:03 Uhr gepostet und unter Test abgelegt.</p>
<h2>Archive</h2><ul><li><a href="/2021/10/">Oktober 2021</a></li><li><a href="/2021/09/">September 2021</a></li></ul></div>
<div class="post"><h1><a href="/2022/01/quantum/">Quantum Free Asolo Factory 130</a></h1>
<div class="entry">${TEXT.join('\n')}</div></div></body></html>`);
  assert.equal(blog.date?.value, '2022-01-19');
});

test("a block marked as the post's meta row dates the page, far under the headline (time4talks.com)", () => {
  const doc = read(
    page(
      '',
      `<div class="post"><h2>Quantum Free Asolo Factory 130</h2><div class="entry">${TEXT.join('\n')}</div>
<p class="postmetadata">Von R. R. am <a href="/2013/08/07/">07.08.2013</a> um 09:07 Uhr gespeichert unter <a href="/k/">Kommunizieren</a></p></div>`,
    ),
  );
  assert.equal(doc.date?.value, '2013-08-07');
});

test("a teaser's marked day and a forum's current time do not date the page", () => {
  const teaser = read(
    page(
      '',
      `<h1>Quantum Free Asolo Factory 130</h1>${TEXT.join('\n')}
<div class="teaser"><div class="authored">10.11.2021</div><h2>Eine andere Geschichte</h2></div>
<div class="current-time">Aktuelles Datum und Uhrzeit: 11/02/20, 07:22 pm</div>`,
    ),
  );
  assert.equal(teaser.date, null);
});

test("the story's own footer, a publication label over the headline and a spaced day date the page", () => {
  const footer = read(
    page(
      '',
      `<h1>Quantum Free Asolo Factory 130</h1>
<footer class="node__meta"><div class="node__submitted"><span class="post-created"> 28.01.22</span> / <span>0 Kommentare</span></div></footer>
${[...TEXT, ...TEXT].join('\n')}`,
    ),
  );
  assert.equal(footer.date?.value, '2022-01-28');
  const above = read(
    page(
      '',
      `<h1>Asolo<br>Factory 130</h1><br>Veröffentlichung: <a href="/music/">04.02.2022</a><br>Label: Asolo<br>Genre: Ski
<div class="rating"><p>7 von 8</p></div>
<h2>Quantum Free Asolo Factory 130</h2>${TEXT.join('\n')}`,
    ),
  );
  assert.equal(above.date?.value, '2022-02-04');
  const spaced = read(
    page(
      '',
      `<h1>Quantum Free Asolo Factory 130</h1>
<div class="att-publish-date">Von <span>Deutscher Tennis Bund</span> 4.&thinsp;2.&thinsp;2022.</div>
${TEXT.join('\n')}`,
    ),
  );
  assert.equal(spaced.date?.value, '2022-02-04');
});

test('a note that the article was first published in the declared year keeps that day over the printed republication (madame.lefigaro.fr)', () => {
  // article:published_time 2017-04-12, printed nowhere; itemprop datePublished, dateModified and
  // the printed "Le 19 février 2020" the republication's; "* Cet article, initialement publié en
  // avril 2017, a fait l'objet d'une mise à jour."
  const html = readFileSync(
    path.join(import.meta.dirname, '../fixtures/html/madame-lefigaro/source.html'),
    'utf8',
  );
  assert.equal(read(html).date?.value, '2017-04-12');
  // Without the note, the day the page prints stands in for the one it does not (printedInstead).
  const note = "initialement publié en avril 2017, a fait l'objet d'une mise à jour";
  assert.ok(html.includes(note));
  assert.equal(
    read(html.replace(note, "a fait l'objet d'une mise à jour")).date?.value,
    '2020-02-19',
  );
  // A note naming the printed day's year too settles nothing: the printed day stands.
  const both = 'initialement publié en avril 2017 et en février 2020';
  assert.equal(read(html.replace(note, both)).date?.value, '2020-02-19');
});
