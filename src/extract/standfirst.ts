// Metadata reader: the standfirst, the one-sentence summary under the headline, and the
// kicker ("DEFECTIONS") that may open it.

import { wordCount } from '../text.ts';
import { stripHeadingMarks } from '../normalize/headline.ts';
import type { Line } from '../normalize/paragraphs.ts';
import { sentences } from '../text.ts';
import type { RemovalLabel } from './labels.ts';
import { openLines, remove, type ExtractState } from './state.ts';

/** "DEFECTIONS" or "MARKETS" as a section label: "Defections", "Markets". */
export function sectionName(label: string): string {
  return label.charAt(0) + label.slice(1).toLowerCase();
}

/**
 * "DEFECTIONS There have been..." -> kicker "DEFECTIONS", standfirst "There have been...".
 * One to three capitalized words, each followed by a run of spaces and colons. Every capital word
 * and every run is taken whole, so nothing backtracks into one: the pattern this replaces,
 * /^((?:\p{Lu}{3,}[\s:]*){1,3}?)[:\s]\s*(\p{Lu}\p{Ll}.*)$/u, could split a run of capitals into
 * up to three "words" and a run of spaces between [\s:]*, [:\s] and \s*, and took 44 s on a
 * line of 4,000 capitals.
 */
function splitKicker(text: string): { kicker: string | null; rest: string } {
  const match = /^((?:\p{Lu}{3,}[\s:]+){0,2}?\p{Lu}{3,})[\s:]+(\p{Lu}\p{Ll}.*)$/u.exec(text.trim());
  if (match?.[1] && match[2]) return { kicker: match[1], rest: match[2] };
  return { kicker: null, rest: text.trim() };
}

/** A title-like line under the headline (title-block.ts) as the standfirst, its kicker the section. */
export function takeStandfirst(state: ExtractState, line: Line, text: string): void {
  const { kicker, rest } = splitKicker(text);
  state.meta.standfirst = stripHeadingMarks(rest);
  if (kicker) state.meta.section ??= sectionName(kicker);
  remove(state, line, 'standfirst');
}

/** Removals that mark the line under a lead as metadata: the lead is then the standfirst. */
const METADATA_LABELS: ReadonlySet<RemovalLabel> = new Set(['byline', 'dateline', 'field:byline']);

/** In a clean article file, a one-sentence lead directly followed by the byline or dateline. */
export function readLeadStandfirst(state: ExtractState): void {
  const { meta, lines, removed } = state;
  const lead = openLines(state)[0];
  if (meta.title === null || meta.standfirst !== null || !lead || state.page) return;
  const next = lines.find((l) => l.n > lead.n && l.text.trim());
  const metaAfter = next && removed.some((r) => r.line === next.n && METADATA_LABELS.has(r.label));
  const text = lead.text.trim();
  if (metaAfter && sentences(text).length === 1 && wordCount(text) <= 60) {
    meta.standfirst = text;
    remove(state, lead, 'standfirst');
  }
}
