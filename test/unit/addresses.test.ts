// The addresses stage on the real seeds' articles (ingest -> normalize -> dedup), and on copies
// of them changed the way a rebuild with more files changes them: a better copy that retitles
// a story, a new story with an old one's headline, two stories merged by a bridging copy.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { defaultOptions } from '../../src/options.ts';
import { slugify } from '../../src/slug.ts';
import {
  emptyLock,
  LockFileError,
  lockJson,
  parseLock,
  readLock,
  type AddressLock,
} from '../../src/addresses/lock-file.ts';
import { assignAddresses, buildDay } from '../../src/stages/addresses.ts';
import { dedup } from '../../src/stages/dedup.ts';
import { ingest } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { AddressedArticle, Article } from '../../src/types.ts';

const NK = 'North Koreans in China asking for help for defection';
const MSS = 'MSS asks China to repatriate defector group';
const ELITE = 'N Korean elite trying to flee country';
const VISA = 'North Korean Visa Overstayers in China Are Now Branded ‘Defectors’ at Home';

let seedCache: Article[] | undefined;
/** The seeds' articles as dedup makes them: four stories and four fragments. */
async function seedArticles(): Promise<Article[]> {
  if (!seedCache) {
    const { files } = await ingest({
      ...defaultOptions,
      input: path.join(import.meta.dirname, '../../seeds'),
    });
    const context = corpusProfile(files);
    seedCache = dedup(files.map((f) => normalize(f, context))).articles;
  }
  return structuredClone(seedCache);
}

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function byTitle<T extends Article>(articles: T[], title: string): T {
  const found = articles.find((a) => a.title === title);
  assert.ok(found, `no article titled "${title}"`);
  return found;
}

/** The lock a build with these articles writes, read back as the next build reads it. */
function published(articles: Article[], previous: AddressLock = emptyLock()): AddressLock {
  return parseLock(lockJson(assignAddresses(articles, previous).lock), 'archive.lock.json');
}

function entryOf(lock: AddressLock, id: string) {
  return lock.articles.find((e) => e.id === id);
}

/** The better copy that retitles a story: a new file, canonical now, with a new headline. */
function retitled(article: Article, title: string, copy = 'better copy'): Article {
  return {
    ...article,
    id: sha(sha(copy)).slice(0, 12),
    title,
    sources: [
      { path: `${copy}.txt`, sha256: sha(copy), role: 'canonical', covered: 1, site: null },
      ...article.sources.map((s) => ({ ...s, role: 'duplicate' as const })),
    ],
  };
}

const addressOf = (a: AddressedArticle) => ({ id: a.id, slug: a.slug, aliases: a.aliases });

