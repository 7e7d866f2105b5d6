// Stage 1, ingest: read every file under the input folder, decode it, split off front matter
// (one file's bytes are read by src/ingest/read-file.ts; WARC files by src/warc/ingest.ts).
// Nothing is skipped silently: a file that cannot become an article is returned as a Rejection,
// and one that was never meant to be an article (a hidden file such as .DS_Store, a .git folder,
// the corpus's README or LICENSE) is returned as a Skipped entry, counted in the summary.

import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BuildContext } from '../build-context.ts';
import {
  ACCEPTED_EXTENSIONS,
  readHtmlPayload,
  readInputFile,
  sha256Of,
} from '../ingest/read-file.ts';
import type { BuildOptions } from '../options.ts';
import { PAGE_SIZE_FACTOR, sizeLimit } from '../size-limit.ts';
import type { InputFile, InputFormat, RawFile, Rejection, WarcFileSummary } from '../types.ts';
import { mapConcurrently } from '../concurrency.ts';
import { compareText } from '../order.ts';
import {
  firstCaptures,
  isWarcName,
  prunePayloads,
  readWarcFile,
  type WarcFileRead,
  type WarcRecordRead,
} from '../warc/ingest.ts';
import { isFolderDataFile, readFolderData, type FolderDataFile } from '../folder-data.ts';

// The tests and benches read single files through here, and the A/B benches
// (bench/extract/speed-ab.ts, html-speed.ts) import it from this path in every commit they compare.
export { readInputFile } from '../ingest/read-file.ts';

/**
 * An input file or folder left out without being read: not an article, not a rejection (it is
 * not listed in /archive.json), not copied to /raw/. A folder's path ends with "/" (".git/");
 * nothing under it is looked at.
 */
export interface Skipped {
  path: string;
  /**
   * "hidden": its name starts with a dot (isHidden: .DS_Store, .git/, ._story.txt);
   * "documentation": a README, LICENSE, CHANGELOG... that came with the corpus (isDocumentation).
   */
  reason: 'hidden' | 'documentation';
}

export interface IngestResult {
  files: InputFile[];
  rejected: Rejection[];
  /** Hidden and documentation files and folders, in path order (see Skipped). */
  skipped: Skipped[];
  /**
   * Every input file that is published under /raw/ (accepted or not), with its bytes' sha256;
   * for a WARC record, its page's payload, kept in the work folder (src/warc/ingest.ts).
   */
  raw: RawFile[];
  /** What each WARC file held, in path order (src/warc/ingest.ts). */
  warc: WarcFileSummary[];
  /** The folder data files (src/folder-data.ts), read apart from the articles; also in `raw`. */
  folderData: FolderDataFile[];
}

/**
 * The files that come with a corpus or a repository to describe it rather than hold an article:
 * README, LICENSE (or LICENCE), CHANGELOG, CONTRIBUTING, COPYING, AUTHORS and NOTICE, in any
 * case, bare or with one extension (README.TXT, the BBC corpus's; LICENSE.md; readme.txt).
 */
const DOCUMENTATION =
  /^(?:readme|licen[cs]e|changelog|contributing|copying|authors|notice)(?:\.[a-z0-9]{1,10})?$/i;

/**
 * Whether a file or folder is hidden: its name starts with one dot, as those that tools and
 * systems leave behind do (.DS_Store, .git, ._story.txt, .cache). A name starting with two
 * ("..dots..in..name...txt") is not that convention but an awkward article name, and is read
 * (test/helpers/hostile-input.ts holds one).
 */
export function isHidden(name: string): boolean {
  return name.startsWith('.') && !name.startsWith('..');
}

/** Whether a file's name (not its path) is one of the DOCUMENTATION names. */
function isDocumentation(name: string): boolean {
  return DOCUMENTATION.test(name);
}

