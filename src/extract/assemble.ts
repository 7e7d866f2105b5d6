// The assembler: the labelled lines and the metadata found -> the NormalizedDoc. The lines no
// rule took are the body, rebuilt into paragraphs with print breaks joined; each removal gets
// its label's wording (labels.ts); front matter values override anything extracted.

import { joinPrintBreaks } from '../normalize/hyphenation.ts';
import { documentLanguage } from '../normalize/language.ts';
import { buildBlocks } from '../normalize/paragraphs.ts';
import type { NormalizedDoc, Removal } from '../types.ts';
import { pickDate } from './dateline.ts';
import { applyFrontMatter } from './front-matter.ts';
import { markdownMarksOut } from './markdown-marks.ts';
import { REMOVAL_WORDING } from './labels.ts';
import type { ExtractState } from './state.ts';
import { titleText } from './title-text.ts';

export function assemble(state: ExtractState): NormalizedDoc {
  const { file, context, meta } = state;
  const bodyLines = state.lines.filter((l) => !state.used.has(l.n));
  // A plain-text copy's characters are all the article's; a Markdown copy's marks are read out
  // (html2text's "15\\. Zukunftsforum" or "bye **OC** Baby" is the page's "15. Zukunftsforum",
  // "bye OC Baby": trafilatura's bmel, theoriginalcopy).
  const kind = file.textKind ?? 'plain';
  const asText = kind === 'markdown' ? markdownMarksOut : (text: string) => text;
  const blocks = buildBlocks(bodyLines)
    .map((block) => ({
      ...block,
      text: joinPrintBreaks(asText(block.text), context.corpusWords),
    }))
    .filter((block) => block.text.trim());
  const title =
    meta.title && joinPrintBreaks(titleText(state, meta.title, kind), context.corpusWords);
  const standfirst =
    meta.standfirst && joinPrintBreaks(asText(meta.standfirst), context.corpusWords);
  const date = pickDate(state);
  const warnings = [...file.warnings];
  const doc: NormalizedDoc = {
    path: file.path,
    sha256: file.sha256,
    format: file.format,
    title,
    standfirst,
    date,
    source: meta.source,
    byline: meta.byline,
    section: meta.section,
    lang: documentLanguage(
      title,
      blocks.map((b) => b.text),
    ),
    blocks,
    removed: worded(state),
    warnings,
  };
  applyFrontMatter(doc, file.frontMatter, warnings);
  return doc;
}

/** The removals in line order, each with its label's wording. */
function worded(state: ExtractState): Removal[] {
  return state.removed
    .sort((a, b) => a.line - b.line)
    .map((r) => ({ line: r.line, text: r.text, reason: REMOVAL_WORDING[r.label] }));
}
