// Folder data: defaults for every file under a folder of the input (its publication, section,
// language and the time zone of its dates), in a file named archive.folder.json in that folder, in the manner of Eleventy's
// directory data files. A fixed name rather than Eleventy's <folder>/<folder>.json: the input's
// own folder is named whatever the user called it (and renaming it must not lose its data), and
// the name pairs with archive.config.json, so a reader of the folder can tell what it is.
//
// Nearer folders override farther ones (the file's own folder over the input's root), and what
// the file itself says (its front matter, or for publication and section its text) overrides
// them all. Each folder of the input that holds articles is their section unless something
// nearer says otherwise: the top-level folder's name ("business" -> "Business").
//
// Folder data is applied to the normalized documents after the normalize cache (src/build.ts),
// so a change to a data file never makes a file be normalized again.
//
// A data file is checked like the config (src/config.ts): every field, with a message naming the
// file and the field. A bad one does not stop the build: its defaults are left out and the
// problem is a warning under the file's path.

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { dayIn } from './normalize/dates.ts';
import { documentLanguage } from './normalize/language.ts';
import type { InputFile, NormalizedDoc } from './types.ts';

/** The name of a folder data file, in any folder of the input. */
const FOLDER_DATA_FILE = 'archive.folder.json';

/** What a folder data file may set; an absent field leaves the farther folders' value. */
export interface FolderDefaults {
  /** The publication every article under the folder is from ("BBC News"): its source. */
  publication?: string;
  /**
   * The section of every article under the folder ("Business"); null: none, not even the
   * folder's name (for a folder such as "2004" or "batch-3").
   */
  section?: string | null;
  /** BCP 47 tag of the articles' language ("en", "pt-BR"). */
  language?: string;
  /**
   * IANA time zone the publication dated its articles in ("Europe/London"): a timestamp given
   * with its zone ("2019-06-04T23:30:00Z") is dated by its day there (see zonedDay).
   */
  timeZone?: string;
}

/** A folder data file as the build read it: its defaults, or why they were left out. */
export interface FolderDataFile {
  /** Path relative to the input folder, with forward slashes. */
  path: string;
  /** sha256 of its bytes; null when it was too large to read. */
  sha256: string | null;
  /** The checked defaults; null when the file is bad (see error). */
  defaults: FolderDefaults | null;
  /** Why the file was ignored, naming the field (the path is beside it); null when it was read. */
  error: string | null;
}

