// Dates, chrome and print-break rules, on lines taken from real scraped pages.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REMOVAL_WORDING } from '../../src/extract/labels.ts';
import { chromeLabel, chromeReason } from '../../src/normalize/chrome.ts';
import { sentences, wordCount } from '../../src/text.ts';
import { findDate, findDateSpan } from '../../src/normalize/dates.ts';
import { joinPrintBreaks } from '../../src/normalize/hyphenation.ts';
import { blocksToMarkdown, renderMarkdown } from '../../src/stages/write.ts';

test('publication dates in the formats news sites print', () => {
  const cases: [string, string | null][] = [
    ['Fri, Dec 10, 2004 - Page 5 News List', '2004-12-10'],
    ['10 December 2004', '2004-12-10'],
    ['2004-12-10', '2004-12-10'],
    ['Published: 17 May 2016 14:02 BST', '2016-05-17'],
    ['May 17, 2016 | 10:15 AM', '2016-05-17'],
    ['26-FEB-1987 15:01:01.79', '1987-02-26'],
    ['a source told Daily NK on August 22.', null],
    ['Tuesday', null],
    ['February 30, 2004', null],
  ];
  for (const [line, expected] of cases) assert.equal(findDate(line)?.value ?? null, expected, line);
  assert.deepEqual(findDate('December 2004', true), {
    value: '2004-12',
    precision: 'month',
    from: 'December 2004',
  });
});

test('site chrome is recognized by kind; story sentences are not', () => {
  const chrome = [
    'Home > National > Politics',
    'print dictionary print',
    'This story has been viewed 3581 times.',
    'Comments will be moderated. Remarks containing abusive and obscene language will be removed.',
    'TOP top',
    'Back to top',
    'Print Friendly, PDF & Email',
    'Share on Facebook | Tweet | Email',
    'The post Some headline appeared first on Example News.',
    '© 2016 Example Media Ltd. All rights reserved.',
  ];
  for (const line of chrome) assert.ok(chromeReason(line), line);
  const story = [
    'The Chinese government had no comment on the latest revelations.',
    'Shares fell 5 pct to 12 dlrs.',
    'He declined to comment, citing the ministry policy on leaks.',
    'Top of the league',
    'Reproducing brand-new animosities?',
  ];
  for (const line of story) assert.equal(chromeReason(line), null, line);
});

test('the removal record tells every kind of removal apart, in the words of its label', () => {
  // A reader of report.json or archive.json sees only the wording: two labels worded alike
  // would be one kind of removal to them.
  const wordings = Object.values(REMOVAL_WORDING);
  assert.equal(new Set(wordings).size, wordings.length);
  const label = chromeLabel('Print Friendly, PDF & Email');
  assert.equal(label, 'widget');
  assert.equal(chromeReason('Print Friendly, PDF & Email'), 'sharing or navigation widget');
});

test('print-layout breaks are joined, real hyphens and Korean given names kept', () => {
  const corpus = new Map<string, number>([['koreans', 3]]);
  const text =
    'North Ko-reans said the struc-tured Bei-jing talks with Kim Il-sung, Oh Se-wook and a ' +
    'Seoul-based defector-turned-journalist were high-level and long-standing, re-investigating it.';
  assert.equal(
    joinPrintBreaks(text, corpus),
    'North Koreans said the structured Beijing talks with Kim Il-sung, Oh Se-wook and a ' +
      'Seoul-based defector-turned-journalist were high-level and long-standing, re-investigating it.',
  );
});

test('print breaks are found wherever a word runs into a hyphen, and nowhere else', () => {
  // joinPrintBreaks looks for chains from each hyphen, not over the whole paragraph: a chain
  // after a spaced or dangling hyphen, a soft hyphen, letters outside the BMP and a chain of
  // three words are read as the paragraph-wide pattern read them.
  const corpus = new Map<string, number>([['koreans', 3]]);
  const cases: [string, string][] = [
    [
      'the pro- and anti-war camps, a COVID-19 test and a 2019-20 season',
      'the pro- and anti-war camps, a COVID-19 test and a 2019-20 season',
    ],
    [
      'Ko\u00ADreans - not a chain -- nor this-, but well-known and x-ray',
      'Koreans - not a chain -- nor this-, but well-known and x-ray',
    ],
    ['𝐀𝐁-cd and Ko-reans after a dangling-', '𝐀𝐁-cd and Koreans after a dangling-'],
    ['state-of-the-art in Bei- jing', 'state-of-the-art in Beijing'],
  ];
  for (const [text, expected] of cases) assert.equal(joinPrintBreaks(text, corpus), expected);
});

