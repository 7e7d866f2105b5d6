// Worker threads for the build's work on one item at a time: normalizing input files, tagging
// names, rendering article bodies (the tasks are in src/worker-tasks.ts). Each of those is a pure
// function of its item and of what the stage shares with every item (the normalize stage's word
// counts, say), so an answer from a thread is the answer the main thread would have got, and the
// output does not depend on the thread count or the order the threads finish in.
//
// build() makes one pool for the stages from normalize to write and closes it before the site
// stage, which gets the threads' memory back. The threads start only when a stage has enough
// items for them (MIN_ITEMS_FOR_THREADS): loading their modules (tsx, compromise, unified) takes
// about a second, which a rebuild of a few changed files should not pay. A first build starts
// them before profiling the corpus, which takes about as long.

import { Worker } from 'node:worker_threads';
import type { TaskName, Tasks } from './worker-tasks.ts';
import { COMPILED, MODULE_EXTENSION } from './project.ts';

/** Below this many items, sending them to threads costs more than doing them here. */
const MIN_ITEMS_FOR_THREADS = 200;
/** Items per message to a thread: few enough that the threads' queues come out even. */
const BATCH = 50;
/**
 * Each thread's young generation. Parsing a page (parse5, hast) makes short-lived objects by the
 * megabyte, and V8's default young generation had the scavenger run so often that garbage
 * collection took 14% of a thread's time in a WARC build (bench:html:warc, 1,000 pages). At 96 MB,
 * normalizing trafilatura's 878 pages on two threads took 17.6-19.0 s of CPU against 21.1-21.5 s
 * (tmp measurement, 2026-12-02), the process's resident memory the same (1.15-1.23 GB); 192 MB
 * gained little more.
 */
const YOUNG_GENERATION_MB = 96;

// The threads run the modules the main thread runs: the compiled runtime (src/project.ts), or the
// TypeScript sources under tsx, which hooks the main thread's imports only, so each thread then
// registers it before importing its entry module.
const WORKER_ENTRY = new URL(`./worker-tasks${MODULE_EXTENSION}`, import.meta.url).href;
const WORKER_SOURCE = COMPILED
  ? `import(${JSON.stringify(WORKER_ENTRY)});`
  : `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_ENTRY)}); });`;

/**
 * A message to a thread: a batch of one task's items. `shared` comes with the first batch of each
 * map() call a thread gets, and holds for the batches after it.
 */
export interface TaskRequest {
  task: TaskName;
  shared?: unknown;
  items: unknown[];
  /** The call's StopFlag: once raised, the thread answers the batch with null, undone. */
  stop?: Int32Array;
}

/**
 * Raised by a caller to have the threads skip the batches of its call they have not begun (see
 * MapOptions.stop): for work sent ahead to a core that is idle only until the caller gets there.
 * The threads read it from shared memory, so it takes effect while they work through batches
 * sent long before.
 */
export class StopFlag {
  readonly cell = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

  raise(): void {
    Atomics.store(this.cell, 0, 1);
  }
}

export interface MapOptions {
  progress?: (done: number) => void;
  /**
   * How many of the threads to give the batches to. A caller that works on this thread
   * meanwhile leaves it a core: with every core busy, all three threads of a two-core machine
   * went slower (topics took 45 s instead of 27 s at 100,000 articles).
   */
  threads?: number;
  /**
   * Once raised, the batches not yet begun are skipped: each() never gives their items to `take`
   * (map() would leave their outputs undefined).
   */
  stop?: StopFlag;
}

export class WorkerPool {
  readonly threads: number;
  #threads: Thread[] = [];
  /** The map() call whose shared value each thread holds. */
  #sharedCall: number[] = [];
  #calls = 0;
  /** Items mapped on the threads so far. */
  itemsDone = 0;

  constructor(threads: number) {
    this.threads = threads;
  }

