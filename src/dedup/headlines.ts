// Headlines as the dedup stage compares them: a wire service's re-send marks set aside, and only
// a headline of a few words or more telling a story. Shared by the pairing (rankedPairs in
// src/stages/dedup.ts), the conflict rules (src/dedup/conflicts.ts) and the copies that hold no
// story (src/dedup/storyless.ts).

import { matchKey } from '../text.ts';
import { foldDiacritics } from './damage.ts';
import type { NormalizedDoc } from '../types.ts';

/** A copy as the headline checks read it: its headline without re-send marks (headlineKey). */
export interface Headlined {
  headline: string | null;
}

/** Wire services mark a re-sent story in its headline: "UPDATE 1-", "CORRECTED - ", "RPT-". */
export const RESEND_MARK =
  /^\s*(?:\(?(?:update \d+|corrected|correction|rpt|refile|repeat)\)?\s*-\s*)+/i;

/** The same headline, once re-send marks are set aside. */
export function sameHeadline(a: Headlined, b: Headlined): boolean {
  return a.headline !== null && a.headline === b.headline;
}

/**
 * A headline as copies compare it: its match key with diacritics folded, so a dump that lost them
 * ("Weihnachtsmarkte in Ihrer Nahe") has its page's headline (src/dedup/damage.ts), and without
 * the page's invisible break hints (withoutBreakHints).
 */
export function headlineKey(title: string): string {
  return foldDiacritics(matchKey(withoutBreakHints(title)));
}

/**
 * A headline without its soft hyphens (U+00AD) and zero-width spaces and joiners (U+200B-U+200D,
 * U+2060): hints where a browser may break a long word, which a reader never sees unless the line
 * breaks there. matchKey reads them as separators, so bmz.de's saved page headed "Deutsch­land
 * steht fest an der Seite des Welt­ernährungs­programms" had another key than its w3m and lynx
 * dumps, which drop them, and the page stayed an article of its own (docs/figures.md, stop 65).
 * Quotes and dashes need nothing: "NPC’s" and "NPC's", "–" and "-" are separators either way.
 */
function withoutBreakHints(title: string): string {
  return BREAK_HINTS.test(title) ? title.replace(BREAK_HINTS_ALL, '') : title;
}
const BREAK_HINTS = /[\u00ad\u200b-\u200d\u2060]/;
const BREAK_HINTS_ALL = /[\u00ad\u200b-\u200d\u2060]/g;

/**
 * A headline that can tell a story: one of MIN_HEADLINE_WORDS words or more, re-send marks set
 * aside, as headlineKey; null for a single word ("Home", "Startseite", "Impressum").
 */
export function tellingHeadline(doc: NormalizedDoc): string | null {
  if (!doc.title) return null;
  const key = headlineKey(doc.title.replace(RESEND_MARK, ''));
  return key.split(' ').length >= MIN_HEADLINE_WORDS ? key : null;
}

/**
 * Words a headline needs to pair copies (HEADED_PAIRS, src/stages/dedup.ts). Two let "Hermitian
 * matrix" and "Wurmkiste selber bauen" pair a saved page with its dumps; at four, 7 more of the
 * development pages stayed split (docs/figures.md, stop 62). Short headlines shared by two stories
 * ("Morning briefing") are told apart by the text they must share, their dates and their figures.
 */
export const MIN_HEADLINE_WORDS = 2;
