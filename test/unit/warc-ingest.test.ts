import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { InputFile } from '../../src/types.ts';
import { firstCaptures, isWarcName, type WarcFileRead } from '../../src/warc/ingest.ts';
import { rawCopyPath } from '../../src/paths.ts';

test('WARC files are told by name: .warc and .warc.gz, in any case', () => {
  for (const name of ['crawl.warc', 'crawl.warc.gz', 'CRAWL-00001.WARC.GZ']) {
    assert.ok(isWarcName(name), name);
  }
  for (const name of ['crawl.gz', 'crawl.warc.txt', 'warc', 'notes.warcx', 'crawl.wacz']) {
    assert.ok(!isWarcName(name), name);
  }
});

test('a record’s raw copy is published as text, its path kept before .html.txt', () => {
  assert.equal(rawCopyPath('crawl/site.warc.gz#48213'), 'crawl/site.warc.gz#48213.html.txt');
  assert.equal(rawCopyPath('site.WARC#0'), 'site.WARC#0.html.txt');
  // A file whose name only looks like a record's stays as it is.
  assert.equal(rawCopyPath('notes#3.txt'), 'notes#3.txt');
});

function read(warc: string, records: [number, string, string][]): WarcFileRead {
  return {
    summary: {
      path: warc,
      records: records.length,
      pages: records.length,
      skipped: {},
      refused: 0,
      repeats: [],
      damaged: null,
    },
    records: records.map(([offset, sha256, date]) => ({
      file: {
        path: `${warc}#${offset}`,
        sha256,
        capture: { url: `https://example.org/${sha256}`, capturedAt: date },
      } as InputFile,
      payloadFile: `/work/${sha256}`,
    })),
    rejected: [],
  };
}

test('a payload captured again, in the same WARC file or a later one, is one copy', () => {
  const a = read('a.warc.gz', [
    [0, 'p1', '2024-01-01T00:00:00Z'],
    [900, 'p2', '2024-01-01T00:01:00Z'],
    [1800, 'p1', '2024-01-02T00:00:00Z'],
  ]);
  const b = read('b.warc', [
    [0, 'p2', '2024-02-01T00:00:00Z'],
    [700, 'p3', '2024-02-01T00:01:00Z'],
  ]);
  const kept = firstCaptures([a, b]);
  assert.deepEqual(
    kept.map((r) => r.file.path),
    ['a.warc.gz#0', 'a.warc.gz#900', 'b.warc#700'],
  );
  assert.equal(a.summary.pages, 2);
  assert.equal(b.summary.pages, 1);
  assert.deepEqual(a.summary.repeats, [
    {
      path: 'a.warc.gz#1800',
      url: 'https://example.org/p1',
      captured_at: '2024-01-02T00:00:00Z',
      same_as: 'a.warc.gz#0',
    },
  ]);
  assert.deepEqual(
    b.summary.repeats.map((r) => [r.path, r.same_as]),
    [['b.warc#0', 'a.warc.gz#900']],
  );
});