/** A bad data file: the message names the file; `reason` is the rest, for a line under its path. */
class FolderDataError extends Error {
  constructor(
    file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

const IGNORED = 'its defaults are ignored. See "Folder data" in the README.';

/** Whether an input path (relative, forward slashes) is a folder data file. */
export function isFolderDataFile(rel: string): boolean {
  return path.posix.basename(rel) === FOLDER_DATA_FILE;
}

const FIELDS = ['publication', 'section', 'language', 'timeZone'] as const;

// A BCP 47 tag whose language is an ISO 639 code of 2 or 3 letters ("en", "pt-BR", "yue"): the
// tags the site model accepts (src/site/model.ts) but for the 5-to-8-letter language subtags,
// which no language has and which let a name such as "English" through.
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks parsed folder data; `file` names it in messages. */
export function parseFolderData(data: unknown, file: string): FolderDefaults {
  const fail = (message: string): never => {
    throw new FolderDataError(file, `${message}; ${IGNORED}`);
  };
  if (!isObject(data)) return fail('folder data must be a JSON object');
  for (const key of Object.keys(data)) {
    if (!(FIELDS as readonly string[]).includes(key)) {
      fail(`unknown field "${key}" (known: ${FIELDS.join(', ')})`);
    }
  }
  const defaults: FolderDefaults = {};
  const text = (key: (typeof FIELDS)[number]): string | undefined => {
    const value = data[key];
    if (value === undefined || (key === 'section' && value === null)) return undefined;
    if (typeof value !== 'string' || !value.trim()) {
      fail(
        `"${key}" must be a non-empty string` +
          (key === 'section' ? ' or null' : '') +
          ` (got ${JSON.stringify(value)})`,
      );
    }
    return (value as string).trim();
  };
  const publication = text('publication');
  if (publication !== undefined) defaults.publication = publication;
  const section = text('section');
  if (section !== undefined) defaults.section = section;
  else if (data.section === null) defaults.section = null;
  const language = text('language');
  if (language !== undefined) {
    if (!LANGUAGE_TAG.test(language) || !isKnownLocale(language)) {
      fail(`"language" must be a BCP 47 language tag such as "en" or "pt-BR" (got "${language}")`);
    }
    defaults.language = language;
  }
  const timeZone = text('timeZone');
  if (timeZone !== undefined) {
    if (!isTimeZone(timeZone)) {
      fail(`"timeZone" must be an IANA time zone such as "Europe/London" (got "${timeZone}")`);
    }
    defaults.timeZone = timeZone;
  }
  return defaults;
}

function isKnownLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * Reads and checks the folder data files found in the input (paths relative to `root`); one
 * larger than `maxFileSize` (the limit for any input file) is not read.
 */
export async function readFolderData(
  root: string,
  rels: string[],
  maxFileSize: number,
): Promise<FolderDataFile[]> {
  const out: FolderDataFile[] = [];
  for (const rel of rels) {
    const { size } = await stat(path.join(root, rel));
    if (size > maxFileSize) {
      const error = `too large for folder data (${size} bytes); ${IGNORED}`;
      out.push({ path: rel, sha256: null, defaults: null, error });
      continue;
    }
    const bytes = await readFile(path.join(root, rel));
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    try {
      let data: unknown;
      try {
        data = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
      } catch (error) {
        throw new FolderDataError(rel, `not valid JSON (${(error as Error).message}); ${IGNORED}`);
      }
      out.push({ path: rel, sha256, defaults: parseFolderData(data, rel), error: null });
    } catch (error) {
      if (!(error instanceof FolderDataError)) throw error;
      out.push({ path: rel, sha256, defaults: null, error: error.reason });
    }
  }
  return out;
}

/** The folders a file is under, farthest first: "a/b/c.txt" -> "", "a", "a/b". */
function foldersOf(rel: string): string[] {
  const parts = rel.split('/').slice(0, -1);
  return ['', ...parts.map((_, i) => parts.slice(0, i + 1).join('/'))];
}

/**
 * A top-level folder's name as a section: "business" -> "Business", "world_news" -> "World
 * news". Null for a file at the input's root, for a name without letters ("2004", "12"), which
 * orders files by date or batch rather than by desk, and for a name with a dot, such as the
 * host name a site saved by wget is under ("about.gitlab.com"), which names the site.
 */
export function folderSection(rel: string): string | null {
  const slash = rel.indexOf('/');
  if (slash < 0) return null;
  const name = rel.slice(0, slash).replace(/[_-]+/g, ' ').trim();
  if (!/\p{L}/u.test(name) || name.includes('.')) return null;
  return name === name.toLowerCase() ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** The defaults for one file: its folders' data, nearer over farther. */
function defaultsFor(rel: string, byFolder: Map<string, FolderDefaults>): FolderDefaults {
  const merged: FolderDefaults = {};
  for (const folder of foldersOf(rel)) Object.assign(merged, byFolder.get(folder));
  return merged;
}

/**
 * Whether the file says its own language: in its front matter, or for a saved page in its markup
 * (<html lang>, og:locale), which normalize takes over the language it tells from the text, so
 * a page whose language is not the one the text gives declared it.
 */
function declaresLanguage(doc: NormalizedDoc, file: InputFile | undefined): boolean {
  if (!file) return false;
  if ('lang' in file.frontMatter || 'language' in file.frontMatter) return true;
  if (file.format !== 'html') return false;
  // The text src/extract/html.ts tells the language from.
  const told = documentLanguage(
    doc.title,
    doc.blocks.map((b) => b.text),
  );
  return doc.lang !== told;
}

/**
 * An ISO 8601 timestamp with a time of day and a zone ("2019-06-04T23:30:00Z",
 * "2019-06-04 23:30+09:00"), as datelines, page metadata and quoted front matter give them.
 */
const ZONED_TIMESTAMP =
  /\b(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?) ?(Z|[+-]\d{2}(?::?\d{2})?)(?![\d:])/i;

/**
 * The day in `timeZone` of the zoned timestamp a date was read from (`raw`: the line, or the
 * front matter value), when that is the date's day as written; null when there is none. Dates
 * are days, and a timestamp's day as written is its day in its own zone (src/html/metadata.ts):
 * "2019-06-05T02:00:00Z" from a New York paper is the 4th there. A date without a zone is read
 * in the folder's zone, which leaves its day as written.
 */
export function zonedDay(raw: string, day: string, timeZone: string): string | null {
  const match = ZONED_TIMESTAMP.exec(raw);
  if (!match || match[1] !== day) return null;
  const [, date, time = '', zone = ''] = match;
  const offset = /^z$/i.test(zone)
    ? 'Z'
    : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '').padEnd(2, '0')}`;
  const instant = Date.parse(`${date}T${time.replace(',', '.')}${offset}`);
  if (Number.isNaN(instant)) return null;
  return dayIn(instant, timeZone);
}

/** A document's date moved into the folder's time zone (see zonedDay), or its date as it was. */
function inTimeZone(doc: NormalizedDoc, file: InputFile | undefined, timeZone: string) {
  const date = doc.date;
  if (!date || date.precision !== 'day') return date;
  const given = file?.frontMatter.date;
  const raw = date.frontMatter ? (typeof given === 'string' ? given : '') : date.from;
  const day = zonedDay(raw, date.value, timeZone);
  return day ? { ...date, value: day } : date;
}

/**
 * Gives each document its folders' defaults where the file says nothing: the publication and
 * section where neither its front matter nor its text named one (the top-level folder's name
 * when no data file sets the section), the language where the file declares none (a declared
 * language is surer than the one normalize guessed from the text), and its date's day in the
 * folder's time zone (see zonedDay). `fileOf` gives a document's input file. The documents'
 * dates are replaced, not changed: the normalize cache may hold them.
 */
export function applyFolderDefaults(
  docs: NormalizedDoc[],
  folderData: FolderDataFile[],
  fileOf: (rel: string) => InputFile | undefined,
): void {
  const byFolder = new Map<string, FolderDefaults>();
  for (const file of folderData) {
    if (file.defaults)
      byFolder.set(path.posix.dirname(file.path).replace(/^\.$/, ''), file.defaults);
  }
  for (const doc of docs) {
    const defaults = defaultsFor(doc.path, byFolder);
    doc.source ??= defaults.publication ?? null;
    doc.section ??= defaults.section === undefined ? folderSection(doc.path) : defaults.section;
    const file = fileOf(doc.path);
    if (defaults.language && !declaresLanguage(doc, file)) doc.lang = defaults.language;
    if (defaults.timeZone) doc.date = inTimeZone(doc, file, defaults.timeZone);
  }
}
