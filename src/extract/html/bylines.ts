// The byline the page prints (src/extract/html.ts readPage): the declared or header byline mended
// where the page prints it better, else one printed around the headline or in the story (a
// marked element, a poster's link, a labelled or dated line, a sign-off, a signature, an agency
// dateline, a copyright line), and the byline finished (a site or page object's author given back
// where the page prints none).

import { findDate } from '../../normalize/dates.ts';
import {
  bracketCredit,
  dayTimeByName,
  labelledOverPhraseAuthor,
  slashedCoAuthors,
} from '../html-byline-forms.ts';
import { someToken, type PageMetadata } from '../../html/metadata.ts';
import { tokensOf, type DomVerdict } from '../html-classify.ts';
import { BLOCK_ELEMENTS, type HtmlBlock } from '../html-front-end.ts';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { bylineOf } from '../../normalize/header.ts';
import { isBylineName, isKnownPerson, isUiText } from '../../normalize/headline.ts';
import {
  describedSignOff,
  isLicenseCredit,
  issuerLabel,
  labelNameColon,
  loginDisplayName,
  nameRoleInstitution,
  pressContact,
  pressOfficerBox,
  sidebarSelfIntro,
} from '../html-credit-bylines.ts';
import {
  datedSignOff,
  isTeaserArticle,
  issuerByDay,
  linkedOverUnprintedAuthor,
  slugNamedByline,
} from '../html-slug-bylines.ts';
import {
  labelAloneByline,
  ledOverMetaAuthor,
  metaListByline,
  officerSignature,
  publisherUnderHeadline,
  storyFootByline,
} from '../html-foot-bylines.ts';
import {
  copyrightElementByline,
  isNoByline,
  printedOverMetaAuthor,
  inDatedListing,
  isVerbLeadAlone,
  inSidebar,
  sidebarAuthorBox,
  splitLeadByline,
  undoubled,
  OTHER_VOICES,
} from '../html-bylines.ts';
import {
  authorFieldByline,
  colonLedByline,
  creditUnderHeadline,
  dashAtTimeByline,
  labelOverContact,
} from '../html-label-bylines.ts';
import {
  initialsName,
  isLogin,
  isSiteAuthor,
  loginName,
  withCoAuthors,
  withSurname,
} from '../site-author.ts';
import {
  datedNames,
  endsAsLabel,
  copyrightName,
  isAuthorLabel,
  labelledNames,
  ledNames,
  markedNames,
  withoutLeadIn,
} from '../../html/author-names.ts';
import { HEAD_LINES } from '../state.ts';
import { postAuthorReply, siteOwnerName } from '../html-comment-bylines.ts';
import { once, memoized } from './shared.ts';

/** What the byline readers of readPage read: the page's blocks and where its parts stand. */
export interface BylinePage {
  blocks: HtmlBlock[];
  verdicts: DomVerdict[];
  declared: PageMetadata;
  headline: number | null;
  contentStart: number;
  /** The first block of the header, ABOVE_HEADLINE over the headline. */
  headerFrom: number;
  /** The header's blocks and the story's first HEAD_LINES, sidebars left out. */
  around: HtmlBlock[];
  /** A site declared as the author, set aside (setAsideDeclaredAuthor). */
  siteAuthor: string | null;
  /** A page object's declared author, set aside. */
  pageAuthor: string | null;
  /** A credit line's byline the header readers kept for a page that declares none. */
  creditByline: string | null;
  /** The byline in an element marked as one, around the headline. */
  marked: () => string | null;
  /** The story's blocks, read only where a rule asks, and once. */
  story: () => HtmlBlock[];
  /** The page's texts that may name the author, read once. */
  pageTexts: () => { text: string; marked: boolean }[];
}

/**
 * The byline declared or read in the header (`byline`), mended where the page prints it better:
 * a site-wide meta author, a one-word author (an agency, a handle, initials), a login.
 */
