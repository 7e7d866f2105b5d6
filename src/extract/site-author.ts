// A declared author that is the site itself, not a person (issue 22).

import { wordsKey } from './printed-headline.ts';

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
  const key = wordsKey(author).replace(/ /g, '');
  if (key.length < 3) return false;
  return sites.some((site) => {
    const s = site ? wordsKey(site.replace(/\.[a-z]{2,}$/i, '')).replace(/ /g, '') : '';
    return s.length >= 3 && (s.includes(key) || key.includes(s));
  });
}
