// The HTML classifier: which of a page's blocks are its article, from the DOM. The text path's
// rules (chrome lines, datelines, bylines) run afterwards on the blocks kept (html.ts).
//
// 1. The main content element, by Mozilla Readability's scoring (Readability.js, _grabArticle;
//    every weight below is Readability's unless marked otherwise): each paragraph-like block of
//    25 characters or more scores 1, plus 1 a comma, plus 1 per 100 characters up to 3; the score
//    goes to its element's ancestors, divided by 1, 2, then 3 x the level, five levels up. An
//    ancestor starts from its tag's weight (div +5; pre, td, blockquote +3; lists and forms -3;
//    headings and th -5) and its class and id (+25 for a positive token, -25 for a negative
//    one). Its final score is scaled by 1 - its link density. The best element wins, and its
//    siblings join it when they score at least a fifth of it (at least 10), or are a paragraph
//    of 80 characters or more with links under a quarter of its text, or a shorter one without
//    links that ends a sentence.
// 2. Inside the content, a block whose element or an ancestor below the content element is
//    <nav>, <aside> or <footer>, or has a negative class or id token and no positive one, is page
//    furniture (share bars, related stories, comments); a block more than half of whose text is
//    links is navigation (the threshold Readability's cleaning uses for lists of links: 0.5;
//    a heading made a link is still a heading).

import type { Element } from 'hast';
import type { HtmlBlock } from './html-front-end.ts';
import { classList } from './html-front-end.ts';

/**
 * Each element's tokens, made once a page: the classifier and the page reader ask for those of the
 * same elements again and again (each block's ancestors, each link's). They are kept on the
 * element under a symbol of this module's (no JSON, key list or spread of hast's sees it): a
 * WeakMap's get and set were tokensOf's own time, the largest self time of a saved page's
 * normalize outside the collector (stop 50, 3.6% of the samples against the parse's 2.8%).
 */
const TOKENS = Symbol('class and id tokens');
type WithTokens = Element & { [TOKENS]?: readonly string[] };

/**
 * A class or id name's tokens, lower-cased, kept by name: a page repeats its class names on many
 * elements, and a site's pages share them. The names kept are dropped when they are this many
 * (a bound on memory over a long build; a few thousand names a page).
 */
const nameMemo = new Map<string, readonly string[]>();
const NO_TOKENS: readonly string[] = Object.freeze([]);
const NAME_MEMO_SIZE = 50_000;

function nameTokens(name: string): readonly string[] {
  let tokens = nameMemo.get(name);
  if (tokens === undefined) {
    if (nameMemo.size >= NAME_MEMO_SIZE) nameMemo.clear();
    tokens = name
      .split(/[\s_-]+|(?<=[a-z])(?=[A-Z])/)
      .filter(Boolean)
      .map((t) => t.toLowerCase());
    nameMemo.set(name, tokens);
  }
  return tokens;
}

/** The tokens of a class or id ("post-footer_links" -> post, footer, links), lower-cased. */
export function tokensOf(el: Element): readonly string[] {
  // Most elements have neither a class nor an id: no tokens, and nothing kept for them (a
  // WeakMap entry an element was most of this function's time and garbage-collector work).
  if (el.properties.className === undefined && el.properties.id === undefined) return NO_TOKENS;
  const memo = (el as WithTokens)[TOKENS];
  if (memo !== undefined) return memo;
  const id = typeof el.properties.id === 'string' ? el.properties.id : '';
  const idTokens = HEADING_SLUG.test(id) ? [] : nameTokens(id);
  const tokens = [...classList(el).flatMap(nameTokens), ...idTokens];
  (el as WithTokens)[TOKENS] = tokens;
  return tokens;
}

/**
 * An id of four or more lower-case words joined by hyphens is a heading's text made an anchor
 * (Sphinx and Markdown renderers: div#sharing-with-a-single-developer), not the name of a part
 * of the page; its words are not read as tokens (the section "Sharing with a single developer"
 * is no share bar). Names a template gives are shorter or written in camel case
 * (ContentPlaceHolder1_SynMtnForumCommentFirst), and keep their tokens.
 */
