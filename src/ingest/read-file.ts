// One input file's bytes to an InputFile or the Rejection saying why it is none: binary
// signatures, decoding (text by src/decode.ts, a saved page as a browser decodes it by
// src/html/charset.ts), front matter. The ingest stage (src/stages/ingest.ts) finds the files,
// checks their size and hands their bytes here; a WARC record's page comes through
// readHtmlPayload. Pure, so that tests and benches can feed it bytes.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { decode, decodeWarning } from '../decode.ts';
import {
  decodeHtml,
  pageEncoding,
  textIn,
  type CharsetSource,
  type PageEncoding,
} from '../html/charset.ts';
import type { InputFile, InputFormat, Rejection } from '../types.ts';
import { textKindOf } from './text-kind.ts';

/** The extensions read as input, and the format each is read in (InputFile.format). */
export const ACCEPTED_EXTENSIONS = new Map<string, InputFormat>([
  ['.txt', 'text'],
  ['.md', 'text'],
  ['.html', 'html'],
  ['.htm', 'html'],
]);

/** Magic numbers of binary formats that scrapers commonly save with a text extension. */
const BINARY_SIGNATURES: [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a WebP or RIFF file', [0x52, 0x49, 0x46, 0x46]],
];

/**
 * A WARC record's page, read as a saved page is (readHtmlFile) with the charset of its HTTP
 * Content-Type; an empty or binary payload is rejected as an empty or binary file is.
 */
export function readHtmlPayload(
  rel: string,
  bytes: Buffer,
  sha256: string,
  contentType: string | null,
): InputFile | Rejection {
  if (bytes.length === 0) return { path: rel, reason: 'empty page (the record has no payload)' };
  const binary = binaryKind(bytes);
  if (binary) return { path: rel, reason: `binary payload: ${binary}, not HTML` };
  // Its text is not kept (src/warc/ingest.ts): normalize decodes the kept payload.
  return readHtmlFile(rel, bytes, sha256, contentType, false);
}

/** A file's bytes' sha256 in hex, as InputFile.sha256 and the lock's sources give it. */
export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Decodes one file's bytes and splits off its front matter; pure, so tests can feed it bytes. */
export function readInputFile(
  rel: string,
  bytes: Buffer,
  sha256 = sha256Of(bytes),
): InputFile | Rejection {
  if (bytes.length === 0) return { path: rel, reason: 'empty file' };
  const binary = binaryKind(bytes);
  if (binary) return { path: rel, reason: `binary file: ${binary}, not text` };
  if (ACCEPTED_EXTENSIONS.get(path.extname(rel).toLowerCase()) === 'html') {
    return readHtmlFile(rel, bytes, sha256);
  }
  const decoded = decode(bytes);
  if (!decoded) {
    return { path: rel, reason: 'binary file: contains NUL bytes and no UTF-16 byte-order mark' };
  }
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { path: rel, reason: 'no text (only whitespace)' };
  const warnings: string[] = [];
  // Invalid UTF-8 is not rejected (old Latin-1 and East Asian pages are common), but it is
  // reported: the encoding chosen may misread the bytes, and the user should know which file to
  // check (the warning goes out under the file's path: stderr, the summary, /report.json).
  const warning = decodeWarning(decoded);
  if (warning) warnings.push(warning);
  const { body, data } = splitFrontMatter(text, warnings);
  if (body.trim() === '' && Object.keys(data).length === 0) {
    return { path: rel, reason: 'no text (only empty front matter)' };
  }
  return {
    path: rel,
    sha256,
    size: bytes.length,
    encoding: decoded.encoding,
    format: 'text',
    textKind: textKindOf(rel, body),
    text: body,
    frontMatter: data,
    warnings,
  };
}

/** How InputFile.encoding names where an HTML page's encoding came from. */
const CHARSET_SOURCE: Record<CharsetSource, string> = {
  bom: ' (BOM)',
  http: ' (HTTP header)',
  meta: ' (declared by the page)',
  sniffed: '',
};

/**
 * The file with its text, read from where it was kept (InputFile.textFrom) if it was not held:
 * decoded again as readHtmlFile decoded it, to the same text.
 */
export function withText(file: InputFile): InputFile {
  if (!file.textFrom) return file;
  const page = decodeHtml(readFileSync(file.textFrom.path), file.textFrom.contentType);
  return { ...file, text: page.text.replace(/\r\n?/g, '\n') };
}

/**
 * An HTML page, decoded as a browser decodes it (src/html/charset.ts). The text is the page's
 * markup, which the HTML front end parses (src/extract/html-front-end.ts); a page has no front
 * matter. Without `keepText` the text is left empty, and the page is decoded only where its
 * bytes do not tell its encoding or whether it is blank (see isBlankPage).
 */
function readHtmlFile(
  rel: string,
  bytes: Buffer,
  sha256: string,
  contentType: string | null = null,
  keepText = true,
): InputFile | Rejection {
  const page = keepText ? decodeHtml(bytes, contentType) : pageEncoding(bytes, contentType);
  if (isBlankPage(bytes, page)) return { path: rel, reason: 'no text (only whitespace)' };
  const text = keepText && page.text !== null ? page.text.replace(/\r\n?/g, '\n') : '';
  const { encoding, source } = page.charset;
  const warnings: string[] = [];
  if (page.unknownLabel !== null) {
    warnings.push(
      `the page declares an encoding no decoder knows ("${page.unknownLabel}"); read as ${encoding}`,
    );
  }
  if (page.contradicted !== null) {
    warnings.push(
      `the page declares ${page.contradicted}, but its bytes are valid UTF-8; read as UTF-8`,
    );
  }
  if (page.sniffWarning !== null) warnings.push(page.sniffWarning);
  return {
    path: rel,
    sha256,
    size: bytes.length,
    encoding: encoding + CHARSET_SOURCE[source],
    format: 'html',
    text,
    frontMatter: {},
    warnings,
  };
}

/** The bytes of the characters String.prototype.trim takes in ASCII: tab, LF, VT, FF, CR, space. */
const ASCII_SPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/**
 * Whether the page's text is whitespace alone. Undecoded UTF-8 (without a byte order mark) is
 * read from its bytes: an ASCII byte other than a space is a character that is not one, so the
 * first one answers; a page whose first other byte is not ASCII is decoded to tell.
 */
function isBlankPage(bytes: Buffer, page: PageEncoding): boolean {
  if (page.text === null && page.charset.encoding === 'utf-8' && page.charset.source !== 'bom') {
    const first = bytes.findIndex((b) => !ASCII_SPACE.has(b));
    if (first < 0) return true;
    if ((bytes[first] as number) < 0x80) return false;
  }
  return (page.text ?? textIn(bytes, page.charset)).trim() === '';
}

function binaryKind(bytes: Buffer): string | null {
  for (const [kind, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return kind;
  }
  return null;
}

const FRONT_MATTER = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function splitFrontMatter(
  text: string,
  warnings: string[],
): { body: string; data: Record<string, unknown> } {
  if (!FRONT_MATTER.test(text)) return { body: text, data: {} };
  try {
    // An options object turns off gray-matter's cache, which would otherwise keep every file.
    const parsed = matter(text, {});
    const data = parsed.data;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      warnings.push('front matter is not a YAML mapping; ignored');
      return { body: parsed.content, data: {} };
    }
    return { body: parsed.content, data: data as Record<string, unknown> };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    warnings.push(`front matter is not valid YAML (${reason}); ignored, the text is kept`);
    return { body: text.replace(FRONT_MATTER, ''), data: {} };
  }
}
