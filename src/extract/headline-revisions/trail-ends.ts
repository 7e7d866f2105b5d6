// Breadcrumb trails' last items: the trail's end under the story taken for its title
// (trailEndTitle), or beside the headline found where the story tells it (trailEndBeside), and
// what makes a list a trail (trailStep, titleLike). Moved from page-header.ts (stop 43, branch
// rf43b).

import { type Found, indexOf, sameText, toldTitle } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  headingLevel,
  isListItem,
  TRAIL_SCORE,
  headlineScores,
  isPageFurniture,
  stripHeadingMarks,
  type Headline,
} from '../../normalize/headline.ts';
import { LIST_MARK, BULLET, titleShaped } from './line-marks.ts';
import { wordCount } from '../../text.ts';

/**
 * A page's breadcrumb trail ends on its own title, and the title is printed again right under
 * it: w3m prints the trail as a list ("1. Startseite" ... "3. „AllerVielfalt Verden“ bringt
 * Natur an die Aller zurück", or "• ..." items) and the heading under it as a plain line, where
 * html2text marks the heading "# " and the headline is found by its mark. A plain line that
 * repeats, word for word, the last item of a run of TRAIL_ITEMS list items printed right over
 * it is the page's headline, and the story starts under it (bfn, bmel, przepisy.pl, arsnova,
 * missy-magazine, nmb-media in w3m: the headline taken was a sidebar's or a menu's heading).
 * A menu's item repeated by a plain line right under the menu is the same shape, and as rare.
 */
export function trailEndTitle<T extends Found>(page: Line[], found: T): T {
  if (found.headline && headingLevel((page[found.headline.first] as Line).text) > 0) return found;
  const end = Math.min(page.length, found.story + TRAIL_BELOW_STORY);
  for (let k = TRAIL_ITEMS; k < end; k++) {
    const line = page[k] as Line;
    const item = page[k - 1] as Line;
    if (!isListItem(item.text)) continue;
    const text = line.text.trim();
    const said = item.text.replace(LIST_MARK, '');
    if (said.trim() !== text || !titleLike(text)) continue;
    if (!trailStep((page[k - 2] as Line).text, item.text)) continue;
    if (BULLET.test(page[k + 1]?.text ?? '')) continue;
    if (panelHeading(page, k, text)) continue;
    if (found.headline?.text === text) return found;
    return {
      ...found,
      story: Math.min(k + 1, page.length - 1),
      headline: { first: k, last: k, text, score: 0 },
    };
  }
  return found;
}

/**
 * A menu's drop-down panel prints its item's name as its heading and again right under it, as
 * its first item or its "See all" link (chip.de's "• Test & Kaufberatung" / "Test &
 * Kaufberatung" / "□ Test & Kaufberatung", instyle's "... / See all Politics & Social Issues",
 * in w3m): a trail's end printed as the page's title is not printed a third time on the next line.
 */
function panelHeading(page: Line[], k: number, text: string): boolean {
  return (page[k + 1]?.text ?? '').includes(text);
}

/**
 * The last item of the page's breadcrumb trail printed again, word for word, right beside the
 * headline found (TRAIL_BESIDE lines over or under it) and told by the story: that line is the
 * title, the one found its kicker or subheading (bike-magazin's "Strava-Update: POI bei
 * Routen-Tool" over "Strava-Karten ab sofort mit mehr Infos", the trail's "• Strava-Karten ab
 * sofort mit mehr Infos" four lines over both, in the three tools). The item ends a run of two
 * items or more (trailStep) and stands within TRAIL_BESIDE_REACH lines over the headline; a list
 * of teasers, each item printed again under it (lifehacker's in lynx), is no trail: its items
 * do not stand in a row.
 */
export function trailEndBeside<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE) return found;
  const end = trailEndOver(page, was.first);
  if (end === null || end === was.text.trim()) return found;
  const index = indexOf(page);
  for (const c of headlineScores(page, story, index)) {
    if (c.first === was.first || c.text.trim() !== end) continue;
    if (c.last < was.first - TRAIL_BESIDE || c.first > was.last + TRAIL_BESIDE) continue;
    if (!toldTitle(page, Math.max(story, c.last + 1), end, index)) continue;
    return { ...found, headline: c };
  }
  return found;
}

