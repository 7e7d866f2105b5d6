// The real corpora in ../shared/corpora (or $ARCHIVE_CORPORA), for tests on real text.

import { readdirSync } from 'node:fs';
import path from 'node:path';

export const CORPORA =
  process.env.ARCHIVE_CORPORA ?? path.join(import.meta.dirname, '../../../shared/corpora');

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
