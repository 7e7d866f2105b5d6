// compromise's matches of people, places and organizations in the sentences worth tagging
// (src/topics/tagger/sentences.ts), a name after a title or office ("Prime Minister ...")
// included: the candidates namesIn (src/topics/tagger.ts) returns, cleaned and made whole.

import { CORPORATE_SUFFIXES, BEFORE_NAMES, GENERIC_WORDS } from '../lexicon.ts';
import nlp from '../../nlp.ts';
import {
  type Term,
  type Candidate,
  countryNames,
  topicKey,
  isJunk,
  clean,
  notAName,
} from './candidates.ts';
import type { Section } from './sections.ts';
import { readableSections, sentencesToTag } from './sentences.ts';
import { completeName, withJoinedWord } from './whole-names.ts';

/** Words of an institution's name, never of a person's. */
const INSTITUTION_WORDS = new Set([...CORPORATE_SUFFIXES, 'bank', 'trust', 'group', 'fund']);

/** A name right after an office: "Energy Minister [Subroto]", not a place or organization. */
const AFTER_TITLE = `(${BEFORE_NAMES.join('|')}) [#ProperNoun+]`;
/**
 * AFTER_TITLE parsed once: doc.match parses a pattern given as text at every call, and this one's
 * alternatives took 0.24 ms an article to parse against 0.04 ms to match (two sentences).
 */
const AFTER_TITLE_PARSED = nlp.parseMatch(AFTER_TITLE);
/** Tags that say a word after an office is not a person's name ("manager Manchester United"). */
const NOT_PERSON = ['Place', 'Organization', 'Demonym', 'Date', 'Value'];

/** A parsed text, as compromise's nlp() returns it. */
type Doc = ReturnType<typeof nlp>;

/** The words of AFTER_TITLE's offices, as compromise's parsed choice holds them. */
const OFFICES = (AFTER_TITLE_PARSED[0] as { fastOr: Set<string> }).fastOr;

/**
 * Whether a sentence can hold a match of AFTER_TITLE: an office, as compromise's doesMatch reads
 * a choice of words ("fastOr"), and a #ProperNoun. Without its cache step (not in our hooks),
 * compromise tries the pattern at every word of every sentence; a sentence without both yields
 * nothing (docs/figures.md, "Stop 42: the names stage's speed").
 */
function mayNameAfterTitle(terms: Term[]): boolean {
  return (
    terms.some((t) => t.tags.has('ProperNoun')) &&
    terms.some(
      (t) => OFFICES.has(t.root || t.implicit || t.machine || t.normal) || OFFICES.has(t.text),
    )
  );
}

/** The proper nouns right after an office that are a person's name (AFTER_TITLE). */
function namesAfterTitle(doc: Doc): Term[][] {
  const held = sentencesWhere(doc, mayNameAfterTitle);
  return (held.match(AFTER_TITLE_PARSED, 0) as unknown as { docs: Term[][] }).docs.filter(
    (terms) =>
      !terms.some(
        (t) =>
          NOT_PERSON.some((tag) => t.tags.has(tag)) ||
          GENERIC_WORDS.has(t.text.toLowerCase()) ||
          CORPORATE_SUFFIXES.has(t.text.toLowerCase().replace(/[.,]$/, '')),
      ),
  );
}

/**
 * The names in one of compromise's matches: "Yongchon, North Pyongan Province" is two places;
 * "Japan's Finance Ministry" is Japan and the ministry.
 */
function nameParts(match: Term[], kind: Candidate['kind']): Term[][] {
  const parts: Term[][] = [];
  let part: Term[] = [];
  for (const term of match) {
    part.push(term);
    // "December's OPEC": a possessive of a junk word or of a country ends a name.
    const owner = /['’]s$/u.test(term.text) ? term.text.replace(/['’]s$/u, '') : '';
    const possessive =
      kind !== 'person' && owner && (countryNames.has(topicKey(owner)) || isJunk(owner));
    // "Gudjohnsen (Parker 77)": a bracket, like a comma, ends a name (a team sheet).
    const next = match[match.indexOf(term) + 1];
    const apart = /[,()]/.test(term.post) || (next !== undefined && /[()]/.test(next.pre));
    if (apart || possessive || term === match[match.length - 1]) {
      parts.push(part);
      part = [];
    }
  }
  return parts;
}

/**
 * The sentences of a parse that hold a term with one of `tags`, in order. compromise's people()
 * first splits every sentence at its commas, then looks for a run of #Person: a sentence without
 * one yields nothing, and the splitting of all the others was 2% of the names stage
 * (docs/figures.md, "Stop 41: the names stage's speed"); places() looks for a run of #Place or
 * #Address in each. The matches are the same terms, in the same order.
 */
function sentencesTagged(doc: Doc, ...tags: string[]): Doc {
  return sentencesWhere(doc, (terms) => terms.some((t) => tags.some((tag) => t.tags.has(tag))));
}

/** The sentences of a parse whose terms pass `keep`, in order, as a view of the parse. */
function sentencesWhere(doc: Doc, keep: (terms: Term[]) => boolean): Doc {
  const view = doc as unknown as {
    docs: Term[][];
    fullPointer: unknown[];
    update: (pointers: unknown[]) => Doc;
  };
  const sentences = view.docs;
  return view.update(view.fullPointer.filter((_, i) => keep(sentences[i] ?? [])));
}

/**
 * compromise's matches of each kind of name in a parse, people first, each read only from the
 * sentences tagged with its kind.
 */
function nameMatches(doc: Doc): [Candidate['kind'], Term[][]][] {
  const matchesOf = (view: unknown) => (view as { docs: Term[][] }).docs;
  return [
    ['person', matchesOf(sentencesTagged(doc, 'Person').people())],
    ['person', namesAfterTitle(doc)],
    ['place', matchesOf(sentencesTagged(doc, 'Place', 'Address').places())],
    // compromise's organizations() is a match of #Organization+ in every sentence.
    ['organization', matchesOf(sentencesTagged(doc, 'Organization').organizations())],
  ];
}

/** The names compromise finds in an article's sections (those not in capitals), in one parse. */
export function tagged(sections: Section[]): Candidate[] {
  const readable = readableSections(sections);
  const text = readable.map((s) => s.text).join('\n\n');
  if (!text) return [];
  // Tagging is most of the stage's time: only the sentences that can yield a topic are tagged.
  const doc = nlp(sentencesToTag(sections, readable).join('\n\n'));
  const memo = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = make()));
    return value;
  };
  const out: Candidate[] = [];
  for (const [kind, matches] of nameMatches(doc)) {
    for (const part of matches.flatMap((match) => nameParts(match, kind))) {
      // A name the article repeats is judged once (notAName is pure).
      const name = clean(
        part,
        kind,
        (n, k) => once(`n ${k} ${n}`, () => String(notAName(n, k))) === 'true',
      );
      // "Chase Manhattan Bank", "Irving Trust": a person's name has no such words.
      const words = name?.toLowerCase().split(/\s+/) ?? [];
      if (name && kind === 'person' && words.some((w) => INSTITUTION_WORDS.has(w))) {
        out.push({ name, kind: 'organization' });
      } else if (name) {
        const full =
          kind === 'person'
            ? once(`p ${name}`, () =>
                completeName(name, text, part.length === 1 && !!part[0]?.tags.has('FirstName')),
              )
            : kind === 'organization'
              ? once(`o ${name}`, () => withJoinedWord(name, text))
              : name;
        out.push({ name: full, kind });
      }
    }
  }
  return out;
}
