// Classifier, first rules: site chrome anywhere in the file (src/normalize/chrome.ts), lines
// that recur across the site's pages, and the short rest of a chrome line on the next line.
// The publication and the section some chrome lines name are read here as they are taken.

import { chromeLabel, CRUMB_SEPARATOR, sourceFromChrome } from '../normalize/chrome.ts';
import { wordCount, OPENS_LOWER_CASE } from '../text.ts';
import { findDate, findOrderedFiguresDateSpan } from '../normalize/dates.ts';
import {
  bylineOf,
  copyrightHolder,
  creditOf,
  isName,
  labelledField,
  mastheadOf,
} from '../normalize/header.ts';
import { lineKey } from './context.ts';
import type { TextLine } from './front-end.ts';
import type { RemovalLabel } from './labels.ts';
import { isBodyLike } from './shape.ts';
import { EDGE_LINES, LIST_EDGE_LINES, remove, type ExtractState } from './state.ts';

/**
 * A short lowercase line right after a chrome line is the rest of it ("Log in to ... to
 * connect" / "with the Korea JoongAng Daily"). Lines with a date or a byline are left to the
 * metadata readers.
 */
export function labelChrome(state: ExtractState): void {
  const { nonEmpty, used } = state;
  let printLines = 0;
  nonEmpty.forEach((line, i) => {
    const previous = nonEmpty[i - 1];
    const adjacent = previous !== undefined && line.n === previous.n + 1;
    // The rest of a print-edition note the dump wrapped ("... of the New York edition with the"
    // / "headline: Under the City’s Streets, ... Order Reprints | Today’s Paper |" /
    // "Subscribe"): its lines up to the blank line, PRINT_EDITION_LINES at most, list items not.
    // Only a dump wraps it: an HTML page's next element (origin.element set) is a block of its own.
    const wrapped = line.origin.element === undefined && !LIST_ITEM.test(line.text);
    if (printLines > 0 && adjacent && printLines < PRINT_EDITION_LINES && wrapped) {
      printLines++;
      remove(state, line, 'print-edition');
      return;
    }
    printLines = 0;
    const continues = adjacent && used.has(previous.n) && OPENS_LOWER_CASE.test(line.text.trim());
    const label = chromeLineLabel(state, line, i, continues);
    if (!label) return;
    if (label === 'print-edition') printLines = 1;
    readChromeLine(state, line, i, label, continues ? previous : undefined);
    remove(state, line, label);
  });
}

/**
 * The most lines a print-edition note fills in a dump, its first included: at most some 45
 * words with the print headline (nytimes-4's, 41), three lines of 75-80 columns in w3m and lynx
 * (html2text prints it on one).
 */
const PRINT_EDITION_LINES = 3;
/** A list item's mark opening a line ("*", "•", "-"): a list under the note is not its text. */
const LIST_ITEM = /^\s*(?:[•*·▸►-])(?:\s|$)/u;

/**
 * A comma or semicolon at the end, and a digit anywhere: chromeLineLabel's tests, made once here
 * (a pattern literal in a function is a new object each time it runs, and this one runs for
 * every line of a page).
 */
const OPEN_END = /[,;]$/;
const DIGIT = /\d/;

/** The label of the i-th line with text, or null when it may be story text or metadata. */
function chromeLineLabel(
  state: ExtractState,
  line: TextLine,
  i: number,
  continues: boolean,
): RemovalLabel | null {
  const count = state.nonEmpty.length;
  const edge = i < EDGE_LINES || i >= count - EDGE_LINES;
  // isMetadataLine is asked only of the lines where it decides (chrome and recurring
  // candidates), and at most once: these readers cost more than chromeLabel, and most lines are
  // story text. (A plain value, not a closure: the build's transform wraps every named
  // closure in a call that names it, a cost on every line.)
  const chrome = chromeLabel(line.text);
  // A print-edition note's day is the paper's and an embedded post's the post's, never the
  // story's: they are not left to the date readers, whatever their length.
  if (chrome === 'print-edition' || chrome === 'embedded-post') return chrome;
  const metadata = chrome ? isMetadataLine(line.text) : undefined;
  let label: RemovalLabel | null = chrome && !metadata ? chrome : null;
  // "On Tuesday," or "1300 GMT" inside a story is text; only at the ends is it a page stamp.
  const nearEdge = i < LIST_EDGE_LINES || i >= count - EDGE_LINES;
  if (label === 'timestamp' && (!nearEdge || OPEN_END.test(line.text.trim()))) label = null;
  // Lines with figures are data ("Revs 313.9 mln vs 308.9 mln" recurs in every earnings
  // report), not a site's template.
  const figures = DIGIT.test(line.text);
  // A name alone on a line recurs when one reporter files many stories: it is a byline.
  // Looked up last, only for the lines it can decide: each lookup is a fact the normalize
  // cache checks on the next build, and body lines would make that most of the file's lines.
  if (
    !label &&
    edge &&
    !isBodyLike(line.text) &&
    !(metadata ?? isMetadataLine(line.text)) &&
    !figures &&
    !isName(line.text) &&
    state.context.recurringLines.has(lineKey(line.text))
  ) {
    label = 'recurring-line';
  }
  if (!label && continues && wordCount(line.text) <= 8) label = 'continuation';
  return label;
}

/**
 * A date, byline, credit or labelled field: left to the metadata readers. A date in figures whose
 * order its figures tell too (findOrderedFiguresDateSpan): politico's "12/30/2019 05:03 AM EST"
 * under the byline, in lynx and html2text near enough the top to be taken for a page's time stamp.
 */
function isMetadataLine(text: string): boolean {
  return (
    (wordCount(text) <= 15 &&
      (findDate(text, true) !== null ||
        findOrderedFiguresDateSpan(text) !== null ||
        bylineOf(text) !== null)) ||
    creditOf(text) !== null ||
    (labelledField(text)?.field ?? 'other') !== 'other'
  );
}

/** The source and section a chrome line names; `previous` is the line it continues. */
function readChromeLine(
  state: ExtractState,
  line: TextLine,
  i: number,
  label: RemovalLabel,
  previous: TextLine | undefined,
): void {
  const { meta } = state;
  const joined = previous ? `${previous.text.trim()} ${line.text.trim()}` : line.text;
  meta.source ??=
    sourceFromChrome(joined) ?? sourceFromChrome(line.text) ?? copyrightHolder(line.text);
  // A site's own name tops its pages: "Asia Wire Review", "The Lowland Examiner - Subscriber
  // exclusive".
  const siteLine = label === 'recurring-line' || label === 'paywall';
  if (siteLine && i < EDGE_LINES && i < state.nonEmpty.length / 2) {
    meta.source ??= mastheadOf(line.text);
  }
  if (label === 'breadcrumb') {
    const crumbs = line.text.split(CRUMB_SEPARATOR).map((c) => c.trim());
    meta.section ??= crumbs.filter((c) => !/^(?:home|news)$/i.test(c)).join(' > ') || null;
  }
}