  /**
   * Starts the threads, if not yet started: a caller that knows work is coming starts them
   * early, so that they load their modules while it does something else.
   */
  start(): void {
    if (this.#threads.length > 0) return;
    this.#threads = Array.from({ length: this.threads }, () => new Thread());
    this.#sharedCall = this.#threads.map(() => -1);
  }

  /** Whether map() would run these items on threads: enough of them, and threads to spare. */
  worthIt(items: number): boolean {
    return items >= MIN_ITEMS_FOR_THREADS && this.threads > 1;
  }

  /**
   * task(items, shared) on the threads; resolves to the outputs in the order of `items` (see
   * each(), which it runs).
   */
  async map<K extends TaskName>(
    task: K,
    items: Tasks[K]['input'][],
    shared: Tasks[K]['shared'],
    options: MapOptions = {},
  ): Promise<Tasks[K]['output'][]> {
    const out = new Array<Tasks[K]['output']>(items.length);
    await this.each(
      task,
      items,
      shared,
      (start, outputs) => outputs.forEach((output, k) => (out[start + k] = output)),
      options,
    );
    return out;
  }

  /**
   * task(items, shared) on the threads, each batch's outputs handed to `take` as they come, with
   * the position of the batch's first item: in the order the threads finish, not that of
   * `items`. A caller that need not hold every output at once (the normalize stage, whose
   * documents' removals go to the work folder) keeps only what it needs of each.
   *
   * Every batch is sent at once, so the threads work through their queues without waiting for
   * this thread: the caller can run something long and synchronous meanwhile (the build finds
   * topics while the threads render bodies). Each batch goes to the thread with the fewest
   * batches waiting, of this call or an earlier one still running (names tagged ahead of dedup
   * on one thread, see src/stages/names.ts): on idle threads that is each in turn. Batches are
   * small enough for the queues to come out even.
   */
  each<K extends TaskName>(
    task: K,
    items: Tasks[K]['input'][],
    shared: Tasks[K]['shared'],
    take: (start: number, outputs: Tasks[K]['output'][]) => void,
    options: MapOptions = {},
  ): Promise<void> {
    // Not an async function: one would hold `items` to the last reply, and the render stage's
    // items are every body's blocks (src/render-spill.ts).
    return settle(this.#sendAll(task, items, shared, take, options));
  }

  /** Sends every batch of the call (each()); the replies, each settled once `take` has it. */
  #sendAll<K extends TaskName>(
    task: K,
    items: Tasks[K]['input'][],
    shared: Tasks[K]['shared'],
    take: (start: number, outputs: Tasks[K]['output'][]) => void,
    { progress = () => {}, threads = this.threads, stop }: MapOptions,
  ): Promise<void>[] {
    this.start();
    const call = this.#calls++;
    let done = 0;
    const replies: Promise<void>[] = [];
    const usable = Math.max(1, Math.min(threads, this.#threads.length));
    for (let start = 0; start < items.length; start += BATCH) {
      let t = 0;
      for (let u = 1; u < usable; u++) {
        if ((this.#threads[u] as Thread).waiting < (this.#threads[t] as Thread).waiting) t = u;
      }
      const request: TaskRequest = { task, items: items.slice(start, start + BATCH) };
      if (stop) request.stop = stop.cell;
      if (this.#sharedCall[t] !== call) {
        request.shared = shared;
        this.#sharedCall[t] = call;
      }
      const reply = (this.#threads[t] as Thread).send(request).then((outputs) => {
        if (outputs === null) return;
        take(start, outputs as Tasks[K]['output'][]);
        done += outputs.length;
        this.itemsDone += outputs.length;
        progress(done);
      });
      replies.push(reply);
    }
    return replies;
  }

  async close(): Promise<void> {
    await Promise.all(this.#threads.map((thread) => thread.terminate()));
    this.#threads = [];
  }
}

/** One worker thread, answering its requests in the order they were sent. */
class Thread {
  readonly #worker = new Worker(WORKER_SOURCE, {
    eval: true,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  readonly #waiting: {
    task: TaskName;
    /** null: the batch was skipped (its call's StopFlag was raised). */
    resolve: (outputs: unknown[] | null) => void;
    reject: (error: Error) => void;
  }[] = [];

  constructor() {
    this.#worker.on('message', (outputs: unknown[] | null) =>
      this.#waiting.shift()?.resolve(outputs),
    );
    this.#worker.on('error', (error: Error) =>
      this.#failAll((task) => `${task}: a worker thread failed: ${error.message}`),
    );
    this.#worker.on('exit', (code: number) =>
      this.#failAll((task) => `${task}: a worker thread stopped (exit code ${code})`),
    );
  }

  /** Batches sent to the thread and not yet answered. */
  get waiting(): number {
    return this.#waiting.length;
  }

  send(request: TaskRequest): Promise<unknown[] | null> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ task: request.task, resolve, reject });
      this.#worker.postMessage(request);
    });
  }

  terminate(): Promise<number> {
    return this.#worker.terminate();
  }

  #failAll(message: (task: TaskName) => string): void {
    for (const request of this.#waiting.splice(0)) request.reject(new Error(message(request.task)));
  }
}

/**
 * Waits for every reply, also after a failure: no thread is left working for a caller that has
 * moved on. Then throws the first failure.
 */
async function settle(replies: Promise<void>[]): Promise<void> {
  const settled = await Promise.allSettled(replies);
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
