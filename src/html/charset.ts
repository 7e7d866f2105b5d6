// The character encoding of an HTML page, found as a browser finds it (WHATWG HTML, "determining
// the character encoding", https://html.spec.whatwg.org/#determining-the-character-encoding):
//   1. a byte order mark;
//   2. the transport's declaration: the charset parameter of an HTTP Content-Type header (a WARC
//      record gives it; a saved file has none);
//   3. the prescan of the first 1024 bytes for <meta charset> or <meta http-equiv=Content-Type>;
//   4. sniffing, by the text path's detector (src/decode.ts decode()): valid UTF-8 is UTF-8,
//      UTF-8 with a few bad bytes is UTF-8 with them replaced, else the legacy encoding whose
//      reading is plausible text of one script (Shift_JIS, GBK, EUC-KR, windows-1251...), else
//      windows-1252 (the WHATWG default for Latin-script locales). Browsers guess by frequency
//      analysis too; an undeclared Russian page is not Latin-1.
// Labels are resolved as the WHATWG Encoding standard says (Node's TextDecoder does that:
// "latin1", "iso-8859-1" and "ascii" are windows-1252, "sjis" is shift_jis, "gb2312" is gbk).

import { byteOrderMark, decode, decodeWarning, decodeWindows1252, isValidUtf8 } from '../decode.ts';

/** Where the encoding came from, in the order a browser consults them. */
export type CharsetSource = 'bom' | 'http' | 'meta' | 'sniffed';

export interface Charset {
  /** The WHATWG encoding name (TextDecoder's `encoding`): "utf-8", "shift_jis", "windows-1251". */
  encoding: string;
  source: CharsetSource;
}

export interface DecodedPage {
  text: string;
  charset: Charset;
  /**
   * A declared label no decoder knows ("x-mac-korean", a misspelling), passed over for the next
   * step; null when every declaration read was usable.
   */
  unknownLabel: string | null;
  /**
   * A declared encoding set aside because the bytes are valid UTF-8 with non-ASCII in them (see
   * decodeHtml); null when nothing was set aside.
   */
  contradicted: string | null;
  /**
   * For a sniffed encoding, what the text path's detector says to check ("not valid UTF-8 at 3
   * bytes...", "read as windows-1251 (Cyrillic)..."); null when there is nothing to check.
   */
  sniffWarning: string | null;
}

/** The prescan reads this many bytes, as the standard says (step 3 above). */
const PRESCAN_BYTES = 1024;

/**
 * The WHATWG encoding for a label, or null when the label names none Node can decode. The
 * "replacement" encoding (labels of ISO-2022-KR and HZ, kept out of the web for safety) and
 * x-user-defined are null too: TextDecoder has neither.
 */
function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset parameter of a Content-Type value ("text/html; charset="Shift_JIS""), or null. */
function charsetParameter(contentType: string): string | null {
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  const value = match?.[1] ?? match?.[2] ?? '';
  return value.trim() || null;
}

// ---------------------------------------------------------------------------------------------
// The prescan (https://html.spec.whatwg.org/#prescan-a-byte-stream-to-determine-its-encoding).

const isSpace = (b: number | undefined) =>
  b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
const isAsciiLetter = (b: number | undefined) =>
  b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** Bytes at `at` equal `ascii`, ASCII case-insensitively. */
function startsWithAt(bytes: Uint8Array, at: number, ascii: string): boolean {
  for (let i = 0; i < ascii.length; i++) {
    const b = bytes[at + i];
    if (b === undefined || lower(b) !== ascii.charCodeAt(i)) return false;
  }
  return true;
}

interface Attribute {
  name: string;
  value: string;
  /** Position after the attribute. */
  end: number;
}

