// Properties of ingest + normalize over arbitrary input (fast-check): for any bytes or text they
// never throw, never lose text (every non-blank input line ends up in the body, the headline or
// metadata, the front matter, or the removal record with a reason) and give the same result
// every time.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';
import { bbcStory } from '../helpers/hostile-input.ts';

const RUNS = 150;

function run(bytes: Uint8Array): { file: InputFile; doc: NormalizedDoc } | null {
  const file = readInputFile('p.txt', Buffer.from(bytes));
  if ('reason' in file) return null;
  return { file, doc: normalize(file, corpusProfile([file])) };
}

/** Lines of real text, hostile fragments and junk, for text that looks a little like articles. */
const story = bbcStory('politics', 12);
const line = fc.oneof(
  fc.constantFrom(story.title, ...story.paragraphs, '', '   ', 'By John Smith', '10 May 2004'),
  fc.constantFrom('<script>alert(1)</script>', '[x](javascript:alert(1))', 'Home > News', '---'),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 80 }),
);
const articleText = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));

/** Letters and digits only: what must survive wherever the line went. */
const core = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

test('ingest + normalize never throw on arbitrary bytes', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
      run(bytes);
    }),
    { numRuns: RUNS * 2 },
  );
});

test('ingest + normalize never throw on article-like text, and are deterministic', () => {
  fc.assert(
    fc.property(articleText, (text) => {
      const bytes = Buffer.from(text);
      const a = run(bytes);
      const b = run(bytes);
      assert.deepEqual(a, b);
    }),
    { numRuns: RUNS },
  );
});

test('no text is lost: every non-blank line is in the body, a field, or removed with a reason', () => {
  fc.assert(
    fc.property(articleText, (text) => {
      const result = run(Buffer.from(text));
      if (!result) return;
      const { file, doc } = result;
      const kept = core(
        [
          doc.title,
          doc.standfirst,
          doc.byline,
          doc.source,
          doc.section,
          doc.date?.from,
          ...doc.blocks.map((b) => b.text),
          ...doc.removed.map((r) => r.text),
          JSON.stringify(file.frontMatter),
        ].join(' '),
      );
      for (const removal of doc.removed) assert.ok(removal.reason, 'a removal without a reason');
      // The text after front matter, line by line (the front matter itself is in the data).
      for (const inputLine of file.text.split('\n')) {
        const letters = core(inputLine);
        if (!letters) continue;
        // Print breaks may be joined across lines ("Ko-" + "reans"): compare word by word.
        for (const word of inputLine.split(/\s+/).map(core).filter(Boolean)) {
          assert.ok(kept.includes(word), `"${word}" of line "${inputLine}" was lost`);
        }
      }
    }),
    { numRuns: RUNS },
  );
});
