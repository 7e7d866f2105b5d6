// A line printed again under it: a picture's alt text over its caption, the caption repeating it
// or starting with it. One reader for the three checks that ask it (title-cues' captionAbove, the
// captions revision's alt text, gallery-run's slideshow of captions), each with its own reach
// and its own floor on the text (words or characters), which stay with the caller; and for
// title-at-start's echo of a title, which reads where the line printed again stands.

import { type Line } from '../paragraphs.ts';

/**
 * How a line under prints the text again: 'same' word for word (5min.at's alt text and caption,
 * a box's label between), 'start' the line is it or starts with it (mtb-news' gallery: "Reifen
 * montieren" / "Reifen montieren - am Ventil ..."), 'longer' the line starts with it and goes on
 * (a caption after its alt text: mtb-news, gnadlib in the captions revision).
 */
export type Reprint = 'same' | 'start' | 'longer';

/**
 * Whether one of lines from..to-1 prints `text` (trimmed) again as `how` says. With `wrapped`, a
 * line shorter than the text is read with the line under it, the first such pair that starts with
 * the text deciding (a caption wrapped, its first line shorter than the alt text: gnadlib): it
 * prints the text again where the pair is longer than the text.
 */
export const printedAgain = (...args: Parameters<typeof reprintAt>): boolean =>
  reprintAt(...args) !== null;

/**
 * The first of lines from..to-1 that prints `text` again as printedAgain reads it (a wrapped
 * pair: its first line), or null: for the callers that read the line found too (title-at-start's
 * echo ends a paragraph).
 */
export function reprintAt(
  lines: Line[],
  text: string,
  from: number,
  to: number,
  how: Reprint,
  wrapped = false,
): number | null {
  for (let k = from; k < Math.min(to, lines.length); k++) {
    const line = (lines[k] as Line).text.trim();
    if (how === 'same' ? line === text : reprints(line, text, how)) return k;
    if (!wrapped || line.length >= text.length) continue;
    const pair = `${line} ${(lines[k + 1] as Line | undefined)?.text.trim() ?? ''}`;
    if (pair.startsWith(text)) return pair.length > text.length ? k : null;
  }
  return null;
}

/** `line` starts with `text`, and with 'longer' goes on past it. */
function reprints(line: string, text: string, how: Reprint): boolean {
  return line.startsWith(text) && (how === 'start' || line.length > text.length);
}
