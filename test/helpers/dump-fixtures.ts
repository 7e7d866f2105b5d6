// Whole page dumps under test/fixtures/headline (copied from ../shared/corpora/web-pages), read
// as a build reads one input file.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile } from '../../src/types.ts';

/** The title normalize gives the dump test/fixtures/headline/`fixture`. */
export function dumpTitle(fixture: string): string | null {
  const bytes = readFileSync(path.join(import.meta.dirname, '../fixtures/headline', fixture));
  const file = readInputFile('page.txt', bytes);
  assert.ok(!('reason' in file), 'the dump was rejected');
  return normalize(file as InputFile, corpusProfile([file as InputFile])).title;
}
