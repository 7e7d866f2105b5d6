// Turning an input file's bytes into text: which encoding, and why (issue 21).
//
// The decision order, first match wins:
//   1. A byte-order mark: UTF-8, UTF-16 LE or BE. A BOM is written on purpose; it is believed.
//   2. A NUL byte without a UTF-16 BOM: not text (null; ingest rejects the file as binary).
//   3. Valid UTF-8: UTF-8. Legacy encodings almost never form valid UTF-8 by chance.
//   4. Overwhelmingly valid UTF-8 (isMostlyUtf8): UTF-8 with each bad byte shown as U+FFFD. One
//      stray byte in a UTF-8 page must not turn the whole page into mojibake.
//   5. A legacy encoding of East Asian or Cyrillic text (bestLegacy): Shift_JIS, EUC-JP, EUC-KR,
//      GBK, Big5 and Windows-1251 that decode the bytes without error are scored by how
//      plausible the text they give is, and the best is taken when it is plausible enough.
// The thresholds were fitted by bench/encodings/measure.ts on real pages of
// ../shared/corpora/web-pages written in each encoding their script has; its figures are quoted
// where each threshold is.
//   6. Windows-1252, the superset of Latin-1 that old Western news sites and Reuters-era text use:
//      every byte means something in it, so it is the last resort.
// Every result but 1 and 3 comes with a warning (decodeWarning), which ingest attaches to the file;
// 1 and 3 too when the text holds U+FFFD itself (a dump whose tool lost letters).

import { isUtf8 } from 'node:buffer';

/** What decided the encoding: the typed reason behind a Decoded result. */
export type DecodeEvidence =
  | { kind: 'bom' }
  | { kind: 'utf-8' }
  /** Valid UTF-8 but for `badBytes` bytes; `sequences` multi-byte characters were valid. */
  | { kind: 'mostly-utf-8'; badBytes: number; firstBad: number; sequences: number }
  /**
   * A legacy encoding whose decoding reads as `script`: `native` of the `letters` non-ASCII
   * letters and symbols it gave are that script's (see plausibility).
   */
  | { kind: 'legacy'; firstBad: number; script: string; native: number; letters: number }
  /** Nothing else fitted: read as Windows-1252. */
  | { kind: 'fallback'; firstBad: number };

export interface Decoded {
  text: string;
  /**
   * The name reported in /report.json: "utf-8", "utf-8 (BOM)", "utf-16le (BOM)",
   * "utf-16be (BOM)", "utf-8 (bad bytes replaced)", a WHATWG name of a legacy encoding
   * ("shift_jis", "euc-kr", "gbk", "windows-1251"...) or "windows-1252".
   */
  encoding: string;
  why: DecodeEvidence;
}

/** The text of a file's bytes and how it was read; null when they hold NUL bytes (binary). */
export function decode(bytes: Uint8Array): Decoded | null {
  const bom = decodeBom(bytes);
  if (bom) return bom;
  if (bytes.includes(0)) return null;
  // The native decoder first: most files are valid UTF-8, and it is many times faster than
  // scanUtf8's loop, which only files that fail it go through.
  const text = validUtf8Text(bytes);
  if (text !== null) return { text, encoding: 'utf-8', why: { kind: 'utf-8' } };
  const scan = scanUtf8(bytes);
  if (isMostlyUtf8(scan)) {
    return {
      // The non-fatal decoder puts one U+FFFD for each maximal bad run (WHATWG), no text is moved.
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8 (bad bytes replaced)',
      why: { kind: 'mostly-utf-8', ...scan },
    };
  }
  const legacy = bestLegacy(bytes, scan.firstBad);
  if (legacy) return legacy;
  return {
    text: decodeWindows1252(bytes),
    encoding: 'windows-1252',
    why: { kind: 'fallback', firstBad: scan.firstBad },
  };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of bytes that are valid UTF-8 (a byte-order mark dropped); null when they are not. */
function validUtf8Text(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Whether bytes are valid UTF-8, as validUtf8Text would say, without making the text. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** The encoding a byte-order mark at the start names, and the mark's length; null without one. */
export function byteOrderMark(
  bytes: Uint8Array,
): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

function decodeBom(bytes: Uint8Array): Decoded | null {
  const bom = byteOrderMark(bytes);
  if (!bom) return null;
  return {
    text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)),
    encoding: `${bom.encoding} (BOM)`,
    why: { kind: 'bom' },
  };
}

