// Publishing a built site: the staged folder replaces the output folder in two renames, so a
// reader of the output never sees half a site and a failed build leaves the old one in place.
//
// The site it replaces is kept beside the output, as <output>.previous, and removed by the next
// build on a thread of its own while the stages before the site run. Removing it at once cost
// every rebuild seconds to a minute (tens of thousands of files and folders, most of them hard
// links that the new site shares; docs/figures.md, src/publish.ts), time in which the build had
// nothing else to do. What a build made for itself but does not
// publish (the folders of links the search indexer read, src/stages/site.ts) goes there too.
//
// Only folders marked as the tool's are moved or removed (src/ownership.ts): checkPaths has
// refused any other before the build started, and each step here checks again at the moment it
// acts, since the user may have put something there while the build ran.

import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { UsageError } from './errors.ts';
import { BUILD_PID_FILE, isSite, markSite, replacedSiteFolder } from './ownership.ts';

/**
 * Starts removing the site the last build replaced, on a worker thread; resolves when it is
 * gone, or rejects with what stopped it. Await it before publishing. (The promise is marked
 * handled, so a failure while the build is still in its other stages is reported when it is
 * awaited, not as an unhandled rejection.)
 */
export function removeReplacedSite(output: string): Promise<void> {
  const folder = replacedSiteFolder(output);
  if (!existsSync(folder)) return Promise.resolve();
  const removal = removeSite(folder);
  removal.catch(() => {});
  return removal;
}

async function removeSite(folder: string): Promise<void> {
  if (!(await isSite(folder))) {
    throw new UsageError(
      `${folder} was not made by news-archive, so it was left alone; move or rename it, then ` +
        'build again.',
    );
  }
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(
      `require('node:fs').rmSync(require('node:worker_threads').workerData, ` +
        `{ recursive: true, force: true });`,
      { eval: true, workerData: folder },
    );
    worker.once('error', (error) =>
      reject(
        new Error(
          `could not remove ${folder}, the site the last build replaced (${error.message}); ` +
            'remove it and build again',
        ),
      ),
    );
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`removing ${folder} stopped (exit ${code})`)),
    );
  });
}

/**
 * Replaces the output folder with the staged one; the replaced site goes to
 * replacedSiteFolder(output), which must not exist (see removeReplacedSite). `leftovers` are
 * folders inside the staged one that are not part of the site: they go to
 * replacedSiteFolder(output) too, for the next build to remove.
 */
export async function swapIn(
  staging: string,
  output: string,
  leftovers: string[] = [],
): Promise<void> {
  const replaced = replacedSiteFolder(output);
  await moveAside(output, replaced);
  await rm(join(staging, BUILD_PID_FILE), { force: true });
  await rename(staging, output);
  if (leftovers.length > 0 && !existsSync(replaced)) {
    await mkdir(replaced);
    await markSite(replaced);
  }
  for (const name of leftovers) {
    await rename(join(output, name), join(replaced, name)).catch((error: Error) => {
      throw new Error(
        `the site was published to ${output}, but ${join(output, name)}, a folder of links ` +
          `the build left there, could not be moved to ${replaced} (${error.message}); ` +
          'remove it',
      );
    });
  }
}

/**
 * Moves the published site aside, when it is the tool's; an empty folder (made by the user for
 * the site) is removed, which rmdir only does while it is empty.
 */
async function moveAside(output: string, replaced: string): Promise<void> {
  const entries = await readdir(output).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (entries === null) return;
  if (entries.length === 0) return rmdir(output);
  if (!(await isSite(output))) {
    throw new UsageError(
      `${output} now holds files news-archive did not write (it had none when the build ` +
        'started), so the new site was not published there; move them, then build again.',
    );
  }
  await rename(output, replaced);
}
