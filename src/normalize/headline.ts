// The headline of a full-page text dump: a web page as w3m, lynx or html2text print it, with the
// site's menus, login links and lists of other stories above the article. On such a page the
// first title-like line is a menu item ("Accessibility links", "Sign in", "□ LOGOUT"); the
// headline is the line that the page presents as one: printed again as the page's <title>, or
// marked as a heading, and standing just above the standfirst, byline, date or first paragraph.
//
// The lists and weights below were read off the dumps of Readability's 130 test pages
// (../shared/corpora/web-pages, `npm run bench:extract`), whose failure patterns are listed in
// bench/extract/README.md.

import { wordCount } from '../text.ts';
import { type Line } from './paragraphs.ts';
import { isSignedBy } from './headline/page-bylines.ts';
import { headingLevel, quickKey } from './headline/page-furniture.ts';
import { splitSiteName } from './headline/site-name.ts';
import { SENTENCE_END, ONE_WORD } from './headline/line-shape.ts';
import {
  HEADLINE_WINDOW,
  headlineWindow,
  type Window,
  range,
  insideStoryEnd,
} from './headline/story-start.ts';
import {
  isHeadlineCandidate,
  PHOTO_CREDIT,
  RELATED_HEADING,
  RELATED_LIST_LINES,
} from './headline/headline-lines.ts';
import { toldByStory, spanToldByStory } from './headline/told-by-story.ts';
import {
  adjacent,
  type PageIndex,
  pageIndex,
  plainOf,
  isHeadlineLineOf,
} from './headline/page-index.ts';
import {
  LABELLED_NOTICE,
  isDateline,
  linesUnder,
  namesAuthor,
} from './headline/under-candidate.ts';
import { shortTitleAt } from './headline/short-titles.ts';
import { lynxHeadingBonus, lynxFirstSentence } from './headline/lynx-headings.ts';
import {
  standfirstUnderHeadline,
  kickerOverHeadline,
  labelOverTitle,
  POST_FIELD,
  isContactLine,
  paragraphTailAt,
} from './headline/kicker-pairs.ts';
import {
  withStoryWords,
  wideWindowStart,
  mastheadPrint,
  printedNearer,
  isChromeCandidate,
  withKickerAbove,
} from './headline/story-words.ts';
import {
  gluedTrailEnd,
  TRAIL_SCORE,
  listTrailEnd,
  separatedTrailItem,
  trailEnd,
} from './headline/trails.ts';
import { headlineSpan, INNER_STOP } from './headline/wrapped-titles.ts';
import {
  SOLE_H1,
  isStoryH1,
  BELOW_LEAD,
  belowLead,
  LEAD_LINES_MAX,
  datedAbove,
} from './headline/h1-titles.ts';

export {
  isBylineName,
  opensWithBy,
  pageBylineOf,
  doubledName,
  nameOverDate,
  isKnownPerson,
} from './headline/page-bylines.ts';
export {
  headingLevel,
  stripHeadingMarks,
  isUiText,
  hasDumpMarker,
  isPageFurniture,
  isListItem,
} from './headline/page-furniture.ts';
export { splitSiteName } from './headline/site-name.ts';
export { wrapsInto } from './headline/line-shape.ts';
export {
  textBlocks,
  storyStart,
  firstBlockStart,
  standfirstStarts,
  galleryTitle,
  tellsOf,
  commentFormAbove,
  storiesUnderBylines,
} from './headline/story-start.ts';
export type { TextBlock } from './headline/story-start.ts';
export { domainMastheadOf, isHeadlineCandidate, isHeaderText } from './headline/headline-lines.ts';
export { LONG_WORD } from './headline/told-by-story.ts';
export { pageIndex } from './headline/page-index.ts';
export type { PageIndex } from './headline/page-index.ts';
export { TRAIL_SCORE, breadcrumbEnd } from './headline/trails.ts';

