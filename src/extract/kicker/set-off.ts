// Kickers and labels a mark sets off on a dump's headline line, for src/extract/kicker.ts: a
// spaced colon or dash (withoutSeparatedKicker), a colon set against the title
// (withoutColonGluedKicker), a section's label the page glues on another text too
// (withoutLabelKicker), parts the page prints again the other way round (withoutSwappedKicker),
// and screen readers' labels left empty (withoutEmptyLabels).

import { isHeadlineCandidate } from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { textLanguage } from '../../normalize/language.ts';
import { wordCount } from '../../text.ts';
import { TITLE_MIN_WORDS, MAX_PRINT_LINE, pageKeys, printKeyAt, printKey } from './prints.ts';

/**
 * A kicker printed before its headline on the headline's line, set off by a spaced colon or by a
 * dash before a German opening quote ("Abstandsregeln und Fieberkontrollen : Wie Firmen ...",
 * tagesspiegel; "Corona-Pandemie - „Es kommt auch darauf an, ...“", cicero): the page's two
 * elements, the Dachzeile and the headline, joined on one line. A headline's own colon stands
 * glued to the word before it ("GdP-Vize Klemmer: Mangelnde ..."). The headline is the rest: at
 * least SEPARATED_TITLE_WORDS words, more than the kicker's, which has SEPARATED_KICKER_WORDS at
 * most and is no sentence. French sets every colon off by a space ("Parité : ...", Readability's
 * videos-2 "Screenshot : «Vape Wave», ..."): a spaced colon cuts a German title only.
 */
export function withoutSeparatedKicker(text: string): string {
  const cut = SEPARATED_KICKER.exec(text);
  if (!cut) return text;
  const [, kicker = '', separator, title = ''] = cut;
  const k = wordCount(kicker);
  const n = wordCount(title);
  if (k > SEPARATED_KICKER_WORDS || n < SEPARATED_TITLE_WORDS || n <= k) return text;
  if (/[.!?]$/u.test(kicker) || !isHeadlineCandidate(title)) return text;
  if (separator === ':') {
    if (textLanguage(title) !== 'de') return text;
  } else if (!title.startsWith('„')) {
    return text;
  }
  return title;
}

// html2text escapes a dash standing alone ("Corona-Pandemie \- „Es kommt ...“", cicero): the
// backslash is the dump's, not the headline's.
const SEPARATED_KICKER = /^(\S.*?[\p{L}\p{N}]) (:|\\?[–—-]) (\S.*)$/u;

const SEPARATED_KICKER_WORDS = 5;

const SEPARATED_TITLE_WORDS = 4;

/**
 * A kicker glued on by a colon that stands off the kicker and against the title: "Medienmitteilung
 * der Gesundheits-, Sozial- und Integrationsdirektion :Impfen und Boostern ist bis Ende Februar
 * noch überall möglich" (be.ch, html2text and lynx: two spans of the <h1> joined). No language
 * sets a colon so (French spaces it on both sides, the others glue it to the word before), so
 * the cut holds in any language; the rest opens on a capital and is the longer part. Across the
 * corpora's 3,038 dumps the shape is otherwise printed only by smileys (":D") and lynx's
 * "[INS: ... :INS]" marks, none a headline.
 */
export function withoutColonGluedKicker(text: string): string {
  const cut = COLON_GLUED_KICKER.exec(text);
  if (!cut) return text;
  const [, kicker = '', title = ''] = cut;
  const k = wordCount(kicker);
  const n = wordCount(title);
  if (k > COLON_GLUED_KICKER_WORDS || n < SEPARATED_TITLE_WORDS || n <= k) return text;
  return isHeadlineCandidate(title) ? title : text;
}

const COLON_GLUED_KICKER = /^(\S.*?[\p{L}\p{N}]) :(\p{Lu}[\p{L}\p{N}]*\s.*)$/u;
/** be.ch's kicker, a press release's sender, is 6 words; the title is longer (10). */
const COLON_GLUED_KICKER_WORDS = 8;

/**
 * A section's label glued by a colon before the headline ("Klimaschutz: Bohren, bis es heiß
 * wird"), where the page shows the label is one: under the headline it glues the same label on
 * another text, which it prints again without it. ZEIT ONLINE (0a12df42) sets its picture's alt
 * "Klimaschutz: Eine Fracking-Anlage ... Pennsylvania" over the caption "Eine Fracking-Anlage ...
 * Pennsylvania © Noah Addis" (w3m and lynx; html2text leaves pictures out). A headline's own
 * colon clause ("Nordkorea: Kim Jong Un ...") is kept: no other line shows its label come off.
 */
