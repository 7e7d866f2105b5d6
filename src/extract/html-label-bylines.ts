// Printed bylines of saved HTML pages that no other reader of html.ts takes, where the page
// declares no author (issue 22, stop 40, class A2 of docs/figures.md's stop 39 survey): a label
// alone in its element over the name's element, a verb's lead-in with a colon, a classic
// WordPress theme's "— author @ time", an agency's credit under the headline, and an author
// field at the story's foot that a CMS sets as a list of items.

import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { isAuthorLabel, ledNames, markedNames } from '../html/author-names.ts';
import { isBylineName, isUiText } from '../normalize/headline.ts';
import { tokensOf } from './html-classify.ts';
import type { HtmlBlock } from './html-front-end.ts';

/**
 * A label alone in its element that ends in "by"/"von" with a colon ("Artikel von:",
 * "Ein Beitrag von:"), besides the author labels isAuthorLabel knows ("Autor", "Author:").
 */
const ENDING_LABEL = /^(?:\p{L}+\s+){1,2}(?:by|von|par|por|door)\s*:$/iu;

/**
 * A link to a member's, user's or author's page ("/members/catch-more-fish.210716/",
 * "/author/jane-doe/"): the page's own account for the name it prints.
 */
const PROFILE_LINK =
  /\/(?:members?|users?|profile|profil|benutzer|mitglied(?:er)?|authors?|autor(?:en)?|auteurs?)\/[^/?#]+/i;

/** A name printed in a contact element or a profile link is short: a few words, no sentence. */
const CONTACT_NAME = /^(?=.*\p{L})[\p{L}\p{N}][\p{L}\p{N}.'’ -]{1,39}$/u;

/** Words a name's element holds that name nobody. */
const NO_NAME = /^(?:anonym(?:ous)?|admin|gast|guest|unknown|unbekannt)$/iu;

/**
 * Whether `block` is set as a contact (`<address>`) or its text is a link's to a profile page;
 * the label and the link may share one element that the reader parts in two blocks
 * (anglerboard.de's li holding span.u-srOnly "Autor" and a.username).
 */
function contactOrProfile(block: HtmlBlock): boolean {
  if (block.element.tagName === 'address') return true;
  const text = block.text.replace(/\s+/g, ' ').trim();
  return profileLinks(block.element).some((a) => toText(a).replace(/\s+/g, ' ').trim() === text);
}

/** The links to profile pages (PROFILE_LINK) in `el`, itself included. */
function profileLinks(el: Element): Element[] {
  const href = el.properties.href;
  if (el.tagName === 'a') return typeof href === 'string' && PROFILE_LINK.test(href) ? [el] : [];
  return el.children.flatMap((c) => (c.type === 'element' ? profileLinks(c) : []));
}

/**
 * An author label alone in its element over an element that holds the name as a contact or a
 * profile's link: hausinfo.ch's li "Artikel von:" over `<address>hausinfo</address>` at the
 * story's foot, anglerboard.de's li "Autor" over li > a.username "Catch more fish" (a link to
 * /members/catch-more-fish.210716/) under the headline. The name's element says what the name
 * is, so a handle of one word or of lower-case words counts (neither reads as a person's name).
 * `story`: the story's blocks from the headline on, without comments and sidebars.
 */
export function labelOverContact(story: HtmlBlock[]): string | null {
  for (const [i, block] of story.entries()) {
    const next = story[i + 1];
    const label = block.text.trim();
    if (!next || !(isAuthorLabel(label) || ENDING_LABEL.test(label))) continue;
    if (!contactOrProfile(next)) continue;
    const name = next.text.replace(/\s+/g, ' ').trim();
    if (CONTACT_NAME.test(name) && !NO_NAME.test(name) && !isUiText(name)) return name;
  }
  return null;
}

/** A verb's lead-in with a colon after "von" or "by": "Verfasst von: mitundvoneinander |". */
const COLON_LEAD =
  /^((?:posted|published|written|veröffentlicht|geschrieben|verfasst|erstellt|eingestellt|publié|écrit|publicado|escrito)\s+(?:by|von|par|por))\s*:\s*/iu;

/**
 * A byline around the headline whose verb's lead-in ends in a colon ("Verfasst von:
 * mitundvoneinander | 31. Dezember 2008", mitundvoneinander.com's div.title over the post's
 * h2), read as ledNames reads "Verfasst von X" (one word after a verb is a handle).
 */
export function colonLedByline(around: HtmlBlock[]): string | null {
  for (const block of around) {
    if (block.kind === 'heading') continue;
    const text = block.text.trim();
    if (!COLON_LEAD.test(text)) continue;
    const names = ledNames(text.replace(COLON_LEAD, '$1 '), isBylineName, isUiText);
    if (names) return names;
  }
  return null;
}

/**
 * WordPress's classic theme's post meta: "Filed under: Alltagsgeplauder, ... — jancak @ 00:11"
 * (literaturgefluester.wordpress.com's div.meta under the post's title): the author between a
 * dash and "@" with the time.
 */
const DASH_AT_TIME = /(?:^|\s)[—–]\s+([^—–@|]{2,40}?)\s+@\s+\d{1,2}[:.]\d{2}\b/u;

/** The author of a post meta line printing "— author @ time" around the headline (DASH_AT_TIME). */
export function dashAtTimeByline(around: HtmlBlock[]): string | null {
  for (const block of around) {
    if (block.kind === 'heading') continue;
    const name = DASH_AT_TIME.exec(block.text)?.[1];
    const names = name ? markedNames(name, isBylineName, isUiText, true) : null;
    if (names) return names;
  }
  return null;
}

/** A credit's class: "credit", "credits", "article-credit". */
const CREDIT = (t: string) => t === 'credit' || t === 'credits';

/** What a photo's credit says that a writer's or an agency's does not. */
const PHOTO_CREDIT = /©|\(c\)|\b(?:photo|foto|bild|image|picture|getty|imago|dpa-bildfunk)/iu;

/**
 * An agency's or a writer's credit set right under the headline in the same header element
 * (japantimes.co.jp's `<header>` h1 then p.credit "JIJI"): one word counts, as an agency's name
 * is. Not a photo's credit (a figure's, or one that says it is a picture's).
 */
export function creditUnderHeadline(blocks: HtmlBlock[], headline: number): string | null {
  const h = blocks[headline];
  const next = blocks[headline + 1];
  if (!h || !next || next.kind === 'heading' || !tokensOf(next.element).some(CREDIT)) return null;
  // The headline's parent, or its <hgroup>'s: the credit follows the group (japantimes.co.jp).
  const parent = h.ancestors.at(-2);
  const header = parent?.tagName === 'hgroup' ? h.ancestors.at(-3) : parent;
  if (!header || !next.ancestors.includes(header)) return null;
  if (next.ancestors.some((a) => a.tagName === 'figure' || a.tagName === 'figcaption')) return null;
  const text = toText(next.element).replace(/\s+/g, ' ').trim();
  if (text.length > 60 || PHOTO_CREDIT.test(text)) return null;
  return markedNames(text, isBylineName, isUiText, true);
}

/** Class tokens of a list's entries and cards (html.ts's CARD_TOKENS). */
const CARD_TOKENS = new Set(['item', 'items', 'card', 'cards', 'slider']);

/** Levels from a CMS's field to its item's text: field > field-items > field-item. */
const FIELD_DEPTH = 4;

/**
 * An author field at the story's foot that a CMS sets as items (Drupal's
 * div.field-name-author > div.field-items > div.field-item "von Ulrike", ok-magazin.de): the
 * items inside the author's element are its own, not other stories' cards, which html.ts's
 * storyByline leaves out. `marked`: whether the page marks an element as the author's.
 */
export function authorFieldByline(
  story: HtmlBlock[],
  marked: (el: Element) => boolean,
): string | null {
  for (const block of story) {
    if (block.kind === 'list-item' || block.kind === 'heading' || block.text.length > 60) continue;
    // The author's element near the block: a page-wide class ("single-author" on <body>) is not.
    const author = block.ancestors.findLastIndex(marked);
    if (author < 0 || author < block.ancestors.length - FIELD_DEPTH) continue;
    const card = block.ancestors.findIndex((a) => tokensOf(a).some((t) => CARD_TOKENS.has(t)));
    // The item inside the author's element, not a card marked as one with an author
    // (lacuarta.com's div.card-content.withAuthor over a section's h3).
    if (card <= author) continue;
    const names = markedNames(block.text, isBylineName, isUiText, true);
    if (names) return names;
  }
  return null;
}
