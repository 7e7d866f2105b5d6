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

import { findDateSpan } from '../normalize/dates.ts';
import { splitSiteName } from '../normalize/headline.ts';
import { matchKey } from '../text.ts';
import type { DeclaredHeadline } from '../html/metadata.ts';

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
function partOf(part: string, whole: string): 'first' | 'later' | null {
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
   * site's logo, one link to its home page (heading-parts.ts); whole: its text with the kicker
   * its markup sets apart, where that was cut from text.
   */
  h1s: { index: number; text: string; logo?: boolean; whole?: string }[];
  /** The declared headline (site name cut) and the declaration it came from. */
  declared: DeclaredHeadline;
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

/** `text` prints a day that `other` does not. */
function printsDay(text: string, other: string): boolean {
  return findDateSpan(text)?.precision === 'day' && findDateSpan(other)?.precision !== 'day';
}

/** The words of a title, as matchKey spells them. */
const keyWords = (text: string) => matchKey(text).split(' ').filter(Boolean);

/** `part`'s words open `whole`'s, or close them. */
const opens = (part: string[], whole: string[]) =>
  part.length < whole.length && part.every((w, i) => whole[i] === w);
const closes = (part: string[], whole: string[]) =>
  part.length < whole.length && part.every((w, i) => whole[whole.length - part.length + i] === w);

/**
 * The page's own <h1> where it prints a reworded form of the declared headline, which no rule
 * above reads as a variant: the headline a reader sees. On trafilatura's evaluation pages, whose
 * titles are the printed headlines, the declared title is then a search or share title: the <h1>
 * with the site's or a recipe's author's name, a "Receita de" or a kicker more ("Siemens und die
 * Kohlemine Adani: Kaeser verarscht Neubauer" over the <h1> "Kaeser verarscht Neubauer"), or
 * with its end cut ("Ultium Cells erhöht Gigafactory-Kapazität" under the <h1> "... in
 * Tennessee"); or reworded for search, where another declaration (og:title, the JSON-LD headline,
 * itemprop=headline on the <h1> itself) gives the <h1>'s words (latimes, gofeminin, theverge).
 * Taken: the first <h1> that is neither the logo nor the site's name, when its words are the
 * declared headline's first or last words, or the declared headline's are its first, or another
 * declaration is it word for word, or the two share most words (sharedShare). Not an <h1> that ends in the declared headline: what stands
 * before it is a kicker the headline is printed under ("Energiewende Oberland: Klimavorreiter
 * Oberland?", '"Reformstau lösen" / Irme Stetter-Karp ist neue ZdK-Präsidentin', whose
 * references are the declared headline; skispringen.com's keeps the kicker); nor one ending in a
 * colon, a label over the headline ("Medienmitteilung der Gesundheits-, ... direktion :"); nor
 * one printing a day the declared headline does not (hvw-online.org's "Zuschauerrückkehr bei den
 * Proficlubs der Region 02.02.2022": a dateline glued, which the date reader reads); nor
 * one that is the declared headline and a site's name ("Was wir über uns nicht hören wollen |
 * FASSETTE.NET", splitSiteName). Returns the <h1>, or null.
 */
export function rewordedHeadline(
  { h1s, declared, site }: PrintedHeadlineInput,
  titles: string[],
): { index: number; text: string } | null {
  const siteKey = site ? matchKey(site) : '';
  const h = h1s.find((x) => {
    const key = matchKey(x.text);
    return key && !x.logo && !(siteKey && siteKey.includes(key));
  });
  if (!h || /:\s*$/u.test(h.text) || printsDay(h.text, declared.value)) return null;
  const printed = keyWords(h.text);
  const wanted = keyWords(declared.value);
  const withoutSite = splitSiteName(h.text).headline;
  if (closes(wanted, printed) || matchKey(withoutSite) === wanted.join(' ')) return null;
  const agreed = titles.some((t) => matchKey(t) === printed.join(' '));
  // The declared headline may be the kicker and the headline's first words, which the <h1>'s
  // whole text opens with (oekologisch-bauen.info's "Initiative EnergieEffizienz - kostenloser
  // Stromcheck" over the <h1> span.h1small "Initiative EnergieEffizienz" and "Kostenloser
  // Stromcheck für private Haushalte").
  const whole = h.whole === undefined ? printed : keyWords(h.whole);
  const cut =
    opens(printed, wanted) ||
    closes(printed, wanted) ||
    opens(wanted, printed) ||
    (whole.length > printed.length && opens(wanted, whole));
  return agreed || cut || sharedShare(printed, wanted) > REWORDED_SHARE ? h : null;
}

/**
 * More than half the words of the shorter of two titles in the longer: a headline reworded for
 * search ("O que Pacheco pretende ao fazer acenos ao STF e propor limites ao indulto presidencial"
 * printed, "O que Pacheco pretende com acenos ao STF e à limitação do indulto" declared), not
 * another heading. Half or less took section names and placeholders: Readability's test pages
 * print "Lorem" or "Test document title" under <title>s like "Preferred title" (0.5), and
 * trafilatura's careelite.de, fincompare.de and verivox.de, whose references are the <h1>, share
 * just half (docs/figures.md, stop 37).
 */
const REWORDED_SHARE = 0.5;

function sharedShare(a: string[], b: string[]): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return 0;
  const words = new Set(long);
  return (
    short.filter((w) => words.has(w) || long.some((x) => sameStem(w, x))).length / short.length
  );
}

/**
 * Two words of one stem, a headline reworded in another form of its words: fincompare.de's
 * `<h1>` "Firmenwagen: Leasing oder Finanzierung?" under the `<title>` and og:title "Firmenwagen:
 * Leasen oder Finanzieren? Was lohnt sich?" (the reference is the `<h1>`; word for word the two
 * share just half). Both words of STEM_MIN letters or more, opening with the same STEM_MIN
 * letters and at least STEM_SHARE of the shorter word ("leas" of "leasen", "finanzier" of
 * "finanzieren"): a noun and its verb, a singular and its plural, not words that only begin
 * alike ("haus" and "hausarzt" share 4 of 4 letters, but "hausarzt" is no form of "haus": the
 * shorter must be 5 letters).
 */
export function sameStem(a: string, b: string): boolean {
  if (a.length <= STEM_MIN || b.length <= STEM_MIN) return false;
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n >= STEM_MIN && n >= STEM_SHARE * Math.min(a.length, b.length);
}

/** The fewest letters of a stem two forms of a word share (sameStem). */
const STEM_MIN = 4;
/** The least share of the shorter word two forms of it open with (sameStem). */
const STEM_SHARE = 0.6;
