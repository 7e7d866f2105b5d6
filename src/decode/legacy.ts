// Step 5 of decode's order (src/decode.ts): a legacy encoding of East Asian or Cyrillic text.
// Shift_JIS, EUC-JP, EUC-KR, GBK, Big5 and Windows-1251 that decode the bytes without error are
// scored by how plausible the text they give is, and the best is taken when it is plausible
// enough. The thresholds were fitted by bench/encodings/measure.ts on real pages of
// ../shared/corpora/web-pages written in each encoding their script has; its figures are quoted
// where each threshold is.

import type { Decoded } from '../decode.ts';

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
export const LEGACY_NAMES: Record<string, string> = {
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

export function bestLegacy(bytes: Uint8Array, firstBad: number): Decoded | null {
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