const HEADING_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+){3,}$/;

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
 * The tokens that take an element out of the content (2. at the top): only those that name
 * furniture and nothing else. Page builders class every part of a page as a "widget" (Elementor:
 * elementor-widget-container around the article's text), "menu", "banner" or "tags"; taking
 * out (with the rule below for forms wrapping a page) left 29 of trafilatura's 884 pages empty,
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

/** Readability's weights by tag (its _initializeNode). */
const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Readability's class weight: 25 a side. */
const CLASS_WEIGHT = 25;
/** Readability scores paragraphs of at least this many characters (its 25-character floor). */
const MIN_SCORED_CHARS = 25;
/** Ancestors a paragraph's score reaches (Readability: 5 levels). */
const SCORED_LEVELS = 5;

function classWeight(el: Element): number {
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

/** Whether an element is page furniture by its tag or tokens (see 2. at the top). */
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

/** Why a block is not article text, as the DOM shows it; null when it may be. */
export type DomVerdict = 'outside' | 'furniture' | 'navigation' | null;

export interface Classified {
  /** The block's verdict, by block index. */
  verdicts: DomVerdict[];
  /** The content element (null when no block scored: every block is kept). */
  top: Element | null;
}

/** Characters of text, and of link text, under an element. */
interface Chars {
  text: number;
  links: number;
}

const density = (c: Chars | undefined) => (c && c.text ? c.links / c.text : 0);

/** The characters under each element, summed once over the blocks (not per element scored). */
function charsUnder(blocks: HtmlBlock[]): Map<Element, Chars> {
  const under = new Map<Element, Chars>();
  for (const block of blocks) {
    for (const a of block.ancestors) {
      const c = under.get(a);
      if (c) {
        c.text += block.text.length;
        c.links += block.linkChars;
      } else under.set(a, { text: block.text.length, links: block.linkChars });
    }
  }
  return under;
}

/** The content: its element, the elements kept with it, and the article header before it. */
interface Content {
  top: Element;
  kept: Set<Element>;
  /** Elements whose prose paragraphs alone are kept (see articleHeader). */
  header: Element[];
}

/** The content element by Readability's scoring (1. at the top), or null. */
function contentElement(blocks: HtmlBlock[], headline: string | null): Content | null {
  const under = charsUnder(blocks);
  const { top, best, final } = topScored(ancestorScores(blocks), under);
  if (!top) return null;
  const chain = ancestorChains(blocks);
  const declared = declaredBody(under);
  if (declared) {
    return { top: declared, kept: new Set([declared]), header: articleHeader(declared, chain) };
  }
  const prose = proseMass(blocks);
  const scored = toTextMass(
    outOfTable(raiseTop(top, best, final, chain, prose), chain),
    prose,
    chain,
  );
  const raised = headlineArticle(scored, blocks, headline, chain, under);
  // The story holding the headline, chosen over another: the stories beside it are others.
  if (raised !== scored) return { top: raised, kept: new Set([raised]), header: [] };
  const topScore = final.get(raised) ?? best;
  const kept = withSiblings(raised, topScore, final, blocks, under);
  for (const cousin of sameClassCousins(raised, chain, under)) kept.add(cousin);
  return { top: raised, kept, header: [] };
}

/**
 * Each block's score (1, its commas, a point a hundred characters up to 3), given to its
 * ancestors up to SCORED_LEVELS above its own element, divided more the higher they stand; an
 * ancestor's first score is its tag's and class's weight (contentElement's first step).
 */
function ancestorScores(blocks: HtmlBlock[]): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const block of blocks) {
    if (block.kind === 'heading' || block.text.length < MIN_SCORED_CHARS) continue;
    const score =
      1 +
      (block.text.match(/[,，、]/g)?.length ?? 0) +
      Math.min(Math.floor(block.text.length / 100), 3);
    // The block's own element is a paragraph; its ancestors above it get the score, nearest
    // first (read in place: no copies of the ancestors made for each block).
    const { ancestors } = block;
    for (let level = 0; level < SCORED_LEVELS && level < ancestors.length - 1; level++) {
      const a = ancestors[ancestors.length - 2 - level] as Element;
      if (a.tagName === 'html' || a.tagName === 'body') continue;
      const start = scores.get(a) ?? (TAG_WEIGHT[a.tagName] ?? 0) + classWeight(a);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(a, start + score / divider);
    }
  }
  return scores;
}

/**
 * The scores less each element's link density (`final`), and the first element scoring highest
 * (`top`, null when none scored) with its score (`best`).
 */
