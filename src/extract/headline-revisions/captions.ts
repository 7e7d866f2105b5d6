// A dump's headline taken from a picture's caption, alt text or credit, where the title stands a
// few lines over the picture (docs/figures.md, stop 44, hl44d). The last of page-header.ts's
// DUMP_HEADLINE_REVISIONS.

import {
  headlineScores,
  isListItem,
  isUiText,
  tellsOf,
  TRAIL_SCORE,
  type Headline,
} from '../../normalize/headline.ts';
import { AGENCY_END, isPhotoCredit } from '../../normalize/headline/headline-lines.ts';
import { adjacent } from '../../normalize/headline/page-index.ts';
import { ALT_WORDS } from '../../normalize/headline/title-cues.ts';
import { printedAgain } from '../../normalize/headline/printed-again.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { wordCount } from '../../text.ts';
import { type Found, indexOf } from './found.ts';
import { headlineUnderStart } from './headline-where-none.ts';
import { isDateline } from '../../normalize/headline/under-candidate.ts';
import { FULL_STOP, lineNoHeadline, titleShaped } from './line-marks.ts';

/**
 * The best-scoring candidate within CAPTION_REACH lines over a headline found that is a
 * picture's caption (captionTop): the title printed over its picture. Its shape is a title's
 * (titleShaped, no full stop at its end, no widget's text, no list item, no credit itself), and
 * the story tells of it (tellsOf: mtb-news' gallery hint "Tipp: du kannst mit der Tastatur
 * blättern" over its first caption is no title) or it stands under its dateline right over the
 * picture (datedOverPicture).
 */
export function titleOverCaption<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  // A trail's end (TRAIL_SCORE) is printed again as the longer trail line under it (leukefeld's
  // "Sie sind hier:Home»Newsarchiv»Dago Leukefeld wird ..."), which reads as an alt text's repeat.
  if (!was || was.score >= TRAIL_SCORE) return found;
  const top = captionTop(page, was) ?? altOverCredit(page, was);
  if (top === null) return found;
  const reach = reachOver(page, was);
  const index = indexOf(page);
  let best: Headline | null = null;
  for (const c of headlineScores(page, story, index)) {
    if (c.last >= top || c.last < top - reach) continue;
    if (best && best.score >= c.score) continue;
    if (!titleShaped(c.text) || FULL_STOP.test(c.text) || isUiText(c.text)) continue;
    if (isListItem((page[c.first] as Line).text) || isPhotoCredit(c.text)) continue;
    const told = tellsOf(page, Math.max(story, was.last + 1), c.text, index);
    if (!told && !datedOverPicture(page, c, top)) continue;
    best = c;
  }
  return best ? { ...found, headline: best } : found;
}

/**
 * A short title the story need not tell, right over the picture (its caption's top) and right
 * under a dateline of DATELINE_WORDS words at most: a header's order, dateline / title / picture
 * / subtitle / story. ejwue's "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)" /
 * "Faire Lieferketten" / "[csm_2020-02-05_lieferkette_979d95bffb]" / "Aktionen planen, die was
 * bewegen" (w3m, where the subtitle was taken: the story tells "Lieferkettengesetz", no title's
 * two long words; lynx prints the title as a heading at the margin).
 */
function datedOverPicture(page: Line[], c: Headline, top: number): boolean {
  if (c.last !== top - 1 || c.first < 1) return false;
  const over = (page[c.first - 1] as Line).text.trim();
  return wordCount(over) <= DATELINE_WORDS && isDateline(over);
}

/** Words of the dateline over such a title, at most (ejwue's: 8). */
const DATELINE_WORDS = 8;

/** Lines over a caption that its picture's title may stand (Solarserver: a dateline between). */
const CAPTION_REACH = 8;

/**
 * The headline found is a picture's alt text right over its caption, which ends in a news
 * agency's credit (isPhotoCredit's AGENCY_END): w3m's elpais.com.ciencia, "Antartida
 * temperatura" over "Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE". The
 * alt text is the caption's top.
 */
function altOverCredit(page: Line[], was: Headline): number | null {
  const under = page[was.last + 1];
  if (under === undefined || !adjacent(page, was.last, was.last + 1)) return null;
  return wordCount(was.text) <= ALT_OVER_CREDIT_WORDS && AGENCY_END.test(under.text)
    ? was.first
    : null;
}
const ALT_OVER_CREDIT_WORDS = 6;

/**
 * How far over a caption its title may stand: CAPTION_REACH, or TITLE_OVER_AGENCY_REACH over a
 * caption credited to a news agency (elpais: the title 14 lines over the picture, a share bar,
 * the byline printed twice and the dateline between, in w3m and lynx). A news picture's caption.
 */
function reachOver(page: Line[], was: Headline): number {
  for (let k = was.first; k <= Math.min(page.length - 1, was.last + 1); k++) {
    if (AGENCY_END.test((page[k] as Line).text)) return TITLE_OVER_AGENCY_REACH;
  }
  return CAPTION_REACH;
}
const TITLE_OVER_AGENCY_REACH = 16;

/**
 * An image's alt text as w3m prints it, alone on its line ("[Korsetts]"), or an inserted ad's slot
 * ("[INS::INS]": geburtstagsecke's subheading under it, its title over it, won in w3m).
 */
