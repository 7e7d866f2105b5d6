// Topics and related articles on the BBC News corpus (2,225 stories in five desk folders, no
// labels). `npm run bench:topics` prints these beside the Reuters figures (run.ts); alone:
// `npx tsx bench/topics/bbc.ts [--corpora DIR] [--show]`.
//
// - Headline check: a name that heads a story (stands in its headline) is what the story is
//   about. For every name heading five or more stories, the share of those stories that carry
//   it as a topic. Names are read off the headlines independently of the topics stage: BBC
//   headlines are in sentence case ("Ad sales boost Time Warner profit"), so a run of
//   capitalized words is a name; the headline's first word only when the bodies write it
//   capitalized mid-sentence more often than not ("Yukos", not "Ad"). A topic carries the name
//   when the name's words stand in order in the topic's ("Blair" in "Tony Blair") or the
//   topic's in the name's.
// - Junk: topics the issue saw as junk on the built site (Lib, ID, PC, DVD, "Non-European
//   Union", "Gudjohnsen Parker"), and any the Reuters bench's stop-list calls junk.
// - Kinds the issue saw wrong, each with the kind the BBC stories use it as (general knowledge:
//   Chelsea is a football club in these stories, Halifax the bank).
// - Related articles: the related stage run on the topics, the desks (folders) withheld as they
//   are from the build; the share of related links that stay on the article's desk, and the
//   articles whose whole list is other-desk though their desk has other articles sharing a key.

import { parseArgs } from 'node:util';
import { relateArticles } from '../../src/stages/related.ts';
import { assignTopics, topicKey } from '../../src/stages/topics.ts';
import { COUNTRY_NAMES, DEMONYMS, OTHER_NAMES } from '../../src/topics/lexicon.ts';
import type { Article, TopicKind } from '../../src/types.ts';
import { loadBbc } from '../quality/generate.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { runsAsScript } from '../shared/script.ts';
import { junkReason } from './junk.ts';

/** Names heading at least this many stories are checked (the issue's measure). */
const MIN_HEADED = 5;

/** The junk topics the issue names. */
export const NAMED_JUNK = ['Lib', 'ID', 'PC', 'DVD', 'Non-European Union', 'Gudjohnsen Parker'];

/** Kinds the issue saw wrong, as the BBC stories use the names. */
export const EXPECTED_KINDS: Record<string, TopicKind> = {
  Chelsea: 'organization',
  Liverpool: 'organization',
  Newcastle: 'organization',
  Everton: 'organization',
  Tottenham: 'organization',
  Arsenal: 'organization',
  Sydney: 'place',
  Halifax: 'organization',
  'Paula Radcliffe': 'person',
};

/** Words in capitals that are things, not names, beside the bench's stop-list (junkReason). */
const THINGS = new Set(['tv', 'pc', 'pcs', 'dvd', 'dvds', 'cd', 'cds', 'id', 'mp', 'mps']);
/** A thing, or a country's initials before one ("US TV"). */
const notName = (w: string) => THINGS.has(w) || w === 'us' || w === 'uk';
/** Words that join the parts of a name in a headline ("Bank of England"). */
const JOINERS = new Set(['of', 'and', 'de', '&']);

export interface BbcArticle extends Article {
  desk: string;
}

