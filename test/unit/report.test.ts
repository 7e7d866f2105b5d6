// The removals report (src/stages/report.ts): written a file at a time from the removals spilled
// to the work folder, it must be byte for byte the JSON.stringify(report, null, 2) the build
// published when it held every removal in memory, and nothing may be left of the spill.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { pendingReport, spillRemovals, writeReport } from '../../src/stages/report.ts';
import type { InputFile, NormalizedDoc, Spillover } from '../../src/types.ts';

const PAGES = path.join(import.meta.dirname, '../web-pages/html/readability');
const work = await mkdtemp(path.join(tmpdir(), 'report-'));
after(() => rm(work, { recursive: true, force: true }));

/** Real saved pages normalized as a build does (their removals: chrome, hidden text, forms). */
function normalizedPages(count: number): { files: InputFile[]; docs: NormalizedDoc[] } {
  const files = readdirSync(PAGES)
    .filter((name) => existsSync(path.join(PAGES, name, 'source.html')))
    .sort()
    .slice(0, count)
    .map((name) => {
      const rel = `${name}.html`;
      const file = readInputFile(rel, readFileSync(path.join(PAGES, name, 'source.html')));
      assert.ok(!('reason' in file), `${rel} was rejected`);
      return file;
    });
  const context = corpusProfile(files);
  return { files, docs: files.map((f) => normalize(f, context)) };
}

/** The report as the build wrote it before: every removal in memory, one JSON text. */
function inMemory(docs: NormalizedDoc[], spillover: Spillover[], files: InputFile[]): string {
  const encodings = new Map(files.map((f) => [f.path, f.encoding]));
  const report = {
    files: docs.map((doc) => ({
      path: doc.path,
      encoding: encodings.get(doc.path) ?? null,
      date_from: doc.date?.from ?? null,
      warnings: doc.warnings,
      removed: doc.removed,
      moved: spillover
        .filter((s) => s.path === doc.path)
        .map(({ text, reason }) => ({ text, reason })),
    })),
  };
  return JSON.stringify(report, null, 2) + '\n';
}

test('the streamed report is byte for byte the in-memory one, and the spill is deleted', async () => {
  const { files, docs } = normalizedPages(12);
  assert.ok(
    docs.filter((d) => d.removed.length > 0).length >= 6,
    'the sample pages have removals to report',
  );
  // Text dedup moved out of two documents, one of them twice, quoted as a page would have it.
  const spillover: Spillover[] = [
    { path: docs[1]!.path, text: 'Read more: "the other story"', reason: 'copy of another' },
    { path: docs[3]!.path, text: 'Line one\nline two', reason: 'duplicate paragraph' },
    { path: docs[1]!.path, text: 'Ünïcödé \u2028 text', reason: 'duplicate paragraph' },
  ];
  const expected = inMemory(docs, spillover, files);
  const spilled = await spillRemovals(docs, work);
  assert.ok(
    docs.every((d) => d.removed.length === 0),
    'the documents no longer hold their removals',
  );
  const target = path.join(work, 'report.json');
  await writeReport(pendingReport(docs, spillover, files, spilled), target);
  assert.equal(await readFile(target, 'utf8'), expected);
  assert.equal(existsSync(spilled.file), false);
});

test('an archive without documents reports an empty list, as JSON.stringify prints it', async () => {
  const spilled = await spillRemovals([], work);
  const target = path.join(work, 'empty.json');
  await writeReport(pendingReport([], [], [], spilled), target);
  assert.equal(await readFile(target, 'utf8'), JSON.stringify({ files: [] }, null, 2) + '\n');
});

test('removals past the spill reader’s 1 MB reads, and one document’s over 1 MB, come out whole', async () => {
  const { files, docs } = normalizedPages(12);
  // The real pages' removals, each document's list repeated so that the spill runs to several
  // megabytes, and the last document given every removal of the others 40 times over: entries
  // then straddle the reader's reads, and one is longer than a read.
  const everything = docs.flatMap((doc) => doc.removed);
  const big = docs.map((doc, i) => ({
    ...doc,
    removed:
      i === docs.length - 1
        ? Array.from({ length: 40 }, () => everything).flat()
        : Array.from({ length: 40 }, () => doc.removed).flat(),
  }));
  const expected = inMemory(big, [], files);
  const spilled = await spillRemovals(big, work);
  const spillBytes = spilled.lengths.reduce((sum, n) => sum + n, 0);
  assert.ok(spillBytes > 2 * 1024 * 1024, `the spill holds ${spillBytes} bytes`);
  assert.ok((spilled.lengths.at(-1) ?? 0) > 1024 * 1024, 'one document’s removals pass 1 MB');
  const target = path.join(work, 'big.json');
  await writeReport(pendingReport(big, [], files, spilled), target);
  assert.equal(await readFile(target, 'utf8'), expected);
});