test('a date read again in the same document is the same date, whatever the first caller did', () => {
  const line = 'Published: 17 May 2016 14:02 BST';
  const first = findDateSpan(line);
  assert.ok(first);
  first.value = 'changed';
  assert.deepEqual(findDateSpan(line), {
    value: '2016-05-17',
    precision: 'day',
    span: '17 May 2016',
  });
});

test('Markdown syntax in article text stays text, and HTML in it never becomes markup', () => {
  const blocks = [
    {
      kind: 'paragraph' as const,
      text: '# Not a heading *not emphasis* [link](javascript:alert(1))',
    },
    {
      kind: 'paragraph' as const,
      text: '<script>alert(1)</script> <img src=x onerror=alert(1)> 1. not a list',
    },
  ];
  const html = renderMarkdown(blocksToMarkdown(blocks));
  assert.doesNotMatch(html, /<script|<img|<a |<em>|<h1>|<ol>/);
  assert.match(html, /# Not a heading \*not emphasis\* \[link\]\(javascript:alert\(1\)\)/);
  assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>/);
});

test('words are counted alike on the fast path and on Chinese and Japanese text', () => {
  // wordCount skips the script lookup for text without a code unit from U+2E80 up; no Han or
  // kana character lies below it, or such text would be miscounted.
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  for (let c = 0; c < 0x2e80; c++) assert.ok(!cjk.test(String.fromCharCode(c)), c.toString(16));
  const cases: [string, number][] = [
    ['  Deep fake phishing\tis still   rare, L ', 7],
    ['Hasn’t — a\u00a0no-break\u2009thin space', 6],
    ['北京时间 news 2019', 6],
    ['東京\u3000タワー', 5], // 'ー' is of no script: it stays with the kana before it
    ['', 0],
  ];
  for (const [line, expected] of cases) assert.equal(wordCount(line), expected, line);
});

test('a sentence runs on past initials and titles, and ends at a full stop before a capital', () => {
  // Reuters-21578 (test/corpora/reuters21578/reut2-014.sgm and reut2-021.sgm), joined as the
  // normalizer joins a story's wrapped lines.
  const story =
    'The New York Futures Exchange will move its trading operations to the floor of the New ' +
    "York Cotton Exchange, NYFE president Lewis J. Horowitz and Cotton Exchange president Joseph O'Neill " +
    'announced. NYFE will become an affiliate of the Cotton Exchange.';
  assert.deepEqual(sentences(story).length, 2);
  assert.match(sentences(story)[0] ?? '', /Horowitz and Cotton Exchange president .* announced\.$/);
  const quote =
    'Khamenei denied that the platforms had military gear and said the U.S. Attack lacked ' +
    'miltary value. "With this move Mr. Reagan has committed a big mistake."';
  assert.deepEqual(sentences(quote), [
    'Khamenei denied that the platforms had military gear and said the U.S. Attack lacked miltary value.',
    '"With this move Mr. Reagan has committed a big mistake."',
  ]);
});

test('timestamp and widget lines read token by token, astral letters by the patterns', () => {
  // isTimestamp and isWidget read their tokens a code unit at a time (chrome.ts nextToken), a
  // text with a surrogate by the patterns: the same labels either way (stop 43, sp43a).
  const cases: [string, string | null][] = [
    ['Updated Monday 10:24 AM', 'timestamp'],
    ['Posted Aug 22', 'timestamp'],
    ['10:24 a.m. GMT', 'timestamp'],
    ['Updated 10:24 𝐀', null],
    ['Print Friendly, PDF & Email', 'widget'],
    ['share-on-facebook | tweet', 'widget'],
    ['Share | Tweet 𝐀', 'widget'],
    ['Updated Monday 10:24 AM 🕙', 'timestamp'],
    ['The end of an era', null],
  ];
  for (const [line, label] of cases) assert.equal(chromeLabel(line), label, line);
});