/**
 * Picks the headline among the lines above the story start. Each candidate is scored by what
 * makes a line the headline on a page (weights tuned on Readability's pages, see the top):
 * - printed twice, apart (the page's <title> near the top and its <h1> above the story, or a
 *   breadcrumb "Economy|As Debt Rises..."): +3;
 * - an html2text "# " heading (an <h1>): +4; "## ": +1;
 * - followed within three lines by a byline (+1.5), a date (+1.5), a standfirst-like sentence
 *   (+1) or the story itself (+1.5);
 * - near the story: up to +2, falling with the distance;
 * - the length of a headline (4-25 words): +1.
 * Returns the index into `lines`, or null when no line qualifies.
 */
export interface Headline {
  /** Indexes (into `lines`) of the headline's first and last line (a wrapped headline). */
  first: number;
  last: number;
  text: string;
  score: number;
}

export function pickHeadline(
  lines: Line[],
  story: number,
  index: PageIndex = pageIndex(lines),
): Headline | null {
  let best: Headline | null = null;
  for (const scored of headlineScores(lines, story, index)) {
    if (!best || scored.score > best.score) best = scored;
  }
  return best;
}

/** Every candidate above the story with its score (pickHeadline; for tracing a choice). */
export function headlineScores(
  lines: Line[],
  story: number,
  index: PageIndex = pageIndex(lines),
): readonly Headline[] {
  let scored = index.scored.get(story);
  if (scored === undefined) {
    scored = scoreCandidates(lines, story, index);
    index.scored.set(story, scored);
  }
  return scored;
}

/** headlineScores' candidates, computed. */
function scoreCandidates(lines: Line[], story: number, index: PageIndex): Headline[] {
  const window = headlineWindow(lines, story);
  const { from } = window;
  // The story's first line too: a headline ending in "!!!" or "?" reads as a sentence
  // (tmz-1: "Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!"); it is taken only when
  // short, standing alone, with a byline or date under it (scoreCandidate). And lines a little
  // into the story, with a byline and a date under them: a notice in sentences above the
  // headline (a cookie notice, a log-in box) reads as the story's start (medicalnewstoday).
  const to = insideStoryEnd(lines, story);
  const far = farHeadings(index, from);
  const told = toldAbove(lines, story, from, far, index);
  const { scores, shortTitles } = scoredCandidates(
    lines,
    [...far, ...told, ...range(from, to)],
    { story, window, far },
    index,
  );
  withStoryWords(lines, story, scores, shortTitles);
  standfirstUnderHeadline(lines, scores, index);
  lynxHeadingBonus(lines, scores, story);
  lynxFirstSentence(lines, scores, story);
  kickerOverHeadline(lines, story, scores, index);
  labelOverTitle(lines, story, scores, index);
  const trail: { at: number; last?: number; text: string } | null =
    listTrailEnd(lines, from, story, index.width) ?? gluedTrailEnd(lines, from, to);
  if (trail) {
    const { at, last = at, text } = trail;
    scores.push({ first: at, last, text, score: TRAIL_SCORE });
  }
  return scores;
}

/**
 * Above the window, the page's headings marked as <h1> (html2text's "# "): a video player, an
 * infobox or a box of specs may stand between the headline and the story (engadget, wikipedia-2:
 * 50 to 150 lines). And a line over a signed byline: a headline, byline and dateline stand 90
 * lines above the story over yahoo-3's video player.
 */
function farHeadings(index: PageIndex, from: number): number[] {
  return [...new Set([...index.h1, ...index.signedHeads])]
    .filter((i) => i < from)
    .sort((a, b) => a - b);
}

