// Saved HTML pages' bylines, round 2 of stop 41 (issue 22, hb41b): names the byline readers of
// html.ts took from the wrong place, or missed in a form of their own.
//
// isLicenseCredit: a picture's licence line marks its photographer as the "author" (reset.org's
// div.license-info > span.author-name > a.license-author "Nenad Stojkovic", linking to the
// photo's Wikimedia Commons page, under the headline's image): the photographer is no writer.
// labelNameColon: "Autor Mark Newton:" in the element marked as the author's (reset.org).
// sidebarSelfIntro: a one-person site's sidebar introducing its owner ("I'm Joachim Schork.",
// statisticsglobe.com) beside a link to the owner's page spelling the name.

import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { tokensOf } from './html-classify.ts';
import type { HtmlBlock } from './html-front-end.ts';
import { letters, notRendered, shortBoxAround } from './html-slug-bylines.ts';
import { findDate } from '../normalize/dates.ts';

/**
 * Class tokens of a picture's licence or credit line: Creative Commons credits print the
 * licence's badge, the work's author and the licence's name in an element named for the licence.
 */
const LICENSE_TOKENS = new Set(['license', 'licence', 'licenses', 'licences']);

/** Whether the block (the last of its ancestors) or an element around it is a picture's licence line (LICENSE_TOKENS). */
export function isLicenseCredit(block: HtmlBlock): boolean {
  const licence = (el: Element) => tokensOf(el).some((t) => LICENSE_TOKENS.has(t.toLowerCase()));
  return block.ancestors.some(licence);
}

/**
 * An author's label, the name, then a colon, in an element the page marks as the author's:
 * reset.org's div.second-author > p "Autor <span>Mark Newton:</span>", the translation's original
 * writer, before the language link to the original ("EN"). "Autor" alone opens sentences, and a
 * colon ends a lead-in: read only where the element is marked, and only a name before the colon.
 */
const LABEL_NAME_COLON = /^(?:autor(?:in)?|author|auteur|autore)\s+([^:]{3,60}?)\s*:$/iu;

/** The name in "Autor Mark Newton:" (LABEL_NAME_COLON) when it is a name, else null. */
export function labelNameColon(text: string, isName: (text: string) => boolean): string | null {
  const name = LABEL_NAME_COLON.exec(text.replace(/\s+/g, ' ').trim())?.[1];
  return name !== undefined && isName(name) ? name : null;
}

/**
 * A sidebar's greeting that introduces the site's owner by name: "I'm Joachim Schork.", "Ich bin
 * Anna Muster,", "My name is ...", "Mein Name ist ...", after an optional "Hi," / "Hallo,". The
 * name: two to four capitalised words, up to the sentence's first stop or comma (the lead's case
 * spelled out: a case-blind match would let the name's words be lower case).
 */
