// compromise as the build uses it: one configuration for every module that parses text, so that
// a parse gives the same tags whichever module, thread or stage runs first.
//
// After its lexicon, compromise runs a post-tagger: 570 match patterns that correct tags, built
// into one matcher at the first parse. It was nearly half of the names stage, the costliest of
// the build (a CPU profile of namesIn). The build reads only names from the tags: people, places
// and organizations (topics.ts, names.ts) and whether a short line names a place or an
// organization (normalize/header.ts). So only the patterns that set, clear or test a name's
// tags are kept, 86 of the 570. Measured on the 9,958 articles of the 10,000-article bench
// archive: names 7.67 -> 3.72 ms an article on one core, 51,189 of 51,388 names the same (447
// more found); `npm run bench:topics` unchanged (labels found 60.7% against 60.6%; people 80.8%,
// organizations 87.7%, places 57.1% both ways; no junk topics). Without any post-tagger an article
// took 3.00 ms, but people fell to 64.6% and organizations to 71.9%.
//
// The last step of every parse, 'chunks', groups the tagged words into noun and verb phrases,
// which only compromise's phrase methods (nouns(), verbs()) read; the build asks for names and
// tags only. Without it, namesIn gives the same names, byte for byte, for all 11,155 normalized
// files of the 10,000-article bench input (`npm run bench -- --articles 10000`), in 3.33-3.89 ms
// a file on one core instead of 4.08-4.77 ms (two runs each way, alternating); the names stage
// at 100,000 articles took 195.9 s against 210-234 s.

import nlp from 'compromise';

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
};
world.hooks = world.hooks.filter((step) => step !== 'chunks');
world.model.two.matches = world.model.two.matches.filter(
  (pattern) =>
    NAME_TAGS.test(String(pattern.tag ?? '')) ||
    NAME_TAGS.test(String(pattern.unTag ?? '')) ||
    NAME_TAGS.test(pattern.match),
);

export default nlp;
