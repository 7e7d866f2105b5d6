// Rules of html2text's "# " headings: the page's only <h1> below its first lines is most often
// the headline (SOLE_H1), an <h1> over the story or echoed in the title scores, an <h2> with a
// byline under it stands for the headline, and an <h1> over a dated lead counts as the story's.

import { wordCount, OPENS_LOWER_CASE } from '../../text.ts';
import { type Line } from '../paragraphs.ts';
import { opensWithBy } from './page-bylines.ts';
import { headingLevel, isPageFurniture, isListItem } from './page-furniture.ts';
import { SENTENCE_END } from './line-shape.ts';
import { HEADLINE_WINDOW } from './story-start.ts';
import { isHeadlineCandidate } from './headline-lines.ts';
import { paragraphTailAt } from './kicker-pairs.ts';
import { adjacent, type PageIndex, plainOf, isHeadlineLineOf } from './page-index.ts';
import { LABELLED_NOTICE, isDateline, linesUnder, namesAuthor } from './under-candidate.ts';

/**
 * The page's only <h1> (html2text's "# "), below its first lines, is the headline on 490 of the
 * 590 trafilatura pages whose html2text dump prints one "# " line, and the one candidate most of
 * the 49 it lost to stood out by nothing (a button's "Zum Kreditvergleich", a teaser's title,
 * a caption): it scores SOLE_H1 more. A site's logo is the <h1> in the first SOLE_H1_FROM lines
 * ("Gnaur", "Disfunctions.de", "regards.fr" on line 0 to 5), not the headline.
 */
export const SOLE_H1 = 3;
export const SOLE_H1_FROM = 6;

/**
 * A "## " heading with a byline under it stands within HEADLINE_WINDOW lines under line `i`: the
 * article's own header, under a section's name printed as the page's <h1> ("# Allergies Health
 * Center" over "## Babies Who Eat Peanuts Early May Avoid Allergy" / "By Brenda Goodman, MA",
 * Readability's webmd-1 and -2), which then gets no SOLE_H1.
 */
function bylinedH2Under(lines: Line[], i: number, index: PageIndex): boolean {
  for (let k = i + 1; k < lines.length && k <= i + HEADLINE_WINDOW; k++) {
    if (headingLevel((lines[k] as Line).text) !== 2) continue;
    const under = linesUnder(lines, k, k + 3, index);
    if (under.some((text) => isBylineUnderH2(text))) return true;
  }
  return false;
}

/**
 * A byline's line under such a "## " heading. A paragraph of the story may open on "Von" before
 * a span of years ("Von 1970 – 1973 leitete Vikar Manfred Schlichte den Chor." under
 * "# Chorgeschichte" / "## 1968 bis heute Knabenmusik ...": trafilatura's chorknaben-ulm in
 * html2text, whose <h1> lost its SOLE_H1 to it).
 */
function isBylineUnderH2(text: string): boolean {
  return !BY_FIGURE.test(text.trim()) && (opensWithBy(text) || namesAuthor(text));
}

/** "Von", "By" before a figure: a span of years or a date ("Von 1970 – 1973 leitete ..."). */
const BY_FIGURE = /^(?:by|par|von|por|door|di)\s+\d/i;

/**
 * Line `i` is the page's only <h1>, below its first SOLE_H1_FROM lines, with no bylined "## "
 * heading under it: a candidate of one word too, scoring SOLE_H1 more.
 */
function isSoleH1(lines: Line[], i: number, index: PageIndex): boolean {
  return (
    index.h1.length === 1 &&
    index.h1[0] === i &&
    (lines[i] as Line).n >= SOLE_H1_FROM &&
    !bylinedH2Under(lines, i, index)
  );
}

/**
 * Line `i` is the page's <h1> over the story: its only one (isSoleH1), or the only one between
 * the logo's first SOLE_H1_FROM lines and the story (no bylined "## " under it either), where a blog prints its name as an <h1> on
 * top and its sidebar's boxes as <h1>s under the story ("# Nebelsuppe." under "# Das Leben, der
 * Meister und ich…" and over "# Blogprojekte", "# Vergangenes…"; "# Elektro-Zapfsäulen." over
 * "# Wer schreibt hier?", "# Meta": trafilatura's creeny and sprechblase in html2text).
 */
export function isStoryH1(lines: Line[], i: number, story: number, index: PageIndex): boolean {
  if (isSoleH1(lines, i, index)) return true;
  if (i >= story || (lines[i] as Line).n < SOLE_H1_FROM || !index.h1.includes(i)) return false;
  for (const k of index.h1) {
    if (
      k !== i &&
      k < story &&
      (lines[k] as Line).n >= SOLE_H1_FROM &&
      !isEchoedH1(lines, k, index)
    )
      return false;
  }
  return !h2Between(lines, i, story) && !bylinedH2Under(lines, i, index);
}

/**
 * Line `k` is an <h1> whose text the line right under it prints again: a site's name and its
 * heading printed twice by the theme ("# Marktplatz für ein gutes Leben" over "## Marktplatz für
 * ein gutes Leben", 20 lines over trafilatura's marktplatz.die-besserwisser "# Alles hat seine
 * Zeit…"), a masthead as the logo's <h1> on the first lines is (SOLE_H1_FROM), not a story's.
 */
function isEchoedH1(lines: Line[], k: number, index: PageIndex): boolean {
  const under = lines[k + 1];
  return (
    under !== undefined && plainOf(index, under.text) === plainOf(index, (lines[k] as Line).text)
  );
}

