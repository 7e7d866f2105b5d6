// The dump's headline revisions (src/extract/headline-revisions/), in the order readPageHeader
// (src/extract/page-header.ts) asks them, and the one observer bench/headlines sets to see what
// each gave.

import type { Found } from '../headline-revisions/found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { headlineWhereNone } from '../headline-revisions/headline-where-none.ts';
import { toldTitleUnderDateline, toldTitleUnder } from '../headline-revisions/title-under.ts';
import {
  trailEndTitle,
  trailEndBeside,
  trailEndOverTitle,
  titleAfterTruncatedTrail,
} from '../headline-revisions/trail-ends.ts';
import {
  titleOverDateline,
  plainTitleOverDateline,
  titleOverLine,
} from '../headline-revisions/titles-over-datelines.ts';
import {
  longerTitleOver,
  titleBesideQuote,
  titleOverShareBar,
} from '../headline-revisions/told-titles.ts';
import {
  nameOverMenu,
  nameOverDatedTitle,
  titleUnderTitleTag,
} from '../headline-revisions/site-names.ts';
import { toldOverTeaser } from '../headline-revisions/teasers.ts';
import { titleOverStoryDateline } from '../headline-revisions/header-lines.ts';
import {
  titleOverCaption,
  titleUnderCaption,
  titleEchoedByFigure,
} from '../headline-revisions/captions.ts';
import { titleAtStart, titleOverItsEcho } from '../headline-revisions/title-at-start.ts';
import { titleAtHeaderTop, titleOverRankedList } from '../headline-revisions/header-top.ts';
import { titleOverFirstParagraph } from '../headline-revisions/subheadings.ts';
import {
  titleOverSectionHeadings,
  titleUnderCategories,
  titleOverEchoedSubtitle,
  titlePrintedOverSubtitle,
  titleTeasedOverSubtitle,
} from '../headline-revisions/subheading-run.ts';
import { longerTitleUnder, fullerTitleUnder } from '../headline-revisions/kicker-lines.ts';
import { titleOpenedAbove } from '../headline-revisions/title-opened.ts';
import { titleNamedByMenu } from '../headline-revisions/menu-line.ts';
import { longerTitleUnderTrail } from '../headline-revisions/trail-end-longer.ts';
import { titleInTableCell } from '../headline-revisions/table-cells.ts';
import {
  titleAfterGluedDate,
  quotedTitleOverDateline,
  titleUnderCreditedCaption,
  titleNamedWithSubtitle,
  titleBetweenDateAndByline,
  titleUnderDoubledLabel,
  titleOverIntroducedQuote,
} from '../headline-revisions/story-header.ts';
import { titleOverWikiTagline } from '../headline-revisions/wiki-tagline.ts';
import type { Headline } from '../../normalize/headline.ts';
import { withoutChromeHeadline } from '../headline-revisions/chrome-guard.ts';

/** A revision of what was found on a page read as a dump: `found` given back, or a better one. */
type DumpHeadlineRevision = <T extends Found>(page: Line[], found: T) => T;

/**
 * The revisions of a dump's headline, in the order they are asked, each seeing what the ones
 * before it gave (docs/figures.md, stops 41 and 42, says what each won and lost).
 */
const DUMP_HEADLINE_REVISIONS: DumpHeadlineRevision[] = [
  headlineWhereNone,
  toldTitleUnderDateline,
  trailEndTitle,
  titleOverDateline,
  plainTitleOverDateline,
  titleOverLine,
  longerTitleOver,
  nameOverMenu,
  titleBesideQuote,
  trailEndBeside,
  titleOverShareBar,
  nameOverDatedTitle,
  toldOverTeaser,
  titleOverStoryDateline,
  titleOverCaption,
  titleUnderCaption,
  titleEchoedByFigure,
  titleAtStart,
  titleOverItsEcho,
  titleAtHeaderTop,
  titleOverRankedList,
  titleOverFirstParagraph,
  titleOverSectionHeadings,
  titleUnderCategories,
  titleOverEchoedSubtitle,
  titlePrintedOverSubtitle,
  titleTeasedOverSubtitle,
  longerTitleUnder,
  longerTitleUnderTrail,
  fullerTitleUnder,
  titleOpenedAbove,
  titleNamedByMenu,
  toldTitleUnder,
  trailEndOverTitle,
  titleAfterTruncatedTrail,
  titleInTableCell,
  titleAfterGluedDate,
  quotedTitleOverDateline,
  titleUnderCreditedCaption,
  titleNamedWithSubtitle,
  titleBetweenDateAndByline,
  titleUnderDoubledLabel,
  titleOverIntroducedQuote,
  titleOverWikiTagline,
  titleUnderTitleTag,
];

/**
 * What readPageHeader weighed for a dump's headline: the printed page, the scorer's story and
 * headline, what each of DUMP_HEADLINE_REVISIONS gave (in their order, named), and the rules'
 * final choice. Read by bench/headlines (the learned re-ranker's experiment, docs/figures.md stop
 * 46); never by the build.
 */
export interface DumpHeadlineTrace {
  page: Line[];
  weighed: Found;
  revisions: { name: string; found: Found }[];
  found: Found;
}

/** Sees a dump's trace; a headline returned (a candidate of the trace) is taken in its place. */
export type DumpHeadlineObserver = (trace: DumpHeadlineTrace) => Headline | null | undefined;

let observer: DumpHeadlineObserver | null = null;

/** Sets (or with null clears) the one observer of the dumps' headline choices: bench only. */
export function observeDumpHeadlines(next: DumpHeadlineObserver | null): void {
  observer = next;
}

/** DUMP_HEADLINE_REVISIONS asked as readPageHeader asks them, each answer kept for `see`. */
function observedRevisions(page: Line[], weighed: Found, see: DumpHeadlineObserver): Found {
  const revisions: DumpHeadlineTrace['revisions'] = [];
  let found = weighed;
  for (const revise of DUMP_HEADLINE_REVISIONS) {
    found = withoutChromeHeadline(found, revise(page, found));
    revisions.push({ name: revise.name, found });
  }
  const taken = see({ page, weighed, revisions, found });
  return taken === undefined ? found : { ...found, headline: taken };
}

/**
 * The weighed headline and story through DUMP_HEADLINE_REVISIONS, in order (with the bench's
 * observer, if one is set). A revision's headline that reads as site chrome is refused
 * (withoutChromeHeadline).
 */
export function revisedHeadline(page: Line[], weighed: Found): Found {
  if (observer !== null) return observedRevisions(page, weighed, observer);
  return DUMP_HEADLINE_REVISIONS.reduce(
    (was, revise) => withoutChromeHeadline(was, revise(page, was)),
    weighed,
  );
}
