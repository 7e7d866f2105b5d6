// Whether a candidate names what the story tells: the long words it shares with the story's
// first sentences (withStoryWords' bonus), the lines further up than the window that share them
// (a story found too low), mastheads printed again, chrome candidates, and a kicker read with the
// headline under it (withKickerAbove).

import { wordCount } from '../../text.ts';
import { isSiteChrome } from '../site-chrome.ts';
import { type Line } from '../paragraphs.ts';
import { type Headline } from '../headline.ts';
import { quickKey, LIST_ITEM } from './page-furniture.ts';
import { INSIDE_STORY_LINES, panelLines } from './story-start.ts';
import { DOMAIN_MASTHEAD, isHeadlineCandidate } from './headline-lines.ts';
import { longWordsOf, storyWords } from './told-by-story.ts';
import { adjacent, type PageIndex, plainOf } from './page-index.ts';
import { TRAIL_LEAD } from './trails.ts';
import { SOLE_H1_FROM } from './h1-titles.ts';
import { type Span } from './candidate-score.ts';

/**
 * A headline names what the story tells: its words come back in the story's first sentences
 * ("Pierogi z dynią w sosie szałwiowym" over a recipe of "pierogi" and "dynią", "Größtes
 * solarthermisches Kraftwerk der Welt entsteht in Dubai" over "... Kraftwerk ... Dubai"), where a
 * menu's or a box's line that wins by its place over the story ("Przygotowanie krok po kroku",
 * "BMWK A bis Z", "Veuillez SVP entrez une adresse e-mail valide") shares none. A candidate scores
 * up to STORY_WORDS_BONUS for the words of four letters or more it shares with the story's first
 * STORY_WORDS such words (from the line under it), STORY_WORDS_FULL of them for the whole bonus.
 * Two candidates on consecutive lines (a kicker over its headline, a headline over its standfirst)
 * both take the larger of their two bonuses: a standfirst shares more words with the story than
 * its headline, and such pairs stay decided by their shapes (kicker.ts, scoreCandidate).
 * Built, on trafilatura's declared titles (docs/figures.md, stop 38): w3m +8 -1, lynx +12 -0,
 * html2text +5 -0; on every page and without the pairs' shared bonus, replayed: +17 -7, +22 -4,
 * +6 -0 (the losses standfirsts over their headlines); rarer words only (printed on at most 3 or 5
 * of the page's lines) won less and lost more.
 */
export function withStoryWords(
  lines: Line[],
  story: number,
  scores: Headline[],
  shortTitles: Set<number>,
): void {
  if (scores.length === 0) return;
  const paired = storyWordsBonuses(lines, story, scores);
  // Only where the line that wins as scored shares no word with the story: a line sharing some
  // may be the headline over a caption or a description that shares more (Readability's aclu,
  // "Cell phone with Facebook on it ...", wikipedia-3's "Matrix equal to its conjugate-transpose"
  // under "Hermitian matrix"), and a headline in Chinese or Japanese has no words to count.
  let best = 0;
  scores.forEach((scored, k) => {
    if (scored.score > (scores[best] as Headline).score) best = k;
  });
  // Nor where it is a short title taken by its place (nameTitleAt, oneWordTitleAt): two or three
  // words need not come back in the story ("Kleine Schafskunde" over a sheep's "Mäscot das Schaf
  // – Webcomic", maescot in lynx, lost without this).
  if (
    (paired[best] as number) > 0 ||
    shortTitles.has(best) ||
    UNSPACED.test((scores[best] as Headline).text)
  ) {
    return;
  }
  scores.forEach((scored, k) => (scored.score += paired[k] as number));
}

/**
 * Each candidate's bonus for the story's words it shares (withStoryWords), the larger of its own
 * and a neighbour's where two stand on consecutive lines.
 */
function storyWordsBonuses(lines: Line[], story: number, scores: Headline[]): number[] {
  const told = new Map<number, Set<string>>();
  const bonus = scores.map(({ last, text }) => {
    const start = Math.max(story, last + 1);
    let words = told.get(start);
    if (words === undefined) {
      words = storyWords(lines, start);
      told.set(start, words);
    }
    const own = new Set(longWordsOf(text));
    let shared = 0;
    for (const word of own) if (words.has(word)) shared++;
    return STORY_WORDS_BONUS * Math.min(1, shared / STORY_WORDS_FULL);
  });
  return scores.map((scored, k) =>
    Math.max(
      bonus[k] as number,
      ...scores.flatMap((other, o) =>
        Math.abs(other.first - scored.first) === 1 ? [bonus[o] as number] : [],
      ),
    ),
  );
}

