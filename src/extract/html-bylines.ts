// Bylines of saved HTML pages that the readers of html.ts miss or misread (issue 22, stop 39):
// a lead-in printed in a block of its own over the name, a copyright line without a year in the
// page's copyright element, an author box in a sidebar, and the blocks near the headline that
// belong to a sidebar's widgets or to a listing of dated entries rather than to the story.

import type { Element } from 'hast';
import { markedNames, copyrightName, labelledNames } from '../html/author-names.ts';
import { isBylineName, isKnownPerson, isUiText } from '../normalize/headline.ts';
import { tokensOf } from './html-classify.ts';
import type { HtmlBlock } from './html-front-end.ts';

/**
 * A lead-in printed alone in its block, the name in the next block: "by" over h3 "delta201" in a
 * serial's chapter header (royalroad.com), h3 "Published By" over the author's card "Inga
 * Hoeltmann" (linkedin.com). A verb before "by" is optional here, where the blocks stand around
 * the headline.
 */
const LEAD_ALONE =
  /^(?:(?:published|posted|written|veröffentlicht|geschrieben|verfasst|erstellt|publié|écrit|publicado|escrito)\s+)?(?:by|von|par|por|door)\s*:?$/iu;

/** The same with its verb: away from the headline "by" alone is a sentence's or a list's word. */
const VERB_LEAD_ALONE =
  /^(?:published|posted|written|veröffentlicht|geschrieben|verfasst|erstellt|publié|écrit|publicado|escrito)\s+(?:by|von|par|por)\s*:?$/iu;

/**
 * The name in the block after a lead-in printed alone (LEAD_ALONE), among the blocks around the
 * headline: a handle of one word counts, as after any label. Null when no such pair is there.
 */
export function splitLeadByline(around: HtmlBlock[]): string | null {
  for (const [i, block] of around.entries()) {
    const next = around[i + 1];
    if (!next || !LEAD_ALONE.test(block.text.trim()) || otherVoice(block)) continue;
    const names = markedNames(next.text, isBylineName, isUiText, true);
    if (names) return names;
  }
  return null;
}

/** Whether `text` is a verb's lead-in alone ("Published By", "Geschrieben von"): VERB_LEAD_ALONE. */
export function isVerbLeadAlone(text: string): boolean {
  return VERB_LEAD_ALONE.test(text.trim());
}

/** Class and id tokens of a sidebar and its widgets. */
const SIDE_TOKENS = new Set(['sidebar', 'widget', 'widgets']);

/** Whether an <aside>, a sidebar or a widget holds `block` (SIDE_TOKENS). */
export function inSidebar(block: HtmlBlock): boolean {
  return block.ancestors.some(
    (a) => a.tagName === 'aside' || tokensOf(a).some((t) => SIDE_TOKENS.has(t)),
  );
}

/** Class and id tokens of comments and of other stories' teasers (html.ts's byline readers too). */
export const OTHER_VOICES = new Set(
  'comment comments respond reply replies related teaser teasers recommended more'.split(' '),
);

/** Whether a comment or another story's teaser holds `block`: its names are not the story's. */
function otherVoice(block: HtmlBlock): boolean {
  return block.ancestors.some((a) => tokensOf(a).some((t) => OTHER_VOICES.has(t)));
}

/**
 * The blocks around the headline less those of a sidebar's widgets: a "Recent Posts" widget
 * printed before the story lists other posts with their dates and authors ("October 30, 2020
 * Kate May", youhadmeatgardening.com, read over the writer its JSON-LD declares).
 */
export function withoutSidebars(around: HtmlBlock[]): HtmlBlock[] {
  return around.filter((b) => b.kind !== 'list-item' || !inSidebar(b));
}

/** A dated entry of a listing: a date, then fields after a dash or a bar. */
const DATED_ENTRY = /^[\p{N}.\s/-]{6,12}\s+[-–|·•]\s+\S/u;

/**
 * Whether `block` is one of a listing's dated entries, not a byline: a block next to it opens
 * with a date and fields the same way (goodnight.at's concert list "02.11.2022 - Disarstar -
 * Grelle Forelle", a band and a venue, under "02.11.2022 - Placebo - Stadthalle").
 */
export function inDatedListing(blocks: HtmlBlock[], i: number): boolean {
  const dated = (b: HtmlBlock | undefined) => b !== undefined && DATED_ENTRY.test(b.text.trim());
  return dated(blocks[i]) && (dated(blocks[i - 1]) || dated(blocks[i + 1]));
}

