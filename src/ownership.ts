// Which folders a build may write into, move or delete, decided before any work starts.
//
// The rule: the build only moves, replaces or deletes a folder it made itself and can prove it
// made. The proof is a marker file it writes into every site it builds (SITE_MARKER, published
// with the site and so carried into <output>.previous when the site is replaced) and into its
// work folder (WORK_MARKER). Everything else is refused with a UsageError that names the folder
// and the fix, before anything is touched:
//   - an output folder that exists, is not empty and holds no site marker (someone's own files);
//   - an output equal to, inside or containing the input folder, the work folder or the lock
//     file, or equal to or containing the current folder or this project's own folder;
//   - a <output>.previous or <output>.staging that is not the tool's;
//   - a work folder that holds files the tool did not write, or overlaps the input folder;
//   - an output whose folder cannot be written (found now, not after every stage has run);
//   - a second build into the same output while one runs (see claimStaging).

import { constants } from 'node:fs';
import { access, lstat, mkdir, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from './errors.ts';
import type { BuildOptions } from './options.ts';
import { isInside } from './paths.ts';
import { PROJECT_ROOT } from './project.ts';

/** Written into every site the build makes; its presence is what lets a later build replace it. */
export const SITE_MARKER = '.news-archive-site';
/** The same for the work folder. */
const WORK_MARKER = '.news-archive-work';
/** In the staging folder while a build runs: the process id of the build that owns it. */
export const BUILD_PID_FILE = '.news-archive-build.pid';

/** The same bytes in every site, so that the same input still builds the same output. */
const SITE_MARKER_TEXT =
  'This folder is a site built by news-archive. The next build into it replaces it (the\n' +
  'replaced site is kept as <folder>.previous until the build after). Do not keep your own\n' +
  'files here.\n';
const WORK_MARKER_TEXT =
  "This folder is news-archive's work folder (the normalized articles and caches); the build\n" +
  'rewrites what is in it.\n';

/**
 * Names an earlier version of the tool wrote into a work folder without a marker: a work folder
 * holding only these is taken as the tool's, so that upgrading does not refuse the default
 * .archive folder.
 */
const WORK_FOLDER_ENTRIES = new Set(['cache', 'content', WORK_MARKER]);

/** Every path a build touches, absolute and with symbolic links resolved. */
export interface BuildPaths {
  input: string;
  output: string;
  /** Where the new site is built, beside the output. */
  staging: string;
  /** Where the site the build replaces is kept until the next build. */
  replaced: string;
  work: string;
  lock: string;
}

export function stagingFolder(output: string): string {
  return `${output}.staging`;
}

export function replacedSiteFolder(output: string): string {
  return `${output}.previous`;
}

/**
 * Checks every path of the build against the rules above and returns them resolved. Reads only:
 * nothing is created, moved or deleted.
 */
export async function checkPaths(options: BuildOptions): Promise<BuildPaths> {
  const input = await realPath(options.input);
  await checkInput(options.input, input);
  const output = await realPath(options.output);
  const work = await realPath(options.work);
  const lock = await realPath(options.lock);
  const paths: BuildPaths = {
    input,
    output,
    staging: stagingFolder(output),
    replaced: replacedSiteFolder(output),
    work,
    lock,
  };
  checkOverlaps(paths, options, await realPath(process.cwd()));
  await checkOutput(options.output, output);
  await checkSiteBeside(paths.replaced, 'the site the last build replaced');
  await checkWork(options.work, work);
  await checkWritable(options.output, output);
  return paths;
}

async function checkInput(given: string, input: string): Promise<void> {
  const info = await lstat(input).catch(() => null);
  if (!info) {
    throw new UsageError(
      `The input folder ${given} does not exist (looked for ${input}); pass --input with the ` +
        'folder that holds your articles.',
    );
  }
  if (!info.isDirectory()) {
    throw new UsageError(
      `The input ${given} is not a folder; pass --input with the folder that holds your ` +
        'articles (it is read with every folder inside it).',
    );
  }
}

function checkOverlaps(paths: BuildPaths, options: BuildOptions, cwd: string): void {
  const { input, output, work, lock } = paths;
  const refuse = (why: string) => {
    throw new UsageError(
      `The output folder ${options.output} ${why}: the build replaces its output folder ` +
        'whole. Pass --output with a new folder of its own, such as dist.',
    );
  };
  if (output === input) refuse('is the input folder');
  if (isInside(input, output)) refuse(`is inside the input folder ${options.input}`);
  if (isInside(output, cwd)) refuse('is, or holds, the current folder');
  if (isInside(output, input)) refuse(`holds the input folder ${options.input}`);
  if (isInside(output, PROJECT_ROOT)) refuse("holds news-archive's own folder");
  if (isInside(work, output) || isInside(output, work)) {
    refuse(`overlaps the work folder ${options.work}`);
  }
  if (isInside(output, lock)) refuse(`holds the address lock ${options.lock}`);
  if (isInside(input, work) || isInside(work, input)) {
    throw new UsageError(
      `The work folder ${options.work} overlaps the input folder ${options.input}: the build ` +
        'would read its own work as articles, or rewrite your input. Pass --work with a ' +
        'folder of its own, such as .archive.',
    );
  }
}

async function checkOutput(given: string, output: string): Promise<void> {
  const info = await lstat(output).catch(() => null);
  if (!info) return;
  if (!info.isDirectory()) {
    throw new UsageError(
      `The output ${given} is a file, not a folder; pass --output with a new folder, such as ` +
        'dist.',
    );
  }
  const entries = await readdir(output);
  if (entries.length === 0 || entries.includes(SITE_MARKER)) return;
  throw new UsageError(
    `The output folder ${given} holds ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} ` +
      `and no ${SITE_MARKER} file, so it is not a site news-archive built, and building would ` +
      'replace it. Pass --output with a new or empty folder; if it is a site an earlier version ' +
      'built, delete it yourself and build again.',
  );
}

/** A folder beside the output that the build would move into or delete. */
async function checkSiteBeside(folder: string, what: string): Promise<void> {
  const info = await lstat(folder).catch(() => null);
  if (!info) return;
  if (info.isDirectory() && (await isSite(folder))) return;
  throw new UsageError(
    `${folder} is in the way: the build keeps ${what} there, and this one was not made by ` +
      `news-archive (it has no ${SITE_MARKER} file). Move or rename it, then build again.`,
  );
}

async function checkWork(given: string, work: string): Promise<void> {
  const entries = await readdir(work).catch(() => null);
  if (!entries || entries.includes(WORK_MARKER)) return;
  const foreign = entries.filter((name) => !WORK_FOLDER_ENTRIES.has(name));
  if (foreign.length === 0) return;
  throw new UsageError(
    `The work folder ${given} holds files news-archive did not write (${foreign
      .slice(0, 3)
      .join(', ')}${foreign.length > 3 ? ', ...' : ''}), and the build rewrites what is in it. ` +
      'Pass --work with a new folder of its own, such as .archive.',
  );
}

/** The output's parent (where staging and .previous go) and the output itself must be writable. */
async function checkWritable(given: string, output: string): Promise<void> {
  const parent = path.dirname(output);
  const existing = await nearestExisting(parent);
  for (const folder of [existing, output]) {
    try {
      await access(folder, constants.W_OK);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') continue;
      throw new UsageError(
        `The output folder ${given} cannot be written: ${folder} is read-only (${code}). ` +
          'Pass --output with a folder you can write, or change its permissions.',
      );
    }
  }
}

export async function isSite(folder: string): Promise<boolean> {
  const info = await lstat(path.join(folder, SITE_MARKER)).catch(() => null);
  return info?.isFile() ?? false;
}

/** Writes the marker that lets a later build replace or remove this folder. */
export async function markSite(folder: string): Promise<void> {
  await writeFile(path.join(folder, SITE_MARKER), SITE_MARKER_TEXT);
}

/** Makes the work folder if missing and marks it as the tool's. */
export async function markWork(work: string): Promise<void> {
  await mkdir(work, { recursive: true });
  const marker = path.join(work, WORK_MARKER);
  if (!(await lstat(marker).catch(() => null))) await writeFile(marker, WORK_MARKER_TEXT);
}

/**
 * The absolute path with symbolic links resolved as far as it exists (so that "in" and a link
 * to it compare equal, and a path not made yet still compares by its parent).
 */
async function realPath(given: string): Promise<string> {
  const absolute = path.resolve(given);
  const existing = await nearestExisting(absolute);
  const real = await realpath(existing);
  return path.join(real, path.relative(existing, absolute));
}

async function nearestExisting(folder: string): Promise<string> {
  let current = folder;
  while (!(await lstat(current).catch(() => null))) {
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}

/**
 * Claims the staging folder for this build, which is also what tells a second build into the
 * same output that one is running: the folder is made with mkdir (which fails when it exists),
 * then the build's process id is written with an exclusive create. A staging folder left by a
 * build that was killed (its process gone, or only the marker written) is the tool's and is
 * removed; one still owned by a live process is refused; anything else is not the tool's.
 * Returns the function that gives the folder up after a failed build.
 */
export async function claimStaging(paths: BuildPaths, given: string): Promise<() => Promise<void>> {
  const { staging } = paths;
  for (let attempt = 0; ; attempt++) {
    try {
      await mkdir(path.dirname(staging), { recursive: true });
      await mkdir(staging);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        throw new UsageError(
          `The output folder ${given} cannot be written: making ${staging} failed (${code}). ` +
            'Pass --output with a folder you can write.',
        );
      }
      if (attempt > 0 || !(await isStale(staging, given))) throw runningElsewhere(staging, given);
      await rm(staging, { recursive: true, force: true });
    }
  }
  try {
    await writeFile(path.join(staging, BUILD_PID_FILE), String(process.pid), { flag: 'wx' });
  } catch {
    throw runningElsewhere(staging, given);
  }
  await markSite(staging);
  return () => rm(staging, { recursive: true, force: true });
}

function runningElsewhere(staging: string, given: string): UsageError {
  return new UsageError(
    `Another build into ${given} is running (it holds ${staging}); wait for it to finish. If ` +
      `no build is running, delete ${staging} and build again.`,
  );
}

/**
 * True when the staging folder is a killed build's: empty (killed right after making it), or
 * marked as the tool's with no live process in it. Throws when it is not the tool's at all.
 */
async function isStale(staging: string, given: string): Promise<boolean> {
  const entries = await readdir(staging).catch((): string[] => []);
  if (entries.length === 0) return true;
  const pid = Number(await readFile(path.join(staging, BUILD_PID_FILE), 'utf8').catch(() => ''));
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) return false;
  if (entries.includes(SITE_MARKER) || entries.includes(BUILD_PID_FILE)) return true;
  throw new UsageError(
    `${staging} is in the way: the build makes the new site of ${given} there, and this folder ` +
      `was not made by news-archive (it has no ${SITE_MARKER} file). Move or rename it, then ` +
      'build again.',
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
