// A line the story does not tell taken for the headline over the story's header, whose title
// stands by its own byline or dateline: a blog's tagline, a picture's caption, a teaser or a
// link over the title (stop 46, branch hl46c). html2text marks the title "# " (an <h1>); w3m and
// lynx print it as a plain line, and these revisions read the cues all dumps share instead.

import { type Found, indexOf, toldTitle } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  headingLevel,
  headlineScores,
  isUiText,
  pageBylineOf,
  tellsOf,
  TRAIL_SCORE,
  type Headline,
} from '../../normalize/headline.ts';
import { wordCount } from '../../text.ts';
import { FULL_STOP, LIST_MARK, lineNoHeadline, titleShaped, twoLongWords } from './line-marks.ts';
import { isDateline } from './titles-over-datelines.ts';

/**
 * The headline found is a line the story does not tell (tellsOf), and the candidate right under
 * it is a title the story tells with its own byline or dateline within UNDER_HEADER_LINES under
 * it, scoring within UNDER_MARGIN of it: the header's own title is the lower line. html2text
 * marks both as headings ("# Papaganda" / "## Eine Insel mit zwei Zwergen…" / "# Minions mit
 * Schablonen malen ..."; surfguard's "## SurfGuards Blog über ..." over "# Ich las, sah,
 * hörte: ..."), w3m and lynx print them as plain lines, and the upper one won as a headline over
 * its standfirst.
 */
export function toldTitleUnder<T extends Found>(page: Line[], found: T): T {
  const { story } = found;
  const was = untoldHeadline(page, found);
  if (!was) return found;
  const index = indexOf(page);
  const under = headlineScores(page, story, index).find(
    (c) => c.first === was.last + 1 && c.score >= was.score - UNDER_MARGIN,
  );
  if (!under || !plainTitle(page, under) || !headerUnder(page, under.last)) return found;
  if (
    !toldTitle(page, Math.max(story, under.last + 1), under.text, index) &&
    !taglineOver(page, was, under)
  ) {
    return found;
  }
  return { ...found, headline: under };
}

/**
 * The headline found where the story does not tell it (tellsOf), no trail's end (TRAIL_SCORE)
 * nor a heading html2text marks; else null.
 */
function untoldHeadline(page: Line[], { story, headline: was }: Found): Headline | null {
  if (!was || was.score >= TRAIL_SCORE || headingLevel((page[was.first] as Line).text) > 0) {
    return null;
  }
  return tellsOf(page, Math.max(story, was.last + 1), was.text, indexOf(page)) ? null : was;
}

/** A candidate in a title's shape: no heading mark, no sentence or full stop, no widget's text. */
function plainTitle(page: Line[], c: Headline): boolean {
  const text = c.text;
  return (
    headingLevel((page[c.first] as Line).text) === 0 &&
    titleShaped(text) &&
    !FULL_STOP.test(text) &&
    !lineNoHeadline(text) &&
    !isUiText(text)
  );
}

/**
 * A byline or a dateline right under line `last`, or under list items (a post's categories, date
 * and comments: "• DIY (Do it Yourself)" / "• 2 Apr, 2016") within UNDER_HEADER_LINES lines.
 * Not under another line: lynx's it-finanzmagazin took a teaser's "FINTECH20. Juni 2019" over
 * the title over its dateline without this.
 */
function headerUnder(page: Line[], last: number): boolean {
  for (let k = last + 1; k <= Math.min(page.length - 1, last + UNDER_HEADER_LINES); k++) {
    const line = (page[k] as Line).text;
    if (headerLine(page, k)) return true;
    if (!LIST_MARK.test(line)) return false;
  }
  return false;
}

/**
 * A title the story does not tell stands under a blog's tagline where its byline or dateline is
 * right under it and it is the shorter of the two (surfguard's "SurfGuards Blog über das Leben in
 * einer Blase aus Medien, Fußball und Politik", 13 words, over "Ich las, sah, hörte: Medien im
 * Oktober 2016" over "1. November 2016 ..."). A title over its subtitle over the byline is no
 * longer than it: w3m's klaenge-des-verschweigens ("Klänge des Verschweigens" / "Ein
 * detektivischer Musikfilm" / "von Klaus Stanjek") took the subtitle without the length test.
 */
function taglineOver(page: Line[], was: Headline, under: Headline): boolean {
  return (
    twoLongWords(under.text) &&
    headerLine(page, under.last + 1) &&
    wordCount(under.text) < wordCount(was.text)
  );
}

/** Line `k`, a list's mark left out, is a dateline or a byline. */
function headerLine(page: Line[], k: number): boolean {
  const text = (page[k]?.text ?? '').replace(LIST_MARK, '').trim();
  return text !== '' && (isDateline(text) || pageBylineOf(text) !== null);
}

/** Lines under the title its byline or dateline stands (papaganda: a category's item between). */
const UNDER_HEADER_LINES = 2;

/** The title scores this much less than the line over it, at most (papaganda: 1.95). */
const UNDER_MARGIN = 2;

/**
 * The headline found is a line the story does not tell over the story's header, where a title
 * the story tells stands right under a dateline of its own, within HEADER_REACH lines over the
 * story, scoring within UNDER_MARGIN of it (the best such): d76bb5cd's teaser "Ingo Kantorek
 * (†44): Letzter Auftritt ..." (4.10) over "19.10.2019 17:41 1" / "Fünf Kleinkinder und zwei
 * Erwachsene sterben ..." (2.80); enwb's "Zurück zum Newsroom" (5.80) over "06.12.2022" /
 * "Umweltfreundliche Geldanlage: Bürgerbeteiligung am Windpark Steinheim" (4.45). Asked first of
 * the revisions: toldOverTeaser and longerTitleOver, asked of the untold line, took d76bb5cd's
 * subtitle and enwb's glued trail, which the story tells.
 */
export function toldTitleUnderDateline<T extends Found>(page: Line[], found: T): T {
  const { story } = found;
  const was = untoldHeadline(page, found);
  if (!was) return found;
  const index = indexOf(page);
  let best: Headline | null = null;
  for (const c of headlineScores(page, story, index)) {
    if (c.first <= was.last + 1 || c.last >= story || story - c.last > HEADER_REACH) continue;
    if (c.score < was.score - UNDER_MARGIN || (best && best.score >= c.score)) continue;
    if (!isDateline((page[c.first - 1] as Line).text) || !plainTitle(page, c)) continue;
    if (toldTitle(page, Math.max(story, c.last + 1), c.text, index)) best = c;
  }
  return best ? { ...found, headline: best } : found;
}

/**
 * Lines over the story the dated title stands at most (d76bb5cd: a subtitle and a standfirst
 * between, 4): rueda.wikidot's toolbar "Edit Tags History Files Print Site tools + Options"
 * under a page's revision date, 20 lines over the story found, was taken without it.
 */
const HEADER_REACH = 4;
