// A dump's headline taken from a box of teasers: the title of the story the page is about stands
// elsewhere, above the box or between it and the story (docs/figures.md, stop 43, hl43e). The
// last of page-header/revisions.ts's DUMP_HEADLINE_REVISIONS.

import {
  headingLevel,
  headlineScores,
  isUiText,
  tellsOf,
  TRAIL_SCORE,
  type Headline,
  type PageIndex,
} from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { wordCount } from '../../text.ts';
import { type Found, indexOf } from './found.ts';

/**
 * The candidate the story tells of (two long words shared with its first ones, tellsOf), where
 * the headline found is a teaser of another story: untold by the story and standing among other
 * untold candidates (amongTeasers). A "latest" or most-read list between the page's title and
 * the story found under it outscores the title by its nearness to the story: lacuarta's "LO
 * ÚLTIMO" ("Karen Doggenweiler sorprendió ..." over the title "“Va y agarra las llaves ...”"),
 * ledevoir's teasers each under "[image]" over "La fin des trottinettes en libre-service à
 * Montréal", litradio's list of interviews, Raptastisch's quoted rap lines. The best-scoring told
 * candidate above the story stands, when it is in a title's shape (toldTitleShape) and neither
 * right over nor right under the headline found: a kicker over a title and a standfirst under
 * it are told by the story where the title may not be (trafilatura's aussengedanken, economist,
 * jungle.world, nachtkritik, siegessaeule, lost without it). Not asked of a headline found by a
 * trail's end (TRAIL_SCORE), a gallery's (score 0), an html2text heading, a table's cell, nor one
 * standing right over the story (OVER_STORY).
 */
export function toldOverTeaser<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  const index = indexOf(page);
  if (!was || was.score <= 0 || was.score >= TRAIL_SCORE || story - was.last < OVER_STORY) {
    return found;
  }
  if (headingLevel((page[was.first] as Line).text) > 0 || TABLE_CELL.test(was.text)) return found;
  const from = Math.max(story, was.last + 1);
  if (tellsOf(page, from, was.text, index)) return found;
  const scores = headlineScores(page, story, index);
  if (!amongTeasers(page, from, was, scores, index)) return found;
  let best: Headline | null = null;
  for (const c of scores) {
    if (c.score < TEASER_FLOOR || (best && c.score <= best.score)) continue;
    if (c.last >= story || (c.first <= was.last + 1 && c.last >= was.first - 1)) continue;
    if (toldTitleShape(c.text) && tellsOf(page, from, c.text, index)) best = c;
  }
  return best && printsOf(page, best.text) < BOX_PRINTS ? { ...found, headline: best } : found;
}

/** Lines of the page that print `text`. */
function printsOf(page: Line[], text: string): number {
  return page.filter((line) => line.text.includes(text)).length;
}

/**
 * Whether TEASERS other candidates within TEASER_REACH lines of the headline found are untold by
 * the story too: a list of other stories' headlines (ledevoir's, lacuarta's), not a title alone
 * whose words the story does not repeat ("Nachhaltig leben", "Soziale Energie").
 */
function amongTeasers(
  page: Line[],
  from: number,
  was: Headline,
  scores: readonly Headline[],
  index: PageIndex,
): boolean {
  let teasers = 0;
  for (const c of scores) {
    if (c.first === was.first || Math.abs(c.first - was.first) > TEASER_REACH) continue;
    if (c.score < TEASER_FLOOR || TABLE_CELL.test(c.text)) continue;
    if (!tellsOf(page, from, c.text, index) && ++teasers >= TEASERS) return true;
  }
  return false;
}

/**
 * A title's shape: no sentence (a standfirst: presse-augsburg's "Die Ticketpreise im AVV werden
 * ... angehoben.Avv 1"), no caption ("Birgit Kelle (Bild: Facebook)", "Abb.: Collage ...",
 * "(Symbolbild)"), no quotation alone, no widget's text, TITLE_WORDS at most.
 */
function toldTitleShape(text: string): boolean {
  return (
    !isUiText(text) &&
    !SENTENCE_END.test(text) &&
    !INNER_SENTENCE_END.test(text) &&
    !CAPTION_MARK.test(text) &&
    !QUOTED.test(text) &&
    wordCount(text) <= TITLE_WORDS
  );
}

/** Scores of a teaser and of the title taken, at least (headlineScores: the weak ones are menus). */
const TEASER_FLOOR = 2;
/**
 * Prints of a title that make it a teaser of a box printed again and again (herrpfleger's lists
 * of posts printed three times in lynx, each post's date under it: the title over them took the
 * next teaser's date, "18. Januar 2019").
 */
const BOX_PRINTS = 4;
/** Lines between the headline found and the teasers beside it: lacuarta's stand 5 and 10 apart. */
const TEASER_REACH = 10;
/** Untold candidates beside the headline found that make it a teaser. */
const TEASERS = 2;
/** Lines from the headline found to the story under which it is the story's (greenpeace: 2). */
const OVER_STORY = 3;
/** Words of a title, at most (lacuarta's: 22). */
const TITLE_WORDS = 25;
/** A table's cell as html2text prints it ("Driving side | left", wikipedia-2). */
const TABLE_CELL = /\s\|\s/u;
const SENTENCE_END = /[.!]["”’)]?$/u;
const INNER_SENTENCE_END = /\p{Ll}[.!?]\s*\p{Lu}/u;
const CAPTION_MARK = /\((?:bild|foto|photo|symbolbild)\b|^abb\.:|bildquelle/iu;
const QUOTED = /^["„“«].*["“”»]$/u;
