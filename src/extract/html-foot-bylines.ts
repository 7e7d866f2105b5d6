// Bylines a page prints where it declares another author (issue 22, stop 40, class A1 of stop
// 39's byline misses): a site declared as the author where the story's foot names its source
// ("Quelle: MDR THÜRINGEN/ls") or a byline element ("red, wien.ORF.at/Agenturen"), or where a
// label printed alone heads the author's block ("Auteur(s) :"); a person declared in the meta
// author tag (an uploader) where the block under the headline reads "Von Matthias Lauerer".
// Stop 53 (hb53): an organization declared as the author whose officer signs the statement
// ("Name<br>Role naming it"), and a publisher's element under the headline.

import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { ledNames, markedNames } from '../html/author-names.ts';
import { findDate } from '../normalize/dates.ts';
import { isBylineName, isKnownPerson, isUiText } from '../normalize/headline.ts';
import { tokensOf } from './html-classify.ts';
import type { DomVerdict } from './html-classify.ts';
import type { HtmlBlock } from './html-front-end.ts';
import { isBodyLike } from './shape.ts';
import { nameWords } from './html-bylines.ts';

/** Soft hyphens, which a page sets in names too ("Mat&shy;thi&shy;as Lauerer", courage-online). */
const SOFT_HYPHEN = /\u00ad/gu;

/** Class and id tokens of comments, other stories' teasers and sidebars: other voices' names. */
const ELSEWHERE = new Set(
  'comment comments respond reply replies related teaser teasers recommended more sidebar widget widgets'.split(
    ' ',
  ),
);

/** Whether `block` stands in a figure (a photo's credit), an aside, a quote or another voice. */
function notTheStory(block: HtmlBlock): boolean {
  return block.ancestors.some(
    (a) =>
      a.tagName === 'figure' ||
      a.tagName === 'figcaption' ||
      a.tagName === 'aside' ||
      a.tagName === 'blockquote' ||
      tokensOf(a).some((t) => ELSEWHERE.has(t)),
  );
}

/**
 * A source line: "Quelle: X" alone in its block, X short (hessenschau.de's "Quelle:
 * hessenschau.de/bb", mdr.de's "Quelle: MDR THÜRINGEN/ls", katholisch.at's "Quelle: kathpress").
 * 40 characters hold an agency, a desk and an editor's initials; a sentence is longer.
 */
const SOURCE_LINE = /^quelle\s*:\s*(\S.{0,39})$/iu;

/** Whether `el` is marked as the story's byline (a class or id token "byline"). */
function bylineElement(el: Element): boolean {
  return tokensOf(el).some((t) => t === 'byline' || /^byline/.test(t));
}

/**
 * How many blocks after the story's last paragraph its foot may run, those in a figure or another
 * story's teaser not counted: mdr.de's "Quelle:" line is the 3rd (two headings, then teasers),
 * hessenschau.de's the 4th (an infobox's three blocks, after a video's figure), katholisch.at's
 * and orf.at's the 1st (trafilatura's pages, 2026-12-04).
 */
const FOOT_BLOCKS = 6;

/**
 * The source or byline the story's foot prints, for a page that declares its site as the
 * author: a "Quelle: X" line (SOURCE_LINE) or a short block in a byline element, among the
 * FOOT_BLOCKS blocks after the story's last paragraph (the last body-like block the classifier
 * keeps; the line itself is often filed outside the article: a `<footer>`, a right-aligned
 * paragraph). Not in a figure: btv.de's figcaption "Quelle: Juergen Hasenkopf" credits a
 * photo. Null when the foot prints neither.
 */