function topScored(
  scores: Map<Element, number>,
  under: Map<Element, Chars>,
): { top: Element | null; best: number; final: Map<Element, number> } {
  let top: Element | null = null;
  let best = -Infinity;
  const final = new Map<Element, number>();
  for (const [el, score] of scores) {
    const value = score * (1 - density(under.get(el)));
    final.set(el, value);
    if (value > best) {
      best = value;
      top = el;
    }
  }
  return { top, best, final };
}

/**
 * A page's own word for where its article is: schema.org's itemprop="articleBody" (news CMSs
 * write it for search engines: the Independent, the Telegraph, Libération) or ARIA's
 * role="article" (Archive of Our Own's chapter text, which the scoring lost to a paragraph of 200
 * commenters' names). The element holding the most text of those so marked, when it holds a
 * body's worth (DECLARED_BODY_CHARS); a teaser or an empty placeholder marked so is passed over
 * for the scoring. On Readability's 130 pages: body F1 0.922 -> 0.927 with articleBody, 0.935
 * with role=article too (after the javascript: link rule, 0.931).
 */
function declaredBody(under: Map<Element, Chars>): Element | null {
  let found: Element | null = null;
  let most = 0;
  for (const [el, chars] of under) {
    const itemprop: unknown = el.properties.itemProp;
    const names = Array.isArray(itemprop)
      ? itemprop.map(String)
      : typeof itemprop === 'string'
        ? itemprop.split(/\s+/)
        : [];
    const role = typeof el.properties.role === 'string' ? el.properties.role : '';
    if (!names.some((n) => n.toLowerCase() === 'articlebody') && role !== 'article') continue;
    if (chars.text > most) {
      most = chars.text;
      found = el;
    }
  }
  return most >= DECLARED_BODY_CHARS ? found : null;
}

/**
 * The parts of the <article> holding a declared body that come before it: the article's header
 * (its standfirst, the lead picture's caption, the dateline), which news CMSs leave out of
 * articleBody (the New York Times: header > p#article-summary, then section[name=articleBody]).
 * What follows the body in the article (an author's biography, a print-edition note, related
 * stories) stays out. The furniture rules still apply to what comes in (a share bar, a nav).
 */
function articleHeader(body: Element, chains: Map<Element, Element[]>): Element[] {
  const chain = chains.get(body) ?? [];
  const at = chain.findLastIndex((a) => a.tagName === 'article');
  if (at < 0) return [];
  const path = [...chain.slice(at), body];
  const found: Element[] = [];
  for (let i = 1; i < path.length; i++) {
    for (const sibling of (path[i - 1] as Element).children) {
      if (sibling === path[i]) break;
      if (sibling.type === 'element') found.push(sibling);
    }
  }
  return found;
}

/** Three paragraphs of news text: less than that under articleBody is a teaser, not the body. */
const DECLARED_BODY_CHARS = 500;

/** Each element's ancestors, outermost first (from the first block under it). */
function ancestorChains(blocks: HtmlBlock[]): Map<Element, Element[]> {
  const chains = new Map<Element, Element[]>();
  for (const block of blocks) {
    block.ancestors.forEach((a, i) => {
      if (!chains.has(a)) chains.set(a, block.ancestors.slice(0, i));
    });
  }
  return chains;
}

/** Readability's minimum of other top candidates that must share an ancestor to promote it. */
const MIN_TOP_CANDIDATES = 3;
/** ...each scoring at least this share of the best (Readability: 0.75). */
const ALTERNATIVE_SHARE = 0.75;

/**
 * Readability's two steps up from the best element: when three of the next four candidates that
 * score at least 3/4 of it stand in one ancestor with it, the article is split over several
 * elements (a grid of cells: engadget) and that ancestor is the content; else the content goes up
 * to a parent that scores more than the element it holds, while the parents' scores stay above a
 * third of the best, and up through parents that hold nothing else.
 */
