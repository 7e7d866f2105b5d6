// Metadata reader: the byline where the header readers found none (header-lines.ts and
// title-block.ts read bylines on their lines).

import { bylineOf } from '../normalize/header.ts';
import {
  doubledName,
  isBylineName,
  isKnownPerson,
  opensWithBy,
  pageBylineOf,
} from '../normalize/headline.ts';
import type { Line } from '../normalize/paragraphs.ts';
import type { ExtractState } from './state.ts';

/**
 * In a dump with no byline under the headline, a name alone just above it (Medium), or a line
 * opening "By".
 */
export function readBylineAbove(state: ExtractState): void {
  const { page, meta } = state;
  const above = page && meta.byline === null ? page.above : [];
  for (const [k, line] of [...above.entries()].reverse()) {
    if (isWrapTail(above[k - 1], line)) continue;
    // lynx prints the author's photo's alt text before the name: "Pippin Lee Pippin Lee"; w3m
    // the photo's mark, after the publication's name: "Backchannel [0] Joseph Cox" (Medium).
    const text = doubledName(
      line.text
        .replace(/^.*\[\d+\]/, '')
        .trim()
        .replace(/\s+/g, ' '),
    );
    // "by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)" over guardian-1's
    // standfirst, above the headline's second print.
    const by =
      bylineOf(text)?.name ??
      (opensWithBy(text) ? pageBylineOf(text) : null) ??
      (isKnownPerson(text) ? text : null);
    if (by && isBylineName(by)) {
      meta.byline = by;
      break;
    }
  }
}

/**
 * The last words of a line the dump wrapped: the line right above is a full line of text
 * (salon-1's menu of other stories, "...the dark story of male sexual desire Dr." / "Melvin
 * Konner"). A name alone under a shorter line stands alone (Medium's "Change the story's title,
 * subtitle, and visibility as needed" / "Joseph Cox", 60 characters).
 */
function isWrapTail(previous: Line | undefined, line: Line): boolean {
  return previous !== undefined && previous.n + 1 === line.n && previous.text.trim().length >= 70;
}

/** Without a byline line, the reporter a credit line names ("Reporting by Ann Lee"). */
export function readCreditByline(state: ExtractState): void {
  state.meta.byline ??= state.meta.creditByline;
}
