// A file of one site folder hard-linked into another, for the site stage (src/stages/site.ts):
// an unchanged page or raw copy from the published site, a part's pages for Pagefind to read.

import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Hard-links `file` (a path from the site root) from the site folder `from` into the one at
 * `to`; a file system without hard links gets a copy. False when `from` lacks the file.
 */
export async function linkFrom(from: string, to: string, file: string): Promise<boolean> {
  const source = join(from, file);
  const target = join(to, file);
  await mkdir(dirname(target), { recursive: true });
  try {
    await link(source, target);
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT') return false;
    await copyFile(source, target);
  }
  return true;
}