/** The warning a file gets for how it was decoded, or null when there is nothing to check. */
export function decodeWarning(decoded: Decoded): string | null {
  const { why } = decoded;
  switch (why.kind) {
    case 'bom':
    case 'utf-8':
      return replacementWarning(decoded.text);
    case 'mostly-utf-8':
      return (
        `not valid UTF-8 at ${plural(why.badBytes, 'byte')} ` +
        `(${why.badBytes === 1 ? 'offset' : 'first at offset'} ${why.firstBad}), but ` +
        `${plural(why.sequences, 'non-ASCII character')} are; read as UTF-8 with ` +
        `${why.badBytes === 1 ? 'the bad byte' : 'each bad byte'} shown as \uFFFD`
      );
    case 'legacy':
      return (
        `not valid UTF-8 (first bad byte at offset ${why.firstBad}); read as ` +
        `${LEGACY_NAMES[decoded.encoding] ?? decoded.encoding}: the bytes fit it and read as ` +
        `${why.script} (${why.native} of ${plural(why.letters, 'letter')}); check its text`
      );
    case 'fallback':
      return (
        `not valid UTF-8 (first bad byte at offset ${why.firstBad}); ` +
        'read as Windows-1252, check its accented letters and quotes'
      );
  }
}

/**
 * The warning for a file that is valid text but holds U+FFFD itself: the tool that wrote it read
 * a page in another encoding (ISO-8859-1, GB2312) as UTF-8 and lost the letters it could not
 * read, so nothing here can bring them back. Null for a file without one. Such a copy beside a
 * clean copy of its page joins its article and gives it no text (src/dedup/damage.ts).
 */
function replacementWarning(text: string): string | null {
  const first = text.indexOf('\uFFFD');
  if (first < 0) return null;
  let count = 0;
  for (let at = first; at >= 0; at = text.indexOf('\uFFFD', at + 1)) count++;
  const line = text.slice(0, first).split('\n').length;
  return (
    `holds ${plural(count, 'U+FFFD replacement character')} (first on line ${line}): the tool ` +
    'that wrote it lost the letters they stand for, reading the page in another encoding; ' +
    'a clean copy of the page (the saved page or another dump) gives its article the text'
  );
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

// ---- 4. Overwhelmingly valid UTF-8 -------------------------------------------------------------

export interface Utf8Scan {
  /** Valid multi-byte UTF-8 sequences (non-ASCII characters). */
  sequences: number;
  /** Bytes that are not part of a valid sequence. */
  badBytes: number;
  /**
   * Where a UTF-8 decoder first fails (the length when it does not): the first bad byte, or the
   * byte after the valid start of a cut-short sequence (Latin-1's "é" in "café" is a lead byte, so
   * the decoder fails at the "t"). The offset the warnings have always given.
   */
  firstBad: number;
}

/** Counts valid multi-byte sequences and bad bytes, by the well-formed table of Unicode 3.9. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let sequences = 0;
  let badBytes = 0;
  let firstBad = bytes.length;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = sequenceLength(bytes, i);
    if (length > 0) {
      sequences += 1;
      i += length;
    } else {
      if (badBytes === 0) firstBad = i + validStart(bytes, i);
      badBytes += 1;
      i += 1;
    }
  }
  return { sequences, badBytes, firstBad };
}

/** Length of the valid multi-byte sequence starting at i, or 0 (Unicode Table 3-7). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const c1 = bytes[i + 1] ?? 0;
  if (b >= 0xc2 && b <= 0xdf) return c1 >= 0x80 && c1 <= 0xbf ? 2 : 0;
  if (b < 0xe0 || b > 0xf4) return 0;
  // The second byte's range depends on the first (no overlong forms, no surrogates, nothing
  // over U+10FFFF); the others are plain continuation bytes.
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (c1 < lo || c1 > hi || !isContinuation(bytes[i + 2])) return 0;
  if (b <= 0xef) return 3;
  return isContinuation(bytes[i + 3]) ? 4 : 0;
}

/** How many bytes from i start a sequence validly but do not complete it (0-3). */
function validStart(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0xc2 || b > 0xf4) return 0;
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  const c1 = bytes[i + 1];
  if (b <= 0xdf || c1 === undefined || c1 < lo || c1 > hi) return 1;
  if (b <= 0xef || !isContinuation(bytes[i + 2])) return 2;
  return 3;
}

