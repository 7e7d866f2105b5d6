// Stage 4, addresses: gives every article the id and slug it was published under
// before, so that adding files to the input never breaks an article's URL.
//
// Published addresses are recorded in a lock file (archive.lock.json by default, --lock FILE;
// read and written by src/addresses/lock-file.ts), like package-lock.json: one entry per article with its id, slug, old slugs (aliases) and the
// sha256 of its copies. On a rebuild each article finds its entry through the copies they share:
//
// - An article claims the entry sharing the most copies with it (ties: the entry whose id is the
//   article's own dedup id, then the smaller id). Each entry goes to at most one article,
//   greedily: most shared copies first, then by the article's canonical path.
// - A claimed entry gives the article its id. Its slug is kept while the title still slugifies
//   to it (ignoring a -N suffix); after a retitle the article gets a new slug and the old slugs
//   become aliases, published as redirect pages.
// - An entry nobody claimed whose copies are now in some article (two articles merged, say)
//   hands its slug and aliases to that article, as aliases.
// - Entries none of whose copies are in the input any more are dropped: only adding files is
//   promised to keep addresses.
// - New articles keep dedup's id (another is derived if a lock id has it) and get a fresh slug
//   that no entry holds, as slug or alias: a new story never takes an old story's URL.
// - New entries record when they entered the archive: the build's day ("added") and their place
//   in the order of entry ("order", after every order the lock holds; the articles of one build
//   in the order of their canonical paths, the order of the input's files). An archive without
//   dates lists its feed in this order (src/site/model.ts). Entries written before the lock
//   recorded it keep none: when they came is not known.

import { createHash } from 'node:crypto';
import {
  entryRecord,
  LOCK_VERSION,
  type AddressLock,
  type LockEntry,
} from '../addresses/lock-file.ts';
import type { BuildContext } from '../build-context.ts';
import { freeSlug, slugify, slugSuffix } from '../slug.ts';
import { byDateDesc, compareText } from '../order.ts';
import type { AddressedArticle, ArchiveEntry, Article } from '../types.ts';

export interface AddressStats {
  /** Articles that kept the id of a lock entry. */
  kept: number;
  /** Of those, articles whose slug changed (retitled): the old slug redirects. */
  retitled: number;
  /** Articles that are new to the lock. */
  added: number;
  /** Unclaimed entries whose slugs now redirect to the article holding their copies. */
  merged: number;
  /** Entries with none of their copies in the input, left out of the new lock. */
  dropped: number;
  /** Redirect pages: aliases over all articles. */
  redirects: number;
}

export interface AddressResult {
  /** The articles in the order given, with their id, slug and aliases. */
  articles: AddressedArticle[];
  /** The lock to write once the site is published. */
  lock: AddressLock;
  stats: AddressStats;
}

/**
 * The day of this build, UTC, that new entries are recorded as added on. SOURCE_DATE_EPOCH
 * (seconds since 1970), the reproducible-builds convention, fixes it, so that two builds of the
 * same input on different days can write the same lock.
 */
export function buildDay(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const when = epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return when.toISOString().slice(0, 10);
}

/**
 * The addresses stage: every article's id, slug and aliases from the previous lock
 * (assignAddresses), new entries recorded as added on the build's day.
 */
export function addressesStage(
  { done }: BuildContext,
  articles: Article[],
  previous: AddressLock,
): AddressResult {
  const addresses = assignAddresses(articles, previous, buildDay());
  const { kept, retitled, added, merged, dropped, redirects } = addresses.stats;
  done(
    `addresses: ${kept} kept (${retitled} retitled), ${added} new, ${merged} merged into ` +
      `others, ${dropped} dropped, ${redirects} redirects`,
  );
  return addresses;
}

/**
 * Decides every article's id, slug and aliases from the previous lock; see the top of the file.
 * `today` ("2026-12-02") is the day new entries are recorded as added; without it (tests of
 * addresses alone) new entries record no entry.
 */
export function assignAddresses(
  articles: Article[],
  previous: AddressLock,
  today?: string,
): AddressResult {
  const entries = [...previous.articles].sort((a, b) => compareText(a.id, b.id));
  const m: Matching = {
    articles,
    entries,
    paths: articles.map(canonicalPath),
    shared: sharedCopies(articles, entries),
  };
  const { claimOf, claimedBy } = claimEntries(m);
  const { hosted, dropped } = hostUnclaimed(m, claimedBy);
  const ids = assignIds(m, claimOf);
  const owned = ownedSlugs(m, claimOf, hosted);
  const slugs = assignSlugs(m, claimOf, owned, ids);

  const added = entriesAdded(articles, previous, claimOf, entries, today);
  const addressed: AddressedArticle[] = articles.map((article, i) => {
    const slug = slugs[i] ?? '';
    const aliases = [...new Set(owned[i])].filter((s) => s !== slug).sort(compareText);
    const entry = added.get(i);
    return { ...article, id: ids[i] ?? '', slug, aliases, ...(entry ? { added: entry } : {}) };
  });
  return {
    articles: addressed,
    lock: lockOf(addressed),
    stats: {
      kept: claimOf.size,
      retitled: [...claimOf].filter(([i, e]) => slugs[i] !== entries[e]?.slug).length,
      added: articles.length - claimOf.size,
      merged: [...hosted.values()].reduce((n, list) => n + list.length, 0),
      dropped,
      redirects: addressed.reduce((n, a) => n + a.aliases.length, 0),
    },
  };
}