const SELF_INTRO =
  /^(?:(?:[Hh]i|[Hh]ello|[Hh]allo|[Hh]ey)\s*[,!]?\s*)?(?:I['’]m|I\s+am|[Mm]y\s+name\s+is|[Ii]ch\s+bin|[Mm]ein\s+Name\s+ist)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*[.,!]/u;

/**
 * How far above the greeting the owner's link may stand, and how long that box may be: the
 * widget holds the photo's link and the greeting (statisticsglobe.com's div.textwidget, three
 * levels above the paragraph, 130 characters of text). 400: a short introduction, not a post.
 */
const INTRO_LEVELS_UP = 3;
const INTRO_BOX_CHARS = 400;

/** A link's last path segment, letters only ("/joachim-schork/" -> "joachimschork"). */
function lastSegmentLetters(href: string): string {
  const path = href.replace(/[?#].*$/, '').replace(/\/+$/, '');
  let segment = path.slice(path.lastIndexOf('/') + 1);
  try {
    segment = decodeURIComponent(segment);
  } catch {
    // A malformed escape: the segment as written.
  }
  return letters(segment);
}

/** Whether `el` or an element in it is a link whose last path segment spells `wanted`. */
function linksTo(el: Element, wanted: string): boolean {
  const href = el.properties.href;
  if (el.tagName === 'a' && typeof href === 'string' && lastSegmentLetters(href) === wanted) {
    return true;
  }
  return el.children.some((c) => c.type === 'element' && linksTo(c, wanted));
}

/**
 * The owner a sidebar's greeting names ("I'm Joachim Schork. On this website, I provide
 * statistics tutorials", SELF_INTRO), where a short box around it (INTRO_LEVELS_UP,
 * INTRO_BOX_CHARS) links to a page whose address spells the same name (/joachim-schork/, the
 * photo's link): a one-person site's owner writes its posts. For pages that name no author
 * otherwise; a sidebar only (`inSidebar`): in the story, "I'm X" is a quoted person's voice.
 */
export function sidebarSelfIntro(
  blocks: HtmlBlock[],
  inSidebar: (block: HtmlBlock) => boolean,
  isName: (text: string) => boolean,
): string | null {
  for (const block of blocks) {
    const name = SELF_INTRO.exec(block.text.replace(/\s+/g, ' ').trim())?.[1];
    if (name === undefined || !isName(name) || !inSidebar(block)) continue;
    const wanted = letters(name);
    const box = { levelsUp: INTRO_LEVELS_UP, chars: INTRO_BOX_CHARS };
    if (shortBoxAround(block, box, (el) => linksTo(el, wanted))) return name;
  }
  return null;
}

/** Inline elements a contact's role is set in after the name ("<em>Abteilung ...</em>"). */
const ROLE_TAGS = new Set(['em', 'i', 'small', 'span']);

/** A role after the name is short: a department's or a position's name (characters). */
const ROLE_CHARS = 80;

/**
 * The person a press release's issuer line under the headline names: the block after it opens
 * with a name as its own text, then the person's role in an inline element, a line break and a
 * link to the issuing institution (idw-online.de's h5.subheader `Dr. Karin J. Schmitz
 * <em>Abteilung Öffentlichkeitsarbeit</em><br/><a href="/de/institution122">Gesellschaft
 * Deutscher Chemiker e.V.</a>`). The three parts in that order are the evidence: a subheading
 * that opens with a name runs on as a sentence, not as a role over a link. Only the block right
 * after the headline, for pages that name no author otherwise.
 */
export function nameRoleInstitution(
  blocks: HtmlBlock[],
  headline: number,
  isName: (text: string) => boolean,
): string | null {
  const el = blocks[headline + 1]?.element;
  if (!el) return null;
  const parts = el.children.filter((c) => c.type === 'element' || toText(c).trim() !== '');
  const [lead, role, br, link] = parts;
  if (lead?.type !== 'text' || role?.type !== 'element' || br?.type !== 'element') return null;
  if (link?.type !== 'element' || parts.length !== 4) return null;
  if (!ROLE_TAGS.has(role.tagName) || br.tagName !== 'br' || link.tagName !== 'a') return null;
  const roleText = toText(role).trim();
  if (roleText.length === 0 || roleText.length > ROLE_CHARS) return null;
  const name = lead.value.replace(/\s+/g, ' ').trim();
  return /\s/.test(name) && isName(name) ? name : null;
}

/** A user's display name in a page's embedded data: `"display_name":"Robert Stitz"`. */
const DISPLAY_NAME = /"(?:display_?name|displayName)"\s*:\s*"([^"\\]{3,60})"/g;

/**
 * The name a declared login ("robert.stitz") stands for where the page prints it nowhere but
 * in the data its scripts read: an attribute's JSON holding the user's record (homify.de's
 * data attribute `"username":"robert.stitz", ... "display_name":"Robert Stitz"`). Only a
 * display name spelling the login's letters (case, dots and spaces aside) is taken: another
 * user's record (a commenter's, a follower's) spells another name. Null when none does.
 */
export function loginDisplayName(login: string, root: Element | undefined): string | null {
  const wanted = letters(login);
  if (!root || wanted.length < 5) return null;
  const search = (el: Element): string | null => {
    for (const value of Object.values(el.properties)) {
      // "isplay" is in each of DISPLAY_NAME's keys (display_name, displayname, displayName): an
      // attribute without it cannot match, and most attributes are skipped without a regex run.
      if (typeof value !== 'string' || !value.includes('isplay')) continue;
      for (const m of value.matchAll(DISPLAY_NAME)) {
        const name = (m[1] ?? '').replace(/\s+/g, ' ').trim();
        if (letters(name) === wanted && /\s/.test(name)) return name;
      }
    }
    for (const c of el.children) {
      if (c.type !== 'element') continue;
      const found = search(c);
      if (found) return found;
    }
    return null;
  };
  return search(root);
}

/** Inline elements a sign-off's name is set in at a paragraph's foot. */
const SIGN_OFF_TAGS = new Set(['em', 'i', 'strong', 'b']);

/** How near the story's end the signed paragraph stands (paragraphs from the last). */
const SIGN_OFF_FROM_END = 4;

/**
 * The writer a story signs at a paragraph's foot, a line of its own in emphasis
 * (`...Gefühle…<br><em>Claudia Duwe</em></p>`, bewusster-leben.de), where the declared author
 * (`declared`, the site's account: "Winfried Hille", whose author page is /author/bewusster-leben-2/)
 * is printed nowhere on the page, and the page's description names the signer ("Claudia Duwe
 * zeigt, wie ..."): a guest's text posted under the site's account. The description's naming is
 * the evidence that sets a signature apart from a quotation's attribution ("<br><em>Albert
 * Einstein</em>" under a motto); the last SIGN_OFF_FROM_END paragraphs only.
 */
export function describedSignOff(
  story: HtmlBlock[],
  declared: string,
  printed: () => string[],
  description: string | null,
  isName: (text: string) => boolean,
): string | null {
  if (!description) return null;
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const own = fold(declared);
  const paragraphs = story.filter((b) => b.element.tagName === 'p').slice(-SIGN_OFF_FROM_END);
  for (const block of paragraphs) {
    const parts = block.element.children.filter(
      (c) => c.type === 'element' || toText(c).trim() !== '',
    );
    const [br, last] = parts.slice(-2);
    if (br?.type !== 'element' || br.tagName !== 'br' || last?.type !== 'element') continue;
    if (!SIGN_OFF_TAGS.has(last.tagName) || parts.length < 3) continue;
    const name = toText(last).replace(/\s+/g, ' ').trim();
    if (!/\s/.test(name) || name.length > 40 || !isName(name)) continue;
    if (!fold(description).includes(fold(name))) continue;
    if (printed().some((t) => fold(t).includes(own))) return null;
    return name;
  }
  return null;
}

/** A press release's contact label, alone on its line: "Pressekontakt", "Kontakt:", "Media contact". */
const CONTACT_LABEL =
  /^(?:presse-?\s?kontakt|pressekontakte|medienkontakt|kontakt|ansprechpartner(?:in)?|press\s+contact|media\s+contact|contact)\s*:?$/iu;

/**
 * A word every CONTACT_LABEL holds. toText's lines are its rendered text with white space and
 * direction marks changed or dropped, so a label on its first line is in the rendered text with
 * those dropped too (same flags: the same case folding).
 */
const LABEL_WORD = /kontakt|contact|ansprechpartner/iu;

const SPACE_OR_MARK = /[\s\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+/g;

/**
 * Whether `el`'s first line may be a contact's label: its text up to that line's end holds a
 * LABEL_WORD. Every story block's element was read whole (toText, split into lines) only to test
 * its first line; this joins its text nodes instead, and only a block that passes is read (stop
 * 42).
 */
function mayHoldLabel(el: Element, seen: Map<Element, boolean>): boolean {
  let may = seen.get(el);
  if (may === undefined) {
    const walk = { values: [], solid: false };
    firstLineValues(el, walk);
    may = LABEL_WORD.test(walk.values.join('').replace(SPACE_OR_MARK, ''));
    seen.set(el, may);
  }
  return may;
}

/**
 * The values of the text nodes under `el` that toText renders, in order, until its first line
 * has surely ended: once a character other than white space is read, a `<br>` or a block's
 * start or end puts a line break after it (toText's own rule); `true` when stopped there.
 */
function firstLineValues(el: Element, walk: { values: string[]; solid: boolean }): boolean {
  for (const c of el.children) {
    if (c.type === 'text') {
      walk.values.push(c.value);
      walk.solid ||= c.value.replace(SPACE_OR_MARK, '') !== '';
    } else if (c.type === 'element' && !notRendered(c)) {
      const breaks = c.tagName === 'br' || c.tagName === 'p' || BLOCK_NAMES.has(c.tagName);
      if (breaks && walk.solid) return true;
      if (firstLineValues(c, walk)) return true;
      if (breaks && walk.solid) return true;
    }
  }
  return false;
}

/** hast-util-to-text's blockOrCaptionNames: a line break before and after each. */
const BLOCK_NAMES = new Set(
  'address article aside blockquote body caption center dd dialog dir dl dt div figure figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu nav ol p plaintext pre section ul xmp'.split(
    ' ',
  ),
);

/** A line giving a telephone number or an e-mail address: what makes a name a contact's. */
const REACH_LINE = /^(?:tel(?:efon)?|phone|fon|fax|mobil|e-?mail)\b|@|\+\d/iu;

/** A name line over a telephone or e-mail line within its next three: a contact's card. */
function contactCard(
  name: string | undefined,
  after: string[],
  isName: (text: string) => boolean,
): boolean {
  if (name === undefined || !/\s/.test(name) || name.length > 40 || !isName(name)) return false;
  return after.slice(0, 3).some((l) => REACH_LINE.test(l));
}

/**
 * The person a press release's contact names at the story's foot: a label line ("Pressekontakt",
 * "Kontakt:") over a name line, then a telephone number or an e-mail address, in one block
 * (unendlich-viel-energie.de's `<p><strong>Pressekontakt</strong><br />Dr. Tim Loppe<br
 * />Pressesprecher naturstrom AG<br />Tel.: ...`) or the label a block of its own over the name's
 * (baumev.de's div "Kontakt:" over p `Jan Koch<br />Telefon ...`). As idw-online's issuer line:
 * a release names no writer, its contact speaks for it. For pages that name no author otherwise;
 * the reach line is the evidence that the name is a contact's, not a heading's. Several
 * contacts listed one after another are experts (mpimet.de), not read.
 */
export function pressContact(story: HtmlBlock[], isName: (text: string) => boolean): string | null {
  // Read once an element: the parts of a <br><br> element are blocks of the same element, and
  // the block after a label is read as the next label's candidate too.
  const read = new Map<Element, string[]>();
  const lines = (b: HtmlBlock | undefined): string[] => {
    if (!b) return [];
    let own = read.get(b.element);
    if (own === undefined) {
      own = toText(b.element)
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim())
        .filter(Boolean);
      read.set(b.element, own);
    }
    return own;
  };
  const labelled = new Map<Element, boolean>();
  for (const [i, block] of story.entries()) {
    if (!mayHoldLabel(block.element, labelled)) continue;
    const own = lines(block);
    if (!CONTACT_LABEL.test(own[0] ?? '')) continue;
    const alone = own.length === 1;
    const [name, ...after] = alone ? lines(story[i + 1]) : own.slice(1);
    if (!contactCard(name, after, isName)) continue;
    // Several contacts listed one block each (mpimet.de's three scientists under "Kontakt:"):
    // the release's experts, none its spokesperson.
    // Listed: the next card in the same parent (baumev.de's second contact, in the right-hand
    // column under its own heading, is another part of the page).
    const card = story[i + (alone ? 1 : 0)];
    const next = story[i + (alone ? 2 : 1)];
    const [other, ...reach] = lines(next);
    const listed = next?.ancestors.at(-2) === card?.ancestors.at(-2);
    // (The same card read again, a block nested in the label's, is not another.)
    if (listed && other !== name && contactCard(other, reach, isName)) continue;
    return name ?? null;
  }
  return null;
}

/** Class and id tokens of a contact person's box ("ansprechpartner_list_content", "contact"). */
const CONTACT_TOKENS = new Set(['kontakt', 'ansprechpartner', 'ansprechpartnerin', 'contact']);

/**
 * A role in press work: a press officer, a spokesperson, a press or communications department
 * ("Stellvertretende Pressesprecherin und Bereichsleitung Presse und Öffentlichkeitsarbeit").
 */
const PRESS_ROLE =
  /presse|sprecher(?:in)?\b|öffentlichkeitsarbeit|kommunikation|\bpress\b|spokes(?:person|man|woman)|communications|media relations/iu;

/** A contact's role line: a position's name, not a sentence (characters). */
const CONTACT_ROLE_CHARS = 120;

/**
 * The press officer a release's contact box names, where the box is marked by its class and
 * prints no label nor telephone line (pressContact reads those): a name block over its role
 * block, the role press work (PRESS_ROLE), both in an element marked as a contact
 * (ekiba.de's div.ansprechpartner_list_content > li: "Alexandra Weber" over
 * div.ansprechpartnerzuw_funktion "Stellvertretende Pressesprecherin ..."). The release names no
 * writer; its press officer speaks for it. One such officer in the box: several are experts.
 */
export function pressOfficerBox(
  story: HtmlBlock[],
  isName: (text: string) => boolean,
): string | null {
  const box = (b: HtmlBlock) =>
    b.ancestors.find((a) => tokensOf(a).some((t) => CONTACT_TOKENS.has(t)));
  for (const [i, block] of story.entries()) {
    const element = box(block);
    const role = story[i + 1];
    if (!element || !role || box(role) !== element) continue;
    const name = block.text.replace(/\s+/g, ' ').trim();
    const roleText = role.text.replace(/\s+/g, ' ').trim();
    if (!/\s/.test(name) || name.length > 40 || !isName(name)) continue;
    if (roleText.length > CONTACT_ROLE_CHARS || !PRESS_ROLE.test(roleText)) continue;
    // Another officer in the same box after this one: a list of experts, none the release's voice.
    const others = story.slice(i + 2).filter((b) => box(b) === element);
    if (others.some((b) => /\s/.test(b.text.trim()) && isName(b.text.trim()))) return null;
    return name;
  }
  return null;
}

/**
 * A press release's issuer under a "Herausgeber:" label (German press releases' "issued by"),
 * the name after the colon or, with the label alone in its block, the next block: iwr.de's
 * h6.pm_headline_detail "Herausgeber: Nordex SE" between "Pressemitteilung" and the headline;
 * caritas.de's "Herausgeber:" over the contact card "Pressestelle des Deutschen
 * Caritasverbandes" beside the release's day. Read only around the headline: a site's footer
 * prints its imprint's "Herausgeber: Richard Schneider" (uepo.de), the site's publisher, not the
 * page's writer. Of the 1,014 saved pages only these three print the label.
 */
const ISSUER_LABEL = /^Herausgeber(?:in)?\s*:\s*(.*)$/u;

/** An issuer's name: capitalised, 2 to 60 characters of letters, digits and & . ' - (no date). */
const ISSUER_NAME = /^\p{Lu}[\p{L}\p{N}&.' -]{1,59}$/u;

/** The issuer named under a "Herausgeber:" label in the blocks around the headline, else null. */
export function issuerLabel(around: HtmlBlock[]): string | null {
  for (const [i, block] of around.entries()) {
    const label = ISSUER_LABEL.exec(block.text);
    if (!label || inFooter(block)) continue;
    const name = (label[1] || firstLine(around[i + 1])).trim();
    if (ISSUER_NAME.test(name) && !findDate(name)) return name;
  }
  return null;
}

/** The first line of a block's element as a reader sees it (an address card's name over its street). */
function firstLine(block: HtmlBlock | undefined): string {
  if (!block) return '';
  const line = toText(block.element)
    .split('\n')
    .find((l) => l.trim());
  return (line ?? '').replace(/\s+/g, ' ');
}

/** Whether a footer holds the block: a <footer>, or an element whose class or id names one. */
function inFooter(block: HtmlBlock): boolean {
  return block.ancestors.some(
    (a) => a.tagName === 'footer' || tokensOf(a).some((t) => t.toLowerCase().includes('footer')),
  );
}
