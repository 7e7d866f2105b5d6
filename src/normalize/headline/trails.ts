// Breadcrumb trails ("Home > News > Headline", "StartseiteAstro-BilderPlejaden, M45", a list of
// three to eight items): a trail's last item, or the line printed under a glued trail, is the
// headline (TRAIL_SCORE), and a trail's items and separators are cut from a candidate's text
// (trailEnd, breadcrumbEnd) or never taken as candidates (separatedTrailItem).

import { wordCount } from '../../text.ts';
import { type Line } from '../paragraphs.ts';
import {
  stripHeadingMarks,
  quickKey,
  isPageFurniture,
  LIST_ITEM,
  BULLET_MARKS,
} from './page-furniture.ts';
import { wrapsInto } from './line-shape.ts';
import { isHeadlineCandidate } from './headline-lines.ts';
import { adjacent } from './page-index.ts';

/**
 * A glued trail opens on the home page's item, its words run into the next item's
 * ("StartseiteAstro-Bilder"), or separates its items by a trail's arrows, spaced or glued to the
 * items' words ("Forum>iPhone>kein App Store mehr über Mobile Daten mit iOS 13 ?" over the
 * thread's title: trafilatura's d43f330c in w3m and lynx, which had no headline; a slash glued
 * to words is an "and/or"): a caption's credit ("Kathrin Führes © Kathrin Führes") or a
 * picture's label ("Profile picture for user Leena Simon") over the name alone is none. The home
 * item in Bengali and Hindi too, "হোম" and "होम" (the English word written in their scripts):
 * ukbdnews.com.23646's "হোম বাংলাদেশ এমপির ভাইকে ..." over its title in w3m, whose dateline in
 * Bengali was taken (docs/figures.md, stop 48, hl48g).
 */
const GLUED_TRAIL =
  /^(?:home|homepage|startseite|start|accueil|inicio|início|হোম|होम)|\s[/>»›→]\s|\p{L}[>»›→]\p{L}/iu;
/** A label of up to three words before a trail's first item ("Sie sind hier:", "You are here:"). */
const TRAIL_LABEL = /^(?:[\p{L}]+ ){0,2}[\p{L}]+ ?:\s*/u;
/** Words of a glued trail's items before the headline, at most ("Home Angelmethoden Angeln allgemein"). */
const GLUED_TRAIL_WORDS = 6;

/**
 * A breadcrumb trail printed on one line, its items run together or spaced, ends in the headline
 * printed whole on the next line ("StartseiteAstro-BilderPlejaden, M45" / "Plejaden, M45",
 * "Durchsuchen: Home » Unbefriedigt" / "Unbefriedigt", "Home Angelmethoden Angeln allgemein
 * Fishing Masters Show in Rostock im Mai 2022" / "Fishing Masters Show ...": trafilatura's
 * pages, where the trail was taken for the headline). That next line is the headline, as a list
 * trail's last item is (TRAIL_SCORE). The one nearest the story, between lines from and to.
 */
export function gluedTrailEnd(
  lines: Line[],
  from: number,
  to: number,
): { at: number; last: number; text: string } | null {
  for (let i = Math.min(to, lines.length - 1) - 1; i >= from; i--) {
    if ((lines[i] as Line).text.length > 300) continue;
    // A trail wrapped onto more lines ("Sie sind hier:Home»Newsarchiv»Dago Leukefeld wird
    // „Botschafter des Sports“ der ifzw" / "impulsstiftung": lynx, leukefeld-handball; "Home /
    // fuSWball / FB-Rhön Hassberge / Wenn man ... in Abwesendheit" / "vielleicht ...": w3m, SW1).
    // Its later lines are no list items: a trail printed as a list is listTrailEnd's.
    let trail = (lines[i] as Line).text;
    // MAY_BE_TRAIL tested on each line as it joins: no match spans the joining space, so the
    // joined text holds one where a line does. Testing the joined text flattened it for every
    // line of the window, for every story (stop 45).
    let mayBeTrail = MAY_BE_TRAIL.test(trail);
    for (let end = i; end < Math.min(lines.length, i + TRAIL_LINES); end++) {
      if (end > i) {
        const more = (lines[end] as Line).text;
        if (!adjacent(lines, end - 1, end) || LIST_ITEM.test(more.trim())) break;
        trail = `${trail} ${more}`;
        mayBeTrail ||= MAY_BE_TRAIL.test(more);
      }
      if (!mayBeTrail) continue;
      const title = titleUnder(lines, end + 1, trail);
      if (title && !headsMenuOfOneShape(lines, title)) return title;
    }
  }
  return null;
}

