// Rebuilding the site while it is served (serve --watch): the input folder is watched, and a
// change builds the site again in this process, one build at a time. A failed build publishes
// nothing (src/publish.ts), so the server goes on serving the last good site; the error is
// printed and the next change tries again.

import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { build, type BuildSummary } from './build.ts';
import { messageOf } from './errors.ts';
import type { BuildOptions } from './options.ts';
import { replacedSiteFolder, stagingFolder } from './ownership.ts';
import { isInside } from './paths.ts';
import { fileLines, summaryLine } from './summary.ts';

export interface WatchLog {
  /** A build's summary. */
  log(line: string): void;
  /** A build's failure, the files it rejected or warned about, or the watcher's failure. */
  error(line: string): void;
}

export interface SiteWatcher {
  /**
   * Builds now, logging "Built ..."; rejects with what the build threw. Changes while it runs
   * make a rebuild after it, as any change does.
   */
  buildFirst(): Promise<void>;
  /** Builds again (after the running build, if any), as a change in the input does. */
  rebuild(): void;
  /** Resolves once no build runs or waits to run. */
  idle(): Promise<void>;
  /** Stops watching and waits for a running build to end. */
  close(): Promise<void>;
}

/** Quiet time after a change before building: saving a file or copying a folder is many events. */
const DEBOUNCE_MS = 300;

/** Watches `options.input` and rebuilds `options.output` on every change. */
export function watchAndRebuild(
  options: BuildOptions,
  io: WatchLog,
  delayMs = DEBOUNCE_MS,
): SiteWatcher {
  const rebuilds = new Rebuilds(options, io);
  const watcher = watchFolder(options.input, buildOwnPaths(options), delayMs, io, () =>
    rebuilds.request(),
  );
  return {
    buildFirst: () => rebuilds.first(),
    rebuild: () => rebuilds.request(),
    idle: () => rebuilds.idle(),
    async close() {
      watcher.close();
      await rebuilds.close();
    },
  };
}

/**
 * Builds once, logging its summary line, and the files rejected or warned about as errors, as
 * the build command tells them; throws what the build threw. `verb` starts the summary line
 * ("Built", "Rebuilt").
 */
async function buildAndSummarize(
  options: BuildOptions,
  io: WatchLog,
  verb = 'Built',
): Promise<BuildSummary> {
  const started = performance.now();
  const summary = await build(options, (line) => io.log(line));
  for (const line of fileLines(summary, { skipped: false })) io.error(line);
  io.log(summaryLine(summary, (performance.now() - started) / 1000, verb));
  return summary;
}

/** Builds one at a time: a request while a build runs makes one more build after it. */
class Rebuilds {
  #running: Promise<void> | null = null;
  #again = false;
  #closed = false;

  constructor(
    private readonly options: BuildOptions,
    private readonly io: WatchLog,
  ) {}

  request(): void {
    if (this.#closed) return;
    if (this.#running) this.#again = true;
    else this.#running = this.#loop();
  }

  /** A build whose failure is the caller's to report; requests meanwhile wait for it. */
  async first(): Promise<void> {
    const build = buildAndSummarize(this.options, this.io);
    this.#running = build.then(
      () => this.#afterFirst(),
      () => this.#afterFirst(),
    );
    await build;
  }

  #afterFirst(): void {
    this.#running = null;
    if (this.#again) this.request();
  }

  idle(): Promise<void> {
    return this.#running ?? Promise.resolve();
  }

  close(): Promise<void> {
    this.#closed = true;
    return this.idle();
  }

  async #loop(): Promise<void> {
    do {
      this.#again = false;
      await this.#buildOnce();
    } while (this.#again && !this.#closed);
    // In the same step as the check above, so that no request falls between the two.
    this.#running = null;
  }

  async #buildOnce(): Promise<void> {
    try {
      await buildAndSummarize(this.options, this.io, 'Rebuilt');
    } catch (error) {
      this.io.error(`Rebuild failed (still serving the last good site): ${messageOf(error)}`);
    }
  }
}

/**
 * What a build writes that may lie inside the input folder (with --input ., say): changes
 * there are the build's own and must not start another.
 */
function buildOwnPaths(options: BuildOptions): string[] {
  const output = path.resolve(options.output);
  const lock = path.resolve(options.lock);
  return [
    output,
    stagingFolder(output),
    replacedSiteFolder(output),
    path.resolve(options.work),
    lock,
    `${lock}.tmp`,
  ];
}

/** Calls `onChange` once changes under `folder` have stopped for `delayMs`. */
function watchFolder(
  folder: string,
  ignored: string[],
  delayMs: number,
  io: WatchLog,
  onChange: () => void,
): { close(): void } {
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(folder, { recursive: true }, (_event, filename) => {
    const changed = filename === null ? null : path.resolve(folder, filename);
    if (changed && ignored.some((own) => isInside(own, changed))) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  watcher.on('error', (error) => {
    // The folder was removed or renamed, say: the last site stays served.
    io.error(`Stopped watching ${folder} (${error.message}); the site served stays as it is`);
    watcher.close();
  });
  return {
    close() {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
