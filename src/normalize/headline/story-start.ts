// Where the story starts and what stands just over it: the page's blocks of text, the first
// block that reads as the story, the standfirsts and gallery titles over it, the comment form
// under it, stories under bylines, and the window of lines above it that the headline is read
// from (headlineWindow, insideStoryEnd). The headline rules score the lines of that window.

import { wordCount } from '../../text.ts';
import { widthOf, type Line } from '../paragraphs.ts';
import { type Headline } from '../headline.ts';
import { signedBylines } from './page-bylines.ts';
import { stripHeadingMarks, isWidgetLine } from './page-furniture.ts';
import {
  PAIRED,
  SHAPE_BITS,
  TEXT,
  lineShape,
  isLongListItem,
  SENTENCE_END,
  textLineReading,
} from './line-shape.ts';
import { isHeadlineLine } from './headline-lines.ts';
import { toldByStory } from './told-by-story.ts';
import { commentsStart } from './comments-start.ts';
import { adjacent, type PageIndex } from './page-index.ts';
import { perObject } from '../memo.ts';

/** Runs of text lines with at most this many other lines between them make one block of text. */
const MAX_GAP = 6;
/**
 * The story is the first block holding a tenth of the largest block's words and at least
 * STORY_MIN_WORDS: articles are cut into blocks by pictures, captions and lists, and the text
 * above a story (cookie notices, "NYTimes.com no longer supports Internet Explorer 9") is one or
 * two sentences.
 */
const STORY_SHARE = 0.1;
const STORY_MIN_WORDS = 50;

/** A run of text lines (storyStart): its first and last line and its words. */
export interface TextBlock {
  start: number;
  words: number;
  last: number;
}

/**
 * Each line's shape (lineShape), read once a page, by line index: storyAndHeadline looks for a
 * story on the whole page, on the part under the first kept line and under each signed byline,
 * and each part's shapes are a slice of the page's (storyStartFrom, storiesUnderBylines). Asked
 * by each line's text through a memo instead, 1,148 asks a 10-30 KB dump went to 521 texts.
 * Remembered by the page's array of lines, which is never changed once read.
 */
const lineShapes = perObject((lines: Line[]): readonly number[] =>
  lines.map((line) => lineShape(line.text)),
);

/**
 * The page's runs of text lines, each with at most MAX_GAP other lines inside it. `shapes` are
 * the lines' shapes, given by a caller that reads a part of a page (a slice of the page's).
 */
export function textBlocks(
  lines: Line[],
  counts: readonly number[],
  shapes: readonly number[] = lineShapes(lines),
): TextBlock[] {
  const walk: BlockWalk = {
    blocks: [],
    current: undefined,
    paired: undefined,
    leads: new Map(),
    slack: 0,
  };
  // The 90th percentile of line lengths: wire copy's ragged right margin is well below its
  // longest line (wrapWidth's figure, from the trimmed lengths the shapes hold).
  const width = widthOf(shapes.map((shape) => shape >>> SHAPE_BITS).filter(Boolean));
  lines.forEach((line, i) => {
    const { current } = walk;
    // A long list item ("• The UK must stay in the EU to have influence...") bridges a gap in
    // the story's text (BBC's bullet points) but does not start a block: menus are lists.
    if (current && i - current.last <= MAX_GAP + 1 && isLongListItem(line.text, counts[i])) {
      current.last = i;
      return;
    }
    // A form's text field ends a block: the sentences over it are the form's prompt
    // (andreabottlinger's "Um neue Beiträge per E-Mail zu erhalten, ..." over "[      ]"), not
    // the start of the post under it.
    if (INPUT_FIELD.test(line.text)) {
      walk.current = undefined;
      return;
    }
    if (current && isWrappedUrlTail(lines, i)) walk.slack++;
    const inReach = current !== undefined && i - current.last - walk.slack <= MAX_GAP + 1;
    const reading = textLineReading(lines, i, width, counts, shapes);
    if (reading === TEXT) addTextLine(walk, i, counts[i] as number, inReach);
    else if (!inReach && reading === PAIRED) walk.paired = i;
  });
  walk.leads.forEach((lead, block) => openWithStandfirst(block, lead, counts));
  return walk.blocks;
}

