// A declared author that is the site itself, not a person (issue 22).

import { matchKey } from '../text.ts';

/**
 * The declared author is the site itself: its declared name or host (either holding the other:
 * "Badische Zeitung" for the site "Badische Zeitung GmbH"), or a domain name ("jungefreiheit.de",
 * "STERN.de"). A newsroom declares its brand where the story is signed by a person the page
 * prints: on trafilatura's pages, Badische Zeitung, Madame Figaro, finanztreff.de.
 */
export function isSiteAuthor(author: string, sites: (string | null)[]): boolean {
  // A top-level domain of 2 to 6 letters: "christian.stadtfeld" is a user's handle.
  if (/^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/iu.test(author.trim())) {
    return true;
  }
  const key = matchKey(author).replace(/ /g, '');
  if (key.length < 3) return false;
  return sites.some((site) => {
    const s = site ? matchKey(site.replace(/\.[a-z]{2,}$/i, '')).replace(/ /g, '') : '';
    return s.length >= 3 && (s.includes(key) || key.includes(s));
  });
}

/** "By", "von", "par", "por", "door", "di" before a printed byline's names. */
const BY_WORD = /^(?:by|von|par|por|door|di)\s+/i;
/** Between the names of a printed list of authors: a comma, "and", "und", "&". */
const NAME_LIST = /\s*(?:,|&|\s(?:and|und|et|y)\s)\s*/i;

/**
 * The declared author with the co-authors the page prints after it: a block near the headline
 * that reads "von Daniel Braun, Davor Pasoski" where the page declares Daniel Braun alone (kas.de;
 * ebike-mtb.com's JSON-LD names one of two). Each further name must read as a name
 * (`isName`); else, or when no block opens with the declared name, the declared one stands.
 */
export function withCoAuthors(
  declared: string,
  blocks: string[],
  isName: (text: string) => boolean,
): string {
  const key = matchKey(declared);
  for (const block of blocks) {
    const text = block.replace(/\s+/g, ' ').trim().replace(BY_WORD, '');
    if (text.length > 200) continue;
    const names = text.split(NAME_LIST).map((n) => n.trim());
    if (names.length < 2 || names.length > 6 || matchKey(names[0] ?? '') !== key) continue;
    if (names.slice(1).every(isName)) return names.join(', ');
  }
  return declared;
}