/**
 * The line a glued trail names heads a run of lines of its own shape, its first word and its
 * count of words, each another section's: a menu's items, no title. sheego in w3m (trafilatura's
 * pages): "Startseite zurück zur Übersicht" / "Neu" read as a trail ending in "Übersicht Neu", over
 * "Mode" / "Übersicht Mode", "Jeans" / "Übersicht Jeans", ... (hl44c's "menu of one shape"), 40
 * lines over the article's own header, taken at TRAIL_SCORE. A title's story under it repeats no
 * such shape twice within MENU_SHAPE_LINES.
 */
function headsMenuOfOneShape(lines: Line[], title: { last: number; text: string }): boolean {
  const words = title.text.split(/\s+/u);
  if (words.length < 2) return false;
  let alike = 0;
  for (let k = title.last + 1; k <= title.last + MENU_SHAPE_LINES && k < lines.length; k++) {
    const other = (lines[k] as Line).text.trim().split(/\s+/u);
    if (other.length === words.length && other[0] === words[0] && other.join(' ') !== title.text) {
      alike++;
    }
  }
  return alike >= MENU_SHAPE_ITEMS;
}
/** Lines under the trail's title read for its siblings (sheego's items stand 3 lines apart). */
const MENU_SHAPE_LINES = 8;
/** Siblings of the title's shape that make it a menu's item. */
const MENU_SHAPE_ITEMS = 2;

/**
 * What a line must hold to be a trail at all: GLUED_TRAIL's separators or home words, anywhere
 * (its key may lose marks and case, never gain these). Most lines of the window hold none, and
 * keying every joined trail made the wrapped-trail reader cost 8% of normalize
 * (docs/figures.md).
 */
const MAY_BE_TRAIL = /[/>»›→]|home|start|accueil|inicio|início|হোম|होम/iu;
/** Lines a glued trail may be wrapped over (w3m and lynx wrap a long title's trail in two). */
const TRAIL_LINES = 3;
/** Lines the headline under a trail may be wrapped over (it-learner's in w3m and lynx: two). */
const TRAIL_TITLE_LINES = 2;
/** A picture's label alone on its line ("[Humprechtshausen-Abersfeld-...-660x330]", w3m). */
const IMAGE_LABEL = /^\s*\[[^\]]*\]\s*$/u;

/**
 * The headline printed from line `at` on (past a picture's label) when `trail` ends in it, its
 * lines wrapped onto the next ones, or null (trailTitle).
 */
function titleUnder(
  lines: Line[],
  at: number,
  trail: string,
): { at: number; last: number; text: string } | null {
  let first = at;
  while (lines[first] && IMAGE_LABEL.test((lines[first] as Line).text)) first++;
  // A title printed apart from its trail, a blank line or a picture between (see trailTitle).
  const apart = !adjacent(lines, at - 1, first);
  let next = '';
  for (let last = first; last < Math.min(lines.length, first + TRAIL_TITLE_LINES); last++) {
    if (last > first && !adjacent(lines, last - 1, last)) break;
    next =
      last > first ? `${next} ${(lines[last] as Line).text.trim()}` : (lines[last] as Line).text;
    const title = trailTitle(trail, next, apart);
    if (title !== null) return { at: first, last, text: title };
  }
  return null;
}

/**
 * The headline `next` prints whole when `line` is a trail ending in it, else null; `apart` when
 * a blank line or a picture stands between them.
 */
