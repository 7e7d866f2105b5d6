// The benchmarks read the full research corpora in place (../shared/corpora beside the project,
// or the folder given with --corpora / ARCHIVE_CORPORA); a clone holds only the small samples in
// test/corpora that the tests use. Without the corpora a benchmark stops here, exit code 2,
// saying what is missing and where each corpus comes from.

import { existsSync } from 'node:fs';
import path from 'node:path';

/** The corpora's folders, each with where to get it (see ../shared/corpora/README.md). */
export const CORPUS_SOURCES = {
  bbc:
    'BBC News dataset (2,225 articles, 2004-2005) by D. Greene and P. Cunningham, ' +
    'http://mlg.ucd.ie/datasets/bbc.html, unpacked as bbc/<category>/NNN.txt',
  reuters21578:
    'Reuters-21578 Distribution 1.0 from the UCI KDD archive, ' +
    'https://kdd.ics.uci.edu/databases/reuters21578/reuters21578.html, as reuters21578/reut2-0NN.sgm',
  'web-pages':
    "web pages: Mozilla Readability's test pages (https://github.com/mozilla/readability, " +
    "test/test-pages) in web-pages/readability/, and trafilatura's evaluation set " +
    '(https://github.com/adbar/trafilatura) in web-pages/trafilatura/',
} as const;

export type CorpusName = keyof typeof CORPUS_SOURCES;

/**
 * Returns `corpora` resolved when it holds every folder in `needs`; otherwise prints what is
 * missing and where to get it, and exits with code 2.
 */
export function requireCorpora(corpora: string, needs: readonly CorpusName[]): string {
  const root = path.resolve(corpora);
  const missing = needs.filter((name) => !existsSync(path.join(root, name)));
  if (missing.length === 0) return root;
  console.error(
    [
      `The benchmark needs the full research corpora, and ${root} lacks ${missing.map((m) => `${m}/`).join(', ')}.`,
      'Put them beside the project as ../shared/corpora (or pass --corpora DIR / set ARCHIVE_CORPORA):',
      ...missing.map((name) => `  ${name}/: ${CORPUS_SOURCES[name]}`),
      'The tests do not need them: they read the samples in test/corpora (see its README.md).',
    ].join('\n'),
  );
  process.exit(2);
}
