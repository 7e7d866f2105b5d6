// The kickers and rests glued on a dump's headline that the page shows are no part of it
// (withoutKickers, asked by readPageHeader in src/extract/page-header.ts), each family in
// src/extract/kicker/: glued on in front (glued.ts), printed again alone (printed.ts), a post's
// title among lynx's feeds (feed-title.ts), set off by a mark (set-off.ts), a side column w3m
// prints beside the title (side-column.ts).

import type { Line } from '../normalize/paragraphs.ts';
import { withoutFeedTitleRest } from './kicker/feed-title.ts';
import { withoutGluedKicker } from './kicker/glued.ts';
import { withoutPrintedKicker } from './kicker/printed.ts';
import {
  withoutColonGluedKicker,
  withoutEmptyLabels,
  withoutLabelKicker,
  withoutSeparatedKicker,
  withoutSwappedKicker,
} from './kicker/set-off.ts';
import { withoutSideColumn } from './kicker/side-column.ts';

/**
 * The headline's text less the kickers and rests the dump shows are no part of it, in this order
 * (src/extract/kicker/): screen readers' labels left empty after it, a side column w3m prints
 * beside it, a kicker glued in front whose end the page shows, one printed again on a line of its
 * own, a standfirst a comments feed's title leaves off, a kicker set off by a spaced colon or
 * dash, one glued by a colon set against the title, a section's label the page glues on another
 * text too, one the page prints again on the title's other side.
 */
export function withoutKickers(text: string, page: Line[], headline: Line[]): string {
  const beside = withoutSideColumn(withoutEmptyLabels(text), page, headline);
  const unglued = withoutGluedKicker(beside, page, headline);
  const separated = withoutSeparatedKicker(
    withoutFeedTitleRest(withoutPrintedKicker(unglued, page, headline), page),
  );
  const labelled = withoutLabelKicker(withoutColonGluedKicker(separated), page, headline);
  return withoutSwappedKicker(labelled, page, headline);
}
