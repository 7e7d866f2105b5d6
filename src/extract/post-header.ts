// A clean file's post header, for readTitleBlock (title-block.ts): a blog post saved whole
// with its site's motto or its author's box over the post's dateline and title, where the first
// title-like line of the file is the site's or the author's, not the post's title (issue 21,
// docs/figures.md stop 66, branch hd66).

import { wordCount } from '../text.ts';
import { findDateSpan } from '../normalize/dates.ts';
import { isPersonName } from '../normalize/header.ts';
import { stripHeadingMarks } from '../normalize/headline.ts';
import type { Line } from '../normalize/paragraphs.ts';
import { firstBodyLine } from './shape.ts';
import { remove, type ExtractState } from './state.ts';

/**
 * In a clean file, the candidate that stands right under a day's dateline, over a blank line and
 * the story, with title-like lines over that dateline (blogoff's "12. November 2015 / 13:48" over
 * "3 verrückte Orte in Berlin", under the blog's motto and its channels' line): a post's header
 * is its date and title, and what is printed over them is the site's. Its index in
 * `candidates`, or -1. Not a sentence, not under a dateline with more than a time beside it.
 */
export function postTitleUnderDateline(state: ExtractState, candidates: Line[]): number {
  const start = firstBodyLine(state.lines, state.used);
  if (start === null || candidates.length < 2) return -1;
  const last = candidates.length - 1;
  const line = candidates[last] as Line;
  const at = state.nonEmpty.findIndex((l) => l.n === line.n);
  const over = state.nonEmpty[at - 1];
  if (!over || start - line.n > STORY_UNDER_TITLE) return -1;
  if ((state.lines.find((l) => l.n === line.n + 1)?.text.trim() ?? '') !== '') return -1;
  if (over.n <= (candidates[0] as Line).n || !lineOfDate(over.text)) return -1;
  const text = line.text.trim();
  if (wordCount(text) < POST_TITLE_WORDS || /[.!?…]$/u.test(text)) return -1;
  return last;
}

/** Lines from a post's title to its story, at most (blogoff: 5, a video's link between). */
const STORY_UNDER_TITLE = 6;

/** A day's date alone on its line, with at most its time ("12. November 2015 / 13:48"). */
function lineOfDate(text: string): boolean {
  const span = findDateSpan(text);
  if (span?.precision !== 'day') return false;
  const rest = text.replace(span.span, '');
  return /^[\s\d:/|•·,–—-]*(?:uhr|am|pm)?[\s\d:/|•·,–—-]*$/iu.test(rest);
}

/** Words of a post's title at least, under its dateline or opening its story (a label's are fewer). */
const POST_TITLE_WORDS = 3;

/**
 * A person's name over a byline that opens on it and goes on to a day's date (achgut's "Gunter
 * Frank" over its portrait and "Gunter Frank / 22.04.2020 / 06:15 / Foto: ..."): the author's
 * box over the post, no title. A clean file's top is read here, and the first title-like line
 * was taken for the title.
 */
export function namesByline(state: ExtractState, line: Line, text: string): boolean {
  if (!isPersonName(text)) return false;
  const below = state.nonEmpty.filter((l) => l.n > line.n).slice(0, BYLINE_UNDER_NAME);
  return below.some((l) => {
    const rest = l.text.trim();
    if (!rest.startsWith(text)) return false;
    const after = rest.slice(text.length);
    return BYLINE_SEPARATOR.test(after) && findDateSpan(after)?.precision === 'day';
  });
}

/**
 * Under an author's box (namesByline) the post's title is the story's first line when it stands
 * alone, a blank line under it, and is no longer than a title (achgut's "Bericht zur Coronalage
 * vom 22.04.2020 – worauf wartet die Politik?", which firstBodyLine reads as a sentence: it ends
 * on a question mark).
 */
export function titleOpeningStory(state: ExtractState): void {
  const start = firstBodyLine(state.lines, state.used);
  const at = state.lines.findIndex((l) => l.n === start);
  const line = state.lines[at];
  const next = state.lines[at + 1];
  if (!line || (next !== undefined && next.text.trim() !== '')) return;
  const text = stripHeadingMarks(line.text.trim());
  const words = wordCount(text);
  if (words < POST_TITLE_WORDS || words > TITLE_WORDS || /[.:;,]$/u.test(text)) return;
  state.meta.title = text;
  remove(state, line, 'headline');
}

/** A line of images' placeholders only: "[icon_faceb][icon_twitt]". */
export const PLACEHOLDERS = /^(?:\[[^\]]*\]\s*)+$/u;

/** Words of a title at most (the story's first line taken for one, titleOpeningStory). */
const TITLE_WORDS = 20;

/** Printed lines under an author's name its byline may stand (achgut: 2, a portrait between). */
const BYLINE_UNDER_NAME = 4;

/** What parts a byline's name from its date: a bar, slash, bullet, dash or comma. */
const BYLINE_SEPARATOR = /^\s*[|/•·,–—-]\s/u;
