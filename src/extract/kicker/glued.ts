// A kicker glued in front of a dump's headline: the dumping tool prints an <h1>'s kicker span and
// its title on one line ("Grenzschließungen Deutschland, Frankreich und die Rückkehr der
// Ressentiments", "Die Zukunft der Arbeit"Wir dekorieren auf der Titanic die Liegestühle um"").
// Many headlines open with a kicker that belongs to them ("Südtirol: Wölfe töten Hund"), so the
// kicker is cut only where the page itself shows where it ends: the title printed elsewhere alone
// (a breadcrumb's last item, a list's item, a part of a line between separators), the kicker
// printed elsewhere alone, or a quotation glued to the word before it.

import { isHeadlineCandidate } from '../../normalize/headline.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import { wordCount } from '../../text.ts';
import {
  TITLE_MIN_WORDS,
  MAX_PRINT_LINE,
  isWrapEnd,
  pageKeys,
  printKeyAt,
  printKey,
} from './prints.ts';

/** Words of a kicker glued on at most: "Olympische Spiele in Paris", "Interne Unterlagen im Netz". */
const KICKER_MAX_WORDS = 5;

/** Words that end no kicker: articles, conjunctions and prepositions of the corpora's languages. */
const FUNCTION_WORD_END =
  /\s(?:and|or|of|the|a|an|to|in|on|at|for|with|by|und|oder|der|die|das|den|dem|des|ein|eine|von|zu|im|mit|für|et|ou|de|la|le|les|du|des|y|o|el|los|las|e|da|do)$/iu;

/**
 * A title printed alone more often than this is a list's item or a tag ("• Ruster Ausbruch DAC"
 * five times in a wine list under "Burgenland: Best of Ruster Ausbruch DAC").
 */
const MAX_TITLE_PRINTS = 2;

/**
 * What sets a title off from the rest of a line that prints it: a breadcrumb's arrows and
 * slashes ("home / InfoStream / Title"), a bar, a dash ("Title - Interne Unterlagen im Netz").
 * A colon is no separator: "Schlagwörter:Frauen aus der Sportwelt" lists a tag.
 */
const SEPARATOR_BEFORE = /\s[/>»›|–—-]\s*$/u;

const SEPARATOR_AFTER = /^\s*[/>»›|–—-]\s/u;

const TRAIL_BEFORE = /\s[/>»›]\s*$/u;

/** A forum reply's subject: "Re: Forums-Regeln", German "AW: ...". */
const REPLY_PREFIX = /^(?:re|aw|antw)\s*:\s*/iu;

/** A quotation glued to the word before it, to the line's end: `Kicker"Title"`, `Kicker„Title“`. */
const GLUED_QUOTE = /^(.*?[\p{L}\p{N}])(["„“«»](?:\S.*\S)["“”«»])$/u;

/** How a line prints a part of a headline: alone on the line, set off by a separator, or not. */
type Print = 'line' | 'separated' | 'trail-end' | null;

/**
 * The headline's text without a kicker glued in front of it, where the page shows the kicker's
 * end (see the top); the text unchanged otherwise. `page` is the dump's non-empty lines and
 * `own` the headline's own lines (its prints there are not evidence).
 */
export function withoutGluedKicker(text: string, page: Line[], own: readonly Line[]): string {
  const reply = REPLY_PREFIX.exec(text);
  if (reply && isHeadlineCandidate(text.slice(reply[0].length))) {
    return text.slice(reply[0].length);
  }
  const glued = GLUED_QUOTE.exec(text);
  if (glued && wordCount(glued[2] ?? '') >= TITLE_MIN_WORDS) return glued[2] as string;
  const doubled = withoutDoubledKicker(text);
  if (doubled !== text) return doubled;
  const words = text.split(' ');
  if (words.length <= TITLE_MIN_WORDS) return text;
  // The page's prints are read only once a cut is worth weighing (most headlines have none).
  let pagePrints: PagePrint[] | null = null;
  // The longest title first: the shortest kicker the page shows.
  for (let k = 1; k <= words.length - TITLE_MIN_WORDS; k++) {
    const kicker = words.slice(0, k).join(' ');
    const title = words.slice(k).join(' ');
    if (!isKickerShaped(kicker, k) || !isHeadlineCandidate(title)) continue;
    const prints = (pagePrints ??= printsOf(page, own));
    if (showsKicker(prints, printKey(kicker), printKey(title))) return title;
  }
  return text;
}

/**
 * The page's prints show the kicker apart from the title (`kicker` and `title` printKey'd): the
 * title printed elsewhere, up to MAX_TITLE_PRINTS times, the kicker printed as a trail's end, or
 * a line printing both set apart (printsApart). One sweep of the prints, ended by the first of
 * the last two found (each answers alike), where a count and two searches each read them all.
 */
