// A wiki's tagline under the page's title: MediaWiki prints "From Wikipedia, the free
// encyclopedia" (its #siteSub, "From Stardew Valley Wiki" on another wiki) right under the <h1>,
// and the three dumps print the two as lines of their own, a blank line apart. The headline
// scorer reads the title, often one word or a name ("Penny", "New Zealand"), as no headline and
// takes an infobox's field ("Birthday: ● Fall 2", "ISO 3166 code") over the story.

import type { Line } from '../../normalize/paragraphs.ts';
import { isListItem, isUiText, stripHeadingMarks } from '../../normalize/headline.ts';
import { findDate } from '../../normalize/dates.ts';
import { wordCount } from '../../text.ts';
import { type Found, sameText } from './found.ts';

/**
 * MediaWiki's tagline in English and German: "From Wikipedia, the free encyclopedia", "From
 * Stardew Valley Wiki", "Aus Wikipedia, der freien Enzyklopädie". The site's name ends on
 * "Wiki" or is Wikipedia; nothing else follows but Wikipedia's motto.
 */
const WIKI_TAGLINE = /^(?:From|Aus) (?:Wikipedia(?:, \p{L}.{0,40})?|\p{Lu}[^,.:;]{0,40} Wiki)$/u;

/** Lines from the page's top the tagline stands within (Vector 2022's tabs over it: 31). */
const TAGLINE_LINES = 40;

/** Words of a wiki page's title at most. */
const WIKI_TITLE_WORDS = 12;

/**
 * The line right over a wiki's tagline (WIKI_TAGLINE, within TAGLINE_LINES printed lines of the
 * page's top) is the page's title, where it has a title's words: no list item, no widget's text,
 * WIKI_TITLE_WORDS words at most. Taken over a headline found under the tagline (an infobox's
 * field read over the story); one found over it stands (Readability's wikipedia-4, Vector 2022:
 * the title over the tabs, and "Tools" or "[ ] Tools" over the tagline). Not where a line between
 * the tagline and the story names a day: the page's header is read from the headline down to
 * the story, and an infobox's day would be read as the page's date (wikipedia-2's "26 September
 * 1907", which the revision read so, left out). trafilatura's stardewvalleywiki ("Penny" over
 * "From Stardew Valley Wiki"), in the three tools. The story stays where it was found.
 */
export function titleOverWikiTagline<T extends Found>(page: Line[], found: T): T {
  const k = taglineAt(page);
  if (k === null || (found.headline && found.headline.first < k)) return found;
  const raw = (page[k - 1] as Line).text;
  const text = stripHeadingMarks(raw).trim();
  const n = wordCount(text);
  if (n < 1 || n > WIKI_TITLE_WORDS || !/^[\p{L}\p{N}]/u.test(text)) return found;
  if (isListItem(raw) || isUiText(text)) return found;
  for (let j = k + 1; j < found.story; j++) {
    if (findDate((page[j] as Line).text) !== null) return found;
  }
  const headline = { first: k - 1, last: k - 1, text, score: found.headline?.score ?? 0 };
  return found.headline && sameText(found.headline, headline) ? found : { ...found, headline };
}

/** The line of the page's top that is a wiki's tagline, or null. */
function taglineAt(page: Line[]): number | null {
  const end = Math.min(page.length, TAGLINE_LINES);
  for (let k = 1; k < end; k++) {
    if (WIKI_TAGLINE.test((page[k] as Line).text.trim())) return k;
  }
  return null;
}