/** textBlocks' state as it walks down the page's lines. */
interface BlockWalk {
  blocks: TextBlock[];
  /** The block the last text line joined, until a form's field ends it. */
  current: TextBlock | undefined;
  /** A lynx paragraph of two lines (PAIRED) out of a block's reach, until a text line. */
  paired: number | undefined;
  /** The blocks such a paragraph opens, with its line (openWithStandfirst). */
  leads: Map<TextBlock, number>;
  /** The wrapped URLs' tails since the block's last text line (isWrappedUrlTail). */
  slack: number;
}

/** Text line i (of `words` words) joins the block in reach, or opens a block of its own. */
function addTextLine(walk: BlockWalk, i: number, words: number, inReach: boolean): void {
  const { current, paired } = walk;
  if (current && inReach) {
    current.words += words;
    current.last = i;
  } else {
    const opened = { start: i, words, last: i };
    if (paired !== undefined && i - paired <= MAX_GAP + 1) walk.leads.set(opened, paired);
    walk.blocks.push(opened);
    walk.current = opened;
  }
  walk.paired = undefined;
  walk.slack = 0;
}

/**
 * The rest of a URL lynx wraps onto the next line: lynx breaks a link printed as its text too long
 * for the width at a "-" or "/" and prints the rest on the line right under it, one word. A
 * single URL of the story counts as one line in the gap between the story's text lines:
 * gizmeo.eu.insekten's "https://petapixel.com/2020/01/15/indian-photographer-shoots-stunning-
 * macro-photos-using-his" over "-phone/." put 8 lines between two of the story's text lines, one
 * past MAX_GAP, and the post's first paragraph was cut off from the rest (w3m prints the URL on one
 * line and gets the title).
 */
function isWrappedUrlTail(lines: Line[], i: number): boolean {
  const [over, line] = [lines[i - 1], lines[i] as Line];
  if (over === undefined || over.n !== line.n - 1) return false;
  return BARE_URL.test(over.text) && ONE_WORD.test(line.text);
}
const BARE_URL = /^\s*https?:\/\/\S+$/;
const ONE_WORD = /^\s*\S+$/;

/**
 * A block of a story's size opened by a lynx paragraph of two lines (PAIRED) starts at that
 * paragraph: the standfirst over the story, which w3m prints on one line of text
 * (lacuarta.com-loretoaravena's "Hugo Valencia contó ... en el" / "Zona de Estrellas." over its
 * byline, its date and the story: without it the story started at the byline and the standfirst
 * was taken as the headline). Under a block, or over a smaller one, such a paragraph is a
 * caption, a site's blurb or an ad's line (clarin.com-albertofernandez, rosa-mag.de.womanking,
 * wir-empfehlen.info.3289): read as text, it gave those pages a story in their head.
 */
function openWithStandfirst(block: TextBlock, lead: number, counts: readonly number[]): void {
  if (block.words < STORY_MIN_WORDS) return;
  block.start = lead;
  block.words += counts[lead] as number;
}

/** A line that is only a form's text field: w3m prints "[          ]", lynx "__________". */
export const INPUT_FIELD = /^\s*(?:\[ {3,}\]|_{8,40})\s*$/;

/** The first block of a story's size: STORY_SHARE of the largest, STORY_MIN_WORDS at least. */
function firstStoryBlock(blocks: readonly TextBlock[], most: number): TextBlock | undefined {
  const enough = Math.max(Math.min(most, STORY_MIN_WORDS), most * STORY_SHARE);
  return blocks.find((b) => b.words >= enough);
}

/**
 * Index (into `lines`) of the story's first line, or null when no line reads as text. `counts`
 * are the lines' word counts, given by a caller that asks for several stories on one page
 * (storyAndHeadline: the whole page and a slice of it) so that they are counted once, and
 * `blocks` the page's textBlocks, which that caller reads three times for the whole page.
 */
