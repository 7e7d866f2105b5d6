// Replacing a file whole: written beside itself, then renamed over it.

import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `data` to `file` through `temp` (default `<file>.tmp`) and a rename, so that a build
 * killed mid-write leaves the old file whole, a reader never sees half a file, and a hard link to
 * the old file (a backup made with cp -al, say) keeps what it had. With `makeFolder`, the
 * file's folder is made first.
 */
export async function replaceFile(
  file: string,
  data: Parameters<typeof writeFile>[1],
  { temp = `${file}.tmp`, makeFolder = false }: { temp?: string; makeFolder?: boolean } = {},
): Promise<void> {
  if (makeFolder) await mkdir(path.dirname(file), { recursive: true });
  await writeFile(temp, data);
  await rename(temp, file);
}
