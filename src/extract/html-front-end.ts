// Front end for HTML input: a page's markup -> its parsed tree (hast, from parse5's
// spec-compliant parse) and the blocks a reader sees, each with where it came from (its element
// path and first source line) and the features the HTML classifier reads (html-classify.ts):
// tag, text length, link text length, the elements it stands in.
//
// What a reader never sees is dropped before any block is made: scripts, styles and other
// non-text elements (NOT_TEXT), and hidden elements (the hidden attribute, aria-hidden=true, an
// inline display:none or visibility:hidden), whose text is kept as a removal; forms likewise.

import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { BlockKind } from '../types.ts';
import { cleanLine } from './front-end.ts';
import { parseWithLines } from './parse-lines.ts';

/** Elements whose content is not text a reader sees: dropped unread, not recorded. */
const NOT_TEXT = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'embed',
  'object',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'button',
  'input',
  'img',
  'picture',
  'map',
]);

/** Elements that start a new block (HTML's block-level and table elements). */
export const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main ' +
    'menu nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** Why an element's text was dropped before the blocks were made. */
export type DroppedKind = 'hidden' | 'form';

/** One block of text a reader sees. */
export interface HtmlBlock {
  kind: BlockKind;
  /** 1 to 6 for a heading (h1-h6), else null. */
  level: number | null;
  /** Whitespace collapsed. */
  text: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /** The block's element: the nearest block-level element around its text. */
  element: Element;
  /** The elements around the block, the block's element last (html and body left out). */
  ancestors: Element[];
  /** "div#main > article.post > p": the ancestors by tag, id and first two classes. */
  path: string;
  /** The first line of the block's text in the page's source (1-based; 0 when unknown). */
  line: number;
  /** The links in the text: [start, end) of `text`, and the href as the page wrote it. */
  links: { start: number; end: number; href: string }[];
  /** A table row's cells (the text is them joined by " | "), and whether they are all <th>. */
  cells?: string[];
  header?: boolean;
}

/** Text dropped before the blocks were made (hidden, or a form's), for the removal record. */
export interface DroppedText {
  kind: DroppedKind;
  text: string;
  path: string;
  line: number;
}

export interface HtmlPage {
  tree: Root;
  blocks: HtmlBlock[];
  dropped: DroppedText[];
}

/**
 * Parses a page with the start line of each element and text node as parse5's source locations
 * give it (the only position read here), at less than half their cost (parse-lines.ts).
 */
export function parseWithPositions(html: string): Root {
  return parseWithLines(html);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * White space collapsed to one space each run, as `.replace(/\s+/g, ' ')` does: the runs of two
 * or more and the single white space other than " " are replaced, a single " " (one between each
 * two words) is left, so the replace makes a few pieces rather than one for every word (flush's
 * self time was the largest of the HTML front end's: stop 40).
 */
const SPACE_RUNS = /\s\s+|[^\S ]/g;
export function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUNS, ' ');
}

/** Whether the page hides the element from every reader (and its text with it). */
export function isHidden(el: Element): boolean {
  const p = el.properties;
  if (p.hidden !== undefined && p.hidden !== false && p.hidden !== null) return true;
  if (str(p.ariaHidden).trim().toLowerCase() === 'true') return true;
  // Most elements have no style: nothing below can match then.
  if (!p.style) return false;
  const style = str(p.style).toLowerCase().replace(/\s+/g, '');
  return /(?:^|;)display:none(?:!important)?(?:;|$)|(?:^|;)visibility:hidden/.test(style);
}

/** "div#main.story.wide" (at most two classes: enough to recognise it, short enough to read). */
function elementName(el: Element): string {
  const id = str(el.properties.id).trim();
  const classes = classList(el).slice(0, 2);
  return el.tagName + (id ? `#${id}` : '') + classes.map((c) => `.${c}`).join('');
}

export function classList(el: Element): string[] {
  const c: unknown = el.properties.className;
  if (Array.isArray(c)) return c.map(String);
  return typeof c === 'string' ? c.split(/\s+/).filter(Boolean) : [];
}

function lineOf(el: Element): number {
  return el.position?.start.line ?? 0;
}