export function withoutLabelKicker(text: string, page: Line[], own: readonly Line[]): string {
  const cut = LABEL_KICKER.exec(text);
  const last = own[own.length - 1];
  if (!cut || !last) return text;
  const [, label = '', title = ''] = cut;
  if (wordCount(label) > LABEL_WORDS || wordCount(title) < TITLE_MIN_WORDS) return text;
  const from = page.findIndex((l) => l.n > last.n);
  if (from < 0) return text;
  const prefix = `${printKey(label)}: `;
  const near = page.slice(from, from + LABEL_WINDOW).map((l) => printKey(l.text));
  const shown = near.some((key, i) => {
    const rest = key.startsWith(prefix) ? key.slice(prefix.length) : '';
    if (wordCount(rest) < TITLE_MIN_WORDS || rest === printKey(title)) return false;
    return near.slice(i + 1, i + 1 + LABEL_REPRINT_LINES).some((k) => k.startsWith(rest));
  });
  return shown && isHeadlineCandidate(title) ? title : text;
}

const LABEL_KICKER = /^(\p{Lu}[^:]*?[\p{L}\p{N}]): (\S.*)$/u;
/** A section's label: "Klimaschutz", "Corona-Krise", "Krieg in der Ukraine" at most. */
const LABEL_WORDS = 4;
/** Lines under the headline read for the label glued again (0a12df42's alt is the 8th). */
const LABEL_WINDOW = 15;
/** Lines under the labelled text read for its print without the label (0a12df42's: the next). */
const LABEL_REPRINT_LINES = 3;

/**
 * A kicker set off by a spaced mark before or after the headline, where the page prints the two
 * parts again the other way round: domradio's <h1> `"Reformstau lösen" / Irme Stetter-Karp ist
 * neue ZdK-Präsidentin` over the article's heading `Irme Stetter-Karp ist neue ZdK-Präsidentin
 * "Reformstau lösen"` (html2text, lines 123 and 149). Two elements the site sets in either order
 * are a kicker and a title, not one title's clauses; the title is the longer part, the kicker has
 * SEPARATED_KICKER_WORDS words at most.
 */
export function withoutSwappedKicker(text: string, page: Line[], own: readonly Line[]): string {
  const cut = SWAPPED_PARTS.exec(text);
  if (!cut) return text;
  const [, first = '', second = ''] = cut;
  const [title, kicker] = wordCount(first) > wordCount(second) ? [first, second] : [second, first];
  if (wordCount(kicker) > SEPARATED_KICKER_WORDS || wordCount(title) < TITLE_MIN_WORDS) return text;
  const swapped = printKey(`${second} ${first}`);
  const taken = new Set(own.map((l) => l.n));
  const keys = pageKeys(page);
  // A printKey is no longer than its line (but for a rare lower case, "İ"): shorter lines are
  // not keyed (speed).
  const printed = page.some(
    (l, i) =>
      l.text.length >= swapped.length &&
      l.text.length <= MAX_PRINT_LINE &&
      !taken.has(l.n) &&
      printKeyAt(keys, page, i) === swapped,
  );
  return printed && isHeadlineCandidate(title) ? title : text;
}

const SWAPPED_PARTS = /^(\S.*?\S) (?:[/|–—:]|\\?-) (\S.*)$/u;

/**
 * A headline's line ending in labels written for screen readers, their fields left empty: the
 * German federal sites' <h1> "Energiewende, Mobilität und nachhaltiges Wirtschaften" then the
 * hidden ": " and ", Thema:" spans around the topic's tag ("... Wirtschaften : , Thema:
 * Forschung", bmbf.de.energiewende in all three tools). A separator followed by nothing but a
 * comma sets no text apart (no sentence or title prints " : , "); the headline is the part
 * before it, of TITLE_MIN_WORDS words or more.
 */
export function withoutEmptyLabels(text: string): string {
  const at = text.search(EMPTY_LABEL);
  if (at < 0) return text;
  const head = text.slice(0, at).trim();
  return wordCount(head) >= TITLE_MIN_WORDS && isHeadlineCandidate(head) ? head : text;
}

const EMPTY_LABEL = /\s[:|/–—-]\s+,\s/u;
