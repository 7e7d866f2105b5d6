/**
 * Saved pages' declared bylines: which of them name their writers (issue 22).
 */

import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { labelledNames } from '../html/author-names.ts';
import { isBylineName, isUiText } from '../normalize/headline.ts';
import type { HtmlBlock } from './html-front-end.ts';
import { isSiteAuthor } from './site-author.ts';

/**
 * Several authors declared, at least two of them not the site: the list names the writers, with
 * the newsroom among them, and is not the site's name set as the author. isSiteAuthor reads the
 * list as one text, so a site's name inside it ("Jessica Holly, Gail Levy, 7 News WSVN" on
 * wsvn.com, the parsely-author metas its "By" line prints) made the whole list the site's.
 */
export function namesBesideSite(authors: string[], sites: (string | null)[]): boolean {
  return authors.filter((a) => !isSiteAuthor(a, sites)).length >= 2;
}

/** An author label opening a block, with its colon ("Autor: Samuel Diekmann (Sponsored Post)"). */
const OPENING_LABEL = /^(?:autor|autorin|author|auteur|autore)\s*:\s*/iu;

/**
 * The author a story's block labels ("Autor: X") where the meta author declared is a phrase, no
 * name: its first word in lower case ("deinen Hochzeitsbloggern", "to our readers", a theme's
 * words). The name is cut before a bracket or a comma, which open its role ("Autor: Samuel
 * Diekmann (Sponsored Post), Redner bei rent-a-pastor.com", right-aligned under the story, on
 * rent-a-pastor.com; labelledNames refuses a line whose name a role in brackets follows with more
 * text). The first such block of the story counts; null where none reads as a name.
 */
export function labelledOverPhraseAuthor(story: HtmlBlock[], declared: string): string | null {
  if (!/^\p{Ll}\S*\s+\S/u.test(declared.trim())) return null;
  for (const block of story) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (!OPENING_LABEL.test(text)) continue;
    const cut = text.replace(/\s*[(,].*$/u, '');
    const names = labelledNames(cut, isBylineName, isUiText);
    if (names) return names;
  }
  return null;
}

/**
 * A numeric day, an optional time, then "von"/"by" and one capitalised word, all an inline
 * element holds: "06.11.2023 13:30 von Olga" (vipflash.de's span in the h2 over its headline).
 */
const DAY_TIME_BY_NAME =
  /^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?:,?\s+\d{1,2}:\d{2}(?:\s*Uhr)?)?\s+(?:von|by)\s+(\p{Lu}[\p{Ll}'’-]+)$/u;

/**
 * The one-word author an inline element around the headline prints after the day and time
 * ("06.11.2023 13:30 von Olga", in a heading with the picture's credit "Symbolbild imago" in a
 * span beside it). datedNames reads no single word after a date (a dated line's last part is as
 * often a place or a section); here the lead-in "von" and the element's own edges bound it, and
 * a site's widgets do not print day, time and "von" in one span. isUiText turns away a page's
 * words.
 */
export function dayTimeByName(around: HtmlBlock[]): string | null {
  for (const block of around) {
    for (const child of block.element.children) {
      if (child.type !== 'element' || BLOCKISH.has(child.tagName)) continue;
      const name = DAY_TIME_BY_NAME.exec(toText(child).replace(/\s+/g, ' ').trim())?.[1];
      if (name && !isUiText(name)) return name;
    }
  }
  return null;
}

/** Elements that are blocks of their own, not a block's inline parts. */
const BLOCKISH = new Set(['div', 'p', 'section', 'article', 'ul', 'ol', 'li', 'table', 'figure']);

/** A news agency's short name, as a newsroom credits its copy ("dpa", "AFP", "Reuters"). */
const AGENCY = /\b(?:dpa|afp|ap|reuters|kna|epd|apa|sda|sid|dts|ddp|efe|ansa|kap|kathpress)\b/iu;

/**
 * A credit in brackets ending a story's paragraph: up to four short words parted by "mit", "und",
 * "/", "," or "&", one of them an agency (AGENCY): "(FR mit dpa)", "(dpa/afp)", "(red/AFP)".
 */
const BRACKET_CREDIT =
  /\((\p{L}{1,12}(?:\s*(?:\/|,|&|\s(?:mit|und|with|and)\s)\s*\p{L}{1,12}){0,3})\)\s*$/u;

/** A story's paragraph, not a note under it: the shortest credited one on the pages is ~400. */
const CREDITED_PARAGRAPH_CHARS = 150;

/**
 * The agency credit in brackets a newsroom ends its story's text with ("... hieß es. (FR mit
 * dpa)", fr.de, whose JSON-LD declares the author "Redaktion"), read for a one-word declared
 * author: the last story paragraph ending so, the notes after it ("*fr.de ist Teil des ...
 * Redaktionsnetzwerks") skipped as shorter than a story's paragraph or credit-less.
 */
export function bracketCredit(story: HtmlBlock[]): string | null {
  const paragraphs = story.filter(
    (b) => b.kind === 'paragraph' && b.text.length >= CREDITED_PARAGRAPH_CHARS,
  );
  const last = paragraphs.at(-1);
  const credit = last ? BRACKET_CREDIT.exec(last.text.replace(/\s+/g, ' ').trim())?.[1] : null;
  return credit && AGENCY.test(credit) ? credit : null;
}

/** A printed byline element is short: "e. barreneche / J. I. da silva" is 30 characters. */
const SHORT_BYLINE_CHARS = 60;

/**
 * The byline element around the headline that prints the one declared author by initial and
 * surname among co-authors parted by slashes: elpais.com.uy declares "Eduardo Barreneche" in
 * JSON-LD and prints div.author "e. barreneche / J. I. da silva" (set in capitals by its style).
 * The element's text is the byline as printed, co-authors with it. `marks`: whether the page
 * marks an element as the author's. Null where no such element holds the declared name so.
 */
export function slashedCoAuthors(
  around: HtmlBlock[],
  declared: string,
  marks: (el: Element) => boolean,
): string | null {
  const words = declared.trim().split(/\s+/);
  const first = words[0]?.[0]?.toLowerCase();
  const last = words.at(-1)?.toLowerCase();
  if (words.length < 2 || declared.includes(',') || !first || !last) return null;
  for (const block of around) {
    const text = block.text.replace(/\s+/g, ' ').trim();
    if (text.length > SHORT_BYLINE_CHARS || !text.includes(' / ')) continue;
    if (!marks(block.element) && !block.ancestors.some(marks)) continue;
    const parts = text.split(' / ');
    if (parts.length > 4 || parts.some((p) => !/^[\p{L}. '’-]{3,30}$/u.test(p))) continue;
    const own = parts.some((p) => {
      const m = /^(\p{L})\.\s*(.+)$/u.exec(p.trim());
      return m?.[1]?.toLowerCase() === first && m[2]?.toLowerCase() === last;
    });
    if (own) return text;
  }
  return null;
}
