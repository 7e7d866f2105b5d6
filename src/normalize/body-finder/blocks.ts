// Lines and blocks of a page dump for the body finder (src/normalize/body-finder.ts): what
// each line is (list mark, image or form marker, code, caption), the blocks the blank lines
// and the dump's width cut, and each block's features (length, stop words, capitals).

import { CJK_CHAR, MAY_HOLD_CJK, holdsSurrogate, isSpace, leadingSpaces } from '../../text.ts';
import { type Line, widthOf } from '../paragraphs.ts';
import { type StopWords, stopSlot } from './stop-words.ts';

/** "•", "*", "□", "+", "o", "-", "1." and similar list marks that dumping tools put before items. */
const BULLET = /^(?:[•*□■▪◦●○·‣►▸»+o–-]|\d{1,3}[.)])\s+\S/u;
/**
 * Dump markers: what w3m, lynx and html2text print for buttons, form fields, images, frames and
 * ad slots ("(BUTTON)", "[                    ]", "[ ]", "[IMG]", "IFRAME:", "[INS::INS]",
 * "____"), and lines that are a URL or HTML source, or hold 80 or more URL characters without a
 * space (tracking links wrapped over several lines: gmw's and qq's lynx dumps).
 */
const MARKER =
  /\((?:BUTTON|PDF)\)|\[(?:\s*|X|IMG|INS:[^\]]*|BUTTON[^\]]*|search|submit|f)\]|^IFRAME:|^\s*_{4,}|_{8,}|^(?:https?:\/\/|www\.)\S+$|^<\/?[a-z][^>]*>|^\[[^\]]{1,40}\]$|&(?:nbsp|amp|quot);/i;
/**
 * MARKER's last alternative, tested apart and only on lines of 80 characters or more: a test of
 * "A|B" is a test of A or of B, so the split gives the same answer, and the other alternatives no
 * longer try a run of URL characters from every position of every line (over the web-page dumps'
 * million lines, the split tests took half to two thirds of the one pattern's time).
 */
const URL_RUN_CHARS = 80;

/** A URL run's characters (hasUrlRun), [\w%&=/:.?+-] (ASCII only: /i folds no other into them). */
const URL_CHAR = new Uint8Array(128);
for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_%&=/:.?+-') {
  URL_CHAR[c.charCodeAt(0)] = 1;
}

/**
 * /[\w%&=/:.?+-]{80,}/i, a run of URL_RUN_CHARS URL characters or more, found in one pass: the
 * pattern tried a run from every position of the line (1% of a dump's normalize time; a loop
 * over the web-page dumps' long lines took a seventh of its time).
 */
function hasUrlRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && URL_CHAR[c] === 1) {
      if (++run >= URL_RUN_CHARS) return true;
    } else run = 0;
  }
  return false;
}

/** A dump marker: MARKER or a run of URL characters (hasUrlRun). */
function isMarker(text: string): boolean {
  return MARKER.test(text) || (text.length >= URL_RUN_CHARS && hasUrlRun(text));
}
/**
 * A line of a program listing (the <pre> blocks of programming articles: 001, mozilla-1,
 * firefox-nightly-blog): ending in ";", "{" or "}", a closing bracket alone, a comment, an
 * assignment, a call ("expect(cow.name).to.equal(...)"), or an HTML tag alone on its line.
 * Without it every listing line is a short block without stop words, bad, and the article's
 * text after the listing is lost.
 */