export function mendedByline(byline: string | null, page: BylinePage): string | null {
  if (byline === null) return null;
  const { declared, around } = page;
  const pageTextsOnly = () => page.pageTexts().map((b) => b.text);
  // A site-wide meta author gives way to the byline printed under the headline ("Erstellt von").
  if (declared.authors?.from === 'author' && byline === declared.byline) {
    byline = printedOverMetaAuthor(around, byline) ?? byline;
    // The same for "Von X" alone in its block under the headline (an uploader declared).
    byline = ledOverMetaAuthor(around, byline) ?? byline;
    // A phrase declared as the author gives way to the story's "Autor: X" line.
    byline = labelledOverPhraseAuthor(page.story(), byline) ?? byline;
  }
  // A JSON-LD author printed by initial with co-authors ("e. barreneche / J. I. da silva").
  if (declared.authors?.from === 'json-ld author' && byline === declared.byline) {
    byline = slashedCoAuthors(around, byline, markedAuthor) ?? byline;
    // A JSON-LD author printed nowhere gives way to the author box's link (html-slug-bylines.ts).
    byline =
      linkedOverUnprintedAuthor(
        byline,
        storyBlocks(page.blocks, page.headline ?? page.contentStart),
        pageTextsOnly,
        markedAuthor,
      ) ?? byline;
  }
  // A declared author printed nowhere gives way to the guest's sign-off the description names.
  if (byline === declared.byline) {
    byline =
      describedSignOff(page.story(), byline, pageTextsOnly, declared.description, isKnownPerson) ??
      byline;
  }
  // A one-word declared author is an agency, a site or a user's handle (AFP, CC7567): the
  // person the page prints in its byline element wrote the article.
  const marked = page.marked();
  if (!/\s/.test(byline.trim()) && marked) byline = marked;
  // A one-word declared author (an organization's initials: lbn.de's JSON-LD "LN") gives way to
  // the story's sign-off, its last paragraph "Von Cosima Künzel".
  if (!/\s/.test(byline.trim())) byline = signOff(page.story()) ?? byline;
  // ... or to the agency credit in brackets ending its text ("(FR mit dpa)").
  if (!/\s/.test(byline.trim())) byline = bracketCredit(page.story()) ?? byline;
  // Initials declared as the author ("DT") give way to the name the page prints for them.
  if (byline === declared.byline) byline = initialsName(byline, pageTextsOnly, isBylineName);
  // A login declared as the author ("gabor_munier") gives way to a byline printed around the
  // headline ("Author: Gàbor Muniér, Datum: 03.Mär.19"), else to the name the page prints it as.
  if (isLogin(byline)) byline = ledByline(around) ?? loginName(byline, pageTextsOnly);
  return byline;
}

/**
 * The byline a page that declares none prints: the readers in order, the header's first, then
 * the story's, then the page's copyright and sidebar, last a site declared as the author.
 */