/** The articles and the lock's entries as every step of assignAddresses sees them. */
interface Matching {
  articles: Article[];
  /** The previous lock's entries, sorted by id. */
  entries: LockEntry[];
  /** Each article's canonical path (canonicalPath), by index: the order ties are broken in. */
  paths: string[];
  /** For each entry, how many of its copies each article (by index) holds. */
  shared: Map<number, number>[];
}

/** For each entry, how many of its copies each article holds (articles holding none left out). */
function sharedCopies(articles: Article[], entries: LockEntry[]): Map<number, number>[] {
  // The articles holding each copy.
  const holders = new Map<string, number[]>();
  articles.forEach((article, i) => {
    for (const sha of new Set(article.sources.map((s) => s.sha256))) {
      const list = holders.get(sha);
      if (list) list.push(i);
      else holders.set(sha, [i]);
    }
  });
  return entries.map((entry) => {
    const counts = new Map<number, number>();
    for (const sha of new Set(entry.sources)) {
      for (const i of holders.get(sha) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    return counts;
  });
}

/**
 * Claims, greedily over (article, entry) pairs, best first: most shared copies, then the entry
 * with the article's own id, then by the article's canonical path and id. Each article claims one
 * entry at most, each entry goes to one article at most.
 */
function claimEntries({ articles, entries, paths, shared }: Matching): {
  /** article -> entry */
  claimOf: Map<number, number>;
  /** entry -> article */
  claimedBy: Map<number, number>;
} {
  const pairs: { article: number; entry: number; count: number; sameId: boolean }[] = [];
  shared.forEach((counts, entry) => {
    for (const [article, count] of counts) {
      const sameId = articles[article]?.id === entries[entry]?.id;
      pairs.push({ article, entry, count, sameId });
    }
  });
  pairs.sort(
    (a, b) =>
      b.count - a.count ||
      Number(b.sameId) - Number(a.sameId) ||
      compareText(paths[a.article] ?? '', paths[b.article] ?? '') ||
      compareText(articles[a.article]?.id ?? '', articles[b.article]?.id ?? '') ||
      a.article - b.article ||
      a.entry - b.entry,
  );
  const claimOf = new Map<number, number>();
  const claimedBy = new Map<number, number>();
  for (const pair of pairs) {
    if (claimOf.has(pair.article) || claimedBy.has(pair.entry)) continue;
    claimOf.set(pair.article, pair.entry);
    claimedBy.set(pair.entry, pair.article);
  }
  return { claimOf, claimedBy };
}

/**
 * Unclaimed entries with copies in the input redirect to the article holding the most of them
 * (ties: the most title words in common, then canonical path and id): `hosted` maps an article
 * to those entries, by id. `dropped` counts the entries none of whose copies are left.
 */
function hostUnclaimed(
  { articles, entries, paths, shared }: Matching,
  claimedBy: Map<number, number>,
): { hosted: Map<number, number[]>; dropped: number } {
  const hosted = new Map<number, number[]>();
  let dropped = 0;
  entries.forEach((entry, e) => {
    if (claimedBy.has(e)) return;
    const counts = shared[e] ?? new Map<number, number>();
    if (counts.size === 0) {
      dropped++;
      return;
    }
    const titleWords = new Set(slugify(entry.title).split('-'));
    const overlap = (i: number) =>
      slugify(articles[i]?.title ?? '')
        .split('-')
        .filter((w) => titleWords.has(w)).length;
    const [host] = [...counts.keys()].sort(
      (a, b) =>
        (counts.get(b) ?? 0) - (counts.get(a) ?? 0) ||
        overlap(b) - overlap(a) ||
        compareText(paths[a] ?? '', paths[b] ?? '') ||
        compareText(articles[a]?.id ?? '', articles[b]?.id ?? '') ||
        a - b,
    );
    if (host === undefined) return;
    const list = hosted.get(host);
    if (list) list.push(e);
    else hosted.set(host, [e]);
  });
  return { hosted, dropped };
}

/**
 * Ids, by article: a claimed entry's, or dedup's when no lock entry (kept or dropped) has it,
 * else one derived from it (derivedId), handed out in the order of dedup id and path.
 */
function assignIds({ articles, entries, paths }: Matching, claimOf: Map<number, number>): string[] {
  const ids: string[] = articles.map((a, i) => {
    const e = claimOf.get(i);
    return e === undefined ? '' : (entries[e]?.id ?? '');
  });
  const usedIds = new Set([...entries.map((e) => e.id), ...ids.filter(Boolean)]);
  const fresh = [...articles.keys()]
    .filter((i) => !claimOf.has(i))
    .sort(
      (a, b) =>
        compareText(articles[a]?.id ?? '', articles[b]?.id ?? '') ||
        compareText(paths[a] ?? '', paths[b] ?? '') ||
        a - b,
    );
  for (const i of fresh) {
    const base = articles[i]?.id ?? '';
    let id = base;
    for (let n = 1; !id || usedIds.has(id); n++) id = derivedId(base, n);
    usedIds.add(id);
    ids[i] = id;
  }
  return ids;
}

/** Slugs each article owns: those of its claimed entry, then those of the entries it hosts. */
function ownedSlugs(
  { articles, entries }: Matching,
  claimOf: Map<number, number>,
  hosted: Map<number, number[]>,
): string[][] {
  return articles.map((_, i) => {
    const list: string[] = [];
    const claim = claimOf.get(i);
    for (const e of [...(claim === undefined ? [] : [claim]), ...(hosted.get(i) ?? [])]) {
      const entry = entries[e];
      if (entry) list.push(entry.slug, ...entry.aliases);
    }
    return list;
  });
}

/**
 * Slugs, by article: an owned slug with the title's base (the claimed entry's own first, else the
 * one with the lowest -N), else a fresh one that no entry holds, handed out newest first, as the
 * first build did.
 */
function assignSlugs(
  { articles, entries }: Matching,
  claimOf: Map<number, number>,
  owned: string[][],
  ids: string[],
): string[] {
  const slugs: string[] = articles.map((article, i) => {
    const base = slugify(article.title);
    const claim = claimOf.get(i);
    const current = claim === undefined ? undefined : entries[claim]?.slug;
    if (current !== undefined && slugSuffix(current, base) !== null) return current;
    let best: string | undefined;
    let bestSuffix = Infinity;
    for (const slug of owned[i] ?? []) {
      const suffix = slugSuffix(slug, base);
      if (suffix !== null && suffix < bestSuffix) [best, bestSuffix] = [slug, suffix];
    }
    return best ?? '';
  });
  const needSlug = [...articles.keys()]
    .filter((i) => !slugs[i])
    .map((i) => ({ i, date: articles[i]?.date ?? null, id: ids[i] ?? '' }))
    .sort(byDateDesc)
    .map(({ i }) => i);
  const taken = new Set([...owned.flat(), ...slugs.filter(Boolean)]);
  for (const i of needSlug) {
    const slug = freeSlug(slugify(articles[i]?.title ?? ''), (s) => !taken.has(s));
    taken.add(slug);
    slugs[i] = slug;
  }
  return slugs;
}

/** The lock the addressed articles make: an entry each, sorted by id. */
function lockOf(addressed: AddressedArticle[]): AddressLock {
  return {
    version: LOCK_VERSION,
    articles: addressed
      .map((a) => ({
        id: a.id,
        slug: a.slug,
        aliases: a.aliases,
        title: a.title,
        sources: [...new Set(a.sources.map((s) => s.sha256))].sort(compareText),
        ...entryRecord(a.added),
      }))
      .sort((a, b) => compareText(a.id, b.id)),
  };
}

/**
 * When each article entered the archive, by its index: a claimed entry's record, kept; new
 * articles on `today`, numbered on from the lock's highest order in the order of their
 * canonical paths (then ids), the order of the input's files.
 */
function entriesAdded(
  articles: Article[],
  previous: AddressLock,
  claimOf: Map<number, number>,
  entries: LockEntry[],
  today: string | undefined,
): Map<number, ArchiveEntry> {
  const added = new Map<number, ArchiveEntry>();
  for (const [i, e] of claimOf) {
    const entry = entries[e];
    if (entry?.added !== undefined && entry.order !== undefined) {
      added.set(i, { on: entry.added, order: entry.order });
    }
  }
  if (today === undefined) return added;
  let order = Math.max(0, ...previous.articles.map((entry) => entry.order ?? 0));
  const fresh = [...articles.keys()]
    .filter((i) => !claimOf.has(i))
    .sort(
      (a, b) =>
        compareText(canonicalPath(articles[a] as Article), canonicalPath(articles[b] as Article)) ||
        compareText(articles[a]?.id ?? '', articles[b]?.id ?? '') ||
        a - b,
    );
  for (const i of fresh) added.set(i, { on: today, order: ++order });
  return added;
}

/** The canonical copy's path (a fragment's only copy): the article's place in claim order. */
function canonicalPath(article: Article): string {
  return (article.sources.find((s) => s.role === 'canonical') ?? article.sources[0])?.path ?? '';
}

/** Another id for an article whose dedup id a lock entry already has, the same on every run. */
function derivedId(base: string, n: number): string {
  return createHash('sha256').update(`${base}:${n}`).digest('hex').slice(0, 12);
}