/** Further up than the window, lines that name what the story tells: a story found far too low. */
function toldAbove(
  lines: Line[],
  story: number,
  from: number,
  far: number[],
  index: PageIndex,
): number[] {
  const wide = wideWindowStart(lines, story, from);
  // The story-words test first on the line and the two under it (a wrapped headline's span), the
  // cheapest: most lines up there share none, and the window's tests are not asked of them.
  return range(wide, from - 1).filter(
    (i) =>
      !far.includes(i) &&
      spanToldByStory(lines, story, i, index) &&
      !mastheadPrint(lines, i, index) &&
      !printedNearer(lines, i, { from, story }, index),
  );
}

/** Where the candidates are read from: the story's start, its window and the far headings. */
interface CandidateReach {
  story: number;
  window: Window;
  far: number[];
}

/**
 * The candidates among `candidates` (line indexes, top down) with their scores, and which of them
 * only the short titles' rules (a name's shape, one word) took.
 */
function scoredCandidates(
  lines: Line[],
  candidates: number[],
  reach: CandidateReach,
  index: PageIndex,
): { scores: Headline[]; shortTitles: Set<number> } {
  const { story, window, far } = reach;
  const scores: Headline[] = [];
  const shortTitles = new Set<number>();
  let related = -Infinity;
  for (const i of candidates) {
    // Into the story a headline stands alone (scoreCandidate): the cheap test first.
    if (i > story && adjacent(lines, i, i + 1)) continue;
    if (paragraphTailAt(lines, i, index)) continue;
    if (separatedTrailItem(lines, i, story)) continue;
    const text = (lines[i] as Line).text;
    if (RELATED_HEADING.test(plainOf(index, text))) related = i;
    if (i - related <= RELATED_LIST_LINES) continue;
    const headlineLike = isHeadlineLineOf(index, text);
    if (!headlineLike && !shortTitleAt(lines, i, story, index)) continue;
    const own = trailEnd(headlineSpan(lines, i, index));
    if (!own || isChromeCandidate(index, text, own.text)) continue;
    if (POST_FIELD.test(own.text) || isContactLine(own.text)) continue;
    if (i < window.from && !far.includes(i) && !toldByStory(lines, story, own.text, index)) {
      continue;
    }
    const span = withKickerAbove(lines, i, own, index);
    const score = scoreCandidate(lines, span, story, window, index);
    if (score === null) continue;
    scores.push({ ...span, score });
    if (!headlineLike) shortTitles.add(scores.length - 1);
  }
  return { scores, shortTitles };
}

/** A candidate headline: lines first..last of the page, its text without heading marks. */
export interface Span {
  first: number;
  last: number;
  text: string;
}

/** What scoreCandidate reads of a candidate's place: the lines under it and around it. */
interface CandidatePlace {
  /** Its words. */
  n: number;
  /** Whether it reaches the story's first line. */
  atStory: boolean;
  /** The lines under it, up to the story (or five lines, at the story). */
  after: string[];
  /** A byline under it. */
  named: boolean;
  /** A dateline under it. */
  dated: boolean;
  /** Words of the line above it. */
  aboveWords: number;
  /** Right under a headline, not under the last of a list of them. */
  underHeadline: boolean;
  /** The line right under it, where no blank line parts them. */
  next: string;
  /** Over 15 words ending like a sentence: a paragraph's. */
  long: boolean;
}

/** The place of candidate `span` (see CandidatePlace). */
function candidatePlace(
  lines: Line[],
  span: Span,
  story: number,
  from: number,
  index: PageIndex,
): CandidatePlace {
  const { first: i, last, text: plain } = span;
  const n = wordCount(plain);
  const atStory = last >= story;
  const after = linesUnder(lines, last, atStory ? last + 5 : story, index);
  const above = lines[i - 1]?.text ?? '';
  const aboveWords = wordCount(plainOf(index, above));
  // Under a headline, not under the last of a list of them (engadget's other stories, each
  // printed twice, above its headline in lynx).
  const underHeadline =
    i > from &&
    aboveWords >= 4 &&
    isHeadlineLineOf(index, above) &&
    !isHeadlineLineOf(index, lines[i - 2]?.text ?? '');
  // The story's first line as the headline: alone, a byline or date under it, no headline above
  // it (engadget's standfirst "But only hardcore gamers will appreciate it."), and short when it
  // ends like a sentence (a paragraph's does); without a stop it may run to a long headline's
  // length (simplyfound-1's 19 words over "Joe Wee Monday, February 29, 2016").
  const next = adjacent(lines, last, last + 1) ? (lines[last + 1] as Line).text.trim() : '';
  return {
    n,
    atStory,
    after,
    named: after.some(namesAuthor),
    dated: after.some(isDateline),
    aboveWords,
    underHeadline,
    next,
    long: n > 15 && SENTENCE_END.test(plain),
  };
}