export function printedByline(page: BylinePage): string | null {
  const { blocks, verdicts, around, headline, contentStart, headerFrom, siteAuthor } = page;
  const from = headline ?? contentStart;
  const storyFrom = once(() => storyBlocks(blocks, from));
  return (
    page.creditByline ??
    page.marked() ??
    ledByline(around) ??
    colonLedByline(around) ??
    splitLeadByline(around) ??
    datedByline(around) ??
    dashAtTimeByline(around) ??
    (headline !== null ? creditUnderHeadline(blocks, headline) : null) ??
    posterByline(blocks.slice(from, from + HEAD_LINES)) ??
    (headline !== null ? threadStarter(blocks, headline) : null) ??
    markedByline(articleAfter(blocks, verdicts, headerFrom + around.length)) ??
    storyByline(blocks, from) ??
    labelOverContact(storyFrom()) ??
    authorFieldByline(storyFrom(), markedAuthor) ??
    signature(page.story()) ??
    datedSignOff(page.story()) ??
    datelineAgency(page.story()) ??
    dayTimeByName(around) ??
    page.pageAuthor ??
    copyrightByline(blocks, from) ??
    sidebarAuthorBox(blocks, from) ??
    sidebarSelfIntro(blocks, inSidebar, isBylineName) ??
    copyrightElementByline(blocks, from, (n) => isKnownPerson(n) && !isSiteAuthor(n, [])) ??
    slugNamedByline(storyFrom()) ??
    issuerByDay(around, tokensOf) ??
    issuerLabel(around) ??
    (headline !== null ? nameRoleInstitution(blocks, headline, isBylineName) : null) ??
    pressContact(storyFrom(), isKnownPerson) ??
    pressOfficerBox(storyFrom(), isKnownPerson) ??
    (siteAuthor !== null ? siteAuthorPrinted(page, siteAuthor) : null) ??
    siteAuthor ??
    postAuthorReply(blocks[0]?.ancestors[0]) ??
    siteOwnerName(blocks[0]?.ancestors[0], page.declared.canonicalUrl, isKnownPerson)
  );
}

/** The byline as the archive keeps it: a doubled name once, no non-name, co-authors, surname. */
export function finishedByline(byline: string | null, page: BylinePage): string | null {
  // A name run in twice (a screen reader's copy in the link) is the name once.
  if (byline !== null) byline = undoubled(byline);
  if (byline === null || isNoByline(byline)) return null;
  // A login ("robert.stitz") the page prints nowhere as a name: the display name its embedded
  // user record gives it (html-credit-bylines.ts).
  if (isLogin(byline)) byline = loginDisplayName(byline, page.blocks[0]?.ancestors[0]) ?? byline;
  // A byline the page prints may list more names than the reader took ("von Daniel Braun, Davor
  // Pasoski" in kas.de's intro, read as its first name): its co-authors, as for a declared one.
  if (!byline.includes(',')) {
    byline = withCoAuthors(
      byline,
      page.around.map((b) => b.text),
      isBylineName,
    );
  }
  // A site's name declared as the author is no first name ("Solarserver").
  if (byline === page.declared.byline && page.siteAuthor === null) {
    byline = withSurname(byline, page.pageTexts, isBylineName);
  }
  return byline;
}

/**
 * Where a site is declared as the author and no reader above found a byline: a label printed
 * alone over the author's block (labelAloneByline), a person in the meta row under the headline
 * (metaListByline), the source or byline element at the story's foot (storyFootByline), an
 * officer of the declared organization signing the story (officerSignature), else a publisher's
 * credit under the headline (publisherUnderHeadline); html-foot-bylines.ts.
 */
function siteAuthorPrinted(page: BylinePage, siteAuthor: string): string | null {
  const { blocks, verdicts, around, headline, contentStart } = page;
  return (
    labelAloneByline(around) ??
    (headline !== null ? metaListByline(blocks, headline) : null) ??
    storyFootByline(blocks, verdicts, headline ?? contentStart) ??
    officerSignature(page.story(), siteAuthor) ??
    (headline !== null ? publisherUnderHeadline(blocks, headline) : null)
  );
}

/**
 * The article's blocks after the header, where a blog's post footer signs it ("Posted by Günter
 * W. Kienitz at 18:52", "Eingestellt von der Michel"): those the classifier keeps in the article,
 * less the comments and the teasers of other stories, whose names are their own authors'.
 */
export function articleAfter(
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  from: number,
): HtmlBlock[] {
  // A quote's attribution names the one quoted, not the story's author.
  const otherVoice = memoized(
    (a) => a.tagName === 'blockquote' || tokensOf(a).some((t) => OTHER_VOICES.has(t)),
  );
  return blocks.filter(
    (b, i) =>
      i >= from && verdicts[i] === null && b.kind !== 'quote' && !b.ancestors.some(otherVoice),
  );
}

