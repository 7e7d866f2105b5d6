// The words a page names its parts with in class and id: the weight they give an element in
// Readability's scoring (classWeight, read by content.ts), and the page furniture they name
// inside the content (isFurniture: 2. at the top of src/extract/html-classify.ts).

import type { Element } from 'hast';
import { tokensOf } from './tokens.ts';

/**
 * Class and id tokens that lower an element's score (Readability's negative and unlikely-candidate
 * patterns, as whole tokens, and the list: comment, related, share, social, footer, nav,
 * sidebar, promo, newsletter, cookie, ad).
 */
const NEGATIVE = new Set(
  (
    'comment comments commentlist disqus related share sharing sharedaddy social footer nav ' +
    'navbar navigation menu sidebar promo promos newsletter subscribe signup cookie cookies ' +
    'consent gdpr ad ads advert adverts advertisement advertising sponsor sponsored banner ' +
    'breadcrumb breadcrumbs widget outbrain taboola popup modal masthead tags recommended ' +
    'trending popular shoutbox skyscraper ai2html dialog'
  ).split(' '),
);

/**
 * The tokens that take an element out of the content (2. at the top of html-classify.ts): only those that name
 * furniture and nothing else. Page builders class every part of a page as a "widget" (Elementor:
 * elementor-widget-container around the article's text), "menu", "banner" or "tags"; taking
 * out (with the rule for forms wrapping a page, html-front-end.ts PAGE_FORM_CHARS) left 29 of trafilatura's 884 pages empty,
 * against 13 without.
 */
const FURNITURE = new Set(
  (
    'comment comments commentlist disqus related share sharing sharedaddy social footer nav ' +
    'navbar navigation sidebar promo promos newsletter subscribe cookie cookies consent ad ads ' +
    'advert adverts advertisement advertising sponsored breadcrumb breadcrumbs outbrain taboola ' +
    // ai2html's charts (NYT, WaPo, ProPublica): an axis's labels as dozens of <p>, which
    // Readability's unlikely-candidate pattern names too.
    'ai2html'
  ).split(' '),
);

/** Class and id tokens of article text (the list, and Readability's positive pattern). */
const POSITIVE = new Set(
  'article articles content story body main entry post text hentry blog page'.split(' '),
);

/** Elements that are page furniture by their tag inside the content element. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer']);

/** Readability's class weight: 25 a side. */
const CLASS_WEIGHT = 25;

export function classWeight(el: Element): number {
  const tokens = tokensOf(el);
  let weight = 0;
  if (
    tokens.some((t) => NEGATIVE.has(t)) ||
    FURNITURE_ROLES.has(roleOf(el)) ||
    isAuthorBox(tokens)
  ) {
    weight -= CLASS_WEIGHT;
  }
  if (tokens.some((t) => POSITIVE.has(t))) weight += CLASS_WEIGHT;
  // Not Readability's: the elements HTML made for the main content count as a positive token.
  const role = typeof el.properties.role === 'string' ? el.properties.role : '';
  if (el.tagName === 'article' || el.tagName === 'main' || role === 'main') weight += CLASS_WEIGHT;
  return weight;
}

/**
 * ARIA roles of parts that are no article (Readability's _unlikelyRoles): a menu, the page's
 * navigation, a complementary sidebar, an alert or a dialog (a login or consent modal, whose
 * paragraphs outscored a short story on zdf.de).
 */
const FURNITURE_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);

const roleOf = (el: Element): string =>
  typeof el.properties.role === 'string' ? el.properties.role.trim().toLowerCase() : '';

/** Whether an element is page furniture by its tag or tokens (see 2. at the top of html-classify.ts). */
export function isFurniture(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName) || FURNITURE_ROLES.has(roleOf(el))) return true;
  const tokens = tokensOf(el);
  if (isAuthorBox(tokens)) return true;
  if (tokens.some((t) => namesRelated(t) || BESIDE_POSITIVE.has(t))) return true;
  return tokens.some((t) => FURNITURE.has(t)) && !tokens.some((t) => POSITIVE.has(t));
}

/**
 * A token naming a list of other stories: "related" alone or run into its object (Jetpack's
 * jp-relatedposts, relatedlinks). It takes its element out even beside a positive token, which
 * there names what the list holds (ul.related_post, div.related-articles, div.related-stories
 * story-module, div.promote-related-post): on trafilatura's 884 pages, 12 pages drop 15 must-not
 * snippets (titles and teasers of the listed stories) and none loses a must-have one; Readability's
 * 130 pages lose none (ehow-1 and -2 gain).
 */
const namesRelated = (token: string) => token.startsWith('related');

/**
 * Tokens of boxes a post or article carries beside its text that are no part of it, which take
 * their element out beside a positive token too, for the same reason (div.entry-utility,
 * div.article-donation-CTA, div.affiliate-text): a blog's post footer ("This entry was posted
 * in ...": WordPress's entry-utility and postmetadata), a plea for donations, a disclaimer or
 * disclosure of advertising and affiliate links, a newsletter sign-up run into one word. Each
 * found on trafilatura's pages: 9 pages drop 10 must-not snippets, none loses a must-have one,
 * Readability's 130 pages are unchanged. "cta" and "paywall" were tried and not kept:
 * p.cta-fandom-contributor is text of Readability's wikia page (1.000 -> 0.982), and
 * article.has-paywall is the whole story on uebermedien.de.
 */
const BESIDE_POSITIVE = new Set(
  'utility postmetadata donation disclaimer disclosure affiliate newsletterbox'.split(' '),
);

/** Words that, beside "author", name the box about the writer (div.author-description). */
const AUTHOR_BOX = new Set(['bio', 'box', 'info', 'description', 'about', 'profile', 'card']);

/**
 * The box about the article's writer under it (a portrait and a paragraph of biography): not the
 * article, though its paragraph outscored a short story's on journelles.de. "author" alone names a
 * byline, which stays.
 */
function isAuthorBox(tokens: readonly string[]): boolean {
  return tokens.includes('author') && tokens.some((t) => AUTHOR_BOX.has(t));
}
