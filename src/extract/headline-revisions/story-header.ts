// A dump's title standing in the story's own header, where html2text's "# " finds it and w3m and
// lynx print nothing that the scorer weighs: a day's date glued in front of it, a title that is a
// quote over its dateline, a title under a picture's credited caption that the story was found
// at (docs/figures.md, stop 48, branch hl48c). Each is asked only where the headline found is
// not told by the story (tellsOf) or stands far over it: the page's header line then has the
// better claim.

import { isPhotoCredit } from '../../normalize/headline/headline-lines.ts';
import {
  headlineScores,
  opensWithBy,
  pageBylineOf,
  tellsOf,
  TRAIL_SCORE,
  type Headline,
} from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { leadingSpaces, matchKey, wordCount } from '../../text.ts';
import { type Found, indexOf } from './found.ts';
import { headlineUnderStart } from './headline-where-none.ts';
import { FULL_STOP, titleLike, titleShaped, twoLongWords } from './line-marks.ts';
import { isDateline } from './titles-over-datelines.ts';

/**
 * Lines over the story the story's header stands within (hl46c's HEADER_REACH): a headline
 * found further over, with menus between, is no part of it (bafa's "Film & Technik", 24 lines
 * over the story in w3m; france.attc's "Attac dans le monde", 55 lines over).
 */
const HEADER_REACH = 4;

/** The headline found has no claim the header's line lacks: far over the story, or untold. */
function weakHeadline(page: Line[], found: Found): boolean {
  const { story, headline: was } = found;
  if (!was) return true;
  if (was.score >= TRAIL_SCORE) return false;
  return story - was.last > HEADER_REACH || !tellsOf(page, story, was.text, indexOf(page));
}

/**
 * A day's date glued in front of a capitalised word (no space between): the date and the title
 * printed in one heading ("27.01.2022MineralölINFO November 2021 (Mineralölabsatz)", bafa in w3m
 * and lynx; html2text prints "# 27.01.2022Mineralöl..."). Across the 884 w3m dumps the shape
 * stands on 3 pages: bafa, bike-magazin's teaser list (89 lines, each a teaser's sentence) and
 * wind-energie's "08.12.2022Bundesverband WindEnergie" (a sender under the title, not over the
 * story).
 */
const GLUED_DATE = /^\s*\d{1,2}\.\d{1,2}\.\d{4}(?=\p{Lu})/u;

/**
 * The line right over the story opens on a date glued to the title (GLUED_DATE): the rest, in a
 * title's shape (two long words, no full stop at its end), is taken for the headline where the
 * headline found is weak (weakHeadline).
 */
export function titleAfterGluedDate<T extends Found>(page: Line[], found: T): T {
  const { story } = found;
  const line = page[story - 1];
  if (line === undefined) return found;
  const date = GLUED_DATE.exec(line.text);
  if (date === null) return found;
  const text = line.text.slice(date[0].length).trim();
  if (!titleLike(text) || FULL_STOP.test(text)) return found;
  if (!weakHeadline(page, found)) return found;
  const score = found.headline?.score ?? 0;
  return { ...found, headline: { first: story - 1, last: story - 1, text, score } };
}

/** The headline's line, where a date is glued in front of it (titleAfterGluedDate), or null. */
export function gluedDateLine(page: Line[], headline: Headline): Line | null {
  const line = page[headline.first] as Line;
  return headline.first === headline.last && GLUED_DATE.test(line.text) ? line : null;
}

/** A quote opening and closing a line: «...», „...“, "...", “...”. */
const WHOLE_QUOTE = /^\s*(?:«[^«»]+»|„[^„“]+“|"[^"]+"|“[^“”]+”)\s*$/u;

/** Words of a quoted title, at least: a quote of a sentence, no label. */
const QUOTE_TITLE_WORDS = 4;

/**
 * A title that is a quote ("« Les privatisations sont au profit d'intérêts privés ... »", an
 * interview's words, france.attc in w3m and lynx, wrapped over two lines) over its dateline
 * ("jeudi 13 juin 2019, par Attac France"), the dateline within HEADER_REACH lines over the
 * story: the scorer weighs no line that a quote's marks open and close, which the story's own
 * quotes are too. Taken where the headline found is weak (weakHeadline).
 */
