// Dedup on the real seeds: 000 and 001 are one story (001 a partial copy with four other
// stories glued to its end); 002-004 are different stories on the same subject.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { asFile as asStoryFile, loadReuters } from '../../bench/dedup/stories.ts';
import { defaultOptions } from '../../src/options.ts';
import { dedup } from '../../src/stages/dedup.ts';
import { ingest, readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { gluedIndex } from '../../src/dedup/glued.ts';
import { matchKey, sentences } from '../../src/text.ts';
import type { Article, InputFile, NormalizedDoc } from '../../src/types.ts';
import { normalizedDoc } from '../helpers/articles.ts';
import { GLUED_LEADS, gluedCopy } from '../helpers/glued-copy.ts';
import { bbcFile, bbcStories, CORPORA as corpora } from '../helpers/corpora.ts';

async function seedDocs(): Promise<NormalizedDoc[]> {
  const { files } = await ingest({
    ...defaultOptions,
    input: path.join(import.meta.dirname, '../../seeds'),
  });
  const context = corpusProfile(files);
  return files.map((f) => normalize(f, context));
}

test('overlapping copies merge into one article holding the text of both', async () => {
  const { articles } = dedup(await seedDocs());
  const story = articles.filter((a) => a.title === 'N Korean elite trying to flee country');
  assert.equal(story.length, 1);
  const article = story[0]!;
  const text = article.blocks.map((b) => b.text).join('\n');
  assert.equal(article.date?.value, '2004-12-10');
  // 000's complete sentence wins over 001's cut-off copy of it...
  assert.match(text, /Mao Zedong \(毛澤東\) was in China during the 1960s/);
  assert.doesNotMatch(text, /Mao Zedong \($/m);
  // ...and 001's later paragraphs are added in reading order.
  const structured = text.indexOf("The North's government is structured");
  const dissatisfied = text.indexOf(
    "In the North's government, there must be people very dissatisfied",
  );
  assert.ok(text.indexOf('Mao Zedong') < structured && structured < dissatisfied);
  assert.deepEqual(
    article.sources.map((s) => [s.path.slice(0, 3), s.role]),
    [
      ['000', 'canonical'],
      ['001', 'merged'],
    ],
  );
});

test('paragraphs glued on from other stories become fragments, not article text, and are kept', async () => {
  const { articles, spillover } = dedup(await seedDocs());
  const story = articles.find((a) => a.title === 'N Korean elite trying to flee country')!;
  const text = story.blocks.map((b) => b.text).join('\n');
  for (const other of ['National Party', 'Eurovision', 'Cannes', 'African Space Agency']) {
    assert.ok(!text.includes(other), `${other} leaked into the article`);
    const fragment = articles.find(
      (a) => a.fragment && a.blocks.some((b) => b.text.includes(other)),
    );
    assert.ok(fragment, `${other} was lost`);
    assert.deepEqual(
      fragment.sources.map((s) => s.role),
      ['fragment'],
    );
  }
  assert.equal(spillover.length, 4);
});

test('different stories about the same subject stay apart', async () => {
  const { articles } = dedup(await seedDocs());
  const titles = articles
    .filter((a) => !a.fragment)
    .map((a) => a.title)
    .sort();
  assert.deepEqual(titles, [
    'MSS asks China to repatriate defector group',
    'N Korean elite trying to flee country',
    'North Korean Visa Overstayers in China Are Now Branded ‘Defectors’ at Home',
    'North Koreans in China asking for help for defection',
  ]);
});

test('two copies with conflicting explicit dates are not merged', async () => {
  const [a] = await seedDocs();
  const copy = {
    ...a!,
    path: 'copy.txt',
    sha256: 'f'.repeat(64),
    date: { value: '2005-03-01', precision: 'day' as const, from: 'x' },
  };
  const { articles } = dedup([a!, copy]);
  assert.equal(articles.length, 2);
});

// Real corpus stories (test/corpora, or $ARCHIVE_CORPORA), as files the way a scraper might have
// saved them.

/** A text file of a story: its title line, then a paragraph a line, a blank line between. */
function storyFile(title: string, paragraphs: string[]): string {
  return [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

function docsFrom(files: [string, string][]): NormalizedDoc[] {
  const inputs = files.map(([name, text]) => readInputFile(name, Buffer.from(text)) as InputFile);
  const context = corpusProfile(inputs);
  return inputs.map((f) => normalize(f, context));
}

function reutersStory(id: number): { title: string; dateline: string; body: string } {
  for (const name of readdirSync(path.join(corpora, 'reuters21578')).filter((n) =>
    n.endsWith('.sgm'),
  )) {
    const sgml = readFileSync(path.join(corpora, 'reuters21578', name), 'latin1');
    const m = new RegExp(`NEWID="${id}">([\\s\\S]*?)</REUTERS>`).exec(sgml);
    if (!m) continue;
    const doc = m[1] ?? '';
    const date = /<DATE>\s*(\d{1,2}-[A-Z]{3}-\d{4})/.exec(doc)?.[1] ?? '';
    const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(doc)?.[1] ?? '';
    const body = (/<BODY>([\s\S]*?)<\/BODY>/.exec(doc)?.[1] ?? '').replace(
      /\s*Reuter\s*&#3;\s*$/,
      '',
    );
    return { title, dateline: date, body };
  }
  throw new Error(`Reuters story ${id} not found`);
}

test('a page carrying two stories joins the one it is headed by, and does not chain them', () => {
  const bbc = (name: string) =>
    readFileSync(path.join(corpora, 'bbc', 'politics', name), 'latin1').split('\n');
  const [titleA = '', ...bodyA] = bbc('001.txt');
  const [titleB = '', ...bodyB] = bbc('002.txt');
  const docs = docsFrom([
    ['a.txt', [titleA, ...bodyA].join('\n')],
    ['b.txt', [titleB, ...bodyB].join('\n')],
    // The scraper kept story B under story A on one page.
    ['page.txt', [titleA, ...bodyA, '', ...bodyB].join('\n')],
  ]);
  const { articles } = dedup(docs);
  const a = articles.find((x) => x.title === titleA.trim())!;
  const b = articles.find((x) => x.title === titleB.trim())!;
  assert.ok(a && b && a !== b, 'the two stories became one article');
  assert.deepEqual(a.sources.map((s) => [s.path, s.role]).sort(), [
    ['a.txt', a.sources.find((s) => s.path === 'a.txt')!.role],
    ['page.txt', a.sources.find((s) => s.path === 'page.txt')!.role],
  ]);
  // Story B's text did not leak into story A; the page is listed as a fragment source of B.
  const textA = a.blocks.map((x) => x.text).join('\n');
  assert.ok(
    !textA.includes(
      bodyB
        .find((l) => l.trim().length > 80)!
        .trim()
        .slice(0, 60),
    ),
  );
  assert.ok(b.sources.some((s) => s.path === 'page.txt' && s.role === 'fragment'));
});

test('a templated wire story of the next day with another figure stays a different story', () => {
  // Reuters 10864 and 11425: "FED ADDS RESERVES VIA CUSTOMER REPURCHASES", March 30 and 31,
  // word for word the same but "two billion dlrs" against "1.5 billion dlrs".
  const asFile = (id: number): [string, string] => {
    const story = reutersStory(id);
    return [`${id}.txt`, `${story.title}\n${story.dateline}\n\n${story.body}\n`];
  };
  const [monday, tuesday] = [asFile(10864), asFile(11425)];
  assert.equal(dedup(docsFrom([monday, tuesday])).articles.length, 2);
  // The same story re-sent the next morning, figures and all, is one story.
  const resent: [string, string] = ['resent.txt', monday[1].replace('30-MAR-1987', '31-MAR-1987')];
  assert.equal(dedup(docsFrom([monday, resent])).articles.length, 1);
});

test("a saved page's declared date joins its text copy printed months later; text copies alone stay apart", () => {
  // Reuters 10864 and 11425 ("FED ADDS RESERVES VIA CUSTOMER REPURCHASES", March 30 and 31, one
  // figure apart) as a saved page that declares its day in JSON-LD and as text copies. A dump's
  // day is often the page's last change or its copyright line (angelmagazin.de: declared
  // 2021-11-29, printed 12.01.2022; docs/figures.md stop 63).
  const story = (id: number) => reutersStory(id);
  const page = (id: number, declared: string): [string, string] => {
    const { title, body } = story(id);
    const paragraphs = body.split(/\n\s*\n|\n {4,}/).map((p) => p.replace(/\s+/g, ' ').trim());
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: title, datePublished: declared });
    return [
      `${id}.html`,
      `<!doctype html><html lang="en"><head><title>${title}</title>` +
        `<script type="application/ld+json">${ld}</script></head><body><article><h1>${title}</h1>` +
        paragraphs.map((p) => `<p>${p}</p>`).join('') +
        '</article></body></html>',
    ];
  };
  const text = (id: number, name: string, dateline: string): [string, string] => {
    const { title, body } = story(id);
    return [name, `${title}\n${dateline}\n\n${body}\n`];
  };
  const monday = page(10864, '1987-03-30');
  const later = text(10864, 'dump.txt', '2-OCT-1987');
  const joined = dedup(docsFrom([monday, later])).articles;
  assert.deepEqual(
    joined.map((a) => a.sources.map((s) => s.path)),
    [['10864.html', 'dump.txt']],
  );
  assert.equal(joined[0]?.date?.value, '1987-03-30');
  // The next day's look-alike, one figure told differently, is another story still.
  assert.equal(
    dedup(docsFrom([monday, text(11425, '11425.txt', '31-MAR-1987')])).articles.length,
    2,
  );
  // Two text copies are dated as they print: months apart, two stories.
  const [first, second] = [text(10864, 'a.txt', '30-MAR-1987'), later];
  assert.equal(dedup(docsFrom([first, second])).articles.length, 2);
});

test('leads of other stories glued after a scraped copy become fragments; its own last paragraph stays', () => {
  // A scraped page: a BBC story with the "more stories" teasers of two others under it, the
  // first paragraph of one whose page is in the archive and the first sentence of one whose
  // page is not (bench/dedup/glued.ts measures this on 600 such copies). The archive is the
  // first 40 stories of each desk: words are weighed by their rarity across it.
  const paragraphsOf = (file: string) => {
    const [title = '', ...rest] = readFileSync(file, 'latin1').split('\n');
    const paragraphs = rest
      .join('\n')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    return { title: title.trim(), paragraphs };
  };
  const own = paragraphsOf(bbcFile('politics', 3));
  const archived = paragraphsOf(bbcFile('business', 5));
  const elsewhere = paragraphsOf(bbcFile('sport', 7));
  const leadInArchive = archived.paragraphs[0]!;
  const leadElsewhere = elsewhere.paragraphs[0]!.split(/(?<=\.)\s+/)[0]!;
  const page = [own.title, ...own.paragraphs, leadInArchive, leadElsewhere].join('\n\n');
  const archive = bbcStories(40)
    .filter(({ rel }) => rel !== 'bbc/politics/003.txt' && rel !== 'bbc/sport/007.txt')
    .map(({ rel, file }): [string, string] => [rel, readFileSync(file, 'latin1')]);
  const { articles, spillover } = dedup(docsFrom([['page.txt', page], ...archive]));
  const article = articles.find((a) =>
    a.sources.some((s) => s.path === 'page.txt' && s.role === 'canonical'),
  )!;
  const text = article.blocks.map((b) => b.text);
  assert.equal(text.at(-1), own.paragraphs.at(-1), 'the story lost its own last paragraph');
  assert.ok(!text.includes(leadInArchive) && !text.includes(leadElsewhere), 'a lead stayed');
  // The archived story's lead is recorded as a fragment of its own article; the other becomes a
  // fragment article. Both removals are recorded, and no archived story lost a paragraph.
  const home = articles.find((a) => a.sources.some((s) => s.path === 'bbc/business/005.txt'))!;
  assert.ok(home.sources.some((s) => s.path === 'page.txt' && s.role === 'fragment'));
  assert.ok(articles.some((a) => a.fragment && a.blocks[0]?.text === leadElsewhere));
  assert.deepEqual(
    spillover.map((s) => [s.path, s.text]),
    [
      ['page.txt', leadInArchive],
      ['page.txt', leadElsewhere],
    ],
  );
});

/**
 * Reuters story `pageId` with the first sentences of stories `leadIds` glued on, built with the
 * archive of the other sampled stories: the leads' own stories are left out but for `archived`,
 * whose openings the archive then holds.
 */
async function gluedReutersPage(pageId: number, leadIds: number[], archived: number[] = []) {
  const stories = await loadReuters(corpora);
  const byId = (id: number) =>
    [...stories, ...GLUED_LEADS].find((s) => s.path.endsWith(`/${id}.txt`))!;
  const story = byId(pageId);
  const leads = leadIds.map((id) => sentences(byId(id).paragraphs.join(' '))[0]!);
  const page = { ...story, path: 'page.txt', paragraphs: [...story.paragraphs, ...leads] };
  const ids = [pageId, ...leadIds].filter((id) => !archived.includes(id));
  const archive = [
    ...stories.filter((s) => !ids.some((id) => s.path.endsWith(`/${id}.txt`))),
    ...archived.map(byId).filter((s) => !stories.includes(s)),
  ];
  const files = [page, ...archive].map(asStoryFile);
  const context = corpusProfile(files);
  const { articles } = dedup(files.map((f) => normalize(f, context)));
  const article = articles.find((a) =>
    a.sources.some((s) => s.path === 'page.txt' && !a.fragment),
  )!;
  return { story, leads, articles, text: article.blocks.map((b) => b.text) };
}

test('wire leads of other companies glued after a results table with no other copy become fragments; its rows stay', async () => {
  // A scraped page: Reuters' Farmers Group results table (its only copy) with the first
  // sentences of two other companies' stories under it, "General Binding Corp said ..." and
  // "Texas Instruments Inc said ...": a table gives too few words to read a paragraph against,
  // so what marks them is their shape, a prose lead after a table, and a subject the story never
  // named.
  const { story, leads, articles, text } = await gluedReutersPage(65, [112, 90]);
  assert.ok(!leads.some((lead) => text.includes(lead)), `a lead stayed: ${text.join(' | ')}`);
  assert.ok(text.includes(story.paragraphs.at(-1)!), 'the table lost its last row');
  for (const lead of leads)
    assert.ok(articles.some((a) => a.fragment && a.blocks[0]?.text === lead));
});

test("a results story's closing note is its own text, not its standfirst", () => {
  // Reuters reut2-014 #14069: one results line, then a note. No line reads as story text, so
  // every line is a title-block candidate; the note, the last, was read as the standfirst, and
  // the story's opening as starting with it.
  const [doc] = docsFrom([
    [
      'reuters-14069.txt',
      'NEW BEDFORD INSTITUTION FOR SAVINGS <NBBS> YEAR\n7-APR-1987\n\nNet 12.3 mln vs 6,438,000\n\nNOTE: Company went public in March.\n',
    ],
  ]);
  assert.equal(doc?.standfirst, null);
  assert.deepEqual(
    doc?.blocks.map((b) => b.text),
    ['Net 12.3 mln vs 6,438,000', 'NOTE: Company went public in March.'],
  );
});

test("a lead glued elsewhere is known as a story's opening when the story has a standfirst", () => {
  // The standfirst normalize reads under a headline need not be where the story starts for a
  // teaser cut from it: its first paragraph is looked up as an opening too.
  const docs = docsFrom([
    [
      'story.txt',
      'Ofwat orders water bills to fall\nRegulator says firms must pass on savings to customers\n\nWater bills in England and Wales will fall by an average of 12% over the next five years, the industry regulator Ofwat has announced in its final price review.\n\nThe cut will be worth about 40 pounds a year to the typical household, it said.\n',
    ],
  ]);
  assert.equal(docs[0]?.standfirst, 'Regulator says firms must pass on savings to customers');
  const index = gluedIndex(docs, (i) => matchKey(docs[i]!.blocks.map((b) => b.text).join(' ')));
  const lead =
    'Water bills in England and Wales will fall by an average of 12% over the next five years';
  assert.deepEqual(index.openingsHolding(lead), [0]);
});

test("a story's second paragraph is not taken for its opening after a standfirst that is its lead", () => {
  // A eurobond story read with its wire lead as the standfirst (a scale-bench copy of a
  // Reuters-21578 story): its first body paragraph is the story's second, in words templated
  // issues repeat, and as an opening it took another issue's own closing paragraph for a lead.
  const docs = docsFrom([
    [
      'bond.txt',
      'The Harbour Times: ECONOMY\n\nBACOB FINANCE ISSUES 50 MLN AUSTRALIAN DLR BOND\n\nBacob Finance NV is issuing a 50 mln Australian dlr eurobond due July 5, 1990 paying 14-3/4 pct and priced at 101-3/8 pct, lead manager Goldman Sachs International Corp said\n\nClaire Dubois, political editor\nPublished Thursday 2 April 1987 10.03 UTC\n\nThe non-callable bond is available in denominations of 1,000 and 10,000 Australian dlrs and will be listed in Luxembourg. The selling concession is one pct while management and underwriting combined pays 1/2 pct.\n\nThe payment date is May 5 and there will be a long first coupon. The issue is guaranteed by Bacob Savings Bank.\n',
    ],
  ]);
  assert.match(docs[0]?.standfirst ?? '', /^Bacob Finance NV is issuing/);
  const index = gluedIndex(docs, (i) => matchKey(docs[i]!.blocks.map((b) => b.text).join(' ')));
  const otherIssuesOwn =
    'The non-callable bond is guaranteed by the parent. The selling concession is one pct while management and underwriting combined pays 1/2 pct.';
  assert.deepEqual(index.openingsHolding(otherIssuesOwn), []);
  assert.deepEqual(
    index.openingsHolding(
      'Bacob Finance NV is issuing a 50 mln Australian dlr eurobond due July 5, 1990 paying 14-3/4 pct',
    ),
    [0],
  );
});

test("leads glued after a wire story's sign-off are other stories', whatever their words", async () => {
  // Club Med's story ends "... a company announcement said. REUTER"; the Bank of Korea's lead
  // after it, in capitals, shows no name the story lacks and reads as its own by its words.
  const { story, leads, text } = await gluedReutersPage(5248, [14785, 12449]);
  assert.ok(!leads.some((lead) => text.includes(lead)), `a lead stayed: ${text.join(' | ')}`);
  assert.ok(text.includes(story.paragraphs.at(-1)!), 'the story lost its signed-off paragraph');
});

test('"This year ..." opens another story\'s lead, not a reference back to the story', async () => {
  // International Totalizator's story, then Lloyds Investment's lead and the Shadow Open Market
  // Committee's "This year will see a pickup in U.S. economic growth ...": "this" before a time
  // word refers to no one, and the leads were kept as the story's own.
  const { story, leads, text } = await gluedReutersPage(2729, [12995, 3246]);
  assert.ok(!leads.some((lead) => text.includes(lead)), `a lead stayed: ${text.join(' | ')}`);
  assert.ok(text.includes(story.paragraphs.at(-1)!), 'the story lost its last paragraph');
});

test('"X said he ..." refers to X, not back to the story, when the story never spoke of X', async () => {
  // USDA's durum wheat bonuses, then Ormand Industries' lead and "Argentina's chief debt
  // negotiator said he was confident ...": the "he" is the negotiator.
  const { story, leads, text } = await gluedReutersPage(17167, [9078, 348]);
  assert.ok(!leads.some((lead) => text.includes(lead)), `a lead stayed: ${text.join(' | ')}`);
  assert.ok(text.includes(story.paragraphs.at(-1)!), 'the story lost its last paragraph');
});

test('a lead naming a new subject with "The" is no reference back to the story', async () => {
  // The SEC's sanction of Main Hurdman, then "The National Development Finance Corp of Pakistan
  // has raised ...": "national" is in the story, but as a word of a name it refers to nothing
  // the story told, and the lead counted as a definite reference back.
  const { story, leads, text } = await gluedReutersPage(9442, [13484, 6664]);
  assert.ok(!leads.some((lead) => text.includes(lead)), `a lead stayed: ${text.join(' | ')}`);
  assert.ok(text.includes(story.paragraphs.at(-1)!), 'the story lost its last paragraph');
});

test('a paragraph just before another story\'s opening goes with it when it reads as a lead; "The corporation" stays', async () => {
  // Electronic Mail Corp's story ends "The corporation will require additional funding ...";
  // a British Airways lead follows, then Thermascan's, whose story the archive holds. The
  // British Airways lead, foreign on its own by less than a run needs, stayed; past it the
  // story had certainly ended.
  const { story, leads, text } = await gluedReutersPage(7778, [17721, 21069], [21069]);
  assert.ok(!leads.some((lead) => text.includes(lead)), `a lead stayed: ${text.join(' | ')}`);
  assert.ok(text.includes(story.paragraphs.at(-1)!), 'the story lost "The corporation ..."');
});

test("a results line after a table's closing notes starts another company's results", async () => {
  // International Power Machines' results table closes with "Note: ..." and "Full name is
  // ..."; another company's rows follow ("Shr loss six cts vs profit two cts Net loss ..."),
  // then the Philadelphia Stock Exchange's lead. The table's words are every results story's.
  const { story, leads, text } = await gluedReutersPage(16016, [10879, 10734], [16016]);
  assert.ok(!leads.some((lead) => text.includes(lead)), `a lead stayed: ${text.join(' | ')}`);
  assert.ok(text.includes(story.paragraphs.at(-1)!), 'the table lost its closing note');
});

test("a news round-up's items, each under its dateline, are its own; leads glued after it are not", async () => {
  // Reuters' money news highlights: "WELLINGTON - New Zealand's budget deficit widened ...",
  // "TOKYO - Central Bank Governor Satoshi Sumita said he would ...". Each item tells another
  // subject, and in the 3,000-article scale bench a cut-off copy of this round-up lost its last
  // two items to fragments once "X said he" with an X the story never named stopped proving
  // the story's own; in this small archive the words alone keep them.
  const { story, leads, text } = await gluedReutersPage(13322, [12995, 9078]);
  assert.ok(!leads.some((lead) => text.includes(lead)), `a lead stayed: ${text.join(' | ')}`);
  for (const paragraph of story.paragraphs)
    assert.ok(text.includes(paragraph), `the round-up lost "${paragraph.slice(0, 40)}"`);
});

test("a copy whose first paragraph is not about its headline is no story's opening: the story after that line stays", () => {
  // Two files of the 100,000-article bench's input (npm run bench: Reuters-21578 stories as
  // sites print them). Normalize left the Pueblo results story's first line out, so it opens on
  // a line the generator puts into many stories, "A spokeswoman declined to comment on a report
  // in ...", which shares no word with its headline. The soybean story carries that line before
  // its last three paragraphs, which were taken as following another story's opening.
  const docs = docsFrom([
    [
      'site-01/0477.txt',
      'Friday, April 17, 1987 - Page 4 Sports List\n\nTAIWAN LIKELY TO BUY MORE U.S. SOYBEANS\n\nECONOMY A 50 pct cut in the import tariff for soybeans should help boost 1987 U.S. Soybean exports to Taiwan, a spokesman for the joint committee of soybean importers told Reuters\n\nHe said the cut to 3.5 from seven pct was approved by the cabinet yesterday and would go into effect within a week.\n\nThe cut will encourage local importers to increase 1987 soybean imports to 1.9 mln tonnes from 1.74 mln last year, he said. The previous target for 1987 was 1.81 tonnes.\n\nA spokeswoman declined to comment on a report in the Eastern Bulletin.\n\nTaiwan im-ports more than 90 pct of its soybeans from the U.S. And the rest from South America.\n\nThe spokesman said the increase in imports from the U.S. Is in line with government efforts to reduce Taiwan\'s trade surplus with Washington, which rose to 3.61 billion U.S. Dlrs in the first quarter of 1987 from 2.78 billion a year ago.\n\n"The tariff cut is very helpful for American suppliers (who want) to boost their exports to Taiwan," Steve Chen, country director of the American Soybean Association, told Reuters.\n\nThis story has been viewed 27218 times.\n\nReaders\' comments are subject to our moderation policy.\n\nBack to top\n',
    ],
    [
      'site-08/1330.md',
      '---\ntitle: "PUEBLO INTERNATIONAL INC <PII> 4TH QTR JAN 31"\ndate: 1987-03-17\n---\n\nNEW YORK, March 17 - Shr 56 cts vs 46 cts\n\nA spokeswoman declined to comment on a report in the Valley Reporter.\n\nNet 2,005,000 vs 1,685,000\n\nSales 189.8 mln vs 156.0 mln\n\nAvg shrs 3,603,000 vs 3,614,000\n\nYear\n\nShr 1.88 dlrs vs 1.77 dlrs\n\nNet 6,774,000 vs 6,587,000\n\nSales 692.1 mln vs 596.8 mln\n\nAvg shrs 3,604,000 vs 3,713,000\n\nNOTE: Net includes tax credits of 250,000 dlrs vs 162,000 dlrs in quarter and 610,000 dlrs vs 1,288,000 dlrs in year.\n\nThirteen vs 12 and 53 vs 52-week periods.\n\nLatest year net includes gain 418,000 dlrs for first nine months from change in pension accounting, for which results of first three periods restated.\n',
    ],
  ]);
  const { articles } = dedup(docs);
  const soybeans = articles.find((a) => a.sources.some((s) => s.path === 'site-01/0477.txt'))!;
  const text = soybeans.blocks.map((b) => b.text).join('\n');
  assert.match(text, /Taiwan imports more than 90 pct of its soybeans/);
  assert.match(text, /Steve Chen, country director of the American Soybean Association/);
  assert.ok(!articles.some((a) => a.fragment && /soybean/i.test(a.blocks[0]?.text ?? '')));
});

test('match keys of Latin text with typographic punctuation are those of the NFKC path', () => {
  // The reference: NFKC, lower case, every run of other than letters and digits one space.
  const nfkcKey = (text: string) =>
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  // A paragraph of a saved Polish page (Rzeczpospolita, 2019), dashes and quotes as printed.
  const polish =
    '– Porozumienie będzie stawiać na rozwiązania możliwie prosamorządowe – deklaruje tymczasem w rozmowie z „Rzeczpospolitą” wicepremier Jarosław Gowin.';
  assert.equal(matchKey(polish), nfkcKey(polish));
  assert.equal(matchKey('Ǆ ½ ª ĳ ſ İstanbul ™'), nfkcKey('Ǆ ½ ª ĳ ſ İstanbul ™'));
  // Every pair of characters of Latin-1, Latin Extended-A and the punctuation blocks, between
  // letters: NFKC turns some into letters or digits (ª, ½, ĳ), some into punctuation (…).
  const chars: string[] = [];
  for (let c = 0x80; c < 0x180; c++) chars.push(String.fromCharCode(c));
  for (let c = 0x2000; c < 0x20b0; c++) chars.push(String.fromCharCode(c));
  const differ: string[] = [];
  for (const a of chars) {
    for (const b of chars) {
      const text = `x${a}${b}Y`;
      if (matchKey(text) !== nfkcKey(text)) differ.push(text);
    }
  }
  assert.deepEqual(differ, []);
});

test("a long page's copies merge paragraph by paragraph: one word changed is the same paragraph, a new one is added once", () => {
  const [title = '', ...lines] = readFileSync(bbcFile('tech', 9), 'latin1').split('\n');
  const body = lines.map((l) => l.trim()).filter(Boolean);
  // The other capture: one content word of each paragraph changed (an edit, a typo fixed), and
  // a paragraph of another story added after the fifth. (A line of a few words with one changed
  // is another line.)
  const edited = body.map((p, k) => {
    const word = [...p.matchAll(/\b[a-z]{7,}\b/g)].at(-1)?.[0];
    return word && p.split(' ').length >= 25 ? p.replace(word, `altered${k}`) : p;
  });
  const added = readFileSync(bbcFile('politics', 1), 'latin1')
    .split('\n')
    .map((l) => l.trim())
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  edited.splice(5, 0, added);
  const alone = dedup(docsFrom([['a.txt', storyFile(title, body)]])).articles[0]!;
  const { articles } = dedup(
    docsFrom([
      ['a.txt', storyFile(title, body)],
      ['b.txt', storyFile(title, edited)],
    ]),
  );
  assert.equal(articles.length, 1);
  const texts = articles[0]!.blocks.map((b) => b.text);
  assert.equal(texts.filter((t) => t === added).length, 1);
  assert.equal(texts.length, alone.blocks.length + 1);
  // Each paragraph once, in one version or the other.
  const starts = texts.map((t) => t.slice(0, 40));
  assert.equal(new Set(starts).size, starts.length);
});

test("a capture with a line the other lacks merges without losing or repeating the page's text", () => {
  // Two captures of a page written a sentence a line: the later one has a correction after the
  // first sentence and lost its last three. Every paragraph after the inserted line used to be
  // merged into the one before it (positions counted before the insertion): 28 of the page's
  // 93 sentences were lost unrecorded, 29 printed twice, and the correction dropped.
  const [title = '', ...lines] = readFileSync(bbcFile('tech', 9), 'latin1').split('\n');
  const page = lines.flatMap((l) => sentences(l.trim())).filter(Boolean);
  const correction =
    'Update: the magazine has since published a second list, of software, headed by the spreadsheet.';
  const later = [page[0]!, correction, ...page.slice(1, -3)];
  const { articles } = dedup(
    docsFrom([
      ['first.html', storyFile(title, page)],
      ['later.html', storyFile(title, later)],
    ]),
  );
  assert.equal(articles.length, 1);
  const texts = articles[0]!.blocks.map((b) => b.text);
  // (The title line comes first when it is not taken for the headline.)
  assert.deepEqual(texts.slice(texts.indexOf(page[0]!)), [page[0], correction, ...page.slice(1)]);
});

test('thirty captures of a long page, each missing a run of sentences, others cut off or retouched, merge into each sentence once, in order', () => {
  // A round-up printed a sentence a paragraph: three BBC stories' 186 sentences, so that each
  // capture's sentences are looked up in a list of 186 paragraphs.
  const story = (desk: string, n: number) =>
    readFileSync(bbcFile(desk, n), 'latin1')
      .split('\n')
      .slice(1)
      .flatMap((l) => sentences(l.trim()))
      .filter((s) => s.length > 0);
  const page = [...story('tech', 9), ...story('sport', 68), ...story('sport', 34)];
  assert.ok(page.length > 150);
  const cut = (s: string) =>
    s
      .split(' ')
      .slice(0, Math.ceil(s.split(' ').length / 2))
      .join(' ');
  const retouched = (s: string) => {
    const word = /\b[a-z]{5,}\b/.exec(s)?.[0];
    return word ? s.replace(word, [...word].reverse().join('')) : s;
  };
  const long = (s: string) => s.split(' ').length >= 20;
  // Capture k lacks six sentences from 6k on (not captured yet, or cut by the scraper); of the
  // sentence after them and of a tenth of the others, it has the first half (the text when
  // captured) or its first word of five letters or more turned round (a typo fixed), so each is found past those it lacks.
  const capture = (k: number) =>
    page.flatMap((s, i) => {
      if (i >= 6 * k && i < 6 * k + 6) return [];
      const changed = i === 6 * k + 6 || i % 10 === k % 10;
      if (!changed || !long(s)) return [s];
      return [k % 2 ? cut(s) : retouched(s)];
    });
  const doc = (k: number, paragraphs: string[]) =>
    normalizedDoc(`capture-${String(k).padStart(2, '0')}.html`, paragraphs, {
      sha256: String(k).padStart(64, '0'),
      title: "Apple laptop is 'greatest gadget'",
    });
  const docs = [doc(0, page), ...Array.from({ length: 29 }, (_, k) => doc(k + 1, capture(k + 1)))];
  const { articles } = dedup(docs);
  assert.equal(articles.length, 1);
  assert.equal(articles[0]!.sources.length, 30);
  // Each sentence once, whole, in the page's order; no capture's version added beside it.
  assert.deepEqual(
    articles[0]!.blocks.map((b) => b.text),
    page,
  );
});

test('a separator with no word between glued leads becomes no article of its own, and stays in the removal record', async () => {
  // "* * *" between two other stories' leads under a results table: the leads become fragments;
  // the separator, with no word to show or search by, is no article (Pagefind indexes no page
  // without a word, and the build checks every article is indexed) but stays recorded.
  const { leads, files } = await gluedCopy(65, [112, 90], ([first, second]) => [
    first!,
    '* * *',
    second!,
  ]);
  const context = corpusProfile(files);
  const { articles, spillover } = dedup(files.map((f) => normalize(f, context)));
  const fromPage = articles.filter((a) => a.sources.some((s) => s.path === 'page.txt'));
  for (const lead of leads)
    assert.ok(
      fromPage.some((a) => a.fragment && a.blocks[0]?.text === lead),
      lead,
    );
  for (const article of fromPage)
    assert.ok(
      article.blocks.some((b) => /\p{L}/u.test(b.text)),
      'an article with no word',
    );
  assert.ok(spillover.some((s) => s.path === 'page.txt' && /^[*\s]+$/.test(s.text)));
});

// nh24.de's "Mitarbeiter fordern Bundeswehr-Aufträge für deutsche Unternehmen" (trafilatura's
// pages, 2023-11-06): until stop 63 the saved page's extraction found no body, and its w3m dump
// holds the story. Shared headline, no shared text.
const NH24_TITLE = 'Mitarbeiter fordern Bundeswehr-Aufträge für deutsche Unternehmen';
const NH24_STORY = [
  'CALDEN. In Sorge um ihre Arbeitsplätze demonstrierten am Montag etwa 500 Mitarbeiter von Airbus Helicopters Technik und Airbus Helicopters Deutschland in Calden vor dem Werkstor unter dem Motto „Für unsere Sicherheit“.',
  'Die Befürchtung der Beschäftigten resultiert aus der vermehrten Beschaffung von Flugzeugen und Hubschraubern für die Bundeswehr aus US-Produktion, ohne dass Produktionsanteile, Wartung oder Weiterentwicklung an deutschen Standorten berücksichtigt werden.',
  'Die IG Metall Nordhessen rief zu dieser Kundgebung auf und kritisierte die aktuelle Vergabepolitik der Bundesregierung.',
];
const NH24_DAY = { value: '2023-11-06', precision: 'day' as const, from: 'test' };

test('an empty saved page and the dump holding its story build as one article carrying the story', () => {
  const page = normalizedDoc('pages/nh24.html', [], {
    format: 'html',
    title: NH24_TITLE,
    date: NH24_DAY,
    lang: 'de',
  });
  const dump = normalizedDoc('w3m/nh24.txt', NH24_STORY, {
    title: NH24_TITLE,
    date: NH24_DAY,
    lang: 'de',
  });
  const { articles } = dedup([page, dump]);
  assert.equal(articles.length, 1);
  const [article] = articles as [Article];
  assert.deepEqual(
    article.blocks.map((b) => b.text),
    NH24_STORY,
  );
  assert.deepEqual(article.sources.map((s) => [s.path, s.role]).sort(), [
    ['pages/nh24.html', 'duplicate'],
    ['w3m/nh24.txt', 'canonical'],
  ]);
});

test('an empty saved page stays apart from a dump of another day under its headline, and from a one-word headline', () => {
  const page = normalizedDoc('pages/nh24.html', [], {
    format: 'html',
    title: NH24_TITLE,
    date: NH24_DAY,
  });
  const later = normalizedDoc('w3m/nh24.txt', NH24_STORY, {
    title: NH24_TITLE,
    date: { ...NH24_DAY, value: '2023-11-09' },
  });
  assert.equal(dedup([page, later]).articles.length, 2);
  const home = (doc: NormalizedDoc) => ({ ...doc, title: 'Startseite' });
  const dump = { ...later, date: NH24_DAY };
  assert.equal(dedup([home(page), home(dump)]).articles.length, 2);
});

// A saved page of nh24.de's story and a dump of it whose body is another part of the page: the
// readers' comments, which name the story's subject (so the dump is not storyless by its words)
// and share no sentence with it (1337kultur.de's lynx dump, stop 64).
const NH24_COMMENTS = [
  'Harm sagt: Vielen Dank für den Bericht über die Kundgebung in Kassel, endlich schreibt jemand über die Bundeswehr-Aufträge.',
  'Anna sagt: Die IG Metall hat recht, aber wer soll die Hubschrauber denn sonst bauen? Antworten',
];

test('a dump whose body shares no text with its page joins it under one headline on the same day, and stays apart 3 days later', () => {
  const page = normalizedDoc('pages/nh24.html', NH24_STORY, {
    format: 'html',
    title: NH24_TITLE,
    date: NH24_DAY,
    lang: 'de',
  });
  const comments = normalizedDoc('lynx/nh24.txt', NH24_COMMENTS, {
    title: NH24_TITLE,
    date: NH24_DAY,
    lang: null,
  });
  const { articles, spillover } = dedup([page, comments]);
  assert.equal(articles.length, 1);
  const [article] = articles as [Article];
  assert.deepEqual(
    article.blocks.map((b) => b.text),
    NH24_STORY,
  );
  assert.deepEqual(
    spillover.filter((s) => s.path === 'lynx/nh24.txt').map((s) => s.text),
    NH24_COMMENTS,
  );
  const later = { ...comments, date: { ...NH24_DAY, value: '2023-11-09' } };
  assert.equal(dedup([page, later]).articles.length, 2);
});

// bmz.de's "Schulze: Deutschland steht fest an der Seite des Welternährungsprogramms..." (trafilatura's
// pages, 2022-01-25): the saved page's headline carries soft hyphens (U+00AD) where a browser may
// break "Deutsch­land" and "Welt­ernährungs­programms", which its w3m dump drops. The two share the
// story and each has its own chrome around it (stop 65).
const BMZ_TITLE =
  'Schulze: Deutschland steht fest an der Seite des Welternährungsprogramms im Einsatz gegen Hunger in der Welt';
const BMZ_STORY = [
  'Ministerin Schulze: "Die Bekämpfung des Hungers in der Welt ist für mich eine Priorität. Über 810 Millionen Menschen leiden weltweit unter chronischem Hunger. Über 280 Millionen sind von akutem Hunger betroffen oder bedroht."',
  'David Beasley, Exekutivdirektor des UN-Welternährungsprogramms: "Nur wenn wir den Hunger besiegen, können wir eine friedlichere und stabilere Welt schaffen. Das bedeutet, dass wir Hunger an der Wurzel bekämpfen und gefährdete Menschen vorbereiten müssen, Krisen überstehen zu können."',
];
const BMZ_DAY = { value: '2022-01-25', precision: 'day' as const, from: 'test' };

test('a saved page whose headline holds soft hyphens joins its dump under the headline without them', () => {
  const page = normalizedDoc(
    'pages/bmz.html',
    [
      ...BMZ_STORY,
      'Bundesentwicklungsministerin Svenja Schulze beim Treffen mit David Beasley, Exekutivdirektor des UN-Welternährungsprogramms (WFP), im BMZ in Berlin',
      'Mehr zum Thema: Ernährung sichern, Hunger beenden, die Sahel-Resilienz-Initiative und weitere Pressemitteilungen des Ministeriums aus dem Januar 2022',
      'Diese Seite teilen: per E-Mail versenden, auf Twitter teilen, auf Facebook teilen, drucken, als PDF herunterladen oder den Link kopieren',
    ],
    {
      format: 'html',
      title: BMZ_TITLE.replace('Deutschland', 'Deutsch\u00adland').replace(
        'Welternährungsprogramms',
        'Welt\u00adernährungs\u00adprogramms',
      ),
      date: BMZ_DAY,
      lang: 'de',
    },
  );
  const dump = normalizedDoc(
    'w3m/bmz.txt',
    [
      ...BMZ_STORY,
      'Zum vorherigen Slide wechseln Zum nächsten Slide wechseln Vollbildansicht öffnen Vollbildansicht schließen',
      'Ein Service des Bundesministeriums für wirtschaftliche Zusammenarbeit und Entwicklung: Impressum, Datenschutz, Barrierefreiheit, Kontakt und Gebärdensprache',
    ],
    { title: BMZ_TITLE, date: BMZ_DAY, lang: 'de' },
  );
  const { articles } = dedup([page, dump]);
  assert.equal(articles.length, 1);
  assert.deepEqual(articles[0]?.sources.map((s) => s.path).sort(), [
    'pages/bmz.html',
    'w3m/bmz.txt',
  ]);
});

// Another story's dump that prints nh24.de's headline in its teaser list, with the teaser's
// sentence, and nh24.de's page with its picture captions, which its dumps lack (stop 65).
const OTHER_STORY = [
  'KASSEL. Die Stadt Kassel hat am Dienstag den Haushalt für das kommende Jahr vorgestellt, der Investitionen in Schulen, Straßen und den Nahverkehr in Höhe von 120 Millionen Euro vorsieht.',
  'Der Kämmerer betonte, dass die Stadt trotz steigender Zinsen ohne neue Schulden auskommen wolle, und warb im Stadtparlament um Zustimmung der Fraktionen.',
  'Die Opposition kritisierte die geplanten Kürzungen bei den Zuschüssen für Vereine und kündigte eigene Änderungsanträge für die Sitzung im Dezember an.',
  'Weitere Nachrichten aus Nordhessen',
  NH24_TITLE,
  (NH24_STORY[0] as string).slice(0, 120),
];
const NH24_CAPTIONS = [
  'Bild: Etwa 500 Beschäftigte von Airbus Helicopters versammelten sich am Montagmorgen vor dem Werkstor in Calden und hielten Transparente und Fahnen der IG Metall in die Höhe.',
  'Bild: Der Betriebsratsvorsitzende sprach vor den Mitarbeitern über die Sorge um Arbeitsplätze bei Wartung und Weiterentwicklung der Hubschrauber am Standort Nordhessen.',
  'Bild: Auch Vertreter der Stadt Calden und des Landkreises Kassel waren zur Kundgebung gekommen und sprachen den Beschäftigten ihre Unterstützung aus.',
];

test('a dump printing its page’s headline joins it under another headline; a teaser list, a dump without the line, or of 3 days later does not', () => {
  const page = normalizedDoc('pages/nh24.html', [...NH24_STORY, ...NH24_CAPTIONS], {
    format: 'html',
    title: NH24_TITLE,
    date: NH24_DAY,
    lang: 'de',
  });
  // Articles holding both as copies of their story (a teaser glued on is a fragment's source).
  const together = (docs: NormalizedDoc[]) =>
    dedup(docs).articles.filter((a) => a.sources.filter((s) => s.role !== 'fragment').length > 1)
      .length;
  const other = normalizedDoc('w3m/kassel.txt', OTHER_STORY, {
    title: 'Stadt Kassel stellt Haushalt vor',
    date: NH24_DAY,
    lang: 'de',
  });
  assert.equal(together([page, other]), 0);
  // The page's dump under its front end's headline: it shares the story, under 0.8 of the page.
  const dump = normalizedDoc('w3m/nh24.txt', [...NH24_COMMENTS, NH24_TITLE, ...NH24_STORY], {
    title: 'Weitere Nachrichten aus Nordhessen',
    date: NH24_DAY,
    lang: 'de',
  });
  assert.equal(together([page, dump]), 1);
  const unprinted = { ...dump, blocks: dump.blocks.filter((b) => b.text !== NH24_TITLE) };
  assert.equal(together([page, unprinted]), 0);
  const later = { ...dump, date: { ...NH24_DAY, value: '2023-11-09' } };
  assert.equal(together([page, later]), 0);
});
