// A kicker glued in front of a dump's headline: the dumping tool prints an <h1>'s kicker span and
// its title on one line ("Grenzschließungen Deutschland, Frankreich und die Rückkehr der
// Ressentiments", "Die Zukunft der Arbeit"Wir dekorieren auf der Titanic die Liegestühle um"").
// Many headlines open with a kicker that belongs to them ("Südtirol: Wölfe töten Hund"), so the
// kicker is cut only where the page itself shows where it ends: the title printed elsewhere alone
// (a breadcrumb's last item, a list's item, a part of a line between separators), the kicker
// printed elsewhere alone, or a quotation glued to the word before it.

import { spacesCollapsed } from '../normalize/chrome.ts';
import { isHeadlineCandidate, isListItem } from '../normalize/headline.ts';
import { lynxLinksLine } from '../normalize/headline/lynx-headings.ts';
import type { Line } from '../normalize/paragraphs.ts';
import { textLanguage } from '../normalize/language.ts';
import { perObject } from '../normalize/memo.ts';
import { wordCount } from '../text.ts';

/** Words a title left after a cut keeps at least: "Daten von Rheinmetall gehackt". */
const TITLE_MIN_WORDS = 3;
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
/** Lines longer than this are paragraphs, not prints of a title (and are not read: speed). */
const MAX_PRINT_LINE = 300;

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

/**
 * Line i of the page, no list item, is the end of a wrapped headline, paragraph or list item:
 * printed right under another line ("20 Clever Small Nursery Ideas When You’re Tight On" /
 * "Space + Free Printable"; lynx's "* How to Throw a High School Graduation" / "Party on a
 * Budget").
 */
function isWrapEnd(page: Line[], i: number): boolean {
  const above = page[i - 1];
  const line = page[i];
  return (
    above !== undefined && line !== undefined && above.n === line.n - 1 && !isListItem(line.text)
  );
}

/**
 * The page's lines' printKeys by index, each read at its first ask: printsOf and plainLineKeys
 * key every line of the same page (the headline's lines left out alike), 1.1% of a 10-30 KB
 * dump's normalize CPU together (stop 52). Remembered by the page's array of lines, which is never
 * changed once read.
 */
const pageKeys = perObject(
  (page: readonly Line[]): (string | undefined)[] => new Array<string | undefined>(page.length),
);

/** printKey of the page's line `i`, kept in `keys` (pageKeys). */
function printKeyAt(keys: (string | undefined)[], page: readonly Line[], i: number): string {
  return (keys[i] ??= printKey((page[i] as Line).text));
}

