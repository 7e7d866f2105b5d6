// What a saved page's headings show of its headline (issue 22), read from their markup: a kicker
// set in its own element before the headline inside the <h1> ("<h1><span class="dachzeile">Interne
// Unterlagen im Netz</span> <span class="headline">Daten von Rheinmetall gehackt</span></h1>"),
// which the block's text glues to the headline; an <h1> that is the site's logo, its text one
// link to the site's home page ("<h1><a href="http://fouryears.eu">Four Years Remaining</a></h1>");
// and the part of a <title> built as a trail ("Time 4 talks » Blog Archiv » Weitere Digitalisierung
// der Schweizer Kinos") that is this page's own.

import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { matchKey, wordCount } from '../text.ts';
import { classList } from './html-front-end.ts';

/** Words of a kicker at most, as a dump's glued kicker (kicker/glued.ts): "Olympische Spiele in Paris". */
const KICKER_MAX_WORDS = 5;
/** Words the headline after a kicker keeps at least: "Daten von Rheinmetall gehackt". */
const TITLE_MIN_WORDS = 3;
/** A kicker's own end mark: a colon, a dash, a bar. */
const KICKER_MARK_END = /[:|–—-]$/u;
/** A separator's marks opening the text after a kicker (": ", "| ", "– "). */
const KICKER_SEPARATOR = /^[:|–—-]+\s*/u;

/** Inline elements that hold no kicker's text. */
const NOT_KICKER = new Set(['br', 'img', 'svg', 'picture', 'script', 'style']);

/** Whitespace collapsed to single spaces, the ends trimmed. */
export const spaced = (s: string) => s.replace(/\s+/g, ' ').trim();
const isBlank = (n: ElementContent) =>
  (n.type === 'text' && !n.value.trim()) || n.type === 'comment';

/**
 * The heading's text after a kicker in an element of its own that opens it, or null: the first
 * child holding text is an element (span.dachzeile, span.roofline, span.subtitle...) and more
 * text follows it. The kicker is short and the headline after it at least as long (so a styled
 * first word before a longer kicker-less headline, "<span>Neu</span> im Kino", stays).
 */
export function textAfterKicker(heading: Element): string | null {
  const children = heading.children.filter((n) => !isBlank(n));
  const first = children[0];
  if (first?.type !== 'element' || NOT_KICKER.has(first.tagName)) return null;
  const kicker = spaced(toText(first));
  // The kicker's separator in an element of its own between the two (tagesspiegel.de's
  // span.ts-colon ": ") is neither's: the headline starts at its first word.
  const rest = spaced(
    children
      .slice(1)
      .map((n) => toText(n))
      .join(' '),
  ).replace(KICKER_SEPARATOR, '');
  const kickerWords = wordCount(kicker);
  const restWords = wordCount(rest);
  // A kicker ending in its own mark reads as the headline's part ("Editor’s Letter: bye OC
  // Baby, hi Bernsi Baby!" on theoriginalcopy.de, whose reference keeps it): nothing is glued.
  if (KICKER_MARK_END.test(kicker)) return null;
  if (kickerWords === 0 || kickerWords > KICKER_MAX_WORDS || restWords < TITLE_MIN_WORDS) {
    return null;
  }
  return restWords >= kickerWords ? rest : null;
}

/** Class words of a subtitle set in the <h1> after its headline (span.entry-subtitle). */
const SUBTITLE_CLASS = /(?:^|[-_])(?:sub-?title|sub-?headline|subhead|strapline|dek)(?:$|[-_])/iu;

/**
 * The heading's text before a subtitle in an element of its own that closes it, or null: the
 * last child holding text is an element whose class names a subtitle ("<h1><span
 * class="entry-title-primary">Tagesschau unterschlägt Hass-Demo in Essen</span> <span
 * class="entry-subtitle">Gebührenfinanzierte Islamismus-Verharmlosung im ÖRR</span></h1>",
 * reitschuster.de, whose reference and JSON-LD headline are the first span), and text precedes
 * it. The block's text glues the two.
 */
