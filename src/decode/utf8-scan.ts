// Step 4 of decode's order (src/decode.ts): bytes that are overwhelmingly valid UTF-8, read as
// UTF-8 with each bad byte shown as U+FFFD. One stray byte in a UTF-8 page must not turn the whole
// page into mojibake.

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

export function isMostlyUtf8({ sequences, badBytes }: Utf8Scan): boolean {
  return sequences >= MIN_SEQUENCES && badBytes / (sequences + badBytes) <= MAX_BAD_SHARE;
}