/** Lower case, single-spaced, without list marks, heading marks and html2text's escapes. */
function printKey(text: string): string {
  // The escapes' and the closing marks' patterns are tried only on text holding a backslash or
  // ending in "#", which each needs: the same key, without a try from every position of every line.
  const unescaped = text.includes('\\') ? text.replace(/\\([-*_#.!+])/g, '$1') : text;
  const unmarked = unescaped.trim().replace(/^(?:#{1,6}|[•*·●☆□-]|\d{1,3}[.)])\s+/u, '');
  const unclosed = unmarked.endsWith('#') ? unmarked.replace(/\s+#+$/u, '') : unmarked;
  return spacesCollapsed(unclosed.toLowerCase()).trim();
}

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
 * A kicker of several words glued in front of the headline on its line, which the page prints
 * elsewhere on a line of its own: autozeitung's "Adblue nachfüllen: wo kaufen (Tankstelle); Preis
 * So wird Adblue richtig angewendet", whose kicker stands alone again under it (an image's label).
 * withoutGluedKicker takes a short kicker ending in a word and printed as a trail's end; a kicker
 * of PRINTED_KICKER_WORDS words or more printed word for word as a plain line of its own is
 * evidence enough whatever its marks. The title left keeps TITLE_MIN_WORDS words.
 */
export function withoutPrintedKicker(text: string, page: Line[], own: readonly Line[]): string {
  const words = text.split(' ');
  if (words.length < PRINTED_KICKER_WORDS + TITLE_MIN_WORDS) return text;
  let lineKeys: Set<string> | null = null;
  let buttons: string[] | null = null;
  const headline = printKey(text);
  for (let k = PRINTED_KICKER_WORDS; k <= words.length - TITLE_MIN_WORDS; k++) {
    const title = words.slice(k).join(' ');
    lineKeys ??= plainLineKeys(page, own, headline);
    buttons ??= buttonLabelKeys(page, headline);
    const kicker = printKey(words.slice(0, k).join(' '));
    const printed = lineKeys.has(kicker) || buttonOpensWith(buttons, kicker, words[k] ?? '');
    if (printed && isHeadlineCandidate(title)) return title;
  }
  return text;
}

/**
 * The printKeys of the labels lynx prints after "(BUTTON) ", but a label printing the headline
 * itself (a share button's): lynx prints a <button>'s content on one line, gluing its parts,
 * where w3m prints each on a line of its own. autozeitung.de-adblue's image button "(BUTTON)
 * Adblue nachfüllen: wo kaufen (Tankstelle); Preis Adblue nachfüllen" is w3m's kicker line
 * "Adblue nachfüllen: wo kaufen (Tankstelle); Preis" over "Adblue nachfüllen": the kicker is
 * printed alone at the label's start (withoutPrintedKicker).
 */
function buttonLabelKeys(page: Line[], headline: string): string[] {
  const keys: string[] = [];
  for (const l of page) {
    const at = l.text.indexOf(BUTTON_MARK);
    if (at < 0 || l.text.slice(0, at).trim() !== '') continue;
    const key = printKey(l.text.slice(at + BUTTON_MARK.length));
    if (!key.startsWith(headline)) keys.push(key);
  }
  return keys;
}
const BUTTON_MARK = '(BUTTON) ';

/** A button's label opens with the kicker and goes on with a word other than the title's first. */
function buttonOpensWith(buttons: readonly string[], kicker: string, first: string): boolean {
  const goesOn = `${kicker} ${printKey(first)}`;
  return buttons.some((b) => b.startsWith(`${kicker} `) && !`${b} `.startsWith(`${goesOn} `));
}

/** Words of a glued kicker printed alone that make it evidence (withoutPrintedKicker). */
const PRINTED_KICKER_WORDS = 4;

/**
 * The printKeys of the page's plain lines but the headline's own: no list item (sac-cas prints
 * its title "Schneesport mit Rücksicht auf Wildtiere" as "• ..." in a list of links, over its
 * subtitle glued on the <h1>'s line), no end of a wrapped line, and no line that with the line
 * right under it prints more of the headline (`headline`, printKey'd): the headline wrapped again
 * in a list of stories, which lynx prints at the dump's width ("... - Trailer stellt" / "Platinum
 * Edition vor", d041d20a; wordpress, instyle).
 */
function plainLineKeys(page: Line[], own: readonly Line[], headline: string): Set<string> {
  const taken = new Set(own.map((l) => l.n));
  const printed = pageKeys(page);
  const keys = new Set<string>();
  page.forEach((l, i) => {
    if (taken.has(l.n) || l.text.length > MAX_PRINT_LINE) return;
    if (isListItem(l.text) || isWrapEnd(page, i)) return;
    const key = printKeyAt(printed, page, i);
    // isWrapEnd(page, i + 1) holds only where line i + 1 is there.
    if (isWrapEnd(page, i + 1) && headline.startsWith(`${key} ${printKeyAt(printed, page, i + 1)}`))
      return;
    keys.add(key);
  });
  return keys;
}

/**
 * The headline's line cut to the post's title lynx prints in the page's head: lynx opens a dump
 * with the titles of the page's <link rel="alternate"> feeds on a "#" line, where a WordPress post
 * names its own comments' feed "Site » Title Kommentar-Feed" ("#reitschuster.de » Feed ...
 * reitschuster.de » Tagesschau unterschlägt Hass-Demo in Essen Kommentar-Feed"), while its <h1>
 * line glues the standfirst on ("Tagesschau unterschlägt Hass-Demo in Essen Gebührenfinanzierte
 * Islamismus-Verharmlosung im ÖRR"). The line's longest head or tail of TITLE_MIN_WORDS words or
 * more that the feed line prints after a "»", to a space or its end, is the title where the rest
 * is shaped as a standfirst or kicker of its own (FEED_REST); a line the feed
 * line prints whole is kept (tegernseerstimme's "Energiewende Oberland: Klimavorreiter Oberland?").
 */
export function withoutFeedTitleRest(text: string, page: Line[]): string {
  const head = feedHead(page);
  const words = text.split(' ');
  if (head === null || words.length <= TITLE_MIN_WORDS || feedPrints(head, text)) return text;
  for (let k = words.length - TITLE_MIN_WORDS; k >= TITLE_MIN_WORDS; k--) {
    const cuts = [
      [words.slice(0, k), words.slice(k)],
      [words.slice(-k), words.slice(0, -k)],
    ] as const;
    for (const [title, rest] of cuts) {
      const titleText = title.join(' ');
      if (!FEED_REST.test(rest.join(' ')) || !feedPrints(head, titleText)) continue;
      // The feed's title goes on with the rest's words: a head of it, not its end.
      const goesOn = title[0] === words[0] && head.includes(feedKey(`${titleText} ${rest[0]}`));
      if (!goesOn && isHeadlineCandidate(titleText)) return titleText;
    }
  }
  return text;
}

/**
 * The part cut off is an element of its own: TITLE_MIN_WORDS words or more (withoutFeedTitleRest
 * asks) opening on a capital, no colon's kicker. A post's feed may name a title shorter than its
 * <h1>, which is then the title: battery-news' "Ultium Cells erhöht Gigafactory-Kapazität" for
 * "... in Tennessee", skispringen's "Marita Kramer verpasst ..." for "\"Pure Leere\": Marita ...".
 */
const FEED_REST = /^\p{Lu}[^:]*$/u;

/** The feed head names `title` after a "»", to a space or its end. */
function feedPrints(head: string, title: string): boolean {
  const key = feedKey(title);
  for (let at = head.indexOf(key); at >= 0; at = head.indexOf(key, at + 1)) {
    const end = at + key.length;
    if (end === head.length || head[end] === ' ') return true;
  }
  return false;
}

/** How the feed head prints a title: after a "»", lower case, single-spaced. */
function feedKey(title: string): string {
  return `» ${spacesCollapsed(title.toLowerCase())}`;
}

/**
 * lynx's "#" line of feed titles at the page's top (lynxLinksLine, with a "»"), lower case and
 * single-spaced, with its wrapped lines, or null.
 */
function feedHead(page: Line[]): string | null {
  const links = lynxLinksLine(page);
  if (links === null || !links.includes('»')) return null;
  let head = links;
  for (let i = 1; i < page.length && isWrapEnd(page, i); i++) head += ` ${page[i]?.text ?? ''}`;
  return spacesCollapsed(head.toLowerCase()).trim();
}

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
 * A headline w3m prints in a table's cell beside a side column's: "Minecraft 1.8 - The Bountiful
 * Update" then, after a run of spaces at column 74, "Minecraft.net", the first of the sidebar's
 * links stacked at that column on the lines under it (Readability's tumblr, w3m lines 3-4). The
 * run of 8 spaces or more (SIDE_GAP_RUN), with a line next to the headline's printing a word at
 * the same column, sets the side column off; the title is the part before it, longer than the
 * side's SIDE_WORDS words at most.
 */
export function withoutSideColumn(text: string, page: Line[], own: readonly Line[]): string {
  const [line] = own;
  if (own.length !== 1 || !line) return text;
  const gap = SIDE_GAP_RUN.exec(line.text);
  if (!gap) return text;
  const column = gap.index + gap[0].length;
  const left = spacesCollapsed(line.text.slice(0, gap.index + 1)).trim();
  const side = line.text.slice(column).trim();
  if (wordCount(side) > SIDE_WORDS || wordCount(left) <= wordCount(side)) return text;
  const at = page.findIndex((l) => l.n === line.n);
  const beside = [page[at - 1], page[at + 1]].some(
    (l) => l !== undefined && Math.abs(l.n - line.n) === 1 && startsWordAt(l.text, column),
  );
  return beside && text.startsWith(left) && isHeadlineCandidate(left) ? left : text;
}
const SIDE_GAP_RUN = /\S( {8,})(?=\S)/u;
const SIDE_WORDS = 4;

/** `text` prints a word starting at `column` after a space. */
function startsWordAt(text: string, column: number): boolean {
  return text[column - 1] === ' ' && /\S/u.test(text[column] ?? '');
}

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
