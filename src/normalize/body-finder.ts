// The article inside a full-page text dump (w3m, lynx or html2text output of a whole web page):
// menus, link lists, buttons, share bars, newsletter boxes, related-story lists, comments and
// footers above and below the story. In the spirit of jusText (Pomikálek 2011) and boilerpipe:
// the text is cut into blocks, each block is classed by its length and its share of stop words,
// the classes are smoothed by their neighbours, and the contiguous run of blocks with the most
// good text less bad text is the article. Everything outside that run, and the clear chrome
// inside it (buttons, image and form markers, bullet menus), is removed and recorded.
//
// It runs only on text that looks like a page dump (looksLikePageDump): clean article text, the
// archive's usual input, is left exactly as it is.

import { REMOVAL_WORDING, type ChromeLabel } from '../extract/labels.ts';
import type { Removal } from '../types.ts';
import { chromeLabel } from './chrome.ts';
import { isLicenceNotice } from './site-chrome.ts';
import {
  CJK_CHAR,
  holdsSurrogate,
  isLetterUnit as isLetter,
  isSpace,
  leadingSpaces,
  MAY_HOLD_CJK,
  sentences,
} from '../text.ts';
import { findDate, findDateSpan } from './dates.ts';
import { bylineOf } from './header.ts';
import { scriptLanguage, stopWordLanguage, stopWords } from './language.ts';
import { perObject } from './memo.ts';
import { widthOf, type Line } from './paragraphs.ts';

/** The one reason every line this module removes is recorded under. */
export const OUTSIDE_ARTICLE = REMOVAL_WORDING['outside-article'];

// ---------------------------------------------------------------------------------------------
// Stop words (the lists and the vote between them: src/normalize/language.ts)

/** Written without spaces between words: stop-word shares mean nothing, a language-free rule applies. */
const UNSPACED = new Set(['zh', 'ja', 'th']);

const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

/**
 * WORD's matches in the lower-cased text, found by a loop over its code units: the same words
 * (a run of letters, and more runs joined to it by an apostrophe), at a fraction of the pattern's
 * cost (the body finder's largest own cost: it reads every word of the page). Text with a
 * surrogate pair (letters outside the BMP) goes to the pattern.
 */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  if (holdsSurrogate(lower)) return lower.match(WORD) ?? [];
  // The words are gathered in one list kept for every call and copied out at their count: a list
  // grown from [] by push is given room for 17, then half as much again each time it is full,
  // and the body finder reads every block of a page (the pushes were 72 MB of a pass's 2.6 GB of
  // allocations over the 10-30 KB dumps, stop 42).
  const words = WORDS_SCRATCH;
  let count = 0;
  const length = lower.length;
  let i = 0;
  while (i < length) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < length && isLetter(lower.charCodeAt(i))) i++;
      const c = lower.charCodeAt(i);
      if ((c === 0x27 || c === 0x2019) && i + 1 < length && isLetter(lower.charCodeAt(i + 1))) {
        i += 2;
        continue;
      }
      break;
    }
    words[count++] = lower.slice(start, i);
  }
  // Not emptied (setting its length to 0 gives its room back): the next call writes over it.
  return words.slice(0, count);
}

/** wordsOf's list of words, written over by each call (see there). */
const WORDS_SCRATCH: string[] = [];

/** A page's stop-word list (pageStopWords) with its slots' table (stopSlotsOf), as describe reads it. */
interface StopWords {
  set: Set<string>;
  slots: Uint8Array;
}

/**
 * The slots a stop-word list's words fall in (stopSlot): 1 where a word of the list does. A word
 * whose slot holds 0 is none of the list's, and describe does not ask the list's Set, whose
 * lookup hashes the word's every letter first: half of the pages' words are turned away so (of
 * the 10-30 KB w3m dumps' 203,837 words, 93,079 against the English list, whose 1,298 words
 * fill 989 slots), each for two letters read and a table's byte. Made once a list.
 */
const stopSlotsOf = perObject((list: Set<string>): Uint8Array => {
  const slots = new Uint8Array(1 << STOP_SLOT_BITS);
  for (const w of list) slots[stopSlot(w)] = 1;
  return slots;
});

/** A word's slot: its length and its first and last code units, hashed to STOP_SLOT_BITS bits. */
function stopSlot(w: string): number {
  return (
    (Math.imul(w.length, 0x9e3779b1) ^
      Math.imul(w.charCodeAt(0), 0x85ebca6b) ^
      Math.imul(w.charCodeAt(w.length - 1), 0xc2b2ae35)) >>>
    (32 - STOP_SLOT_BITS)
  );
}
/** 8,192 slots: a list of a thousand words or two leaves most of them empty. */
const STOP_SLOT_BITS = 13;

/**
 * The stop words of the page's language, or null for a language-free rule (Chinese, Japanese,
 * Thai, or no list fits). scriptLanguage names the script languages; for Latin-script text the
 * list with the most hits among the page's longer blocks wins.
 */
function pageStopWords(sample: string, sampleWords: string[]): Set<string> | null {
  // Latin-script languages, English too, go to the vote below: detectLanguage's English test
  // (a page's head can be URLs and tracking code: the msn page came out unknown) would send its
  // answer, English or unknown, to the vote either way, and cost 1% of a dump's normalize time.
  const lang = scriptLanguage(sample);
  if (lang && UNSPACED.has(lang)) return null;
  if (lang) return stopWords(lang);
  const words = sampleWords;
  if (words.length < 20) return stopWords('en');
  const best = stopWordLanguage(words);
  return best ? stopWords(best) : null;
}

/** The language sample's length in characters, and the words of it the vote reads. */
const SAMPLE_CHARS = 8000;
const SAMPLE_WORDS = 1000;

/**
 * The chosen blocks' texts joined by spaces and cut at SAMPLE_CHARS, and its first SAMPLE_WORDS
 * words: those are the blocks' own words (wordsOf), already read for describe, up to the block
 * the cut falls in, read again cut. (A word never spans the joining space, and lower-casing
 * never looks across it: the final sigma's context stops at a space.)
 */
function languageSample(
  chosen: number[],
  texts: string[],
  blockWords: string[][],
): { text: string; words: string[] } {
  const text = sampleText(chosen, texts);
  const words: string[] = [];
  let room = SAMPLE_CHARS;
  const seen = new Set<string>();
  for (const [i, k] of chosen.entries()) {
    if (i > 0) room -= 1; // the joining space
    if (room <= 0 || words.length === SAMPLE_WORDS) break;
    const own = texts[k] as string;
    const block = withoutRepeatedSentences(own, seen);
    const cut = block.length > room;
    const whole = block === own ? (blockWords[k] as string[]) : wordsOf(block);
    for (const w of cut ? wordsOf(block.slice(0, room)) : whole) {
      if (words.length === SAMPLE_WORDS) break;
      words.push(w);
    }
    if (cut) break;
    room -= block.length;
  }
  return { text, words };
}

/**
 * The chosen blocks' texts joined by spaces, cut at SAMPLE_CHARS: only the blocks up to the cut
 * are joined (the whole body joined and cut was 0.7% of the dump normalize's allocations, stop
 * 48). `length` is the joined text's length so far.
 */
function sampleText(chosen: number[], texts: string[]): string {
  const parts: string[] = [];
  let length = -1;
  for (const k of chosen) {
    if (length >= SAMPLE_CHARS) break;
    const own = texts[k] ?? '';
    parts.push(own);
    length += own.length + 1;
  }
  return parts.join(' ').slice(0, SAMPLE_CHARS);
}

/**
 * A sentence of this many characters or more, printed again in the language sample, counts
 * once: gdp.de-Wertschätzung's honeypot link "This link is for the Robots and should not be
 * seen." printed twelve times, run on by lynx into the German story's last paragraph, outvoted
 * the story's German (English 0.30 of the sample's words against German 0.29), and the story's
 * first 12 lines, without an English stop word, were cut as bad.
 */
