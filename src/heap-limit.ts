// The build's heap limit, sized to the machine.
//
// Node 20's heap is limited by default to a quarter of the machine's memory and at most 4 GB
// (4,144 MB on this 24 GB machine, heap_size_limit), and a 100,000-page web archive ran out of it in
// the related stage (docs/scaling.md, "WARC input (issue 22)"): a crash after most of an hour,
// that only a user who knows NODE_OPTIONS can avoid. So the build command runs the build in a
// Node process of its own whose limit is half the machine's memory (relaunchArgs), unless the
// user set a limit, which is kept as given.
//
// Half: the limit is a ceiling, not memory taken. This process's heap is largest before the site
// stage (docs/scaling.md); the Eleventy and Pagefind processes run after it, when what the
// stages before left is collected (src/memory.ts), and need some 1.5 GB each, two at once; the
// worker threads' heaps (src/workers.ts) and the system take the rest.

import { Socket } from 'node:net';
import { totalmem } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { COMPILED } from './project.ts';

/** The share of the machine's memory the build's heap may grow to. */
const HEAP_SHARE = 1 / 2;

const MB = 1024 * 1024;

/** The flag that sets the limit, in either spelling V8 takes. */
const HEAP_FLAG = /(^|\s)--max[-_]old[-_]space[-_]size(=|\s|$)/;

/** Whether the user set the heap limit, on Node's command line or in NODE_OPTIONS. */
export function heapLimitGiven(execArgv: string[], nodeOptions: string | undefined): boolean {
  return execArgv.some((arg) => HEAP_FLAG.test(arg)) || HEAP_FLAG.test(nodeOptions ?? '');
}

/** The heap limit for a machine of `total` bytes, in MB (--max-old-space-size's unit). */
export function machineHeapLimitMB(total: number): number {
  return Math.floor((total * HEAP_SHARE) / MB);
}

export interface Launch {
  execArgv: string[];
  /** The script and its arguments: process.argv without the Node executable. */
  argv: string[];
  nodeOptions: string | undefined;
  /** This process's heap limit, bytes (v8's heap_size_limit). */
  currentLimit: number;
  /** The machine's memory, bytes. */
  totalMemory: number;
  /**
   * The URL of tsx's loader, for a process that did not load it from its command line; null when
   * this process runs the compiled runtime, which needs none (src/project.ts).
   */
  tsxLoader: string | null;
}

/**
 * Node's arguments to run the same command with the machine's heap limit, or null when it is to
 * run here: the user set a limit (theirs is kept), or the machine's is no larger than the one
 * this process has (not so with Node's defaults, a quarter of the memory at most).
 */
export function relaunchArgs(launch: Launch): string[] | null {
  const { execArgv, argv, nodeOptions, currentLimit, totalMemory, tsxLoader } = launch;
  if (heapLimitGiven(execArgv, nodeOptions)) return null;
  const limit = machineHeapLimitMB(totalMemory);
  if (limit * MB <= currentLimit) return null;
  // The TypeScript sources need tsx: `npm run build` loads it on Node's command line, which
  // execArgv repeats; bin/news-archive.js registers it from inside, which a new process does not.
  const loadsTsx = execArgv.some((arg) => /(^|[\\/])tsx([\\/]|$)/.test(arg));
  return [
    ...execArgv,
    `--max-old-space-size=${limit}`,
    ...(loadsTsx || tsxLoader === null ? [] : ['--import', tsxLoader]),
    ...argv,
  ];
}

/** relaunchArgs for this process. */
export function thisRelaunch(): string[] | null {
  return relaunchArgs({
    execArgv: process.execArgv,
    argv: process.argv.slice(1),
    nodeOptions: process.env.NODE_OPTIONS,
    currentLimit: getHeapStatistics().heap_size_limit,
    totalMemory: totalmem(),
    tsxLoader: COMPILED ? null : import.meta.resolve('tsx'),
  });
}

/**
 * The environment variable that tells a relaunched build the file descriptor of its lifeline: a
 * pipe from the process that launched it, which closes when that process ends.
 */
export const LIFELINE = 'NEWS_ARCHIVE_LIFELINE';

/**
 * In a relaunched build, ends the build when the process that launched it ends: a signal that
 * can be caught is passed on to it, but one that cannot (SIGKILL: a timeout's, a user's kill -9)
 * would leave it building and publishing after the command the user stopped. It ends the same
 * way, so that the site is left as a killed build leaves it.
 */
export function followParent(): void {
  const fd = Number(process.env[LIFELINE]);
  // Not for the processes this one starts (Eleventy, Pagefind).
  delete process.env[LIFELINE];
  if (!Number.isInteger(fd) || fd < 3) return;
  const lifeline = new Socket({ fd, readable: true, writable: false });
  lifeline.on('error', () => {});
  lifeline.on('close', () => process.kill(process.pid, 'SIGKILL'));
  lifeline.resume();
  // Waiting for the pipe must not keep the process alive once the build is done.
  lifeline.unref();
}
