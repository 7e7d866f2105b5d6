// Normalizing as a build does.

import type { Page } from './pages.ts';
import { publishedBody } from './texts.ts';
import { defaultOptions } from '../../../src/options.ts';
import { sizeLimit } from '../../../src/size-limit.ts';
import { readInputFile } from '../../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../../src/stages/normalize.ts';
import type { InputFile, NormalizedDoc } from '../../../src/types.ts';

export interface Extraction {
  page: Page;
  /** null when ingest rejected the file (too large, empty, binary). */
  doc: NormalizedDoc | null;
  rejected: string | null;
  /** The text as read (the baseline: the page's text unchanged). */
  text: string;
  /** What the archive publishes: '' when the build would reject the file. */
  body: string;
  /** Time of normalize() alone, ms. */
  ms: number;
  /** Time of readInputFile() (decoding the bytes as ingest does), ms: with `ms`, the wall time. */
  readMs: number;
}

/**
 * What the scores read of an extraction: the page, the text as read, the published body and
 * the metadata. Narrower than Extraction so that a peer extractor (bench/extract/peer.ts,
 * Mozilla Readability) is scored by the very same code.
 */
export type Scored = Pick<Extraction, 'page' | 'text' | 'body'> & {
  doc: Pick<NormalizedDoc, 'title' | 'byline' | 'date'> | null;
};

/**
 * The text the scores look for what a page prints in: the text as read, or the page's bytes as
 * UTF-8 where the read gave none (a rejected file).
 */
export function dumpText(e: Pick<Scored, 'page' | 'text'>): string {
  return e.text || e.page.bytes.toString('utf8');
}

/**
 * Reads every page as ingest does (readInputFile, with the build's default size limits), profiles
 * them together as one build over a folder of them would (corpusProfile: recurring lines and
 * word counts), then normalizes each one, timing normalize() alone.
 */
export function extract(pages: Page[]): { extractions: Extraction[]; profileMs: number } {
  const read = pages.map(ingestPage);
  const files = read.flatMap((r) => (r.file ? [r.file] : []));
  const started = performance.now();
  const context = corpusProfile(files);
  const profileMs = performance.now() - started;
  // One untimed run first: the first normalize() in a process pays for loading and compiling
  // (300 ms on the sample's first page against a 10 ms median), which is not a per-file cost.
  if (files[0]) normalize(files[0], context);
  const extractions = read.map(({ page, file, rejected, readMs }): Extraction => {
    if (!file) return { page, doc: null, rejected, text: '', body: '', ms: 0, readMs };
    const t0 = performance.now();
    const doc = normalize(file, context);
    const ms = performance.now() - t0;
    // src/build.ts rejects a doc left with neither blocks nor title: nothing is published.
    const published = doc.blocks.length > 0 || doc.title !== null;
    return {
      page,
      doc,
      rejected: null,
      text: file.text,
      body: published ? publishedBody(doc) : '',
      ms,
      readMs,
    };
  });
  return { extractions, profileMs };
}

/** A page read as ingest reads it, timed: its file, or why ingest rejected it. */
function ingestPage(page: Page): {
  page: Page;
  file: InputFile | null;
  rejected: string | null;
  readMs: number;
} {
  const format = /\.html?$/i.test(page.path) ? 'html' : 'text';
  const limit = sizeLimit(format, defaultOptions.maxFileSize);
  if (page.bytes.length > limit) {
    return {
      page,
      file: null,
      rejected: `larger than ${limit} bytes`,
      readMs: 0,
    };
  }
  const t0 = performance.now();
  const file = readInputFile(page.path, page.bytes);
  const readMs = performance.now() - t0;
  return 'reason' in file
    ? { page, file: null, rejected: file.reason, readMs }
    : { page, file: file as InputFile, rejected: null, readMs };
}