/** The block kind of text whose nearest block element is `el`, inside `quoted` or not. */
function kindOf(el: Element, quoted: boolean): { kind: BlockKind; level: number | null } {
  const heading = /^h([1-6])$/.exec(el.tagName);
  if (heading) return { kind: 'heading', level: Number(heading[1]) };
  if (el.tagName === 'li' || el.tagName === 'dd' || el.tagName === 'dt') {
    return { kind: quoted ? 'quote' : 'list-item', level: null };
  }
  if (el.tagName === 'figcaption' || el.tagName === 'caption') {
    return { kind: 'caption', level: null };
  }
  return { kind: quoted ? 'quote' : 'paragraph', level: null };
}

/**
 * The heading a block element stands inside, if any: a <div> or <p> wrapping an <h1>'s text
 * (d42c68f1...'s `<h1 itemprop="headline"><div class="title__name">Der Nervenkrieg um den Brexit
 * geht in die nächste Runde</div></h1>`; four more of trafilatura's pages) is read as the heading.
 */
function headingAround(owner: Owner): Element | null {
  if (HEADING.test(owner.el.tagName)) return null;
  const ancestors = ownerAncestors(owner);
  for (let i = ancestors.length - 2; i >= 0; i--) {
    const el = ancestors[i] as Element;
    if (HEADING.test(el.tagName)) return el;
  }
  return null;
}

const HEADING = /^h[1-6]$/;
const NOT_BLANK = /\S/;

/** Blocks and dropped text of a parsed page, in document order. */
export function readHtmlBlocks(tree: Root): HtmlPage {
  const state: BlockWalk = {
    blocks: [],
    dropped: [],
    runs: [],
    owner: null,
    firstLine: 0,
    ancestors: [],
  };
  walk(state, tree.children, null, false, null);
  flush(state);
  return { tree, blocks: state.blocks, dropped: state.dropped };
}

/** Whether any run holds text other than white space (most flushes' runs hold none), unjoined. */
function anyText(runs: Run[]): boolean {
  for (const r of runs) if (/\S/.test(r.text)) return true;
  return false;
}

/** Inline text gathered for the block being read, with the <a> it stands in. */
interface Run {
  text: string;
  link: Element | null;
}

/** The element whose block is being read. */
interface Owner {
  el: Element;
  /**
   * The elements around it, itself last (ownerAncestors): the walk's stack while the element is
   * read holds them as its first `depth` entries, copied when a block is made of its text (most
   * block elements, the wrappers of other blocks, make none: a copy each was 4% of a saved page's
   * garbage, stop 48).
   */
  chain: Element[] | null;
  stack: Element[];
  depth: number;
  at: PathNode;
  quoted: boolean;
}

/** The owner's elements, itself last, copied from the walk's stack once (see Owner). */
function ownerAncestors(owner: Owner): Element[] {
  owner.chain ??= owner.stack.slice(0, owner.depth);
  return owner.chain;
}

/**
 * An element on the walk's way down, its path made only when asked (pathString): a block's
 * element's, a dropped element's. Made for every element, the paths (each a class list, a slice,
 * a join and a longer string a level) were mostly never read: most elements are inline or hold
 * no text of their own.
 */
interface PathNode {
  parent: PathNode | null;
  el: Element;
  path?: string;
}

function pathString(node: PathNode | null): string {
  if (node === null) return '';
  node.path ??= pathOf(pathString(node.parent), node.el);
  return node.path;
}

/** What the walk over a page holds: what it has read, and the block being read. */
interface BlockWalk {
  blocks: HtmlBlock[];
  dropped: DroppedText[];
  runs: Run[];
  owner: Owner | null;
  /** The line of the block's first text (0: none yet). */
  firstLine: number;
  /**
   * The elements above the one being read, outermost first: one array for the whole walk, which
   * pushes each element before its children and pops it after them, copied where a block or row
   * keeps it rather than for every element.
   */
  ancestors: Element[];
}

/** An element's path is its parent's and its own name (made once an element, when asked). */
function pathOf(parent: string, el: Element): string {
  return el.tagName === 'html' || el.tagName === 'body'
    ? parent
    : (parent ? `${parent} > ` : '') + elementName(el);
}