function trailTitle(line: string, next: string, apart: boolean): string | null {
  // html2text may set the trail's last item in bold ("Home → ... → **ll Climate Clock ...**").
  const whole = quickKey(stripHeadingMarks(line));
  const title = quickKey(next);
  if (whole.length <= title.length + 2 || !whole.endsWith(title)) return null;
  // The trail's items, after a label the trail may open with ("Sie sind hier: Home » ...").
  const trail = whole.slice(0, whole.length - title.length).replace(TRAIL_LABEL, '');
  // Its words, not its arrows ("home » europa » deutschland » niedersachsen » ostfriesland").
  const words = trail.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  if (words > GLUED_TRAIL_WORDS || !GLUED_TRAIL.test(trail)) return null;
  const plain = stripHeadingMarks(next.trim());
  // The trail names the line as the page's title: one word is enough ("Home Johannes" /
  // "Johannes", "Durchsuchen: Home » Unbefriedigt" / "Unbefriedigt"), and it may open in lower
  // case as the trail prints it ("ll Climate Clock ha iniziato ...": vegolosi, in all three
  // dumps) when printed apart from it: right under it, a line in lower case is the trail's own
  // wrapped end (lynx's "#AutoSprintCH » Feed alternate ..." / "alternate alternate ...").
  const capital = apart ? plain.charAt(0).toUpperCase() + plain.slice(1) : plain;
  return isHeadlineCandidate(next, capital, 1) ? plain : null;
}

/**
 * A breadcrumb trail printed as a list ("1. Startseite" / "2. Region" / "3. Title", "• Home" /
 * "• Handel" / "• Title") names the page: its last item is the site's own title for it, where
 * the printed headline may carry a kicker ("Olympische Spiele in Paris Getränke per Schiff ins
 * Stadtzentrum" under "• Getränke per Schiff ins Stadtzentrum") or a picture's caption stand
 * nearer the story (trafilatura's pages). Scored above any line scoreCandidate scores.
 */
export const TRAIL_SCORE = 20;
/** Items of a list trail: a home page, sections, the title. */
const TRAIL_ITEMS = { min: 3, max: 8 };
const LIST_MARK = new RegExp(String.raw`^\s*(?:[${BULLET_MARKS}»-]|\d{1,3}[.)])\s+`, 'u');
/**
 * A trail numbered from 1 names the page whatever its first item: the site's own name stands
 * there as often as "Home" ("1. MZ" / "2. Dessau-Roßlau" / "3. Hingucker beim Flugplatzfest
 * ...", "1. Infoportal" / "2. Pressemeldungen" / "3. ...": trafilatura's pages); its last item
 * must still be printed again under it (printedUnder), which a menu's is not.
 */
const NUMBERED_FROM_ONE = /^\s*1[.)]\s/;

/** The last item of a list trail between lines from and story, or null (see TRAIL_SCORE). */
export function listTrailEnd(
  lines: Line[],
  from: number,
  story: number,
  width: number,
): { at: number; last: number; text: string } | null {
  let found: { at: number; last: number; text: string } | null = null;
  for (let i = from; i < story; i++) {
    if (
      !LIST_ITEM.test((lines[i] as Line).text) ||
      (i > from && adjacent(lines, i - 1, i) && LIST_ITEM.test((lines[i - 1] as Line).text))
    )
      continue;
    const end = lynxOrphanItemsEnd(lines, i, listRunEnd(lines, i, story), story);
    const items = lines
      .slice(i, end + 1)
      .map((l) => stripHeadingMarks(l.text.replace(LIST_MARK, '')));
    const wrapped = wrappedItemEnd(lines, end, story, width);
    const item = items.at(-1) ?? '';
    const last = wrapped === null ? item : `${item} ${wrapped}`;
    const home = TRAIL_HOME.test(items[0] ?? '');
    if (
      items.length >= TRAIL_ITEMS.min &&
      items.length <= TRAIL_ITEMS.max &&
      (home || NUMBERED_FROM_ONE.test((lines[i] as Line).text)) &&
      items.slice(0, -1).every((item) => wordCount(item) <= 4) &&
      // Two words name a page too ("1. Startseite" ... "5. Filmbüro Göttingen", "4. Der
      // Holländerholzhandel": trafilatura's pages, whose titles were no candidate at all), but
      // not as a menu's item over its sub-menu (menuUnder).
      (wordCount(last) >= 3 || (wordCount(last) === 2 && !menuUnder(lines, end, story))) &&
      !subMenuUnder(lines, end, story) &&
      !/(?:…|\.\.\.)$/u.test(last) &&
      isHeadlineCandidate(last)
    ) {
      found = trailHeadline(lines, story, { end, item, last, wrapped, home }) ?? found;
    }
    i = end;
  }
  return found;
}

