// Progress lines on long runs, for stages that learn how far they are in steps of their own (a
// batch back from a worker thread, say).

/**
 * A callback taking how many items are done so far; it reports the count each time it passes a
 * multiple of `every`.
 */
export function progressEvery(every: number, report: (done: number) => void) {
  let reported = 0;
  return (done: number): void => {
    if (Math.floor(done / every) > Math.floor(reported / every)) report(done);
    reported = Math.max(reported, done);
  };
}

/**
 * A callback that ends a step: its line goes to `progress` with `prefix` before it and the
 * seconds since the last step ended (or since the timer was made) after it.
 */
export function stepTimer(progress: (line: string) => void, prefix = ''): (line: string) => void {
  let start = performance.now();
  return (line: string): void => {
    const now = performance.now();
    progress(`${prefix}${line} (${((now - start) / 1000).toFixed(1)} s)`);
    start = now;
  };
}