/** A sign-off is short: "Von Cosima Künzel" is 17 characters; two names with "und" fit too. */
const SIGN_OFF_CHARS = 60;

/**
 * The names of a story's sign-off: its last paragraph a lead-in and the names alone ("Von Cosima
 * Künzel", "By Ann Lee and Bo Chen"), nothing after them. Null when the last paragraph is other
 * text.
 */
function signOff(article: HtmlBlock[]): string | null {
  const last = article.filter((b) => b.kind === 'paragraph').at(-1);
  const text = last?.text.replace(/\s+/g, ' ').trim() ?? '';
  if (!text || text.length > SIGN_OFF_CHARS || !/^(?:von|by)\s/iu.test(text)) return null;
  const names = ledNames(text, isBylineName, isUiText);
  // Every word of the paragraph after the lead-in is in the names: no sentence goes on after them.
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const named = new Set(words(names ?? ''));
  return names &&
    words(text)
      .slice(1)
      .every((w) => named.has(w) || /^(?:and|und)$/.test(w))
    ? names
    : null;
}

/** Inline elements a signature is set in. */
const EMPHASIS = new Set(['em', 'i', 'b', 'strong']);

/** A paragraph of the story's text before a signature: the shortest such on the pages below is ~300. */
const STORY_PARAGRAPH_CHARS = 150;

/**
 * A story signed at its foot with the writer's name alone, set in italics or bold: the article's
 * last paragraph (galore.de's "<strong>Marina Mucha</strong>"), or the last paragraph of the
 * element holding the story's text, under a paragraph of it, where the page goes on after the
 * story inside what the classifier keeps (eishockeynews.de's "<b><i>Stefan Wasmer</i></b>" before
 * an app's advert), or set flush right under it (an archived alternatives-economiques.fr page's
 * "<em>Denis Clerc</em>", an inset box after it in the same element: rightAligned). Only where nothing else names the author: a name alone is as often a photo's or
 * a quote's.
 */
function signature(article: HtmlBlock[]): string | null {
  const paragraphs = article.filter((b) => b.kind === 'paragraph');
  const last = paragraphs.at(-1);
  const lastName = last ? signedName(last) : null;
  if (lastName) return lastName;
  for (const [i, block] of article.entries()) {
    const parent = block.ancestors.at(-2);
    const before = article[i - 1];
    const after = article[i + 1];
    if (
      block.kind !== 'paragraph' ||
      !parent ||
      before?.kind !== 'paragraph' ||
      before.ancestors.at(-2) !== parent ||
      before.text.length < STORY_PARAGRAPH_CHARS ||
      (after && after.ancestors.includes(parent) && !rightAligned(block.element))
    ) {
      continue;
    }
    const name = signedName(block);
    if (name) return name;
  }
  return null;
}

/**
 * A paragraph set flush right, as a letter's signature is: align="right" or text-align: right
 * (alternatives-economiques.fr's <p align="right"><em>Denis Clerc</em></p>, which an inset box
 * follows in the same element).
 */
function rightAligned(el: Element): boolean {
  const { align, style } = el.properties;
  return (
    (typeof align === 'string' && align.toLowerCase() === 'right') ||
    (typeof style === 'string' && /text-align\s*:\s*right/i.test(style))
  );
}

/** The paragraph's text when it is a person's name alone set in italics or bold. */
function signedName(block: HtmlBlock): string | null {
  const text = block.text.trim();
  // A person's name by compromise's tagging, not any two capitalized words: nesselsetzer's
  // "Ähnliche Beiträge" (related posts) is set in bold as the story's last paragraph too.
  if (!/\s/.test(text) || !isKnownPerson(text)) return null;
  const emphasized = (el: Element): boolean =>
    el.children.some(
      (c) =>
        c.type === 'element' &&
        ((EMPHASIS.has(c.tagName) && toText(c).trim() === text) || emphasized(c)),
    );
  return emphasized(block.element) ? text : null;
}

