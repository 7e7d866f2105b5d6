// A dump's title printed as the story's first paragraph: the story start found at the title's
// own line, so that no candidate over the start is the title (docs/figures.md, stop 44, hl44h).
// The last of page-header/revisions.ts's DUMP_HEADLINE_REVISIONS.

import { isUiText, TRAIL_SCORE, type Headline } from '../../normalize/headline.ts';
import { isPhotoCredit } from '../../normalize/headline/headline-lines.ts';
import { reprintAt } from '../../normalize/headline/printed-again.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { datelineDay } from '../../normalize/dates.ts';
import { wordCount } from '../../text.ts';
import { type Found, indexOf, toldTitle } from './found.ts';
import { lineNoHeadline, titleShaped } from './line-marks.ts';

/**
 * The story found starts at a paragraph of one or two printed lines in a title's shape
 * (titleAtStartShaped), a paragraph of prose within two paragraphs under it, and the story tells
 * of it (toldTitle): the title itself, printed as the first of the story's paragraphs (flvw's
 * "Joana Herrmann fliegt bei den FLVW-Hallenmeisterschaften über 1,78 Meter" under a gallery's
 * captions, achtundvierzig's wrapped "Tagung: ..." over its dateline). It stands for the headline
 * found over the story, which readPageHeader then reads from under it; not for the trail's end
 * (TRAIL_SCORE), and where the headline found stands right over the story (RIGHT_OVER), only when
 * the story does not tell of that and a dateline stands under the title (achtundvierzig's
 * categories "Artikel, Unsere Forschung, Veranstaltungen" over it): a headline over its
 * standfirst or its picture's caption stands there too (dhb's, bostonherald's).
 */
export function titleAtStart<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || was.last >= story) return found;
  const title = startParagraph(page, story);
  if (title === null) return found;
  const printed = title.map((k) => (page[k] as Line).text.trim());
  // A line of it that ends a sentence or a question: a standfirst (foren.myoos' "Was ist Freie
  // Software und warum ist sie wichtig?" over "von Georg C. F. Greve").
  if (printed.some((line) => SENTENCE_CLOSE.test(line))) return found;
  const text = printed.join(' ');
  const last = title.at(-1) as number;
  if (!titleAtStartShaped(text) || !proseUnder(page, last + 1)) return found;
  const index = indexOf(page);
  if (!toldTitle(page, last + 1, text, index)) return found;
  if (!barLabelOverDateline(page, was, story)) {
    const told = toldTitle(page, story, was.text, index);
    if (told && was.score >= TOLD_SCORE) return found;
    if (story - was.last <= RIGHT_OVER && (told || !datelineUnder(page, last + 1))) return found;
  }
  const headline: Headline = { first: story, last, text, score: was.score };
  return { ...found, headline };
}

/**
 * The headline found is a label and its sender parted by a bar, right over the dateline the
 * title-shaped start stands under (verbaende's "Pressemitteilung | Verbraucherzentrale Sachsen
 * e.V." over "12.12.2022 12:22" over the press release's title, which w3m prints as a 91-column
 * paragraph of its own): a kicker's or a section's line, which a page's heading does not print
 * (a <title> does, at the page's top, with no dateline between it and the story). The story
 * naming the sender, and the label standing right over the start, then say nothing of it.
 */
function barLabelOverDateline(page: Line[], was: Headline, story: number): boolean {
  if (was.first !== was.last || !BAR.test(was.text)) return false;
  return story === was.last + 2 && datelineDay((page[was.last + 1] as Line).text) !== null;
}

/** A bar between two parts of a line, spaced. */
const BAR = /\S\s\|\s\S/u;

/**
 * A headline found that the story tells of and that scores this much stands (rutgers' "New Robot
 * Does Superior Job Sampling Blood" at 7.35 over its standfirst in lynx, correio24horas' at 13 in
 * html2text); flvw's gallery caption scored 2.2.
 */
const TOLD_SCORE = 4;

/** Lines over the story a headline found stands right over it (a standfirst or caption under). */
const RIGHT_OVER = 3;

/**
 * A title's shape (titleShaped) of TITLE_MIN_WORDS words or more, opening on a capital or a digit
 * and on no quotation mark (zooroyal's review "toller kaninchenstall ...", alexander-klier's
 * quote), with no sentence in it or at its end (weinkenner's standfirst "... überzeugen." run on
 * into its share bar), no question (impulse's and blog.amp's standfirsts "Dürfen Eltern ...?"),
 * no widget's text and no picture's credit (mannschaft's caption "... (Foto: Instagram /
 * @3ensta)", groove's).
 */