const REPEATED_SENTENCE_CHARS = 20;

/**
 * The block's text without the sentences (sentences, src/text.ts) the sample holds already,
 * those of REPEATED_SENTENCE_CHARS or more; each such sentence is added to `seen`. The text
 * itself when none repeats.
 */
function withoutRepeatedSentences(text: string, seen: Set<string>): string {
  const parts = sentences(text);
  let repeated = false;
  const kept = parts.filter((part) => {
    if (part.length < REPEATED_SENTENCE_CHARS) return true;
    if (!seen.has(part)) {
      seen.add(part);
      return true;
    }
    repeated = true;
    return false;
  });
  return repeated ? kept.join(' ') : text;
}

// ---------------------------------------------------------------------------------------------
// Lines and blocks

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

function isTeaserEnd(text: string): boolean {
  const tail = text.slice(-TEASER_TAIL);
  return MAY_BE_TEASER_END.test(tail) && TEASER_END.test(tail);
}
const TERMINAL = /[.!?…。！？]["”’»)\]]?$/u;
/**
 * Fitted on the 130 Readability pages (mean F1 w3m/lynx/html2text): 1 (characters as they are)
 * 0.841/0.811/0.865, 3 0.840/0.810/0.868, 2 0.840/0.810/0.872 (html2text's pixnet 0 -> 0.85,
 * qq 0.70 -> 0.77; w3m's qq and youth lose a little).
 */
const CJK_WEIGHT = 2;

interface LineInfo {
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
type Kind = 'good' | 'near-good' | 'short' | 'bad' | 'neutral';

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

function lineInfo(line: Line): LineInfo {
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
function markWrappedImages(infos: LineInfo[]): void {
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
function splitBlocks(infos: LineInfo[]): LineInfo[][] {
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

function describe(
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

// ---------------------------------------------------------------------------------------------
// Classification (jusText's, with thresholds fitted on the development pages)

/**
 * Block lengths in characters: below LENGTH_LOW a block is short (its neighbours decide), from
 * LENGTH_HIGH it can be good. jusText's are 70 and 200 for HTML paragraphs; dumps' paragraphs are
 * shorter (CNN's run 100-190 characters). Fitted on the 130 Readability pages, three tools, with
 * the trafilatura pages' snippets as a check (mean body F1 of the three tools: 200 gave 0.824,
 * 120 0.823, 100 0.827; LENGTH_LOW 50 instead of 70: 0.827, no gain).
 */
const LENGTH_LOW = 70;
const LENGTH_HIGH = 100;
/**
 * Stop-word shares for near-good and good (stopwords-iso lists, larger than jusText's, so higher
 * than its 0.30 / 0.32). On the Readability blocks of 100-150 characters, 82% of the article's
 * blocks and 72% of the others have a share of 0.3 or more; 68% and 58% have 0.4 or more: length
 * does most of the work. Same fit as above: 0.30 / 0.34 gave 0.825, 0.30 / 0.40 0.827.
 */
const STOP_LOW = 0.3;
const STOP_HIGH = 0.4;

function classify(block: BodyBlock, stopLow: number, stopHigh: number): Kind {
  // Neutral rather than bad (as dump markers were before): mean F1 0.840/0.818/0.879 ->
  // 0.843/0.819/0.879 (w3m/lynx/html2text; medium-1, wapo-2, wikia, pixnet keep text after a
  // picture, liberation-1 loses).
  if (block.image) return 'neutral';
  // The tail only: the pattern tried at every position of a long paragraph was the finder's
  // largest cost.
  if (block.marker || isTeaserEnd(block.text)) return 'bad';
  // Listings neutral: 0.839/0.810/0.861 -> 0.841/0.810/0.865 (001, toc-missing keep their text
  // after a listing), no page worse.
  if (block.code) return 'neutral';
  if (block.stopShare < 0) {
    // No stop-word list (Chinese, Japanese, Thai, unknown): length and sentence ends decide.
    if (block.chars < 25) return block.terminal ? 'short' : 'bad';
    if (block.chars >= 80) return block.terminal ? 'good' : 'near-good';
    return block.terminal ? 'near-good' : 'short';
  }
  if (block.chars < LENGTH_LOW) {
    // A short list item or menu entry without a stop word is a menu, not a sentence.
    if (block.stopShare === 0 && block.words > 0 && !block.terminal) return 'bad';
    // Other short list items are left to their neighbours: calling every list item without a
    // sentence end bad took share bars out (snippet mean +0.003) but also the article's own lists
    // (BBC's "Obama also said:" points, a changelog on tumblr), at an unchanged mean F1 (0.830).
    return 'short';
  }
  if (block.stopShare >= stopHigh) return block.chars >= LENGTH_HIGH ? 'good' : 'near-good';
  if (block.stopShare >= stopLow) return 'near-good';
  return 'bad';
}

/**
 * The stop-word lists cover their languages unevenly (stopwords-iso's English list has 1,298
 * words, its Czech one 423): the page's own sentences set the scale. The median share of its
 * long sentence-like blocks stands for running text; the thresholds are fractions of it, capped
 * at STOP_LOW and STOP_HIGH (English running text is at 0.5-0.6, so English pages keep them).
 *
 * Fractions of the page's median share, and the blocks that set it (sentence-like, 150 characters
 * or more). Fitted as above, with the trafilatura pages' snippets (first 100 of each tool) as the
 * second measure: 0.6 / 0.8 and 0.7 / 0.9 both raised the mean F1 from 0.829 to 0.830 and the
 * snippet mean by 0.02 (Czech and German pages kept their article), 0.5 / 0.7 lowered both.
 */
const STOP_SCALE_LOW = 0.7;
const STOP_SCALE_HIGH = 0.9;
const STOP_SCALE_BLOCK = 150;

function stopThresholds(blocks: BodyBlock[]): [number, number] {
  const shares = blocks
    .filter((b) => !b.marker && b.chars >= STOP_SCALE_BLOCK && b.terminal && b.stopShare >= 0)
    .map((b) => b.stopShare)
    .sort((a, b) => a - b);
  const median = shares[Math.floor(shares.length / 2)];
  if (median === undefined || shares.length < 3) return [STOP_LOW, STOP_HIGH];
  return [
    Math.min(STOP_LOW, median * STOP_SCALE_LOW),
    Math.min(STOP_HIGH, median * STOP_SCALE_HIGH),
  ];
}

/** How far back a repeated block is looked for, in blocks. */
const REPEAT_REACH = 2;
/** Characters from which a repeat counts: below, "Share" or "Photo" recur by chance. */
const REPEAT_CHARS = 30;

/**
 * A teaser card prints its headline twice, as the picture's link and as the title (the
 * "Recommended for You" cards of yahoo-3, salon-1's and webmd-2's lists): a block that starts
 * with the text of one of the blocks just above it is another story's teaser, and so is that
 * block. An article does not repeat its sentences back to back. Readability pages, body F1
 * w3m/lynx/html2text 0.876/0.859/0.895 -> 0.879/0.859/0.897; list marks left out of the
 * comparison, lynx 0.862 (yahoo-3).
 */
/** BULLET's mark alone. */
const LIST_MARK = /^(?:[•*□■▪◦●○·‣►▸»+o–-]|\d{1,3}[.)])\s+/u;
const CREDIT_AFTER = /^\s*\([^()]*\)/;

/**
 * A block holding a nearby block's whole text with at most REPEAT_EXTRA characters more is the
 * same teaser printed twice in another form: wikia's cards print "[picture] Author • date
 * 'Title' Section" over "‘Title’" (quotes and dashes folded). Two blocks sharing an ending of
 * REPEAT_CHARS or more that is at least REPEAT_ENDING of the longer one are too: webmd-2's video
 * list, "click to expand section Dirty Truth About Hand Washing" over "Click here to watch video:
 * Dirty Truth About Hand Washing". Readability pages, body F1 w3m/lynx/html2text 0.8875/0.8808/
 * 0.9067 -> 0.8894/0.8837/0.9072: wikia (lynx 0.69 -> 0.92), webmd-2 (w3m and lynx 0.69 -> 0.95),
 * youth, lynx's buzzfeed-1; w3m's buzzfeed-1 lost a little (0.73 -> 0.72). trafilatura snippets,
 * without-absent +0.004 (w3m, lynx), with-found w3m +0.001, lynx -0.001, html2text -0.001. Any
 * shared ending of 30 (the share left out) cut Wikipedia's references (wikipedia-2 0.85 -> 0.65);
 * 25 and 0.4 lost it in html2text.
 */
const REPEAT_EXTRA = 80;
const REPEAT_ENDING = 0.5;

/** A character foldQuotes replaces: most blocks have none, and one test is cheaper than three replaces. */
const FOLDED = /[‘’`“”–—]/;

function foldQuotes(text: string): string {
  if (!FOLDED.test(text)) return text.toLowerCase();
  return text.replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').toLowerCase();
}

function commonEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** One folded text holds the other with little more, or the two share most of an ending. */
function sameTeaser(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length <= short.length + REPEAT_EXTRA && long.includes(short)) return true;
  const ending = commonEnding(a, b);
  return ending >= REPEAT_CHARS && ending >= REPEAT_ENDING * long.length;
}

/**
 * A block that is one text printed twice over, "Citi mortgage units fined $28.8 million Citi
 * mortgage units fined $28.8 million": lynx prints a teaser's picture by its alt text, the
 * headline, before the headline's link (cnn's "What's Trending" box, lynx body F1 0.79 -> 0.86;
 * trafilatura without-absent lynx 0.761 -> 0.764, with-found unchanged).
 */
function printedTwice(text: string): boolean {
  if (text.length % 2 === 0) return false;
  const half = (text.length - 1) / 2;
  return text[half] === ' ' && text.slice(0, half) === text.slice(half + 1);
}

function markRepeatedTeasers(blocks: BodyBlock[]): void {
  // The list mark goes: yahoo-3's lynx dump prints the title as a list item, then as a line.
  // Only blocks of REPEAT_CHARS or more are compared: the texts of the others are never read.
  const texts = blocks.map((b) => (b.chars < REPEAT_CHARS ? '' : b.text.replace(LIST_MARK, '')));
  const folded = texts.map(foldQuotes);
  blocks.forEach((block, i) => {
    if (block.chars < REPEAT_CHARS || block.code) return;
    const text = texts[i] as string;
    if (!block.image && printedTwice(folded[i] as string)) block.kind = 'bad';
    for (let j = Math.max(0, i - REPEAT_REACH); j < i; j++) {
      const earlier = blocks[j] as BodyBlock;
      const earlierText = texts[j] as string;
      if (earlier.chars < REPEAT_CHARS) continue;
      if (!text.startsWith(earlierText)) {
        // A picture's caption printed twice ("Main image: ..." under the story: guardian-1) is
        // the article's picture, which the picture rule takes care of.
        if (block.image || earlier.image) continue;
        if (!sameTeaser(folded[i] as string, folded[j] as string)) continue;
        earlier.kind = 'bad';
        block.kind = 'bad';
        continue;
      }
      // A picture's caption printed again with its credit, "Orchid in foam oasis (Lucy Akins)"
      // (ehow-1's steps), is the article's.
      if (CREDIT_AFTER.test(text.slice(earlierText.length))) continue;
      earlier.kind = 'bad';
      block.kind = 'bad';
    }
  });
}

/** Words from which a block can be a picture's text printed again in other words. */
const REWORDED_WORDS = 12;
/** Share of the longer block's distinct words the shorter one holds (see markRewordedCaptions). */
const REWORDED_SHARE = 0.7;

/**
 * A picture's alt text over its caption: w3m and lynx print an image's alt text as a paragraph,
 * then its caption, the same words told again ("... in his back yard where he is storing a pair
 * of massive Sperm Whale jawbones." over "• ... in his backyard, where he is storing a pair of
 * massive sperm whale jawbones.", guardian-1); html2text prints the picture as a link. A block
 * most of whose distinct words (REWORDED_SHARE of the longer block's) recur in one of the next
 * REPEAT_REACH blocks is the picture's alt text: a picture, which the caption stands for. An
 * article does not tell one sentence twice in a row; a teaser's title printed twice is the same
 * text, which markRepeatedTeasers takes first.
 */
function markRewordedCaptions(blocks: BodyBlock[], words: string[][]): void {
  // Sets are made only for the blocks compared: most blocks are too short, bad, or of another
  // length than their neighbours.
  const sets = new Map<number, Set<string>>();
  blocks.forEach((block, i) => {
    // A list's items are told alike ("“request”: guard for a Headers object obtained from a
    // Request" over the same for "response", 002): an alt text is no list item.
    if (block.bullet || block.kind === 'bad' || block.code || block.image) return;
    if (!comparable(block, words[i] as string[])) return;
    const length = (words[i] as string[]).length;
    for (let j = i + 1; j <= Math.min(blocks.length - 1, i + REPEAT_REACH); j++) {
      const next = blocks[j] as BodyBlock;
      if (next.kind === 'bad' || next.code || !comparable(next, words[j] as string[])) continue;
      // Texts of which one has under half the other's words cannot share REWORDED_SHARE of the
      // longer one's distinct words (a quick test before the sets are made).
      const other = (words[j] as string[]).length;
      if (2 * Math.min(length, other) < Math.max(length, other)) continue;
      const [a, b] = [wordSetOf(sets, words, i), wordSetOf(sets, words, j)];
      const need = REWORDED_SHARE * Math.max(a.size, b.size);
      if (Math.min(a.size, b.size) < need) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      if (shared < need) continue;
      block.image = true;
      block.kind = 'neutral';
      return;
    }
  });
}

/**
 * A block markRewordedCaptions compares: REWORDED_WORDS words or more, and no numbered note (a
 * reference list cites one source after another alike). Its helpers are module functions, not
 * closures: the build's transform names every closure bound to a name with a call as it is made
 * (stop 53).
 */
function comparable(block: BodyBlock, words: string[]): boolean {
  return words.length >= REWORDED_WORDS && !NOTE_NUMBER.test(block.text);
}

/** Block k's distinct words, made at the first ask and kept in `sets`. */
function wordSetOf(sets: Map<number, Set<string>>, words: string[][], k: number): Set<string> {
  let set = sets.get(k);
  if (!set) sets.set(k, (set = new Set(words[k])));
  return set;
}

/**
 * Consecutive short list items (under LENGTH_LOW characters, no sentence end) from which the list
 * is a menu: bad, not left to its neighbours. jusText's revision makes a short block between good
 * ones good, and a site menu of topics with stop words in their names ("o Blood / Hematology",
 * "o Men's Health") under a cookie notice then joined the notice to the story (medicalnewstoday,
 * lynx F1 0.77 -> 0.83). Runs of 6, 8, 12 or 16 items gave the same figures on the Readability
 * pages; an article's own short lists (dropbox-blog's seven components) stay under 8.
 */
const MENU_ITEMS = 8;

function isShortItem(block: BodyBlock): boolean {
  return block.bullet && block.chars < LENGTH_LOW && !block.terminal;
}

/** Marks every run of MENU_ITEMS or more short list items bad. */
function markMenuLists(blocks: BodyBlock[]): void {
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    const block = blocks[i];
    if (block && isShortItem(block)) continue;
    if (i - start >= MENU_ITEMS) {
      for (let k = start; k < i; k++) (blocks[k] as BodyBlock).kind = 'bad';
    }
    start = i + 1;
  }
}

/**
 * A list the text introduces ("The overall rankings of the countries were as follows:" over "1.
 * Finland" ... "10. United States", cnn) is the article's, however short its items and however
 * many: the line ending in a colon and at least INTRODUCED_ITEMS list items under it are left to
 * their neighbours (short) instead of being bad as menus. Readability pages, body F1 w3m/lynx/
 * html2text 0.8894/0.8842/0.9072 -> 0.8898/0.8846/0.9073 (cnn 0.86 -> 0.90 in w3m and lynx,
 * dropbox-blog, ietf-1); trafilatura with-found +0.003 (w3m, lynx), +0.0015 (html2text),
 * without-absent -0.0015, -0.0023, -0.0012 ("Tags:" and "Share:" lists kept in a few stories).
 */
const INTRODUCED_ITEMS = 2;

function leaveIntroducedLists(blocks: BodyBlock[]): void {
  blocks.forEach((block, i) => {
    if (block.marker || block.bullet || !block.text.endsWith(':')) return;
    let k = i + 1;
    while (
      k < blocks.length &&
      (blocks[k] as BodyBlock).bullet &&
      !(blocks[k] as BodyBlock).marker
    ) {
      k++;
    }
    if (k - i - 1 < INTRODUCED_ITEMS) return;
    for (let j = i; j < k; j++) {
      const b = blocks[j] as BodyBlock;
      if (b.kind === 'bad') b.kind = 'short';
    }
  });
}

/**
 * A news feed: headlines each over or ending in its date and time ("Air France-KLM : Paris et La
 * Haye calment le jeu" over "1 mars 2019 à 13:16", videos-2's "latest news" column). At least
 * FEED_ITEMS blocks in a row that end in a date (at most FEED_TIME characters of time after it,
 * no sentence end), with the headlines standing over a date of their own, are bad: their titles
 * hold stop words enough to read as a story. Readability pages, body F1: lynx videos-2 0.88 ->
 * 0.99, nytimes-2 in lynx and html2text 0.97 -> 0.98, no page lost (w3m unchanged); trafilatura
 * snippets one must-not more absent (lynx). A reference list's "Retrieved 6 March 2017." ends a
 * sentence and is no feed (wikipedia-2 lost half its text before the sentence-end test).
 */
const FEED_ITEMS = 4;
const FEED_TIME = 16;
/** Characters at a block's end where its date is looked for. */
const FEED_TAIL = 40;

function endsDated(block: BodyBlock): boolean {
  if (block.marker || block.terminal || block.chars > 200) return false;
  const tail = block.text.slice(-FEED_TAIL);
  const found = findDateSpan(tail);
  if (!found) return false;
  return tail.length - (tail.lastIndexOf(found.span) + found.span.length) <= FEED_TIME;
}

/** Marks every run of FEED_ITEMS or more dated headlines bad (see FEED_ITEMS). */
function markDatedFeeds(blocks: BodyBlock[]): void {
  const dated = blocks.map(endsDated);
  const dateOnly = blocks.map((b, i) => dated[i] === true && b.chars < FEED_TAIL);
  const inFeed = blocks.map(
    (b, i) => dated[i] === true || (!b.terminal && b.chars < 150 && dateOnly[i + 1] === true),
  );
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && inFeed[i]) continue;
    let items = 0;
    for (let k = start; k < i; k++) if (dated[k]) items++;
    if (items >= FEED_ITEMS) for (let k = start; k < i; k++) (blocks[k] as BodyBlock).kind = 'bad';
    start = i + 1;
  }
}

/** jusText's context revision: short and near-good blocks take their class from their neighbours. */
function revise(blocks: BodyBlock[]) {
  const kinds = blocks.map((b) => b.kind);
  const prev = neighbours(kinds, notGoodOrBad, 1);
  const next = neighbours(kinds, notGoodOrBad, -1);
  const prevAny = neighbours(kinds, isShortKind, 1);
  const nextAny = neighbours(kinds, isShortKind, -1);
  const revised = kinds.map((kind, i): Kind => {
    if (kind !== 'short') return kind;
    if (prev[i] === 'good' && next[i] === 'good') return 'good';
    if (prev[i] === 'bad' && next[i] === 'bad') return 'bad';
    if (
      (prev[i] === 'bad' && prevAny[i] === 'near-good') ||
      (next[i] === 'bad' && nextAny[i] === 'near-good')
    )
      return 'good';
    return 'bad';
  });
  const prevRevised = neighbours(revised, isNearGoodKind, 1);
  const nextRevised = neighbours(revised, isNearGoodKind, -1);
  revised.forEach((kind, i) => {
    const bad = prevRevised[i] === 'bad' && nextRevised[i] === 'bad';
    (blocks[i] as BodyBlock).kind = kind === 'near-good' ? (bad ? 'bad' : 'good') : kind;
  });
}

/**
 * Each block's nearest neighbour's class on one side (`step`), those `skip` passes over skipped:
 * one sweep (scanning from every block instead took quadratic time on a long run of short
 * blocks). revise's helpers are module functions, not closures: the build's transform names
 * every closure bound to a name with a call as it is made (stop 53).
 */
function neighbours(kinds: Kind[], skip: (kind: Kind) => boolean, step: 1 | -1): Kind[] {
  const out: Kind[] = new Array<Kind>(kinds.length);
  let last: Kind = 'bad'; // the document's edges count as bad
  for (let k = 0; k < kinds.length; k++) {
    const i = step === 1 ? k : kinds.length - 1 - k;
    out[i] = last;
    const kind = kinds[i] as Kind;
    if (!skip(kind)) last = kind;
  }
  return out;
}

function notGoodOrBad(k: Kind): boolean {
  return k === 'short' || k === 'near-good' || k === 'neutral';
}

function isShortKind(k: Kind): boolean {
  return k === 'short' || k === 'neutral';
}

function isNearGoodKind(k: Kind): boolean {
  return k === 'near-good' || k === 'neutral';
}

/** The span of blocks with the greatest sum of good length less bad length (Kadane). */
function mainRun(blocks: BodyBlock[]): [number, number] | null {
  let best = 0;
  let bestRun: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  blocks.forEach((block, i) => {
    // After the revision every block is good or bad. Weighing bad blocks less (0.5, 0.7) or
    // charging each bad block a fixed 20 or 50 characters more moved the fitted F1 by under 0.01.
    const weight = runWeight(block);
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weight;
    if (sum > best) [best, bestRun] = [sum, [start, i]];
  });
  return bestRun;
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

/** A block's weight in the main run: its good length, less its bad length. */
function runWeight(block: BodyBlock): number {
  return block.kind === 'good' ? block.chars : block.kind === 'neutral' ? 0 : -block.chars;
}

/** Bad characters between the run's head and a byline that make a toolbar (see bylineStart). */
const TOOLBAR_CHARS = 200;
/** Good blocks of a head that is a box of its own, not a standfirst (see bylineStart). */
const HEAD_BLOCKS = 3;

/**
 * Where the article starts in a run from `first` to `last`: at its first byline ("By Kelli Miller")
 * standing under a toolbar (TOOLBAR_CHARS or more of bad text since the last good block), when
 * the good text before the toolbar is a box of HEAD_BLOCKS paragraphs or more and less than the
 * good text from the byline on. webmd-2's community box ("WebMD Health Experts and Community",
 * "Talk to health experts ...") over its account menu, font-size and sharing buttons had started
 * the run above the story's headline. A standfirst over a sharing bar is one paragraph; the
 * headline over the byline is kept as the run's header area.
 */
function bylineStart(blocks: BodyBlock[], first: number, last: number): number {
  let good = 0;
  let goodBlocks = 0;
  let gap = 0;
  for (let b = first; b <= last; b++) {
    const block = blocks[b] as BodyBlock;
    if (block.kind === 'good') {
      good += block.chars;
      goodBlocks++;
      gap = 0;
      continue;
    }
    gap += block.chars;
    if (block.lines.length > 1 || bylineOf(block.text) === null) continue;
    // Only the run's first byline: later ones credit a chart or sign a box ("By The New York
    // Times | Source: Congressional Budget Office", nytimes-4).
    if (gap < TOOLBAR_CHARS || goodBlocks < HEAD_BLOCKS) return first;
    let after = 0;
    for (let k = b + 1; k <= last; k++) {
      const next = blocks[k] as BodyBlock;
      if (next.kind === 'good') after += next.chars;
    }
    return after > good ? b : first;
  }
  return first;
}

/**
 * Where a run cut short at `last` should end: at its greatest sum from `first`. The main run
 * reached past the end of the article for the good text of the section that ended it (a related
 * story's teaser, a comment), and the sharing bar and link list it crossed to get there are no
 * longer paid for (buzzfeed-1's "Tweet", "Facebook Conversations", "Next On BuzzFeed News").
 */
function heaviestEnd(blocks: BodyBlock[], first: number, last: number): number {
  let sum = 0;
  let best = -Infinity;
  let end = last;
  for (let b = first; b <= last; b++) {
    sum += runWeight(blocks[b] as BodyBlock);
    if (sum > best) [best, end] = [sum, b];
  }
  return end;
}

// ---------------------------------------------------------------------------------------------
// Which texts are page dumps

/** The list marks w3m ("•", "□", "◦", "1."), lynx ("*", "+", "o") and html2text ("*") print. */
const DUMP_BULLET = /^(?:[•*□■▪◦●○·+o]|\d{1,3}[.)])\s+\S/u;

/**
 * A page dump is marked by its tool: list marks before menu entries and markers for buttons,
 * form fields, images and frames, many of them, on lines that are mostly fragments (no sentence).
 *
 * Thresholds measured on 2026-12-02 over the files of at least 25 non-blank lines: the 3,044
 * Readability and trafilatura development dumps (../shared/corpora/web-pages, all three tools)
 * and 899 clean texts (seeds/, test/corpora, test/fixtures, ../shared/corpora/bbc and the
 * bench/quality corpora of seeds 1, 2, 3 and 5, 1,500 files each). Clean texts have at most 9
 * such marked lines (generated templates' "•" lists of related stories; "- " lists are not
 * counted) and a marked share of at most 0.20; dumps have a median of 72 and 0.39. At 12 marked
 * lines and a share of 0.05, 2,880 of the 3,044 dumps and none of the clean texts are taken.
 * Fragments (lines under 40 characters without a sentence end) are at least 0.27 of the lines in
 * 95% of dumps and 0.08 in the median clean text; requiring 0.2 of them as well keeps a
 * list-heavy clean article (a "•" list of a dozen sentences) out, and still takes 2,843 dumps.
 * Of the clean texts only the raw Reuters SGML files (test/corpora/reuters21578/*.sgm, never a
 * build's input) pass: their markup lines count as HTML.
 */
/**
 * Marked lines enough to call a text a dump however few of its lines are fragments: four times
 * the clean texts' most (9). A long story (archive-of-our-own's chapter, google-sre-book-1's,
 * royal-road's, 1,000 lines) dilutes the menus' fragments below 0.2 of the lines, yet keeps 60
 * to 80 marked ones. Checked on 2026-12-03: of seeds/, test/corpora/bbc, test/fixtures and
 * ../shared/corpora/bbc (2,929 files) none is taken.
 */
const MANY_MARKED = 40;

function looksLikePageDump(infos: LineInfo[]): boolean {
  const open = infos.filter((l) => l.text);
  if (open.length < 25) return false;
  const marked = open.filter((l) => l.marker || DUMP_BULLET.test(l.text)).length;
  const fragments = open.filter((l) => l.text.length < 40 && !TERMINAL.test(l.text)).length;
  const fragmented = fragments / open.length >= 0.2 || marked >= MANY_MARKED;
  return marked >= 12 && marked / open.length >= 0.05 && fragmented;
}

// ---------------------------------------------------------------------------------------------
// The header area above the story

/** Lines kept above the first article block: headline, standfirst, byline, date. */
const HEADER_LINES = 6;
/** How far above the article the header area is looked for, in non-blank lines. */
const HEADER_REACH = 12;

/** Header area: short non-list lines (and list lines holding a date) just above the run. */
function headerArea(blocks: BodyBlock[], first: number): Set<number> {
  const keep = new Set<number>();
  let seen = 0;
  for (let b = first - 1; b >= 0 && seen < HEADER_REACH && keep.size < HEADER_LINES; b--) {
    const block = blocks[b] as BodyBlock;
    for (const info of [...block.lines].reverse()) {
      seen++;
      if (info.marker || block.cookieNotice) continue;
      const dated = info.bullet && findDate(info.text, true) !== null;
      if ((!info.bullet || dated) && info.text.length <= 200) keep.add(info.line.n);
      if (seen >= HEADER_REACH || keep.size >= HEADER_LINES) break;
    }
  }
  return keep;
}

/** The line just above a byline the article starts at (bylineStart), when it reads as a headline. */
function headlineAbove(blocks: BodyBlock[], first: number): Set<number> {
  const above = blocks[first - 1];
  const line = above?.lines.length === 1 ? above.lines[0] : undefined;
  const headline = line && !line.marker && !line.bullet && line.text.length <= 200;
  return new Set(headline ? [line.line.n] : []);
}

export interface BodyFinding {
  /** Line numbers (1-based) outside the article or chrome inside it. */
  remove: Set<number>;
  blocks: BodyBlock[];
  run: [number, number] | null;
}

/**
 * A block's lines' texts joined by spaces; a block of one line is its line's text, without the
 * list of texts and the joined copy (most blocks are one line).
 */
function blockText(group: LineInfo[]): string {
  return group.length === 1 ? (group[0] as LineInfo).text : group.map((l) => l.text).join(' ');
}

/** Classifies a page dump's blocks and finds the article; null when the text is no dump. */
export function findBody(lines: Line[]): BodyFinding | null {
  const infos = lines.map(lineInfo);
  if (!looksLikePageDump(infos)) return null;
  markWrappedImages(infos);
  const blocks = classifiedBlocks(splitBlocks(infos));
  const run = mainRun(blocks);
  const remove = run ? outsideArticle(blocks, run) : new Set<number>();
  return { remove, blocks, run };
}

/** The blocks of a dump's line groups, described and classified. */
function classifiedBlocks(groups: LineInfo[][]): BodyBlock[] {
  const texts = groups.map(blockText);
  const words = texts.map(wordsOf);
  // The language is read from sentence-like blocks, not from the menus and tracking code above.
  const sentences: number[] = [];
  groups.forEach((g, k) => {
    const text = texts[k] as string;
    if (!g.some((l) => l.marker) && text.length >= LENGTH_LOW && TERMINAL.test(text)) {
      sentences.push(k);
    }
  });
  const sample = languageSample(sentences, texts, words);
  const list = pageStopWords(sample.text, sample.words);
  const stops = list && { set: list, slots: stopSlotsOf(list) };
  const blocks = groups.map((g, k) => describe(g, texts[k] as string, words[k] as string[], stops));
  const [stopLow, stopHigh] = stopThresholds(blocks);
  for (const block of blocks) block.kind = classify(block, stopLow, stopHigh);
  markRepeatedTeasers(blocks);
  markRewordedCaptions(blocks, words);
  markMenuLists(blocks);
  leaveIntroducedLists(blocks);
  markDatedFeeds(blocks);
  for (const block of blocks) if (block.cookieNotice) block.kind = 'bad';
  revise(blocks);
  return blocks;
}

/**
 * Line numbers outside the article the main `run` starts, or chrome inside it (BodyFinding's
 * remove).
 */
function outsideArticle(blocks: BodyBlock[], run: [number, number]): Set<number> {
  const remove = new Set<number>();
  const [head, cut] = shortestEnd(blocks, run);
  const first = bylineStart(blocks, head, cut);
  const last = beforeFooter(blocks, first, cut < run[1] ? heaviestEnd(blocks, first, cut) : cut);
  // Under a toolbar, only the headline over the byline is the article's header.
  const keep = first === head ? headerArea(blocks, first) : headlineAbove(blocks, first);
  const notes = notesLists(blocks, first, last);
  blocks.forEach((block, b) => {
    if (notes.has(b)) {
      if (block.marker || block.image) for (const info of block.lines) remove.add(info.line.n);
      return;
    }
    const inside = b >= first && b <= last;
    const chrome =
      block.image ||
      block.cookieNotice ||
      (block.kind === 'bad' &&
        (block.marker || (block.bullet && block.chars < LENGTH_LOW) || isMenuRun(block)));
    if (inside && !chrome) return;
    for (const info of block.lines) if (!keep.has(info.line.n)) remove.add(info.line.n);
  });
  return remove;
}

/**
 * Headings of a comment section, the whole line: "Comments", "13 Comments", "There are 13
 * comments", "Leave a reply", "Kommentare (4)", "View comments (27)", "Comparte tu opinión"
 * (CNET en Español: cnet-svg-classes) and "Comment *" (a comment form's label: aclu).
 * A comment section is not printed inside an article, unlike the boxes below. "Comment" alone is
 * not one: it heads a table's column (dropbox-blog's task states, one cell a line in lynx, lost
 * the article's second half under it: lynx F1 0.75 -> 0.97).
 */
const COMMENTS_HEADING =
  /^(?!comment\s*$)(?:\d+\s*)?(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?|commenti|komentarze|responses|replies|leave a (?:reply|comment)|(?:add|post|write) a comment|kommentar (?:verfassen|schreiben)|schreibe? einen kommentar|vos réactions|laisser un commentaire|deja (?:un|tu) comentario|comparte tu opinión|there (?:are|is) \d+ comments?|(?:view|show|read|see) (?:all )?comments|\d+ (?:comments?|responses|replies|kommentare?|commentaires?))(?:\s*\(\d+\))?\s*[:.*]?$/iu;
/**
 * Headings of related-story lists and newsletter boxes, the whole line, in English and the
 * corpora's other languages (liberation-1 "Sur le même sujet", "Recevoir la newsletter"; heise
 * "Mehr zum Thema", "Meistgelesen"). News sites print such boxes inside the article too
 * (seattletimes-1 "Most Read Business Stories", citylab-1 "Recommended", breitbart "SIGN UP FOR
 * OUR NEWSLETTER", all at a third of the article): they end it only late in the run.
 * Polish, German and Spanish related-story headings ("Zobacz także", "Neueste Artikel", "Lesen
 * Sie auch", "Das könnte Dich auch interessieren", "Verwandte Themen", "Otras Noticias") were
 * must-not snippets trafilatura's pages kept (w3m's "without" 0.780 -> 0.788). "About the
 * author" is not one: iab-1's author box is its article's (Readability keeps it).
 */
const BOX_HEADING =
  /^(?:related(?: coverage| posts?| content| articles?| stories| news| links)?|more (?:stories|articles)|more on this (?:story|topic)|read (?:more|next)|you (?:might|may) (?:also )?like|recommended(?: for you)?|most (?:read|popular|viewed|shared|commented)(?: [\p{L} ]{1,30})?|trending(?: now)?|top stories|editor'?s picks|up next|newsletter|sign up for (?:our|the) newsletter|sur le même sujet|à lire aussi|lire aussi|recevoir la newsletter|mehr zum thema|das könnte sie auch interessieren|ähnliche (?:beiträge|artikel)|weitere (?:beiträge|artikel)|meistgelesen|meistkommentiert|leia também|veja também|mais lidas|te puede interesar|más noticias|lo más leído|leggi anche|související články|zobacz (?:też|także|również)|czytaj (?:też|także|również)|neueste (?:artikel|beiträge)|meist gelesen|lesen sie auch|lies auch|das könnte dich auch interessieren|verwandte themen|weitere themen|notas relacionadas|temas relacionados|otras noticias)\s*[:»>]?$/iu;
/**
 * A blog's comment section headed by its count and the post's title in quotation marks, the
 * whole line (WordPress): "6 Kommentare zu “3 Jahre legalisierte Genitalverstümmelung”"
 * (zulang.wordpress), "11 Antworten zu “Sunday Thoughts: ...”" (frolleinherr), "12 thoughts on
 * “...”", "One response to “...”". The title makes the line longer than a heading's 60
 * characters.
 */
const COMMENTS_ON =
  /^(?:\d+|one|ein(?:e|en)?|un[ae]?|uno)\s+(?:comments?|thoughts?|responses?|repl(?:y|ies)|kommentare?|antworten|gedanken|commentaires?|réponses?|comentarios?|respuestas?)\s+(?:on|to|zu|für|sur|à|en|a)\s+["“„«‘'].+["”“»’']\s*$/iu;
const COMMENTS_ON_CHARS = 200;
/**
 * A comment form's heading run on with its "cancel reply" link, the whole line: "Schreibe einen
 * Kommentar Antworten abbrechen" (gitarrebass), "Kommentar verfassen Antwort abbrechen" (gnaur),
 * "Leave a Reply Cancel reply".
 */
const REPLY_FORM =
  /^(?:leave a (?:reply|comment)|schreibe? einen kommentar|kommentar (?:verfassen|schreiben)|hinterlasse einen kommentar|laisser un commentaire|deja (?:un|tu) comentario)\s+(?:cancel reply|antwort(?:en)? abbrechen|annuler la réponse|cancelar respuesta)$/iu;
/**
 * More headings of related-story boxes, the whole line, from the must-not snippets trafilatura's
 * pages kept under the story (stop 46): "Související" (aktualne), "Auch interessant",
 * "Weiterlesen:" (with its colon: a teaser's bare "Weiterlesen" is a link), "Mehr Themen:",
 * "Artículos relacionados", "Empfehlungen aus der Redaktion", "Beliebte Beiträge zum Thema:",
 * "Weitere Beiträge aus der Kolumne:", "Mehr zum Thema auf Oekolandbau.de:", "Mehr Kolumnen auf
 * MeinMMO:", "Top Themen der Redaktion", "Das könnte Dich auch noch interessieren", "Die
 * meistgelesenen Artikel bei SWR.de/Sport".
 */
const RELATED_HEADING =
  /^(?:související|auch interessant|weiterlesen:|mehr themen|artículos relacionados|noticias relacionadas|empfehlungen aus der redaktion|beliebte beiträge(?: zum thema)?|weitere (?:beiträge|artikel) (?:zum thema|aus der \p{L}+)|mehr (?:zum thema|kolumnen|artikel) (?:auf|bei) \S+|top[- ]themen der redaktion|das könnte (?:dich|sie) auch noch interessieren|die meistgelesenen artikel(?: (?:bei|auf) \S+)?)\s*:?$/iu;
/** A list's bullet or a Markdown heading's hashes before a line's text. */
const LEADING_MARK = /^(?:[•*□+o-]|#{1,6})\s+/u;

/** A related-story or newsletter box's heading (BOX_HEADING, RELATED_HEADING), list marks out. */
function isBoxHeading(text: string): boolean {
  if (text.length > 60) return false;
  const plain = text.replace(LEADING_MARK, '');
  return BOX_HEADING.test(plain) || RELATED_HEADING.test(plain);
}
/** Sharing bars: they stand under an article, but some sites print one above its second half. */
const WEAK_END = /^(?:share this|teilen|partager|compartir|condividi|sdílet)\b/iu;

/** The chrome rules' labels (chromeLabel) of a line that ends the article like BOX_HEADING's. */
const BOX_LABELS = new Set<ChromeLabel>([
  'related-heading',
  'comment-prompt',
  'subscription-prompt',
  'newsletter-footer',
  'login-prompt',
  'widget',
]);

/**
 * The main run often carries on past the article into its comments or a list of related
 * stories, sentence-like text too. It ends at the first heading of such a section that has
 * enough of the run's good text before it: COMMENTS_SHARE for a comment section's heading,
 * BOX_SHARE for the others (related stories, newsletter boxes, sharing bars, login prompts).
 *
 * BOX_SHARE: fitted with one share for every heading (mean F1 of the three tools on the 130
 * Readability pages): 0.3 cut articles at a "Share this" above their second half (0.824), 0.5
 * gave 0.829, 0.7 0.834, 0.85 0.833. COMMENTS_SHARE, with BOX_SHARE at 0.7 (w3m/lynx/html2text):
 * 0.5 0.837/0.809/0.860, 0.3 0.839/0.810/0.861 (wordpress, aclu, 002 lose their comments; yahoo-2
 * is cut at a story's "11 Comments" link and loses), 0.15 0.841/0.810/0.861 (one more w3m page);
 * 0.3 kept, the safer of the two.
 */
const BOX_SHARE = 0.7;
const COMMENTS_SHARE = 0.3;

function endShare(text: string, next: BodyBlock | undefined): number {
  if (text.length <= COMMENTS_ON_CHARS && COMMENTS_ON.test(text)) return COMMENTS_SHARE;
  if (text.length > 60) return Infinity;
  const plain = text.replace(LEADING_MARK, '');
  if (COMMENTS_HEADING.test(plain) || REPLY_FORM.test(plain)) return COMMENTS_SHARE;
  if (isBoxHeading(plain) || WEAK_END.test(plain)) return BOX_SHARE;
  const label = chromeLabel(plain);
  if (label === null || !BOX_LABELS.has(label)) return Infinity;
  // A line of widget words over a paragraph is a section heading ("Search and Navigation" over
  // firefox-nightly-blog's last section), not a sharing bar. One word is a button ("Email" over
  // the comments of archive.org's tv-orange.de), and a newsletter or login prompt over its pitch
  // still ends the article (statisticsglobe.com's "Subscribe to my free ...").
  const heading =
    label === 'widget' && /\s/.test(plain) && next?.kind === 'good' && next.chars >= LENGTH_HIGH;
  return heading ? Infinity : BOX_SHARE;
}

/**
 * A box heading followed by a feed or gallery (liberation-1's live feed "• 14:10" over a
 * paragraph, bug-1255978's "• 2/50 Star Wars boosts economy" pictures with their captions) ends
 * the article with less of the run's text before it: the entries' paragraphs outweigh the story.
 * An entry is a list item with a paragraph of its own (LENGTH_HIGH of good text before the next
 * item, the item's own line not counted); a sharing bar's, a link list's or a reference list's
 * items have none. Entries after the heading must be at least LIST_ENTRIES and three times those
 * before it. Set by hand on the 130 Readability pages (bench README, fourth body round): at a
 * share of 0.2 bug-1255978 (0.16 before its "Read more") kept its gallery.
 */
const LIST_SHARE = 0.15;
const LIST_ENTRIES = 8;

/** For each block of the run, whether it starts a list entry with a paragraph of its own. */
function feedEntries(blocks: BodyBlock[], first: number, last: number): boolean[] {
  const entry = new Array<boolean>(blocks.length).fill(false);
  let open = -1; // the list item whose entry is being read
  let text = 0;
  for (let b = first; b <= last + 1; b++) {
    const block = b <= last ? (blocks[b] as BodyBlock) : null;
    if (!block || block.bullet) {
      if (open >= 0 && text >= LENGTH_HIGH) entry[open] = true;
      [open, text] = [b, 0];
    } else if (block.kind === 'good') text += block.chars;
  }
  return entry;
}

/**
 * A box heading (isBoxHeading) over GAP_BLOCKS blocks or more without good text (its teasers,
 * ads, a live ticker's times) ends the article with GAP_SHARE of the run's good text before it:
 * the run reaches past the gap into another story's text. Not a sharing bar or a widget
 * chromeReason reads: galleries and tables print those inside articles over their cells and
 * buttons (wapo-1's gallery, dropbox-blog's table in html2text, folha: F1 0.90 -> 0.66, 0.98 ->
 * 0.76, 0.88 -> 0.65 with them), nor a menu's item ("□ Newsletter" in motorsport-total's menu
 * under a run of teasers: three of the story's must-have snippets lost with it). aktualne's "Související" over eight teasers
 * (each printed twice) and a ticker, then another story's seven paragraphs: 0.65 of the run's
 * good text stood above the heading, under BOX_SHARE. A box inside an article (seattletimes-1's
 * "Most Read Business Stories" at a third of it) has too little before it.
 */
const GAP_SHARE = 0.5;
const GAP_BLOCKS = 8;

/** The GAP_BLOCKS blocks of the run under block `b` hold no good text. */
function textlessAfter(blocks: BodyBlock[], b: number, last: number): boolean {
  if (b + GAP_BLOCKS > last) return false;
  for (let k = b + 1; k <= b + GAP_BLOCKS; k++) {
    if ((blocks[k] as BodyBlock).kind === 'good') return false;
  }
  return true;
}

/**
 * endOfArticle again on the run it cut, until it cuts no more: the shares are of the run's good
 * text, and a run that reached into the footer (medicalnewstoday's privacy notice and copyright
 * lines, 2,500 characters of good text under its "email", "print" bar) counted that text too,
 * so the "Related coverage" heading over the story's three teasers had too little before it.
 * Once the run ends at the bar, the heading ends the article. The passes after the first ask
 * the share alone: the feed rule's LIST_SHARE, asked of a shorter run, cut videos-1's list of
 * 21 films at the "Related" box under its second film.
 */
function shortestEnd(blocks: BodyBlock[], run: [number, number]): [number, number] {
  // Each block's endShare, asked once for all the passes (NaN: not asked yet): it reads the
  // block and the one under it, which no pass changes, and the passes read the same blocks.
  const shares = new Float64Array(blocks.length).fill(NaN);
  let end = endOfArticle(blocks, run, true, shares);
  for (;;) {
    const next = endOfArticle(blocks, end, false, shares);
    if (next[1] === end[1]) return end;
    end = next;
  }
}

/**
 * The run cut before the first block that ends the article (endShare: a comments or a box's
 * heading, a sharing bar) with that block's share of the run's good text before it; or, with
 * `withFeedRule`, before a box's heading over a feed (feedEntries: LIST_ENTRIES entries or more
 * after it, three times those before) with LIST_SHARE of the text before it. The run where none.
 */
function endOfArticle(
  blocks: BodyBlock[],
  run: [number, number],
  withFeedRule: boolean,
  shares: Float64Array,
): [number, number] {
  const [first, last] = run;
  const entry = feedEntries(blocks, first, last);
  let total = 0;
  let entries = 0;
  for (let b = first; b <= last; b++) {
    const block = blocks[b] as BodyBlock;
    if (block.kind === 'good') total += block.chars;
    if (entry[b]) entries++;
  }
  let before = 0;
  let entriesBefore = 0;
  for (let b = first; b <= last; b++) {
    const block = blocks[b] as BodyBlock;
    let share = shares[b] as number;
    if (Number.isNaN(share)) shares[b] = share = endShare(block.text, blocks[b + 1]);
    if (before > 0 && before >= share * total) return [first, b - 1];
    const entriesAfter = entries - entriesBefore;
    const feedAfter = entriesAfter >= LIST_ENTRIES && entriesAfter >= 3 * entriesBefore;
    if (withFeedRule && share === BOX_SHARE && feedAfter && before >= LIST_SHARE * total) {
      return [first, b - 1];
    }
    const gap =
      before >= GAP_SHARE * total &&
      share === BOX_SHARE &&
      !block.bullet &&
      isBoxHeading(block.text);
    if (gap && textlessAfter(blocks, b, last)) return [first, b - 1];
    if (block.kind === 'good') before += block.chars;
    if (entry[b]) entriesBefore++;
  }
  return run;
}

/**
 * A footer's notice: a licence (isLicenceNotice: "licensed under", "Creative Commons ...
 * Lizenz"), a licence's short name ("cc-by-nc-sa", "unter der Lizenz CC-BY-NC-ND"), or a year
 * after "©" or "(c)" anywhere in the line ("Portions of this content are ©1998–2015 by individual
 * mozilla.org contributors"). Not every copyright line (chromeLabel 'copyright'): asked too, it
 * cut must-have text from the committed sample's html2text pages (withFound 0.8352, floor 0.836).
 */
const FOOTER_NOTICE = /\bcc-by\b|\bunter der lizenz\b|©\s*\d{4}|\(c\)\s*\d{4}/iu;
/** A footer's notice is a line or two: a story's paragraph on licences is longer. */
const FOOTER_CHARS = 300;
/** How near the run's end the notice stands, in blocks: the page's footer closes the run. */
const FOOTER_REACH = 3;

function isFooterNotice(block: BodyBlock): boolean {
  if (block.chars > FOOTER_CHARS) return false;
  return FOOTER_NOTICE.test(block.text) || isLicenceNotice(block.text);
}

/**
 * The run's last block above the page's footer, when the run ends in it: a licence or copyright
 * notice among its last FOOTER_REACH blocks (v8-blog's "Except as otherwise noted, any code
 * samples from the V8 project are licensed under V8's BSD-style license", mozilla-2's "Portions
 * of this content are ©1998–2015 ..."), with the footer's links above it ("Branding · Terms ·
 * Privacy · Twitter · Edit this page on GitHub",
 * "Mozilla": isFooterLink). Readability's articles end above them.
 */
function beforeFooter(blocks: BodyBlock[], first: number, last: number): number {
  let notice = -1;
  for (let b = Math.max(first + 1, last - FOOTER_REACH + 1); b <= last && notice < 0; b++) {
    if (isFooterNotice(blocks[b] as BodyBlock)) notice = b;
  }
  if (notice < 0) return last;
  let end = notice - 1;
  while (end > first && isFooterLink(blocks[end] as BodyBlock)) end--;
  return end;
}

/** Two separators between a footer's links: "Branding · Terms · Privacy", "Impressum | Kontakt". */
const LINK_SEPARATORS = /\s[·|•]\s.*\s[·|•]\s/u;

/**
 * A line of the footer's links over its notice: one word (the site's name, "Mozilla") or links
 * between separators, no sentence. A link under the story's last section is not one ("Learn more
 * about Style Editor", mozilla-2: Readability keeps it).
 */
function isFooterLink(block: BodyBlock): boolean {
  if (block.chars >= LENGTH_LOW || block.terminal) return false;
  return block.words === 1 || LINK_SEPARATORS.test(block.text);
}

/**
 * The heading of an article's notes or references, the whole line: "References", "Notes",
 * "Footnotes", "Sources", "Bibliography", with Wikipedia's "[edit]" (w3m, lynx) and html2text's
 * "## ". The list under it cites the article's sources: the article's text, which Readability's
 * expected text keeps, but its numbered entries are short, dated and low in stop words, so the
 * main run stops before the heading.
 */
const NOTES_HEADING =
  /^(?:#{1,6}\s+)?(?:notes|references|footnotes|sources|citations|bibliography|works cited|notes and references|einzelnachweise|anmerkungen|références|referencias|notas)(?:\s*\[edit\])?\s*:?$/iu;
/** A note's number: "1. ^ Jones, ...", "12) ...", "[3] ...", or MediaWiki's back-link "^ ...". */
const NOTE_NUMBER = /^(?:\d{1,3}[.)]|\[\d{1,3}\]|\^)\s+\S/u;
/**
 * A line wrapped off a note (". Radio Times. Retrieved 6 May 2014.", "on 2014-04-06.",
 * "September 2019."): it starts with punctuation, a digit or a small letter, ends a sentence, or
 * is long. A short line starting with a capital and no full stop is the next section's heading
 * ("External links").
 */
const WRAPPED_NOTE = /^[.,;:)\]\d\p{Ll}"“'‘]|^.{60}|[.)]$/u;
/**
 * How far past the main run's end a notes heading is looked for, in blocks: a "See also" list
 * of up to a dozen links stands between them on Wikipedia pages (wikipedia-4: 8 blocks).
 */
const NOTES_REACH = 16;

/**
 * The blocks of the notes or references lists in the main run or after it (NOTES_HEADING up to
 * NOTES_REACH blocks past its end), headings included: the numbered entries, the lines a dump
 * wraps off them (". Deptford Cinema. Retrieved 27 January 2020.") and further notes headings
 * ("Footnotes", then "Citations"). A list ends at the first block that is none of these (an
 * unnumbered bullet, "External links"); a heading with no numbered entry under it is left.
 */
function notesLists(blocks: BodyBlock[], first: number, last: number): Set<number> {
  const notes = new Set<number>();
  const end = Math.min(blocks.length - 1, last + NOTES_REACH);
  for (let heading = first; heading <= end; heading++) {
    if (!NOTES_HEADING.test((blocks[heading] as BodyBlock).text)) continue;
    const list = [heading];
    let entries = 0;
    for (let b = heading + 1; b < blocks.length; b++) {
      const block = blocks[b] as BodyBlock;
      const numbered = NOTE_NUMBER.test(block.text);
      const wrapped = entries > 0 && !block.bullet && WRAPPED_NOTE.test(block.text);
      if (!numbered && !wrapped && !block.marker && !NOTES_HEADING.test(block.text)) break;
      if (numbered) entries++;
      list.push(b);
    }
    if (entries > 0) for (const b of list) notes.add(b);
    heading = list[list.length - 1] as number;
  }
  return notes;
}

/**
 * "News Sport Weather iPlayer Sounds": capitalised words without a sentence (at least 3 words,
 * 80% capitalised; set by hand from the BBC, CNN and ACLU menus, not fitted).
 */
function isMenuRun(block: BodyBlock): boolean {
  return block.words >= 3 && block.capShare >= 0.8 && !block.terminal && block.chars < 200;
}

/**
 * The hook normalize calls first: in a page dump, blanks every line outside the article (and the
 * chrome inside it) and returns their removals; other text is left untouched.
 */
export function cutToArticle(lines: Line[]): Removal[] {
  const found = findBody(lines);
  if (!found || found.remove.size === 0) return [];
  const removed: Removal[] = [];
  for (const line of lines) {
    if (!found.remove.has(line.n)) continue;
    // Trimmed once: trim() makes a new string of an indented or padded line, and it was made
    // twice a removed line (trim under cutToArticle: 0.5% of the dump normalize's allocations).
    const text = line.text.trim();
    if (!text) continue;
    removed.push({ line: line.n, text, reason: OUTSIDE_ARTICLE });
    line.text = '';
  }
  return removed;
}