test('a first build keeps dedup ids, hands out slugs newest first, and records every copy', async () => {
  const articles = await seedArticles();
  const { articles: addressed, lock, stats } = assignAddresses(articles, emptyLock());
  assert.deepEqual(
    addressed.map((a) => a.id),
    articles.map((a) => a.id),
  );
  assert.equal(byTitle(addressed, ELITE).slug, 'n-korean-elite-trying-to-flee-country');
  assert.equal(byTitle(addressed, NK).slug, slugify(NK));
  assert.ok(addressed.every((a) => a.aliases.length === 0));
  assert.deepEqual(stats, {
    kept: 0,
    retitled: 0,
    added: articles.length,
    merged: 0,
    dropped: 0,
    redirects: 0,
  });
  assert.deepEqual(
    lock.articles.map((e) => e.id),
    articles.map((a) => a.id).sort(),
  );
  const elite = entryOf(lock, byTitle(articles, ELITE).id);
  assert.deepEqual(
    elite?.sources,
    byTitle(articles, ELITE)
      .sources.map((s) => s.sha256)
      .sort(),
  );
  assert.equal(elite?.title, ELITE);
  const json = lockJson(lock);
  assert.ok(json.endsWith('}\n'));
  assert.match(json, /^{\n {2}"version": 1,\n {2}"articles": \[\n {4}{\n {6}"id": /);
  assert.deepEqual(Object.keys(lock.articles[0]!), ['id', 'slug', 'aliases', 'title', 'sources']);
});

test('the same input with the lock it wrote keeps every address, fragments included', async () => {
  const articles = await seedArticles();
  const first = assignAddresses(articles, emptyLock());
  // The four fragments and the story they were cut from all hold seed 001: shared copies
  // alone cannot tell them apart, their own ids do.
  const fragments = articles.filter((a) => a.fragment);
  assert.equal(fragments.length, 4);
  assert.equal(new Set(fragments.map((a) => a.sources[0]?.sha256)).size, 1);
  const second = assignAddresses(articles, parseLock(lockJson(first.lock), 'lock'));
  assert.deepEqual(second.articles.map(addressOf), first.articles.map(addressOf));
  assert.equal(lockJson(second.lock), lockJson(first.lock));
  assert.equal(second.stats.kept, articles.length);
  assert.equal(second.stats.redirects, 0);
});

test('a better copy that changes the title: same id, new slug, the old slug redirects', async () => {
  const articles = await seedArticles();
  const lock = published(articles);
  const old = byTitle(articles, NK);
  const oldSlug = slugify(NK);
  const title = 'About 20 North Koreans in China have asked a group in Seoul to help them defect';
  const next = articles.map((a) => (a === old ? retitled(a, title) : a));
  const { articles: addressed, lock: newLock, stats } = assignAddresses(next, lock);
  const story = byTitle(addressed, title);
  assert.equal(story.id, old.id);
  assert.equal(story.slug, slugify(title));
  assert.deepEqual(story.aliases, [oldSlug]);
  assert.deepEqual(entryOf(newLock, old.id)?.aliases, [oldSlug]);
  assert.equal(entryOf(newLock, old.id)?.sources.length, 2);
  assert.deepEqual(stats, {
    kept: articles.length,
    retitled: 1,
    added: 0,
    merged: 0,
    dropped: 0,
    redirects: 1,
  });
  // Every other article keeps its address.
  const before = assignAddresses(articles, lock).articles;
  for (const [i, a] of addressed.entries()) {
    if (a !== story) assert.deepEqual(addressOf(a), addressOf(before[i]!));
  }
  // Retitled back: the article takes its first slug again and the second one redirects.
  const back = assignAddresses(
    next.map((a) => (a.title === title ? { ...a, title: NK } : a)),
    parseLock(lockJson(newLock), 'lock'),
  );
  assert.deepEqual(addressOf(byTitle(back.articles, NK)), {
    id: old.id,
    slug: oldSlug,
    aliases: [slugify(title)],
  });
});

test('a fragment whose story arrives in full hands it its address; other fragments stay put', async () => {
  const articles = await seedArticles();
  const lock = published(articles);
  const before = assignAddresses(articles, lock).articles;
  // The fragment with the smallest id: without its own entry, the next one must not slide in.
  const [gone] = articles.filter((a) => a.fragment).sort((a, b) => (a.id < b.id ? -1 : 1));
  assert.ok(gone);
  // A full copy of the glued-on story arrives; dedup makes the glued-on text part of it, and
  // the copy it was glued to a source of it (role "fragment").
  const story: Article = {
    ...gone,
    id: sha(sha('full story')).slice(0, 12),
    title: gone.title.replace(/…$/, ''),
    fragment: false,
    sources: [
      {
        path: 'full story.txt',
        sha256: sha('full story'),
        role: 'canonical',
        covered: 1,
        site: null,
      },
      { ...gone.sources[0]!, role: 'fragment', covered: 0 },
    ],
  };
  const next = [...articles.filter((a) => a !== gone), story];
  const { articles: addressed, stats } = assignAddresses(next, lock);
  for (const [i, a] of addressed.slice(0, -1).entries()) {
    const old = before[articles.indexOf(next[i]!)]!;
    assert.deepEqual(addressOf(a), addressOf(old), a.title);
  }
  // The full story shares the glued-on copy with the fragment's entry and claims it.
  assert.deepEqual(addressOf(addressed.at(-1)!), addressOf(before[articles.indexOf(gone)]!));
  assert.equal(stats.kept, articles.length);
  assert.equal(stats.added, 0);
});

test('a punctuation-only retitle keeps the slug', async () => {
  const articles = await seedArticles();
  const lock = published(articles);
  const next = articles.map((a) => (a.title === MSS ? { ...a, title: `${MSS}!` } : a));
  const mss = byTitle(assignAddresses(next, lock).articles, `${MSS}!`);
  assert.equal(mss.slug, slugify(MSS));
  assert.deepEqual(mss.aliases, []);
});

test('a new story with an old story’s headline never takes its URL', async () => {
  const articles = await seedArticles();
  const lock = published(articles);
  const old = byTitle(articles, MSS);
  // Newer than every seed, so a fresh slug hand-out would have put it first.
  const newcomer: Article = {
    ...byTitle(articles, VISA),
    id: sha(sha('newcomer')).slice(0, 12),
    title: MSS,
    date: { value: '2024-01-05', precision: 'day', from: '5 January 2024' },
    sources: [
      { path: 'newcomer.txt', sha256: sha('newcomer'), role: 'canonical', covered: 1, site: null },
    ],
  };
  const { articles: addressed, stats } = assignAddresses([newcomer, ...articles], lock);
  const [fresh, ...rest] = addressed;
  assert.equal(byTitle(rest, MSS).slug, slugify(MSS));
  assert.equal(byTitle(rest, MSS).id, old.id);
  assert.equal(fresh?.slug, `${slugify(MSS)}-2`);
  assert.equal(fresh?.id, newcomer.id);
  assert.equal(stats.added, 1);
  // Without the lock, the newest would have taken the plain slug.
  assert.equal(
    assignAddresses([newcomer, ...articles], emptyLock()).articles[0]?.slug,
    slugify(MSS),
  );
});

test('two stories merged by a bridging copy: one keeps its id, the other’s URL redirects', async () => {
  const articles = await seedArticles();
  const lock = published(articles);
  const nk = byTitle(articles, NK);
  const mss = byTitle(articles, MSS);
  // A new copy holding both stories: dedup makes one article of the three files, titled as
  // NK, with the bridging copy as its canonical one.
  const merged: Article = {
    ...retitled(nk, NK, 'bridge'),
    sources: [
      { path: 'bridge.txt', sha256: sha('bridge'), role: 'canonical', covered: 1, site: null },
      ...nk.sources.map((s) => ({ ...s, role: 'merged' as const })),
      ...mss.sources.map((s) => ({ ...s, role: 'merged' as const })),
    ],
  };
  const next = [...articles.filter((a) => a !== nk && a !== mss), merged];
  const { articles: addressed, lock: newLock, stats } = assignAddresses(next, lock);
  const story = byTitle(addressed, NK);
  // Each entry shares one copy: the smaller id wins the tie.
  const keeper = [nk.id, mss.id].sort()[0];
  assert.equal(story.id, keeper);
  // Whichever id it kept, the title still reads NK, so NK's slug stays its address.
  assert.equal(story.slug, slugify(NK));
  assert.deepEqual(story.aliases, [slugify(MSS)]);
  assert.equal(stats.merged, 1);
  assert.equal(stats.redirects, 1);
  assert.deepEqual(
    newLock.articles.filter((e) => e.id === nk.id || e.id === mss.id).map((e) => e.id),
    [keeper],
  );
  assert.deepEqual(entryOf(newLock, keeper!)?.aliases, [slugify(MSS)]);
  // Rebuilt with that lock, nothing moves.
  const again = assignAddresses(next, parseLock(lockJson(newLock), 'lock'));
  assert.deepEqual(again.articles.map(addressOf), addressed.map(addressOf));
});

test('entries whose copies are all gone are dropped, and their slugs are free again', async () => {
  const articles = await seedArticles();
  const lock = published(articles);
  const visa = byTitle(articles, VISA);
  const rest = articles.filter((a) => a !== visa);
  const { lock: newLock, stats } = assignAddresses(rest, lock);
  assert.equal(stats.dropped, 1);
  assert.equal(entryOf(newLock, visa.id), undefined);
  assert.equal(newLock.articles.length, articles.length - 1);
  // The same story from a corrected file (new bytes): a new id, its old slug.
  const replaced: Article = {
    ...visa,
    id: sha(sha('corrected')).slice(0, 12),
    sources: [
      {
        path: 'corrected.txt',
        sha256: sha('corrected'),
        role: 'canonical',
        covered: 1,
        site: null,
      },
    ],
  };
  const story = byTitle(assignAddresses([...rest, replaced], lock).articles, VISA);
  assert.equal(story.slug, slugify(VISA));
  assert.equal(story.id, replaced.id);
});

test('a new article whose dedup id a lock entry holds gets another id, the same every time', async () => {
  const articles = await seedArticles();
  const lock = published(articles);
  const mss = byTitle(articles, MSS);
  const clash: Article = {
    ...mss,
    title: 'Another story',
    sources: [
      { path: 'other.txt', sha256: sha('other'), role: 'canonical', covered: 1, site: null },
    ],
  };
  const first = assignAddresses([...articles, clash], lock).articles.at(-1)!;
  const second = assignAddresses([clash, ...articles], lock).articles[0]!;
  assert.notEqual(first.id, mss.id);
  assert.match(first.id, /^[0-9a-f]{12}$/);
  assert.equal(second.id, first.id);
  assert.ok(!lock.articles.some((e) => e.id === first.id));
});

test('addresses do not depend on the order articles come in', async () => {
  const articles = await seedArticles();
  const lock = published(articles);
  const next = articles.map((a) => (a.title === NK ? retitled(a, 'A new headline') : a));
  const forward = assignAddresses(next, lock);
  const backward = assignAddresses([...next].reverse(), lock);
  assert.equal(lockJson(backward.lock), lockJson(forward.lock));
  assert.deepEqual(
    [...backward.articles].reverse().map(addressOf),
    forward.articles.map(addressOf),
  );
  const shuffledLock: AddressLock = { ...lock, articles: [...lock.articles].reverse() };
  assert.equal(lockJson(assignAddresses(next, shuffledLock).lock), lockJson(forward.lock));
});

test('a lock file that cannot be trusted is refused with its name and the way out', async () => {
  const articles = await seedArticles();
  const good = lockJson(assignAddresses(articles, emptyLock()).lock);
  const data = JSON.parse(good) as AddressLock;
  const variants: [string, RegExp][] = [
    ['{"version": 1, "articles": [', /not valid JSON/],
    [JSON.stringify({ ...data, version: 2 }), /version is 2/],
    [JSON.stringify({ version: 1 }), /"articles" is not a list/],
    [
      JSON.stringify({ ...data, articles: [{ ...data.articles[0], slug: '../escape' }] }),
      /no valid "slug"/,
    ],
    [
      JSON.stringify({ ...data, articles: [{ ...data.articles[0], aliases: ['Upper'] }] }),
      /"aliases" is not a list of slugs/,
    ],
    [JSON.stringify({ ...data, articles: [{ ...data.articles[0], sources: ['abc'] }] }), /sha256/],
    [
      JSON.stringify({
        ...data,
        articles: [data.articles[0], { ...data.articles[1], aliases: [data.articles[0]!.slug] }],
      }),
      /also held by id/,
    ],
    [JSON.stringify({ ...data, articles: [data.articles[0], data.articles[0]] }), /listed twice/],
  ];
  for (const [text, problem] of variants) {
    assert.throws(
      () => parseLock(text, 'news.lock.json'),
      (error: Error) =>
        error instanceof LockFileError &&
        problem.test(error.message) &&
        error.message.includes('news.lock.json') &&
        error.message.includes('--lock'),
      `${problem}`,
    );
  }
  assert.deepEqual(parseLock(good, 'x'), JSON.parse(good));
});

test('a missing lock file is an empty lock; an unreadable one is an error', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'archive-lock-'));
  try {
    assert.deepEqual(await readLock(path.join(dir, 'none.json')), emptyLock());
    const bad = path.join(dir, 'bad.json');
    await writeFile(bad, 'not json');
    await assert.rejects(readLock(bad), LockFileError);
    await assert.rejects(readLock(dir), LockFileError);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('the lock records when each article entered the archive, and keeps it', async () => {
  const articles = await seedArticles();
  // The first build has all but the first story by path; a later build adds it.
  const paths = articles.map((a) => a.sources.find((s) => s.role === 'canonical')?.path ?? '');
  const first = [...paths].sort()[0];
  const late = articles.filter((_, i) => paths[i] === first);
  const early = articles.filter((_, i) => paths[i] !== first);
  const before = assignAddresses(early, emptyLock(), '2026-03-02');
  const lock = parseLock(lockJson(before.lock), 'archive.lock.json');
  const orders = before.articles.map((a) => a.added?.order);
  assert.deepEqual(
    [...orders].sort((a, b) => a! - b!),
    early.map((_, i) => i + 1),
  );
  assert.ok(before.articles.every((a) => a.added?.on === '2026-03-02'));
  assert.deepEqual(Object.keys(lock.articles[0]!), [
    'id',
    'slug',
    'aliases',
    'title',
    'sources',
    'added',
    'order',
  ]);
  const after = assignAddresses([...late, ...early], lock, '2026-03-09');
  for (const article of after.articles.slice(late.length)) {
    const was = before.articles.find((a) => a.id === article.id);
    assert.deepEqual(article.added, was?.added, 'a published article keeps its record');
  }
  const added = after.articles.slice(0, late.length).map((a) => a.added);
  assert.ok(added.every((entry) => entry?.on === '2026-03-09'));
  assert.deepEqual(
    added.map((entry) => entry?.order).sort((a, b) => a! - b!),
    late.map((_, i) => early.length + i + 1),
    'new articles come after every article the lock holds',
  );
  // An entry written before the lock recorded this stays without a record: when is not known.
  const legacy = parseLock(lockJson(assignAddresses(early, emptyLock()).lock), 'old.lock.json');
  assert.ok(legacy.articles.every((e) => e.added === undefined && e.order === undefined));
  const rebuilt = assignAddresses(early, legacy, '2026-03-09');
  assert.ok(rebuilt.articles.every((a) => a.added === undefined));
  const bad = JSON.parse(lockJson(lock)) as { articles: Record<string, unknown>[] };
  bad.articles[0]!.added = 'last week';
  assert.throws(() => parseLock(JSON.stringify(bad), 'news.lock.json'), /"added" is not a day/);
});

test('the build day is the UTC day, or the one SOURCE_DATE_EPOCH sets', () => {
  const now = new Date('2026-03-02T23:30:00-05:00');
  assert.equal(buildDay({}, now), '2026-03-03');
  assert.equal(buildDay({ SOURCE_DATE_EPOCH: '1772452800' }, now), '2026-03-02');
});
