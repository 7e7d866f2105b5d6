// The assembler: the labelled lines and the metadata found -> the NormalizedDoc. The lines no
// rule took are the body, rebuilt into paragraphs with print breaks joined; each removal gets
// its label's wording (labels.ts); front matter values override anything extracted.

import { joinPrintBreaks } from '../normalize/hyphenation.ts';
import { documentLanguage } from '../normalize/language.ts';
import { buildBlocks } from '../normalize/paragraphs.ts';
import type { NormalizedDoc, Removal } from '../types.ts';
import { pickDate } from './dateline.ts';
import { applyFrontMatter } from './front-matter.ts';
import { REMOVAL_WORDING } from './labels.ts';
import type { ExtractState } from './state.ts';

export function assemble(state: ExtractState): NormalizedDoc {
  const { file, context, meta } = state;
  const bodyLines = state.lines.filter((l) => !state.used.has(l.n));
  const blocks = buildBlocks(bodyLines)
    .map((block) => ({
      ...block,
      text: joinPrintBreaks(markdownMarksOut(block.text), context.corpusWords),
    }))
    .filter((block) => block.text.trim());
  // The headline is published as text too: html2text's "15\\. Zukunftsforum" or "bye **OC**
  // Baby" is the page's "15. Zukunftsforum", "bye OC Baby" (trafilatura's bmel, theoriginalcopy).
  const title = meta.title && joinPrintBreaks(markdownMarksOut(meta.title), context.corpusWords);
  const standfirst =
    meta.standfirst && joinPrintBreaks(markdownMarksOut(meta.standfirst), context.corpusWords);
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

/**
 * html2text prints a page's emphasis as Markdown ("_is currently_ _streaming on Netflix_",
 * "**Honorable mentions:**") and escapes what Markdown would read ("1\\.", "\\-"); the text is
 * published as plain text, where the marks are noise, and "_is" is no word ("_" is a word
 * character to the body measure: videos-1's html2text dump lost its list of films). An
 * underscore inside a word ("snake_case") is no mark: emphasis opens and closes at word edges.
 */
const EMPHASIS = /(?<![\p{L}\p{N}_\\])(\*\*|_)(?=\S)(.+?)(?<=\S)\1(?![\p{L}\p{N}_])/gu;
const MARKDOWN_ESCAPE = /\\([-*_#.!+`[\]()>])/g;

export function markdownMarksOut(text: string): string {
  if (!text.includes('_') && !text.includes('**') && !text.includes('\\')) return text;
  return text.replace(EMPHASIS, '$2').replace(MARKDOWN_ESCAPE, '$1');
}

/** The removals in line order, each with its label's wording. */
function worded(state: ExtractState): Removal[] {
  return state.removed
    .sort((a, b) => a.line - b.line)
    .map((r) => ({ line: r.line, text: r.text, reason: REMOVAL_WORDING[r.label] }));
}
