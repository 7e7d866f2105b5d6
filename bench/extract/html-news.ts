// The figures `bench:extract:html --news` prints: each figure over all pages and over the news
// pages only (bench/extract/news.ts decides which from each page's own HTML), ours and, where
// the peer runs, Mozilla Readability's, in one table. The held-out set of issue 22 is news
// pages; the development corpora mix them with blogs, shops and documentation.

import type { HtmlReport } from './html-pages.ts';
import type { PeerReport } from './peer.ts';

type Row = [string, ...string[]];

const f = (x: number) => x.toFixed(3);
const of = (right: number, pages: number) => `${right}/${pages}`;

/** One report's column: the same figures, ours or the peer's, whichever pages it was scored on. */
function column(x: HtmlReport | PeerReport): string[] {
  const r = x.readability;
  const t = x.trafilatura;
  const e = t.extracted;
  const td = t.declared;
  return [
    `${r.pages}`,
    f(r.f1),
    f(r.precision),
    f(r.recall),
    `${r.empty}`,
    of(r.headline.right, r.headline.pages),
    of(r.judged.headline.right, r.judged.headline.pages),
    of(r.byline.right, r.byline.pages),
    of(r.judged.byline.right, r.judged.byline.pages),
    of(r.date.found, r.date.declared),
    `${r.date.wrong}`,
    `${t.pages}`,
    f(e.precision),
    f(e.recall),
    f(e.f1),
    `${t.empty}`,
    of(td.headline.right, td.headline.pages),
    of(td.headline.rightJudged, td.headline.pages),
    of(td.byline.right, td.byline.pages),
    of(td.bylineJudged.right, td.bylineJudged.pages),
    of(td.date.found, td.date.declared),
    `${td.date.wrong}`,
    `${td.date.wrongJudged}`,
  ];
}

const LABELS = [
  'Readability pages',
  '  body F1',
  '  body P',
  '  body R',
  '  empty',
  '  headline as declared',
  '  headline as judged',
  '  byline as declared',
  '  byline as judged',
  '  date found',
  '  date wrong',
  'trafilatura pages',
  '  snippet P',
  '  snippet R',
  '  snippet F1',
  '  empty',
  '  headline as declared',
  '  headline as judged',
  '  byline as declared',
  '  byline as judged',
  '  date found',
  '  date wrong as declared',
  '  date wrong as judged',
];

/** The table's lines: a figure a row; ours all | ours news [| peer all | peer news]. */
export function newsTable(
  ours: { all: HtmlReport; news: HtmlReport },
  peer?: { all: PeerReport; news: PeerReport },
): string[] {
  const columns = [column(ours.all), column(ours.news)];
  const heads = ['ours all', 'ours news'];
  if (peer) {
    columns.push(column(peer.all), column(peer.news));
    heads.push('Readability all', 'Readability news');
  }
  const rows: Row[] = [
    ['', ...heads],
    ...LABELS.map((l, i): Row => [l, ...columns.map((c) => c[i] ?? '')]),
  ];
  const widths = heads.map((_, c) => Math.max(...rows.map((r) => (r[c + 1] ?? '').length)));
  const w0 = Math.max(...rows.map((r) => r[0].length));
  return rows.map(([label, ...cells]) =>
    [label.padEnd(w0), ...cells.map((x, c) => x.padStart(widths[c] ?? 0))].join('  '),
  );
}