/** Ends the block being read: its text becomes blocks, and the next block starts empty. */
function flush(state: BlockWalk): void {
  const { owner, runs } = state;
  // A block element's flush before its children and after them finds no runs most of the time.
  if (runs.length === 0) {
    state.firstLine = 0;
    return;
  }
  // Most flushes end a block of no text, or of the white space between tags only, which makes
  // no block (each part of it trims to nothing): those are told before anything is made of their
  // runs (readHtmlBlocks about a tenth cheaper on the corpora's saved pages, the same blocks).
  if (owner && anyText(runs)) {
    const joined = runs.length === 1 ? (runs[0] as Run).text : runs.map((r) => r.text).join('');
    const linkChars = runsLinkChars(runs);
    // Made once for the element's parts: an element of many <br><br> parts holds many runs.
    const links = linkTexts(runs);
    // The same for each of the element's parts.
    const { kind, level } = kindOf(headingAround(owner) ?? owner.el, owner.quoted);
    for (const part of paragraphParts(joined)) {
      const text = cleanLine(collapseSpaces(part).trim());
      if (!text) continue;
      const share = joined.length ? part.length / joined.length : 0;
      // Written out key by key (the spread of the kind was a tenth of readHtmlBlocks' time: each
      // block's keys added to a copy one by one); the same keys in the same order.
      state.blocks.push({
        kind,
        level,
        text,
        links: linkSpans(text, links),
        linkChars: Math.min(text.length, Math.round(linkChars * share)),
        element: owner.el,
        ancestors: ownerAncestors(owner),
        path: pathString(owner.at),
        line: state.firstLine || lineOf(owner.el),
      });
    }
  }
  state.runs = [];
  state.firstLine = 0;
}

/** The characters of the runs' link text, collapsed as a block's text is (0 without a link). */
function runsLinkChars(runs: Run[]): number {
  if (!runs.some((r) => r.link)) return 0;
  return collapseSpaces(
    runs
      .filter((r) => r.link)
      .map((r) => r.text)
      .join(''),
  ).length;
}

/**
 * A <br><br> (or more) inside one element separates paragraphs, as old pages write them: the
 * parts of an element's text between blank lines (the text whole when it holds no line break).
 */
function paragraphParts(joined: string): string[] {
  return joined.includes('\n') ? joined.split(/\n[ \t\r\f]*\n/) : [joined];
}

function walk(
  state: BlockWalk,
  nodes: (RootContent | ElementContent)[],
  parentPath: PathNode | null,
  quoted: boolean,
  link: Element | null,
): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (!state.owner) continue;
      // (A test of the text, not a trimmed copy: \S is trim's white space negated.)
      if (!state.firstLine && NOT_BLANK.test(node.value)) {
        state.firstLine = node.position?.start.line ?? 0;
      }
      state.runs.push({ text: node.value, link });
    } else if (node.type === 'element') {
      readElement(state, node, parentPath, quoted, link);
    }
  }
}

/** Reads an element's text into blocks; the elements above it are `state.ancestors`. */
function readElement(
  state: BlockWalk,
  el: Element,
  parentPath: PathNode | null,
  quoted: boolean,
  link: Element | null,
): void {
  if (NOT_TEXT.has(el.tagName)) return;
  if (el.tagName === 'br') {
    state.runs.push({ text: '\n', link });
    return;
  }
  const elPath: PathNode = { parent: parentPath, el };
  if (isHidden(el)) {
    dropElement(state, el, elPath, 'hidden', collapseSpaces(toText(el)));
    return;
  }
  if (el.tagName === 'form') {
    // The form's text read once: whether it wraps the page, and what is dropped when it does not.
    const text = collapseSpaces(toText(el));
    if (!isPageForm(text)) {
      dropElement(state, el, elPath, 'form', text);
      return;
    }
  }
  const { ancestors } = state;
  if (el.tagName === 'tr' && isTextRow(el)) {
    const chain = [...ancestors, el];
    readRow(state, el, { el, chain, stack: chain, depth: chain.length, at: elPath, quoted });
    return;
  }
  if (!BLOCK_ELEMENTS.has(el.tagName)) {
    const within = el.tagName === 'a' && goesSomewhere(el) ? el : link;
    ancestors.push(el);
    walk(state, el.children, elPath, quoted, within);
    ancestors.pop();
    return;
  }
  readBlock(state, el, elPath, quoted, link);
}

/**
 * A hidden element or a form not the page's (`kind`, as the caller found it): its text, given
 * with its runs of white space collapsed, recorded as dropped, with its path.
 */
function dropElement(
  state: BlockWalk,
  el: Element,
  elPath: PathNode,
  kind: DroppedKind,
  collapsed: string,
): void {
  const text = cleanLine(collapsed.trim());
  if (text) state.dropped.push({ kind, text, path: pathString(elPath), line: lineOf(el) });
}

