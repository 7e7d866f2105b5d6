// The real corpus text the tests read: by default the samples committed in test/corpora (BBC
// News and Reuters-21578 stories copied from the full corpora, see test/corpora/README.md), so
// that the tests run in a bare clone. ARCHIVE_CORPORA=DIR runs them on the full corpora instead
// (the folder holding bbc/ and reuters21578/); the quality gates then hold the benches' floors.

import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The committed samples. */
export const SAMPLE_CORPORA = path.join(import.meta.dirname, '../corpora');

/** The corpora the tests read: $ARCHIVE_CORPORA when set, else the committed samples. */
export const CORPORA = process.env.ARCHIVE_CORPORA
  ? path.resolve(process.env.ARCHIVE_CORPORA)
  : SAMPLE_CORPORA;

/** True when the tests read the committed samples, whose gate floors are their own. */
export const ON_SAMPLES = CORPORA === SAMPLE_CORPORA;

/**
 * The first `perDesk` stories of every BBC desk (business, entertainment, ...), in order: `rel`
 * is the path under the corpora folder ("bbc/sport/001.txt"), `file` the absolute path.
 */
export function bbcStories(perDesk: number): { rel: string; file: string }[] {
  const root = path.join(CORPORA, 'bbc');
  return readdirSync(root)
    .filter((desk) => !desk.includes('.'))
    .sort()
    .flatMap((desk) =>
      readdirSync(path.join(root, desk))
        .sort()
        .slice(0, perDesk)
        .map((name) => ({ rel: `bbc/${desk}/${name}`, file: path.join(root, desk, name) })),
    );
}

/** The path of BBC story `n` of `desk` ("sport", 483 -> <corpora>/bbc/sport/483.txt). */
export function bbcFile(desk: string, n: number): string {
  return path.join(CORPORA, 'bbc', desk, `${String(n).padStart(3, '0')}.txt`);
}
