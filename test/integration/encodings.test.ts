// A folder of real pages that are not UTF-8 (test/fixtures/encodings: Japanese in Shift_JIS,
// Japanese UTF-8 with one stray byte, Chinese in GBK, Russian in Windows-1251) built end to end
// (real Eleventy, real Pagefind): each article shows its text as it was written, not mojibake,
// and the build warns about each file by name, saying how it was read (issue 21).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { build, type BuildSummary } from '../../src/build.ts';
import type { Manifest } from '../../src/types.ts';
import { optionsIn } from '../helpers/options.ts';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/encodings');
/** Sample -> how the warning says it was read. */
const FILES: Record<string, RegExp> = {
  'ja-shift_jis.txt': /read as Shift_JIS: /,
  'ja-utf8-stray-byte.txt': /^not valid UTF-8 at 1 byte .* read as UTF-8 with the bad byte/,
  'zh-gbk.txt': /read as GBK: /,
  'ru-windows-1251.txt': /read as Windows-1251: /,
};

let dir: string;
let summary: BuildSummary;
let manifest: Manifest;
let out: string;

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'archive-encodings-'));
  const input = path.join(dir, 'input');
  await mkdir(input);
  for (const name of Object.keys(FILES)) {
    await copyFile(path.join(FIXTURES, name), path.join(input, name));
  }
  const options = optionsIn(dir, input);
  out = options.output;
  summary = await build(options);
  manifest = JSON.parse(readFileSync(path.join(out, 'archive.json'), 'utf8')) as Manifest;
});

after(() => rm(dir, { recursive: true, force: true }));

/** The article's own text as a reader sees it: the Pagefind body of its page, tags stripped. */
function articleText(file: string): string {
  const found = manifest.articles.find((a) => a.sources.some((s) => s.path === file));
  assert.ok(found, `no article built from ${file}`);
  const html = readFileSync(path.join(out, found.url, 'index.html'), 'utf8');
  const body = /<[^>]+data-pagefind-body[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
  return body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** Runs of 12 or more letters and spaces of the original text, within a line. */
function phrases(file: string): string[] {
  const original = readFileSync(path.join(FIXTURES, 'original', file), 'utf8');
  return [...original.matchAll(/[\p{L}\p{N}][\p{L}\p{N} ]{10,}[\p{L}\p{N}]/gu)].map((m) =>
    m[0].replace(/ +/g, ' '),
  );
}

test('every file becomes an article whose text reads as the original, not mojibake', () => {
  for (const file of Object.keys(FILES)) {
    const text = articleText(file);
    const wanted = phrases(file);
    assert.ok(wanted.length >= 5, `${file}: too few phrases to check`);
    const shown = wanted.filter((p) => text.includes(p));
    // Normalize may take a line or two out (a dateline, a caption), not the story.
    assert.ok(shown.length >= 0.8 * wanted.length, `${file}: ${shown.length} of ${wanted.length}`);
    assert.doesNotMatch(text, /[\u00c0-\u00ff][\u0080-\u00bf\u2018-\u203a]/, `${file}: mojibake`);
  }
});

test('each file is warned about by name, saying how it was read', () => {
  for (const [file, how] of Object.entries(FILES)) {
    const messages = summary.warnings.filter((w) => w.path === file).map((w) => w.message);
    assert.ok(
      messages.some((m) => how.test(m)),
      `${file}: ${JSON.stringify(messages)}`,
    );
  }
  const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as {
    files: { path: string; encoding: string }[];
  };
  assert.deepEqual(Object.fromEntries(report.files.map((f) => [f.path, f.encoding])), {
    'ja-shift_jis.txt': 'shift_jis',
    'ja-utf8-stray-byte.txt': 'utf-8 (bad bytes replaced)',
    'ru-windows-1251.txt': 'windows-1251',
    'zh-gbk.txt': 'gbk',
  });
});