export function textBeforeSubtitle(heading: Element): string | null {
  const children = heading.children.filter((n) => !isBlank(n));
  const last = closingElement(children, SUBTITLE_CLASS);
  if (!last) return null;
  const before = textBeforeLast(children);
  return wordCount(before) >= TITLE_MIN_WORDS && spaced(toText(last)) ? before : null;
}

/** Class words of a kicker set in the <h1> after its headline (small.c-topline, bmbf.de). */
const CLOSING_KICKER_CLASS = /(?:^|[-_])(?:topline|kicker|overline|dachzeile)(?:$|[-_])/iu;

/** Classes that hide an element from sight and leave it to screen readers ("aural": bmbf.de's CMS). */
const SCREEN_READER_CLASS = new Set([
  'aural',
  'sr-only',
  'text-hide',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'element-invisible',
]);

/** The element carries a class that hides it from sight for screen readers (sr-only). */
export function screenReaderOnly(el: Element): boolean {
  return classList(el).some((c) => SCREEN_READER_CLASS.has(c));
}

/**
 * The heading's text before a kicker in an element of its own that closes it, screen-reader-only
 * elements between them left out, or null: bmbf.de's template (the federal Government Site
 * Builder) sets `<h1><span>Energiewende, Mobilität und nachhaltiges Wirtschaften</span> <span
 * class="aural">: </span> <small class="c-topline">… Forschung</small></h1>`, the topic's label
 * styled above the headline but written after it; the block's text glues the three. The
 * reference is the first span. As textBeforeSubtitle, with a kicker's class in place of a
 * subtitle's.
 */
export function textBeforeClosingKicker(heading: Element): string | null {
  const children = heading.children.filter(
    (n) => !isBlank(n) && !(n.type === 'element' && screenReaderOnly(n)),
  );
  const last = closingElement(children, CLOSING_KICKER_CLASS);
  if (!last) return null;
  const before = textBeforeLast(children);
  const kicker = spaced(toText(last));
  if (!kicker || wordCount(kicker) > KICKER_MAX_WORDS + 2) return null;
  return wordCount(before) >= TITLE_MIN_WORDS ? before : null;
}

/** The last of a heading's children, where text precedes it and it is an element of that class. */
function closingElement(children: ElementContent[], className: RegExp): Element | null {
  const last = children.at(-1);
  if (last?.type !== 'element' || children.length < 2) return null;
  return classList(last).some((t) => className.test(t)) ? last : null;
}

/** The text of every child but the last, spaced as the reader sees it. */
function textBeforeLast(children: ElementContent[]): string {
  return spaced(
    children
      .slice(0, -1)
      .map((n) => toText(n))
      .join(' '),
  );
}

/** A Wayback Machine capture's prefix before the captured address. */
const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/[^/]+\//;

