// A site's cookie policy printed as text on the page: paragraphs on the cookies it sets, the
// consents and the data they collect, which read as a story's block and were taken for the story
// (trafilatura's orsted.de.gruener-Wasserstoff in w3m and lynx: its consent dialog, a banner, a
// table of 40 cookies and the "Cookie-Erklärung" in sections "1. Verarbeitung personenbezogener
// Daten mithilfe von Cookies" ..., printed in 440 lines over the article). Read by candidateStories
// (page-header/story-lines.ts): a story found in such a policy is looked for again under it.

import type { Line } from '../normalize/paragraphs.ts';
import { storyStartFrom, type TextBlock } from '../normalize/headline.ts';

/** The word that tells the policy: "Cookies", "Werbe-Cookies", "Cookie-Erklärung". */
const COOKIE = /cookies?\b|cookie-/giu;

/**
 * Mentions of cookies that make a block the policy's: orsted's banner has 8 in 147 words, its
 * policy 30 in 546; a news story on the cookie law names them far less often than once in
 * POLICY_WORDS words.
 */
const POLICY_MENTIONS = 5;
/** Words of a policy's lines per mention of cookies, at most. */
const POLICY_WORDS = 60;

/** A span of the page's lines, first and last, by index. */
type Span = Pick<TextBlock, 'start' | 'last'>;

/** Whether the lines of the span name cookies all through them (a policy's text). */
function namesCookies(page: Line[], counts: readonly number[], span: Span): boolean {
  let mentions = 0;
  let words = 0;
  for (let i = span.start; i <= span.last; i++) {
    mentions += (page[i] as Line).text.match(COOKIE)?.length ?? 0;
    words += counts[i] as number;
  }
  return mentions >= POLICY_MENTIONS && mentions * POLICY_WORDS >= words;
}

/**
 * The page's cookie policies: its blocks of text that name cookies all through them, two of them
 * with what stands between joined when the whole still does (orsted's banner and policy, its
 * table of cookies between them: 2,500 words naming cookies 55 times); a banner at the top and a
 * policy at the foot of a page hold the story between them, which names none.
 */
export function cookiePolicies(
  page: Line[],
  counts: readonly number[],
  blocks: readonly TextBlock[],
): readonly Span[] {
  const spans: Span[] = [];
  for (const block of blocks) {
    if (!namesCookies(page, counts, block)) continue;
    const last = spans.at(-1);
    const joined = last && { start: last.start, last: block.last };
    if (joined && namesCookies(page, counts, joined)) last.last = block.last;
    else spans.push({ start: block.start, last: block.last });
  }
  return spans;
}

/**
 * A story found in one of the page's cookie policies (cookiePolicies, read once a page) starts
 * at the story found under it (storyStartFrom), or stays where it was when none is.
 */
export function storyPastPolicy(
  page: Line[],
  counts: readonly number[],
  policies: readonly Span[],
  story: number,
): number {
  const span = policies.find((s) => s.start <= story && story <= s.last);
  if (!span) return story;
  const under = storyStartFrom(page, counts, span.last + 1);
  return under === null ? story : span.last + 1 + under;
}
