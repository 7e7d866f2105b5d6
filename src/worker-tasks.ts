// What the worker threads of src/workers.ts do: each task maps a batch of items, with the value
// its stage shares with every item, to one output an item. This module is each thread's entry.

import { parentPort } from 'node:worker_threads';
import type { InputFile } from './types.ts';
import { isProfiled, type NormalizeContext } from './extract/context.ts';
import { normalizeRecording, type RecordedDoc } from './normalize/cache.ts';
import type { PlacedFile } from './normalize/threads.ts';
import { PlacedWordCounter, type PlacedWordCounts } from './normalize/hyphenation.ts';
import { namesIn, type TaggedNames, type TaggedText } from './topics/tagger.ts';
import { renderBody, type BodyToRender, type RenderedBody } from './stages/write.ts';
import type { TaskRequest } from './workers.ts';

/** Each task's item, shared value and output. */
export interface Tasks {
  normalize: { input: InputFile; shared: NormalizeContext; output: RecordedDoc };
  /** A first build's files, kept by the thread and their words counted (src/normalize/threads.ts). */
  keep: { input: PlacedFile; shared: null; output: never };
  /** The counts of the words of the files kept so far (one item a thread). */
  keptWords: { input: null; shared: null; output: PlacedWordCounts };
  /** The kept files normalized, by their places, and let go of. */
  normalizeKept: { input: number; shared: NormalizeContext; output: RecordedDoc };
  names: { input: TaggedText; shared: null; output: TaggedNames };
  render: { input: BodyToRender; shared: null; output: RenderedBody };
}

export type TaskName = keyof Tasks;

const TASKS: {
  [K in TaskName]: (items: Tasks[K]['input'][], shared: Tasks[K]['shared']) => Tasks[K]['output'][];
} = {
  normalize: (files, context) => files.map((file) => normalizeRecording(file, context)),
  keep: (files) => {
    for (const { place, file } of files) {
      kept.set(place, file);
      if (isProfiled(file)) keptWordCounts.add(file.text, place);
    }
    return [];
  },
  keptWords: (items) => items.map(() => keptWordCounts.take()),
  normalizeKept: (places, context) =>
    places.map((place) => {
      const file = kept.get(place);
      if (!file) throw new Error(`normalize: no file kept at place ${place}`);
      kept.delete(place);
      return normalizeRecording(file, context);
    }),
  names: (texts) => texts.map(namesIn),
  render: (bodies) => bodies.map(renderBody),
};

/**
 * The files this thread was sent to keep (the keep task), by their places, until it normalizes
 * them (normalizeKept), and the counts of their words (src/normalize/threads.ts).
 */
const kept = new Map<number, InputFile>();
const keptWordCounts = new PlacedWordCounter();

/** The shared value of the call whose batches this thread is working on. */
let shared: unknown = null;

parentPort?.on('message', (request: TaskRequest) => {
  if ('shared' in request) shared = request.shared;
  if (request.stop && Atomics.load(request.stop, 0) === 1) return parentPort?.postMessage(null);
  const run = TASKS[request.task] as (items: unknown[], shared: unknown) => unknown[];
  parentPort?.postMessage(run(request.items, shared));
});
