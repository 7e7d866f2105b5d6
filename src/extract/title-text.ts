// The headline as published: the headline rules read a line without its emphasis marks
// (page-furniture.ts's emphasisOut: "_Minecraft_", "**...**", "__init__"), which is how they
// compare lines, not the title's text. A plain-text copy's title keeps the characters its lines
// print ("What's your opinion on what to include in __init__.py ?", reddit in w3m and lynx); a
// Markdown copy's has its marks read out as its body's are (markdownMarksOut).

import { emphasisOut } from '../normalize/headline/page-furniture.ts';
import { singleSpaced } from '../normalize/chrome.ts';
import type { TextKind } from '../types.ts';
import { markdownMarksOut } from './markdown-marks.ts';
import type { ExtractState } from './state.ts';

/** The title's text for a copy of this kind, from the lines it was read from where they hold it. */
export function titleText(state: ExtractState, title: string, kind: TextKind): string {
  const printed = printedSpan(title, headlineSource(state));
  if (printed === null) return kind === 'markdown' ? markdownMarksOut(title) : title;
  return kind === 'markdown' ? markdownMarksOut(printed) : printed;
}

/** The lines taken as the headline, in order, without heading marks, single-spaced. */
function headlineSource(state: ExtractState): string {
  const lines = state.removed
    .filter((r) => r.label === 'headline')
    .sort((a, b) => a.line - b.line)
    .map((r) => r.text.replace(HEADING_MARK, '').replace(CLOSING_MARK, ''));
  return singleSpaced(lines.join(' ')).trim();
}

const HEADING_MARK = /^#{1,6}\s+/;
const CLOSING_MARK = /\s+#+$/;

/**
 * The part of `source` that reads as `title` once its emphasis marks are out, with those marks;
 * null when no mark was read out (the title is already as printed) or the title is not there.
 * emphasisOut deletes only marks, so `source` and what it gives align character by character;
 * a mark at the title's edge is the title's where a space or the line's end stands beyond it.
 */
export function printedSpan(title: string, source: string): string | null {
  const read = emphasisOut(source);
  const at = read === source ? -1 : read.indexOf(title);
  if (at < 0 || title === '') return null;
  const place = alignment(source, read);
  if (place === null) return null;
  const end = at + title.length;
  const start =
    at === 0 || /\s/u.test(read.charAt(at - 1)) ? (at === 0 ? 0 : place[at - 1]! + 1) : place[at]!;
  const stop =
    end === read.length || /\s/u.test(read.charAt(end))
      ? end === read.length
        ? source.length
        : place[end]!
      : place[end - 1]! + 1;
  const span = source.slice(start, stop).trim();
  return emphasisOut(span) === title ? span : null;
}

/** Where each character of `read` stands in `source` (read is source with characters deleted). */
function alignment(source: string, read: string): number[] | null {
  const place: number[] = [];
  let k = 0;
  for (let j = 0; j < read.length; j++) {
    while (k < source.length && source[k] !== read[j]) k++;
    if (k === source.length) return null;
    place.push(k++);
  }
  return place;
}
