// The one state object the stages of the layer pass along (front end -> classifier -> metadata
// readers -> assembler), and the edges of a file where each stage looks.

import type { DateKind } from '../normalize/dates.ts';
import type { Line } from '../normalize/paragraphs.ts';
import type { ExtractedDate, InputFile } from '../types.ts';
import type { NormalizeContext } from './context.ts';
import type { LabelledRemoval, RemovalLabel } from './labels.ts';
import type { TextLine } from './front-end.ts';

/** Lines within this distance of either end are where site templates put their chrome. */
export const EDGE_LINES = 8;
/** Lists of other headlines above a story can run longer than other chrome (newsletters). */
export const LIST_EDGE_LINES = 16;
/** Metadata lines are looked for among the first and last this many lines of a file. */
export const HEAD_LINES = 12;
export const TAIL_LINES = 6;

export interface DateCandidate {
  date: ExtractedDate;
  kind: DateKind;
}

/** The header of a full-page dump (page-header.ts). */
export interface PageHeader {
  headline: { lines: Line[]; text: string } | null;
  /** The lines read for metadata: from the headline to the story's first lines. */
  head: Line[];
  /** The lines just above the headline (Medium prints the author's name there). */
  above: Line[];
  /** The story's first line. */
  bodyStart: number;
  /** Header lines taken away before (by the body finder or as a list of links), given back. */
  reread: LabelledRemoval[];
  /** The page's lines with text, those the body finder cut with their text (it blanks them). */
  printed: Line[];
}

/** What the metadata readers have found so far; the first finding of a field stands. */
export interface Metadata {
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  /** The reporter a credit line names: the byline when no byline line is found. */
  creditByline: string | null;
  source: string | null;
  section: string | null;
  dates: DateCandidate[];
}

export interface ExtractState {
  readonly file: InputFile;
  readonly context: NormalizeContext;
  /** Every line of the file, blank ones included (the body finder blanks what it cuts). */
  readonly lines: TextLine[];
  /** The lines with text once the body finder has cut (set by the classifier). */
  nonEmpty: TextLine[];
  /** Lines taken out so far, labelled, in the order they were taken. */
  readonly removed: LabelledRemoval[];
  /** Numbers of the lines taken out by the rules (not always those of `removed`: see page-header.ts). */
  readonly used: Set<number>;
  /** The header of a full-page dump, or null for a clean article file. */
  page: PageHeader | null;
  readonly meta: Metadata;
}

export function createState(
  file: InputFile,
  context: NormalizeContext,
  lines: TextLine[],
): ExtractState {
  const meta: Metadata = {
    title: null,
    standfirst: null,
    byline: null,
    creditByline: null,
    source: null,
    section: null,
    dates: [],
  };
  return { file, context, lines, nonEmpty: [], removed: [], used: new Set(), page: null, meta };
}

/** Takes a line out of the article text, with the label of what it is. */
export function remove(state: ExtractState, line: Line, label: RemovalLabel): void {
  state.used.add(line.n);
  state.removed.push({ line: line.n, text: line.text.trim(), label });
}

/** The lines with text that no rule has taken yet. */
export function openLines(state: ExtractState): Line[] {
  return state.nonEmpty.filter((l) => !state.used.has(l.n));
}
