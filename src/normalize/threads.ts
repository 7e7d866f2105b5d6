// A first build's normalize stage on the worker threads, each file sent to them once.
//
// Every document depends on the corpus profile (src/extract/context.ts: the archive's word counts
// and its recurring lines), so the profile reads every text before any file is normalized. A
// build with no cache entries normalizes every file on the threads, so the files are sent to the
// threads first, each to the thread that will normalize it, which keeps it and counts its words
// while the main thread finds the recurring lines; then the counts are merged, in the order the
// main thread would have counted them, and each thread normalizes the files it kept. The texts
// cross to the threads once, as the batches to normalize did, and the words are counted on cores
// that would otherwise wait for the profile (docs/figures.md, stop 53). A rebuild's profile also
// reads the texts of the files whose documents come from the cache, which the threads need not be
// sent: it is made on the main thread (corpusProfile).

import { isProfiled, recurringLinesOf, type NormalizeContext } from '../extract/context.ts';
import type { InputFile } from '../types.ts';
import type { WorkerPool } from '../workers.ts';
import type { RecordedDoc } from './cache.ts';
import { mergedWordCounts } from './hyphenation.ts';

/** A file sent to a thread to keep, with its place in the build's files. */
export interface PlacedFile {
  place: number;
  file: InputFile;
}

/** The build's files, kept by the pool's threads (FilesOnThreads.send). */
export class FilesOnThreads {
  readonly files: InputFile[];
  readonly #pool: WorkerPool;

  private constructor(pool: WorkerPool, files: InputFile[]) {
    this.#pool = pool;
    this.files = files;
  }

  /**
   * Sends each of `files` to one of the pool's threads, which keeps it and counts its words, and
   * finds the recurring lines here meanwhile: resolves to the files kept and their profile,
   * corpusProfile(files) to the order of its words.
   */
  static async send(
    pool: WorkerPool,
    files: InputFile[],
  ): Promise<{ kept: FilesOnThreads; profile: NormalizeContext }> {
    const placed = files.map((file, place): PlacedFile => ({ place, file }));
    // Every batch is posted before each() returns, so the threads count while this one works.
    const keeping = pool.each('keep', placed, null, () => {}, { thread: keeperOf(pool) });
    const recurringLines = recurringLinesOf(files.filter(isProfiled));
    await keeping;
    const counts = await pool.map('keptWords', new Array<null>(pool.threads).fill(null), null, {
      batch: 1,
      thread: (t) => t,
    });
    const corpusWords = mergedWordCounts(counts);
    return { kept: new FilesOnThreads(pool, files), profile: { corpusWords, recurringLines } };
  }

  /**
   * normalizeRecording(file, context) of each of the kept files, on the thread that keeps it,
   * each batch's documents handed to `take` with the place of its first file. `files` must be
   * the files kept, in their order: those are what the threads were sent.
   */
  async normalize(
    files: InputFile[],
    context: NormalizeContext,
    take: (start: number, recorded: RecordedDoc[]) => void,
    progress: (done: number) => void,
  ): Promise<void> {
    if (files.length !== this.files.length || files.some((f, i) => f !== this.files[i])) {
      throw new Error('normalize: the files to normalize are not those kept on the threads');
    }
    const places = files.map((_, place) => place);
    // The batches are those of the call that sent the files (the same count and batch size), so
    // each goes to the thread that keeps its files.
    await this.#pool.each('normalizeKept', places, context, take, {
      progress,
      thread: keeperOf(this.#pool),
    });
  }
}

/** The thread given the files of each batch: in turn, as each() would on idle threads. */
function keeperOf(pool: WorkerPool): (batch: number) => number {
  return (batch) => batch % pool.threads;
}
