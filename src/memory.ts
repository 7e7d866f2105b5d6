// Giving the heap back to the system between stages.
//
// V8 collects garbage when it needs room, not when a program lets go of data. Once the site stage
// has written what Eleventy reads, most of what the stages before left in this process is
// garbage, and V8 would keep it while the process only waits for the Eleventy and Pagefind
// processes, which need the memory. A full collection gives some of it back, though V8 keeps most
// of the pages it grew into (the figures: docs/scaling.md, "What made it faster, and bounded").

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | undefined;

/** Runs a full garbage collection now. */
export function collectGarbage(): void {
  if (!gc) {
    // `gc` is only defined where V8 was told to expose it; a new context made after the flag is
    // set has it, whatever the flags the process started with.
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