export async function bbcArticles(corpora: string): Promise<BbcArticle[]> {
  return (await loadBbc(corpora)).map((story) => ({
    id: story.original,
    title: story.title,
    standfirst: null,
    date: null,
    source: null,
    byline: null,
    // Withheld, as from the build the issue measured: desks must not decide topics or relations.
    section: null,
    lang: 'en',
    blocks: story.paragraphs.map((text) => ({ kind: 'paragraph' as const, text })),
    sources: [],
    fragment: false,
    provenance: {},
    topics: [],
    desk: story.category,
  }));
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;

/** Words the bodies write capitalized mid-sentence more often than in lower case. */
function capitalizedWords(articles: Article[]): Set<string> {
  const upper = new Map<string, number>();
  const lower = new Map<string, number>();
  for (const a of articles) {
    for (const block of a.blocks) {
      for (const sentence of block.text.split(/[.!?]\s+/)) {
        const words = sentence.match(TOKEN) ?? [];
        words.slice(1).forEach((w) => {
          const key = w.toLowerCase().replace(/['’]s$/u, '');
          const map = /^\p{Lu}/u.test(w) ? upper : lower;
          map.set(key, (map.get(key) ?? 0) + 1);
        });
      }
    }
  }
  return new Set([...upper].filter(([w, n]) => n > (lower.get(w) ?? 0)).map(([w]) => w));
}

/** The names in a sentence-case headline: runs of capitalized words. */
export function headlineNames(title: string, capitalized: Set<string>): string[] {
  const words = title.match(TOKEN) ?? [];
  const names: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length && JOINERS.has(run[run.length - 1] ?? '')) run.pop();
    if (run.length) names.push(run.join(' ').replace(/['’]s$/u, ''));
    run = [];
  };
  words.forEach((word, i) => {
    const bare = word.replace(/['’]s$/u, '');
    const isName =
      /^\p{Lu}/u.test(word) &&
      !/\d/.test(word) &&
      (i > 0 || capitalized.has(bare.toLowerCase()) || /^\p{Lu}{2,}$/u.test(bare));
    if (isName) {
      run.push(bare);
      if (bare !== word) flush(); // "Blair's plan": the possessive ends the name
    } else if (run.length && JOINERS.has(word)) {
      run.push(word);
    } else {
      flush();
    }
  });
  flush();
  return names;
}

const inOrder = (whole: string[], part: string[]) =>
  part.length > 0 && whole.some((_, i) => part.every((w, k) => whole[i + k] === w));

/**
 * The names a headline's name goes by: a nationality is its country's ("German" heads a story
 * about Germany), and a country, party or club has its other names ("US", "United States").
 */
function spellings(name: string): string[] {
  const country = DEMONYMS[name.replace(/s$/, '')] ?? DEMONYMS[name];
  const key = topicKey(country ?? name);
  const group = [...COUNTRY_NAMES, ...OTHER_NAMES].find((g) => g.some((n) => topicKey(n) === key));
  return group ?? [country ?? name];
}

/** Whether a topic carries the name: one's words in order in the other's. */
export function carries(topicName: string, name: string): boolean {
  const t = topicKey(topicName).split(' ');
  return spellings(name).some((spelling) => {
    const n = topicKey(spelling).split(' ');
    return inOrder(t, n) || inOrder(n, t);
  });
}

export interface BbcScores {
  stories: number;
  headline: { names: number; stories: number; carried: number; share: number };
  /** Per checked name: stories it heads, and how many carry it. */
  byName: { name: string; headed: number; carried: number }[];
  namedJunk: { name: string; articles: number }[];
  junk: number;
  kinds: { name: string; expected: TopicKind; shown: TopicKind | null; articles: number }[];
  topics: { all: number; twoOrMore: number };
  related: {
    links: number;
    sameDesk: number;
    share: number;
    allOtherDesk: number;
    /** Articles with no related list at all. */
    empty: number;
  };
}

export function headlineCheck(articles: Article[]): BbcScores['headline'] & {
  byName: BbcScores['byName'];
} {
  const capitalized = capitalizedWords(articles);
  const heads = new Map<string, { name: string; stories: number[] }>();
  articles.forEach((a, i) => {
    for (const name of new Set(headlineNames(a.title, capitalized))) {
      // Generic words ("Bank") and things written in capitals ("TV", "MPs") name nothing.
      const words = topicKey(name).split(' ');
      if (junkReason(name) || (words.some((w) => THINGS.has(w)) && words.every(notName))) continue;
      const key = topicKey(name);
      const entry = heads.get(key) ?? { name, stories: [] };
      if (entry.stories.at(-1) !== i) entry.stories.push(i);
      heads.set(key, entry);
    }
  });
  const byName = [...heads.values()]
    .filter((h) => h.stories.length >= MIN_HEADED)
    .map((h) => ({
      name: h.name,
      headed: h.stories.length,
      carried: h.stories.filter((i) =>
        (articles[i] as Article).topics.some((t) => carries(t.name, h.name)),
      ).length,
    }))
    .sort((a, b) => b.headed - a.headed || (a.name < b.name ? -1 : 1));
  const stories = byName.reduce((n, h) => n + h.headed, 0);
  const carried = byName.reduce((n, h) => n + h.carried, 0);
  return {
    names: byName.length,
    stories,
    carried,
    share: Math.round((carried / (stories || 1)) * 1000) / 1000,
    byName,
  };
}

/** Related links on the article's own desk, and lists wholly off it. */
export function relatedCheck(articles: BbcArticle[]): BbcScores['related'] {
  relateArticles(articles);
  const deskOf = new Map(articles.map((a) => [a.id, a.desk]));
  // An article has same-desk candidates when another of its desk shares a topic with it.
  const holders = new Map<string, BbcArticle[]>();
  for (const a of articles) {
    for (const t of a.topics) holders.set(t.slug, [...(holders.get(t.slug) ?? []), a]);
  }
  let links = 0;
  let same = 0;
  let allOther = 0;
  let empty = 0;
  for (const a of articles) {
    const related = a.related ?? [];
    if (!related.length) empty++;
    const sameHere = related.filter((id) => deskOf.get(id) === a.desk).length;
    links += related.length;
    same += sameHere;
    if (related.length && !sameHere) {
      const candidates = a.topics.some((t) =>
        (holders.get(t.slug) ?? []).some((b) => b !== a && b.desk === a.desk),
      );
      if (candidates) allOther++;
    }
  }
  return {
    links,
    sameDesk: same,
    share: Math.round((same / (links || 1)) * 1000) / 1000,
    allOtherDesk: allOther,
    empty,
  };
}

export async function bbcQuality(corpora: string): Promise<BbcScores> {
  const articles = await bbcArticles(corpora);
  assignTopics(articles);
  const counts = new Map<string, { kind: TopicKind; articles: number }>();
  let junk = 0;
  for (const a of articles) {
    for (const t of a.topics) {
      const key = topicKey(t.name);
      const entry = counts.get(key) ?? { kind: t.kind, articles: 0 };
      entry.articles++;
      counts.set(key, entry);
      if (junkReason(t.name)) junk++;
    }
  }
  const { byName, ...headline } = headlineCheck(articles);
  return {
    stories: articles.length,
    headline,
    byName,
    namedJunk: NAMED_JUNK.map((name) => ({
      name,
      articles: counts.get(topicKey(name))?.articles ?? 0,
    })),
    junk,
    kinds: Object.entries(EXPECTED_KINDS).map(([name, expected]) => ({
      name,
      expected,
      shown: counts.get(topicKey(name))?.kind ?? null,
      articles: counts.get(topicKey(name))?.articles ?? 0,
    })),
    topics: {
      all: counts.size,
      twoOrMore: [...counts.values()].filter((c) => c.articles >= 2).length,
    },
    related: relatedCheck(articles),
  };
}

export function printBbc(s: BbcScores, show = false): void {
  console.log(`topics on ${s.stories} BBC News stories (desks withheld)`);
  console.log(
    `  headline check: ${s.headline.share} of ${s.headline.stories} stories headed by ` +
      `${s.headline.names} names (each heading ${MIN_HEADED}+) carry the name as a topic`,
  );
  const missed = s.byName.filter((h) => h.carried < h.headed);
  console.log(
    `    short: ${missed
      .slice(0, show ? missed.length : 12)
      .map((h) => `${h.name} ${h.carried}/${h.headed}`)
      .join(', ')}`,
  );
  const junk = s.namedJunk.filter((j) => j.articles > 0);
  console.log(
    `  junk the issue named: ${junk.reduce((n, j) => n + j.articles, 0)} topic uses` +
      (junk.length ? ` (${junk.map((j) => `${j.name} ${j.articles}`).join(', ')})` : '') +
      `; stop-list junk: ${s.junk}`,
  );
  const wrong = s.kinds.filter((k) => k.shown && k.shown !== k.expected);
  console.log(
    `  kinds the issue named: ${s.kinds.filter((k) => k.shown === k.expected).length}/` +
      `${s.kinds.filter((k) => k.shown).length} right` +
      (wrong.length ? ` (wrong: ${wrong.map((k) => `${k.name} ${k.shown}`).join(', ')})` : ''),
  );
  console.log(`  topics: ${s.topics.all}, of two or more articles: ${s.topics.twoOrMore}`);
  console.log(
    `  related: same-desk share ${s.related.share} (${s.related.sameDesk}/${s.related.links} ` +
      `links); lists all other-desk with same-desk candidates: ${s.related.allOtherDesk}; ` +
      `articles without related: ${s.related.empty}`,
  );
}

if (runsAsScript(import.meta.filename)) {
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
      show: { type: 'boolean', default: false },
    },
  });
  const corpora = requireCorpora(values.corpora, ['bbc']);
  printBbc(await bbcQuality(corpora), values.show);
}