/** An address that is a site's home page: "/", "http://host/", "https://host", "/index.php". */
function isHomeLink(href: string): boolean {
  const bare = href.trim().replace(WAYBACK, '');
  if (/^\/?(?:index\.\w{3,4})?$/.test(bare)) return true;
  return /^(?:https?:)?\/\/[^/?#]+\/?(?:index\.\w{3,4})?$/i.test(bare);
}

/**
 * An <h1> that is the site's logo: all its text is one link to the site's home page (WordPress
 * themes' "<h1><a href="https://disfunctions.de">Disfunctions.de</a></h1>", wikidot's
 * '<h1><a href="/"><span>Salsa-Figuren - Rueda in Berlin</span></a></h1>').
 */
export function isLogoHeading(heading: Element): boolean {
  const text = spaced(toText(heading));
  if (!text) return false;
  let logo = false;
  const visit = (el: Element): void => {
    for (const n of el.children) {
      if (n.type !== 'element') continue;
      if (n.tagName === 'a') {
        const href = n.properties.href;
        if (typeof href === 'string' && isHomeLink(href) && spaced(toText(n)) === text) logo = true;
      } else visit(n);
    }
  };
  visit(heading);
  return logo;
}

/**
 * A <title>'s separators: " | ", " - ", " – ", " — ", " · ", " » ", " « ", " • ", " :: ", " : ",
 * " / ", " // ", spaced, or a bare "|".
 */
const TITLE_SEPARATOR = /\s+(?:[|–—·»«•:/]|-|::|\/\/)(?:\s+[»«])?\s+|\s*\|\s*/;

/** A <title>'s parts between separators, in order, blanks dropped. */
export function titleParts(title: string): string[] {
  return spaced(title)
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** A heading of the page as the <title> rules read it. */
export interface PageHeading {
  index: number;
  /** Its text, a kicker its markup sets apart cut (textAfterKicker). */
  text: string;
  level: number;
  /** The site's logo (isLogoHeading). */
  logo: boolean;
}

/**
 * The headline read from a <title> of several parts that no <h1> prints whole: the part a heading
 * prints (printedPart), else the end of a trail that opens with the logo's name ("Time 4 talks »
 * Blog Archiv » Weitere Digitalisierung der Schweizer Kinos" under the logo <h1> "Time 4 talks":
 * a trail from the site down to the page, whose last part is the page's). Its heading's index,
 * null when no heading prints it; null when the <title> shows neither.
 */
export function headlineFromTitle(
  title: string,
  headings: PageHeading[],
): { index: number | null; text: string } | null {
  const parts = titleParts(title);
  if (parts.length < 2) return null;
  const open = headings.filter((h) => !h.logo);
  const printed = printedPart(parts, open);
  if (printed) return { index: printed.index, text: printed.text.replace(MARKS_BEFORE, '') };
  const first = matchKey(parts[0] ?? '');
  if (!headings.some((h) => h.logo && matchKey(h.text) === first)) return null;
  const end = parts.at(-1) ?? '';
  const heading = open.find((h) => matchKey(h.text) === matchKey(end));
  return heading ? { index: heading.index, text: heading.text } : { index: null, text: end };
}

/** A heading's marks before the words it prints of a <title>'s part ("[> Jens Weber"). */
const MARKS_BEFORE = /^[^\p{L}\p{N}"'„“«‚‘¿¡(]+/u;

/**
 * Of a <title>'s parts, the one a heading prints as it stands (its words, other marks around
 * them): an <h1>'s first, the longest first. A later part counts where it holds more words than
 * the first, the site's name or section a trail opens with ("Zoll online - Fachmeldungen -
 * Verkündung des Tabaksteuermodernisierungsgesetzes" over the <h1> "Verkündung des
 * Tabaksteuermodernisierungsgesetzes"), not the site's name a title ends in (mozilla-1's
 * "Mozilla"). The first part counts where an <h1> prints it and a trail of two parts or more
 * follows it ("Verfassungsgericht: Berlusconis Sex-Prozess geht weiter / Politik / Politik im
 * Überblick / Artikel / Home - stol.it - ..."): one part after it may be the title's own, as
 * Readability's references keep ebb-org's author ("On Recent Controversial Events - Bradley M.
 * Kuhn ( Brad ) ( bkuhn )"), and an <h2> may be the work's name under a logo (archive-of-our-own).
 */
function printedPart(parts: string[], headings: PageHeading[]): PageHeading | null {
  let best: PageHeading | null = null;
  // An <h1>'s part before a lower heading's, then the longest: literaturkritik.de's <h2> prints
  // the subtitle after the <h1>'s headline ("Vom Boden aus gedacht - Ann Cotten verwebt in ...").
  let bestRank = 0;
  const firstWords = wordCount(parts[0] ?? '');
  for (const [i, part] of parts.entries()) {
    const key = matchKey(part);
    const words = wordCount(part);
    if (!key) continue;
    const counts =
      i === 0 ? (h: PageHeading) => h.level === 1 && parts.length >= 3 : () => words > firstWords;
    const heading = headings.find((h) => matchKey(h.text) === key && counts(h));
    const rank = heading ? (heading.level === 1 ? 1000 : 0) + words : 0;
    if (heading && rank > bestRank) {
      best = heading;
      bestRank = rank;
    }
  }
  return best;
}
