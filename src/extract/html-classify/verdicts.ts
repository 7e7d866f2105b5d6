// The verdicts inside the content beyond its furniture (src/extract/html-classify.ts
// classifyHtml): a widget's labels, teaser titles and their cards, headings left over nothing,
// and the galleries set in a story.

import type { HtmlBlock } from '../html-front-end.ts';
import type { Element } from 'hast';
import { MIN_SCORED_CHARS } from './measures.ts';
import { TEXT_LINK_SHARE, foldTitle } from './raise.ts';
import type { Content } from './content.ts';
import { tokensOf } from './tokens.ts';

/** Why a block is not article text, as the DOM shows it; null when it may be. */
export type DomVerdict = 'outside' | 'furniture' | 'navigation' | null;

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
export function labelClusters(blocks: HtmlBlock[]): Set<Element> {
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
export const isProse = (b: HtmlBlock) =>
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

/**
 * A heading more than this share of whose text links away is another story's title (see
 * awayLinkChars: the measure on trafilatura's 884 pages).
 */
const TEASER_LINK_SHARE = 0.5;

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
export function teaserTitles(
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  headline: string | null,
): void {
  const title = headline === null ? null : foldTitle(headline);
  blocks.forEach((block, i) => {
    if (block.kind !== 'heading' || verdicts[i] !== null) return;
    if (awayLinkChars(block) <= block.text.length * TEASER_LINK_SHARE) return;
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
export function emptySections(blocks: HtmlBlock[], verdicts: DomVerdict[]): void {
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
export function galleryText(
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