function raiseTop(
  top: Element,
  best: number,
  final: Map<Element, number>,
  chains: Map<Element, Element[]>,
  prose: Prose,
): Element {
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  const alternatives = ranked
    .slice(1, 5)
    .filter(([, value]) => best > 0 && value / best >= ALTERNATIVE_SHARE)
    .map(([el]) => el);
  const topChain = chains.get(top) ?? [];
  if (alternatives.length >= MIN_TOP_CANDIDATES) {
    for (const ancestor of [...topChain].reverse()) {
      if (ancestor.tagName === 'body' || ancestor.tagName === 'html') break;
      const holding = alternatives.filter((alt) => chains.get(alt)?.includes(ancestor)).length;
      if (holding >= MIN_TOP_CANDIDATES) return ancestor;
    }
  }
  let current = top;
  let lastScore = best;
  const threshold = best / 3;
  for (const parent of [...topChain].reverse()) {
    if (parent.tagName === 'body' || parent.tagName === 'html') break;
    const score = final.get(parent);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > lastScore) {
      if (addsProse(parent, top, prose)) current = parent;
      break;
    }
    lastScore = score;
  }
  const currentChain = chains.get(current) ?? [];
  for (const parent of [...currentChain].reverse()) {
    if (parent.tagName === 'body' || parent.tagName === 'html') break;
    const elements = parent.children.filter((c) => c.type === 'element');
    if (elements.length !== 1) break;
    current = parent;
  }
  return current;
}

/** A parent must hold this much more paragraph text than the best element to replace it. */
const MORE_PROSE = 1.1;

/**
 * Whether a parent holds paragraphs of text the best element does not (see raiseTop). A parent
 * scoring more for its tag and class alone (div#Main: div +5, "main" +25, when the story's
 * paragraphs reach it three levels down) adds only what stands beside the story: a video
 * player's labels, a stream of other stories' teasers.
 */
function addsProse(parent: Element, top: Element, prose: Prose): boolean {
  return (prose.mass.get(parent) ?? 0) > (prose.mass.get(top) ?? 0) * MORE_PROSE;
}

/** A paragraph of text rather than links: scored (MIN_SCORED_CHARS), links under this share. */
const TEXT_LINK_SHARE = 0.25;

/** Characters of paragraphs of text (TEXT_LINK_SHARE) under each element, and on the page. */
interface Prose {
  mass: Map<Element, number>;
  total: number;
}

function proseMass(blocks: HtmlBlock[]): Prose {
  const mass = new Map<Element, number>();
  let total = 0;
  for (const b of blocks) {
    if (b.kind !== 'paragraph' || b.text.length < MIN_SCORED_CHARS) continue;
    if (b.linkChars > b.text.length * TEXT_LINK_SHARE) continue;
    total += b.text.length;
    for (const a of b.ancestors) mass.set(a, (mass.get(a) ?? 0) + b.text.length);
  }
  return { mass, total };
}
/** The content holding less than this share of the page's paragraph text... */
const SMALL_SHARE = 1 / 3;
/** ...goes up to the nearest ancestor holding at least this share (see toTextMass). */
const MASS_SHARE = 0.5;

/**
 * A content element holding little of the page's paragraph text (a teaser, a caption box, the
 * article's header: short blocks full of commas score as well as a short story's paragraphs,
 * each in its own div.paragraph) goes up to its nearest ancestor that holds most of it.
 */
function toTextMass(top: Element, prose: Prose, chains: Map<Element, Element[]>): Element {
  const { mass, total } = prose;
  if ((mass.get(top) ?? 0) >= total * SMALL_SHARE) return top;
  for (const parent of [...(chains.get(top) ?? [])].reverse()) {
    if (parent.tagName === 'body' || parent.tagName === 'html') break;
    if ((mass.get(parent) ?? 0) >= total * MASS_SHARE) return parent;
  }
  return top;
}

/** Case and spacing folded, for matching a heading to the declared headline. */
const foldTitle = (text: string) =>
  text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A page of several <article> elements (an infinite scroll: the next stories loaded under the
 * first, as hoy.com.do saves them) is about the one holding the headline it declares: the content
 * element found in another <article> gives way to that one, when it holds text.
 */
function headlineArticle(
  top: Element,
  blocks: HtmlBlock[],
  headline: string | null,
  chains: Map<Element, Element[]>,
  under: Map<Element, Chars>,
): Element {
  if (!headline) return top;
  const wanted = foldTitle(headline);
  const heading = blocks.find((b) => b.kind === 'heading' && foldTitle(b.text) === wanted);
  const own = heading?.ancestors.filter((a) => a.tagName === 'article').at(-1);
  if (!own || (under.get(own)?.text ?? 0) < COUSIN_CHARS) return top;
  const topArticles = [...(chains.get(top) ?? []), top].filter((a) => a.tagName === 'article');
  if (topArticles.length === 0 || topArticles.includes(own)) return top;
  // The headline's article inside the content element's: the content already holds it.
  if ((chains.get(own) ?? []).includes(top)) return top;
  return own;
}

