// A tagger thread of the names stage (names.ts): each message is a batch of articles' text, each
// answer the names found in them, in order.

import { parentPort } from 'node:worker_threads';
import { namesIn, type TaggedText } from './topics.ts';

parentPort?.on('message', (batch: TaggedText[]) => {
  parentPort?.postMessage(batch.map(namesIn));
});
