// Bylines the page's markup marks (src/extract/html/bylines.ts printedByline): an element whose
// class or id names the author, a link to an author's or a user's page, a forum thread's poster.

import type { Element } from 'hast';
import { someToken } from '../../../html/metadata.ts';
import { tokensOf } from '../../html-classify.ts';
import { toText } from 'hast-util-to-text';
import { type HtmlBlock, BLOCK_ELEMENTS } from '../../html-front-end.ts';
import { memoized } from '../shared.ts';
import { OTHER_VOICES } from '../../html-bylines.ts';
import { isLicenseCredit, labelNameColon } from '../../html-credit-bylines.ts';
import { withoutLeadIn, markedNames, endsAsLabel } from '../../../html/author-names.ts';
import { bylineOf } from '../../../normalize/header.ts';
import { isBylineName, isUiText } from '../../../normalize/headline.ts';

/** A block longer than this under a marked parent is text about the author, not a byline. */
const MARKED_PARENT_CHARS = 100;

/** Class, id, rel and itemprop tokens that mark an element as its article's byline. */
const BYLINE_TOKENS = new Set(['byline', 'author', 'autor', 'auteur', 'autore', 'writer']);

/** Whether the page marks `el` as its byline or author (BYLINE_TOKENS). */
export function markedAuthor(el: Element): boolean {
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
export function posterByline(after: HtmlBlock[]): string | null {
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
export function threadStarter(blocks: HtmlBlock[], headline: number): string | null {
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