/**
 * A candidate's score (see pickHeadline), or null for the story's own first line when it does
 * not stand as a headline there.
 */
function scoreCandidate(
  lines: Line[],
  span: Span,
  story: number,
  { from, distance }: Window,
  index: PageIndex,
): number | null {
  const { first: i } = span;
  const place = candidatePlace(lines, span, story, from, index);
  const { atStory, named, dated, next, long } = place;
  let fallback = 0;
  if (i > story) {
    const inside = insideStoryFallback(lines, span, story, place, index);
    if (inside === null) return null;
    fallback = inside;
  }
  const repeat = repeatScore(lines, span, index);
  // At the story's first line, a line printed again apart (the page's title, a picture's
  // caption: REPEATED) is the headline too, with no dateline under it: trafilatura's
  // cointelegraph ("CME nun zweitgrößte Bitcoin (BTC)-Futures-Börse: ...", its byline and
  // date above it) and peptalks ("Haben sich Mozarts Eltern ... gesorgt?") had none.
  if (
    i <= story &&
    atStory &&
    (long ||
      next !== '' ||
      place.underHeadline ||
      !(
        dated ||
        named ||
        printedAsTitle(lines, i, from, repeat, index) ||
        datedAbove(lines, i, index) ||
        standsOverStory(lines, span, index)
      ))
  ) {
    return null;
  }
  const score = headerScore(
    repeat + shapeScore(lines, span),
    lines,
    span,
    story,
    place,
    from,
    index,
  );
  return score - fallback + 2 * Math.max(0, Math.min(1, 1 - distance(i) / HEADLINE_WINDOW));
}

/**
 * A candidate inside the story found (`span.first` > `story`): null where it does not stand as
 * a headline there, else what its score loses (CAPTION_FALLBACK where only a caption over the
 * story lets it stand).
 */
function insideStoryFallback(
  lines: Line[],
  span: Span,
  story: number,
  { n, after, named, dated, next, long }: CandidatePlace,
  index: PageIndex,
): number | null {
  const { first: i, text: plain } = span;
  // Into the story (insideStoryEnd) only standing alone, with both under it or marked as
  // the page's <h1> (nytimes-3 in html2text: the story found at the breadcrumb line over it,
  // "New York|Manhole Fires ... N.Y.C.", which ends like a sentence).
  // Or dated on its own: its dateline right above it (a blog's "Dienstag, 28. April 2020" over
  // "Tach auch!", under the blog's description that reads as the story's start), or opening
  // the paragraph under it ("06.11.23 - Sensation in der schwarzen Hochburg ...", under a
  // picture's caption the story is found to start at): trafilatura's blogspot and
  // osthessen-news pages, which had no headline at all.
  const h1 = headingLevel((lines[i] as Line).text) === 1;
  // A comment under its date is sentences (gnadlib's "Beide Bilder sind toll! Das erste hat
  // ..." in html2text): a headline has no stop inside and a headline's length; and a paragraph
  // stands under it, not a list's first item (the SWR's "## Mehr aus der SendungListe mit 24
  // Einträgen" under a video's "14.10.2020 ∙ 14:00 Uhr", over "44 Min.").
  const ownDate =
    n <= OWN_DATE_WORDS &&
    !INNER_STOP.test(plain) &&
    wordCount(after[0] ?? '') >= PARAGRAPH_WORDS &&
    (datedAbove(lines, i, index) || DATE_LED.test(after[0] ?? ''));
  // Or standing as the title over a paragraph, only a picture's caption and its credit over it
  // (captionAbove): the story is found to start at the caption (infosperber's "Die Infrastruktur
  // Madagaskars ... © zvg", omeda's "... © GettyImages/Nastasic", ladiaria's "Foto: Ricardo
  // Correa"). A caption with no credit may be a box of teasers' (msn's "Man checking phone in
  // front of Twitter logo." over "Twitter suspends alt-right accounts", under the article's
  // headline, byline and date: Readability's msn in w3m and lynx).
  const underCaption = standsOverStory(lines, span, index) && captionAbove(lines, story, i);
  if (long || next !== '' || !((dated && named) || h1 || ownDate || underCaption)) return null;
  return (dated && named) || h1 || ownDate ? 0 : CAPTION_FALLBACK;
}