/** The last line of the run of list items from line `i`, no blank line between, above the story. */
function listRunEnd(lines: Line[], i: number, story: number): number {
  let end = i;
  while (
    end + 1 < story &&
    adjacent(lines, end, end + 1) &&
    LIST_ITEM.test((lines[end + 1] as Line).text)
  )
    end++;
  return end;
}

/**
 * lynx's print of a schema.org breadcrumb (`<li itemprop="itemListElement">` holding a `<meta
 * itemprop="position">`): the `<meta>` ends lynx's list, so only the first item keeps its mark
 * and the others follow as lines of their own, one blank line apart, each as deep in as the next
 * ("    1. Home" / "" / "     Lernen und Vermitteln" / "" / "     Forstgeschichte" / "" / "     Der
 * Holländerholzhandel": waldwiesen, regiolanda, nmb-media, reiterrevue on trafilatura's pages,
 * whose trails w3m prints as numbered lists). From a run of one item (`i` = `end`), the last
 * of those lines above the story, else `end`: listTrailEnd's tests (a home page or "1.", short
 * items, the last printed again under it) then read them as they read w3m's list. lynx +2
 * (regiolanda, reiterrevue; waldwiesen's and nmb-media's stories are found elsewhere; stop 44).
 */
function lynxOrphanItemsEnd(lines: Line[], i: number, end: number, story: number): number {
  if (end !== i || end + 1 >= story) return end;
  const indent = ORPHAN_ITEM.exec((lines[end + 1] as Line).text)?.[1];
  if (indent === undefined) return end;
  let last = end;
  while (last + 1 < story) {
    const next = lines[last + 1] as Line;
    if (next.n !== (lines[last] as Line).n + 2 || ORPHAN_ITEM.exec(next.text)?.[1] !== indent)
      break;
    last++;
  }
  return last;
}

/** A lynx breadcrumb's unmarked item: indented three spaces or more, no list's mark. */
const ORPHAN_ITEM = new RegExp(
  String.raw`^( {3,})(?![${BULLET_MARKS}+o#@»-]\s|\d{1,3}[.)]\s)\S`,
  'u',
);

/** A list trail's last item as listTrailEnd reads it: its line, its text, its wrapped rest. */
interface TrailItem {
  end: number;
  item: string;
  last: string;
  wrapped: string | null;
  home: boolean;
}

/** Where listTrailEnd's headline stands: the trail's last item printed again under it, or none. */
function trailHeadline(
  lines: Line[],
  story: number,
  trail: TrailItem,
): { at: number; last: number; text: string } | null {
  const { end, item, last, wrapped, home } = trail;
  // A wrapped item's first line is a part of the headline's print, wrapped too or not.
  const print = printedUnder(lines, end + (wrapped === null ? 0 : 1), story, item);
  // Led by the site's name, the trail gives the headline's own print when that is the whole
  // line: the header is read from there (ehow-1 in html2text: "1. eHow" ... "5. How to Build
  // a Terrarium" over "#  How to Build a Terrarium", its byline and the story).
  const own =
    print >= 0 && quickKey(stripHeadingMarks((lines[print] as Line).text)) === quickKey(last);
  const at = !home && own ? print : end;
  if (print >= 0 && menuPrintedAgain(lines, print, item)) return null;
  if (print >= 0) return { at, last: wrapped === null || at !== end ? at : end + 1, text: last };
  return null;
}

/**
 * The last item printed again as a list item is a menu's, printed twice (a header's menu and its
 * drop-down or small screen's copy: boxen.de's "• Startseite" ... "• Business & Box Links", the
 * last three items printed again as a list over the story), where a trail's last item is printed
 * again as the headline's plain line. The item alone: bundeskanzleramt's title printed again
 * after its date ("1. Februar 2022 Bundesministerin Raab: ...") reads as a numbered item too.
 */
function menuPrintedAgain(lines: Line[], print: number, item: string): boolean {
  const text = (lines[print] as Line).text;
  return LIST_ITEM.test(text) && quickKey(text.replace(LIST_MARK, '')) === quickKey(item);
}

