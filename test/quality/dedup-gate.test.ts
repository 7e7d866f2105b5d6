// Dedup quality gate: pairwise F1 against the labelled corpora (bench/dedup/run.ts) and the
// look-alike pairs merged must stay within bench/dedup/floors.json: issue 4's targets, F1 0.97
// and no look-alike merged (measured: F1 0.987, 0 of 1,112); and paragraphs of other stories
// glued onto generated copies that stay in the article, held at the measured 4 of 749 plus one (a
// ratchet; 8 before a story's first paragraph was looked up as its opening beside its standfirst,
// 15 before wire leads' shape and long stories were weighed, 30 before one mechanism
// judged trailing paragraphs, 66 before trailing paragraphs were read against the archive,
// issue 21).
//
// Glued leads (bench/dedup/glued.ts, issue 21): copies with two or three cut-off leads of other
// stories glued on. Ratchets at the measured figures plus one for noise: leads left in the
// article (BBC 7 of 752, Reuters 10 of 747; 9 and 13 before "This year ...", "X said he ..."
// with an X the story never named and "The" before a new subject no longer read as references
// back, a paragraph before another story's opening joined its run and rows of figures after a
// table's closing note were read as another company's; BBC 8 and Reuters 18 before wire
// stories' sign-offs and speakers in apposition were read; Reuters 23 before a story's first
// paragraph was looked up as its opening beside its standfirst and a closing note was no longer
// read as the standfirst; 19 and 40 before a lead's shape (a new subject, a results line after
// prose, a prose lead after a results table) and a long story's chance
// sharing were weighed, 32 and 90 before short results lines were looked up as openings and
// paragraphs past the end of the story's other copies weighed as such, 631 and 557 before issue
// 21, 52 and 103 before runs of leads were weighed by summed log-odds). The copies' own
// paragraphs lost and paragraphs taken off the archive's untouched stories are held at their
// measured values: 6 and 7 of 1,367 and 1,518, 2 of 7,427 and 18 of 16,671 (21 before a
// round-up's datelined items were read as its own). They were 5 and 6,
// 1 and 20 before the lead's shape counted: its floors rose by one each for 11 BBC and 17
// Reuters leads fewer left, as issue 21 weighs a story's own paragraph taken above a lead left
// (the new ones: a BBC column's "Clark Boyd is technology correspondent for ..." line, a
// Reuters story's "Administration opposition to the deal also stemmed from ...", a BBC story's
// "Electoral Commission boss Sam Younger said: ..." on first naming him, a Reuters results
// table's note "1986 losses in both periods include gain of 530,000 dlrs ...").
// Leads left rose from 7 and 10 (samples: BBC 6) to 11 and 12 (floors 12 and 13; samples 7) when a copy's opening had to
// share a word with its headline (glued.ts, opensOnHeadline), which kept 3,321 of 4,709 own
// paragraphs taken in the 100,000-article bench (docs/figures.md, "Stop 50: dedup at scale").
//
// By default the gate reads the committed samples (test/corpora; ARCHIVE_CORPORA=DIR for the full
// corpora). There the same measure gives F1 0.985 and 0 of 150 look-alikes merged, within the
// floors, but its own counts of glued paragraphs, held at their measured values below: the
// generated copies are drawn from the samples' smaller pool.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { gluedQuality } from '../../bench/dedup/glued.ts';
import { dedupQuality } from '../../bench/dedup/run.ts';
import { loadBbc, loadReuters } from '../../bench/dedup/stories.ts';
import { CORPORA as corpora, ON_SAMPLES } from '../helpers/corpora.ts';

