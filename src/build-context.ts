// What every stage of a build reads besides its data (src/build.ts): the options, the worker
// pool, and where its lines go. One object, handed to each stage as its first argument, so that
// a stage's signature shows what it reads and build.ts only says the order.

import type { BuildOptions } from './options.ts';
import { stepTimer } from './progress.ts';
import { WorkerPool } from './workers.ts';

export interface BuildContext {
  options: BuildOptions;
  /**
   * Threads for normalize, names and write (src/workers.ts), one per core (--jobs): started when
   * a stage has enough work for them, and closed before the site stage, which needs their memory.
   */
  pool: WorkerPool;
  /** A progress line, printed when options.progress is on (not with --quiet). */
  progress: (line: string) => void;
  /** Ends a stage: its progress line carries the seconds since the last stage ended. */
  done: (line: string) => void;
}

/** A build's context; `log` prints a line (progress lines only when options.progress is on). */
export function buildContext(options: BuildOptions, log: (line: string) => void): BuildContext {
  const progress = (line: string) => options.progress && log(line);
  return { options, pool: new WorkerPool(options.jobs), progress, done: stepTimer(progress) };
}