/**
 * A trail whose separators stand on lines of their own ("1. Home" / ">" / "Formel 1" / ">" /
 * "Formel 1-News", lynx's print of a trail set as inline items) names sections, not the story,
 * unless its item is printed again under it (fincompare: "Finanzmagazin" / ">" / "Firmenwagen:
 * Leasing oder Finanzierung?" over the same headline). An item right under a lone separator,
 * with another item over that, is no headline candidate: motorsport-total's "Formel 1-News", over
 * the date and byline, outscored the title under them (10.3 to 4.45). listTrailEnd reads only
 * trails printed as lists; "|" and "/" are left out, as they set off tags and share buttons too.
 */
export function separatedTrailItem(lines: Line[], i: number, story: number): boolean {
  if (i < 2 || i >= story) return false;
  if (!TRAIL_SEPARATOR_LINE.test((lines[i - 1] as Line).text)) return false;
  if (TRAIL_SEPARATOR_LINE.test((lines[i - 2] as Line).text)) return false;
  return printedUnder(lines, i, story, (lines[i] as Line).text) < 0;
}

/** A line holding only a trail's separator (lynx prints each inline item on its own line). */
const TRAIL_SEPARATOR_LINE = /^\s*[>»›]\s*$/u;

/**
 * A menu's item goes on under the list's last item: a sub-menu's "□" item printed right under it
 * ("• Blockhaus 1" / "□ Blockhaus Typ 1", mueritzurlauber on trafilatura's pages in w3m; lynx
 * marks it "+"), where a trail's last item stands over a blank line or the headline.
 */
function menuUnder(lines: Line[], end: number, story: number): boolean {
  if (end + 1 >= story || !adjacent(lines, end, end + 1)) return false;
  const next = (lines[end + 1] as Line).text;
  return isPageFurniture(next) || SUB_ITEM.test(next);
}

/** lynx's marks of a nested list's items ("+ Blockhaus Typ 1" under "* Blockhaus 1"). */
const SUB_ITEM = /^\s*[+o]\s+\S/u;

/**
 * lynx's nested list opens right under the list's last item, whatever its words: a menu's
 * drop-down, no trail. lynx marks the nested items "+", which are no LIST_ITEM, so the run of a
 * header's menu ends at the first item with a drop-down: chabermu.wordpress.com's "* Startseite"
 * / "* Deutschland" / "* Firmen / Betriebssysteme" over "+ Apple / MacOS – iOS" read as a trail
 * of three items, its last printed again in the page's glued trail "Startseite > Firmen /
 * Betriebssysteme, ...", and was taken over the post's title (w3m marks its sub-items "◦", a
 * list item, and the run of 20 items is no trail).
 */
function subMenuUnder(lines: Line[], end: number, story: number): boolean {
  if (end + 1 >= story || !adjacent(lines, end, end + 1)) return false;
  return SUB_ITEM.test((lines[end + 1] as Line).text);
}

/**
 * The rest of the list item on line `end` wrapped onto the next line, or null: w3m and lynx wrap
 * a long item at the dump's width (" 6. Bundesministerin Raab: ... familienfreundliche" /
 * "    Rahmenbedingungen gestalten", bundeskanzleramt in w3m; lynx's instyle trail), where a
 * trail read by its first line gave half the title. The indent is not read: the body finder's
 * cut gives the lines back trimmed.
 */
function wrappedItemEnd(lines: Line[], end: number, story: number, width: number): string | null {
  if (end + 1 >= story || !adjacent(lines, end, end + 1)) return null;
  const next = (lines[end + 1] as Line).text;
  // Words, not a rule of underscores under the trail (lynx's pocketpc.ch: "______...").
  return !LIST_ITEM.test(next) &&
    /\p{L}{2}/u.test(next) &&
    !isPageFurniture(next) &&
    wrapsInto((lines[end] as Line).text, next, width)
    ? next.trim()
    : null;
}

/**
 * The trail's last item is printed again under it, down to a few lines into the story: as the
 * headline, or inside it after a kicker. A menu after a home page's item ("• Home" / "• Trends
 * & Styling") is printed once. The index of that print, or -1.
 */
function printedUnder(lines: Line[], end: number, story: number, item: string): number {
  const wanted = quickKey(item);
  const stop = Math.min(lines.length, story + TRAIL_REPEAT_LINES);
  for (let j = end + 1; j < stop; j++) {
    const key = quickKey(stripHeadingMarks((lines[j] as Line).text));
    if (key.includes(wanted) || wrappedPrintOf(lines, j, key, wanted)) return j;
  }
  return -1;
}