export function quotedTitleOverDateline<T extends Found>(page: Line[], found: T): T {
  const { story } = found;
  for (let d = story - 1; d >= Math.max(1, story - HEADER_REACH); d--) {
    if (!isDateline((page[d] as Line).text)) continue;
    const quote = quoteOver(page, d);
    if (quote === null || !weakHeadline(page, found)) return found;
    const score = found.headline?.score ?? 0;
    return { ...found, headline: { ...quote, score } };
  }
  return found;
}

/** The quote ending on the line over `at`, one line or two (wrapped), or null. */
function quoteOver(page: Line[], at: number): Omit<Headline, 'score'> | null {
  const last = page[at - 1];
  if (last === undefined) return null;
  const over = page[at - 2];
  const texts = [last.text.trim()];
  if (over !== undefined && over.n === last.n - 1) texts.unshift(`${over.text.trim()} ${texts[0]}`);
  for (const text of texts) {
    if (!WHOLE_QUOTE.test(text) || wordCount(text) < QUOTE_TITLE_WORDS) continue;
    const first = text === texts.at(-1) ? at - 1 : at - 2;
    return { first, last: at - 1, text };
  }
  return null;
}

/** Lines from the story's start a caption's credit may end on (unzensuriert: 3 lines over it). */
const CAPTION_CREDIT_REACH = 4;

/**
 * The story found at a picture's caption: a credit ("Foto: Wikimedia / Etienne Ansotte, © ...")
 * within CAPTION_CREDIT_REACH lines under its start, and the headline found over it untold by
 * the story (unzensuriert's tagline "Demokratisch, kritisch, polemisch und selbstverständlich
 * parteilich" over the hero picture, in w3m and lynx). The headline and story under the credit
 * that headlineUnderStart finds are taken; where that story is a dateline, those under it (the
 * section's name "Europäische Union" stands over "6. November 2023 / 09:18 Uhr", the title under
 * it). captions.ts titleUnderCaption asks a
 * credit within 3 lines and no headline right over the caption (evang's title, told).
 */
export function titleUnderCreditedCaption<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE) return found;
  const index = indexOf(page);
  if (tellsOf(page, story, was.text, index)) return found;
  for (let k = story + 1; k < Math.min(page.length, story + CAPTION_CREDIT_REACH + 1); k++) {
    if (!isPhotoCredit((page[k] as Line).text)) continue;
    let under = headlineUnderStart(page, k, index);
    // The section's name over the dateline is read first; the title stands under the dateline.
    if (under && isDateline((page[under.story] as Line).text)) {
      under = headlineUnderStart(page, under.story, index);
    }
    return under ? { ...found, ...under } : found;
  }
  return found;
}

/** Lines over the headline found its title may stand ("Seite drucken" between them on awo). */
const SUBTITLE_GAP = 3;
/** Lines of the story read for the title and subtitle named together. */
const NAMED_LINES = 12;
/** Words of the subtitle's opening that must follow the title where the story names the two. */
const SUBTITLE_OPENING = 3;

/**
 * The story names the piece by its title and subtitle in one run ("In dem Appell „Menschenrechte
 * achten – uneingeschränkten Zugang zur Gesundheitsversorgung gewähren ...“", awo in w3m and
 * lynx): the headline found is the subtitle (4.40), and the candidate within SUBTITLE_GAP lines
 * over it (3.80) whose words the story prints right before the subtitle's opening words is the
 * title. A kicker over its title is not named so.
 */
export function titleNamedWithSubtitle<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE) return found;
  const opening = matchKey(was.text).split(' ').slice(0, SUBTITLE_OPENING).join(' ');
  if (opening.split(' ').length < SUBTITLE_OPENING) return found;
  // Read under the headline found: a story found over it (googleblog's tagline over its title,
  // the story's start) prints the two lines in one run by their order alone.
  const from = Math.max(story, was.last + 1);
  const told = matchKey(
    page
      .slice(from, from + NAMED_LINES)
      .map((l) => l.text)
      .join(' '),
  );
  if (!told.includes(opening)) return found;
  for (const c of headlineScores(page, story, indexOf(page))) {
    if (c.last >= was.first || was.first - c.last > SUBTITLE_GAP) continue;
    if (!twoLongWords(c.text) && wordCount(c.text) < 2) continue;
    if (!titleShaped(c.text) || FULL_STOP.test(c.text)) continue;
    if (told.includes(`${matchKey(c.text)} ${opening}`)) return { ...found, headline: c };
  }
  return found;
}