/** Parts of a table or a list: never an article by themselves (see outOfTable). */
const TABLE_OR_LIST = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'ul', 'ol', 'dl']);

/**
 * The element holding a table or list that won the scoring. Each row or item of a long table or
 * list is a block whose score its container takes whole, where Readability spreads a cell's score
 * from its row up; a table of films or a list of findings is a part of an article, and the
 * article around it (its lead, its notes) is in the element holding it.
 */
function outOfTable(top: Element, chains: Map<Element, Element[]>): Element {
  const chain = chains.get(top) ?? [];
  let current = top;
  for (const parent of [...chain].reverse()) {
    if (!TABLE_OR_LIST.has(current.tagName)) break;
    if (parent.tagName === 'body' || parent.tagName === 'html') break;
    current = parent;
  }
  return current;
}

/** The content element and the siblings that join it (1. at the top). */
function withSiblings(
  top: Element,
  topScore: number,
  final: Map<Element, number>,
  blocks: HtmlBlock[],
  under: Map<Element, Chars>,
): Set<Element> {
  const kept = new Set<Element>([top]);
  const parent = blocks.find((b) => b.ancestors.includes(top))?.ancestors;
  const parentEl = parent ? parent[parent.indexOf(top) - 1] : undefined;
  if (!parentEl) return kept;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = classList(top).join(' ');
  for (const child of parentEl.children) {
    if (child.type !== 'element' || child === top) continue;
    const bonus = topClass && classList(child).join(' ') === topClass ? topScore * 0.2 : 0;
    const score = final.get(child);
    if (score !== undefined && score + bonus >= threshold) {
      kept.add(child);
      continue;
    }
    if (child.tagName !== 'p') continue;
    const own = under.get(child);
    const length = own?.text ?? 0;
    const links = density(own);
    const text = length > 0 && length < 80 ? blockText(blocks, child) : '';
    if (
      (length >= 80 && links < 0.25) ||
      (length > 0 && length < 80 && links === 0 && /\.( |$)/.test(text))
    ) {
      kept.add(child);
    }
  }
  return kept;
}

/** Levels above the content element whose like-named siblings are read (see sameClassCousins). */
const COUSIN_LEVELS = 3;
/** A like-named sibling holding at least this much text (two short paragraphs)... */
const COUSIN_CHARS = 200;
/** ...with fewer of its characters in links than this (the sibling rule's paragraph share). */
const COUSIN_LINK_DENSITY = 0.25;

/**
 * An article split over several like elements: Quanta's story is three section.outer.mha
 * elements, each its own div.post__content, with figures between; the scoring finds one. The
 * content element, and each of its ancestors up to COUSIN_LEVELS above it, brings in its
 * siblings of the same tag and the same classes (the page's template repeating one part), when
 * they hold text rather than links. Readability's sibling step does this for the content
 * element's own siblings alone.
 */
function sameClassCousins(
  top: Element,
  chains: Map<Element, Element[]>,
  under: Map<Element, Chars>,
): Element[] {
  const chain = [...(chains.get(top) ?? []), top].filter(
    (el) => el.tagName !== 'html' && el.tagName !== 'body',
  );
  const found: Element[] = [];
  for (let i = chain.length - 1; i > 0 && i >= chain.length - 1 - COUSIN_LEVELS; i--) {
    const el = chain[i] as Element;
    const parent = chain[i - 1] as Element;
    const name = classList(el).join(' ');
    if (!name) continue;
    for (const sibling of parent.children) {
      if (sibling.type !== 'element' || sibling === el || sibling.tagName !== el.tagName) continue;
      if (classList(sibling).join(' ') !== name || isFurniture(sibling)) continue;
      const chars = under.get(sibling);
      if (chars && chars.text >= COUSIN_CHARS && density(chars) < COUSIN_LINK_DENSITY) {
        found.push(sibling);
      }
    }
  }
  return found;
}

/** The text of the blocks under an element. */
function blockText(blocks: HtmlBlock[], el: Element): string {
  return blocks
    .filter((b) => b.ancestors.includes(el))
    .map((b) => b.text)
    .join(' ');
}

/** Elements whose blocks are a widget's labels, not prose (see labelClusters). */
const LABEL_BLOCKS = 4;
/**
 * A label is shorter than a scored paragraph (MIN_SCORED_CHARS), ends no sentence, and stands
 * in no table cell (a table of games' names in divs is data).
 */