const CODE =
  /[;{}]\s*$|^[})\]]|^(?:\/\/|\/\*|\*\/|#include|#!|\$ |>>> )|[\w\])]\s*[+\-*/]?=\s*["'\w([{]|[\w\]]\([^)]*\)\s*;?$|^<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>$/i;
/**
 * A statement opening with a keyword, lower-case as programs write them: "Let's create the HTML
 * test file for it, featuring ...:" (001) or "If the query (...)" are the article's sentences.
 * SQL's clauses in capitals ("SELECT", "FROM unnest(...)"), and a line drawn with box-drawing
 * rules and bars ("───┼───", "2 │ f"): w3m and lynx print a query's result table so (toc-missing's
 * SQL listings and their results split the post and lost its second half: body F1 w3m 0.55 ->
 * 0.97, lynx 0.55 -> 0.97, html2text 0.91 -> 0.98). Not "━", w3m's horizontal rule.
 */
const CODE_KEYWORD =
  /^(?:var|let|const|def|function|return|import|if|for|while|class|public|private)\b(?!['’]).*[=({:;]|^(?:SELECT|FROM|WHERE|WITH|GROUP BY|ORDER BY|JOIN|UNION|INSERT|UPDATE|DELETE|CREATE)\b|[─│┃┼╋]/;
/** An image printed by its file name ("30-IMG_4228.jpg", "[Barcode-Sc]" is caught by MARKER). */
const IMAGE_NAME = /^\S{1,80}\.(?:jpe?g|png|gif|webp)$/i;
const IMAGE_MARK = /^\[(?:IMG|[^\]\s]{1,40})\]$/;
const HTML_LINE = /^<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>$/i;
const HTML_ELEMENT_LINE = /^<([a-z][\w-]*)(?:\s[^<>]*)?>[^<>]{0,80}<\/\1>$|^<!doctype html>$/i;
/**
 * The end of another story's teaser: "... Mehr…" (heise's lists of other stories, which
 * outweighed its article), "Read more", "Continue reading", "[…]" (WordPress excerpts).
 */
/** Characters at a block's end that can hold a TEASER_END mark ("continue reading..." is 19). */
const TEASER_TAIL = 24;
const TEASER_END =
  /(?:\bmehr\s*(?:…|\.\.\.|»|›)|\bread more\W{0,3}|\bcontinue reading\W{0,3}|\bweiterlesen\W{0,3}|\blire la suite\W{0,3}|\bleer más\W{0,3}|\bleia mais\W{0,3}|\bczytaj (?:więcej|dalej)\W{0,3}|\[(?:…|\.\.\.)\])$/iu;
/**
 * A piece of text every TEASER_END alternative holds, chosen without "s", "k" and accented
 * letters (the only letters /iu folds from other characters: "ſ", the Kelvin sign): a block's
 * tail without one cannot match, and this test is far cheaper than TEASER_END's.
 */
const MAY_BE_TEASER_END = /mehr|ead mo|reading|weiterle|uite|leer m|leia ma|czytaj|\[/i;

export function isTeaserEnd(text: string): boolean {
  const tail = text.slice(-TEASER_TAIL);
  return MAY_BE_TEASER_END.test(tail) && TEASER_END.test(tail);
}
export const TERMINAL = /[.!?…。！？]["”’»)\]]?$/u;
/**
 * Fitted on the 130 Readability pages (mean F1 w3m/lynx/html2text): 1 (characters as they are)
 * 0.841/0.811/0.865, 3 0.840/0.810/0.868, 2 0.840/0.810/0.872 (html2text's pixnet 0 -> 0.85,
 * qq 0.70 -> 0.77; w3m's qq and youth lose a little).
 */
const CJK_WEIGHT = 2;

export interface LineInfo {
  line: Line;
  text: string;
  indent: number;
  bullet: boolean;
  marker: boolean;
  /** A program listing's line (CODE). */
  code: boolean;
  /** An image: "[IMG]", lynx's "[photo-name]", a file name. */
  image: boolean;
}

/**
 * 'neutral': a program listing or an image, which the revision passes over and the main run
 * neither gains nor pays for (an article's pictures and listings stand between its paragraphs).
 */
export type Kind = 'good' | 'near-good' | 'short' | 'bad' | 'neutral';

export interface BodyBlock {
  lines: LineInfo[];
  text: string;
  chars: number;
  words: number;
  /** Share of words that are stop words (-1 when no list applies). */
  stopShare: number;
  bullet: boolean;
  marker: boolean;
  /** Every line is a program listing's. */
  code: boolean;
  /** Every line is an image's. */
  image: boolean;
  /** Share of words starting with a capital: menu runs ("News Sport Weather iPlayer"). */
  capShare: number;
  terminal: boolean;
  /** A cookie notice (isCookieNotice), read once: the rules below ask of a block two or three times. */
  cookieNotice: boolean;
  kind: Kind;
}

/**
 * A character or start that every MARKER needs, short of 80 URL characters (the patterns are
 * case-insensitive without /u: only ASCII letters fold to ASCII). Most lines have none, and this
 * one class is much cheaper to test than MARKER's alternatives at every position.
 */
const MAY_BE_MARKER = /[([_&<]|^(?:iframe:|https?:\/\/|www\.)/i;
/** A character every CODE alternative needs (its keywords only before one of "=({:;"). */
const MAY_BE_CODE = /[;{}()\]/*#$>=<:─│┃┼╋]|^[A-Z]{4}/;

/**
 * What every CODE alternative needs of a trimmed line: ";", "{", "}" or "=" in it, a first "}",
 * ")", "]", "/", "*", "#", "$", ">" or "<", or a last ")" (a call). MAY_BE_CODE lets a line with
 * a colon or brackets through (28% of the 10-30 KB dumps' lines); a third of those fail this
 * test, far cheaper than trying CODE's alternatives from every position.
 */
const MAY_BE_CODE_LINE = /[;{}=]|^[})\]/*#$><]/;

function mayBeCodeLine(text: string): boolean {
  return MAY_BE_CODE_LINE.test(text) || text.endsWith(')');
}

export function lineInfo(line: Line): LineInfo {
  const text = line.text.trim();
  const indent = leadingSpaces(line.text);
  // A blank line (a third of a dump's) is none of these: every pattern below needs a character.
  if (!text) return { line, text, indent, bullet: false, marker: false, code: false, image: false };
  const imageName = IMAGE_NAME.test(text);
  const marked = ((text.length >= 80 || MAY_BE_MARKER.test(text)) && isMarker(text)) || imageName;
  // An HTML tag alone on its line is a dump marker (a broken <noscript>) or a listing's line: it
  // is taken for code, the other markers never (URLs and tracking links have "=" and brackets).
  const code =
    MAY_BE_CODE.test(text) &&
    ((mayBeCodeLine(text) && CODE.test(text)) || CODE_KEYWORD.test(text)) &&
    (!marked ||
      ((HTML_LINE.test(text) || HTML_ELEMENT_LINE.test(text)) &&
        !/doubleclick|<img\b|<iframe\b/i.test(text)));
  const image = imageName || IMAGE_MARK.test(text);
  return { line, text, indent, bullet: BULLET.test(text), marker: marked && !code, code, image };
}

/** An image mark's first line when lynx wraps it: "[", then an address without a space or "]". */
const IMAGE_MARK_OPEN = /^(?:[*+o•-]\s+)?\[[^\]\s]{30,}$/u;
/** Lines an image mark is wrapped over at most (engadget's run to four). */
const IMAGE_MARK_LINES = 8;

/**
 * lynx prints an image without alt text by its address in brackets, wrapped over as many lines
 * as it takes ("[dims?crop=1600%2C900...&image" / "_uri=http%3A%2F%2Fo.aolcdn.com..." /
 * "amp;signature=d2ccb2...]", engadget's gallery): every line to the closing "]" is the image's.
 * Read line by line they were bad blocks of 90 characters each, which cut the article's first
 * paragraph off from the rest. A wrapped line holds at most one space (the wrap split a token
 * where the address had a space).
 */
export function markWrappedImages(infos: LineInfo[]): void {
  for (let i = 0; i < infos.length; i++) {
    if (!IMAGE_MARK_OPEN.test((infos[i] as LineInfo).text)) continue;
    for (let j = i + 1; j < infos.length && j <= i + IMAGE_MARK_LINES; j++) {
      const text = (infos[j] as LineInfo).text;
      if (!text || text.split(' ').length > 2) break;
      const close = text.indexOf(']');
      if (close >= 0 && close < text.length - 1) break;
      if (close < 0) continue;
      for (let k = i; k <= j; k++) {
        const info = infos[k] as LineInfo;
        info.image = true;
        info.marker = true;
      }
      i = j;
      break;
    }
  }
}

/** The width the dump was wrapped at: the 90th percentile of line lengths, indent included. */
function dumpWidth(infos: LineInfo[]): number {
  return widthOf(infos.map((l) => l.line.text.length));
}

/**
 * Blocks: paragraphs between blank lines, cut further at every list item and dump marker, and
 * where a short line ends a run of wrapped lines (lynx and w3m print menu items and the
 * paragraphs under them without blank lines between).
 */
export function splitBlocks(infos: LineInfo[]): LineInfo[][] {
  const width = dumpWidth(infos);
  const blocks: LineInfo[][] = [];
  let current: LineInfo[] = [];
  let previous: LineInfo | null = null;
  for (const info of infos) {
    if (!info.text) {
      if (current.length) blocks.push(current);
      current = [];
      previous = null;
      continue;
    }
    const continues =
      previous !== null &&
      !info.bullet &&
      !info.marker &&
      !previous.marker &&
      info.indent >= previous.indent &&
      previous.line.text.length >= width * 0.6;
    if (!continues && current.length) {
      blocks.push(current);
      current = [];
    }
    // A block's first line starts a list of one: a list grown from [] by push is given room
    // for 17 at once, and most blocks are a line or two (garbage-collector work).
    if (current.length) current.push(info);
    else current = [info];
    previous = info;
  }
  if (current.length) blocks.push(current);
  return blocks;
}

/**
 * A picture's caption ends with its credit: "... Photograph: Adrian Malloch for the Guardian",
 * "... Credit: STR/AFP", "(AP Photo/Evan Vucci)", "Foto: dpa". The article's own sentences do
 * not (news pages of the Readability set: guardian-1, telegraph, ...). Treated as a picture.
 */
const CAPTION_CREDIT =
  /(?:^|\s)(?:Photograph|Photo|Picture|Image|Credit|Foto|Bild)s?(?: by)?:\s*\S[^.!?:]{0,80}$|\((?:[\p{L} ]+ )?(?:Photo|Foto)s?(?:\/| by |: )[^()]{1,80}\)$/u;
/** Longest caption, in characters: a long block ending so is more likely a story's paragraph. */
const CAPTION_CHARS = 400;

/** Characters at a block's end that hold a credit: the longest, keyword and 80 characters. */
const CAPTION_TAIL = 120;

function isCaption(text: string): boolean {
  // The tail only: a credit ends the caption, and the pattern tried from every bracket of a long
  // block would cost more than the rest of the block's description.
  return text.length <= CAPTION_CHARS && CAPTION_CREDIT.test(text.slice(-CAPTION_TAIL));
}

/** A line's end naming its copyright holder: "© Noah Addis", "(C) Kab Niang", "(© FEI/...)". */
const COPYRIGHT_CREDIT = /(?:^|\s)[([–-]?\s*(?:©|\([cC]\)(?=\s*\p{Lu}))\s*\S[^.!?©]{0,80}$/u;
/**
 * A copyright caption's longest block: a story's paragraph that lynx ran together with the
 * caption under it (pronats.de, 400 characters) is longer. Set by hand, not fitted.
 */
const COPYRIGHT_CAPTION_CHARS = 200;

/**
 * A picture's caption or credit line ending with its copyright holder (COPYRIGHT_CREDIT):
 * "Eine Fracking-Anlage ... © Noah Addis", "– © Sergey Nivens – stock.adobe.com",
 * "(© FEI/Christophe Taniere)", "© AFP / MARCO BERTORELLO", "Le piquet de grève dans le hall de
 * l’université / (C) Kab Niang". The sign is the tools' and every language's; trafilatura's
 * references leave such lines out (10 must-not snippets of its w3m news pages, stop 64). Unlike
 * CAPTION_CREDIT it does not make the block a picture: the main run is found as before (as
 * pictures, gallery captions let the run reach past the story's end into teasers: baumeister.de,
 * erzbistum-koeln.de), and only the blocks inside it are taken out.
 */
export function isCopyrightCaption(block: BodyBlock): boolean {
  return (
    block.chars <= COPYRIGHT_CAPTION_CHARS && COPYRIGHT_CREDIT.test(block.text.slice(-CAPTION_TAIL))
  );
}

/** A word starting with a capital (after an opening quote or bracket), counted by test(). */
const CAPITAL_START = /(?:^|\s)["“'(]?\p{Lu}/gu;

/**
 * CAPITAL_START's matches in the text, counted by a loop over its code units: a capital at the
 * text's start or after white space, or after a quote or bracket standing there (matches cannot
 * overlap: each ends at its capital, which is neither white space nor a quote). Text with a
 * surrogate pair goes to the pattern.
 */
function capitalStarts(text: string): number {
  let count = 0;
  if (holdsSurrogate(text)) {
    CAPITAL_START.lastIndex = 0;
    while (CAPITAL_START.test(text)) count++;
    return count;
  }
  for (let p = 0; p < text.length; p++) {
    if (!isUpper(text.charCodeAt(p))) continue;
    if (p === 0 || isSpace(text.charCodeAt(p - 1))) count++;
    else if (isOpening(text.charCodeAt(p - 1)) && (p === 1 || isSpace(text.charCodeAt(p - 2)))) {
      count++;
    }
  }
  return count;
}

/** ["“'(], CAPITAL_START's optional mark before the capital. */
function isOpening(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x27 || c === 0x28;
}

const UPPER = /^\p{Lu}$/u;
/** Whether each BMP code unit is an upper-case letter (\p{Lu}): 1, 0, or not known yet (-1). */
const uppers = new Int8Array(0x10000).fill(-1);

function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  let known = uppers[c] as number;
  if (known < 0) uppers[c] = known = UPPER.test(String.fromCharCode(c)) ? 1 : 0;
  return known === 1;
}

export function describe(
  lines: LineInfo[],
  text: string,
  words: string[],
  stops: StopWords | null,
): BodyBlock {
  const cjk = MAY_HOLD_CJK.test(text) ? (text.match(CJK_CHAR) ?? []).length : 0;
  let stop = 0;
  if (stops) {
    const { set, slots } = stops;
    for (const w of words) if (slots[stopSlot(w)] === 1 && set.has(w)) stop++;
  }
  const capitals = capitalStarts(text);
  const count = Math.max(words.length, 1);
  return {
    lines,
    text,
    // A Chinese or Japanese character says as much as a word: counted three times, as a Latin
    // letter with its share of a word and the space after it (pixnet's sentences are 30 to 40
    // characters, a fifth of an English one's, and were all taken for menu items).
    chars: text.length + CJK_WEIGHT * cjk,
    words: words.length + cjk,
    stopShare: stops ? stop / count : -1,
    bullet: lines[0]?.bullet ?? false,
    marker: lines.some((l) => l.marker),
    code: lines.every((l) => l.code),
    image: lines.every((l) => l.image) || isCaption(text),
    capShare: capitals / count,
    terminal: TERMINAL.test(text),
    cookieNotice: isCookieNotice(text),
    kind: 'bad',
  };
}

/**
 * A site's cookie notice, in its own voice ("We use cookies and similar technologies...", "This
 * website uses cookies", "Wir verwenden Cookies"): sentences, so classed good, but never the
 * article's, wherever it stands (medicalnewstoday prints its consent box twice in the story). An
 * article about cookies speaks of them otherwise ("cookies that don't persist").
 */
const COOKIE_NOTICE =
  /\b(?:we use|we and our partners use|(?:this|our) (?:site|website) uses|wir (?:verwenden|nutzen)|diese (?:website|webseite|seite) (?:verwendet|nutzt)|(?:nous )?utilis(?:ons|e) des|utilizamos|usamos|utilizziamo)(?: \S+){0,3} cookies\b/iu;

/**
 * COOKIE_NOTICE, asked only of text that holds the word: its alternatives, tried at every word
 * boundary, cost about 0.7 ms a page dump where the word test costs almost nothing.
 */
const isCookieNotice = (text: string) => COOKIES.test(text) && COOKIE_NOTICE.test(text);
const COOKIES = /cookies/iu;

/** A note's number: "1. ^ Jones, ...", "12) ...", "[3] ...", or MediaWiki's back-link "^ ...". */
export const NOTE_NUMBER = /^(?:\d{1,3}[.)]|\[\d{1,3}\]|\^)\s+\S/u;
