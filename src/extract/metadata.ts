// The metadata readers in the order they run. Each takes the lines it reads as metadata out of
// the article text, labelled; the first finding of a field stands, so the order is the
// precedence: a labelled field or a dateline at the top before a name under the headline,
// a byline line before a credit.

import type { Line } from '../normalize/paragraphs.ts';
import { lineKey } from './context.ts';
import { readBylineAbove, readCreditByline } from './byline.ts';
import { readDateAbove, readDateBelow, readDayOpeningStory } from './dateline.ts';
import { readFirstPublished } from './first-published.ts';
import { readDateAfterShareBar } from './share-bar-date.ts';
import { readHeaderLines } from './header-lines.ts';
import type { RemovalLabel } from './labels.ts';
import { cutAboveHeadline, giveBackUnread, readPageHeader } from './page-header.ts';
import { firstBodyLine } from './shape.ts';
import { readLeadStandfirst, sectionName } from './standfirst.ts';
import { HEAD_LINES, openLines, TAIL_LINES, type ExtractState } from './state.ts';
import { readTitleBlock, takePageHeadline } from './title-block.ts';

export function readMetadata(state: ExtractState): void {
  // A full-page dump (menus and other stories above the article) is read around its headline;
  // a clean article file from its first and last lines.
  readPageHeader(state);
  takePageHeadline(state);
  readHeaderLines(state, ...headerArea(state));
  // The title block reads the lines under the headline the body finder cut too (yahoo-1's
  // "Ben Silverman" under the headline, above "Games Editor" and share buttons).
  readTitleBlock(state);
  giveBackUnread(state);
  readDateAbove(state);
  readDateBelow(state);
  readDayOpeningStory(state);
  readDateAfterShareBar(state);
  readFirstPublished(state);
  readBylineAbove(state);
  readCreditByline(state);
  readLeadStandfirst(state);
  keepNumberedHeading(state);
  cutAboveHeadline(state);
  keepStoryInBody(state);
}

/**
 * A headline with a numbered sibling among the lines left, the same line but for its numbers
 * ("Test Case 1" over "Test Case 2", "Step 1" over "Step 2"), heads the first of a series of
 * sections, not the page: it is given back to the body (Readability's lazy-image-3, whose whole
 * text is its two section headings, published only "Test Case 2").
 */
function keepNumberedHeading(state: ExtractState): void {
  const { meta, removed, used } = state;
  const index = removed.findIndex((r) => r.label === 'headline');
  const headline = removed[index];
  if (!headline || !/\d/.test(headline.text)) return;
  const key = lineKey(headline.text);
  const own = headline.text.trim().toLowerCase();
  // The headline printed again further down (a teaser, a footer) is no sibling: the numbers differ.
  const sibling = (l: Line) =>
    l.n > headline.line &&
    /\d/.test(l.text) &&
    lineKey(l.text) === key &&
    l.text.trim().toLowerCase() !== own;
  if (!state.nonEmpty.some((l) => !used.has(l.n) && sibling(l))) return;
  used.delete(headline.line);
  removed.splice(index, 1);
  meta.title = null;
}

/** The readers that take a story's own sentence when it is a short file's only text. */
const STORY_LABELS: ReadonlySet<RemovalLabel> = new Set([
  'headline',
  'headline-repeated',
  'standfirst',
  'kicker',
]);

/**
 * A file every line of which the headline, standfirst or kicker readers took has lost its
 * story: Readability's one-line pages ("Lorem ipsum dolor sit amet, consectetur adipiscing
 * elit.", "abc" / "def" / "ghi") kept nothing to publish but a title. Then those lines are the
 * body, and the fields they gave are dropped; a headline is kept only when body text remains.
 */
function keepStoryInBody(state: ExtractState): void {
  const { meta, removed, used } = state;
  if (openLines(state).length > 0) return;
  const taken = removed.filter((r) => STORY_LABELS.has(r.label));
  if (taken.length === 0) return;
  for (const removal of taken) {
    used.delete(removal.line);
    removed.splice(removed.indexOf(removal), 1);
    if (removal.label === 'headline') meta.title = null;
    if (removal.label === 'standfirst') meta.standfirst = null;
    if (
      removal.label === 'kicker' &&
      meta.section === sectionName(removal.text.replace(/:$/, ''))
    ) {
      meta.section = null;
    }
  }
}

/**
 * The lines the header readers read, and the story's first line. Footers of dumps date the
 * page, not the story ("This page was last edited on ..."): a dump has no tail.
 */
function headerArea(state: ExtractState) {
  if (state.page) return [state.page.head, state.page.bodyStart] as const;
  const open = openLines(state);
  const ends = [...open.slice(0, HEAD_LINES), ...open.slice(-TAIL_LINES)];
  return [ends, firstBodyLine(state.lines, state.used)] as const;
}