/**
 * The first line of the wide window above the story: FAR_WINDOW lines up, a share panel's lines
 * not counted (as headlineWindow counts), and no more than FAR_WINDOW_REACH lines in all; `from`
 * (headlineWindow's first line) where that is higher. The story may be found far below its
 * headline: a product page's specs, a recipe's steps, a settings table or the comments read as
 * the story's start, while the headline and the article's first short paragraphs stand 40 to 100
 * lines up (docs/figures.md, stop 38: 33 of w3m's missed titles, 28 of lynx's, stood outside the
 * 40-line window). Lines there are candidates only when toldByStory and no print of the site's
 * masthead (mastheadPrint).
 */
export function wideWindowStart(lines: Line[], story: number, from: number): number {
  const low = Math.max(0, story - FAR_WINDOW_REACH);
  if (from <= low) return from;
  const panel = panelLines(lines, low, story);
  let counted = 0;
  let start = story;
  while (start > low && counted < FAR_WINDOW) {
    start--;
    if (!panel.has(start)) counted++;
  }
  return Math.min(start, from);
}

/**
 * Line `i` is printed on the page's first SOLE_H1_FROM lines, the site's masthead, or is one of
 * them: a press release names its association ("Deutscher Verband Flüssiggas e.V.", dvg.de's logo
 * line printed again over its sticky menu, 60 lines over the story: lost in w3m and lynx).
 */
export function mastheadPrint(lines: Line[], i: number, index: PageIndex): boolean {
  if ((lines[i] as Line).n < SOLE_H1_FROM) return true;
  const prints = index.counts.get(quickKey((lines[i] as Line).text)) ?? [];
  return prints.some((j) => (lines[j] as Line).n < SOLE_H1_FROM);
}

/**
 * Line `i` above the window is printed again in it or at the story's top (INSIDE_STORY_LINES;
 * a print further down is a teaser's or a comment's): that print is the candidate, the one far up a
 * teaser of the same article (furche.at's "Achtsam durch die Krise" in a list of dated teasers
 * 100 lines over its own print: the header read from the teaser's took another teaser's date).
 */
export function printedNearer(
  lines: Line[],
  i: number,
  window: { from: number; story: number },
  index: PageIndex,
): boolean {
  const { from, story } = window;
  const prints = index.counts.get(quickKey((lines[i] as Line).text)) ?? [];
  return prints.some((j) => j >= from && j <= story + INSIDE_STORY_LINES);
}

/**
 * Lines counted up from the story for the wide window (wideWindowStart), and the most lines it
 * reaches in all. On trafilatura's declared titles (docs/figures.md, stop 39), as a range of its
 * own: w3m +4 -0, lynx +2 -0, html2text +1 -0. Widening the headline window itself (its trails
 * and standfirst tests reaching up too) won w3m +7 -2 and lynx +1 -1 at 55 lines, +7 -1 and +3 -1
 * at 70, +7 -1 and +5 -2 at 100 (200 in all), one page less each at 150 (300 in all), and lost
 * html2text three titles and Readability's bug-1255978 at 100.
 */
const FAR_WINDOW = 100;
const FAR_WINDOW_REACH = 2 * FAR_WINDOW;

/** A script written without spaces between words (Han, kana, Hangul). */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Shared words that give a candidate the whole bonus. */
const STORY_WORDS_FULL = 3;
/** What a candidate sharing STORY_WORDS_FULL words with the story scores more. */
const STORY_WORDS_BONUS = 2;

/**
 * A line of the site's own chrome (site-chrome.ts: a call to action, a widget, a server notice, a
 * list's heading) is no candidate, though it keeps its headline-like shape as a neighbour: a
 * caption under a share widget's notice is still no headline of its own (5min.at in html2text,
 * whose caption the story starts at took the headline when the notice above it was dropped).
 */
export function isChromeCandidate(index: PageIndex, text: string, span: string): boolean {
  const plain = plainOf(index, text);
  return (
    isSiteChrome(plain) ||
    isSiteChrome(span) ||
    DOMAIN_MASTHEAD.test(plain) ||
    DOMAIN_MASTHEAD.test(span)
  );
}

/**
 * A headline printed over two lines, its kicker's colon ending the first ("Tanz in der St.
 * Galler Lokremise:" / "Mit allen Wassern gewaschen": a <br> or a kicker's own element): the
 * line ending in a colon is no candidate, so the second half was taken alone (trafilatura's
 * 0a29620f in w3m and lynx). The pair is one headline when the kicker stands first in its block
 * (a blank line over it), is no label ("Sie sind hier:", "Von:", "Schlagwörter:": two words at
 * least, no list item) and the two read as a headline together.
 */
