// The header area above the story for the body finder (src/normalize/body-finder.ts): the
// headline, standfirst, byline and date kept over the article's first block.

import type { BodyBlock } from './blocks.ts';
import { findDate } from '../dates.ts';

/** Lines kept above the first article block: headline, standfirst, byline, date. */
const HEADER_LINES = 6;
/** How far above the article the header area is looked for, in non-blank lines. */
const HEADER_REACH = 12;

/** Header area: short non-list lines (and list lines holding a date) just above the run. */
export function headerArea(blocks: BodyBlock[], first: number): Set<number> {
  const keep = new Set<number>();
  let seen = 0;
  for (let b = first - 1; b >= 0 && seen < HEADER_REACH && keep.size < HEADER_LINES; b--) {
    const block = blocks[b] as BodyBlock;
    for (const info of [...block.lines].reverse()) {
      seen++;
      if (info.marker || block.cookieNotice) continue;
      const dated = info.bullet && findDate(info.text, true) !== null;
      if ((!info.bullet || dated) && info.text.length <= 200) keep.add(info.line.n);
      if (seen >= HEADER_REACH || keep.size >= HEADER_LINES) break;
    }
  }
  return keep;
}

/** The line just above a byline the article starts at (bylineStart), when it reads as a headline. */
export function headlineAbove(blocks: BodyBlock[], first: number): Set<number> {
  const above = blocks[first - 1];
  const line = above?.lines.length === 1 ? above.lines[0] : undefined;
  const headline = line && !line.marker && !line.bullet && line.text.length <= 200;
  return new Set(headline ? [line.line.n] : []);
}
