// The classifier: labels the lines that are not article text. In a full-page dump the body
// finder (src/normalize/body-finder.ts) cuts what lies outside the article first, because its
// cut decides where the file's ends are for the rules that follow (they look at the first and
// last lines with text). Then the explainable rules: site chrome anywhere in the file
// (chrome-lines.ts), and lists of other stories' headlines (link-lists.ts). The metadata lines
// are labelled by the readers that take their values (metadata.ts).

import { cutToArticle } from '../normalize/body-finder.ts';
import { sourceCodeLines } from '../normalize/source-code.ts';
import { labelChrome } from './chrome-lines.ts';
import { labelLinkLists } from './link-lists.ts';
import type { TextLine } from './front-end.ts';
import type { ExtractState } from './state.ts';

export function classify(state: ExtractState): void {
  cutPageSource(state);
  cutOutsideArticle(state);
  state.nonEmpty = state.lines.filter((l) => l.text.trim());
  labelChrome(state);
  labelLinkLists(state);
}

/**
 * A page's script, style sheet or ad markup printed as lines of text is never the story: taken out
 * before the body finder and the headline readers look, as the body finder's cut is, so that
 * neither takes it (a dump holding nothing else is then a copy with no story).
 */
function cutPageSource(state: ExtractState): void {
  const withText = state.lines.filter((l) => l.text.trim());
  for (const [i, kind] of sourceCodeLines(withText.map((l) => l.text))) {
    const line = withText[i] as TextLine;
    state.removed.push({ line: line.n, text: line.text.trim(), label: `source:${kind}` });
    line.text = '';
  }
}

/** In a full-page dump (menus, link lists, footers) only the article is read on: the rest is blanked. */
function cutOutsideArticle(state: ExtractState): void {
  // The cut blanks the lines and trims their text; the page header reads them as printed,
  // indentation kept (lynx prints its headings at the margin under indented lines).
  const { lines } = state;
  const printed = lines.map((l) => l.text);
  let i = 0;
  // The cut's lines come in the page's order.
  for (const { line, text } of cutToArticle(lines)) {
    while ((lines[i] as TextLine).n !== line) i++;
    state.removed.push({ line, text, label: 'outside-article', print: printed[i] });
  }
}