export function withKickerAbove(
  lines: Line[],
  i: number,
  span: { text: string; last: number },
  index: PageIndex,
): Span {
  const own = { first: i, ...span };
  if (i < 1 || !adjacent(lines, i - 1, i) || adjacent(lines, i - 2, i - 1)) return own;
  const above = (lines[i - 1] as Line).text;
  if (!above.trimEnd().endsWith(':') || LIST_ITEM.test(above) || TRAIL_LEAD.test(above.trim())) {
    return own;
  }
  const kicker = plainOf(index, above).replace(/\s*:$/, '');
  const words = wordCount(kicker);
  if (words < 2 || words > KICKER_WORDS || !isHeadlineCandidate(kicker)) return own;
  const text = `${kicker}: ${span.text}`;
  return isHeadlineCandidate(text) ? { first: i - 1, last: span.last, text } : own;
}

/**
 * Line i stands right under a topics box's label (TOPICS_LABEL, colon ended): a tag's link, no
 * candidate.
 */
export function underTopicsLabel(lines: Line[], i: number, index: PageIndex): boolean {
  if (i < 1 || !adjacent(lines, i - 1, i)) return false;
  const above = (lines[i - 1] as Line).text;
  return (
    above.trimEnd().endsWith(':') && TOPICS_LABEL.test(plainOf(index, above).replace(/\s*:$/, ''))
  );
}

/**
 * Line i is an item of a table of contents: a run of lines printed right under one another up
 * from it to a contents label (CONTENTS_LABEL, "Inhalt", "Contents"), within CONTENTS_ITEMS
 * lines, and it is printed again further down (the item links to the story's subheading, which
 * the page prints again there). No candidate: fisch-hitparade's "Muss man den PKW-Führerschein
 * abgeben?" under lynx's "Inhalt", told by the story as its subheading, outscored the title
 * over it (10.75 to 7.55).
 */
export function inContentsList(lines: Line[], i: number, index: PageIndex): boolean {
  for (let k = i - 1; k >= 0 && i - k <= CONTENTS_ITEMS && adjacent(lines, k, k + 1); k--) {
    const label = plainOf(index, (lines[k] as Line).text).replace(LIST_MARK, '');
    if (!CONTENTS_LABEL.test(label)) continue;
    const prints = index.counts.get(quickKey((lines[i] as Line).text)) ?? [];
    return prints.some((j) => j > i);
  }
  return false;
}

/** The heading of a table of contents, in the corpora's languages (50 lynx dumps print one). */
const CONTENTS_LABEL =
  /^(?:inhalt|inhaltsverzeichnis|inhaltsübersicht|(?:table of )?contents|sommaire|índice|indice|contenido|inhoud|inhoudsopgave)$/iu;

/**
 * A list item's mark or lynx's link number before the label ("* [3]Inhalt"). The marks are the
 * dump tools' own, not BULLET_MARKS (page-furniture.ts): w3m's "•", html2text's "*" and "-",
 * lynx's "*" and its nested lists' "+" and "o", which BULLET_MARKS leaves out ("o" before a
 * space is a word too, Portuguese and Spanish); the glyphs pages print themselves (·●▪◦○►)
 * stay on the label, so a label after one is not read as a contents heading. Taking them too
 * would be a change of behaviour, to be measured.
 */
const LIST_MARK = /^(?:[*•+o-]\s+)?(?:\[\d+\])?/u;

/** Items of a table of contents over a candidate at most (fisch-hitparade's fourth: 4). */
const CONTENTS_ITEMS = 12;

/**
 * A box of the story's topics or tags, its label over its links ("Zugehörige Themenseiten:" /
 * "Digitalisierung und IT-Sicherheit" under handwerk-magazin's headline in w3m and lynx, which
 * read as a kicker over a title and outscored the headline right above it): no kicker.
 */
const TOPICS_LABEL =
  /^(?:(?:zugehörige|verwandte|weitere|alle|mehr) )?(?:themen(?:seiten)?|schlagw(?:ö|o)rte(?:r)?|tags|stichw(?:ö|o)rte(?:r)?)$|^(?:related|more|all) (?:topics|tags)$/iu;

/** Words of a kicker printed over its headline, colon ended ("Tanz in der St. Galler Lokremise:"). */
const KICKER_WORDS = 8;
