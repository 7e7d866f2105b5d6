// Which texts are page dumps: the body finder (src/normalize/body-finder.ts) runs only on
// them, and leaves clean article text as it is.

import { type LineInfo, TERMINAL } from './blocks.ts';

/** The list marks w3m ("•", "□", "◦", "1."), lynx ("*", "+", "o") and html2text ("*") print. */
const DUMP_BULLET = /^(?:[•*□■▪◦●○·+o]|\d{1,3}[.)])\s+\S/u;

/**
 * A page dump is marked by its tool: list marks before menu entries and markers for buttons,
 * form fields, images and frames, many of them, on lines that are mostly fragments (no sentence).
 *
 * Thresholds measured on 2026-12-02 over the files of at least 25 non-blank lines: the 3,044
 * Readability and trafilatura development dumps (../shared/corpora/web-pages, all three tools)
 * and 899 clean texts (seeds/, test/corpora, test/fixtures, ../shared/corpora/bbc and the
 * bench/quality corpora of seeds 1, 2, 3 and 5, 1,500 files each). Clean texts have at most 9
 * such marked lines (generated templates' "•" lists of related stories; "- " lists are not
 * counted) and a marked share of at most 0.20; dumps have a median of 72 and 0.39. At 12 marked
 * lines and a share of 0.05, 2,880 of the 3,044 dumps and none of the clean texts are taken.
 * Fragments (lines under 40 characters without a sentence end) are at least 0.27 of the lines in
 * 95% of dumps and 0.08 in the median clean text; requiring 0.2 of them as well keeps a
 * list-heavy clean article (a "•" list of a dozen sentences) out, and still takes 2,843 dumps.
 * Of the clean texts only the raw Reuters SGML files (test/corpora/reuters21578/*.sgm, never a
 * build's input) pass: their markup lines count as HTML. The numbers are MIN_LINES, FEW_MARKED,
 * MARKED_SHARE, FRAGMENT_CHARS and FRAGMENT_SHARE below.
 */
/**
 * Marked lines enough to call a text a dump however few of its lines are fragments: four times
 * the clean texts' most (9). A long story (archive-of-our-own's chapter, google-sre-book-1's,
 * royal-road's, 1,000 lines) dilutes the menus' fragments below 0.2 of the lines, yet keeps 60
 * to 80 marked ones. Checked on 2026-12-03: of seeds/, test/corpora/bbc, test/fixtures and
 * ../shared/corpora/bbc (2,929 files) none is taken.
 */
const MANY_MARKED = 40;

/** The measurement's files (above): a shorter text is never taken for a dump. */
const MIN_LINES = 25;
/** Marked lines (markers and DUMP_BULLET's list marks) a dump has at least: the clean texts' most is 9. */
const FEW_MARKED = 12;
/** Marked lines' share of the non-blank lines a dump has at least: the clean texts' is up to 0.20. */
const MARKED_SHARE = 0.05;
/** A fragment is a line shorter than this with no sentence end. */
const FRAGMENT_CHARS = 40;
/** Fragments' share a dump has at least (0.27 in 95% of dumps, 0.08 in the median clean text). */
const FRAGMENT_SHARE = 0.2;

export function looksLikePageDump(infos: LineInfo[]): boolean {
  const open = infos.filter((l) => l.text);
  if (open.length < MIN_LINES) return false;
  const marked = open.filter((l) => l.marker || DUMP_BULLET.test(l.text)).length;
  const fragments = open.filter(
    (l) => l.text.length < FRAGMENT_CHARS && !TERMINAL.test(l.text),
  ).length;
  const fragmented = fragments / open.length >= FRAGMENT_SHARE || marked >= MANY_MARKED;
  return marked >= FEW_MARKED && marked / open.length >= MARKED_SHARE && fragmented;
}
