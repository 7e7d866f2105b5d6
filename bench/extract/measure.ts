// The measure of article extraction from full-page text dumps: the project's normalize stage is
// run on each dump of a web page (w3m, lynx or html2text output) as if it were an input file,
// and what it publishes is scored against the page's known article. One implementation, read
// by the bench (bench/extract/run.ts, full corpora) and by the gate
// (test/quality/extract-gate.test.ts, the committed sample in test/web-pages).
//
// Both corpora are read in the layout of ../shared/corpora/web-pages (see its README.md):
//   readability/<case>/{w3m,lynx,html2text}.txt, expected.html, expected-metadata.json
//   trafilatura/evaldata.json, trafilatura/text/{w3m,lynx,html2text}/<file minus .html>.txt
//
// The steps, one module each under measure/: shingle-match.ts (the benchmark's measure),
// texts.ts (reference and extracted text), metadata-rules.ts (headline, byline and date
// rules), pages.ts (reading the corpora), extraction.ts (normalizing as a build does),
// readability-scores.ts and trafilatura-scores.ts, timing.ts, gate.ts (the gate's figures and
// floors), metadata-listing.ts (--headlines). This module runs them and re-exports them, so
// that the benches and gates import one module.

import { extract, type Extraction } from './measure/extraction.ts';
import {
  readabilityPages,
  trafilaturaPages,
  TOOLS,
  type Page,
  type Tool,
} from './measure/pages.ts';
import { scoreReadability, type ReadabilityScores } from './measure/readability-scores.ts';
import { timing, type Timing } from './measure/timing.ts';
import { scoreTrafilatura, type TrafilaturaScores } from './measure/trafilatura-scores.ts';

export * from './measure/shingle-match.ts';
export * from './measure/texts.ts';
export * from './measure/metadata-rules.ts';
export * from './measure/pages.ts';
export * from './measure/extraction.ts';
export * from './measure/readability-scores.ts';
export * from './measure/trafilatura-scores.ts';
export * from './measure/timing.ts';
export * from './measure/gate.ts';
export * from './measure/metadata-listing.ts';

// The whole measure.

export interface ToolReport {
  tool: Tool;
  readability: (ReadabilityScores & { timing: Timing }) | null;
  trafilatura: (TrafilaturaScores & { timing: Timing }) | null;
}

/**
 * The extractions of the pages `only` keeps. Filtered after extract(), so that the corpus
 * profile (recurring lines, word counts) is still taken over the whole corpus, as a build over
 * the folder would take it: a subset's figures are those pages' figures in the full run.
 */
export function keep(
  run: { extractions: Extraction[]; profileMs: number },
  only?: (page: Page) => boolean,
): { extractions: Extraction[]; profileMs: number } {
  return only ? { ...run, extractions: run.extractions.filter((e) => only(e.page)) } : run;
}

/**
 * Measures each tool's dumps under `root` (a web-pages folder). Each corpus of each tool is one
 * build's input: the corpus profile is taken over that corpus's dumps by that tool, as a build
 * over a folder holding them would take it.
 */
export function measure(
  root: string,
  options: {
    tools?: readonly Tool[];
    limit?: number;
    worst?: number;
    /** Score only the pages it keeps (bench:extract --news); all are still extracted. */
    only?: (page: Page) => boolean;
  } = {},
): ToolReport[] {
  const { tools = TOOLS, limit = Infinity, worst = 10, only } = options;
  return tools.map((tool) => {
    const rPages = readabilityPages(root, tool, limit);
    const tPages = trafilaturaPages(root, tool, limit);
    const r = rPages.length ? keep(extract(rPages), only) : null;
    const t = tPages.length ? keep(extract(tPages), only) : null;
    return {
      tool,
      readability: r
        ? { ...scoreReadability(r.extractions, worst), timing: timing(r.extractions, r.profileMs) }
        : null,
      trafilatura: t
        ? { ...scoreTrafilatura(t.extractions, worst), timing: timing(t.extractions, t.profileMs) }
        : null,
    };
  });
}
