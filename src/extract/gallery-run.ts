// A picture gallery's captions read as the story: each picture's alt text printed over its caption,
// which starts with it or repeats it ("Reifen montieren" / "Reifen montieren - am Ventil zuletzt
// aufziehen, ..."), a run of such pairs making a block of a story's size over the article
// (trafilatura's mtb-news.de-tubeless: a slideshow of 14 pictures, 45 lines over its title, in w3m
// and lynx). Read by candidateStories (page-header/story-lines.ts): a story found in such a run
// starts at the story found under it.

import type { Line } from '../normalize/paragraphs.ts';
import { storyStartFrom } from '../normalize/headline.ts';
import { printedAgain } from '../normalize/headline/printed-again.ts';
import { paragraphLast } from '../normalize/headline/page-index.ts';

/** Lines under a line its print again may stand: a caption wrapped over two lines, repeated. */
const REPEAT_REACH = 2;
/** A caption's lines under its alt text at most (mtb-news: three). */
const CAPTION_LINES = 4;
/** Pictures in a row that make a gallery (mtb-news prints 14; an article's picture is one). */
const PICTURES = 4;
/** Characters a repeated line holds at least: "Foto" or a one-word label repeated is no caption. */
const REPEAT_CHARS = 12;

/** Whether line `k` is printed again (or starts a line) within REPEAT_REACH lines under it. */
function printedAgainUnder(page: Line[], k: number): boolean {
  const text = (page[k] as Line).text.trim();
  return (
    text.length >= REPEAT_CHARS && printedAgain(page, text, k + 1, k + REPEAT_REACH + 1, 'start')
  );
}

/**
 * A story found at a run of PICTURES captions printed twice or more, its first picture's alt text
 * at the line over the story or at it, starts at the story found under the run (storyStartFrom);
 * else it stays. A run's line is printed again under it or is such a print of a line over it.
 */
export function storyPastGallery(page: Line[], counts: readonly number[], story: number): number {
  const first = story > 0 && printedAgainUnder(page, story - 1) ? story - 1 : story;
  let pictures = 0;
  let end = first;
  for (let k = first; k < page.length; k++) {
    if (printedAgainUnder(page, k)) {
      pictures++;
      end = k + 1;
    } else if (k - end >= CAPTION_LINES) break;
  }
  if (pictures < PICTURES) return storyPastCountedCaptions(page, counts, story);
  const under = storyStartFrom(page, counts, end + REPEAT_REACH);
  return under === null ? story : end + REPEAT_REACH + under;
}

/**
 * A slideshow's caption opens on its picture's place and the pictures' number ("1/6 Die Top-6
 * Reisemobile im Überblick: ...", "2/6 Ford Westfalia Nugget: ...": trafilatura's
 * outdoor-magazin, six captions of 60-90 words over the article's header in w3m and lynx, read
 * as the story). A story found at such a run's first caption (at its first line, its alt text
 * over it, or a line into it: the caption's first line, "1/6 Die", leaves a short word at its
 * start), the run counting on to its last picture, starts at the story found under the last
 * caption; where none stands under it (a slideshow that is the article), it stays.
 */
function storyPastCountedCaptions(page: Line[], counts: readonly number[], story: number): number {
  const to = Math.min(page.length, story + CAPTION_LINES);
  let at = Math.max(0, story - OVER_START);
  while (at < to && COUNTER.exec((page[at] as Line).text)?.[1] !== '1') at++;
  if (at >= to) return story;
  const total = Number(COUNTER.exec((page[at] as Line).text)?.[2]);
  if (total < PICTURES) return story;
  let last = at;
  let next = 2;
  for (let k = at + 1; k < page.length && next <= total && k - last <= CAPTION_SPAN; k++) {
    const counter = COUNTER.exec((page[k] as Line).text);
    if (counter && Number(counter[1]) === next && Number(counter[2]) === total) {
      last = k;
      next++;
    }
  }
  if (next <= total) return story;
  const end = captionEnd(page, last) + 1;
  const under = storyStartFrom(page, counts, end);
  return under === null ? story : end + under;
}

/** Lines over the story found its first counted caption may start on. */
const OVER_START = 2;
/** "k/n " opening a caption: the picture's place and the pictures' number. */
const COUNTER = /^\s*(\d{1,3}) ?\/ ?(\d{1,3})\s+\p{L}/u;
/** Lines from one counted caption to the next at most (outdoor-magazin's: 9 and 10 in w3m). */
const CAPTION_SPAN = 16;

/**
 * The last line of the caption whose first line is `first`: its paragraph (paragraphLast), and
 * in w3m, which prints a slideshow's captions with no blank line between, the first line under
 * it shorter than the widest of its lines by a word or more (the wrapped paragraph's end).
 */
function captionEnd(page: Line[], first: number): number {
  const last = paragraphLast(page, first);
  let widest = 0;
  for (let k = first; k <= last; k++)
    widest = Math.max(widest, (page[k] as Line).text.trimEnd().length);
  for (let k = first; k < last; k++) {
    if ((page[k] as Line).text.trimEnd().length < widest - WORD_CHARS) return k;
  }
  return last;
}

/** Characters of a word and its space: a wrapped line falls short of the width by less. */
const WORD_CHARS = 12;