/** A byline's line: opening with "By"/"von" or holding a page's byline ("von besserwisser eG"). */
function printsByline(text: string): boolean {
  return opensWithBy(text) || pageBylineOf(text) !== null;
}

/**
 * A blog post's header: its dateline right over the title and its byline right under it
 * ("Veröffentlicht am 5. April 2017" / "Alles hat seine Zeit…" / "von besserwisser eG",
 * marktplatz.die-besserwisser in w3m and lynx), within HEADER_REACH lines over the story. The
 * best such candidate is taken where the headline found is weak (weakHeadline: marktplatz's site
 * name, printed twice at the page's top, 6.10 to 2.85, hl46c's class (c)).
 */
export function titleBetweenDateAndByline<T extends Found>(page: Line[], found: T): T {
  const { story } = found;
  let best: Headline | null = null;
  for (const c of headlineScores(page, story, indexOf(page))) {
    if (c.last >= story || story - c.last > HEADER_REACH || (best && best.score >= c.score)) {
      continue;
    }
    const over = page[c.first - 1]?.text ?? '';
    const under = page[c.last + 1]?.text ?? '';
    if (!isDateline(over) || !printsByline(under)) continue;
    if (titleLike(c.text)) best = c;
  }
  return best && weakHeadline(page, found) ? { ...found, headline: best } : found;
}

/**
 * A label printed twice before its colon ("Special Special: Fußball – Bundesliga heute live im
 * TV und Stream", d60caba9 in w3m and lynx: a badge's word and the label's): a link to the
 * site's special on the story's topic, set over the title as a kicker. Across the corpora's w3m
 * dumps the shape stands on 3 lines (d60caba9, gothamist's teaser "Extra Extra: ...",
 * pocketpc's "Danke Danke: 64").
 */
const DOUBLED_LABEL = /^\s*(\p{L}+) \1:\s/u;

/**
 * The headline found opens on a doubled label (DOUBLED_LABEL): the candidate right under it,
 * with its byline or dateline right under it, is the title ("Bundesliga: Dortmund - Gladbach
 * live sehen!" over "von Dennis Kochinky", 5.90 to the kicker's 6.85).
 */
export function titleUnderDoubledLabel<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || !DOUBLED_LABEL.test(was.text)) return found;
  for (const c of headlineScores(page, story, indexOf(page))) {
    if (c.first !== was.last + 1 || !titleLike(c.text)) continue;
    const under = page[c.last + 1]?.text ?? '';
    if (printsByline(under) || isDateline(under)) {
      return { ...found, headline: c };
    }
  }
  return found;
}

/** Lines of a post's opening between its byline and a quote it introduces (zahlenzauberin: 2). */
const INTRO_LINES = 3;

/**
 * The headline found opens a quote the post introduces: the line over it ends on a colon and is
 * indented less ("Da läuft gerade ein spannendes nah dran zum Thema:" over the quoted broadcast's
 * title "Freude, Falle, Frust: Der Mutterliebe zarte Sorgen", indented as a blockquote in w3m and
 * lynx: zahlenzauberin). The candidate whose byline stands right under it, INTRO_LINES lines or
 * fewer over the introducing line, is the post's title ("Was zum hören in den Ferien" over "von
 * zahlenzauberin", 2.75 to the quote's 4.45).
 */
export function titleOverIntroducedQuote<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  const intro = page[(was?.first ?? 0) - 1];
  if (!was || intro === undefined || !/:\s*$/u.test(intro.text)) return found;
  const quoted = (page[was.first] as Line).text;
  if (leadingSpaces(quoted) <= leadingSpaces(intro.text)) return found;
  for (const c of headlineScores(page, story, indexOf(page))) {
    const byline = c.last + 1;
    if (byline >= was.first - 1 || was.first - 1 - byline > INTRO_LINES) continue;
    const under = (page[byline] as Line).text;
    if (!printsByline(under)) continue;
    if (titleLike(c.text)) return { ...found, headline: c };
  }
  return found;
}