const isLabel = (b: HtmlBlock) =>
  b.element.tagName === 'div' &&
  b.text.length < MIN_SCORED_CHARS &&
  !/[.!?…:]["'”’)]*$/.test(b.text) &&
  !b.ancestors.some((a) => a.tagName === 'td' || a.tagName === 'th');

/**
 * A video player's controls (div.vjs-control-bar: "Mute", "Playback Rate", "Captions"), a
 * chart's axis, a row of buttons: an element holding LABEL_BLOCKS or more blocks, each a short
 * text in a <div> of its own ending no sentence, and nothing else. A list or a table of short
 * items (ingredients, results) is in <li> or <td>, not in bare divs, and stays.
 */
function labelClusters(blocks: HtmlBlock[]): Set<Element> {
  const counts = new Map<Element, { labels: number; other: number }>();
  for (const b of blocks) {
    const label = isLabel(b);
    for (const a of b.ancestors) {
      const c = counts.get(a) ?? { labels: 0, other: 0 };
      if (label) c.labels++;
      else c.other++;
      counts.set(a, c);
    }
  }
  const found = new Set<Element>();
  for (const [el, c] of counts) if (c.other === 0 && c.labels >= LABEL_BLOCKS) found.add(el);
  return found;
}

/**
 * A paragraph of prose: a <p> of a scored paragraph's length or more, links under a quarter
 * of it (the sibling rule's paragraph share).
 */
const isProse = (b: HtmlBlock) =>
  b.kind === 'paragraph' &&
  b.element.tagName === 'p' &&
  b.text.length >= MIN_SCORED_CHARS &&
  b.linkChars < b.text.length * TEXT_LINK_SHARE;

/**
 * Characters of a block's links that lead off the page: a heading made a link to itself or to
 * its section (Sphinx's "¶", a table of contents' target) is the article's subheading; a heading
 * made a link to another page is another story's title (a teaser: "Mehr zum Thema", the next
 * story in a stream). On trafilatura's 884 pages, headings over half links away hid 22
 * must-not snippets and 1 must-have one.
 */
function awayLinkChars(block: HtmlBlock): number {
  return block.links
    .filter((l) => !l.href.startsWith('#'))
    .reduce((sum, l) => sum + l.end - l.start, 0);
}

/** Article text under a heading linked away that makes it a listicle's item, not a teaser. */
const ITEM_CHARS = 400;

/**
 * Headings made links to other pages, each another story's title (see awayLinkChars), marked as
 * navigation, unless article text of ITEM_CHARS or more follows before the next heading: a
 * listicle's items ("8) The Florida Project", "Job Simulator ($30)") link to what they review,
 * and their paragraphs follow; a teaser's summary is a sentence or two. The summary goes with
 * the title when the two stand in a card of their own (isCard: Yahoo's stream of other stories
 * under its article, 9,000 characters of summaries in the content element).
 */
function teaserTitles(blocks: HtmlBlock[], verdicts: DomVerdict[], headline: string | null): void {
  const title = headline === null ? null : foldTitle(headline);
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || verdicts[i] !== null) return;
    if (awayLinkChars(block) <= block.text.length * 0.5) return;
    // The page's own title, linked to its address (a blog's post title): no teaser.
    if (title?.includes(foldTitle(block.text))) return;
    let chars = 0;
    const summary: number[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j]?.kind !== 'heading'; j++) {
      if (verdicts[j] !== null) continue;
      chars += blocks[j]?.text.length ?? 0;
      if (chars >= ITEM_CHARS) return;
      summary.push(j);
    }
    verdicts[i] = 'navigation';
    if (isCard(blocks, verdicts, i, summary)) for (const j of summary) verdicts[j] = 'navigation';
  });
}

/**
 * Whether a teaser title (block i) and its summary stand in an element of their own (an <li> or
 * <article> of a stream of other stories: the title its first block, no other text kept in it):
 * the summary is the teaser's. Under a heading in the story's own container, the text is the
 * story's and stays.
 */
function isCard(
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  i: number,
  summary: number[],
): boolean {
  const title = blocks[i] as HtmlBlock;
  const last = blocks[summary.at(-1) ?? i] as HtmlBlock;
  const card = title.ancestors.filter((a) => last.ancestors.includes(a)).at(-1);
  if (!card || blocks[i - 1]?.ancestors.includes(card)) return false;
  // A card's blocks are consecutive: those after the summary are under it while it lasts.
  for (let j = i + 1; j < blocks.length && blocks[j]?.ancestors.includes(card); j++) {
    if (verdicts[j] === null && !summary.includes(j)) return false;
  }
  return true;
}

