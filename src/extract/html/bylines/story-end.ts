// Bylines set apart from the story's text (src/extract/html/bylines.ts printedByline): a
// sign-off's names at its end, a signature set apart (emphasis, right-aligned), an agency named
// in the dateline of its first paragraphs.

import type { HtmlBlock } from '../../html-front-end.ts';
import { ledNames } from '../../../html/author-names.ts';
import { isBylineName, isUiText, isKnownPerson } from '../../../normalize/headline.ts';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';

/** A sign-off is short: "Von Cosima Künzel" is 17 characters; two names with "und" fit too. */
const SIGN_OFF_CHARS = 60;

/**
 * The names of a story's sign-off: its last paragraph a lead-in and the names alone ("Von Cosima
 * Künzel", "By Ann Lee and Bo Chen"), nothing after them. Null when the last paragraph is other
 * text.
 */
export function signOff(article: HtmlBlock[]): string | null {
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
export function signature(article: HtmlBlock[]): string | null {
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
export function datelineAgency(article: HtmlBlock[]): string | null {
  // The first paragraphs: a photo's caption may stand before the story's first (d90b19386).
  for (const block of article.filter((b) => b.kind === 'paragraph').slice(0, DATELINE_PARAGRAPHS)) {
    const agency = AGENCY_DATELINE.exec(block.text.trim())?.[1];
    if (agency) return agency;
  }
  return null;
}