/** "104.9 MB", "5 MB", "512 KB": sizes as the rejection message gives them (1 MB = 10^6 bytes). */
function formatSize(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

function tooLarge(rel: string, size: number, limit: number, format: InputFormat): Rejection {
  const what =
    format === 'html'
      ? `limit for a saved page (${PAGE_SIZE_FACTOR} times --max-file-size)`
      : 'limit for one file';
  return {
    path: rel,
    reason:
      `too large: ${formatSize(size)} (${size.toLocaleString('en-US')} bytes), over the ` +
      `${formatSize(limit)} ${what} ` +
      '(not read, and not copied to /raw/); if it holds many articles, split it into one file ' +
      'per article, or raise the limit with --max-file-size MB',
  };
}

/** The ingest stage: reads the input folder (ingest) and says how many files it read. */
export async function ingestStage({ options, done }: BuildContext): Promise<IngestResult> {
  const input = await ingest(options);
  done(
    `ingest: read ${input.files.length + input.rejected.length + input.folderData.length} ` +
      `files from ${options.input}`,
  );
  return input;
}

export async function ingest(options: BuildOptions): Promise<IngestResult> {
  const root = path.resolve(options.input);
  const rejected: Rejection[] = [];
  const skipped: Skipped[] = [];
  const files: InputFile[] = [];
  const raw: IngestResult['raw'] = [];
  const walked = await walk(root, '', rejected, skipped);
  const found = walked.filter((rel) => !isFolderDataFile(rel));
  const folderData = await readFolderData(
    root,
    walked.filter(isFolderDataFile),
    options.maxFileSize,
  );
  // Published under /raw/ like the other inputs read (one too large was not).
  for (const { path: rel, sha256 } of folderData) {
    if (sha256) raw.push({ path: rel, absPath: path.join(root, rel), sha256, kept: false });
  }
  const warcPaths = found.filter((rel) => isWarcName(path.basename(rel)));
  const warcReads = await readWarcFiles(root, warcPaths, options);
  const warcRead = new Map(warcPaths.map((rel, i) => [rel, warcReads[i] as WarcFileRead]));
  const copies = new Set(firstCaptures(warcReads));
  // Read a few at a time (src/concurrency.ts), then taken in path order, as they were found.
  const read = await mapConcurrently(found, (rel) =>
    warcRead.has(rel) ? Promise.resolve(null) : readOne(root, rel, options.maxFileSize),
  );
  found.forEach((rel, i) => {
    const warc = warcRead.get(rel);
    if (warc) takeWarcFile(warc, copies, { files, rejected, raw });
    else takeFile(root, read[i] ?? null, { files, rejected, raw });
  });
  // Pages of WARC files gone from the input (all of them, if none is left) are let go.
  await prunePayloads(payloadDir(options), new Set([...copies].map((r) => r.payloadFile)));
  return {
    files,
    rejected,
    skipped,
    raw,
    warc: warcReads.map((w) => w.summary),
    folderData,
  };
}

/** What ingest gathers as it takes the files read in path order. */
type Taken = Pick<IngestResult, 'files' | 'rejected' | 'raw'>;

/**
 * A WARC file's pages (the first capture of each, `copies`) and rejections, which take its place
 * in path order, by offset.
 */
function takeWarcFile(warc: WarcFileRead, copies: Set<WarcRecordRead>, taken: Taken): void {
  for (const record of warc.records) {
    if (!copies.has(record)) continue;
    taken.files.push(record.file);
    taken.raw.push({
      path: record.file.path,
      absPath: record.payloadFile,
      sha256: record.file.sha256,
      kept: true,
    });
  }
  taken.rejected.push(...warc.rejected);
}

/**
 * A file read (readOne): an input file or a rejection. Every file that was read is published
 * under /raw/, rejected or not; one too large or of another kind was never read.
 */
function takeFile(root: string, one: FileRead | null, taken: Taken): void {
  if (!one) return;
  const { result, sha256 } = one;
  if (sha256) {
    taken.raw.push({
      path: result.path,
      absPath: path.join(root, result.path),
      sha256,
      kept: false,
    });
  }
  if ('reason' in result) taken.rejected.push(result);
  else taken.files.push(result);
}

/** Where the pages of WARC records are kept for their raw copies, by sha256. */
function payloadDir(options: BuildOptions): string {
  return path.resolve(options.work, 'warc', 'payloads');
}

/**
 * WARC files are streamed (src/warc/records.ts), two at a time: their reading is the main
 * thread's work (zlib inflates a .warc.gz's members synchronously, warcio parses the records in
 * JavaScript), so more at once would gain nothing.
 */
const WARC_FILES_AT_ONCE = 2;

function readWarcFiles(
  root: string,
  rels: string[],
  options: BuildOptions,
): Promise<WarcFileRead[]> {
  return mapConcurrently(
    rels,
    (rel) =>
      readWarcFile(
        path.join(root, rel),
        rel,
        { maxFileSize: options.maxFileSize, payloadDir: payloadDir(options) },
        readHtmlPayload,
      ),
    WARC_FILES_AT_ONCE,
  );
}

/** One file found in the input folder, read and decoded, or the reason it was not. */
interface FileRead {
  result: Rejection | InputFile;
  /** Its bytes' sha256; null when it was not read (too large, or of another kind). */
  sha256: string | null;
}

/** Reads one file found in the input folder, unless it is too large or of another kind. */
async function readOne(root: string, rel: string, maxFileSize: number): Promise<FileRead> {
  const absPath = path.join(root, rel);
  const ext = path.extname(rel).toLowerCase();
  if (!ACCEPTED_EXTENSIONS.has(ext)) {
    const reason = `not a .txt, .md, .html or .warc file (${ext || 'no extension'}); rename it if it holds article text`;
    return { result: { path: rel, reason }, sha256: null };
  }
  // The size is checked before the file is read, so a huge file costs no memory; it is checked
  // again after, in case the file grew in between. (Reading through a FileHandle instead, to
  // stat and read one open file, made ingest five times slower: docs/figures.md.)
  const format = ACCEPTED_EXTENSIONS.get(ext) as InputFormat;
  const limit = sizeLimit(format, maxFileSize);
  const { size } = await stat(absPath);
  if (size > limit) return { result: tooLarge(rel, size, limit, format), sha256: null };
  const bytes = await readFile(absPath);
  if (bytes.length > limit) {
    return { result: tooLarge(rel, bytes.length, limit, format), sha256: null };
  }
  const sha256 = sha256Of(bytes);
  return { result: readInputFile(rel, bytes, sha256), sha256 };
}

/**
 * Lists files under dir, sorted by path so that every build sees them in the same order; hidden
 * and documentation files go to `skipped`, hidden folders too, unopened.
 */
async function walk(
  root: string,
  rel: string,
  rejected: Rejection[],
  skipped: Skipped[],
): Promise<string[]> {
  const entries = await readdir(path.join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => compareText(a.name, b.name));
  const out: string[] = [];
  for (const entry of entries) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (isHidden(entry.name)) {
      skipped.push({ path: entry.isDirectory() ? `${childRel}/` : childRel, reason: 'hidden' });
    } else if (!entry.isDirectory() && isDocumentation(entry.name)) {
      skipped.push({ path: childRel, reason: 'documentation' });
    } else if (entry.isSymbolicLink()) {
      rejected.push({
        path: childRel,
        reason: 'symbolic link, not followed (copy the file into the input folder instead)',
      });
    } else if (entry.isDirectory()) {
      out.push(...(await walk(root, childRel, rejected, skipped)));
    } else if (entry.isFile()) {
      out.push(childRel);
    } else {
      const stat = await lstat(path.join(root, childRel));
      rejected.push({
        path: childRel,
        reason: `not a regular file (mode ${stat.mode.toString(8)})`,
      });
    }
  }
  return out;
}
