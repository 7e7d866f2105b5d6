// The size limit for one input, by format: what --max-file-size means for a saved page.

import type { InputFormat } from './types.ts';

/**
 * A saved web page (an HTML file, or a WARC record's payload once decoded) may be this many times
 * --max-file-size. The limit is there because an article's text costs time and memory in
 * proportion to its length (see defaultOptions); a page's markup, inline scripts and styles are
 * dropped before any of that work, and its article text is a small part of its bytes. At 1 MB,
 * 10 of the 1,182 development pages (../shared/corpora/web-pages) were refused, all of them news
 * sites (CNN, the Guardian, Yahoo, New York magazine, Gothamist; docs/figures.md), and saved
 * pages with their images inlined (SingleFile) are larger still.
 */
export const PAGE_SIZE_FACTOR = 10;

/** The size limit, in bytes, for one input of this format: a saved page gets PAGE_SIZE_FACTOR. */
export function sizeLimit(format: InputFormat, maxFileSize: number): number {
  return format === 'html' ? maxFileSize * PAGE_SIZE_FACTOR : maxFileSize;
}