/**
 * Whether line `j` (its key `key`) opens a print of the item wrapped onto line j + 1 at another
 * word than the trail's: lynx wraps bundeskanzleramt's "1. Februar 2022 Bundesministerin Raab:
 * Mit Ländern und Unternehmen frauen- und" / "familienfreundliche Rahmenbedingungen gestalten"
 * under its trail's "6. Bundesministerin Raab: ... familienfreundliche" / "Rahmenbedingungen
 * gestalten", where w3m prints both whole. Read on only from a line whose last characters
 * (WRAPPED_PRINT_KEY) are the item's: most lines of the window are not.
 */
function wrappedPrintOf(lines: Line[], j: number, key: string, wanted: string): boolean {
  if (key.length < WRAPPED_PRINT_KEY || !adjacent(lines, j, j + 1)) return false;
  if (!wanted.includes(key.slice(-WRAPPED_PRINT_KEY))) return false;
  const joined = `${(lines[j] as Line).text} ${(lines[j + 1] as Line).text.trim()}`;
  return quickKey(stripHeadingMarks(joined)).includes(wanted);
}

/** A line's last characters that must recur in the trail's item to read it on (wrappedPrintOf). */
const WRAPPED_PRINT_KEY = 12;

/** Lines into the story where a trail's last item may be printed again (printedUnder). */
const TRAIL_REPEAT_LINES = 5;

/**
 * A breadcrumb trail's separators ("Home / Essays / 2017 / Title", "Blog » News » open3 »
 * Title", "Startseite > Firmen > Title", "Home → Notizie → Title") and the words that may open
 * one ("Sie sind hier:", "You are here:") or stand first in it (the site's home page).
 */
const TRAIL_SEPARATOR = /\s+[/>»›→]\s+|\s+>$/u;
export const TRAIL_LEAD =
  /^(?:sie sind hier|you are here|vous êtes ici|usted está en|está en|você está em|ti trovi in|u bent hier)\s*:\s*/iu;
const TRAIL_HOME =
  /^(?:home|homepage|start|startseite|front page|accueil|inicio|início|página inicial)$/iu;

/**
 * A breadcrumb trail ending in the page's title, which pages print above their headline
 * (trafilatura's pages: "Home / Essays / 2017 / January / Aggression Fotografie"): its last part
 * is the headline, and a trail ending in a section's name ("Home » Ornamentals » Vines") or in
 * its separator is none. A trail has three parts or more, or two after "You are here:" or a
 * home page's name; a headline has at most one " / " ("Rang: 114 / 192"). French quotes are
 * no trail: « Vape Wave », « 6 Days » (videos-2).
 */
export function trailEnd(
  span: { text: string; last: number } | null,
): { text: string; last: number } | null {
  if (!span) return null;
  const text = breadcrumbEnd(span.text);
  return text === null ? null : { text, last: span.last };
}

/**
 * breadcrumbEnd's answer for a line: itself, a trail's last part, or null (see trailEnd).
 * A "you are here" line with no separator, its items and the title glued in one run of more
 * than GLUED_TRAIL_WORDS words, is no headline: lynx's mluk.brandenburg.de wraps "Sie sind hier:
 * Aktuelles Presseinformationen Land zahlte rund 1,4 Millionen Euro" / "Erlegungsprämie für
 * ..." over a search box and the date, and its first line outscored the title under them (6.20
 * to 4.45; lynx +1 -0, w3m and html2text unchanged; stop 46, hl46b).
 */
export function breadcrumbEnd(text: string): string | null {
  if (/[«‹]/u.test(text)) return text;
  const lead = TRAIL_LEAD.exec(text);
  const rest = lead ? text.slice(lead[0].length) : text;
  const parts = rest.split(TRAIL_SEPARATOR).map((p) => p.trim());
  const trail =
    parts.length >= 3 || (parts.length === 2 && (lead !== null || TRAIL_HOME.test(parts[0] ?? '')));
  if (lead !== null && parts.length === 1 && wordCount(rest) > GLUED_TRAIL_WORDS) return null;
  if (!trail) return text;
  const end = parts.at(-1) ?? '';
  return wordCount(end) >= 2 && isHeadlineCandidate(end) ? end : null;
}
