// One candidate's score: its place (the lines under and around it: byline, dateline, the story)
// read by candidatePlace, the cues of title-cues.ts added in headerScore, and the fallback for a
// headline printed inside the story's first lines (insideStoryFallback). Returns null for a
// candidate the page shows is no headline.

import { wordCount } from '../../text.ts';
import { type Line } from '../paragraphs.ts';
import { isSignedBy } from './page-bylines.ts';
import { headingLevel } from './page-furniture.ts';
import { SENTENCE_END } from './line-shape.ts';
import { HEADLINE_WINDOW, type Window } from './story-start.ts';
import { adjacent, type PageIndex, plainOf, isHeadlineLineOf } from './page-index.ts';
import { isDateline, linesUnder, namesAuthor } from './under-candidate.ts';
import { INNER_STOP } from './wrapped-titles.ts';
import { isMenuBar } from './menu-bar.ts';
import { SOLE_H1, isStoryH1, BELOW_LEAD, belowLead, datedAbove } from './h1-titles.ts';
import {
  printedAsTitle,
  standsOverStory,
  CAPTION_FALLBACK,
  captionAbove,
  OWN_DATE_WORDS,
  PARAGRAPH_WORDS,
  DATE_LED,
  SIGNED_BONUS,
  repeatScore,
  shapeScore,
} from './title-cues.ts';

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
export function scoreCandidate(
  lines: Line[],
  span: Span,
  story: number,
  { from, distance }: Window,
  index: PageIndex,
): number | null {
  const { first: i } = span;
  const place = candidatePlace(lines, span, story, from, index);
  let fallback = 0;
  if (i > story) {
    const inside = insideStoryFallback(lines, span, story, place, index);
    if (inside === null) return null;
    fallback = inside;
  }
  if (headingLevel((lines[i] as Line).text) !== 1 && inDatedTeaserList(lines, span, index)) {
    return null;
  }
  const repeat = repeatScore(lines, span, index);
  if (i <= story && noHeadlineAtStory(lines, span, place, from, repeat, index)) return null;
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
 * A candidate reaching the story's first line (`place.atStory`) that does not stand as its
 * headline: a long sentence, a line running on under it, a line under a headline, or one with
 * none of a headline's marks there. At the story's first line, a line printed again apart (the
 * page's title, a picture's caption: REPEATED) is the headline too, with no dateline under it:
 * trafilatura's cointelegraph ("CME nun zweitgrößte Bitcoin (BTC)-Futures-Börse: ...", its byline
 * and date above it) and peptalks ("Haben sich Mozarts Eltern ... gesorgt?") had none.
 */
function noHeadlineAtStory(
  lines: Line[],
  span: Span,
  { atStory, named, dated, next, long, underHeadline }: CandidatePlace,
  from: number,
  repeat: number,
  index: PageIndex,
): boolean {
  const i = span.first;
  return (
    atStory &&
    (long ||
      next !== '' ||
      underHeadline ||
      !(
        dated ||
        named ||
        printedAsTitle(lines, i, from, repeat, index) ||
        datedAbove(lines, i, index) ||
        standsOverStory(lines, span, index)
      ))
  );
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
  const standsAlone = next === '' || datelineNext(lines, span.last, index);
  if (long || !standsAlone || !((dated && named) || h1 || ownDate || underCaption)) return null;
  return (dated && named) || h1 || ownDate ? 0 : CAPTION_FALLBACK;
}

/**
 * Whether a candidate at line `i`, two lines or more into the story found, may pass
 * insideStoryFallback, read from the lines around it before any span or score: its span starts
 * at `i` or at a kicker on `i - 1` (withKickerAbove), so inside the story still, and ends at `i`
 * or at its wrapped tail on `i + 1` (headlineSpan); the lines under it that the fallback reads
 * lie within the five under `i`. It stands there only marked as an <h1>, under a dateline (its
 * own date, datedAbove), over a dateline or a paragraph led by its date (a byline and a date, or
 * its own date), or under a caption (captionAbove). None of those near, it is no candidate: most
 * lines into the story (on clean generated text 4,000 of 4,001 scored were dropped there, each
 * read as a headline's line and placed first).
 */
export function mayStandInsideStory(
  lines: Line[],
  story: number,
  i: number,
  index: PageIndex,
): boolean {
  for (const k of [i - 1, i]) {
    if (headingLevel((lines[k] as Line).text) === 1 || captionAbove(lines, story, k)) return true;
    // datedAbove reads the line over the span's first.
    if (isDateline(plainOf(index, (lines[k - 1] as Line).text))) return true;
  }
  for (let j = i + 1; j < Math.min(lines.length, i + 1 + UNDER_INSIDE_LINES); j++) {
    const plain = plainOf(index, (lines[j] as Line).text);
    if (isDateline(plain) || DATE_LED.test(plain)) return true;
  }
  return false;
}

