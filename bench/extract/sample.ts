// Copies the committed sample of web pages that test/quality/extract-gate.test.ts measures
// (test/web-pages, see its README.md) out of the full corpora, by fixed rules so that running
// it again gives the same files:
//
// - Readability: the cases whose expected-metadata.json declares both a byline and a
//   publishedTime (signed and dated: news-like; the other cases are mostly the project's
//   feature tests: base URLs, lazy images, tag cleaning), not wikis (name containing "wiki":
//   encyclopedia pages, not stories), and whose three dumps plus expected.html and its metadata
//   weigh at most 90 KB (the large ones would take the sample past 2 MB). Sorted by name, all
//   kept: 19 cases. Only the dumps, expected.html and expected-metadata.json are copied.
// - trafilatura: the evaldata.json entries whose three dumps exist, with at least one `with`
//   and one `without` snippet, and whose three dumps weigh 3-24 KB together; ordered by the
//   sha256 of the file name (a fixed shuffle: file names sort by site, and hash-named files
//   would crowd the start), the first 30. evaldata.json is trimmed to them.
//
//   npx tsx bench/extract/sample.ts [--corpora ../shared/corpora] [--out test/web-pages]

import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireCorpora } from '../shared/corpora.ts';
import { runsAsScript } from '../shared/script.ts';
import { TOOLS, type EvalEntry } from './measure.ts';

export const READABILITY_FILES = [
  ...TOOLS.map((t) => `${t}.txt`),
  'expected.html',
  'expected-metadata.json',
];
const READABILITY_MAX_BYTES = 90_000;
const TRAFILATURA_PAGES = 30;
const TRAFILATURA_MIN_BYTES = 3_000;
const TRAFILATURA_MAX_BYTES = 24_000;

export function chooseReadability(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.includes('wiki'))
    .map((e) => e.name)
    .sort()
    .filter((name) => {
      if (!READABILITY_FILES.every((f) => existsSync(path.join(dir, name, f)))) return false;
      const meta = JSON.parse(
        readFileSync(path.join(dir, name, 'expected-metadata.json'), 'utf8'),
      ) as Record<string, unknown>;
      if (!meta.byline || !meta.publishedTime) return false;
      const bytes = READABILITY_FILES.reduce(
        (s, f) => s + statSync(path.join(dir, name, f)).size,
        0,
      );
      return bytes <= READABILITY_MAX_BYTES;
    });
}

export function chooseTrafilatura(dir: string): [string, EvalEntry][] {
  const evaldata = JSON.parse(readFileSync(path.join(dir, 'evaldata.json'), 'utf8')) as Record<
    string,
    EvalEntry
  >;
  const key = (file: string) => createHash('sha256').update(file).digest('hex');
  return Object.entries(evaldata)
    .filter(([, e]) => {
      if (!e.with?.length || !e.without?.length) return false;
      const dumps = TOOLS.map((t) => path.join(dir, 'text', t, dumpName(e.file)));
      if (!dumps.every((d) => existsSync(d))) return false;
      const bytes = dumps.reduce((s, d) => s + statSync(d).size, 0);
      return bytes >= TRAFILATURA_MIN_BYTES && bytes <= TRAFILATURA_MAX_BYTES;
    })
    .sort(([, a], [, b]) => (key(a.file) < key(b.file) ? -1 : 1))
    .slice(0, TRAFILATURA_PAGES);
}

export function dumpName(file: string): string {
  return `${file.replace(/\.html?$/, '')}.txt`;
}

/**
 * The command line of a sample script (this one, html-sample.ts): the corpora's web-pages folder
 * (--corpora) and the folder the sample is written to (--out, `defaultOut` when not given).
 */
export function sampleFolders(defaultOut: string): { from: string; out: string } {
  const { values } = parseArgs({
    options: {
      corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
      out: { type: 'string', default: defaultOut },
    },
  });
  const from = path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');
  return { from, out: path.resolve(values.out) };
}

if (runsAsScript(import.meta.filename)) {
  const { from, out } = sampleFolders('test/web-pages');
  // The data folders are rewritten whole; README.md beside them is kept.
  for (const sub of ['readability', 'trafilatura'])
    rmSync(path.join(out, sub), { recursive: true, force: true });

  const cases = chooseReadability(path.join(from, 'readability'));
  for (const name of cases) {
    mkdirSync(path.join(out, 'readability', name), { recursive: true });
    for (const f of READABILITY_FILES) {
      copyFileSync(path.join(from, 'readability', name, f), path.join(out, 'readability', name, f));
    }
  }
  copyFileSync(path.join(from, 'readability/LICENSE.md'), path.join(out, 'readability/LICENSE.md'));

  const pages = chooseTrafilatura(path.join(from, 'trafilatura'));
  for (const tool of TOOLS) {
    mkdirSync(path.join(out, 'trafilatura/text', tool), { recursive: true });
    for (const [, e] of pages) {
      copyFileSync(
        path.join(from, 'trafilatura/text', tool, dumpName(e.file)),
        path.join(out, 'trafilatura/text', tool, dumpName(e.file)),
      );
    }
  }
  // Sorted by URL so that the file reads the same however the selection was ordered.
  const trimmed = Object.fromEntries([...pages].sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(
    path.join(out, 'trafilatura/evaldata.json'),
    `${JSON.stringify(trimmed, null, 1)}\n`,
  );
  copyFileSync(path.join(from, 'trafilatura/LICENSE'), path.join(out, 'trafilatura/LICENSE'));
  console.log(`${cases.length} Readability cases, ${pages.length} trafilatura pages -> ${out}`);
}
