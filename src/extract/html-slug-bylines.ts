// Saved HTML pages' bylines that the readers of html.ts missed (issue 22, stop 41): a name alone
// beside a link to the author's page whose address spells it (slugNamedByline), a teaser
// `<article>` whose author element names another post's writer (isTeaserArticle), a sign-off
// "Name<br>day" ending the story (datedSignOff), a JSON-LD author printed nowhere against the
// author box's link (linkedOverUnprintedAuthor), a press release's issuer beside its day
// (issuerByDay).
//
// slugNamedByline: axios.com's headshot link to /authors/stevelevine/ beside span "Steve
// LeVine", eatsmarter.de's div.recipe-expert-name "Iris Lange-Fricke" over a.expert-link "zu
// allen Rezepten vom Autor" (/experten/iris-lange-fricke). The link's text is a picture or a
// label, so the readers that take an author link's text (markedByline) find no name in it, and
// the name's own element is marked as nothing.

import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { findDate, findDateSpan } from '../normalize/dates.ts';
import { isBylineName } from '../normalize/headline.ts';
import { isSpace } from '../text.ts';
import type { HtmlBlock } from './html-front-end.ts';

/**
 * A link to a person's page on the site: an author's, an expert's, a profile; its last segment
 * is the person's slug ("/authors/stevelevine/", "/experten/iris-lange-fricke").
 */
const PERSON_PAGE =
  /\/(?:authors?|autor(?:en)?|auteurs?|autor[ei]|experts?|experten|profiles?|profil)\/([^/?#]+?)\/?(?:[?#]|$)/i;

/**
 * How far above the name's element the link may stand: the name's parent (eatsmarter.de's
 * div.recipe-expert-text) or the card around it (axios.com's div.caption, two levels up, holding
 * the headshot's link and the name's div).
 */
const LEVELS_UP = 3;

/** The card holding the name and the link is short: the name, a label, a role (characters). */
const CARD_CHARS = 160;

/** A name's letters only, lower case, accents dropped: "Iris Lange-Fricke" -> "irislangefricke". */
export function letters(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^\p{L}]/gu, '')
    .toLowerCase();
}

/** The slugs of the links to a person's page in `el`, itself included. */
function personSlugs(el: Element, out: string[] = []): string[] {
  const href = el.properties.href;
  if (el.tagName === 'a' && typeof href === 'string') {
    const slug = PERSON_PAGE.exec(href)?.[1];
    if (slug !== undefined) {
      try {
        out.push(letters(decodeURIComponent(slug)));
      } catch {
        out.push(letters(slug));
      }
    }
  }
  for (const c of el.children) if (c.type === 'element') personSlugs(c, out);
  return out;
}

/**
 * The first block of `blocks` whose text is a person's name alone (two to five words,
 * isBylineName) with a link to a person's page spelling the same name (its letters, case and
 * punctuation aside) in a short element up to LEVELS_UP above it. The slug's agreement is what
 * makes a name alone a byline here: a name printed beside another person's profile link, or a
 * link to a topic's page, is not read. `blocks`: the story's, comments and sidebars left out.
 */
export function slugNamedByline(blocks: HtmlBlock[]): string | null {
  for (const block of blocks) {
    const name = block.text.replace(/\s+/g, ' ').trim();
    if (name.length > 40 || !isBylineName(name)) continue;
    const wanted = letters(name);
    if (wanted.length < 5) continue;
    const card = { levelsUp: LEVELS_UP, chars: CARD_CHARS };
    if (shortBoxAround(block, card, (box) => personSlugs(box).includes(wanted))) return name;
  }
  return null;
}

/**
 * Whether a box around `block` passes `test`: its parent and the elements above it, `levelsUp`
 * more at most, while their text stays within `chars` (a card or a widget, not the page).
 */
export function shortBoxAround(
  block: HtmlBlock,
  box: { levelsUp: number; chars: number },
  test: (el: Element) => boolean,
): boolean {
  for (let up = 1; up <= box.levelsUp + 1; up++) {
    const el = block.ancestors.at(-up);
    if (!el || boxOver(el, box.chars)) return false;
    if (test(el)) return true;
  }
  return false;
}

/**
 * Whether `el`'s text, white space collapsed, is longer than `chars`. An ancestor up to the
 * page's body was read whole only to be found too long (a tenth of printedByline's time, stop
 * 42): its characters other than white space are counted first, stopping past `chars`.
 */