/** The standard's "get an attribute" algorithm; null at ">" or the end of the bytes. */
function getAttribute(bytes: Uint8Array, start: number): Attribute | null {
  let i = start;
  while (isSpace(bytes[i]) || bytes[i] === 0x2f) i++;
  if (i >= bytes.length || bytes[i] === 0x3e) return null;
  let name = '';
  let value = '';
  // The name: up to "=", whitespace, "/" or ">" (a "=" as its first byte belongs to it).
  for (; ; i++) {
    const b = bytes[i];
    if (b === undefined) return null;
    if (b === 0x3d && name !== '') break;
    if (isSpace(b)) break;
    if (b === 0x2f || b === 0x3e) return { name, value, end: i };
    name += String.fromCharCode(lower(b));
  }
  while (isSpace(bytes[i])) i++;
  if (bytes[i] !== 0x3d) return { name, value, end: i };
  i++;
  while (isSpace(bytes[i])) i++;
  const quote = bytes[i];
  if (quote === 0x22 || quote === 0x27) {
    for (i++; ; i++) {
      const b = bytes[i];
      if (b === undefined) return null;
      if (b === quote) return { name, value, end: i + 1 };
      value += String.fromCharCode(lower(b));
    }
  }
  if (quote === 0x3e) return { name, value, end: i };
  for (; ; i++) {
    const b = bytes[i];
    if (b === undefined) return null;
    if (isSpace(b) || b === 0x3e) return { name, value, end: i };
    value += String.fromCharCode(lower(b));
  }
}

/**
 * The standard's "extract a character encoding from a meta element": the label after the first
 * "charset" followed by "=" in a content attribute ("text/html; charset=windows-1251").
 */
function charsetFromMetaContent(content: string): string | null {
  let i = 0;
  for (;;) {
    const at = content.toLowerCase().indexOf('charset', i);
    if (at < 0) return null;
    i = at + 'charset'.length;
    while (/[\t\n\f\r ]/.test(content[i] ?? '')) i++;
    if (content[i] !== '=') continue;
    i++;
    while (/[\t\n\f\r ]/.test(content[i] ?? '')) i++;
    const quote = content[i];
    if (quote === '"' || quote === "'") {
      const end = content.indexOf(quote, i + 1);
      return end < 0 ? null : content.slice(i + 1, end);
    }
    const rest = /^[^\t\n\f\r ;]+/.exec(content.slice(i));
    return rest ? rest[0] : null;
  }
}

/** The label a <meta> element's attributes declare, per the prescan's rules; null if none. */
function metaLabel(bytes: Uint8Array, start: number): { label: string | null; end: number } {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let label: string | null = null;
  let i = start;
  for (let attr = getAttribute(bytes, i); attr; attr = getAttribute(bytes, i)) {
    i = attr.end;
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv' && attr.value === 'content-type') gotPragma = true;
    else if (attr.name === 'content' && label === null) {
      const fromContent = charsetFromMetaContent(attr.value);
      if (fromContent !== null) {
        label = fromContent;
        needPragma = true;
      }
    } else if (attr.name === 'charset') {
      label = attr.value;
      needPragma = false;
    }
  }
  if (needPragma === null || (needPragma && !gotPragma)) return { label: null, end: i };
  return { label, end: i };
}

/**
 * The label the first PRESCAN_BYTES bytes declare in a <meta> element, or null. Comments are
 * skipped, and so are other tags with their attributes (a "<meta" inside an attribute value of
 * another tag is not a declaration).
 */
export function prescanLabel(bytes: Uint8Array, length = PRESCAN_BYTES): string | null {
  const head = bytes.subarray(0, length);
  let i = 0;
  while (i < head.length) {
    if (startsWithAt(head, i, '<!--')) {
      const end = indexOfAscii(head, '-->', i + 2);
      if (end < 0) return null;
      i = end + 3;
    } else if (startsWithAt(head, i, '<meta') && (isSpace(head[i + 5]) || head[i + 5] === 0x2f)) {
      const { label, end } = metaLabel(head, i + 6);
      if (label !== null) return label;
      i = end + 1;
    } else if (
      head[i] === 0x3c &&
      (isAsciiLetter(head[i + 1]) || (head[i + 1] === 0x2f && isAsciiLetter(head[i + 2])))
    ) {
      i += head[i + 1] === 0x2f ? 2 : 1;
      while (i < head.length && !isSpace(head[i]) && head[i] !== 0x3e) i++;
      for (let attr = getAttribute(head, i); attr; attr = getAttribute(head, i)) i = attr.end;
      i++;
    } else if (
      head[i] === 0x3c &&
      (head[i + 1] === 0x21 || head[i + 1] === 0x2f || head[i + 1] === 0x3f)
    ) {
      const end = head.indexOf(0x3e, i + 1);
      if (end < 0) return null;
      i = end + 1;
    } else {
      i++;
    }
  }
  return null;
}

