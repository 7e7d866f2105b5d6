// Inputs built to make normalize's regular expressions backtrack: long runs of spaces, tabs,
// hyphens, dots, capitals, "- - -", brackets and the like, inside lines that pass the
// short-line checks (few words). Each must be normalized within a generous limit: the limit
// guards against catastrophic (quadratic or worse) backtracking, it is not a benchmark.
// Before the fixes, 200,000 spaces between two words took over two minutes (cleanLine's
// /\s+$/ and bylineOf's "Name in Place" pattern).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile } from '../../src/types.ts';
import { bbcStory } from '../helpers/hostile-input.ts';
import { cpuMs, median } from '../../bench/shared/cpu.ts';

const N = 200_000;
/**
 * CPU time each input may take: the slowest takes well under a second (a minute or more before
 * the fixes).
 */
const LIMIT_MS = 20_000;

const ADVERSARIAL: Record<string, string> = {
  'spaces between two words': `a${' '.repeat(N)}b`,
  'spaces and tabs': `x${' \t'.repeat(N / 2)}y`,
  hyphens: `Ko${'-'.repeat(N)}x`,
  'spaced hyphens': `${'- '.repeat(N / 2)}x`,
  dots: `U${'.'.repeat(N)}!`,
  capitals: `${'A'.repeat(N)} b`,
  'capital words': `${'ABC '.repeat(N / 4)}x`,
  'capital labels': `${'WORD: '.repeat(N / 6)}Xy`,
  'nested brackets': `${'[('.repeat(N / 4)}x${')]'.repeat(N / 4)}`,
  'open parentheses': `${'('.repeat(N)}x`,
  'a byline that never ends': `By ${'John '.repeat(N / 5)}!`,
  digits: `${'1 '.repeat(N / 2)}x`,
  breadcrumbs: `${'Home > '.repeat(N / 7)}x`,
  'dates over and over': '10 May '.repeat(N / 7),
  'print breaks': 'Ko- '.repeat(N / 4),
  'Name in Place': `Kim${' '.repeat(N)}in Seoul`,
  // Found by auditing every regular expression in src/normalize and src/stages/normalize.ts with
  // recheck (a ReDoS checker), then checking which of its attacks reach a rule through
  // normalize. Before the fixes, at N = 8,000 instead of 200,000: the kicker of capitals took
  // 310 s, the credit line 32 s, the repost footer 9.7 s, and the others 0.06-0.3 s, growing as
  // the square of the length or faster (a minute or more each at this N).
  'a credit line with spaces': `Reported by${' '.repeat(N)}x`,
  'a credit line with spaces around "for"': `Reported by Kim${' '.repeat(N / 2)}for${' '.repeat(N / 2)}x`,
  'a kicker of capitals': `${'A'.repeat(N)} b c d e f g`,
  'a continuation note with spaces': `continued on page${' '.repeat(N)}x`,
  'a repost footer with spaces and tabs': `First published by Foo${' \t'.repeat(N / 2)}T`,
  'a counter with tabs': `views${'\t'.repeat(N)}C`,
  'a wire sign-off between tabs': `${'\t'.repeat(N / 2)}30${'\t'.repeat(N / 2)}A`,
  'a long word before a hyphen': `${'a'.repeat(N)} x-y`,
  'a long word hyphened to a number': `${'a'.repeat(N)}-1 and co-operation`,
  'a copyright line with spaces': `© Foo${' '.repeat(N)}Bar`,
  'a dateline with spaces': `10 May 2004${' '.repeat(N)}x`,
  'a dateline with spaces before a separator': `Wire | 10 May 2004 ${' '.repeat(N)}| x`,
};

const { title, paragraphs } = bbcStory('business', 1);

for (const [name, hostile] of Object.entries(ADVERSARIAL)) {
  test(`normalize finishes quickly on ${name}`, () => {
    // At the head (where metadata is looked for), in the body and at the tail.
    const text = [title, hostile, ...paragraphs, hostile, paragraphs[0], hostile].join('\n\n');
    const file = readInputFile('x.txt', Buffer.from(text)) as InputFile;
    assert.ok(!('reason' in file));
    let doc: ReturnType<typeof normalize> | undefined;
    // CPU, not wall-clock, time: a busy machine stretches the one, not the other.
    const ms = cpuMs(() => {
      doc = normalize(file, corpusProfile([file]));
    });
    assert.ok(ms < LIMIT_MS, `${name}: ${Math.round(ms)} ms CPU`);
    assert.ok((doc?.blocks.length ?? 0) > 0);
  });
}

/** A file of the story's title over one line of its text repeated to `bytes` bytes or more. */
function oneLineFile(bytes: number): { file: InputFile; line: string } {
  const sentence = paragraphs.join(' ');
  const line = sentence.repeat(Math.ceil(bytes / sentence.length));
  const file = readInputFile('one-line.txt', Buffer.from(`${title}\n\n${line}\n`)) as InputFile;
  assert.ok(!('reason' in file));
  return { file, line };
}

/** The CPU (ms) normalize takes on a one-line file of `bytes` bytes (oneLineFile). */
function oneLineCpu(bytes: number): number {
  const { file } = oneLineFile(bytes);
  return cpuMs(() => normalize(file, corpusProfile([file])));
}

/**
 * How much more CPU the 10 MB line may take than a 1 MB line of the same text: 10 if normalize
 * is linear in a line's length, 100 if quadratic. Measured at 1a91194 (2026-12-05, load 13-15 on
 * two cores): 11.5-15.1 (10 MB 3.3-4.3 s, 1 MB 0.18-0.38 s once warm; the collector's work grows
 * a little with the heap). A quadratic rescan injected into normalize (a pass over the text every
 * 16 KB, then every 8 KB: 10 and 20 s more at 10 MB, 0.1 and 0.2 s at 1 MB) gave 30.9 and 54.5.
 */
const MAX_CPU_RATIO = 30;

// What this guards against is a pass over a long line that grows faster than its length (a
// backtracking pattern, a loop rescanning the line), not a slow or busy machine: a wall-clock
// limit (40 s) failed under a load of 30 on two cores with the work itself 3-4 s of CPU. So the
// 10 MB line's CPU time is set against a 1 MB line's in the same run, twice before it and twice
// after (the median, should the load change between them): the machine's speed and its load
// divide out.
test('a file holding one 10 MB line is read and normalized in time linear in its length', () => {
  oneLineCpu(1_000_000); // compiling normalize's code is no part of a line's cost
  const small = [oneLineCpu(1_000_000), oneLineCpu(1_000_000)];
  const { file, line } = oneLineFile(10_000_000);
  let doc: ReturnType<typeof normalize> | undefined;
  const long = cpuMs(() => {
    doc = normalize(file, corpusProfile([file]));
  });
  small.push(oneLineCpu(1_000_000), oneLineCpu(1_000_000));
  const ratio = long / median(small);
  assert.ok(
    ratio < MAX_CPU_RATIO,
    `10 MB ${Math.round(long)} ms CPU, 1 MB ${small.map(Math.round).join(', ')}: ` +
      `${ratio.toFixed(1)} times`,
  );
  assert.equal(doc?.title, title);
  assert.ok((doc?.blocks ?? []).reduce((n, b) => n + b.text.length, 0) >= line.length * 0.99);
});