function boxOver(el: Element, chars: number): boolean {
  const known = boxCharsMemo.get(el);
  if (known !== undefined) return known > chars;
  return solidPast(el, chars) || boxChars(el) > chars;
}

/**
 * An element's text length, white space collapsed, kept for the element: the name-like blocks of
 * one card or list climb the same ancestors, whose text was read again for each (a tenth of a
 * saved page's byline reading). A page's tree is not changed once read.
 */
function boxChars(el: Element): number {
  let chars = boxCharsMemo.get(el);
  if (chars === undefined) {
    chars = toText(el).replace(/\s+/g, ' ').trim().length;
    boxCharsMemo.set(el, chars);
  }
  return chars;
}

const boxCharsMemo = new WeakMap<Element, number>();

/**
 * An `<article>` too short to be a story, holding a heading: another story's teaser in a list
 * under or beside the story (youhadmeatgardening.com's footer list of article.cat__post, each a
 * date, span.author "Kate May" and an h3 link to the post). Its author element names that
 * post's writer, not the page's. 400 characters: a teaser's date, author, title and a line of
 * its text; a story's own `<article>` holds its text.
 */
export function isTeaserArticle(el: Element): boolean {
  if (el.tagName !== 'article') return false;
  if (!hasHeading(el)) return false;
  if (solidPast(el, TEASER_CHARS - 1)) return false;
  return toText(el).replace(/\s+/g, ' ').trim().length < TEASER_CHARS;
}

const TEASER_CHARS = 400;

/**
 * Whether `el`'s text as toText renders it holds more than `limit` characters other than white
 * space, counted until past the limit. toText keeps every such character of the text it renders
 * (it drops only white space and direction marks), so its length, white space collapsed, is at
 * least this count: `true` means that length is past `limit` too, without reading it; `false`
 * says nothing. The elements skipped are those toText does not render (its own test).
 */
function solidPast(el: Element, limit: number): boolean {
  return solidCount(el, 0, limit) > limit;
}

function solidCount(el: Element, count: number, limit: number): number {
  for (const c of el.children) {
    if (count > limit) break;
    if (c.type === 'text') count += solidChars(c.value);
    else if (c.type === 'element' && !notRendered(c)) count = solidCount(c, count, limit);
  }
  return count;
}

/** The characters of `text` that are neither white space (`\s`) nor a direction mark toText drops. */
function solidChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c > 0x20 && c < 0xa0) || !(isSpace(c) || isDirectionMark(c))) n++;
  }
  return n;
}

/** The marks hast-util-to-text removes from text: [\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]. */
function isDirectionMark(c: number): boolean {
  return (
    c === 0x061c ||
    c === 0x200e ||
    c === 0x200f ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069)
  );
}

/** hast-util-to-text's elements not rendered (its notRenderedNames, `hidden`, a closed dialog). */
export function notRendered(el: Element): boolean {
  return (
    NOT_RENDERED.has(el.tagName) ||
    Boolean(el.properties.hidden) ||
    (el.tagName === 'dialog' && !el.properties.open)
  );
}

const NOT_RENDERED = new Set([
  'datalist',
  'head',
  'noembed',
  'noframes',
  'noscript',
  'rp',
  'script',
  'style',
  'template',
  'title',
]);

function hasHeading(el: Element): boolean {
  return el.children.some(
    (c) => c.type === 'element' && (/^h[1-6]$/.test(c.tagName) || hasHeading(c)),
  );
}

/** A sign-off's name: one to three capitalised words ("Benni", "Anna Maria Roth"). */
const SIGN_OFF_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u;

/** A paragraph of the story's text before the sign-off (as html.ts's signature reads it). */
const STORY_TEXT_CHARS = 150;

/**
 * A story signed at its foot with a name, a line break and the day, in the last paragraph of the
 * story's text (prof-pc.de's `<p>Benni<br>10. September 2017</p>` ending a personal blog's post
 * in its `<article>`): a letter's or a blog post's sign-off. The line break is what parts the name
 * from the day; a place before the day is set on one line with a comma ("Berlin, 10. September
 * 2017"), which is not read. The day must be all of the second line, and the story must hold a
 * paragraph of its text before it. `article`: the story's blocks from the headline on.
 */
export function datedSignOff(article: HtmlBlock[]): string | null {
  const paragraphs = article.filter((b) => b.kind === 'paragraph');
  const last = paragraphs.at(-1);
  if (!last || !paragraphs.slice(0, -1).some((p) => p.text.length >= STORY_TEXT_CHARS)) {
    return null;
  }
  const parts = lineParts(last.element);
  if (parts.length !== 2) return null;
  const [name, day] = parts as [string, string];
  if (!SIGN_OFF_NAME.test(name) || findDate(name)) return null;
  const date = findDateSpan(day);
  return date && date.span.trim() === day.replace(/[.\s]+$/u, '').trim() ? name : null;
}