/** Class and id tokens of the element a site's copyright line stands in. */
const COPYRIGHT_TOKENS = new Set(['copyright', 'copyrights']);

/**
 * The person a copyright line without a year names where the page sets the line in its own
 * copyright element (p.copyrights-text "(c) Johannes Wolf • Weitere Rechte siehe Impressum",
 * ohneq.de): a personal site's owner. A "© Name" without a year anywhere else is as often a
 * photo's credit (diakonie.de's "© Hermann Bredehorst"), so only there; after the headline, not
 * in a sidebar; the name a person's (compromise).
 */
export function copyrightElementByline(
  blocks: HtmlBlock[],
  from: number,
  isPerson: (text: string) => boolean,
): string | null {
  for (const block of blocks.slice(from)) {
    if (!/^(?:©|\(c\)|copyright)/iu.test(block.text.trim())) continue;
    // A photo's credit is set in its figure's copyright element ("© Iona Dutz", greenpeace.de).
    if (block.ancestors.some((a) => a.tagName === 'figure' || a.tagName === 'figcaption')) continue;
    if (!block.ancestors.some((a) => tokensOf(a).some((t) => COPYRIGHT_TOKENS.has(t)))) continue;
    const text = block.text.replace(/^((?:copyright\s*)?(?:©|\(c\)|copyright))\s*/iu, '$1 0000 ');
    const name = copyrightName(text, isPerson);
    if (name) return name;
  }
  return null;
}

/** Whether `el` is an author's box: a class or id naming the author and a box or biography. */
function authorBox(el: Element): boolean {
  const tokens = tokensOf(el);
  return (
    tokens.some((t) => t === 'author' || t === 'autor' || t === 'auteur') &&
    tokens.some((t) => t === 'bio' || t === 'box' || t === 'profile')
  );
}

/**
 * The name an author's box in a sidebar heads (fincompare.de's div.author-bio.sidebar, h3
 * "Martin Junker" over his biography), where nothing else names the author: a site's sidebar
 * shows the writer of the story beside it. The box's heading or first short block, a person's
 * name of two words or more (compromise), not a list's.
 */
export function sidebarAuthorBox(blocks: HtmlBlock[], from: number): string | null {
  for (const block of blocks.slice(from)) {
    if (block.kind === 'list-item' || block.text.length > 60) continue;
    if (!block.ancestors.some(authorBox) || !inSidebar(block)) continue;
    const name = block.text.trim();
    if (/\s/.test(name) && isKnownPerson(name)) return name;
  }
  return null;
}

/**
 * A name printed twice and run together, once for the eye and once for a screen reader
 * ('<a class="authors__name">Kristen Falc'hon<span class="u-screen-reader-text">Kristen
 * Falc'hon</span></a>', arteradio.com): the name once. Unchanged otherwise.
 */
export function undoubled(byline: string): string {
  const m = /^(.{3,}?)\s*\1$/u.exec(byline.trim());
  return m?.[1] ?? byline;
}

/**
 * Text read as a byline that names nobody: a name run into a month ("CBS News February", a
 * byline's site before its date cut off), a link's call ("See Parallels Desktop"), a site's
 * copyright notice ("Copyright Haufe-Lexware GmbH & Co. KG - all rights reserved"). On
 * trafilatura's pages, 2026-12-04: three pages without a reference byline gave these.
 */
const NO_BYLINE =
  /\s(?:january|february|march|april|june|july|august|september|october|november|december)$|^see\s|rights\s+reserved|alle\s+rechte\s+vorbehalten/iu;

/** Whether `byline` names nobody (NO_BYLINE). */
export function isNoByline(byline: string): boolean {
  return NO_BYLINE.test(byline.trim());
}

/**
 * The byline printed under the headline with a label or a verb ("Erstellt von Fabian",
 * disfunctions.de's p.date) where the page's meta author names none of its words: a site-wide
 * meta author, the blog's owners ("Matthias Hille - Lukas Balbach") declared on every post,
 * not the post's writer. Only a meta tag's author (`<meta name="author">`): JSON-LD and itemprop
 * name the article's. Null otherwise.
 */
export function printedOverMetaAuthor(around: HtmlBlock[], declared: string): string | null {
  const words = new Set(nameWords(declared));
  for (const block of around) {
    if (block.kind === 'heading' || otherVoice(block) || inSidebar(block)) continue;
    const names = labelledNames(block.text, isBylineName, isUiText);
    if (!names) continue;
    return nameWords(names).some((w) => words.has(w)) ? null : names;
  }
  return null;
}

/** A name's words, lower-cased, without punctuation. */
export function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
