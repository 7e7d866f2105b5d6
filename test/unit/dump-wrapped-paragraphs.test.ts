// A page dump's paragraphs come wrapped at the tool's width among the page's short lines (links,
// captions, dates): each paragraph must be published whole, not as one paragraph per printed line
// (issue 21: "any of the fun or celebratory spirit." stood alone on ehow-2's w3m dump).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';

const SAMPLE = path.join(import.meta.dirname, '../web-pages/readability/bbc-1');

function paragraphs(tool: string): string[] {
  const name = `${tool}.txt`;
  const file = readInputFile(`bbc-1/${name}`, readFileSync(path.join(SAMPLE, name)));
  assert.ok('text' in file, `${name} is read`);
  return normalize(file, corpusProfile([file])).blocks.map((b) => b.text);
}

// The story's first three paragraphs as the page prints them (expected.html's <p>s).
const STORY = [
  'President Barack Obama has admitted that his failure to pass "common sense gun safety laws" in the US is the greatest frustration of his presidency.',
  'In an interview with the BBC, Mr Obama said it was "distressing" not to have made progress on the issue "even in the face of repeated mass killings".',
];

for (const tool of ['w3m', 'lynx']) {
  test(`bbc-1's ${tool} dump: each wrapped paragraph is one paragraph`, () => {
    const published = paragraphs(tool);
    for (const paragraph of STORY) assert.ok(published.includes(paragraph), paragraph);
    // Nothing is lost: the wrapped line is in the paragraph, not dropped.
    assert.ok(!published.includes('US is the greatest frustration of his presidency.'));
  });
}
