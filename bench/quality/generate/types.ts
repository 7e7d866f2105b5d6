// Public types (bench/quality/generate.ts).

export type Layout = 'blank' | 'per-line' | 'wrapped' | 'wrapped-indent';

export interface TruthRecord {
  /** Relative to the output folder, forward slashes, e.g. "site-03/0001.txt". */
  path: string;
  corpus: 'bbc' | 'reuters';
  /** e.g. "bbc/business/001.txt" or "reuters21578/reut2-000.sgm#NEWID=5". */
  original: string;
  template: string;
  /** "utf-8", "utf-8 (BOM)", "utf-16le (BOM)" or "windows-1252" (the names ingest reports). */
  encoding: string;
  crlf: boolean;
  layout: Layout;
  /** The headline a reader should see; null for body-only copies. */
  title: string | null;
  standfirst: string | null;
  /** "YYYY-MM-DD" (or "YYYY-MM") of the published date as printed; null when none is printed. */
  date: string | null;
  source: string | null;
  byline: string | null;
  /** The true body paragraphs, in order, clean text (print breaks joined). */
  paragraphs: string[];
  /** Every chrome line inserted (trimmed exact text): none of these may end up in the body. */
  chrome: string[];
  /** Words the generator broke with a print hyphen (joined form), one entry per break. */
  breaks: string[];
  /** Genuine hyphenated words in the standfirst and paragraphs ("high-level", "Il-sung"). */
  hyphenated: string[];
  /** Paragraphs of the original cut off by a paywall: not in the file, not expected. */
  omitted: string[];
}

export interface GenerateOptions {
  /** Folder holding bbc/ and reuters21578/. */
  corpora: string;
  /** Output folder; its site-NN/ folders and truth.json are replaced. */
  out: string;
  count: number;
  seed: number;
}