/** The text of a trail's last item within TRAIL_BESIDE_REACH lines over line `at`, or null. */
function trailEndOver(page: Line[], at: number): string | null {
  for (let k = at - 1; k >= Math.max(TRAIL_ITEMS - 1, at - TRAIL_BESIDE_REACH); k--) {
    const item = (page[k] as Line).text;
    if (!isListItem(item) || isListItem(page[k + 1]?.text ?? '')) continue;
    const before = (page[k - 1] as Line).text;
    if (!isListItem(before) || !trailStep(before, item)) continue;
    const text = item.replace(LIST_MARK, '').trim();
    return titleLike(text) ? text : null;
  }
  return null;
}

/** Lines over or under the headline found that the trail's end may be printed again (bike-magazin: 1). */
const TRAIL_BESIDE = 2;

/** Lines over the headline found that the trail's last item may stand (bike-magazin: 4). */
const TRAIL_BESIDE_REACH = 8;

/**
 * Lines under the story found that a trail may stand, at most: nmb-media's trail in w3m is 41
 * under it (the story found in a menu above), dtb.de's footer menu pair in lynx 190 under it
 * (its title and date lost; with this limit both back, in w3m its date; no other page changed in
 * the three tools' title and date figures, stop 41).
 */
const TRAIL_BELOW_STORY = 80;

/**
 * A menu's item is repeated by its panel's heading right under the menu ("• Suchen" over
 * "Suchen", "• Explore" over "Explore", "• Dark Mode:" over "Dark Mode:"): a title is two words
 * or more, no label ending on ":" and no page furniture (w3m lost 15 pages without this, and
 * gains 2 one-word titles less with it: arsnova's "»frag.jetzt«", markeich's "Impressum").
 */
function titleLike(text: string): boolean {
  return wordCount(text) >= 2 && !text.endsWith(':') && !isPageFurniture(text);
}

/**
 * The item over the last one is the trail's step before it: a numbered item numbered one less
 * ("6." over "7. Interabled Sex Education", empty or not), or a bulleted item with its text.
 * Not a date read as a numbered item ("4. November 2021" over a teaser list's "• Spar-Spaß
 * ...", auto-presse), nor an empty bullet, a teaser's picture over its title in a list of
 * stories (auto-motor's "Die neuesten Meldungen", silkes-weinkeller's): both lost their page.
 * A trail's items share their bullet: lynx's "+ Fewer like this" of a nested menu over an
 * ad's "* IFC Markets. Forex & CFD trading" (yahoo-3, Readability's headline lost without).
 */
function trailStep(before: string, item: string): boolean {
  const number = NUMBERED.exec(item);
  if (number) return Number(NUMBERED.exec(before)?.[1]) + 1 === Number(number[1]);
  return bulletOf(before) === bulletOf(item) && before.replace(LIST_MARK, '').trim() !== '';
}

/**
 * A line's bullet, or undefined (a module function, not a closure in trailStep: the build's
 * transform names every closure bound to a name with a call as it is made, stop 53).
 */
function bulletOf(text: string): string | undefined {
  return BULLET.exec(text)?.[1];
}

/** A numbered item's number ("3. ..."), or the number alone. */
const NUMBERED = /^\s*(\d{1,3})[.)](?:\s|$)/u;

/** A trail is two items or more (a home link and the page): one item alone is a menu's. */
const TRAIL_ITEMS = 2;

/**
 * A news page's two headlines: the `<h1>` printed as its breadcrumb trail's last item, and the
 * displayed headline, another wording, printed under the trail as a plain line (DuMont's sites:
 * mz-web's "3. Hingucker beim Flugplatzfest in Dessau: Zweite F13 kurz vor der Zulassung" over
 * "Hingucker beim Flugplatzfest: Zweite F13 kurz vor der Zulassung"; ksta, mopo and express the
 * same: 0af99c85, 0b5db247, d27eb719, d57cfadc in the three tools). The trail's item is the
 * page's title (its `<title>`, and the title the pages' readers give), html2text marks it "# ".
 * Taken where the trail is a site's path, numbered from "1." with items of TRAIL_STEP_WORDS
 * words at most over a last item of TRAIL_TITLE_WORDS words or more, told by the story, and
 * nothing but a picture's or an ad's name (mz-web's "940x80_statischer-Banner", ksta's "Neuer
 * Inhalt") stands between it and the headline found, TRAIL_OVER_REACH printed lines at most. Where the two are one text
 * (agrarheute, drk, bundesrat) nothing changes.
 */