/**
 * A news agency's dateline opening the story: the place, the agency's code in brackets and a
 * dash ("Hamburg (dpa/lno) – Trotz eines Gespräches ...", an agency story on a newspaper's site,
 * d90b19386 on trafilatura's pages, whose reference is "dpa/lno"). The code is letters, with a
 * regional desk after a slash.
 */
const AGENCY_DATELINE =
  /^\p{Lu}[\p{L}./-]*(?:\s\p{Lu}[\p{L}./-]*){0,3}\s\((\p{L}{2,8}(?:\/\p{L}{2,8})?)\)\s+[–—-]\s/u;

/** Paragraphs from the headline searched for an agency's dateline. */
const DATELINE_PARAGRAPHS = 3;

/**
 * The last resort before a page's or a site's declared name: the agency a story's first
 * paragraph credits in its dateline (AGENCY_DATELINE). The story names no writer of its own.
 */
function datelineAgency(article: HtmlBlock[]): string | null {
  // The first paragraphs: a photo's caption may stand before the story's first (d90b19386).
  for (const block of article.filter((b) => b.kind === 'paragraph').slice(0, DATELINE_PARAGRAPHS)) {
    const agency = AGENCY_DATELINE.exec(block.text.trim())?.[1];
    if (agency) return agency;
  }
  return null;
}

/**
 * With no byline element, the first block around the headline that opens with a byline's lead-in
 * ("Posted by Konstantin 21.10.2019", "Blog Beitrag von Margarita Koreneva"): author-names.ts
 * ledNames. Headings are headlines and section titles, not bylines.
 */
function ledByline(around: HtmlBlock[]): string | null {
  for (const block of around) {
    if (block.kind === 'heading') continue;
    const names = ledNames(block.text, isBylineName, isUiText);
    if (names) return names;
  }
  return null;
}

/**
 * The blocks from the headline on that may sign the story wherever the page prints them, the
 * classifier's verdict aside (a meta row under the text is often filed outside the article):
 * not in an <aside> or <nav>, nor among comments and other stories' teasers (OTHER_VOICES), nor
 * in a sidebar's widgets (weinlachgummis.blogspot.com's Goodreads shelf "by Akira Arenth"), nor
 * in a quote or a customer's testimonial, whose author is the quoted one's (comparis.ch's
 * div.testimonial-author "Credaris-Kundin A.K.").
 */
function storyBlocks(blocks: HtmlBlock[], from: number): HtmlBlock[] {
  const otherVoice = memoized(
    (a) =>
      a.tagName === 'aside' ||
      a.tagName === 'nav' ||
      a.tagName === 'blockquote' ||
      tokensOf(a).some((t) => OTHER_VOICES.has(t) || SIDEBAR_TOKENS.has(t)),
  );
  return blocks.slice(from).filter((b) => b.kind !== 'quote' && !b.ancestors.some(otherVoice));
}

/**
 * The page's blocks, less comments and other stories' teasers, with whether an element marked as
 * the author's holds them (withSurname). A sidebar's "Mehr von Henry Steinhau" names the author.
 */
export function authorTexts(blocks: HtmlBlock[]): { text: string; marked: boolean }[] {
  const otherVoice = memoized((a) => tokensOf(a).some((t) => OTHER_VOICES.has(t)));
  const marked = memoized(markedAuthor);
  return blocks
    .filter((b) => !b.ancestors.some(otherVoice))
    .map((b) => ({ text: b.text, marked: b.ancestors.some(marked) }));
}

/**
 * Class and id tokens of a sidebar and its widgets, which name other books' and posts' authors,
 * and of testimonials, which name customers.
 */
const SIDEBAR_TOKENS = new Set(['sidebar', 'widget', 'widgets', 'testimonial', 'testimonials']);

/**
 * The last resort before a site declared as the author: a byline the story's blocks label
 * (labelledByline) or mark (markedByline), wherever the page prints it after the headline (a
 * post's footer, a meta row under the text).
 */
