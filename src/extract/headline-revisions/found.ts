// What the dump's headline revisions are handed and share: the story and headline found on a
// page (Found), the page's headline index, kept one a page (indexOf), whether two headlines are
// one text (sameText), and whether a line is a title the story tells (toldTitle). Moved from
// page-header.ts (stop 43, branch rf43b).

import {
  type Headline,
  type PageIndex,
  pageIndex,
  tellsOf,
  stripHeadingMarks,
} from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { twoLongWords } from './line-marks.ts';

/** What a page's headline search found: the story's first line and the headline over it. */
export interface Found {
  story: number;
  headline: Headline | null;
}

/**
 * The headline finder's index of a page (pageIndex), one a page: storyAndHeadline and each of
 * the dump's headline revisions read the same printed lines, and the index remembers the scores
 * of the stories already weighed (headlineScores), which the revisions ask for again. Built anew
 * for each, the index took 8% of the 10-30 KB dumps' normalize CPU and longerTitleOver's
 * rescoring 3% (docs/figures.md, stop 42, branch sp42h).
 */
const INDEXES = new WeakMap<Line[], PageIndex>();

export function indexOf(page: Line[]): PageIndex {
  let index = INDEXES.get(page);
  if (index === undefined) {
    index = pageIndex(page);
    INDEXES.set(page, index);
  }
  return index;
}

/** Of two long words or more, told by the story: the story's title (longerTitleOver). */
export function toldTitle(page: Line[], from: number, text: string, index: PageIndex): boolean {
  return twoLongWords(text) && tellsOf(page, from, text, index);
}

/** Two headlines of one text, printed twice or once with more around it (a site's name). */
export function sameText(a: Headline, b: Headline): boolean {
  const [x, y] = [printKey(a.text).replace(/\s+/g, ' '), printKey(b.text).replace(/\s+/g, ' ')];
  return x.includes(y) || y.includes(x);
}

export function printKey(text: string): string {
  return stripHeadingMarks(text).toLowerCase();
}