function indexOfAscii(bytes: Uint8Array, ascii: string, from: number): number {
  const first = ascii.charCodeAt(0);
  for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (startsWithAt(bytes, i, ascii)) return i;
  }
  return -1;
}

/**
 * A label declared inside the page is taken with the standard's two corrections: a page that
 * says UTF-16 cannot be, as its declaration was read as ASCII, so it is UTF-8; x-user-defined is
 * windows-1252.
 */
function metaEncoding(label: string): string | null {
  if (label.trim().toLowerCase() === 'x-user-defined') return 'windows-1252';
  const encoding = encodingForLabel(label);
  return encoding === 'utf-16le' || encoding === 'utf-16be' ? 'utf-8' : encoding;
}

// ---------------------------------------------------------------------------------------------

/**
 * The page's encoding (see the top) and its text. `contentType` is the HTTP Content-Type header
 * where the page came with one (a WARC response). A declared label that no decoder knows is
 * passed over and reported, as a browser passes over it; a declaration that valid UTF-8 bytes
 * contradict is set aside and reported.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null = null): DecodedPage {
  const page = pageEncoding(bytes, contentType);
  return { ...page, text: page.text ?? textIn(bytes, page.charset) };
}

/** What decodeHtml finds out about a page, with the page's text if it was decoded to find it. */
export type PageEncoding = Omit<DecodedPage, 'text'> & {
  /** The page's text where finding the encoding decoded it (a sniffed legacy encoding), else null. */
  text: string | null;
};

/**
 * The page's encoding as decodeHtml finds it, without decoding the page where the encoding can
 * be told from its bytes: ingest needs only this of a WARC record's page, whose text normalize
 * decodes (docs/figures.md).
 */
export function pageEncoding(bytes: Uint8Array, contentType: string | null = null): PageEncoding {
  const bom = byteOrderMark(bytes);
  if (bom) return found({ encoding: bom.encoding, source: 'bom' }, null);
  let unknownLabel: string | null = null;
  let declared: Charset | null = null;
  const httpLabel = contentType ? charsetParameter(contentType) : null;
  if (httpLabel !== null) {
    const encoding = encodingForLabel(httpLabel);
    if (encoding) declared = { encoding, source: 'http' };
    else unknownLabel = httpLabel;
  }
  const metaDeclared = declared ? null : prescanLabel(bytes);
  if (metaDeclared !== null) {
    const encoding = metaEncoding(metaDeclared);
    if (encoding) declared = { encoding, source: 'meta' };
    else unknownLabel ??= metaDeclared;
  }
  const utf8 = isValidUtf8(bytes);
  // A declaration the bytes contradict: a page re-encoded to UTF-8 by the tool that saved it,
  // its <meta> left saying gb2312 (Readability's qq page), or a server that labels every page
  // iso-8859-1. Non-ASCII text in a legacy encoding is as good as never valid UTF-8 (Cyrillic,
  // CJK or accented Latin lead bytes are followed by letters, not by 0x80-0xBF continuations),
  // so valid UTF-8 is what the author wrote. Browsers trust the declaration and show mojibake.
  // Pure ASCII keeps its declaration (ISO-2022-JP is written in ASCII bytes).
  if (declared && declared.encoding !== 'utf-8' && utf8 && hasNonAscii(bytes)) {
    return {
      ...found({ encoding: 'utf-8', source: 'sniffed' }, unknownLabel),
      contradicted: declared.encoding,
    };
  }
  if (declared) return found(declared, unknownLabel);
  const late = utf8 || unknownLabel !== null ? null : lateMetaEncoding(bytes);
  if (late) return found({ encoding: late, source: 'meta' }, null);
  return sniffed(bytes, utf8, unknownLabel);
}

