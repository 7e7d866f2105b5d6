// A breadcrumb trail's last item printed again, longer, on the line right under the trail: the
// page's heading, which names what the trail's item names in general (longerTitleUnderTrail).

import { type Found } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { TRAIL_SCORE, isListItem, stripHeadingMarks } from '../../normalize/headline.ts';
import { wordCount } from '../../text.ts';
import { partOfTitle } from './kicker-lines.ts';

/**
 * The headline found is a trail's last item (TRAIL_SCORE) naming a section (SECTION_WORDS, no
 * colon or question), and the printed line right under it holds the item whole with a kicker of
 * KICKER_WORDS words at most in front: the <h1> under the trail, which says of what the item
 * speaks. auswaertiges-amt.de's "3. Reise- und Sicherheitshinweise" over "Italien: Reise- und
 * Sicherheitshinweise Italien" (w3m, lynx; "# Italien: Reise- und Sicherheitshinweise" in
 * html2text, whose "# " did not outweigh the trail). A rest after the item repeating the
 * kicker's words (the <h1>'s span for screen readers, w3m and lynx) is left off; another rest of
 * REST_WORDS words at most is kept. Kicker and rest end no sentence (partOfTitle).
 */
export function longerTitleUnderTrail<T extends Found>(page: Line[], found: T): T {
  const { headline: was } = found;
  if (!was || was.score < TRAIL_SCORE) return found;
  const item = was.text.trim();
  const words = wordCount(item);
  if (words < ITEM_WORDS || words > SECTION_WORDS || /[:?!]/u.test(item)) return found;
  const j = was.last + 1;
  const raw = page[j]?.text;
  if (raw === undefined || raw.length > item.length + LONGER_CHARS || isListItem(raw)) {
    return found;
  }
  const line = stripHeadingMarks(raw).trim();
  const at = line.indexOf(` ${item}`);
  if (at <= 0) return found;
  const kicker = line.slice(0, at).trim();
  const rest = line.slice(at + item.length + 1).trim();
  if (!partOfTitle(kicker, KICKER_WORDS) || (rest !== '' && !partOfTitle(rest, REST_WORDS))) {
    return found;
  }
  const again = kicker.replace(/[:\s]+$/u, '') === rest;
  const text = again || rest === '' ? `${kicker} ${item}` : `${kicker} ${item} ${rest}`;
  const story = Math.max(found.story, Math.min(j + 1, page.length - 1));
  return { ...found, story, headline: { ...was, first: j, last: j, text } };
}

/** A trail's item of a section's name at least ("Reise- und Sicherheitshinweise": 3). */
const ITEM_WORDS = 2;
/**
 * ... and at most: a section's name, no story's title. focus.de's trail ends on the story's
 * "Auto leasen oder kaufen: Für wen lohnt sich was?" (8 words, the reference) over "Neues Auto:
 * Auto leasen oder kaufen: ..." (w3m), its kicker span in front: lost without this.
 */
const SECTION_WORDS = 4;
/** The kicker in front ("Italien:": 1); a label, not a sentence. */
const KICKER_WORDS = 4;
/** A rest after the item that is not the kicker again. */
const REST_WORDS = 4;
/** What kicker and rest add at most, in characters, marks and indent included. */
const LONGER_CHARS = 120;
