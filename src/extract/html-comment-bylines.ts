// Saved HTML pages' bylines from the comment thread (issue 22, stop 44, hb44): a blog's post
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

/** WordPress's class on a comment written by the post's own author (comment_class()). */
const POST_AUTHOR_CLASS = 'bypostauthor';

/** The hCard's formatted name: WordPress prints the commenter's name as `cite.fn` / `b.fn`. */
const FORMATTED_NAME_CLASS = 'fn';

/** A CMS's account, no one's name ("admin", archive.org's muffinrezept.net answers as "admin"). */
const ACCOUNT_NAME = /^(?:admin|administrator|webmaster|editor|redaktion|anonymous|anonym)$/iu;

/** The longest name read: a signature, not a sentence (the 17 pages' names are 3-18 characters). */
const NAME_CHARS = 40;

function hasClass(el: Element, name: string): boolean {
  return tokensOf(el).some((t) => t.toLowerCase() === name);
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
