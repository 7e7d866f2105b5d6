// Saved HTML pages' bylines a one-person site gives outside the story (issue 22, stop 44, hb44),
// each read last, where no other reader found a name.
//
// postAuthorReply, from the comment thread: a blog's post
// names its writer nowhere above or below the story, but the writer answers in the comments, and
// WordPress marks those answers: the comment's element carries the class `bypostauthor` ("by the
// post's author"), and its hCard's formatted name (`.fn`, the vcard microformat WordPress prints
// in `.comment-author`) is the name the writer signs with.
//
// On trafilatura's 884 pages, 2026-12-05: 20 pages mark such a comment with an `.fn` in it; in the
// 17 of them with a reference author the `.fn` spells it in every one (anchor.ch, antary.de,
// nesselsetzer, damianduchamps, foxyfolksy, frolleinherr, gnadlib, it-learner, literaturgefluester,
// papaganda, rete-mirabile, thenervousbreakdown, zulang, ...). Read last, where no other reader
// found a name: archive.org's nesselsetzer.wordpress.com prints "Posted by Nesselsetzer under" and
// answers its commenters as `li.comment.bypostauthor > cite.fn` "Nesselsetzer".

import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { tokensOf } from './html-classify.ts';
import { letters } from './html-slug-bylines.ts';

/** WordPress's class on a comment written by the post's own author (comment_class()). */
const POST_AUTHOR_CLASS = 'bypostauthor';

/** The hCard's formatted name: WordPress prints the commenter's name as `cite.fn` / `b.fn`. */
const FORMATTED_NAME_CLASS = 'fn';

/** A CMS's account, no one's name ("admin", archive.org's muffinrezept.net answers as "admin"). */
const ACCOUNT_NAME = /^(?:admin|administrator|webmaster|editor|redaktion|anonymous|anonym)$/iu;

/** The longest name read: a signature, not a sentence (the 17 pages' names are 3-18 characters). */
const NAME_CHARS = 40;

/** Whether `name` (lower case) is one of the element's class and id tokens, all lower case. */
function hasClass(el: Element, name: string): boolean {
  return tokensOf(el).includes(name);
}

/** The first element under `el` (depth first, `el` itself included) that passes `test`. */
function firstElement(el: Element, test: (el: Element) => boolean): Element | null {
  if (test(el)) return el;
  for (const c of el.children) {
    if (c.type !== 'element') continue;
    const found = firstElement(c, test);
    if (found) return found;
  }
  return null;
}

/**
 * The name the post's author signs their comments with: the `.fn` of the first comment marked
 * `bypostauthor` under `root` (the page's root element), when it is a short name and not a CMS
 * account. Null when the page marks no such comment or its name does not pass.
 */
export function postAuthorReply(root: Element | undefined): string | null {
  if (root === undefined) return null;
  const reply = firstElement(root, (el) => hasClass(el, POST_AUTHOR_CLASS));
  if (reply === null) return null;
  const fn = firstElement(reply, (el) => hasClass(el, FORMATTED_NAME_CLASS));
  if (fn === null) return null;
  const name = toText(fn).replace(/\s+/g, ' ').trim();
  if (name.length < 2 || name.length > NAME_CHARS || ACCOUNT_NAME.test(name)) return null;
  return /\p{L}/u.test(name) ? name : null;
}

/**
 * A personal site's owner: the site's home link (path "/") on a host whose first label spells a
 * person's name, beside that name in the same small box (the site's title or its tagline under
 * it). alexander-klier.net's div.site-title > a[rel=home] "Dr. Alexander Klier";
 * alexanderlasch.wordpress.com's div#logo, the home link "Sprachpunkt" over span.site-description
 * "Alexander Lasch". On trafilatura's 884 pages, 2026-12-05: seven pages print a person's name
 * (isKnownPerson) spelling their host's label; three already had it as their byline
 * (wolfgangschmale.eu, wolfgangmichal.de, andreabottlinger's "Andrea"), Tom's Hardware's and
 * harrypotter.fandom.com's are no home link's box (a headline's link, a caption's).
 */
const OWNER_BOX_LEVELS = 2;
/** A site's title and tagline: the two boxes above are 30-60 characters. */
const OWNER_BOX_CHARS = 160;
/** A host label this short spells words, not a name ("news", "blog"). */
const OWNER_LABEL_MIN = 6;
/** An academic title before the name, not spelled in the host. */
const ACADEMIC_TITLE = /^(?:dr|prof)\.\s+(?:dr\.\s+)?/iu;

/** The address an href names, an archive's prefix skipped (web.archive.org/web/…/http://…), or null. */
function urlOf(href: string): URL | null {
  const at = href.lastIndexOf('http');
  if (at < 0) return null;
  try {
    return new URL(href.slice(at));
  } catch {
    return null;
  }
}

/** The host an address names, "www." dropped, or null. */
function hostOf(href: string): string | null {
  const url = urlOf(href);
  return url === null ? null : url.hostname.replace(/^www\./u, '');
}

/** The first label's letters of `site` when `href` is its home link ("/"), else null. */
function homeLabel(href: string, site: string): string | null {
  const url = urlOf(href);
  if (url === null || url.pathname !== '/' || url.search !== '') return null;
  if (url.hostname.replace(/^www\./u, '') !== site) return null;
  const label = letters(site.split('.')[0] ?? '');
  return label.length >= OWNER_LABEL_MIN ? label : null;
}

/** The text nodes under `el`, collapsed. */
function leafTexts(el: Element, out: string[] = []): string[] {
  for (const c of el.children) {
    if (c.type === 'text') out.push(c.value.replace(/\s+/g, ' ').trim());
    else if (c.type === 'element') leafTexts(c, out);
  }
  return out;
}

/** The box's text spelling `label` as a person's name of two words or more (its title dropped), else null. */
function ownerIn(box: Element, label: string, isName: (text: string) => boolean): string | null {
  for (const text of leafTexts(box)) {
    const bare = text.replace(ACADEMIC_TITLE, '');
    // The name as the host spells it: "Dr." is the site's title's, not the byline's.
    if (/\s/u.test(bare) && letters(bare) === label && isName(text)) return bare;
  }
  return null;
}

/**
 * The owner's name a personal site prints beside its home link (see OWNER_BOX_LEVELS), searched
 * under `root` in document order. Only the page's own site's home link counts (`canonical`, the
 * page's declared address): a story's link to another person's site ("Elizabeth Warren" linking
 * elizabethwarren.com on schneems.com, "Sigurd Larsen" on urlaubsarchitektur.de) names the
 * person it links, not the writer. Null when no home link's box spells its host's name.
 */
export function siteOwnerName(
  root: Element | undefined,
  canonical: string | null,
  isName: (text: string) => boolean,
): string | null {
  const site = canonical === null ? null : hostOf(canonical);
  if (root === undefined || site === null) return null;
  const path: Element[] = [];
  const visit = (el: Element): string | null => {
    path.push(el);
    const href = el.tagName === 'a' ? el.properties.href : undefined;
    const label = typeof href === 'string' ? homeLabel(href, site) : null;
    if (label !== null) {
      for (let up = 0; up <= OWNER_BOX_LEVELS && up < path.length; up++) {
        const box = path[path.length - 1 - up];
        if (box === undefined || toText(box).length > OWNER_BOX_CHARS) break;
        const owner = ownerIn(box, label, isName);
        if (owner !== null) return owner;
      }
    }
    for (const c of el.children) {
      const found = c.type === 'element' ? visit(c) : null;
      if (found !== null) return found;
    }
    path.pop();
    return null;
  };
  return visit(root);
}