export function storyFootByline(
  blocks: HtmlBlock[],
  verdicts: DomVerdict[],
  from: number,
): string | null {
  let end = -1;
  for (let i = from; i < blocks.length; i++) {
    const block = blocks[i] as HtmlBlock;
    if (verdicts[i] === null && block.kind === 'paragraph' && isBodyLike(block.text)) end = i;
  }
  if (end < 0) return null;
  const foot = blocks.slice(end + 1).filter((b) => !notTheStory(b));
  for (const block of foot.slice(0, FOOT_BLOCKS)) {
    if (block.kind === 'heading') continue;
    const text = block.text.replace(SOFT_HYPHEN, '').trim();
    const source = SOURCE_LINE.exec(text)?.[1]?.trim();
    // Not a sentence, nor a citation of a magazine's issue ("Quelle: selbst ist der Mann 12 /
    // 2013", selbst.de: the story is a reprint, its writer unnamed).
    if (source && !/[.!?]$|[.!?]\s|\b(?:19|20)\d\d\b/u.test(source)) return source;
    // A byline element's text as printed ("red, wien.ORF.at/Agenturen": an editor's desk and
    // its agencies, no person's name to read): short, without a sentence's end.
    if (
      block.ancestors.some(bylineElement) &&
      text.length <= 60 &&
      !/[.!?]$/.test(text) &&
      !isUiText(text)
    ) {
      const printed = text.replace(/^quelle\s*:\s*/iu, '');
      return markedNames(printed, isBylineName, isUiText, true) ?? printed;
    }
  }
  return null;
}

/** An author's label printed alone in its block ("Auteur(s) :", "Autor:", "Author:"). */
const LABEL_ALONE = /^(?:auteur|autor|author|autore)(?:\(s\)|s|en|in|e)?\s*:$/iu;

/**
 * For a page that declares its site as the author, the name in the block after an author's
 * label printed alone (LABEL_ALONE) around the headline: mesopinions.com's "Auteur(s) :" over
 * div.mo-author "Les Membres du Choeur de Radio France", a petition's authors. The block is taken
 * as printed when it is no person's name: short, no digits, no sentence's end.
 */
export function labelAloneByline(around: HtmlBlock[]): string | null {
  for (const [i, block] of around.entries()) {
    if (!LABEL_ALONE.test(block.text.trim()) || notTheStory(block)) continue;
    const next = around.slice(i + 1).find((b) => !LABEL_ALONE.test(b.text.trim()));
    if (!next || next.kind === 'heading') continue;
    const text = next.text.replace(SOFT_HYPHEN, '').trim();
    const names = markedNames(text, isBylineName, isUiText, true);
    if (names) return names;
    if (text.length <= 60 && !/[\p{N}.!?:]/u.test(text) && !isUiText(text)) return text;
  }
  return null;
}

/**
 * For a person declared in the meta author tag, the byline printed alone under the headline with
 * "Von" or "By" ("Von Mat&shy;thi&shy;as Lauerer", set with soft hyphens, under courage-online's
 * standfirst, whose meta author names the editor who posted it): the printed name wins when it
 * shares no word with the declared one. The whole block is the lead-in and the names (ledNames on
 * a block of its own), not in a figure, an aside or another voice. Null otherwise.
 */
export function ledOverMetaAuthor(around: HtmlBlock[], declared: string): string | null {
  const words = new Set(nameWords(declared));
  for (const block of around) {
    if (block.kind !== 'paragraph' || notTheStory(block)) continue;
    const text = block.text.replace(SOFT_HYPHEN, '').trim();
    if (!/^(?:von|by)\s/iu.test(text)) continue;
    const names = ledNames(text, isBylineName, isUiText);
    if (!names) continue;
    // The block holds nothing but the lead-in and the names.
    const rest = nameWords(text).filter((w) => w !== 'von' && w !== 'by');
    const named = new Set(nameWords(names));
    if (rest.some((w) => !named.has(w))) continue;
    return nameWords(names).some((w) => words.has(w)) ? null : names;
  }
  return null;
}

/** A meta row's items: a post's category, day, author and comment count fit in six. */
const META_ITEMS = 6;

/**
 * Whether `block` stands in an aside, a sidebar, comments or other stories' teasers. Not
 * "widget": page builders (Elementor) call every block of a story a widget.
 */
function besideTheStory(block: HtmlBlock): boolean {
  return block.ancestors.some(
    (a) =>
      a.tagName === 'aside' ||
      a.tagName === 'nav' ||
      tokensOf(a).some((t) => t !== 'widget' && t !== 'widgets' && ELSEWHERE.has(t)),
  );
}