function isContinuation(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x80 && byte <= 0xbf;
}

/**
 * "Overwhelmingly valid UTF-8": at least MIN_SEQUENCES valid multi-byte characters, and bad bytes
 * at most MAX_BAD_SHARE of valid sequences plus bad bytes. Measured (bench/encodings/measure.ts):
 * real text in a legacy encoding forms some valid sequences by chance, but its bad share is
 * 0.75-1.00 (EUC-JP lowest; 24 page and encoding pairs in 6 encodings), Western Windows-1252
 * text 0.94-1.00 (734 files); the 1,004 UTF-8 pages with 20 or more non-ASCII characters, given
 * one stray byte or three, 0.000-0.111. MIN_SEQUENCES keeps a mostly-ASCII file with a stray
 * byte or two and next to no UTF-8 out: with so little to go on, Windows-1252 is read as before.
 */
const MIN_SEQUENCES = 4;
const MAX_BAD_SHARE = 0.25;

function isMostlyUtf8({ sequences, badBytes }: Utf8Scan): boolean {
  return sequences >= MIN_SEQUENCES && badBytes / (sequences + badBytes) <= MAX_BAD_SHARE;
}

// ---- 5. Legacy encodings -----------------------------------------------------------------------

/** Decodes a two-byte range of an encoding to the set of characters it holds (no U+FFFD, no PUA). */
function charsOf(encoding: string, leads: [number, number], trails: [number, number]): Set<string> {
  const bytes: number[] = [];
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (let trail = trails[0]; trail <= trails[1]; trail++) bytes.push(lead, trail);
  }
  const text = new TextDecoder(encoding).decode(Uint8Array.from(bytes));
  return new Set([...text].filter((c) => c !== '\uFFFD' && !/\p{Co}/u.test(c)));
}

/**
 * The characters each script's text is made of, taken from the encodings' own tables rather than
 * typed in: the standard sets a text in that encoding is written with. Characters outside them
 * (the vendor extensions, user-defined areas) are what another encoding's bytes read as. Made
 * the first time a file needs them (a few milliseconds), since most builds never do.
 */
let sets: ReturnType<typeof makeSets> | null = null;

function scriptSets(): ReturnType<typeof makeSets> {
  sets ??= makeSets();
  return sets;
}

const makeSets = () => ({
  /** KS X 1001's 2,350 Hangul syllables (EUC-KR rows B0-C8), all modern Korean text needs. */
  hangul: charsOf('euc-kr', [0xb0, 0xc8], [0xa1, 0xfe]),
  /** JIS X 0208's kanji, both levels (EUC-JP rows B0-F4). */
  kanji: charsOf('euc-jp', [0xb0, 0xf4], [0xa1, 0xfe]),
  /** GB 2312's hanzi, both levels (GBK rows B0-F7). */
  hanzi: charsOf('gbk', [0xb0, 0xf7], [0xa1, 0xfe]),
  /** Big5's hanzi, both levels (rows A4-C6 and C9-F9). */
  big5: new Set([
    ...charsOf('big5', [0xa4, 0xc6], [0x40, 0xfe]),
    ...charsOf('big5', [0xc9, 0xf9], [0x40, 0xfe]),
  ]),
});

