// The header lines under an earlier print of a dump's headline (underFirstPrint), read by
// readPageHeader (src/extract/page-header.ts) with those under the headline: a page may print
// its byline and date only under the first of two prints of its title.

import type { Headline } from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { wordCount } from '../../text.ts';
import { printKey } from '../headline-revisions/found.ts';
import { titleShaped } from '../headline-revisions/line-marks.ts';
import { isDateline } from '../headline-revisions/titles-over-datelines.ts';

/**
 * In a dump, metadata are read from the headline down to this many lines into the story
 * (readPageHeader), and this many under an earlier print of the headline.
 */
export const STORY_META_LINES = 6;

/**
 * The lines under an earlier print of the headline, up to the next: a page that prints its
 * headline twice (a header, then again over the story) may print the byline and date under
 * the first only (lifehacker: "Patrick Allan" and "3/09/15 8:00am" under the first print, 30
 * lines above the second, which stands over the story). Copies on adjacent lines are a list
 * printing each link twice, not a header.
 */
export function underFirstPrint(page: Line[], headline: Headline): Line[] {
  const j = earlierPrint(page, headline);
  if (j < 0 || printKey(page[j - 1]?.text ?? '') === printKey((page[j] as Line).text)) return [];
  const under = page.slice(j + 1, Math.min(j + 1 + STORY_META_LINES, headline.first));
  return beforeNextHeading(under, (page[j] as Line).text);
}

/**
 * The nearest earlier print of the headline within FIRST_PRINT_LINES, one printed at the margin
 * first: lynx prints a heading at the margin and a teaser's or caption's link indented, so an
 * indented copy is a link to the story, not its header (cooperativa.cl-presidente in lynx: the
 * headline read at the margin under its indented copy in the "En portada" teaser list, its header
 * 36 lines up at the margin with "Publicado: Miércoles, 4 de Mayo de 2022" under it, the photo's
 * indented caption between). Without a copy at the margin, the nearest at any indent, or -1.
 */
function earlierPrint(page: Line[], headline: Headline): number {
  const text = printKey((page[headline.first] as Line).text);
  let nearest = -1;
  for (let j = headline.first - 2; j >= Math.max(0, headline.first - FIRST_PRINT_LINES); j--) {
    const copy = (page[j] as Line).text;
    if (printKey(copy) !== text) continue;
    if (indentOf(copy) === 0) return j;
    if (nearest < 0) nearest = j;
  }
  return nearest;
}

/**
 * The lines under an earlier print of the headline up to the next heading printed with the
 * same marks (html2text's "## "): a list of teasers prints each title so, and what stands under
 * the next is that story's (herrpfleger in html2text: "## New Balance: FuelCell Echo bringt
 * Speed" / "vor 4 Monaten" / "Musik" / "## Faszination Loopstation-Battle" / "18. Januar 2019",
 * the next teaser's day, taken for the story's). w3m and lynx print no marks: nextTitleOverDate.
 */
function beforeNextHeading(under: Line[], print: string): Line[] {
  const marks = /^\s*(#{1,6})\s/.exec(print)?.[1];
  const next = marks
    ? under.findIndex((l) => /^\s*(#{1,6})\s/.exec(l.text)?.[1] === marks)
    : nextTitleOverDate(under, print);
  return next < 0 ? under : under.slice(0, next);
}

/**
 * Where no marks print the headings (w3m, lynx), the next line at the print's margin, of a
 * title's length (TEASER_TITLE_WORDS), with a dateline indented under it, right under or one line
 * lower: the next teaser over its day (herrpfleger in lynx: "New Balance: FuelCell Echo bringt
 * Speed" / "vor 4 Monaten" / "Musik" / "Faszination Loopstation-Battle" / "18. Januar 2019",
 * the dates indented under the titles at the margin), or -1.
 */
function nextTitleOverDate(under: Line[], print: string): number {
  const margin = indentOf(print);
  return under.findIndex(
    (l, k) =>
      k > 0 &&
      indentOf(l.text) === margin &&
      wordCount(l.text) >= TEASER_TITLE_WORDS &&
      titleShaped(l.text.trim()) &&
      !isDateline(l.text.trim()) &&
      under.slice(k + 1, k + 3).some((d) => indentOf(d.text) > margin && isDateline(d.text.trim())),
  );
}

/** The spaces a line is printed after. */
function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

/** A teaser's title has this many words at least (herrpfleger's "Faszination Loopstation-Battle"). */
const TEASER_TITLE_WORDS = 2;

/** An earlier print of the headline is looked for among this many lines above it. */
const FIRST_PRINT_LINES = 40;
