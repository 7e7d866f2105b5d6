// The headline finder's cheap test of a candidate inside the story (mayStandInsideStory,
// src/normalize/headline/candidate-score.ts) and the clean file's short cut past the headline
// scorer (noHeadlineMakesDump, src/extract/page-header.ts): both leave every answer as it was.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { type Line } from '../../src/normalize/paragraphs.ts';
import { pageIndex } from '../../src/normalize/headline/page-index.ts';
import {
  mayStandInsideStory,
  scoreCandidate,
} from '../../src/normalize/headline/candidate-score.ts';
import {
  headlineWindow,
  insideStoryEnd,
  storyStart,
} from '../../src/normalize/headline/story-start.ts';
import { stripHeadingMarks } from '../../src/normalize/headline/page-furniture.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile } from '../../src/types.ts';

const PAGES = path.join(import.meta.dirname, '..', 'web-pages');

/** Every committed dump (w3m, lynx, html2text) under test/web-pages. */
function dumps(dir = PAGES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'html' ? [] : dumps(full);
    return e.name.endsWith('.txt') ? [full] : [];
  });
}

/** The page's lines that print something, numbered as in the file. */
function printed(text: string): Line[] {
  return text
    .split('\n')
    .map((line, n) => ({ n, text: line }))
    .filter((line) => line.text.trim() !== '');
}

test('no candidate two lines into the story that scoreCandidate keeps fails the cheap test', () => {
  // Every span a candidate line i may have (a kicker on i - 1, a wrapped tail on i + 1), scored
  // for the story found on each committed dump, from two lines into it to the last line the
  // finder reads there: where one scores, the cheap test must let line i through.
  let scored = 0;
  let asked = 0;
  for (const file of dumps()) {
    const lines = printed(readFileSync(file, 'utf8'));
    const story = storyStart(lines);
    if (story === null) continue;
    const index = pageIndex(lines);
    const window = headlineWindow(lines, story);
    for (let i = story + 2; i <= insideStoryEnd(lines, story) && i < lines.length; i++) {
      for (const first of [i - 1, i]) {
        for (const last of [i, i + 1]) {
          if (last >= lines.length) continue;
          const text = lines
            .slice(first, last + 1)
            .map((line) => stripHeadingMarks(line.text).trim())
            .join(' ');
          asked++;
          if (scoreCandidate(lines, { first, last, text }, story, window, index) === null) continue;
          scored++;
          assert.ok(mayStandInsideStory(lines, story, i, index), `${file}: line ${i}`);
        }
      }
    }
  }
  // The dumps hold such candidates: the test reads some.
  assert.ok(scored > 0 && asked > scored, `${scored} of ${asked}`);
});

/** A wire story headed by its dateline, as the scale bench's generated sites print one. */
const WIRE = [
  '19-JUN-1987 05:13:39.20',
  '',
  'JAPAN PANEL URGES WORLD ECONOMIC ADJUSTMENTS',
  '',
  '    TOKYO, June 19 - Japan could avoid a sharp rise in the value of',
  'the yen against the dollar if Japan, the U.S. And other nations',
  'succeeded in restructuring their economies, an advisory panel to the',
  "government's Economic Planning Agency (EPA) said.",
  '    The advisory body said in its report that the yen would soar',
  'against the dollar if structural adjustments on a global basis were',
  'delayed.',
  '    An EPA official told Reuters the dollar could fall to slightly',
  'below 100 yen by 1993 if Japan and the U.S. Failed to restructure',
  'their economies.',
];

test('a clean wire story headed by its dateline reads as a clean file, as before the short cut', () => {
  const file = readInputFile('site-05/0001.txt', Buffer.from(WIRE.join('\n'))) as InputFile;
  const doc = normalize(file, corpusProfile([file]));
  assert.equal(doc.title, 'JAPAN PANEL URGES WORLD ECONOMIC ADJUSTMENTS');
  // The dateline its date, the first paragraph its body's: the file's top read as a clean one.
  assert.equal(doc.date?.value, '1987-06-19');
  assert.match(doc.blocks[0]?.text ?? '', /^TOKYO, June 19 - Japan could avoid/);
});
