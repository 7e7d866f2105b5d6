// compromise as the build uses it: one configuration for every module that parses text, so that
// a parse gives the same tags whichever module, thread or stage runs first.
//
// After its lexicon, compromise runs a post-tagger: 570 match patterns that correct tags, built
// into one matcher at the first parse, and nearly half of the names stage, the costliest of the
// build. The build reads only names from the tags: people, places and organizations (topics.ts,
// names.ts) and whether a short line names a place or an organization (normalize/header.ts). So
// only the patterns that set, clear or test a name's tags are kept (86 of the 570): the names
// stay the same but for a few more found, and `npm run bench:topics` scores the same. Without
// any post-tagger the stage is a little faster still, but misses many people and organizations.
//
// The last step of every parse, 'chunks', groups the tagged words into noun and verb phrases,
// which only compromise's phrase methods (nouns(), verbs()) read; the build asks for names and
// tags only, and without it gets the same names, byte for byte.
//
// What each cut saved, and how it was checked: docs/figures.md (src/nlp.ts).

import nlp from 'compromise';
import { freeze } from './nlp-freeze.ts';
import { bulkMatch } from './nlp-sweep.ts';

/** Tags a kept pattern sets, clears or matches on. */
const NAME_TAGS =
  /Person|Organization|Place|LastName|FirstName|Honorific|Region|Country|City|ProperNoun|SportsTeam|Acronym/;

interface PostTaggerPattern {
  match: string;
  tag?: unknown;
  unTag?: unknown;
}

const world = nlp.world() as unknown as {
  model: { two: { matches: PostTaggerPattern[] } };
  hooks: string[];
  methods: { one: { bulkMatch: unknown } };
  compute: { freeze: unknown };
};
// The same matches as compromise's own, its choice of patterns for each sentence made cheaper
// (src/nlp-sweep.ts).
world.methods.one.bulkMatch = bulkMatch;
// The same frozen phrases tagged, the joins that cannot be one skipped (src/nlp-freeze.ts).
world.compute.freeze = freeze;
world.hooks = world.hooks.filter((step) => step !== 'chunks');
world.model.two.matches = world.model.two.matches.filter(
  (pattern) =>
    NAME_TAGS.test(String(pattern.tag ?? '')) ||
    NAME_TAGS.test(String(pattern.unTag ?? '')) ||
    NAME_TAGS.test(pattern.match),
);

export default nlp;
