// One input file -> front matter fields (title, standfirst, date, source, byline, section,
// language) plus body blocks, with the site chrome taken out and recorded: the extraction layer,
// in order:
//   front end    the file's text -> numbered lines, each with its origin (front-end.ts)
//   classifier   labels what is not article text: the body finder's cut of a full-page dump,
//                site chrome, lists of other stories' headlines (classify.ts)
//   readers      headline, standfirst, dateline, byline, source and section, each line read
//                taken out with its label (metadata.ts)
//   assembler    body paragraphs with print breaks joined, removals worded, front matter
//                applied (assemble.ts)
// The normalize stage (src/stages/normalize.ts) runs it on every file, through its cache.

import type { InputFile, NormalizedDoc } from '../types.ts';
import { withText } from '../ingest/read-file.ts';
import { assemble } from './assemble.ts';
import { classify } from './classify.ts';
import type { NormalizeContext } from './context.ts';
import { readTextLines } from './front-end.ts';
import { normalizeHtml } from './html.ts';
import { forgetDocument } from '../normalize/memo.ts';
import { readMetadata } from './metadata.ts';
import { createState } from './state.ts';

export function normalize(file: InputFile, context: NormalizeContext): NormalizedDoc {
  // The line readers' memos hold one document's lines at a time (src/normalize/memo.ts).
  forgetDocument();
  try {
    return normalizeDocument(file, context);
  } finally {
    forgetDocument();
  }
}

function normalizeDocument(file: InputFile, context: NormalizeContext): NormalizedDoc {
  // An HTML page goes through the layer's HTML front end and DOM classifier (src/extract/html.ts).
  if (file.format === 'html') return normalizeHtml(withText(file), context);
  const state = createState(file, context, readTextLines(file.text));
  classify(state);
  readMetadata(state);
  return assemble(state);
}