function storyByline(blocks: HtmlBlock[], from: number): string | null {
  const story = storyBlocks(blocks, from);
  // A list's items and cards far from the headline are other stories' teasers, each with its own
  // author's element (lebensmittelpraxis.de's span.item__author in li and div.topicarea-item):
  // only a label there. So is a block set inside a list's item (linksfraktion.de's "Auch
  // interessant" list, each li holding div.kontextliste-autor "Pressemitteilung" / "von Katja
  // Kipping", another story's kind and author).
  const card = memoized((a) => tokensOf(a).some((t) => CARD_TOKENS.has(t)) || isTeaserArticle(a));
  const unlisted = story.filter(
    (b) => b.kind !== 'list-item' && !b.ancestors.some((a) => card(a) || a.tagName === 'li'),
  );
  return labelledByline(story) ?? markedByline(unlisted);
}

/**
 * The person a copyright line after the headline names ("© 2020 Wolfgang Michal" at a personal
 * site's foot, "© 2019 Sven Schreivogel" under the story: author-names.ts copyrightName), where
 * nothing else names the author: a personal site's owner writes its pages. Not in comments, other
 * stories' teasers or sidebars (storyBlocks); a company's name is no person's.
 */
function copyrightByline(blocks: HtmlBlock[], from: number): string | null {
  for (const block of storyBlocks(blocks, from)) {
    const name = copyrightName(block.text, (n) => isKnownPerson(n) && !isSiteAuthor(n, []));
    if (name) return name;
  }
  return null;
}

/** Class tokens of a list's entries and cards: other stories' teasers, away from the headline. */
const CARD_TOKENS = new Set(['item', 'items', 'card', 'cards', 'slider']);

/**
 * The first block of the story that labels its author ("Autor: Fritz Imhof", "Erstellt von Andri Bryner": labelledNames), or
 * an author label alone over a block that is a name (h5 "Autor:" over "Peter Maahn").
 */
function labelledByline(story: HtmlBlock[]): string | null {
  for (const [i, block] of story.entries()) {
    const next = story[i + 1];
    const names =
      labelledNames(block.text, isBylineName, isUiText) ??
      (next &&
      (isAuthorLabel(block.text) || isVerbLeadAlone(block.text) || isCreditLabel(block, next))
        ? markedNames(next.text, isBylineName, isUiText)
        : null);
    if (names) return names;
  }
  return null;
}

/** A credit's label for the writer, without a colon: "Interview", "Text", "Texte". */
const CREDIT_WRITER = /^(?:interview|text|texte|words)$/iu;

/**
 * A magazine's credits list, each credit a label over its name, both in elements marked as a
 * credit (iconmagazine.de's div.credits-credit-label "Interview" over div.credits-credit-text
 * "SVEN MICHAELSEN"): the writer's label. Elsewhere "Interview" and "Text" alone are headings.
 */
function isCreditLabel(label: HtmlBlock, next: HtmlBlock): boolean {
  const credit = (b: HtmlBlock) => tokensOf(b.element).some((t) => /^credits?$/.test(t));
  return CREDIT_WRITER.test(label.text.trim()) && credit(label) && credit(next);
}

/**
 * With no byline element nor lead-in, the first block around the headline that prints the day,
 * then the author ("11.12.2019 - Amelie Loevenich"): author-names.ts datedNames.
 */
function datedByline(around: HtmlBlock[]): string | null {
  const isDate = (text: string) => findDate(text) !== null;
  for (const [i, block] of around.entries()) {
    if (block.kind === 'heading' || inDatedListing(around, i)) continue;
    const names = datedNames(block.text, isBylineName, isUiText, isDate);
    if (names) return names;
  }
  return null;
}

/** A block longer than this under a marked parent is text about the author, not a byline. */
const MARKED_PARENT_CHARS = 100;

