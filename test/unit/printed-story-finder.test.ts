// The printed-story finder (src/dedup/printed-story.ts) looks a dump's printed lines up in an
// index of the saved pages' bodies, and of those lines shingles only the ones a filter says may be
// on a page (stop 66, branch sc66): it must find exactly what printsStory finds over every page
// and dump with all their shingles. Real text: rueda.wikidot's w3m dump (its story of dance figures
// and the wiki's footer its body finder kept), nurmeinstandpunkt's and xinhuanet's (Chinese: each
// character a word of its own).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  printedStoryFinder,
  printsStory,
  type PrintedStory,
} from '../../src/dedup/printed-story.ts';
import { PRINTED_STORY } from '../../src/dedup/conflicts.ts';
import { keyShingles, keyShinglesWhere } from '../../src/dedup/shingles.ts';
import { matchKey } from '../../src/text.ts';
import type { NormalizedDoc, Removal } from '../../src/types.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const linesOf = (file: string) =>
  readFileSync(path.join(FIXTURES, file), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const rueda = linesOf('html/rueda-printed/w3m.txt');
const blog = linesOf('html/nurmeinstandpunkt-printed/w3m.txt');
const xinhua = linesOf('headline/xinhuanet-w3m.txt');

function doc(docPath: string, format: 'html' | 'text', body: string[]): NormalizedDoc {
  return { path: docPath, format, blocks: body.map((text) => ({ text })) } as NormalizedDoc;
}

/** A page telling `lines`, and a dump whose body is `footer` that removed `lines`. */
function pageAndDump(name: string, lines: string[], footer: string[]) {
  const page = doc(`pages/${name}.html`, 'html', lines);
  const dump = doc(`w3m/${name}.txt`, 'text', footer);
  const removed: Removal[] = lines.map((text, line) => ({
    line,
    text,
    reason: 'outside the article',
  }));
  return { page, dump, removed };
}

test('the finder finds what printsStory finds with every shingle, on real pages and dumps', () => {
  const cases = [
    pageAndDump('rueda', rueda.slice(20, 200), rueda.slice(-14)),
    pageAndDump('blog', blog.slice(10, 150), blog.slice(-20)),
    pageAndDump('xinhua', xinhua.slice(5, 80), xinhua.slice(-10)),
    // A page of two stories, and a dump whose body is its page's story itself.
    pageAndDump('half', rueda.slice(20, 200).concat(blog.slice(10, 150)), blog.slice(-20)),
    pageAndDump('own', blog.slice(150), blog.slice(150)),
  ];
  const limits = { ...PRINTED_STORY, maxCopies: Infinity };
  const finder = printedStoryFinder(
    cases.map((c) => c.page),
    limits,
  );
  const found = cases.flatMap((c) => finder.printedBy(c.dump, c.removed));
  const shingles = (texts: string[]) => keyShingles(matchKey(texts.join(' ')));
  const expected: PrintedStory[] = [];
  for (const { dump, removed } of cases) {
    const body = dump.blocks.map((b) => b.text);
    const printed = shingles([...body, ...removed.map((r) => r.text)]);
    for (const { page } of cases) {
      const set = shingles(page.blocks.map((b) => b.text));
      if (printsStory(set, shingles(body), printed, limits))
        expected.push({ page: page.path, dump: dump.path });
    }
  }
  assert.ok(expected.length >= 3, `${expected.length} printed stories`);
  assert.deepEqual(
    found.map((f) => `${f.dump} ${f.page}`).sort(),
    expected.map((f) => `${f.dump} ${f.page}`).sort(),
  );
});

test('keyShinglesWhere keeps what keyShingles would, and each call its own array', () => {
  const keys = [rueda, blog, xinhua].map((lines) => matchKey(lines.join(' ')));
  const sets = keys.map(keyShingles);
  for (const [i, key] of keys.entries()) {
    const keep = (shingle: number) => shingle % 3 === 0;
    assert.deepEqual(keyShinglesWhere(key, keep), (sets[i] as Uint32Array).filter(keep));
  }
  // Read again after later calls: a call's result is not the buffer the next one fills.
  assert.deepEqual(keys.map(keyShingles), sets);
  assert.ok(sets.every((set) => set.length > 100));
});