const KANA = /[\u3041-\u309f\u30a0-\u30ff]/u; // hiragana and full-width katakana, not half-width
const CJK_SYMBOLS = /[\u3000-\u303f\uff01-\uff5e]/u; // CJK punctuation, full-width ASCII

interface Candidate {
  encoding: string;
  /** What a plausible decoding reads as, for the warning. */
  script: string;
  /**
   * How many of the counted characters (`counted`, see COUNTED) belong to the script's text;
   * `text` is the whole decoding.
   */
  native: (counted: string[], text: string) => number;
  /** Extra condition on the whole decoding or the bytes, e.g. Japanese has kana. */
  holds?: (counted: string[], bytes: Uint8Array) => boolean;
}

/**
 * The candidates, in the order that breaks ties: EUC-KR before GBK, since EUC-KR's Hangul rows
 * decode in GBK as GB 2312 hanzi (a perfect score), while Chinese read as EUC-KR gives
 * user-defined characters and Hanja (0.55-0.60 measured); GBK before Big5 for the same reason
 * (hasLowTrails settles most of those).
 */
const CANDIDATES: Candidate[] = [
  {
    encoding: 'shift_jis',
    script: 'Japanese',
    native: perChar(japanese),
    holds: hasKana,
  },
  {
    encoding: 'euc-jp',
    script: 'Japanese',
    native: perChar(japanese),
    holds: hasKana,
  },
  {
    encoding: 'euc-kr',
    script: 'Korean',
    native: perChar((c) => scriptSets().hangul.has(c) || CJK_SYMBOLS.test(c)),
  },
  {
    encoding: 'gbk',
    script: 'Chinese',
    native: perChar((c) => scriptSets().hanzi.has(c) || CJK_SYMBOLS.test(c)),
  },
  {
    encoding: 'big5',
    script: 'Chinese',
    native: perChar((c) => scriptSets().big5.has(c) || CJK_SYMBOLS.test(c)),
    holds: hasLowTrails,
  },
  {
    encoding: 'windows-1251',
    script: 'Cyrillic',
    native: cyrillicWords,
  },
];

/** Names for the warning. */
const LEGACY_NAMES: Record<string, string> = {
  shift_jis: 'Shift_JIS',
  'euc-jp': 'EUC-JP',
  'euc-kr': 'EUC-KR',
  gbk: 'GBK',
  big5: 'Big5',
  'windows-1251': 'Windows-1251',
};

/** Russian, Ukrainian and Belarusian letters (Windows-1251 0xA1-0xFF). */
const EAST_SLAVIC_WORD =
  /^[\u0410-\u044f\u0401\u0451\u0404\u0454\u0406\u0456\u0407\u0457\u0490\u0491\u040e\u045e]+$/u;

/** Counts the characters that pass `test`, of those a score is over. */
function perChar(test: (c: string) => boolean): (counted: string[]) => number {
  return (counted) => counted.filter(test).length;
}

/**
 * The letters of words written as Russian, Ukrainian or Belarusian text writes them: wholly in
 * their alphabets (a Cyrillic letter inside a Latin word, "cafй", is a Latin-1 "café" misread)
 * and lower-case, capitalised or all capitals. Two-byte East Asian characters read as
 * Windows-1251 give words of mixed case ("ЖРЙъ"), and so does UTF-8's "’" ("вЂ™"). The Serbian
 * and Macedonian letters of 0x80-0x9F are left out: there Windows-1252 has its quotes, dashes,
 * "Š", "š", "Ž" and "Œ", so Western text holds those bytes far more often.
 */