/**
 * For a page that declares its site as the author, the person named by an item of the meta row
 * right under the headline (the META_ITEMS blocks after it), a short list whose other items print
 * the day (jungefreiheit.de's Elementor post-info list "Kommentar", "19. Oktober 2019", "Boris T.
 * Kaiser", "1 Kommentar": the author's item carries no author mark). The name alone in its item,
 * two words or more, a person's (compromise); the list at most META_ITEMS items, one of them a
 * date; not an aside's or a sidebar's list (a "Recent Posts" widget's dates and authors are other
 * posts'). Null otherwise.
 */
export function metaListByline(blocks: HtmlBlock[], headline: number): string | null {
  const lists = new Map<Element, HtmlBlock[]>();
  for (const block of blocks.slice(headline + 1, headline + 1 + META_ITEMS)) {
    if (block.kind !== 'list-item' || besideTheStory(block)) continue;
    const list = block.ancestors.at(-2);
    if (list) lists.set(list, [...(lists.get(list) ?? []), block]);
  }
  for (const items of lists.values()) {
    if (items.length < 2 || items.length > META_ITEMS) continue;
    if (!items.some((b) => findDate(b.text) !== null)) continue;
    for (const item of items) {
      const name = item.text.replace(SOFT_HYPHEN, '').trim();
      if (/\s/.test(name) && name.length <= 40 && isKnownPerson(name) && !findDate(name)) {
        return name;
      }
    }
  }
  return null;
}

/** A signature's name line: a name, not a sentence (characters). */
const SIGNATURE_NAME_CHARS = 40;
/** A signature's role line: a position's name ("DITIB-Bundesvorsitzender"), not a sentence. */
const SIGNATURE_ROLE_CHARS = 60;
/** An organization's word shared by the role line: its name or initials, not "der" or "für". */
const ORG_WORD_CHARS = 4;

/**
 * For a page that declares an organization as its author, the officer who signs its statement
 * at the story's foot: the last paragraph is a name line over a role line, split by a line break,
 * and the role names the declared organization by a word of its name (ditib.de's `<p>Kazım
 * TÜRKMEN<br />DITIB-Bundesvorsitzender</p>` under a statement its meta author declares as
 * "DITIB - Türkisch-Islamische Union der Anstalt für Religion e.V."). The organization's own word
 * on the role line is the evidence that the name is its officer's, not a heading's or a quote's.
 * Null otherwise.
 */
export function officerSignature(story: HtmlBlock[], organization: string): string | null {
  const last = story.filter((b) => b.kind === 'paragraph' && !notTheStory(b)).at(-1);
  if (!last) return null;
  const lines = toText(last.element)
    .split('\n')
    .map((l) => l.replace(SOFT_HYPHEN, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const [name, role] = lines;
  if (lines.length !== 2 || name === undefined || role === undefined) return null;
  if (name.length > SIGNATURE_NAME_CHARS || !/\s/.test(name) || /\p{N}|[.!?:]$/u.test(name)) {
    return null;
  }
  if (role.length > SIGNATURE_ROLE_CHARS || /[\p{N}.!?]/u.test(role)) return null;
  if (!isBylineName(name) || isUiText(name)) return null;
  const words = new Set(nameWords(organization).filter((w) => w.length >= ORG_WORD_CHARS));
  return nameWords(role).some((w) => words.has(w)) ? name : null;
}

/** Blocks after the headline a publisher's credit may stand in: the meta row right under it. */
const PUBLISHER_BLOCKS = 2;
/** A desk's or site's name: "ET Online" (characters). */
const PUBLISHER_CHARS = 40;

/**
 * For a page whose declared author is set aside, the name an element marked as the publisher
 * prints right under the headline, its separators cut: economictimes.com's div.publisher "ET
 * Online|" (a span holding the bar) in the meta row under the `<h1>`, over its day, where the
 * JSON-LD author "Agencies" credits only the slides' pictures. Short, no digits, no sentence.
 */
export function publisherUnderHeadline(blocks: HtmlBlock[], headline: number): string | null {
  for (const block of blocks.slice(headline + 1, headline + 1 + PUBLISHER_BLOCKS)) {
    if (!block.ancestors.some((a) => tokensOf(a).includes('publisher'))) continue;
    const text = block.text.replace(/^[\s|·•–—-]+|[\s|·•–—-]+$/gu, '');
    if (!text || text.length > PUBLISHER_CHARS || /[\p{N}.!?:]/u.test(text)) continue;
    if (!isUiText(text)) return text;
  }
  return null;
}