function showsKicker(prints: readonly PagePrint[], kicker: string, title: string): boolean {
  let titlePrints = 0;
  for (const p of prints) {
    // A trail wrapped onto the next line ends there, not at the kicker.
    if (!p.wraps && printOf(p.key, kicker) === 'trail-end') return true;
    if (printsApart(p.key, kicker, title)) return true;
    if (printOf(p.key, title) !== null && !(p.wrapped && p.key === title)) titlePrints++;
  }
  return titlePrints > 0 && titlePrints <= MAX_TITLE_PRINTS;
}

/**
 * A kicker that is the title's own first word, glued in front of it: "Wurmkiste Wurmkiste selber
 * bauen" (selbst.de's category "Wurmkiste" over its <h1> "Wurmkiste selber bauen", printed as one
 * line by the three tools, and the title printed nowhere else). The first word or two, repeated
 * right after, word for word, are cut when TITLE_MIN_WORDS words or more are left and the words
 * left are not the same word again ("Benutzerdefiniert Benutzerdefiniert ...", a menu's labels).
 */
function withoutDoubledKicker(text: string): string {
  const words = text.split(' ');
  for (let k = 1; k <= DOUBLED_KICKER_WORDS; k++) {
    if (words.length < k + TITLE_MIN_WORDS) break;
    const kicker = words.slice(0, k).join(' ');
    if (words.slice(k, 2 * k).join(' ') !== kicker || words[2 * k] === words[0]) continue;
    const title = words.slice(k).join(' ');
    if (isHeadlineCandidate(title)) return title;
  }
  return text;
}

/** Words of a kicker repeated by the title's first words, at most (withoutDoubledKicker). */
const DOUBLED_KICKER_WORDS = 2;

/** A line of the page as withoutGluedKicker compares it: its printKey, and how it is wrapped. */
interface PagePrint {
  key: string;
  wrapped: boolean;
  wraps: boolean;
}

/** The page's lines but the headline's own and paragraphs, as PagePrints. */
function printsOf(page: Line[], own: readonly Line[]): PagePrint[] {
  const taken = new Set(own.map((l) => l.n));
  const keys = pageKeys(page);
  // A loop, not flatMap: flatMap's one- and no-item lists were two arrays a line.
  const prints: PagePrint[] = [];
  page.forEach((l, i) => {
    if (taken.has(l.n) || l.text.length > MAX_PRINT_LINE) return;
    prints.push({
      key: printKeyAt(keys, page, i),
      wrapped: isWrapEnd(page, i),
      wraps: isWrapEnd(page, i + 1),
    });
  });
  return prints;
}

/**
 * A kicker glued on is a label of a few words ending in a word: one set off by its own mark
 * ("Südtirol: ...", "Corona-Pandemie - ...") is the headline's own, and a cut after a comma or a
 * function word splits a headline's list or phrase ("AI as a Preventive Tool, and How Major
 * Hospitals are Already Using AI", whose last item the article prints as a section's heading).
 */
function isKickerShaped(kicker: string, words: number): boolean {
  return (
    words <= KICKER_MAX_WORDS &&
    /[\p{L}\p{N}]$/u.test(kicker) &&
    !/[,;:()]/u.test(kicker) &&
    !FUNCTION_WORD_END.test(kicker)
  );
}

/**
 * `line` prints the kicker and the title as two parts a separator sets apart: the page's own
 * print of its header, its <h1> or a list's item, where the glued line is another element's
 * (outdoor-magazin's <h1> "Vanlife in Schweden - Skandinavien im Wohnmobil" over the article's
 * heading, whose kicker span "Vanlife in Schweden" html2text glues on "Skandinavien im Wohnmobil
 * erleben"). The part after the separator opens with the title's first TITLE_MIN_WORDS words
 * (a shorter or longer title is the same element's: the <h1> drops "erleben"); all printKey'd.
 */
function printsApart(line: string, kicker: string, title: string): boolean {
  if (!line.startsWith(kicker)) return false;
  const separated = APART_SEPARATOR.exec(line.slice(kicker.length));
  if (!separated) return false;
  const rest = line.slice(kicker.length + separated[0].length).split(' ');
  const opening = title.split(' ').slice(0, TITLE_MIN_WORDS);
  return rest.length >= TITLE_MIN_WORDS && opening.every((w, i) => rest[i] === w);
}

/** The separator right after the kicker: a spaced dash or bar, or a colon. */
const APART_SEPARATOR = /^(?: [|–—-]|:) /u;

/** How `line` prints `part` (both printKey'd): see Print. */
function printOf(line: string, part: string): Print {
  if (line === part) return 'line';
  let found: Print = null;
  for (let from = line.indexOf(part); from >= 0; from = line.indexOf(part, from + 1)) {
    const before = line.slice(0, from);
    const after = line.slice(from + part.length);
    const ends = after.trim() === '';
    if (ends && TRAIL_BEFORE.test(before)) return 'trail-end';
    if (
      (SEPARATOR_BEFORE.test(before) || before.trim() === '') &&
      (SEPARATOR_AFTER.test(after) || ends)
    ) {
      found = 'separated';
    }
  }
  return found;
}