/**
 * A "## " heading stands between line `i` and the story: the article's headline under a site's
 * or a section's <h1> ("# Detailansicht" / "## Tag des Zweinutzungshuhns am 22. Januar",
 * "# seelenradio" / "## Nummer zwei: Leo": trafilatura's oekolandbau and seelenradio in
 * html2text, lost without this).
 */
function h2Between(lines: Line[], i: number, story: number): boolean {
  for (let k = i + 1; k < story; k++) if (headingLevel((lines[k] as Line).text) === 2) return true;
  return false;
}

/**
 * The story's <h1> (isStoryH1) is a candidate of one word too, and of a title opening in lower
 * case as the page writes it ("# micropolitics", a dictionary's entry; "# creditshelf kooperiert
 * mit finleap ...", a company's name: trafilatura's pages in html2text), which isHeadlineCandidate
 * asks to open in a capital: the <h1> mark tells the title where the capital does elsewhere.
 */
export function h1Candidate(lines: Line[], i: number, story: number, index: PageIndex): boolean {
  if (!isStoryH1(lines, i, story, index)) return false;
  const text = (lines[i] as Line).text;
  const plain = plainOf(index, text);
  if (isHeadlineCandidate(text, plain, 1)) return true;
  if (!OPENS_LOWER_CASE.test(plain) || h2Between(lines, i, story)) return false;
  const capital = plain.charAt(0).toUpperCase() + plain.slice(1);
  return isHeadlineCandidate(`# ${capital}`, capital, 1);
}

/**
 * What a candidate loses under a headline and its standfirst (belowLead): more than the story
 * right under it earns (+1.5) and its nearness to it (up to +2) give it over that headline. On
 * trafilatura's pages such lines standing between the standfirst and the story, a caption
 * ("Elias Ymer während der Davis-Cup-Finalrunde 2021 in Madrid", printed twice), a byline, a
 * section's subheading ("Schmerz und seine Funktion" under the standfirst and a table of
 * contents), were taken for the headline.
 */
export const BELOW_LEAD = 3;
/** belowLead looks for the headline among this many lines above a candidate. */
const LEAD_LINES = 25;

/**
 * Line `i` stands under a headline-like line and the paragraph printed under it: a standfirst
 * (leadUnder). The window's lines only, from `from` on.
 */
export function belowLead(lines: Line[], i: number, from: number, index: PageIndex): boolean {
  for (let k = i - 2; k >= Math.max(from, i - LEAD_LINES); k--) {
    if (!isHeadlineLineOf(index, (lines[k] as Line).text)) continue;
    const lead = leadUnder(lines, k, index);
    if (lead !== null && lead < i) return true;
  }
  return false;
}

/** A standfirst's words: a sentence or two (a caption is fewer, the story's paragraphs more). */
const LEAD_WORDS = { min: 15, max: 90 };
/** A standfirst's lines in a dump wrapped at 100 columns (html2text prints it on one). */
export const LEAD_LINES_MAX = 6;

/**
 * The last line of the paragraph printed right under line `k` (the next line and those adjacent
 * to it, no blank line between) when it reads as a standfirst: LEAD_WORDS words of text, no list
 * or furniture, ending a sentence; else null.
 */
export function leadUnder(lines: Line[], k: number, index: PageIndex): number | null {
  let words = 0;
  for (let j = k + 1; j < lines.length && j <= k + LEAD_LINES_MAX; j++) {
    const text = plainOf(index, (lines[j] as Line).text);
    if (isListItem((lines[j] as Line).text) || isPageFurniture(text)) return null;
    words += wordCount(text);
    if (words > LEAD_WORDS.max) return null;
    if (adjacent(lines, j, j + 1)) continue;
    return words >= LEAD_WORDS.min && SENTENCE_END.test(text) ? j : null;
  }
  return null;
}

/**
 * A dateline on the line over the story's first line, at most one blank line between: the
 * body finder starts regards' and theoriginalcopy's stories at the headline itself, their
 * dateline ("Accueil | Par Loïc Le Clerc | 30 septembre 2018") printed over it. A notice opening
 * with a one-word label (the PHP warnings einfachspanien prints, "Deprecated : preg_replace():
 * ...", one under its dateline) is no headline there.
 */
export function datedAbove(lines: Line[], i: number, index: PageIndex): boolean {
  const line = lines[i] as Line;
  if (LABELLED_NOTICE.test(plainOf(index, line.text))) return false;
  const above = lines[i - 1];
  if (above === undefined || line.n - above.n > 2 || !isDateline(plainOf(index, above.text))) {
    return false;
  }
  // Not when a headline's line stands right over the dateline: the line under it opens the
  // story (schwimmverband.at in lynx: "FINA Weltmeisterschaften VERSCHOBEN" / "01.02.2022
  // Allgemein" / its standfirst). A paragraph's wrapped last line is none: lynx ends
  // bumsbutzener-gumpfen.blogspot.com's description over "Dienstag, 28. April 2020" / "Tach
  // auch!" on "Autors finden. Trotzdem viel Spaß beim Nachkochen.)", short enough for a title
  // (w3m's last line of it is long, and w3m had the title).
  const over = lines[i - 2];
  if (
    over !== undefined &&
    above.n - over.n <= 2 &&
    isHeadlineCandidate(over.text, plainOf(index, over.text)) &&
    !paragraphTailAt(lines, i - 2, index)
  ) {
    return false;
  }
  // Printed once: searchlight.vc prints its headline and "Posted on ..." twice over the story
  // and twice again lower down, where the story's own copy is trafilatura's text.
  return lines.filter((other) => other.text.trim() === line.text.trim()).length === 1;
}
