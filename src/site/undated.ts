// The layout of an archive, or of one listing, whose articles mostly have no date (issue 24).
//
// Dates order a news archive: the home page shows the latest articles, listings run newest
// first, feeds carry the newest. Where most articles have no date (the BBC News corpus has none
// at all), that order is character order in disguise ("$1m payoff..." first) and every row says
// "Undated". Such a listing goes by title instead, with an A–Z index of jump links, and says so;
// the home page leads with what does describe the articles (topics) and lists them by title.
//
// Each listing decides for itself, so a topic whose articles are dated keeps its "newest first"
// in an archive that is mostly undated, and the reverse. "Mostly" is defined at mostlyUndated.

import { compareText } from '../order.ts';
import { sentences } from '../text.ts';
import type { Block } from '../types.ts';

/**
 * A list is "mostly undated", and laid out by title, when more than nine in ten of its articles
 * have no date (UNDATED_SHARE). Below that the dates still shape what a reader sees: the dated
 * articles lead the list, the timeline and the feed, and the undated follow in title order. The
 * seeds are such an archive: real scraped articles, of which one in eight prints its date (1 of
 * 8 articles, fragments included; 1 of 4 stories). Past nine in ten, a page of 20 rows opens with
 * one or two dated rows at most and reads as title order that says "Undated" on every other row,
 * and most listings have no dated article at all; the BBC News corpus, with no date in any of its
 * 2,225 files, is the extreme case. The line is drawn between those two real archives.
 */
const UNDATED_SHARE = 0.9;

export function mostlyUndated(dates: readonly (unknown | null)[]): boolean {
  const undated = dates.filter((date) => date === null).length;
  return dates.length > 0 && undated > dates.length * UNDATED_SHARE;
}

/** How a listing is ordered: by date, newest first, or by title. */
export type ListingOrder = 'newest' | 'title';

/** One letter of an A–Z index: where its first article is, and how many it has. */
export interface LetterLink {
  /** "A"..."Z", or "#" for titles that start with a digit or another script's letter. */
  letter: string;
  count: number;
  /** The page holding the letter's first article, with the anchor of that article's row. */
  url: string;
  /** The anchor of that row, "letter-b" (see letterAnchor). */
  anchor: string;
  /** Index of the letter's first article in the listing. */
  first: number;
}

/** The anchor of a letter's first row on a listing page, "letter-b". */
function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}

/**
 * What a title is filed under: lower case, accents and leading punctuation, symbols and
 * character references ("&#163;1.8m", "$1m", "'Blair...") dropped, so that "Élan" files with
 * E, "$1m payoff" with the digits, and "'Hitler' row" with H.
 */
export function titleKey(title: string): string {
  return title
    .replace(/&#?[A-Za-z0-9]+;/g, ' ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '');
}

/** The A–Z letter a title is filed under; "#" for digits and letters outside a–z. */
export function letterOf(title: string): string {
  const first = titleKey(title).charAt(0);
  return /[a-z]/.test(first) ? first.toUpperCase() : '#';
}

/**
 * By title, A to Z: "#" (digits and other scripts) first, as in a book's index, then by the
 * filing key, the title as written, and the id, so that the order is total.
 */
export function compareByTitle(
  a: { title: string; id: string },
  b: { title: string; id: string },
): number {
  const la = letterOf(a.title);
  const lb = letterOf(b.title);
  if (la !== lb) return la === '#' ? -1 : lb === '#' ? 1 : compareText(la, lb);
  return (
    compareText(titleKey(a.title), titleKey(b.title)) ||
    compareText(a.title, b.title) ||
    compareText(a.id, b.id)
  );
}

/**
 * The A–Z index of a listing sorted by title, split into pages of `pageSize`: each letter links
 * to the page of its first article, at that row. `pageUrl` gives a page's address by number.
 */
export function letterIndex(
  titles: readonly string[],
  pageSize: number,
  pageUrl: (pageNumber: number) => string,
): LetterLink[] {
  const links: LetterLink[] = [];
  titles.forEach((title, i) => {
    const letter = letterOf(title);
    const last = links.at(-1);
    if (last?.letter === letter) {
      last.count++;
      return;
    }
    const page = Math.floor(i / pageSize) + 1;
    const anchor = letterAnchor(letter);
    links.push({ letter, count: 1, url: `${pageUrl(page)}#${anchor}`, anchor, first: i });
  });
  return links;
}

/** Fewest words of a summary: fewer is a label or a score line, not a sentence. */
const MIN_SUMMARY_WORDS = 5;
/**
 * Most words of a summary. A news lead runs 20 to 40 words; 60 is room for a long one, and
 * beyond it the "sentence" is a run-on the splitter could not cut, too long for a list.
 */
const MAX_SUMMARY_WORDS = 60;

/**
 * Whether text reads as one whole sentence: it starts with a capital, a digit or an opening
 * quote (not a bracket or a dash, as "(after extra-time - score at 90 mins 1-1)" does), ends
 * with a full stop, a question or an exclamation mark (a closing quote may follow), and runs
 * MIN_SUMMARY_WORDS to MAX_SUMMARY_WORDS words.
 */
export function isSentence(text: string): boolean {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).length;
  if (words < MIN_SUMMARY_WORDS || words > MAX_SUMMARY_WORDS) return false;
  if (!/^["“‘']?[\p{Lu}\p{N}]/u.test(trimmed)) return false;
  return /[.!?]["”’']?$/u.test(trimmed);
}

/**
 * Paragraphs searched for the first sentence. Lines that are not sentences can stand before a
 * story's lead: in the BBC corpus a score line ("Arsenal win 4-2 on penalties"), a fact box
 * ("Playing colours:", "All black", "The Haka and more!") of up to three; past four paragraphs
 * the text is no longer the lead.
 */
const LEAD_PARAGRAPHS = 4;

/**
 * The one-sentence summary a list item shows: the standfirst when it is a sentence, else the
 * article's first sentence (the first of its first LEAD_PARAGRAPHS paragraphs that opens with
 * one); otherwise none, rather than a fragment. A standfirst of several sentences gives its
 * first.
 */
export function summarySentence(
  standfirst: string | null,
  blocks: readonly Block[],
): string | null {
  const candidates: string[] = [];
  if (standfirst) candidates.push(sentences(standfirst.trim())[0] ?? '');
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  for (const paragraph of paragraphs.slice(0, LEAD_PARAGRAPHS)) {
    candidates.push(sentences(paragraph.text.trim())[0] ?? '');
  }
  return candidates.map((text) => text.trim()).find(isSentence) ?? null;
}
