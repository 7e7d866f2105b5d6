// The raw copies of the input files the site publishes at <out>/raw/ (src/stages/site.ts), each
// the same bytes made the cheapest way: linked from the work folder or the published site, or
// copied.

import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { mapConcurrently } from '../concurrency.ts';
import { rawCopyPath } from '../paths.ts';
import type { RawFile } from '../types.ts';
import { linkFrom } from './link-from.ts';
import type { PublishedSite } from './reuse.ts';

/**
 * Publishes every input file at <out>/raw/<path> (an HTML page at <path>.txt: rawCopyPath), the
 * same bytes made the cheapest way: a page the build kept in the work folder is hard-linked to
 * it (linkKeptPage); a file whose sha256 is the one recorded for the published site is linked
 * from there; anything else is copied. Resolves to how many were linked each way.
 */
export async function copyRawFiles(
  files: RawFile[],
  out: string,
  previous: PublishedSite | null,
): Promise<{ kept: number; unchanged: number }> {
  const rawDir = join(out, 'raw');
  const linked = { kept: 0, unchanged: 0 };
  await mapConcurrently(files, async (file) => {
    const target = resolve(rawDir, rawCopyPath(file.path));
    // Input paths come from the file system, but a path that climbs out of raw/ must never be
    // written, whatever produced it.
    if (!target.startsWith(rawDir + sep)) {
      throw new Error(`Raw file path "${file.path}" leads outside the raw folder`);
    }
    await mkdir(dirname(target), { recursive: true });
    if (file.kept && (await linkKeptPage(file, target))) {
      linked.kept++;
    } else if (
      previous?.state.raw[file.path] === file.sha256 &&
      (await linkFrom(previous.dir, out, relative(out, target)))
    ) {
      linked.unchanged++;
    } else {
      await copyRaw(file, target);
    }
  });
  return linked;
}

/**
 * Hard-links a WARC page kept in the work folder (RawFile.kept) as its raw copy; false where no
 * link can be made, for a copy instead. At 100,000 records the kept pages and their copies were
 * ~15 GB each, the same bytes twice; linked, they are one set of blocks, made in a fraction of
 * a copy's time (docs/figures.md, stop 60). What could go wrong, and why it does not:
 * - A user's own input file is never linked (kept is false): an edit of dist/raw would edit it.
 * - A kept page is never written in place: it is named by its sha256, written once through a
 *   temporary name and a rename (keepPayload) and pruned by unlinking (prunePayloads). A page
 *   that changes is a new file, so a published copy keeps its bytes when its page is replaced
 *   or pruned, or the work folder deleted; and each site is written into a new staging folder,
 *   so no build writes through a link either.
 * - The copy is the page's bytes and mode (copyFile copies the mode too): `diff -r` against a
 *   copied site is empty; the same input builds the same site. rsync, cp and tar without -H
 *   copy a link as a file of its own.
 * - What a link shares that a copy did not: an edit made in place to a published raw copy (an
 *   editor that keeps hard links, as vim does) edits the kept page. keepPayload writes again a
 *   page whose size is not its record's; a same-size edit stays in the copy, as it already did
 *   in a copy linked from the published site.
 * The page is copied where the link is refused: work folder and site on two file systems
 * (EXDEV), a file system without hard links or protected_hardlinks (EPERM, ENOTSUP), an inode's
 * link limit (EMLINK). A page gone is an error that names the work folder.
 */
async function linkKeptPage(file: RawFile, target: string): Promise<boolean> {
  try {
    await link(file.absPath, target);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw keptPageGone(file);
    // Any other refusal is the copy's to report, if the copy fails too.
    return false;
  }
}

/** Copies an input file, or a kept page that could not be linked, to its raw copy. */
async function copyRaw(file: RawFile, target: string): Promise<void> {
  await copyFile(file.absPath, target).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
    if (file.kept) throw keptPageGone(file);
    // A scraper still writing into the folder can move or delete a file mid-build; the site
    // would then lack the copy its article links to, so the build stops and says why.
    throw new Error(
      `${file.path} was removed from the input folder during the build; build again once ` +
        'the folder has stopped changing',
    );
  });
}

function keptPageGone(file: RawFile): Error {
  return new Error(
    `${file.path}: its page, kept in the work folder at ${file.absPath}, was removed during ` +
      'the build; build again',
  );
}
