// The headline a page prints, where it is a variant of the one it declares (issue 22). A page's
// og:title or JSON-LD headline is often its headline dressed for a share card or a search engine:
// with a kicker before it ("Chronik: Lotte Tobisch ist tot", the <h1> "Lotte Tobisch ist tot"),
// with more after it, or with the site's name a rule did not cut ("CDPATH replacements -
// anarcat"); and a page may print a heading with straighter or curlier punctuation than it
// declares. The printed <h1> is then the headline a reader sees: on trafilatura's evaluation pages
// (bench/extract/declared.ts), whose declared titles are the printed headlines, the first <h1> is
// right on 577 of 757 pages and og:title on 445 of 691.
//
// Only a variant is taken: an <h1> that the declared headline holds between separators, or that
// spells it with other punctuation. A reworded one (a search title "Brexit: Nervenkrieg geht in
// nächste Runde" over the printed "Der Nervenkrieg um den Brexit geht in die nächste Runde") is
// the page's other headline, and the declared one stands.

import { matchKey } from '../text.ts';

const wordsOf = (text: string) => matchKey(text).split(' ').filter(Boolean).length;

/**
 * Marks that set a headline's parts apart: a kicker's colon ("Chronik: ..."), the separators of
 * titles (| – — · » • :: / -), spaced.
 */
const PART_END = /(?:[:|–—·»›•/]|\s-|::)$/u;
const PART_START = /^(?:[:|–—·»›•/]|-\s|::)/u;

/** `text` with typographic quotes and runs of whitespace made plain, case-folded. */
function plain(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛´`]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * Where `part` stands in `whole` as a part of its own: at its start or after a separator, and at
 * its end or before one. 'first' when nothing stands before it, 'later' when something does,
 * null when it is not such a part.
 */
export function partOf(part: string, whole: string): 'first' | 'later' | null {
  return partAt(part, whole)?.where ?? null;
}

/** partOf, with where the part's run of separators before it starts in plain(whole). */
function partAt(part: string, whole: string): { where: 'first' | 'later'; cut: number } | null {
  const p = plain(part);
  const w = plain(whole);
  if (p.length === 0 || p.length >= w.length) return null;
  for (let at = w.indexOf(p); at >= 0; at = w.indexOf(p, at + 1)) {
    const before = w.slice(0, at).trimEnd();
    const after = w.slice(at + p.length).trimStart();
    const startOk = before === '' || (w[at - 1] === ' ' && PART_END.test(before));
    const endOk = after === '' || (w[at + p.length] === ' ' && PART_START.test(after));
    if (!startOk || !endOk) continue;
    if (before === '') return { where: 'first', cut: 0 };
    return { where: 'later', cut: before.replace(/(?:\s*(?:[:|–—·»›•/]|-|::))+$/u, '').length };
  }
  return null;
}

/**
 * The headline read from a <title> whose later part is the page's <h1>: that part is the site's
 * name, printed as its logo ("Muffin Grundrezept : Muffin Rezepte" under the <h1> "Muffin
 * Rezepte"; "Das vermutlich schwulste Musikvideo der Welt : Krimiblog-Archiv | Ermittlungen zum
 * Verfall eines Genres"), and the headline is what stands before it, when that holds as many words
 * as the name at least, or the <h1> is one link to the site's home page (a logo; "Enchufla
 * Figuren - Salsa-Figuren - Rueda in Berlin" under the logo "Salsa-Figuren - Rueda in Berlin").
 * Null when no <h1> is such a part.
 */
export function logoCut({ h1s, declared }: PrintedHeadlineInput): string | null {
  if (declared.from !== '<title>') return null;
  const whole = declared.value;
  // Cut in plain() space, which keeps positions where only quotes and case differ.
  if (plain(whole).length !== whole.length) return null;
  for (const h of h1s) {
    const at = partAt(h.text, whole);
    const before = whole.slice(0, at?.cut ?? 0);
    // A logo's link home tells the name from a headline's last part however short the rest, but
    // for one word: a section's name ("blog | Echte Demokratie Jetzt! Occupy").
    const named = wordsOf(before) >= (h.logo ? Math.min(2, wordsOf(h.text)) : wordsOf(h.text));
    if (at?.where === 'later' && named && before) return before;
  }
  return null;
}

export interface PrintedHeadlineInput {
  /**
   * The page's <h1> texts with their block indexes, in document order; logo: the <h1> is the
   * site's logo, one link to its home page (heading-parts.ts).
   */
  h1s: { index: number; text: string; logo?: boolean }[];
  /** The declared headline (site name cut) and the declaration it came from. */
  declared: { value: string; from: string };
  /** The site's declared name, if any: an <h1> that is the name is the site's logo. */
  site: string | null;
}

/**
 * The <h1> that prints the declared headline's own words: the same words with other punctuation,
 * or a part of it standing between separators that holds at least half its words (a kicker or a
 * site's name is the shorter part; "Time 4 talks", the logo <h1> of "Time 4 talks » Blog Archiv
 * » Weitere Digitalisierung der Schweizer Kinos", is not). A later part of a headline read from
 * <title> counts only when it holds more than half the words (a section's name before it, "Neu |
 * Japanisches Mini-SUV auf dem Vormarsch"): else it is the site's name, which logoCut reads.
 * Returns the block index, or null.
 */
export function printedHeadline({ h1s, declared, site }: PrintedHeadlineInput): number | null {
  const siteKey = site ? matchKey(site) : '';
  const key = matchKey(declared.value);
  for (const h of h1s) {
    const hKey = matchKey(h.text);
    if (!hKey || h.logo || (siteKey && siteKey.includes(hKey))) continue;
    if (hKey === key) return h.index;
    const share = hKey.split(' ').length / key.split(' ').length;
    if (share < 0.5) continue;
    const where = partOf(h.text, declared.value);
    if (where === 'first' || (where === 'later' && (declared.from !== '<title>' || share > 0.5))) {
      return h.index;
    }
  }
  return null;
}
