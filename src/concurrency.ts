// File work done a few at a time. Node runs file system calls on libuv's thread pool (4 threads
// by default), so a build that awaits one file at a time leaves the disk idle between calls
// (docs/figures.md).

/** How many file operations a stage keeps in flight: enough to keep libuv's 4 threads busy. */
const FILE_CONCURRENCY = 16;

/**
 * Runs `work` over `items`, at most `limit` at a time, and resolves to the results in the items'
 * order (so the output never depends on which call finishes first). The first failure rejects,
 * once the calls already started have settled.
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  limit = FILE_CONCURRENCY,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  async function worker(): Promise<void> {
    while (next < items.length && !failure) {
      const index = next++;
      try {
        results[index] = await work(items[index] as T, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
  return results;
}
