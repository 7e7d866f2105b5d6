// Stage 4: the people, places and organizations each article is about, found by compromise's
// named-entity tagger, cleaned, merged under one canonical name across the archive, and ranked
// by how often the article mentions them (a mention in the headline or standfirst counts more).

import nlp from 'compromise';
import { emptyTopicSettings, type TopicSettings } from '../config.ts';
import { slugify } from '../slug.ts';
import type { Article, Topic, TopicKind } from '../types.ts';

/** An article lists at most this many topics: enough to browse by, few enough to mean something. */
const MAX_TOPICS = 8;
/** A name mentioned once in passing is not what an article is about, unless in its headline. */
const MIN_MENTIONS = 2;
const HEADLINE_WEIGHT = 3;

const CONNECTORS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'de', 'al']);
const JUNK = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may ' +
    'june july august september october november december he she they it we i you his her ' +
    'their mr mrs ms dr president minister government university party state'
  ).split(' '),
);

/** Hyphens inside names ("Kim Jong-il") would split them in the tagger; protect them. */
const NAME_HYPHEN = /(\p{Lu}\p{Ll}*)-(\p{L}+)/gu;
const PROTECTED_HYPHEN = '\u2011';

/** "Kim Jong-il", "Kim Jong-Il" and "Kim Jong Il" are one topic: case and hyphens don't count. */
export function topicKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[-\u2011\s]+/g, ' ')
    .trim();
}

function clean(mention: string): string | null {
  let name = mention
    .replace(new RegExp(PROTECTED_HYPHEN, 'g'), '-')
    .replace(/['’]s$/u, '')
    .replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  // "region of Sinuiju" -> "Sinuiju": leading lowercase words are not part of a name.
  name = name.replace(/^(?:\p{Ll}+\s+)+/u, '');
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.length || name.length < 2 || /\d/.test(name)) return null;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || CONNECTORS.has(w.toLowerCase()))) return null;
  if (words.length === 1 && JUNK.has(name.toLowerCase())) return null;
  if (words.every((w) => JUNK.has(w.toLowerCase()) || CONNECTORS.has(w.toLowerCase()))) return null;
  return name;
}

/**
 * The tagger stops "Kim Jong Il" at "Kim Jong" (it reads "Il" as a word of its own); a
 * capitalized word of up to three letters right after a person's name in the text completes it.
 */
function completeName(name: string, text: string): string {
  if (!name.includes(' ')) return name; // a lone surname is resolved against full names later
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/-/g, '[-\u2011]');
  const next = new RegExp(`${escaped}\\s(\\p{Lu}\\p{Ll}{0,2})(?![\\p{L}\\-\u2011])`, 'u').exec(
    text,
  )?.[1];
  return next && !JUNK.has(next.toLowerCase()) && !CONNECTORS.has(next.toLowerCase())
    ? `${name} ${next}`
    : name;
}

interface Candidate {
  name: string;
  kind: TopicKind;
  weight: number;
}

function mentions(article: Article): Candidate[] {
  const head = `${article.title}. ${article.standfirst ?? ''}`;
  const body = article.blocks.map((b) => b.text).join('\n\n');
  const out: Candidate[] = [];
  for (const [text, weight] of [
    [head, HEADLINE_WEIGHT],
    [body, 1],
  ] as const) {
    const doc = nlp(text.replace(NAME_HYPHEN, `$1${PROTECTED_HYPHEN}$2`));
    const kinds: [TopicKind, string[]][] = [
      ['person', doc.people().out('array') as string[]],
      ['place', doc.places().out('array') as string[]],
      ['organization', doc.organizations().out('array') as string[]],
    ];
    for (const [kind, found] of kinds) {
      for (const raw of found) {
        // "Yongchon, North Pyongan Province" is two places.
        for (const part of raw.split(/,\s*/)) {
          const name = clean(part);
          if (name)
            out.push({ name: kind === 'person' ? completeName(name, text) : name, kind, weight });
        }
      }
    }
  }
  return out;
}

/**
 * The tagger sometimes reads part of a name as a name of another kind: "State Security" (a
 * place) out of "Ministry of State Security", "Korean Visa" (an organization) out of a headline.
 * Such parts, and organizations that are a nationality plus one word, are dropped.
 */
function withoutPartialNames(found: Candidate[]): Candidate[] {
  const nationalityPlusWord = (c: Candidate) => {
    const words = c.name.split(/\s+/);
    return c.kind === 'organization' && words.length <= 2 && isDemonym(words[0] ?? '');
  };
  const kept = found.filter((c) => !nationalityPlusWord(c));
  const organizations = kept
    .filter((c) => c.kind === 'organization')
    .map((c) => ` ${topicKey(c.name)} `);
  return kept.filter((c) => {
    const key = topicKey(c.name);
    return (
      c.kind === 'organization' ||
      !organizations.some((org) => org.includes(` ${key} `) && org !== ` ${key} `)
    );
  });
}

function isDemonym(word: string): boolean {
  return nlp(word).has('#Demonym');
}

export function assignTopics(
  articles: Article[],
  // Not used yet: aliases, exclusions and subjects are applied in the next change.
  _settings: TopicSettings = emptyTopicSettings,
): void {
  // Surface forms per canonical key across the archive; the commonest spelling names the topic.
  const forms = new Map<string, Map<string, number>>();
  const perArticle = articles.map((article) => {
    const scores = new Map<string, { score: number; kind: TopicKind }>();
    const found = withoutPartialNames(mentions(article));
    // A lone surname ("Kim") that is part of a full name in the same article is that person.
    const fullNames = found
      .filter((c) => c.kind === 'person' && c.name.includes(' '))
      .map((c) => c.name);
    for (const candidate of found) {
      let name = candidate.name;
      if (candidate.kind === 'person' && !name.includes(' ')) {
        const full = fullNames.filter((f) => f.split(/\s+/).includes(name));
        if (full.length === 1 && full[0]) name = full[0];
        else if (full.length > 1) continue; // "Kim" with two Kims: ambiguous, not counted
      }
      const key = topicKey(name);
      const entry = scores.get(key) ?? { score: 0, kind: candidate.kind };
      entry.score += candidate.weight;
      scores.set(key, entry);
      const byForm = forms.get(key) ?? new Map<string, number>();
      byForm.set(name, (byForm.get(name) ?? 0) + 1);
      forms.set(key, byForm);
    }
    return scores;
  });
  const display = new Map<string, string>();
  for (const [key, byForm] of forms) {
    const best = [...byForm].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    if (best) display.set(key, best[0]);
  }
  articles.forEach((article, i) => {
    const scores = perArticle[i] ?? new Map();
    const ranked = [...scores]
      .filter(([, s]) => s.score >= MIN_MENTIONS)
      .sort((a, b) => b[1].score - a[1].score || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_TOPICS);
    article.topics = ranked.map(([key, s]): Topic => {
      const name = display.get(key) ?? key;
      return { name, slug: slugify(name), kind: s.kind };
    });
  });
}
