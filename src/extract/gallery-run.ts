// A picture gallery's captions read as the story: each picture's alt text printed over its
// caption, which starts with it or repeats it ("Reifen montieren" / "Reifen montieren - am Ventil
// zuletzt aufziehen, ..."), a run of such pairs making a block of a story's size over the
// article (trafilatura's mtb-news.de-tubeless: a slideshow of 14 pictures, 45 lines over its
// title, in w3m and lynx). Read by candidateStories (page-header.ts): a story found in such a run
// starts at the story found under it.

import type { Line } from '../normalize/paragraphs.ts';
import { storyStartFrom } from '../normalize/headline.ts';
import { printedAgain } from '../normalize/headline/printed-again.ts';

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
  if (pictures < PICTURES) return story;
  const under = storyStartFrom(page, counts, end + REPEAT_REACH);
  return under === null ? story : end + REPEAT_REACH + under;
}