/**
 * How far into the page a `<meta>` after the prescan's bytes is read: the `<head>`'s end, at most
 * this many bytes (the two Polish pages below declare theirs at bytes 1,222 and 2,097).
 */
const LATE_META_BYTES = 16384;

/**
 * A legacy encoding a `<meta>` in the `<head>` declares after the prescan's 1024 bytes, or null.
 * A browser's parser meets it there and reads the page again in it (WHATWG HTML, "change the
 * encoding"); the prescan alone misses it, and the sniffer, which knows no Central European
 * encoding, read both pages as windows-1252: trafilatura's rp.pl page ("charset=Windows-1250"
 * after 2 KB of scripts; "bliżej" read "bli¿ej" in the headline and the body) and the
 * Ziemniaki page ("ISO-8859-2", "dziesiątej" read "dziesi±tej"). Only for bytes that are not
 * valid UTF-8 (valid UTF-8 is what the author wrote, as above) and only a legacy label: a late
 * "utf-8" on invalid bytes is left to the sniffer, whose "mostly UTF-8" reading is that one.
 */
function lateMetaEncoding(bytes: Uint8Array): string | null {
  const searched = bytes.subarray(0, LATE_META_BYTES);
  const ends = [indexOfAscii(searched, '</head', 0), indexOfAscii(searched, '<body', 0)];
  const end = Math.min(searched.length, ...ends.filter((at) => at >= 0));
  if (end <= PRESCAN_BYTES) return null;
  const label = prescanLabel(bytes, end);
  const encoding = label === null ? null : metaEncoding(label);
  return encoding === 'utf-8' ? null : encoding;
}

/**
 * Step 4 (see the top). Pure ASCII is read as UTF-8 (the two agree on it); bytes with a NUL in
 * them, which decode() leaves to the caller, as windows-1252, which maps every byte.
 */
function sniffed(bytes: Uint8Array, utf8: boolean, unknownLabel: string | null): PageEncoding {
  if (utf8) return found({ encoding: 'utf-8', source: 'sniffed' }, unknownLabel);
  const detected = decode(bytes);
  if (!detected) return found({ encoding: 'windows-1252', source: 'sniffed' }, unknownLabel);
  // decode() names UTF-8 with replaced bytes "utf-8 (bad bytes replaced)"; the rest are WHATWG
  // names already.
  const encoding = detected.why.kind === 'mostly-utf-8' ? 'utf-8' : detected.encoding;
  return {
    text: detected.text,
    charset: { encoding, source: 'sniffed' },
    unknownLabel,
    contradicted: null,
    sniffWarning: decodeWarning(detected),
  };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((b) => b >= 0x80);
}

function found(charset: Charset, unknownLabel: string | null): PageEncoding {
  return { text: null, charset, unknownLabel, contradicted: null, sniffWarning: null };
}

/** The page's text in the encoding found (after its byte order mark, if it has one). */
export function textIn(bytes: Uint8Array, charset: Charset): string {
  const skip = charset.source === 'bom' ? (byteOrderMark(bytes)?.length ?? 0) : 0;
  return decodeAs(bytes.subarray(skip), charset.encoding);
}

/**
 * Bytes decoded in a WHATWG encoding; bytes that the encoding does not map become U+FFFD, as in
 * a browser. windows-1252 goes through decodeWindows1252: Node 20's TextDecoder reads it as
 * Latin-1, leaving 0x80-0x9F (curly quotes, dashes, euro sign) as control characters.
 */
function decodeAs(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'windows-1252') {
    return decodeWindows1252(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}
