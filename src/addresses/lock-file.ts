// The address lock file (archive.lock.json by default, --lock FILE): what it holds, how it is
// read and checked (a bad one stops the build before any work, naming the file and the fix) and
// how it is written. The addresses stage (src/stages/addresses.ts) decides what goes in it.

import { readFile } from 'node:fs/promises';
import { UsageError } from '../errors.ts';
import { compareText } from '../order.ts';
import { isSlug } from '../slug.ts';
import type { ArchiveEntry } from '../types.ts';

export const LOCK_VERSION = 1;

/** One published article in the lock file; keys are written in this order. */
export interface LockEntry {
  id: string;
  slug: string;
  /** Old slugs that redirect to the article, sorted. */
  aliases: string[];
  /** The title when the entry was written, for people reading the file (and for tie-breaks). */
  title: string;
  /** sha256 of the article's copies, sorted. */
  sources: string[];
  /** The day of the build that first published the entry, "2026-12-02" (see the top). */
  added?: string;
  /** The entry's place in the order articles entered the archive, from 1 (see the top). */
  order?: number;
}

export interface AddressLock {
  version: typeof LOCK_VERSION;
  /** Sorted by id. */
  articles: LockEntry[];
}

/**
 * A lock file that cannot be used: the message names the file and how to fix it. It is read
 * before any work, so, like every mistake of the user's, it stops the build touching nothing.
 */
export class LockFileError extends UsageError {
  override name = 'LockFileError';

  constructor(file: string, problem: string) {
    super(
      `The address lock ${file} cannot be used: ${problem}. The lock records the URL of every ` +
        'published article: restore it from version control or a backup, or fix it by hand, ' +
        'or pass --lock FILE to use another one. Deleting it makes the build hand out ' +
        'addresses afresh, which can break published URLs.',
    );
  }
}

export function emptyLock(): AddressLock {
  return { version: LOCK_VERSION, articles: [] };
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads and checks the lock; a missing file is an empty lock. */
export async function readLock(file: string): Promise<AddressLock> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLock();
    throw new LockFileError(file, `it could not be read (${(error as Error).message})`);
  }
  return parseLock(text, file);
}

/**
 * The lock's entry at position i, checked; `ids` and `slugs` (slug to its holder's id) gather
 * what the entries before it hold, to refuse one held twice.
 */
function lockEntry(
  entry: unknown,
  i: number,
  ids: Set<string>,
  slugs: Map<string, string>,
  fail: (problem: string) => never,
): LockEntry {
  const where = `article ${i + 1}`;
  if (!isRecord(entry)) return fail(`${where} is not an object`);
  const { id, slug, aliases, title, sources, added, order } = entry;
  if (typeof id !== 'string' || !ID.test(id)) return fail(`${where} has no valid "id"`);
  const named = `${where} (id ${id})`;
  if (ids.has(id)) return fail(`${named}: the id is listed twice`);
  ids.add(id);
  if (typeof slug !== 'string' || !isSlug(slug)) return fail(`${named} has no valid "slug"`);
  if (!isStringList(aliases) || !aliases.every(isSlug)) {
    return fail(`${named}: "aliases" is not a list of slugs`);
  }
  if (typeof title !== 'string') return fail(`${named} has no "title"`);
  if (!isStringList(sources) || !sources.every((s) => SHA256.test(s))) {
    return fail(`${named}: "sources" is not a list of sha256 hashes`);
  }
  const record = addedRecord(added, order, named, fail);
  claimSlugs([slug, ...aliases], id, slugs, named, fail);
  return {
    id,
    slug,
    aliases: [...aliases].sort(compareText),
    title,
    sources: [...sources],
    ...entryRecord(record),
  };
}

/**
 * An entry's "added" day and "order", checked: both or neither (an entry written before they
 * were recorded).
 */
function addedRecord(
  added: unknown,
  order: unknown,
  named: string,
  fail: (problem: string) => never,
): { on: string; order: number } | undefined {
  if (added === undefined && order === undefined) return undefined;
  if (typeof added !== 'string' || !DAY.test(added)) {
    return fail(`${named}: "added" is not a day such as "2026-12-02"`);
  }
  if (typeof order !== 'number' || !Number.isSafeInteger(order) || order < 1) {
    return fail(`${named}: "order" is not a whole number from 1`);
  }
  return { on: added, order };
}

/** Each of an entry's slugs taken for its `id`; one the entries before it hold is refused. */
function claimSlugs(
  taken: string[],
  id: string,
  slugs: Map<string, string>,
  named: string,
  fail: (problem: string) => never,
): void {
  for (const name of taken) {
    const holder = slugs.get(name);
    if (holder !== undefined) {
      fail(`${named}: the slug "${name}" is also held by id ${holder}`);
    }
    slugs.set(name, id);
  }
}

/** Parses lock file text; throws LockFileError naming `file` when it is not a valid lock. */
export function parseLock(text: string, file: string): AddressLock {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new LockFileError(file, `it is not valid JSON (${(error as Error).message})`);
  }
  const fail = (problem: string): never => {
    throw new LockFileError(file, problem);
  };
  if (!isRecord(data)) return fail('it is not a JSON object');
  if (data.version !== LOCK_VERSION) {
    return fail(`its version is ${JSON.stringify(data.version)}, this build reads version 1`);
  }
  if (!Array.isArray(data.articles)) return fail('"articles" is not a list');
  const ids = new Set<string>();
  const slugs = new Map<string, string>();
  const articles = data.articles.map((entry: unknown, i) => lockEntry(entry, i, ids, slugs, fail));
  return { version: LOCK_VERSION, articles: articles.sort((a, b) => compareText(a.id, b.id)) };
}

/** The lock as written to disk: pretty JSON, entries by id, fixed key order, final newline. */
export function lockJson(lock: AddressLock): string {
  const articles = [...lock.articles]
    .sort((a, b) => compareText(a.id, b.id))
    .map(({ id, slug, aliases, title, sources, added, order }) => ({
      id,
      slug,
      aliases,
      title,
      sources,
      ...(added !== undefined && order !== undefined ? { added, order } : {}),
    }));
  return JSON.stringify({ version: lock.version, articles }, null, 2) + '\n';
}

/** The lock's record of when an entry came, as its "added" and "order" keys. */
export function entryRecord(added: ArchiveEntry | undefined): Pick<LockEntry, 'added' | 'order'> {
  return added ? { added: added.on, order: added.order } : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