function cyrillicWords(_counted: string[], text: string): number {
  let native = 0;
  // Only the runs of non-ASCII characters are looked at (the text is mostly ASCII when it is
  // Western), each word in them with the letters just outside the run.
  for (const run of text.matchAll(/\P{ASCII}+/gu)) {
    const start = run.index;
    const end = start + run[0].length;
    for (const word of run[0].matchAll(/\p{L}+/gu)) {
      const [w] = word;
      if (!EAST_SLAVIC_WORD.test(w)) continue;
      if (word.index === 0 && ASCII_LETTER.test(text[start - 1] ?? '')) continue;
      if (word.index + w.length === run[0].length && ASCII_LETTER.test(text[end] ?? '')) continue;
      const rest = w.slice(1);
      if (rest === rest.toLowerCase() || w === w.toUpperCase()) native += w.length;
    }
  }
  return native;
}

const ASCII_LETTER = /[A-Za-z]/;

function japanese(c: string): boolean {
  return KANA.test(c) || scriptSets().kanji.has(c) || CJK_SYMBOLS.test(c);
}

/**
 * Japanese text is written with kana: at least MIN_KANA of its letters (the corpus's five
 * Japanese pages have 0.62-0.77, news and children's stories alike); Chinese or Korean bytes
 * read as kanji by a Japanese decoder give none, which is how they are told apart.
 */
const MIN_KANA = 0.1;

function hasKana(counted: string[]): boolean {
  const kana = counted.filter((c) => KANA.test(c)).length;
  return counted.length > 0 && kana / counted.length >= MIN_KANA;
}

/**
 * Big5 text has second bytes under 0x80 (0x40-0x7E) in many of its characters (0.43 of them on
 * the corpus's Traditional Chinese page); EUC-KR, GB 2312 and EUC-JP never do, and their Hangul,
 * hanzi and kanji read as Big5 hanzi otherwise (GBK text scored 0.83-0.98 as Big5 without this).
 */
const MIN_LOW_TRAILS = 0.1;

function hasLowTrails(_counted: string[], bytes: Uint8Array): boolean {
  let pairs = 0;
  let low = 0;
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) < 0x81) continue;
    pairs += 1;
    if ((bytes[i + 1] ?? 0xff) < 0x80) low += 1;
    i += 1;
  }
  return pairs > 0 && low / pairs >= MIN_LOW_TRAILS;
}

/**
 * The non-ASCII characters a plausibility score is over: letters and ideographs, controls,
 * private-use and unassigned characters. Punctuation, spaces, digits and symbols (©, □, ★) are
 * shared by every script and say nothing; a misread gives letters or control characters.
 */
const COUNTED = /(?!\p{ASCII})[\p{L}\p{C}]/gu;

/**
 * Plausible enough: at least MIN_LETTERS characters to judge by (fewer tell no script apart; the
 * file is read as Windows-1252 as before), and a share of them native to the script of at least
 * MIN_NATIVE. Measured: real text in its own encoding scores 0.998-1.000 (21 of 24 page and
 * encoding pairs; the other three below), the best wrong candidate at most 0.60 (0.79 on the
 * KBS page below), and Western text's best at most 0.54. Below the bar, and read as Windows-1252 with the warning: a KBS page
 * whose Korean is a few menu words among Chinese, Japanese and Arabic ones (0.70), a Taiwanese
 * blog written in GBK rather than Big5 (traditional hanzi are outside GB 2312: 0.69), and a spam
 * page spelling English with Cyrillic look-alike letters (0.00).
 */
const MIN_LETTERS = 8;
const MIN_NATIVE = 0.9;

export interface Plausibility {
  encoding: string;
  script: string;
  native: number;
  letters: number;
}

