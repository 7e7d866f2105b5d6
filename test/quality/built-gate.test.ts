// The built-archive gate: what `npm run build` publishes from a folder holding real saved pages
// and their w3m, lynx and html2text dumps (the committed sample, test/web-pages, in both its
// layouts: see its README.md), scored after dedup as `npm run bench:extract:built` scores the
// full corpora (the same code, bench/extract/built-pages.ts and built-score.ts). The extraction
// gates score normalize alone; this one holds what a reader of the archive gets: each kind of
// copy's body F1 and snippet F1 against the article that holds it, and every story once (the
// pages whose copies are split over more than one article, a ceiling). The floors are in
// bench/extract/built-floors.json; raise them as dedup and extraction improve:
//   npm run bench:extract:built -- --pages test/web-pages --write-floors bench/extract/built-floors.json
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { copiesOf, COPY_KINDS, writeCopies } from '../../bench/extract/built-pages.ts';
import { builtBelowFloors, scoreWork } from '../../bench/extract/built-score.ts';
import type { Floors } from '../../bench/extract/measure.ts';
import { buildCommand } from '../helpers/cli.ts';

const sample = path.join(import.meta.dirname, '../web-pages');

test('the archive built from saved pages and their dumps stays above the pinned floors', async () => {
  const { floors } = JSON.parse(
    await readFile(path.join(import.meta.dirname, '../../bench/extract/built-floors.json'), 'utf8'),
  ) as { floors: Floors };
  const dir = await mkdtemp(path.join(tmpdir(), 'built-gate-'));
  try {
    const copies = copiesOf(sample, COPY_KINDS);
    assert.ok(copies.length >= 200, `the sample in ${sample} is missing copies`);
    await writeCopies(copies, path.join(dir, 'input'));
    const run = await buildCommand(dir, [
      '--input',
      'input',
      '--output',
      'dist',
      '--work',
      'work',
      '--lock',
      'archive.lock.json',
    ]);
    assert.equal(run.code, 0, run.stderr);
    const report = scoreWork(COPY_KINDS, copies, path.join(dir, 'work'));
    const misses = builtBelowFloors(report, floors);
    assert.deepEqual(
      misses,
      [],
      `below the floors in bench/extract/built-floors.json (npm run bench:extract:built -- --pages test/web-pages):\n${misses.join('\n')}\n` +
        `split: ${report.stories.split.map((s) => s.key).join(', ')}`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
