// The figures `bench:extract:html --news` prints: each figure over all pages and over the news
// pages only (bench/extract/news.ts decides which from each page's own HTML), ours and, where
// the peer runs, Mozilla Readability's, in one table. The held-out set of issue 22 is news
// pages; the development corpora mix them with blogs, shops and documentation.

import type { HtmlReport } from './html-pages.ts';
import type { PeerReport } from './peer.ts';

type Row = [string, ...string[]];

const f = (x: number) => x.toFixed(3);
const of = (right: number, pages: number) => `${right}/${pages}`;

/** Each figure's label and how it reads a report, ours or the peer's, whichever pages it scored. */
const FIGURES: [label: string, read: (x: HtmlReport | PeerReport) => string][] = [
  ['Readability pages', (x) => `${x.readability.pages}`],
  ['  body F1', (x) => f(x.readability.f1)],
  ['  body P', (x) => f(x.readability.precision)],
  ['  body R', (x) => f(x.readability.recall)],
  ['  empty', (x) => `${x.readability.empty}`],
  ['  headline as declared', ({ readability: { headline: h } }) => of(h.right, h.pages)],
  [
    '  headline as judged',
    ({ readability: { judged: j } }) => of(j.headline.right, j.headline.pages),
  ],
  ['  byline as declared', ({ readability: { byline: b } }) => of(b.right, b.pages)],
  ['  byline as judged', ({ readability: { judged: j } }) => of(j.byline.right, j.byline.pages)],
  ['  date found', ({ readability: { date: d } }) => of(d.found, d.declared)],
  ['  date wrong', (x) => `${x.readability.date.wrong}`],
  ['trafilatura pages', (x) => `${x.trafilatura.pages}`],
  ['  snippet P', (x) => f(x.trafilatura.extracted.precision)],
  ['  snippet R', (x) => f(x.trafilatura.extracted.recall)],
  ['  snippet F1', (x) => f(x.trafilatura.extracted.f1)],
  ['  empty', (x) => `${x.trafilatura.empty}`],
  [
    '  headline as declared',
    ({ trafilatura: { declared: d } }) => of(d.headline.right, d.headline.pages),
  ],
  [
    '  headline as judged',
    ({ trafilatura: { declared: d } }) => of(d.headline.rightJudged, d.headline.pages),
  ],
  [
    '  byline as declared',
    ({ trafilatura: { declared: d } }) => of(d.byline.right, d.byline.pages),
  ],
  [
    '  byline as judged',
    ({ trafilatura: { declared: d } }) => of(d.bylineJudged.right, d.bylineJudged.pages),
  ],
  ['  date found', ({ trafilatura: { declared: d } }) => of(d.date.found, d.date.declared)],
  ['  date wrong as declared', (x) => `${x.trafilatura.declared.date.wrong}`],
  ['  date wrong as judged', (x) => `${x.trafilatura.declared.date.wrongJudged}`],
];

/** The table's lines: a figure a row; ours all | ours news [| peer all | peer news]. */
export function newsTable(
  ours: { all: HtmlReport; news: HtmlReport },
  peer?: { all: PeerReport; news: PeerReport },
): string[] {
  const reports: (HtmlReport | PeerReport)[] = [ours.all, ours.news];
  const heads = ['ours all', 'ours news'];
  if (peer) {
    reports.push(peer.all, peer.news);
    heads.push('Readability all', 'Readability news');
  }
  const rows: Row[] = [
    ['', ...heads],
    ...FIGURES.map(([label, read]): Row => [label, ...reports.map(read)]),
  ];
  const widths = heads.map((_, c) => Math.max(...rows.map((r) => (r[c + 1] ?? '').length)));
  const w0 = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([label, ...cells]) =>
    [label.padEnd(w0), ...cells.map((x, c) => x.padStart(widths[c] ?? 0))].join('  '),
  );
}
