// Self-check for bench/quality/generate.ts: generates 50 files twice with one seed into temporary
// folders and asserts byte-identical output, then checks that the truth describes the files.
//
//   npx tsx bench/quality/check-generator.ts [--count 50] [--corpora DIR]

import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import matter from 'gray-matter';

import { requireCorpora } from '../shared/corpora.ts';
import { DEFAULT_CORPORA, generateCorpus, type TruthRecord } from './generate.ts';

const SEED = 20240611;

async function listFiles(root: string, dir = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(root, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(root, rel)));
    else out.push(rel);
  }
  return out.sort();
}

const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decode(bytes: Buffer, encoding: string): string {
  switch (encoding) {
    case 'utf-8':
      assert.ok(!(bytes[0] === 0xef && bytes[1] === 0xbb), 'utf-8 without BOM has no BOM');
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    case 'utf-8 (BOM)':
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    case 'utf-16le (BOM)':
      assert.deepEqual([...bytes.subarray(0, 2)], [0xff, 0xfe]);
      return new TextDecoder('utf-16le').decode(bytes.subarray(2));
    case 'windows-1252': {
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        valid = false;
      }
      assert.ok(!valid, 'a windows-1252 file must not also read as UTF-8');
      return bytes
        .toString('latin1')
        .replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
    }
    default:
      throw new Error(`unknown encoding ${encoding}`);
  }
}

/** Body text with line-end hyphen breaks joined, hyphens dropped and whitespace collapsed. */
const flatten = (s: string): string =>
  s
    .replace(/([\p{L}\p{N}])-\n\s*/gu, '$1')
    .replace(/-/g, '')
    .replace(/\s+/g, ' ');

function checkRecord(r: TruthRecord, text: string): void {
  const where = `${r.path}: `;
  assert.equal(text.includes('\r\n'), r.crlf, `${where}crlf`);
  const lf = text.replace(/\r\n/g, '\n');
  const lines = new Set(lf.split('\n').map((l) => l.trim()));
  assert.ok(r.paragraphs.length > 0, `${where}no paragraphs`);
  for (const p of r.paragraphs) {
    assert.ok(p.trim().length > 0, `${where}empty paragraph`);
    assert.equal(p, p.trim(), `${where}paragraph not trimmed`);
  }
  for (const c of r.chrome) {
    assert.ok(c.length > 0, `${where}empty chrome entry`);
    assert.ok(lf.includes(c), `${where}chrome not in file: ${c}`);
  }
  if (r.path.endsWith('.md')) {
    // The headline, author and source live in the front matter only.
    const data = matter(lf).data as Record<string, unknown>;
    assert.equal(data.title, r.title, `${where}front matter title`);
    if ('author' in data) assert.equal(data.author, r.byline, `${where}front matter author`);
    if ('source' in data) assert.equal(data.source, r.source, `${where}front matter source`);
    if ('summary' in data) assert.equal(data.summary, r.standfirst, `${where}front matter summary`);
  } else if (r.title !== null) {
    const labelled = [...lines].some((l) => l.endsWith(`: ${r.title}`));
    assert.ok(lines.has(r.title) || labelled, `${where}title`);
  }
  if (r.date !== null) assert.match(r.date, /^\d{4}-\d{2}(?:-\d{2})?$/, `${where}date`);
  const flat = flatten(lf);
  for (const p of r.paragraphs) {
    assert.ok(flat.includes(flatten(p)), `${where}paragraph not in file: ${p.slice(0, 60)}`);
  }
  if (r.standfirst !== null && !r.path.endsWith('.md')) {
    assert.ok(lf.includes(r.standfirst), `${where}standfirst`);
  }
  for (const o of r.omitted) {
    assert.ok(!flat.includes(flatten(o)), `${where}omitted paragraph is in the file`);
  }
  const brokenTokens = (lf.match(/\p{L}-(?:\n\s*)?\p{L}/gu) ?? []).length;
  assert.ok(brokenTokens >= r.breaks.length, `${where}fewer hyphens than recorded breaks`);
}

async function main(): Promise<void> {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const corpora = requireCorpora(arg('--corpora') ?? DEFAULT_CORPORA, ['bbc', 'reuters21578']);
  const COUNT = Number(arg('--count') ?? 50);
  assert.ok(Number.isInteger(COUNT) && COUNT > 0, '--count must be a positive integer');
  const a = await mkdtemp(path.join(os.tmpdir(), 'quality-gen-a-'));
  const b = await mkdtemp(path.join(os.tmpdir(), 'quality-gen-b-'));
  try {
    const first = await generateCorpus({ corpora, out: a, count: COUNT, seed: SEED });
    const second = await generateCorpus({ corpora, out: b, count: COUNT, seed: SEED });
    assert.deepEqual(second, first, 'truth differs between runs');

    const filesA = await listFiles(a);
    const filesB = await listFiles(b);
    assert.deepEqual(filesB, filesA, 'file lists differ between runs');
    assert.equal(filesA.length, COUNT + 1, 'one file per record plus truth.json');
    for (const rel of filesA) {
      const [x, y] = await Promise.all([readFile(path.join(a, rel)), readFile(path.join(b, rel))]);
      assert.ok(x.equals(y), `${rel} differs between runs`);
    }

    const truth = JSON.parse(await readFile(path.join(a, 'truth.json'), 'utf8')) as TruthRecord[];
    assert.equal(truth.length, COUNT);
    assert.deepEqual(
      truth.map((r) => r.path),
      [...truth.map((r) => r.path)].sort(),
      'truth.json is sorted by path',
    );
    for (const r of truth) {
      const bytes = await readFile(path.join(a, r.path));
      checkRecord(r, decode(bytes, r.encoding));
    }
    const corpora2 = new Set(truth.map((r) => r.corpus));
    assert.ok(corpora2.has('bbc') && corpora2.has('reuters'), 'both corpora are used');
    console.log(
      `ok: ${COUNT} files generated twice, byte-identical; ${truth.length} truth records consistent`,
    );
  } finally {
    await rm(a, { recursive: true, force: true });
    await rm(b, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
