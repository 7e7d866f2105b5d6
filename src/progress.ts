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