export function trailEndOverTitle<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE) return found;
  const end = pathTrailEndOver(page, was.first, TRAIL_GAP_WORDS);
  if (end === null || TRUNCATED.test(end.text)) return found;
  const text = stripHeadingMarks(end.text);
  if (sameText({ ...was, text }, was) || !titleShaped(text)) return found;
  if (wordCount(text) < TRAIL_TITLE_WORDS) return found;
  if (!toldTitle(page, story, text, indexOf(page))) return found;
  return { ...found, headline: { first: end.first, last: end.last, text, score: was.score } };
}

/**
 * The last item of a site's path trail over line `at` (trailEndOverTitle's shape; lines between
 * it and `at` of `gapWords` words at most), with lynx's wrapped rest of it (d27eb719's "4. Ex-Nationalspieler ... Piotr Trochowskis" / "HSV-Comeback"
 * indented under its text), or null.
 */
function pathTrailEndOver(page: Line[], at: number, gapWords: number): Headline | null {
  let k = at - 1;
  while (k >= Math.max(0, at - TRAIL_OVER_REACH) && !NUMBERED.test((page[k] as Line).text)) {
    const gap = wordCount((page[k] as Line).text) > gapWords;
    if (gap && !wrappedItemRest(page, k)) return null;
    k--;
  }
  const item = page[k]?.text ?? '';
  const number = Number(NUMBERED.exec(item)?.[1]);
  if (!(number >= TRAIL_ITEMS) || k - number + 1 < 0) return null;
  for (let step = 1; step < number; step++) {
    const before = (page[k - number + step] as Line).text;
    const said = before.replace(LIST_MARK, '').trim();
    if (Number(NUMBERED.exec(before)?.[1]) !== step || wordCount(said) > TRAIL_STEP_WORDS) {
      return null;
    }
  }
  const rest = wrappedItemRest(page, k + 1) ? ` ${(page[k + 1] as Line).text.trim()}` : '';
  const text = `${item.replace(LIST_MARK, '').trim()}${rest}`;
  return { first: k, last: rest ? k + 1 : k, text, score: 0 };
}

/**
 * A path trail's last item cut short ("3. «Wir waren fast 40 Tage in..."), standing within
 * TRAIL_OVER_REACH printed lines over the headline found: the title is the line between them (or
 * the headline found) that prints the item's words whole, from those words to the line's end.
 * rosalux's "Nachricht | 30.10.2021 Migration / Flucht «Wir waren fast 40 Tage in Quarantäne»"
 * glues a label, the date and a topic in front of the title; w3m took the subtitle under it and
 * lynx the whole line. The trail's own words mark where the title starts.
 */
export function titleAfterTruncatedTrail<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE) return found;
  const end = pathTrailEndOver(page, was.first, Infinity);
  if (end === null || !TRUNCATED.test(end.text)) return found;
  const stem = stripHeadingMarks(end.text).replace(TRUNCATED, '').trim();
  if (wordCount(stem) < TRAIL_TITLE_WORDS - 1) return found;
  for (let k = end.last + 1; k <= was.last; k++) {
    const line = stripHeadingMarks((page[k] as Line).text);
    const at = line.indexOf(stem);
    if (at < 0) continue;
    const text = line.slice(at).trim();
    if (text.length <= stem.length || !toldTitle(page, story, text, indexOf(page))) return found;
    return { ...found, headline: { first: k, last: k, text, score: was.score } };
  }
  return found;
}

/** A trail's item cut short: ends on an ellipsis, three dots or the one character. */
const TRUNCATED = /(?:\.{3}|…)\s*$/u;

/** Line `k` is a numbered item's wrapped rest: indented, under an item and no item itself. */
function wrappedItemRest(page: Line[], k: number): boolean {
  const line = page[k]?.text ?? '';
  const item = page[k - 1]?.text ?? '';
  const indent = /^\s*/u.exec(line)?.[0].length ?? 0;
  const mark = LIST_MARK.exec(item)?.[0].length ?? 0;
  return NUMBERED.test(item) && line.trim() !== '' && !isListItem(line) && indent === mark;
}

/** Printed lines from the trail's last item down to the headline found (w3m's mz-web: 2). */
const TRAIL_OVER_REACH = 3;
/** A line between them is a picture's or an ad's name (ksta's "Neuer Inhalt": 2 words). */
const TRAIL_GAP_WORDS = 2;
/** A path trail's steps: a site's and its sections' names ("Kölner Stadt-Anzeiger": 2 words). */
const TRAIL_STEP_WORDS = 3;
/** A title's words in the trail's last item (express's "Düsseldorf ISS Dome: Peta ...": 9). */
const TRAIL_TITLE_WORDS = 6;