/** How each candidate encoding reads the bytes: null where they do not fit it. */
export function plausibility(bytes: Uint8Array): (Plausibility | null)[] {
  return CANDIDATES.map((candidate) => {
    let text: string;
    try {
      text = new TextDecoder(candidate.encoding, { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
    const counted = text.match(COUNTED) ?? [];
    const letters = counted.length;
    const holds = !candidate.holds || candidate.holds(counted, bytes);
    const native = holds ? candidate.native(counted, text) : 0;
    return { encoding: candidate.encoding, script: candidate.script, native, letters };
  });
}

/**
 * Bytes over 0x7F; those of 0xC0 and over (letters in Latin-1 and Windows-1251, lead or second
 * bytes in the double-byte encodings), and how many of these stand next to another byte over
 * 0x7F. A character of the double-byte encodings is two such bytes (Shift_JIS's second byte may
 * be ASCII, but its kana and most kanji are high pairs), a Cyrillic word is a run of them, while
 * Western text has its accents one by one between ASCII letters ("café"). Dashes, quotes and
 * no-break spaces (0x80-0xBF) stand alone in any text, so they are not counted. Under
 * MIN_PAIRED, no candidate is tried (bench/encodings/measure.ts gives the shares).
 */
export function highBytes(bytes: Uint8Array): { high: number; letters: number; paired: number } {
  let high = 0;
  let letters = 0;
  let paired = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    high += 1;
    if (b < 0xc0) continue;
    letters += 1;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) paired += 1;
  }
  return { high, letters, paired };
}

/** Western pages in Windows-1252: 0.00-0.33 (734 files); legacy samples 0.86-1.00. */
const MIN_PAIRED = 0.5;

function bestLegacy(bytes: Uint8Array, firstBad: number): Decoded | null {
  // A letter of these encodings takes at least one byte over 0x7F: with fewer such bytes than
  // MIN_LETTERS no candidate can qualify (Reuters stories, with an accent or two, stop here).
  const { high, letters, paired } = highBytes(bytes);
  if (high < MIN_LETTERS || paired < MIN_PAIRED * letters) return null;
  if (controlBytes(bytes) > MAX_CONTROL_SHARE * bytes.length) return null;
  let best: Plausibility | null = null;
  for (const p of plausibility(bytes)) {
    if (!p || p.letters < MIN_LETTERS || p.native / p.letters < MIN_NATIVE) continue;
    // Strictly better only: ties go to the earlier candidate (see CANDIDATES).
    if (!best || p.native / p.letters > best.native / best.letters) best = p;
  }
  if (!best) return null;
  return {
    text: new TextDecoder(best.encoding).decode(bytes),
    encoding: best.encoding,
    why: {
      kind: 'legacy',
      firstBad,
      script: best.script,
      native: best.native,
      letters: best.letters,
    },
  };
}

/**
 * ASCII control codes other than the ones text is laid out with (tab, line feed, form feed,
 * carriage return, escape, and DOS's end-of-file 0x1A). No text in these encodings writes them
 * between its letters; a file that does is binary or broken, and its high bytes are no script's
 * words: fast-check's bytes of 0x01 with a few of 0xA0-0xE0 among them read as one-letter
 * Ukrainian "words" ("ї", "І", "а"), a perfect Windows-1251 score (test/unit/decode.test.ts failed
 * on about 1 run in 20). Over MAX_CONTROL_SHARE of the bytes, no candidate is tried (`npm run bench:encodings`:
 * every decision and score the same with this test as without).
 */
function controlBytes(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) {
    if (
      b < 0x20 &&
      b !== 0x09 &&
      b !== 0x0a &&
      b !== 0x0c &&
      b !== 0x0d &&
      b !== 0x1a &&
      b !== 0x1b
    ) {
      controls += 1;
    }
  }
  return controls;
}

const MAX_CONTROL_SHARE = 0.01;

// ---- 6. Windows-1252 ---------------------------------------------------------------------------

/** Windows-1252's printable characters in 0x80-0x9F, where Latin-1 has control codes. */
export const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

/** Node 20's TextDecoder reads "windows-1252" as plain Latin-1, so the 0x80-0x9F range is mapped here. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}
