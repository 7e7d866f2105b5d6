// Classifier, second rule: lists of other stories' headlines, the lines under a "Most read" /
// "In this issue:" heading and bulleted lines above the story.

import { wordCount } from '../text.ts';
import { firstBodyLine } from './shape.ts';
import { LIST_EDGE_LINES, remove, type ExtractState } from './state.ts';

/** A full stop or exclamation mark at the end, a closing quote after it or not. */
const STATEMENT_END = /[.!]["”’]?$/;

function isHeadlineLike(text: string): boolean {
  return wordCount(text) <= 15 && !STATEMENT_END.test(text);
}

/**
 * A bulleted line: "•", "»", "›" and the like before an item, "*", ">" and "-" with a space after
 * (lynx's and html2text's list marks). Without the space "*" is markdown's emphasis:
 * "**WRONG**Lorem ipsum ..." (remove-aria-hidden's first paragraph) is a story's line.
 */
const LIST_ITEM = /^(?:[•»›·▸►]\s*|[*>-]\s+)\S/;

export function labelLinkLists(state: ExtractState): void {
  const { nonEmpty, used } = state;
  const headings = new Set(
    state.removed.filter((r) => r.label === 'related-heading').map((r) => r.line),
  );
  const bodyStart = firstBodyLine(state.lines, used);
  let underHeading = false;
  nonEmpty.forEach((line, i) => {
    const text = line.text.trim();
    const previous = nonEmpty[i - 1];
    const adjacent = previous !== undefined && line.n === previous.n + 1;
    if (used.has(line.n)) {
      underHeading = headings.has(line.n) || (underHeading && adjacent);
      return;
    }
    // Asked only where it decides: most lines are neither under a heading nor above the story.
    if (underHeading && adjacent && isHeadlineLike(text)) {
      remove(state, line, 'related-list');
      return;
    }
    underHeading = false;
    // Without a heading, only bullets above the story are taken for other stories' headlines:
    // lists inside and at the end of a story ("- Spend three years on probation") are its own.
    const aboveStory = i < LIST_EDGE_LINES && (bodyStart === null || line.n < bodyStart);
    if (aboveStory && isHeadlineLike(text) && LIST_ITEM.test(text)) {
      remove(state, line, 'related-list');
    }
  });
}