function titleAtStartShaped(text: string): boolean {
  if (!titleShaped(text) || wordCount(text) < TITLE_MIN_WORDS || !/^[\p{Lu}\d]/u.test(text)) {
    return false;
  }
  if (SENTENCE_CLOSE.test(text) || INNER_SENTENCE.test(text)) return false;
  if (isPhotoCredit(text)) return false;
  // A list of tags or links, not a title (salon-1's "Topics: uber, libertarians, Sydney, ...").
  if ((text.match(/,/g) ?? []).length >= LIST_COMMAS) return false;
  return !lineNoHeadline(text) && !isUiText(text);
}

/** Commas of a list of tags (salon-1's six); titles won print one. */
const LIST_COMMAS = 3;

/** Words a title printed as the story's first paragraph has at least (not a label). */
const TITLE_MIN_WORDS = 4;

/** A sentence's or a question's end (FULL_STOP, or "?"). */
const SENTENCE_CLOSE = /[.!?]["”’)]?$/u;

/** A sentence ending inside the text: a word, a full stop, a space, a capital. */
const INNER_SENTENCE = /\p{Ll}[.!?]\s+["“„(]?\p{Lu}/u;

/** The page's indexes of the paragraph starting at `at` (printed lines with no blank between). */
function startParagraph(page: Line[], at: number): number[] | null {
  const lines = [at];
  for (
    let k = at + 1;
    k < page.length && (page[k] as Line).n === (page[k - 1] as Line).n + 1;
    k++
  ) {
    if (lines.length === TITLE_LINES) return null;
    lines.push(k);
  }
  return lines;
}

/** Printed lines a title wraps over at most. */
const TITLE_LINES = 2;

/** Within PROSE_PARAGRAPHS paragraphs from `from`, one of PROSE_WORDS words or more. */
function proseUnder(page: Line[], from: number): boolean {
  let words = 0;
  let paragraphs = 0;
  for (let k = from; k < page.length; k++) {
    if (k > from && (page[k] as Line).n !== (page[k - 1] as Line).n + 1) {
      if (++paragraphs === PROSE_PARAGRAPHS) return false;
      words = 0;
    }
    words += wordCount((page[k] as Line).text);
    if (words >= PROSE_WORDS) return true;
  }
  return false;
}

/** A dateline or a byline between the title and its first paragraph: two paragraphs. */
const PROSE_PARAGRAPHS = 2;

/** Words of the first paragraph of prose under the title. */
const PROSE_WORDS = 30;

/** A dateline on the line right under the title (achtundvierzig's "28. Januar 2015 ..."). */
function datelineUnder(page: Line[], at: number): boolean {
  const line = page[at];
  return line !== undefined && datelineDay(line.text) !== null;
}

/**
 * The story found starts at a title's line glued over its standfirst, and the page prints that
 * line again alone at a paragraph's end within ECHO_REACH printed lines under it: the title, its
 * standfirst and the title again as the page's header prints them (sheego's "Die besten Tricks
 * von Marie Kondo für Kleiderschrank & Co." over "Sie ist die Königin des Aufräumens ..." in
 * lynx, which leaves out the spacer pictures w3m prints between them, and again under it). The
 * line stands for the headline found over the story on titleAtStart's terms (no trail's end, not
 * a headline the story tells of at TOLD_SCORE), and the story is read from under it.
 */
export function titleOverItsEcho<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || was.last >= story) return found;
  const first = page[story];
  if (first === undefined || (page[story + 1] as Line | undefined)?.n !== first.n + 1) return found;
  const text = first.text.trim();
  const shaped = titleAtStartShaped(text.replace(ABBREVIATION_END, ''));
  if (!shaped || !echoedUnder(page, story, text)) return found;
  const index = indexOf(page);
  if (toldTitle(page, story, was.text, index) && was.score >= TOLD_SCORE) return found;
  const headline: Headline = { first: story, last: story, text, score: was.score };
  return { ...found, headline };
}

/** A capitalised abbreviation's full stop at the end ("& Co."): no sentence's end. */
const ABBREVIATION_END = /(?<=\s\p{Lu}\p{Ll}{0,2})\.$/u;

/** Printed lines under the title its echo stands within (sheego's: 4, its standfirst's 3 lines). */
const ECHO_REACH = 8;

/** Line `at`'s text printed again under it, within ECHO_REACH lines, at a paragraph's end. */
function echoedUnder(page: Line[], at: number, text: string): boolean {
  const k = reprintAt(page, text, at + 2, at + ECHO_REACH + 1, 'same');
  if (k === null) return false;
  const next = page[k + 1];
  return next === undefined || next.n !== (page[k] as Line).n + 1;
}
