// A skip link ("Skip to content", "Springe zum Inhalt"): the link a page prints first for screen
// readers, to jump over its header (the site's name, tagline and menus) to the main content. A
// line above it is the site's header, never the story's headline (headline.ts drops such
// candidates).

import { type Line } from '../paragraphs.ts';
import { stripHeadingMarks } from './page-furniture.ts';

/**
 * A skip link's target: the content, the main or secondary content, the navigation or the search,
 * in English, German, French and Spanish. Targets under the story ("Skip to comments", "Zu den
 * Kommentaren springen") are left out: such a link may stand between the headline and the story.
 */
const TARGET =
  '(?:(?:the |main |primary |secondary )*(?:content|navigation|menu|search)|main|(?:haupt|sekundären |sekundaeren )?inhalt|hauptnavigation|suche|menü|contenu(?: principal)?|navigation|recherche|contenido(?: principal)?|navegación|búsqueda)';

/**
 * A line that is a skip link alone: "Skip to content", "Springe zum Inhalt", "Zum sekundären
 * Inhalt wechseln", "Aller au contenu principal" (bullets and heading marks stripped). Of
 * trafilatura's 171 pages whose dumps hold one in their first 80 lines (docs/figures.md, stop 65),
 * no w3m or html2text dump prints the page's declared title above it; the 26 lynx dumps that do
 * print it in the link header lynx puts first ("#Title » Feed alternate"), and read the same
 * headline with this rule as without.
 */
const SKIP_LINK = new RegExp(
  `^(?:(?:skip|jump) to ${TARGET}|(?:springe |direkt )?zu[mr]? ${TARGET}(?: springen| wechseln)?|aller (?:au|à la) ${TARGET}|(?:saltar|ir) al? ${TARGET})\\W*$`,
  'iu',
);

/** A skip link is short: the longest of SKIP_LINK's wordings is under this many characters. */
const SKIP_LINK_CHARS = 40;

/** The line just under the page's last skip link above `story`, or 0 when it has none. */
export function underSkipLink(lines: Line[], story: number): number {
  for (let k = story - 1; k >= 0; k--) {
    const t = stripHeadingMarks((lines[k] as Line).text.trim()).replace(/^[*•·+-]\s+/u, '');
    if (t.length < SKIP_LINK_CHARS && SKIP_LINK.test(t)) return k + 1;
  }
  return 0;
}