/**
 * Lines under a candidate inside the story that insideStoryFallback reads: candidatePlace's five
 * under its last line (`last + 5`, linesUnder), its last at most one under its first.
 */
const UNDER_INSIDE_LINES = 5;

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
  if (after.some(isSentenceLine)) score += 1;
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
  if (
    last + 1 < story &&
    isHeadlineLineOf(index, below) &&
    (belowWords >= n || belowWords >= 8) &&
    !isMenuBar(lines, story, below, index)
  ) {
    score += 1;
  }
  return score;
}

/**
 * A line of a standfirst's length that ends like a sentence: its end read first (most lines under
 * a candidate end on no stop), its words counted once.
 */
function isSentenceLine(text: string): boolean {
  if (!SENTENCE_STOP.test(text)) return false;
  const n = wordCount(text);
  return n >= 5 && n <= 40;
}
const SENTENCE_STOP = /[.!?]["”’)]?$/;

/**
 * Under the story's text or over it (asked of every candidate but a `# ` heading), a box of
 * other posts prints each as a title over its date (herrpfleger's "Lesenswert":
 * "Runtastic-Lauf zu Nike+ exportieren" / "31. Mai 2016", "New Balance Fresh Foam 1080" / "22.
 * Februar 2016", ...; its slider over the story in lynx; diy-expeditions' news: "Reise-Angebot:
 * ..." / "Beschreibung: ..." / "5. Juli 2018 read more"): a candidate with a dateline within
 * TEASER_DATE_GAP lines under it, where another line of a headline's length stands over a
 * dateline at the same distance within TEASER_LIST_LINES lines above or under it, is one of a
 * list of teasers, no headline. The story's own header has one title over its dates.
 */
function inDatedTeaserList(lines: Line[], span: Span, index: PageIndex): boolean {
  const gap = datelineGap(lines, span.last, index);
  if (gap === 0) return false;
  for (let k = span.first - TEASER_LIST_LINES; k <= span.last + TEASER_LIST_LINES; k++) {
    if (k >= span.first && k <= span.last) continue;
    const text = lines[k]?.text;
    // The dateline's distance first: lines of the story under the candidate were not read as
    // headlines yet, and few lines stand at the same distance over a dateline (all pure tests).
    if (text === undefined || datelineGap(lines, k, index) !== gap) continue;
    if (!isHeadlineLineOf(index, text)) continue;
    if (wordCount(plainOf(index, text)) >= TEASER_WORDS) return true;
  }
  return false;
}

/** How many lines under line `last` a short dateline stands (TEASER_DATE_GAP at most), or 0. */
function datelineGap(lines: Line[], last: number, index: PageIndex): number {
  for (let g = 1; g <= TEASER_DATE_GAP; g++) {
    const text = lines[last + g]?.text;
    if (text === undefined) continue;
    const plain = plainOf(index, text);
    if (wordCount(plain) <= TEASER_DATE_WORDS && isDateline(plain)) return g;
  }
  return 0;
}

/** A teaser's date stands right under its title or under a line of its text (diy-expeditions). */
const TEASER_DATE_GAP = 2;
/**
 * A teaser's date line is short ("5. Juli 2018 read more"): a paragraph's line holding a date
 * is none (damianduchamps' "... am 09.07.2019" under the post's first line).
 */
const TEASER_DATE_WORDS = 6;
/** Teasers of a box stand within this many lines of each other (herrpfleger: 4, with a kicker). */
const TEASER_LIST_LINES = 6;
/** A teaser's title of this many words: no menu's item over a date. */
const TEASER_WORDS = 3;

/**
 * The line under line `i` is a short dateline: a headline inside the story found may stand
 * right over its date (lynx prints fdpbt.de-epidemischenLage's "   Beendigung der epidemischen
 * Lage von nationaler Tragweite" over "   27.10.2021 Bundespressekonferenz" with no blank line
 * between, w3m a blank line apart; the story was found at the menu's blurb above, and the title,
 * no candidate, lost to the menu's "Zeit für neues Denken"). The words counted first: most
 * lines under a paragraph's line are its next, long.
 */
export function datelineNext(lines: Line[], i: number, index: PageIndex): boolean {
  const next = lines[i + 1]?.text ?? '';
  return wordCount(next) <= NEXT_DATELINE_WORDS && isDateline(plainOf(index, next).trim());
}
/** A dateline's words at most under a title inside the story (fdpbt's 2). */
const NEXT_DATELINE_WORDS = 6;