type PerCorpus = { bbc: number; reuters: number };
const floors = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../../bench/dedup/floors.json'), 'utf8'),
) as {
  f1: { min: number };
  lookalikesMerged: { max: number };
  gluedLeaked: { max: number };
  gluedLeadsLeft: PerCorpus;
  ownParagraphsLost: PerCorpus;
  archiveParagraphsTaken: PerCorpus;
};
/**
 * The samples' own measurements: glued-on paragraphs kept 7 of 739 (72 before issue 21); glued
 * leads left 6 of 251 (BBC) and 7 of 407 (Reuters; 17 and 42 before runs were weighed by summed
 * log-odds), own paragraphs lost 0 and 2 (0 and 0), paragraphs of untouched stories taken 0 of
 * 2,075 and 4 of 5,084 (1 and 7). Issue 24's text rules (character references, bulleted lines
 * as lists, fixture dates kept), merged after the glued-lead change, moved them from 8 and 33,
 * 0 and 4, 1 and 4; two BBC stories joined the samples then too. Short results lines looked up
 * as openings and tails past the story's other copies (one mechanism, no MIN_COHERENCE) moved
 * leads left to 10 and 16, own paragraphs lost to 0 and 2, untouched paragraphs taken to 0 and 4;
 * a lead's shape and a long story's chance sharing weighed moved leads left to 6 and 7.
 * Reuters' own paragraphs lost went 2 -> 3 when a figure counted against a pair only where the
 * other copy tells it differently (stop 62): "MANILA SAID TO OFFER DEBT BONDS TO BANKS" of March
 * 2 now joins its March 1 sends, as the labels have it (same figures, a day apart), and a glued
 * copy's lead "... instead of cash" is shown in March 1's longer wording ("... as an alternative
 * to cash"). The full corpora's figure is unchanged (7 of 1,518).
 */
const SAMPLES = {
  gluedLeaked: 7,
  gluedLeadsLeft: { bbc: 7, reuters: 7 },
  ownParagraphsLost: { bbc: 0, reuters: 3 },
  archiveParagraphsTaken: { bbc: 0, reuters: 4 },
};
const limits = ON_SAMPLES ? SAMPLES : { ...floors, gluedLeaked: floors.gluedLeaked.max };

const requireCorpora = () =>
  assert.ok(
    existsSync(path.join(corpora, 'reuters21578')),
    `the corpora are missing at ${corpora}: run npx tsx test/corpora/sample.ts, or set ARCHIVE_CORPORA to the folder holding bbc/ and reuters21578/`,
  );

test('dedup keeps its F1, keeps look-alikes apart and glued-on stories out', async () => {
  requireCorpora();
  const { scores } = await dedupQuality(corpora);
  assert.ok(scores.f1 >= floors.f1.min, `F1 ${scores.f1} < ${floors.f1.min} (npm run bench:dedup)`);
  assert.ok(
    scores.lookalikesMerged <= floors.lookalikesMerged.max,
    `${scores.lookalikesMerged} look-alike pairs merged (npm run bench:dedup)`,
  );
  assert.ok(
    scores.gluedLeaked <= limits.gluedLeaked,
    `${scores.gluedLeaked} glued-on paragraphs left in articles (npm run bench:dedup)`,
  );
});

test("leads of other stories glued after a copy leave its article, and the story's own paragraphs stay", async () => {
  requireCorpora();
  const stories = [...(await loadBbc(corpora)), ...(await loadReuters(corpora))];
  const { scores } = gluedQuality(stories);
  for (const corpus of ['bbc', 'reuters'] as const) {
    const s = scores[corpus];
    const say = `${corpus} (npm run bench:dedup -- --glued-only --examples)`;
    assert.ok(
      s.left <= limits.gluedLeadsLeft[corpus],
      `${say}: ${s.left} of ${s.leads} glued leads left in the article`,
    );
    assert.ok(
      s.ownLost <= limits.ownParagraphsLost[corpus],
      `${say}: ${s.ownLost} of the copies' own paragraphs lost`,
    );
    assert.ok(
      s.archiveLost <= limits.archiveParagraphsTaken[corpus],
      `${say}: ${s.archiveLost} paragraphs taken off untouched stories`,
    );
  }
});