/**
 * A heading with no article text under it before the next heading of its level or above, and
 * blocks taken out there: the title of a part taken out ("Ähnliche Beiträge" over a
 * related-posts list, "Tags" over a list of links), which alone would read as an empty section.
 * A heading over nothing but pictures (no blocks at all) stays.
 */
function emptySections(blocks: HtmlBlock[], verdicts: DomVerdict[]): void {
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || verdicts[i] !== null) return;
    const level = block.level ?? 6;
    let takenOut = false;
    for (let j = i + 1; j < blocks.length; j++) {
      const next = blocks[j] as HtmlBlock;
      if (next.kind === 'heading' && (next.level ?? 6) <= level) break;
      if (next.kind !== 'heading' && verdicts[j] === null) return;
      if (verdicts[j] !== null) takenOut = true;
    }
    if (takenOut) verdicts[i] = 'furniture';
  });
}

/** Class and id tokens of a photo gallery or slideshow. */
const GALLERY = new Set(['gallery', 'slideshow']);

/**
 * The elements of the content named as a gallery (GALLERY), and the characters of the content's
 * text outside every gallery. With a body's worth of text outside (DECLARED_BODY_CHARS), the
 * galleries are set in the article, their slides' captions other pictures' stories (The
 * Independent's "Business news in pictures": 50 slides, 15,000 characters, under a 3,500-character
 * story); with less, a gallery is the article (a slideshow story) and stays. On trafilatura's
 * 884 pages, taking every gallery out left three slideshow pages empty.
 */
function galleryText(
  blocks: HtmlBlock[],
  content: Content | null,
): Set<Element> & { outside: number } {
  const found = Object.assign(new Set<Element>(), { outside: 0 });
  if (!content) return found;
  const named = new Map<Element, boolean>();
  for (const block of blocks) {
    const at = block.ancestors.findIndex((a) => content.kept.has(a));
    if (at < 0) continue;
    let inside = false;
    // Only the elements inside the content: a page's <body class="gallery"> names its type.
    for (const a of block.ancestors.slice(at + 1)) {
      let gallery = named.get(a);
      if (gallery === undefined) named.set(a, (gallery = tokensOf(a).some((t) => GALLERY.has(t))));
      if (gallery) {
        found.add(a);
        inside = true;
      }
    }
    if (!inside) found.outside += block.text.length;
  }
  return found;
}

/** Each block's verdict (see the top). */
export function classifyHtml(blocks: HtmlBlock[], headline: string | null = null): Classified {
  const content = contentElement(blocks, headline);
  // Each element is asked once, however many blocks stand in it.
  const furniture = new Map<Element, boolean>();
  const galleries = galleryText(blocks, content);
  const isFurnitureOnce = (el: Element) => {
    let value = furniture.get(el);
    if (value === undefined) {
      value = isFurniture(el) || (galleries.has(el) && galleries.outside >= DECLARED_BODY_CHARS);
      furniture.set(el, value);
    }
    return value;
  };
  const labels = labelClusters(blocks);
  const header = new Set(content?.header);
  const verdicts = blocks.map((block): DomVerdict => {
    if (!content) return block.linkChars > block.text.length * 0.5 ? 'navigation' : null;
    let at = block.ancestors.findIndex((a) => content.kept.has(a));
    if (at < 0 && isProse(block)) at = block.ancestors.findIndex((a) => header.has(a));
    if (at < 0) return 'outside';
    const below = block.ancestors.slice(at + 1);
    if (below.some(isFurnitureOnce) || below.some((a) => labels.has(a))) return 'furniture';
    if (block.kind !== 'heading' && block.linkChars > block.text.length * 0.5) return 'navigation';
    return null;
  });
  const before = [...verdicts];
  teaserTitles(blocks, verdicts, headline);
  // A page of nothing but a teaser is that teaser's page: it keeps its text.
  if (!verdicts.some((v, i) => v === null && blocks[i]?.kind !== 'heading')) {
    verdicts.splice(0, verdicts.length, ...before);
  }
  emptySections(blocks, verdicts);
  return { verdicts, top: content?.top ?? null };
}
