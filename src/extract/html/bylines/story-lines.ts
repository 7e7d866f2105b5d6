// Bylines printed among the story's blocks (src/extract/html/bylines.ts printedByline): a line
// led by "By", a labelled or dated line, a copyright line, read in the blocks that are the
// story's own (not a sidebar's, a quote's or a teaser's).

import type { HtmlBlock } from '../../html-front-end.ts';
import {
  ledNames,
  copyrightName,
  labelledNames,
  isAuthorLabel,
  markedNames,
  datedNames,
} from '../../../html/author-names.ts';
import { isBylineName, isUiText, isKnownPerson } from '../../../normalize/headline.ts';
import { memoized } from '../shared.ts';
import { tokensOf } from '../../html-classify.ts';
import { OTHER_VOICES, isVerbLeadAlone, inDatedListing } from '../../html-bylines.ts';
import { isTeaserArticle } from '../../html-slug-bylines.ts';
import { isSiteAuthor } from '../../site-author.ts';
import { findDate } from '../../../normalize/dates.ts';
import { markedAuthor, markedByline } from './marked.ts';

/**
 * With no byline element, the first block around the headline that opens with a byline's lead-in
 * ("Posted by Konstantin 21.10.2019", "Blog Beitrag von Margarita Koreneva"): author-names.ts
 * ledNames. Headings are headlines and section titles, not bylines.
 */
export function ledByline(around: HtmlBlock[]): string | null {
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
export function storyBlocks(blocks: HtmlBlock[], from: number): HtmlBlock[] {
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
export function storyByline(blocks: HtmlBlock[], from: number): string | null {
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
export function copyrightByline(blocks: HtmlBlock[], from: number): string | null {
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
export function datedByline(around: HtmlBlock[]): string | null {
  const isDate = (text: string) => findDate(text) !== null;
  for (const [i, block] of around.entries()) {
    if (block.kind === 'heading' || inDatedListing(around, i)) continue;
    const names = datedNames(block.text, isBylineName, isUiText, isDate);
    if (names) return names;
  }
  return null;
}
