// The re-ranker's data (docs/figures.md, stop 46, branch ml46): every dump of the web-pages
// corpora normalized as bench:extract normalizes it (the same reading, corpus profile and
// normalize), its headline trace kept (observeDumpHeadlines), then normalized again once for
// each other candidate with that candidate taken in the rules' place. A candidate's label is the
// bench's own verdict on the title the archive then publishes (sameHeadline against the page's
// declared title), so a candidate is judged after every cleaning the title goes through.

import { sizeLimit } from '../../src/size-limit.ts';
import { defaultOptions } from '../../src/options.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { observeDumpHeadlines, type DumpHeadlineTrace } from '../../src/extract/page-header.ts';
import type { InputFile } from '../../src/types.ts';
import { printsTitle, sameHeadline, type Page, type Tool } from '../extract/measure.ts';
import { candidatesOf } from './features.ts';

/** One dump: whether the rules' title is right, and its candidates, labelled. */
export interface Sample {
  tool: Tool;
  corpus: 'trafilatura' | 'readability';
  name: string;
  /** The dump prints the expected title (the bench's "of printed" pages). */
  printed: boolean;
  rulesRight: boolean;
  candidates: { x: number[]; label: boolean; chosen: boolean; text: string }[];
}

/** The samples of one tool's pages of one corpus (pages without an expected title left out). */
export function collect(pages: Page[], tool: Tool): Sample[] {
  const read = pages.flatMap((page) => {
    if (page.bytes.length > sizeLimit('text', defaultOptions.maxFileSize)) return [];
    const file = readInputFile(page.path, page.bytes);
    return 'reason' in file ? [] : [{ page, file: file as InputFile }];
  });
  const context = corpusProfile(read.map((r) => r.file));
  const out: Sample[] = [];
  for (const { page, file } of read) {
    const expected = page.declaredTitle ?? page.meta?.title ?? null;
    if (!expected) continue;
    const traces: DumpHeadlineTrace[] = [];
    observeDumpHeadlines((t) => {
      traces.push(t);
      return undefined;
    });
    const doc = normalize(file, context);
    const rulesRight = sameHeadline(expected, doc.title);
    const trace = traces.length === 1 ? traces[0] : undefined;
    const candidates = trace ? candidatesOf(trace) : [];
    const labelled = candidates.map((c) => {
      if (c.chosen) return { x: c.x, label: rulesRight, chosen: true, text: c.headline.text };
      observeDumpHeadlines(() => c.headline);
      const forced = normalize(file, context);
      const label = sameHeadline(expected, forced.title);
      return { x: c.x, label, chosen: false, text: c.headline.text };
    });
    observeDumpHeadlines(null);
    out.push({
      tool,
      corpus: page.corpus === 'trafilatura' ? 'trafilatura' : 'readability',
      name: page.name,
      printed: printsTitle(file.text, expected),
      rulesRight,
      candidates: labelled,
    });
  }
  return out;
}