export function storyStart(
  lines: Line[],
  counts: readonly number[] = lines.map((line) => wordCount(line.text)),
  blocks: readonly TextBlock[] = textBlocks(lines, counts),
): number | null {
  const start = firstStoryBlock(blocks, Math.max(0, ...blocks.map((b) => b.words)))?.start;
  if (start === undefined) return null;
  const form = commentsStart(lines, start);
  if (form === null) return start;
  // The text found under a comment form is the comments or the footer's boxes: the story is the
  // first block of a story's size among those above the form, or ends at the form when it is too
  // short to make a block (a blog post of three lines).
  const above = blocks.filter((b) => b.last < form);
  return firstStoryBlock(above, Math.max(0, ...above.map((b) => b.words)))?.start ?? form;
}

/** storyStart of the page's lines from `from` on, an index into that part (its shapes the page's). */
export function storyStartFrom(
  lines: Line[],
  counts: readonly number[],
  from: number,
): number | null {
  const part = lines.slice(from);
  const partCounts = counts.slice(from);
  return storyStart(part, partCounts, textBlocks(part, partCounts, lineShapes(lines).slice(from)));
}

/**
 * The first block of STORY_MIN_WORDS, whatever its share of the largest block: an article's text
 * of one or two short paragraphs over a long list, table or comment thread, which storyStart
 * passes over for a story lower down (trafilatura's pages: Popkultur's standfirst over its table
 * of contents, oekonomenstimme's over its formulas, a news page's short story over a long box of
 * other stories). storyAndHeadline weighs its headline against the others' (higherStory).
 */
export function firstBlockStart(
  lines: Line[],
  counts: readonly number[],
  blocks: readonly TextBlock[] = textBlocks(lines, counts),
): number | null {
  return blocks.find((b) => b.words >= STORY_MIN_WORDS)?.start ?? null;
}

/**
 * Standfirsts above a story found far too low: the first paragraph of a block of text above
 * `story`, in sentences (a stop at its end, STANDFIRST_WORDS at least), whose long words come
 * back in the story's first ones (toldByStory). A product's specs, a recipe's steps, a box of
 * jobs or most-read links between an article's standfirst and its text make the body finder
 * take the text under them for the story (trafilatura's ingenieur.de, losandes,
 * humanresourcesmanager), and the headline over the standfirst stands out of reach above it.
 * storyAndHeadline reads the headline over each one (standfirstHeadline, page-header.ts).
 */
export function standfirstStarts(lines: Line[], story: number, index: PageIndex): number[] {
  const starts: number[] = [];
  for (let i = Math.max(1, story - STANDFIRST_REACH); i < story; i++) {
    if (adjacent(lines, i - 1, i)) continue;
    // The paragraph to its first sentence's end, within STANDFIRST_LINES.
    let text = '';
    for (let j = i; j < Math.min(story, i + STANDFIRST_LINES); j++) {
      if (j > i && !adjacent(lines, j - 1, j)) break;
      text += ` ${(lines[j] as Line).text.trim()}`;
      if (SENTENCE_END.test(text)) {
        if (wordCount(text) >= STANDFIRST_WORDS && toldByStory(lines, story, text, index)) {
          starts.push(i);
        }
        break;
      }
    }
  }
  return starts;
}

/**
 * A title printed as a picture gallery's labels above a story found far too low: the same line
 * GALLERY_PRINTS times or more in a row (each picture's alt text is the product's or the
 * recipe's name: trafilatura's backen.de "Maulwurfkuchen mit Erdbeeren" six times, zooroyal's
 * "Trixie Natura Kleintierstall mit Freilaufgehege" eight times, 80 lines over the reviews read as
 * the story), within STANDFIRST_REACH lines over `story`; the run nearest the story. One pass over
 * those lines, comparing each with the one over it. A menu's or a box's label printed in a row
 * is no headline line (isGalleryTitle: list items, bracketed tags, UI words).
 */
