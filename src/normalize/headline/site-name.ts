// A site's name printed beside the headline in a <title> or a dump's title line ("Headline |
// Site", "Headline - Site"): where the separator splits the two, and which side is the site.
// Read by the dump headline rules and by the saved pages' metadata readers.

import { singleSpaced } from '../chrome.ts';
import { wordCount } from '../../text.ts';

/**
 * A name's closing abbreviation, no sentence's end: "e.V." (a German association's, "ProNATs
 * e.V.", "Berliner Leichtathletik Verband e.V."), "U.S.", "Inc.", "Ltd.", "Co.".
 */
export const ABBREVIATION_END = /(?:^|\s)(?:(?:\p{L}{1,2}\.){2,}|(?:Inc|Ltd|Co|Corp)\.)$/u;

/** " | Site", " - Site", " — Site", " :: Site", " · Site" after a <title>'s headline. */
const SITE_SEPARATOR = /\s+(?:[|–—·»]|-|::)\s+|\s*\|\s*/;

/**
 * "How to Build a Terrarium | eHow" -> headline and site. The site part is the last one and is
 * short (one to four words); the headline keeps at least three words, so "Minecraft 1.8 - The
 * Bountiful Update" is left whole.
 */
export function splitSiteName(raw: string): { headline: string; site: string | null } {
  const text = singleSpaced(raw);
  const parts = text.split(SITE_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return { headline: text, site: null };
  const site = parts.at(-1) ?? '';
  // The lookbehind starts a match only where a run of separators begins (linear time).
  const headline = text
    .slice(0, text.lastIndexOf(site))
    .replace(/(?<![\s|–—·»:-])[\s|–—·»:-]+$/, '');
  const sentenceEnd = /[.!?]$/.test(site) && !ABBREVIATION_END.test(site);
  if (!site || wordCount(site) > 4 || wordCount(headline) < 3 || sentenceEnd) {
    return { headline: text, site: null };
  }
  return { headline, site };
}