/**
 * A candidate's score `base` (its repeats and shape) with what its header under it and its
 * story's nearness add, added in this order.
 */
function headerScore(
  base: number,
  lines: Line[],
  span: Span,
  story: number,
  { n, after, named, dated, aboveWords, underHeadline }: CandidatePlace,
  from: number,
  index: PageIndex,
): number {
  const { first: i, last, text: plain } = span;
  let score = base;
  if (isStoryH1(lines, i, story, index)) score += SOLE_H1;
  // The story under it, or under its own byline and dateline (webmd's "By Brenda Goodman, MA" /
  // "WebMD Health News" / "Reviewed by ..." between the headline and the story).
  if (story - last <= 2 || (story - last <= 5 && (named || dated))) score += 1.5;
  if (named) score += 1.5;
  if (dated) score += 1.5;
  // A signed byline ("By GILLIAN MOHNEY March 11, 2015 3:46 PM") and a date right under it
  // (a standfirst may stand between): the article's own header.
  if (dated && after.slice(0, 2).some(isSignedBy)) score += SIGNED_BONUS;
  if (after.some((a) => wordCount(a) >= 5 && wordCount(a) <= 40 && /[.!?]["”’)]?$/.test(a))) {
    score += 1;
  }
  // A line under a headline and its standfirst, the paragraph printed over the article's text, is
  // inside the story (a caption, a subheading, a byline: see BELOW_LEAD).
  if (!named && !dated && belowLead(lines, i, from, index)) score -= BELOW_LEAD;
  // The line under a headline is its standfirst, however title-like: under a shorter candidate
  // of four words or more (salon-1's two-sentence standfirst under the headline), or a
  // sentence under any (engadget's "But only hardcore gamers will appreciate it.").
  if (underHeadline && (aboveWords <= n || /[.]["”’)]?$/.test(plain))) score -= 1;
  // A headline above its standfirst: the next line is a candidate too, no shorter ("The seven
  // secrets that hotel owners don't want you to know" / "Hotel bosses spill...") or of a
  // standfirst's length (folha's 11 words under a headline of 13).
  const below = lines[last + 1]?.text ?? '';
  const belowWords = wordCount(below);
  if (last + 1 < story && isHeadlineLineOf(index, below) && (belowWords >= n || belowWords >= 8)) {
    score += 1;
  }
  return score;
}

/** repeatScore of a line of four words or more printed again apart from it. */
const REPEATED = 3;

/**
 * The story's first line printed again apart (`repeat`, its repeatScore), no heading over it
 * within two lines (a table of contents prints an article's first subheading again under its
 * <h1>: fisch-hitparade's "# Alkohol auf dem Boot" over "Wie viel Alkohol ist auf dem Boot
 * erlaubt?"), no notice's label opening it (einfachspanien's PHP warnings, printed once a
 * post), no caption's full stop ending it, and no print of it higher in the window.
 */
function printedAsTitle(
  lines: Line[],
  i: number,
  from: number,
  repeat: number,
  index: PageIndex,
): boolean {
  if (repeat < REPEATED) return false;
  const plain = plainOf(index, (lines[i] as Line).text);
  // A print of it higher in the window is the candidate there, over its byline and date; this
  // one is a table of contents' heading (haus.de's "Inhaltsverzeichnis" over the title again).
  const prints = index.counts.get(quickKey((lines[i] as Line).text)) ?? [];
  if (prints.some((j) => j >= from && j < i)) return false;
  if (LABELLED_NOTICE.test(plain)) return false;
  // A picture's caption ends like a sentence and is printed again right under itself (its alt
  // text: "Die erste F13 war ... zu Gast." twice over mz-web's story, trafilatura's 0af99c85).
  if (/[.]["”’)]?$/u.test(plain)) return false;
  if (quickKey(lines[i + 1]?.text ?? '') === quickKey(plain)) return false;
  return ![i - 1, i - 2].some((j) => {
    const text = lines[j]?.text ?? '';
    return headingLevel(text) > 0 || isHeadlineLineOf(index, text);
  });
}

/**
 * A line standing as the title over a paragraph: a blank line over and under it, a headline's
 * length and no stop inside or at its end, no shorter title standing alone over it, and a
 * paragraph of STORY_PARAGRAPH_WORDS under it. Taken at the story's first line too, it won the
 * headline on 4 more trafilatura pages in w3m and lynx (ditb's "Die Nacht der Geburt unseres
 * Propheten sei gesegnet!", smava's "Wie hoch sind die Zinsen für einen Privatkredit?"). smava's
 * form button "Zum Kreditvergleich", no longer taken for the headline, is cut from the body with
 * the other short non-sentences kept above it (cutAboveHeadline in src/extract/page-header.ts).
 */
function standsOverStory(lines: Line[], span: Span, index: PageIndex): boolean {
  const { first: i, last, text: plain } = span;
  const n = wordCount(plain);
  if (n < 2 || n > OWN_DATE_WORDS || INNER_STOP.test(plain) || /[.,;:]["”’)]?$/u.test(plain)) {
    return false;
  }
  if (i > 0 && adjacent(lines, i - 1, i)) return false;
  if (adjacent(lines, last, last + 1)) return false;
  // A shorter title standing alone over it makes it the subtitle ("Enterprise 2.0" over "HR
  // Innovation in einer Enterprise 2.0 – Herausforderungen und Chancen ...", hr-innovation).
  const above = (lines[i - 1] as Line | undefined)?.text ?? '';
  if (
    standsAlone(lines, i - 1) &&
    isHeadlineCandidate(above, plainOf(index, above), 1) &&
    !isDateline(plainOf(index, above)) &&
    !sectionLabelAt(lines, i - 1, index)
  ) {
    return false;
  }
  return paragraphWords(lines, last + 1) >= STORY_PARAGRAPH_WORDS;
}

/**
 * Words of the paragraph under a title standing over the story: a caption under a standfirst
 * ("A prototype of an automated blood drawing and testing device." / "Photo: Unnati Chauhan",
 * rutgers in lynx, 13 words) or a title under a site's motto (whiskyverkostung, 9) is fewer.
 */
const STORY_PARAGRAPH_WORDS = 15;

/**
 * What a title under a caption (captionAbove) scores less than its cues give it: it is taken only
 * where no line above the story reads as a headline, for a box of teasers prints a caption with
 * its credit, a title and a paragraph each ("... Image credit: OnePlus" over "OnePlus 3T vs
 * OnePlus 3: what's the difference?", under Readability's msn headline in w3m and lynx).
 */
const CAPTION_FALLBACK = 4;

/** Words at most of a caption and its credit between the story's first line and a title. */
const CAPTION_WORDS = 50;

/**
 * Lines from..to-1 hold CAPTION_WORDS words at most, one of them a picture's credit (PHOTO_CREDIT:
 * "© zvg", "Foto: ...").
 */
function captionAbove(lines: Line[], from: number, to: number): boolean {
  let words = 0;
  let credit = false;
  for (let k = from; k < to; k++) {
    const text = (lines[k] as Line).text;
    words += wordCount(text);
    credit ||= PHOTO_CREDIT.test(text);
  }
  return credit && words <= CAPTION_WORDS;
}

/** Line `i` has a blank line over and under it. */
function standsAlone(lines: Line[], i: number): boolean {
  return !(i > 0 && adjacent(lines, i - 1, i)) && !adjacent(lines, i, i + 1);
}

/**
 * A section's label standing as a kicker over the headline: one word, printed again on a line of
 * its own (a menu's or the breadcrumb trail's item: "• Kredit" / "2. Kredit" over vergleich.de's
 * "Kredit" / "Auto leasen, finanzieren oder kaufen – was ist günstiger?", "□ Cronaca" over
 * lastampa's) anywhere on the page. A short title over its subtitle is printed
 * alone ("Enterprise 2.0" over "HR Innovation in einer Enterprise 2.0 – ...": the blog's menu
 * lists the post, but its title is no one word). Asked only of the line over a story's first line
 * that stands as a title (standsOverStory), so the page scan is rare.
 */
function sectionLabelAt(lines: Line[], i: number, index: PageIndex): boolean {
  const plain = plainOf(index, (lines[i] as Line).text).trim();
  if (!ONE_WORD.test(plain)) return false;
  const word = plain.toLowerCase();
  return lines.some(
    (line, k) =>
      k !== i &&
      line.text.length < 60 &&
      MENU_ITEM_MARK.test(line.text) &&
      line.text.replace(MENU_ITEM_MARK, '').trim().toLowerCase() === word,
  );
}

/** A menu's or trail's item mark: a bullet, w3m's "□", lynx's "+" or "o", a number. */
const MENU_ITEM_MARK = /^\s*(?:[•*·●▪◦○►»□+o-]|\d{1,3}[.)])\s+/u;

/** Words of the lines from `j` on up to the next blank line. */
function paragraphWords(lines: Line[], j: number): number {
  let words = 0;
  for (let k = j; k < lines.length && k < j + LEAD_LINES_MAX; k++) {
    words += wordCount((lines[k] as Line).text);
    if (!adjacent(lines, k, k + 1)) break;
  }
  return words;
}

/** Words at most of a headline inside the story dated by its own dateline (scoreCandidate). */
const OWN_DATE_WORDS = 15;

/** Words at least of a paragraph's first line under such a headline. */
const PARAGRAPH_WORDS = 8;

/** A paragraph led by its date in figures and a dash: "06.11.23 - Sensation in ...". */
const DATE_LED = /^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\s+[-–—]\s+\p{L}/u;

/**
 * What a headline gains over its signed byline and dateline (scoreCandidate): more than a copy
 * of the line elsewhere (+3), which a widget prints too (yahoo-3's video player prints its
 * video's title twice, three lines apart, just above the story; its headline stands 90 lines
 * higher over "By GILLIAN MOHNEY March 11, 2015 3:46 PM"). 3 found it in lynx only, 4 in both.
 */
const SIGNED_BONUS = 4;

/**
 * Printed again away from this line: the page's <title> or a breadcrumb and its <h1>: +3. A
 * site's name is printed twice too (masthead and footer): short lines get +1. Copies on adjacent
 * lines are a list of other stories printing each link twice (engadget): -3. Copies two or three
 * lines apart are not taken for one (a breadcrumb stands that close to its <h1>: heise, ars-1).
 */
function repeatScore(lines: Line[], span: Span, index: PageIndex): number {
  const { first: i, text: plain } = span;
  const keys = [quickKey((lines[i] as Line).text), quickKey(splitSiteName(plain).headline)];
  const seen = keys.flatMap((p) => index.counts.get(p) ?? []);
  // The line itself on the next line is a list's copy; as a part of a longer line (a breadcrumb
  // trail ending in it right above its <h1>, trafilatura's ihrwebprofi) it is a print of it.
  const whole = (j: number) => keys.includes(quickKey((lines[j] as Line).text));
  const short = wordCount(plain) < 4;
  const listCopy = (j: number) => short || isListCopy(lines, Math.min(i, j));
  if (seen.some((j) => Math.abs(j - i) === 1 && whole(j) && listCopy(j))) return -3;
  const copies = [...new Set(seen)].filter((j) => j !== i);
  if (copies.length === 0) return 0;
  if (copies.every((j) => sameNeighbours(lines, i, j, index))) return 0;
  return short ? 1 : 3;
}

/**
 * Lines i and j stand between the same two lines: a menu printed again whole (awo.org's, three
 * times over the article, whose "Arbeiten bei der AWO" outscored its headline by the copies:
 * trafilatura's pages), not a title printed again as the page's heading. A date under both is
 * the article's header printed again as a teaser (fischundfang's "Radical Pop-Ups und Dips" over
 * "28. Januar 2022", in lynx), which no menu item stands over.
 */
function sameNeighbours(lines: Line[], i: number, j: number, index: PageIndex): boolean {
  if (isDateline(plainOf(index, lines[i + 1]?.text ?? ''))) return false;
  const same = (a: number, b: number) =>
    lines[a] !== undefined &&
    lines[b] !== undefined &&
    quickKey((lines[a] as Line).text) === quickKey((lines[b] as Line).text);
  // Printed alike: an <h1> among its <h2> copies in a slider of teasers is the headline
  // (herrpfleger's "# New Balance: FuelCell Echo bringt Speed" in html2text).
  const alike = (lines[i] as Line).text.trim() === lines[j]?.text.trim();
  return alike && same(i - 1, j - 1) && same(i + 1, j + 1);
}

/**
 * Lines p and p + 1 of the page, the same text, are a list's copy of a link: printed on
 * adjacent lines of the file, or, with a blank line between, beside another such pair (engadget's
 * other stories, each printed twice, in w3m). A headline printed twice with a blank line between
 * and no list around it is a title and its heading (trafilatura's pages: "KI @ China (Teil 2):
 * ..." twice over its byline); a short one is a button printed twice (repeatScore: "Next story"
 * twice over medium-1's headline in html2text).
 */
function isListCopy(lines: Line[], p: number): boolean {
  if (adjacent(lines, p, p + 1)) return true;
  const same = (a: number, b: number) =>
    lines[a] !== undefined &&
    lines[b] !== undefined &&
    quickKey((lines[a] as Line).text) === quickKey((lines[b] as Line).text);
  return same(p - 2, p - 1) || same(p + 2, p + 3);
}

/** What the line's own shape says: heading marks, length, capitals, a sentence's full stop. */
function shapeScore(lines: Line[], span: Span): number {
  const { first: i, text: plain } = span;
  const n = wordCount(plain);
  let score = 0;
  // Capitals throughout are buttons and menus ("SIGN UP FOR OUR NEWSLETTER").
  if (n >= 3 && plain === plain.toUpperCase() && /\p{Lu}/u.test(plain)) score -= 2;
  const level = headingLevel((lines[i] as Line).text);
  if (level === 1) score += 4;
  else if (level === 2) score += 1;
  if (n >= 4 && n <= 25) score += 1;
  if (/[.]$/.test(plain) && n >= 8) score -= 2;
  // Two sentences on one line are a standfirst or a paragraph ("...about sharing. Uber's
  // really..."); two lower-case letters before the stop keep "U.S." and "Mr." out.
  if (n >= 12 && /\p{Ll}{2}[.!?]\s+\p{Lu}/u.test(plain)) score -= 1.5;
  return score;
}
