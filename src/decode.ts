// Turning an input file's bytes into text: which encoding, and why (issue 21).
//
// The decision order, first match wins:
//   1. A byte-order mark: UTF-8, UTF-16 LE or BE. A BOM is written on purpose; it is believed.
//   2. A NUL byte without a UTF-16 BOM: not text (null; ingest rejects the file as binary).
//   3. Valid UTF-8: UTF-8. Legacy encodings almost never form valid UTF-8 by chance.
//   4. Overwhelmingly valid UTF-8 (isMostlyUtf8, src/decode/utf8-scan.ts): UTF-8 with each bad
//      byte shown as U+FFFD. One stray byte in a UTF-8 page must not turn the whole page into
//      mojibake.
//   5. A legacy encoding of East Asian or Cyrillic text (bestLegacy, src/decode/legacy.ts):
//      Shift_JIS, EUC-JP, EUC-KR, GBK, Big5 and Windows-1251 that decode the bytes without error
//      are scored by how plausible the text they give is, and the best is taken when it is
//      plausible enough.
//   6. Windows-1252, the superset of Latin-1 that old Western news sites and Reuters-era text use:
//      every byte means something in it, so it is the last resort.
// The thresholds of 4 and 5 were fitted by bench/encodings/measure.ts on real pages of
// ../shared/corpora/web-pages written in each encoding their script has; its figures are quoted
// where each threshold is.
// Every result but 1 and 3 comes with a warning (decodeWarning), which ingest attaches to the file;
// 1 and 3 too when the text holds U+FFFD itself (a dump whose tool lost letters).

import { isUtf8 } from 'node:buffer';

import { bestLegacy, LEGACY_NAMES } from './decode/legacy.ts';
import { isMostlyUtf8, scanUtf8 } from './decode/utf8-scan.ts';

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
  const first = text.indexOf(REPLACEMENT_CHARACTER);
  if (first < 0) return null;
  const count = countReplacements(text);
  const line = text.slice(0, first).split('\n').length;
  return (
    `holds ${plural(count, 'U+FFFD replacement character')} (first on line ${line}): the tool ` +
    'that wrote it lost the letters they stand for, reading the page in another encoding; ' +
    'a clean copy of the page (the saved page or another dump) gives its article the text'
  );
}

/** The character a decoder writes for bytes it cannot read. */
export const REPLACEMENT_CHARACTER = '\uFFFD';

/** How many U+FFFD characters a text holds: the letters a decoder could not read. */
export function countReplacements(text: string): number {
  let count = 0;
  for (
    let at = text.indexOf(REPLACEMENT_CHARACTER);
    at >= 0;
    at = text.indexOf(REPLACEMENT_CHARACTER, at + 1)
  )
    count++;
  return count;
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

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
