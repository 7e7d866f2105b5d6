// A kicker of several words glued in front of a dump's headline that the page prints again on a
// line of its own, or at a button's label's start (withoutPrintedKicker; src/extract/kicker.ts
// asks it after withoutGluedKicker).

import { isHeadlineCandidate, isListItem } from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  TITLE_MIN_WORDS,
  MAX_PRINT_LINE,
  isWrapEnd,
  pageKeys,
  printKeyAt,
  printKey,
} from './prints.ts';

/**
 * A kicker of several words glued in front of the headline on its line, which the page prints
 * elsewhere on a line of its own: autozeitung's "Adblue nachfüllen: wo kaufen (Tankstelle); Preis
 * So wird Adblue richtig angewendet", whose kicker stands alone again under it (an image's label).
 * withoutGluedKicker takes a short kicker ending in a word and printed as a trail's end; a kicker
 * of PRINTED_KICKER_WORDS words or more printed word for word as a plain line of its own is
 * evidence enough whatever its marks. The title left keeps TITLE_MIN_WORDS words.
 */
export function withoutPrintedKicker(text: string, page: Line[], own: readonly Line[]): string {
  const words = text.split(' ');
  if (words.length < PRINTED_KICKER_WORDS + TITLE_MIN_WORDS) return text;
  let lineKeys: Set<string> | null = null;
  let buttons: string[] | null = null;
  const headline = printKey(text);
  for (let k = PRINTED_KICKER_WORDS; k <= words.length - TITLE_MIN_WORDS; k++) {
    const title = words.slice(k).join(' ');
    lineKeys ??= plainLineKeys(page, own, headline);
    buttons ??= buttonLabelKeys(page, headline);
    const kicker = printKey(words.slice(0, k).join(' '));
    const printed = lineKeys.has(kicker) || buttonOpensWith(buttons, kicker, words[k] ?? '');
    if (printed && isHeadlineCandidate(title)) return title;
  }
  return text;
}

/**
 * The printKeys of the labels lynx prints after "(BUTTON) ", but a label printing the headline
 * itself (a share button's): lynx prints a <button>'s content on one line, gluing its parts,
 * where w3m prints each on a line of its own. autozeitung.de-adblue's image button "(BUTTON)
 * Adblue nachfüllen: wo kaufen (Tankstelle); Preis Adblue nachfüllen" is w3m's kicker line
 * "Adblue nachfüllen: wo kaufen (Tankstelle); Preis" over "Adblue nachfüllen": the kicker is
 * printed alone at the label's start (withoutPrintedKicker).
 */
function buttonLabelKeys(page: Line[], headline: string): string[] {
  const keys: string[] = [];
  for (const l of page) {
    const at = l.text.indexOf(BUTTON_MARK);
    if (at < 0 || l.text.slice(0, at).trim() !== '') continue;
    const key = printKey(l.text.slice(at + BUTTON_MARK.length));
    if (!key.startsWith(headline)) keys.push(key);
  }
  return keys;
}

const BUTTON_MARK = '(BUTTON) ';

/** A button's label opens with the kicker and goes on with a word other than the title's first. */
function buttonOpensWith(buttons: readonly string[], kicker: string, first: string): boolean {
  const goesOn = `${kicker} ${printKey(first)}`;
  return buttons.some((b) => b.startsWith(`${kicker} `) && !`${b} `.startsWith(`${goesOn} `));
}

/** Words of a glued kicker printed alone that make it evidence (withoutPrintedKicker). */
const PRINTED_KICKER_WORDS = 4;

/**
 * The printKeys of the page's plain lines but the headline's own: no list item (sac-cas prints
 * its title "Schneesport mit Rücksicht auf Wildtiere" as "• ..." in a list of links, over its
 * subtitle glued on the <h1>'s line), no end of a wrapped line, and no line that with the line
 * right under it prints more of the headline (`headline`, printKey'd): the headline wrapped again
 * in a list of stories, which lynx prints at the dump's width ("... - Trailer stellt" / "Platinum
 * Edition vor", d041d20a; wordpress, instyle).
 */
function plainLineKeys(page: Line[], own: readonly Line[], headline: string): Set<string> {
  const taken = new Set(own.map((l) => l.n));
  const printed = pageKeys(page);
  const keys = new Set<string>();
  page.forEach((l, i) => {
    if (taken.has(l.n) || l.text.length > MAX_PRINT_LINE) return;
    if (isListItem(l.text) || isWrapEnd(page, i)) return;
    const key = printKeyAt(printed, page, i);
    // isWrapEnd(page, i + 1) holds only where line i + 1 is there.
    if (isWrapEnd(page, i + 1) && headline.startsWith(`${key} ${printKeyAt(printed, page, i + 1)}`))
      return;
    keys.add(key);
  });
  return keys;
}