/** The lines of an element's text, parted at its `<br>`s; empty lines dropped. */
function lineParts(el: Element): string[] {
  const lines: string[] = [''];
  const walk = (node: Element) => {
    for (const c of node.children) {
      if (c.type === 'text') lines[lines.length - 1] += c.value;
      else if (c.type === 'element') {
        if (c.tagName === 'br') lines.push('');
        else walk(c);
      }
    }
  };
  walk(el);
  return lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * A JSON-LD author the page prints nowhere gives way to the name its author box links to the
 * author's page (blog.teufel.de declares "Teufel Editorial Team", a translation; its
 * div.author-info under the story prints h3 "Autor" and h4 > a "Teufel Blog Redaktion", a link
 * to /author/teufel-redaktion/). The name printed is the one the site's readers know the author
 * by; a declared name that the page prints anywhere stands. `declared`: the declared byline;
 * `story`: the story's blocks from the headline on, comments and sidebars left out; `texts`: the
 * page's texts; `marked`: whether an element is marked as the author's.
 */
export function linkedOverUnprintedAuthor(
  declared: string,
  story: HtmlBlock[],
  texts: () => string[],
  marked: (el: Element) => boolean,
): string | null {
  // Each name of a declared list on its own: "Stella Kim, Jennifer Jett" is printed as "Stella
  // Kim and Jennifer Jett" (Readability's schema-org-context-object).
  const keys = declared
    .split(/\s*(?:,|;|&|\band\b|\bund\b)\s*/u)
    .map((n) => n.replace(/\s+/g, ' ').trim().toLowerCase())
    .filter(Boolean);
  if (!keys.length) return null;
  const printed = texts().map((t) => t.replace(/\s+/g, ' ').toLowerCase());
  if (keys.some((k) => printed.some((t) => t.includes(k)))) return null;
  for (const block of story) {
    const name = block.text.replace(/\s+/g, ' ').trim();
    if (name.length > 40 || !isBylineName(name)) continue;
    if (!block.ancestors.slice(-4).some(marked)) continue;
    const links = personLinks(block.element);
    if (links.some((a) => toText(a).replace(/\s+/g, ' ').trim() === name)) return name;
  }
  return null;
}

/** The links to a person's page (PERSON_PAGE) in `el`, itself included. */
function personLinks(el: Element, out: Element[] = []): Element[] {
  const href = el.properties.href;
  if (el.tagName === 'a' && typeof href === 'string' && PERSON_PAGE.test(href)) out.push(el);
  for (const c of el.children) if (c.type === 'element') personLinks(c, out);
  return out;
}

/** Class tokens of an element naming the organization a news item comes from. */
const ORGANIZATION_TOKENS = new Set(['organization', 'organisation']);

/**
 * A press release's issuer printed beside its day around the headline, in an element marked as
 * the organization (chemie.de's div.news-publication-info "12.12.2022 - Empa (Eidgenössische
 * Materialprüfungs- und Forschungsanstalt)", the name in span.news-organization): the issuer is
 * the item's author where the page names no person. Its long name in brackets after the short
 * one is left out. Read only in a block that holds a date too (the publication line), at most
 * ORGANIZATION_CHARS long. `around`: the blocks around the headline.
 */
export function issuerByDay(
  around: HtmlBlock[],
  tokens: (el: Element) => readonly string[],
): string | null {
  for (const block of around) {
    if (block.text.length > ORGANIZATION_CHARS || !findDate(block.text)) continue;
    const org = findElement(block.element, (el) =>
      tokens(el).some((t) => ORGANIZATION_TOKENS.has(t)),
    );
    if (!org) continue;
    const name = toText(org)
      .replace(/\s+/g, ' ')
      .replace(/\s*\(.*$/u, '')
      .trim();
    if (/^\p{Lu}[\p{L}\p{N}&.' -]{1,39}$/u.test(name) && !findDate(name)) return name;
  }
  return null;
}

/** A publication line: a day and an issuer's short and long names (characters). */
const ORGANIZATION_CHARS = 160;

function findElement(el: Element, test: (el: Element) => boolean): Element | null {
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    if (test(c)) return c;
    const found = findElement(c, test);
    if (found) return found;
  }
  return null;
}