export function galleryTitle(lines: Line[], story: number): Headline | null {
  let found: Headline | null = null;
  let runStart = Math.max(0, story - STANDFIRST_REACH);
  for (let i = runStart + 1; i <= story; i++) {
    const text = (lines[i - 1] as Line).text;
    if (i < story && (lines[i] as Line).text === text) continue;
    if (i - runStart >= GALLERY_PRINTS && isGalleryTitle(text)) {
      found = { first: runStart, last: runStart, text: text.trim(), score: 0 };
    }
    runStart = i;
  }
  return found;
}

/**
 * A gallery's repeated line that is a title: a headline's line (no credit, byline, date or list
 * item), naming no picture's source ("Hyundai Santa Fe 1,6 T-GDI Plug-in 4WDvergrößern
 * (Bildquelle: auto-motor.at/Stefan Gruber)", each picture's caption on auto-motor.at, taken over
 * its headline without this).
 */
function isGalleryTitle(text: string): boolean {
  return !PICTURE_SOURCE.test(text) && isHeadlineLine(text, stripHeadingMarks(text.trim()));
}

const PICTURE_SOURCE = /\b(?:bild|foto|photo|image)?(?:quelle|source|fuente)\s*:/iu;

/** Prints in a row of one line that make it a gallery's title (galleryTitle). */
const GALLERY_PRINTS = 3;

/** Lines above the story a standfirst may stand (standfirstStarts): the wide window's reach. */
const STANDFIRST_REACH = 200;
/** Lines of a standfirst's paragraph read, at most. */
const STANDFIRST_LINES = 6;
/** Words of a standfirst, at least: one sentence. */
const STANDFIRST_WORDS = 12;

/** Whether `text` shares TOLD_WORDS long words with the lines from `start` (toldByStory). */
export function tellsOf(lines: Line[], start: number, text: string, index: PageIndex): boolean {
  return toldByStory(lines, start, text, index);
}

/**
 * The story under each signed byline of the page ("By Kelli Miller" under webmd-2's headline,
 * which lynx prints 30 lines under a box of the site's teasers that reads as the story's
 * start): the first block of a story's size under the byline, when it holds at least half as
 * many words as the page's largest block (the article's text, or the article run together with
 * a long cookie notice above it: medicalnewstoday in lynx). Indexes into `lines`; the first
 * SIGNED_STORIES bylines only (a page of teasers has one under each).
 */
export function storiesUnderBylines(
  lines: Line[],
  counts: readonly number[],
  blocks: readonly TextBlock[] = textBlocks(lines, counts),
): number[] {
  const most = Math.max(0, ...blocks.map((b) => b.words));
  const stories = new Set<number>();
  for (const byline of signedBylines(lines).slice(0, SIGNED_STORIES)) {
    const from = byline + 1;
    const blocks = textBlocks(lines.slice(from), counts.slice(from), lineShapes(lines).slice(from));
    const block = firstStoryBlock(blocks, Math.max(0, ...blocks.map((b) => b.words)));
    if (block && block.words * 2 >= most) stories.add(byline + 1 + block.start);
  }
  return [...stories];
}

/** Signed bylines under which storiesUnderBylines looks for a story. */
const SIGNED_STORIES = 4;

/** Headlines are looked for among this many lines above the story. */
export const HEADLINE_WINDOW = 40;
/**
 * And this many lines into it, under a byline and a date: medicalnewstoday's headline stands 24
 * lines under the first line of its cookie notice, which the story is found to start at.
 */
export const INSIDE_STORY_LINES = 30;
/**
 * At most this many words of the story's lines stand above such a headline: medicalnewstoday's
 * cookie notice and log-in box are about 150; spiceworks' "Save your spot now" over a dated
 * community box stands under its whole article (600 words in html2text).
 */
const NOTICE_WORDS = 200;