/** A block element: its text a block of its own, owned by it, between the blocks around it. */
function readBlock(
  state: BlockWalk,
  el: Element,
  elPath: PathNode,
  quoted: boolean,
  link: Element | null,
): void {
  flush(state);
  const { ancestors } = state;
  const previous = state.owner;
  ancestors.push(el);
  const owner: Owner = {
    el,
    chain: null,
    stack: ancestors,
    depth: ancestors.length,
    at: elPath,
    quoted: quoted || el.tagName === 'blockquote',
  };
  state.owner = owner;
  walk(state, el.children, elPath, owner.quoted, link);
  // Before the pop: the owner's elements are still the stack's first `depth`.
  flush(state);
  ancestors.pop();
  // Text after a nested block belongs to the enclosing block again.
  state.owner = previous;
}

/** A table row of short cells is one block, its cells kept apart (see isTextRow). */
function readRow(state: BlockWalk, tr: Element, owner: Owner): void {
  flush(state);
  const enclosing = state.owner;
  state.owner = owner;
  const cells = tr.children.filter((c): c is Element => c.type === 'element');
  const texts = cells.map((c) => cleanLine(collapseSpaces(toText(c)).trim()));
  state.runs.push({ text: texts.filter(Boolean).join(' | '), link: null });
  state.firstLine = lineOf(tr);
  const from = state.blocks.length;
  flush(state);
  for (const block of state.blocks.slice(from)) {
    block.cells = texts;
    block.header = cells.every((c) => c.tagName === 'th');
  }
  state.owner = enclosing;
}

/**
 * Whether an <a> leads anywhere: one without an href, or with a javascript: one (a button made
 * of a link, or a page that replaces its links by script), is its text and no link, as
 * Readability reads it (its _fixRelativeUris replaces javascript: links by their text).
 */
function goesSomewhere(a: Element): boolean {
  const href = str(a.properties.href).trim();
  return href !== '' && !/^javascript:/i.test(href);
}

/** A link's text, collapsed and cleaned as a block's text is, and its href as the page wrote it. */
interface LinkText {
  wanted: string;
  href: string;
}

/** The links in the runs of a block's element, in order: one an <a> (several runs may be one). */
function linkTexts(runs: Run[]): LinkText[] {
  const links: LinkText[] = [];
  for (let i = 0; i < runs.length; i++) {
    const anchor = runs[i]?.link;
    if (!anchor) continue;
    let linkText = '';
    // One <a> may hold several runs (<a><b>Budget</b> passes</a>).
    while (i < runs.length && runs[i]?.link === anchor) linkText += runs[i++]?.text ?? '';
    i--;
    const wanted = cleanLine(collapseSpaces(linkText).trim());
    const href = str(anchor.properties.href).trim();
    if (wanted && href) links.push({ wanted, href });
  }
  return links;
}

/**
 * Where each link's text stands in a block's text, as the page wrote its href. The text was
 * collapsed and cleaned after the runs were joined, so each link's text, collapsed and cleaned
 * the same way, is looked for from where the previous one ended.
 */
function linkSpans(text: string, links: LinkText[]): HtmlBlock['links'] {
  const spans: HtmlBlock['links'] = [];
  let cursor = 0;
  for (const { wanted, href } of links) {
    const at = text.indexOf(wanted, cursor);
    if (at < 0) continue;
    spans.push({ start: at, end: at + wanted.length, href });
    cursor = at + wanted.length;
  }
  return spans;
}

/**
 * A search box, a login or a newsletter sign-up is a few short labels; a form holding more text
 * than this wraps the page (ASP.NET pages put all of the body in one <form>), and is read as any
 * other container. 1,000 characters is about two paragraphs of news text.
 */
const PAGE_FORM_CHARS = 1000;

function isPageForm(collapsedText: string): boolean {
  return collapsedText.length > PAGE_FORM_CHARS;
}

/**
 * A table row of short cells (no block inside): a row of data, read as one line of text with its
 * cells separated. A cell holding paragraphs is a layout table's, read as blocks of its own.
 */
function isTextRow(tr: Element): boolean {
  const blockInside = (el: Element): boolean =>
    el.children.some(
      (c) =>
        c.type === 'element' &&
        ((BLOCK_ELEMENTS.has(c.tagName) && c.tagName !== 'td' && c.tagName !== 'th') ||
          blockInside(c)),
    );
  return !blockInside(tr);
}
