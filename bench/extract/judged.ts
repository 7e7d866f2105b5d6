// Headlines and bylines scored against Readability's references as judged page by page
// (readability-judged.json): where Readability's expected title keeps the site's or the author's
// name, or its byline is a date, a button or another story's author. A second figure beside the
// one against Readability's own reference, for ours and the peer alike; the floors and the issue's
// targets stay on the first.
// The days trafilatura's evaldata.json declares are judged likewise (judged-dates.ts).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sameByline, sameHeadline, type Scored } from './measure.ts';

interface Judged {
  title?: string;
  /** A page that gives two headlines (declares one, prints another): either is right. */
  titles?: string[];
  byline?: string | null;
  why: string;
}

const JUDGED = (
  JSON.parse(readFileSync(path.join(import.meta.dirname, 'readability-judged.json'), 'utf8')) as {
    pages: Record<string, Judged>;
  }
).pages;

export interface JudgedScores {
  /** References judged (either field). */
  judged: number;
  headline: { right: number; pages: number };
  /** Pages whose judged reference names an author. */
  byline: { right: number; pages: number };
}

/** Headline and byline right against the judged references, over Readability's pages. */
export function scoreJudged(extractions: Scored[]): JudgedScores {
  const out: JudgedScores = {
    judged: 0,
    headline: { right: 0, pages: 0 },
    byline: { right: 0, pages: 0 },
  };
  for (const e of extractions) {
    const meta = e.page.meta;
    if (!meta) continue;
    const judged = JUDGED[e.page.name];
    if (judged) out.judged++;
    const title = judged?.title ?? meta.title;
    const titles = judged?.titles ?? (title ? [title] : []);
    const byline = judged && 'byline' in judged ? (judged.byline ?? null) : meta.byline;
    if (titles.length > 0) {
      out.headline.pages++;
      if (titles.some((t) => sameHeadline(t, e.doc?.title ?? null))) out.headline.right++;
    }
    if (byline) {
      out.byline.pages++;
      if (sameByline(byline, e.doc?.byline ?? null)) out.byline.right++;
    }
  }
  return out;
}
