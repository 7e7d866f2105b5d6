// A headline line cut to the post's title that lynx prints among the page's feeds
// (withoutFeedTitleRest), for src/extract/kicker.ts.

import { spacesCollapsed } from '../../normalize/chrome.ts';
import { isHeadlineCandidate } from '../../normalize/headline.ts';
import { lynxLinksLine } from '../../normalize/headline/lynx-headings.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { TITLE_MIN_WORDS, isWrapEnd } from './prints.ts';

/**
 * The headline's line cut to the post's title lynx prints in the page's head: lynx opens a dump
 * with the titles of the page's <link rel="alternate"> feeds on a "#" line, where a WordPress post
 * names its own comments' feed "Site » Title Kommentar-Feed" ("#reitschuster.de » Feed ...
 * reitschuster.de » Tagesschau unterschlägt Hass-Demo in Essen Kommentar-Feed"), while its <h1>
 * line glues the standfirst on ("Tagesschau unterschlägt Hass-Demo in Essen Gebührenfinanzierte
 * Islamismus-Verharmlosung im ÖRR"). The line's longest head or tail of TITLE_MIN_WORDS words or
 * more that the feed line prints after a "»", to a space or its end, is the title where the rest
 * is shaped as a standfirst or kicker of its own (FEED_REST); a line the feed
 * line prints whole is kept (tegernseerstimme's "Energiewende Oberland: Klimavorreiter Oberland?").
 */
export function withoutFeedTitleRest(text: string, page: Line[]): string {
  const head = feedHead(page);
  const words = text.split(' ');
  if (head === null || words.length <= TITLE_MIN_WORDS || feedPrints(head, text)) return text;
  for (let k = words.length - TITLE_MIN_WORDS; k >= TITLE_MIN_WORDS; k--) {
    const cuts = [
      [words.slice(0, k), words.slice(k)],
      [words.slice(-k), words.slice(0, -k)],
    ] as const;
    for (const [title, rest] of cuts) {
      const titleText = title.join(' ');
      if (!FEED_REST.test(rest.join(' ')) || !feedPrints(head, titleText)) continue;
      // The feed's title goes on with the rest's words: a head of it, not its end.
      const goesOn = title[0] === words[0] && head.includes(feedKey(`${titleText} ${rest[0]}`));
      if (!goesOn && isHeadlineCandidate(titleText)) return titleText;
    }
  }
  return text;
}

/**
 * The part cut off is an element of its own: TITLE_MIN_WORDS words or more (withoutFeedTitleRest
 * asks) opening on a capital, no colon's kicker. A post's feed may name a title shorter than its
 * <h1>, which is then the title: battery-news' "Ultium Cells erhöht Gigafactory-Kapazität" for
 * "... in Tennessee", skispringen's "Marita Kramer verpasst ..." for "\"Pure Leere\": Marita ...".
 */
const FEED_REST = /^\p{Lu}[^:]*$/u;

/** The feed head names `title` after a "»", to a space or its end. */
function feedPrints(head: string, title: string): boolean {
  const key = feedKey(title);
  for (let at = head.indexOf(key); at >= 0; at = head.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (end === head.length || head[end] === ' ') return true;
  }
  return false;
}

/** How the feed head prints a title: after a "»", lower case, single-spaced. */
function feedKey(title: string): string {
  return `» ${spacesCollapsed(title.toLowerCase())}`;
}

/**
 * lynx's "#" line of feed titles at the page's top (lynxLinksLine, with a "»"), lower case and
 * single-spaced, with its wrapped lines, or null.
 */
function feedHead(page: Line[]): string | null {
  const links = lynxLinksLine(page);
  if (links === null || !links.includes('»')) return null;
  let head = links;
  for (let i = 1; i < page.length && isWrapEnd(page, i); i++) head += ` ${page[i]?.text ?? ''}`;
  return spacesCollapsed(head.toLowerCase()).trim();
}