const IMAGE_MARK = /^\s*\[[^\]]+\]\s*$/u;

/**
 * The first line of the caption the headline found belongs to, or null when it reads as none:
 * a credit itself, a sentence under a credit line (Solarserver's second caption under "... Foto:
 * Shanghai Electric"), a line under an image's mark, or an alt text printed again within
 * ALT_REACH lines under it as the start of its longer caption (mtb-news, gnadlib).
 */
function captionTop(page: Line[], was: Headline): number | null {
  if (isPhotoCredit(was.text)) return was.first;
  const over = (page[was.first - 1] as Line | undefined)?.text ?? '';
  if (IMAGE_MARK.test(over)) return was.first - 1;
  if (lineNoHeadline(was.text)) {
    for (let k = was.first - 1; k >= Math.max(0, was.first - 2); k--) {
      if (isPhotoCredit((page[k] as Line).text)) return k;
    }
  }
  if (printedTwiceOver(page, was)) return was.first - 1;
  return altRepeated(page, was) ? was.first : null;
}

/**
 * The headline found is the line over it printed again, one line of ALT_WORDS words or more: a
 * picture's alt text and its caption alike (latercera's "Izkia Siches y Manuel Monsalve en el
 * Congreso" twice, a blank line between, under the byline, "Hace 13 horas" and the reading time,
 * the title wrapped over two lines above them: trafilatura's latercera.com-laagenda in lynx).
 */
function printedTwiceOver(page: Line[], was: Headline): boolean {
  const over = page[was.first - 1];
  if (was.last !== was.first || over === undefined) return false;
  const text = (page[was.first] as Line).text.trim();
  return over.text.trim() === text && wordCount(text) >= ALT_WORDS;
}

/** Lines under an alt text its caption may start (gnadlib: two lines of the post between). */
const ALT_REACH = 4;

/** The headline's text, of ALT_WORDS words or more, starts a longer line within ALT_REACH. */
function altRepeated(page: Line[], was: Headline): boolean {
  const text = was.text.replace(/\s+/g, ' ').trim();
  if (wordCount(text) < ALT_WORDS) return false;
  return printedAgain(page, text, was.last + 1, was.last + ALT_REACH + 1, 'longer', true);
}

/**
 * The story found at a picture's caption, its credit within CREDIT_LINES lines of the start
 * (omeda's "Eine Wissenschaftlerin arbeitet im Labor ..." over "© GettyImages/Nastasic"): the
 * title stands under the picture (over a trail there), and the story under it. The headline and
 * start headlineUnderStart finds under the caption are taken, as headlineWhereNone takes them
 * where no headline was found, unless the headline found stands right over the caption.
 */
export function titleUnderCaption<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (was && (was.score >= TRAIL_SCORE || story - was.last <= TITLE_OVER_PICTURE)) return found;
  let credit = false;
  for (let k = story; k < Math.min(page.length, story + CREDIT_LINES); k++) {
    credit ||= isPhotoCredit((page[k] as Line).text);
  }
  if (!credit) return found;
  const under = headlineUnderStart(page, story, indexOf(page));
  return under ? { ...found, ...under } : found;
}

/**
 * A headline found this near over a story found at a caption is the title over its picture
 * (evang's "Lockdown: Gottesdienste bleiben ..." three lines over "... Foto: ccnull/Marco Verch",
 * a quote under the caption taken for it without this, in w3m and lynx).
 */
const TITLE_OVER_PICTURE = 3;

/** Lines from the story's start its caption's credit may stand on (a caption of two lines). */
const CREDIT_LINES = 3;

/**
 * A figure's label glued on the title's words, taken for the headline ("Visual Abstract.
 * Influenza Vaccination for the Elderly" over the story of acpjournals, w3m): a label of one to
 * three words and a stop, then ECHO_WORDS words or more that a longer candidate over it prints
 * whole ("The Effect of Influenza Vaccination for the Elderly on Hospitalization and Mortality",
 * 40 lines over, under the journal's menu). A caption shortens the title it repeats; the best
 * scoring such candidate is the title. lynx took the title by its heading's margin.
 */
export function titleEchoedByFigure<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE) return found;
  const echo = FIGURE_LABEL.exec(was.text.trim())?.[1]?.replace(/\s+/g, ' ');
  if (echo === undefined || wordCount(echo) < ECHO_WORDS) return found;
  const key = echo.toLowerCase();
  let best: Headline | null = null;
  for (const c of headlineScores(page, story, indexOf(page))) {
    if (c.last >= was.first || (best && best.score >= c.score)) continue;
    const text = c.text.replace(/\s+/g, ' ');
    if (wordCount(text) < wordCount(echo) + ECHO_LONGER || !text.toLowerCase().includes(key)) {
      continue;
    }
    if (titleShaped(text) && !FULL_STOP.test(text) && !isUiText(text)) best = c;
  }
  return best ? { ...found, headline: best } : found;
}

/** A label of one to three words and a stop, then the words it labels (captured). */
const FIGURE_LABEL = /^\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2}\. (\p{Lu}.*\p{L})$/u;
/** Words of the title's words a figure's label repeats, at least (acpjournals': 5). */
const ECHO_WORDS = 4;
/** Words the title holds more than its echo, at least (acpjournals': 6). */
const ECHO_LONGER = 2;