/** Class, id, rel and itemprop tokens that mark an element as its article's byline. */
const BYLINE_TOKENS = new Set(['byline', 'author', 'autor', 'auteur', 'autore', 'writer']);

/** Whether the page marks `el` as its byline or author (BYLINE_TOKENS). */
function markedAuthor(el: Element): boolean {
  const p = el.properties;
  // "authorname", "bylineBlock": a byline's word run into the next one.
  const byline = (t: string) => {
    const word = t.toLowerCase();
    return BYLINE_TOKENS.has(word) || /^(?:author|byline)/.test(word);
  };
  if (someToken(p.rel, byline) || someToken(p.itemProp, byline) || tokensOf(el).some(byline)) {
    return true;
  }
  return el.tagName === 'a' && typeof p.href === 'string' && AUTHOR_PAGE.test(p.href);
}

/**
 * A link to a user's profile page, whose text is the poster's handle on a forum's or a
 * community's post (kochbar.de's /user/Marianne1.html, dealdoktor.de's
 * /user-uebersicht/?u=79003, phpBB's memberlist.php?mode=viewprofile): read only around the
 * headline, where the post's own poster is shown; further down they are commenters'.
 */
const USER_PAGE =
  /\/(?:user|users|member|members|profile|profil|benutzer|mitglied|mitglieder)(?:-[a-zäöü]+)?\/(?:([^/?#\s]+?)(?:\.html?)?(?:[?#]|$)|\?u=\d+)|memberlist\.php\?mode=viewprofile/i;

/**
 * Whether `el` is a link to a user's profile page (USER_PAGE) that names the user: the page's
 * segment is a number ("/profile/142450", royalroad.com) or holds the link's text
 * ("/user/Marianne1.html"). A link to "/profile/favorites" or "/user/manniacmind" with other
 * words ("Followed Teams", "Comedy & Cartoons") is a menu's.
 */
function userLink(el: Element): boolean {
  const href = el.properties.href;
  if (el.tagName !== 'a' || typeof href !== 'string') return false;
  const m = USER_PAGE.exec(href);
  if (!m) return false;
  const segment = m[1];
  if (segment === undefined || /^\d+$/.test(segment)) return true;
  const text = toText(el).trim().toLowerCase();
  return text.length >= 2 && segment.toLowerCase().includes(text);
}

/**
 * A forum's or community's post under its headline: its poster's handle in a link to the user's
 * page (userLink), in the blocks from the headline on (above it, a logged-in user's or a menu's).
 */
function posterByline(after: HtmlBlock[]): string | null {
  return markedByline(after, userLink);
}

/** Class and id tokens naming a user's account name on its own ("username", "nickname"). */
const ACCOUNT_NAME_TOKENS = new Set(['username', 'nickname', 'poster', 'postername']);
/** The first of two tokens naming an account's name ("MtnCommentAccountName", "user-name"). */
const ACCOUNT_TOKENS = new Set(['account', 'user', 'member']);

/** Whether `el` is marked as a user's account name (ACCOUNT_NAME_TOKENS, "account" + "name"). */
function accountName(el: Element): boolean {
  const tokens = tokensOf(el);
  return tokens.some(
    (t, i) => ACCOUNT_NAME_TOKENS.has(t) || (ACCOUNT_TOKENS.has(t) && tokens[i + 1] === 'name'),
  );
}

/**
 * A forum thread's starter: the first block under the thread's title is its first post's header,
 * and its element marked as the account's name names the poster (mactechnews.de's
 * span.MtnCommentAccountName "macbacchi" in div.MtnCommentInformation, right under h2.Title).
 * A forum marks every post as a comment, so the comment marks that keep other voices out of the
 * readers above do not count here: only the first block after the headline is read, where the
 * thread's own post stands; the replies below it are other voices.
 */
function threadStarter(blocks: HtmlBlock[], headline: number): string | null {
  const first = blocks[headline + 1];
  if (!first || first.kind === 'heading') return null;
  // A post of the thread: a CMS's "Gespeichert von <span class="username">" under a blog
  // post's headline (Drupal's p.submitted, ethify.org) names the account that saved the page.
  if (!first.ancestors.some((a) => tokensOf(a).some((t) => POST_TOKENS.has(t)))) return null;
  return markedWithin(first.element, true, accountName);
}

/** Class and id tokens of a forum's posts: every post of a thread, the first one too. */
const POST_TOKENS = new Set(['comment', 'post', 'postbit', 'message', 'reply']);

/**
 * A link to an author's page, whose text is the author's name where the page marks it no other
 * way: WordPress's /author/slug, Drupal's and newsrooms' /autoren/name-684124
 * (jagderleben.de's author card, its photo and name in one link), /autor/, /auteur/.
 */
const AUTHOR_PAGE = /\/(?:author|authors|autor|autoren|auteur|auteurs|autore|autori)\/[^/?#]+/i;

/**
 * For a page that declares no author and prints no byline line the text path's readers know, the
 * name in an element the page marks as the byline (span.pb-byline "By Erin Cunningham" on a line
 * with the time; a rel=author link; itemprop=author) among the blocks around the headline, read
 * as the text path reads bylines ("By X", or a name alone). Only a block's own inline elements
 * are searched: a nested block is a block of its own.
 */
export function markedByline(
  around: HtmlBlock[],
  marks: (el: Element) => boolean = markedAuthor,
): string | null {
  // Another story's teaser or a comment names its own author: a slider of opinion pieces above
  // the headline (furche.at's article.slider-teaser-opinion, each with its author's span).
  const otherVoice = memoized((a) => tokensOf(a).some((t) => OTHER_VOICES.has(t)));
  const seen = new Set<Element>();
  for (const block of around) {
    if (seen.has(block.element) || block.ancestors.some(otherVoice)) continue;
    // A picture's licence line names its photographer (html-credit-bylines.ts).
    if (isLicenseCredit(block)) continue;
    seen.add(block.element);
    const found = markedWithin(block.element, true, marks) ?? inMarkedParent(block, marks);
    if (found) return found;
  }
  return null;
}

/** The byline's name in a marked element, read as the text path reads bylines (markedByline). */
function markedName(el: Element, oneWord = true): string | null {
  const text = withoutLeadIn(toText(el));
  return (
    bylineOf(text)?.name ??
    markedNames(text, isBylineName, isUiText, oneWord) ??
    (isBylineName(text) && !endsAsLabel(text) ? text : null) ??
    labelNameColon(toText(el), isBylineName)
  );
}

/**
 * The name in the innermost marked element first, within `el`'s inline elements (`top`: `el`
 * is the block's own element): div.author holds a.author-link "Ben Silverman" and
 * div.author-title "Games Editor" (yahoo-1), and the name is the link's.
 */
function markedWithin(el: Element, top: boolean, marks: (el: Element) => boolean): string | null {
  if (!top && BLOCK_ELEMENTS.has(el.tagName)) return null;
  for (const child of el.children) {
    if (child.type !== 'element') continue;
    const found = markedWithin(child, false, marks);
    if (found) return found;
  }
  return marks(el) ? markedName(el) : null;
}

/**
 * A short block whose parent is marked: ul.author > li "Stefan Loibl" (bike-magazin.de),
 * div.node__author > div.user "Leena Simon" (digitalcourage.de).
 */
function inMarkedParent(block: HtmlBlock, marks: (el: Element) => boolean): string | null {
  const parent = block.ancestors.at(-2);
  if (!parent || block.text.length > MARKED_PARENT_CHARS || !marks(parent)) return null;
  // One word there is as often a section's name in a story card (h3.article-section under
  // div.card-content.withAuthor, lacuarta.com) as a pen name: names of two words and more only.
  return markedName(block.element, false);
}
