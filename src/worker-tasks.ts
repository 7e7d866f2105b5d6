// What the worker threads of src/workers.ts do: each task maps a batch of items, with the value
// its stage shares with every item, to one output an item. This module is each thread's entry.

import { parentPort } from 'node:worker_threads';
import type { InputFile } from './types.ts';
import type { NormalizeContext } from './extract/context.ts';
import { normalizeRecording, type RecordedDoc } from './normalize/cache.ts';
import { namesIn, type TaggedNames, type TaggedText } from './topics/tagger.ts';
import { renderBody, type BodyToRender } from './stages/write.ts';
import { spillBodies, threadSpillFile, type SpilledBody } from './render-spill.ts';
import type { TaskRequest } from './workers.ts';

/** Each task's item, shared value and output. */
export interface Tasks {
  normalize: { input: InputFile; shared: NormalizeContext; output: RecordedDoc };
  names: { input: TaggedText; shared: null; output: TaggedNames };
  /** Each body rendered and appended to the thread's spill file in `folder` (src/render-spill.ts). */
  render: { input: BodyToRender; shared: { folder: string }; output: SpilledBody };
}

export type TaskName = keyof Tasks;

const TASKS: {
  [K in TaskName]: (items: Tasks[K]['input'][], shared: Tasks[K]['shared']) => Tasks[K]['output'][];
} = {
  normalize: (files, context) => files.map((file) => normalizeRecording(file, context)),
  names: (texts) => texts.map(namesIn),
  render: (bodies, { folder }) => spillBodies(threadSpillFile(folder), bodies.map(renderBody)),
};

/** The shared value of the call whose batches this thread is working on. */
let shared: unknown = null;

parentPort?.on('message', (request: TaskRequest) => {
  if ('shared' in request) shared = request.shared;
  if (request.stop && Atomics.load(request.stop, 0) === 1) return parentPort?.postMessage(null);
  const run = TASKS[request.task] as (items: unknown[], shared: unknown) => unknown[];
  parentPort?.postMessage(run(request.items, shared));
});