/**
 * The window above the story: HEADLINE_WINDOW lines up, a share panel's lines (panelLines) not
 * counted, and no more than WINDOW_REACH lines in all. BBC's share panel prints some 40 lines of
 * buttons between its headline and its story (on trafilatura's pages), which pushed the headline
 * out of a window of raw lines. All page furniture left uncounted (menus of UI words and "□"
 * items too) let the window reach into the menus above the headline: w3m's Readability headlines
 * 59 -> 56, trafilatura's declared titles 496 -> 490.
 */
export function headlineWindow(lines: Line[], story: number): Window {
  const low = Math.max(0, story - WINDOW_REACH);
  const panel = panelLines(lines, low, story);
  const distance = new Map<number, number>();
  let counted = 0;
  let from = story;
  while (from > low && counted < HEADLINE_WINDOW) {
    from--;
    if (!panel.has(from)) counted++;
    distance.set(from, counted);
  }
  return { from, distance: distanceOf(story, distance) };
}

/**
 * The window's distance of line i from the story (Window's `distance`). Made here and returned
 * unnamed: a function written as an object's property is named as it is made, and the runner
 * (tsx, esbuild's keepNames) does that with a defineProperty call, which took 0.8% of a dump's
 * normalize CPU for headlineWindow's one function a story (stop 47's profile).
 */
function distanceOf(story: number, distance: Map<number, number>): (i: number) => number {
  return (i) => (i >= story ? story - i : (distance.get(i) ?? story - i));
}

/**
 * The lines from `low` to `end` (excluded) in runs of PANEL_LINES widget lines or more
 * (isWidgetLine): a share panel, not a lone "Share" button (salon-1's, under its headline) or
 * a short bar (nationalrail.co.uk's "Share on" over three networks, above its headline in lynx),
 * whose skipping let lines printed three times (a teaser, a calendar's weekdays) into the window.
 */
export function panelLines(lines: Line[], low: number, end: number): Set<number> {
  const panel = new Set<number>();
  const widgets = widgetMarks(lines);
  let run = 0;
  for (let i = low; i <= end; i++) {
    if (i < end && isWidgetAt(lines, widgets, i)) {
      run++;
      continue;
    }
    if (run >= PANEL_LINES) for (let k = i - run; k < i; k++) panel.add(k);
    run = 0;
  }
  return panel;
}

/**
 * Each line's isWidgetLine by its index, read when first asked (0 not yet, 1 no, 2 yes): each
 * story's window and wide window ask of the same lines (headlineUnderStart asks up to 15 stories
 * a line apart), and isWidgetLine's memo hashed the line's text at every ask (stop 45).
 * Remembered by the page's array of lines, which is never changed once read.
 */
const widgetMarks = perObject((lines: Line[]): Uint8Array => new Uint8Array(lines.length));

function isWidgetAt(lines: Line[], widgets: Uint8Array, i: number): boolean {
  let mark = widgets[i];
  if (mark === 0) {
    mark = isWidgetLine((lines[i] as Line).text) ? 2 : 1;
    widgets[i] = mark;
  }
  return mark === 2;
}

/** A share panel's least run of widget lines: BBC's prints 27 in a row in w3m. */
const PANEL_LINES = 5;

/** The window above the story: its first line, and a line's distance from the story in it. */
export interface Window {
  from: number;
  /** Lines from `i` to the story, furniture not counted (negative into the story). */
  distance: (i: number) => number;
}

/** The most lines windowStart reaches up, furniture included. */
const WINDOW_REACH = 2 * HEADLINE_WINDOW;

/** from, from + 1, ..., to. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}

/**
 * The last line into the story that may be its headline: INSIDE_STORY_LINES lines at most, with
 * NOTICE_WORDS words at most above it from the story's first line.
 */
export function insideStoryEnd(lines: Line[], story: number): number {
  let words = 0;
  let end = story;
  for (let i = story; i < lines.length - 1 && i < story + INSIDE_STORY_LINES; i++) {
    words += wordCount((lines[i] as Line).text);
    if (words > NOTICE_WORDS) break;
    end = i + 1;
  }
  return end;
}
