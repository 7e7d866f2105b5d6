// The dump headline re-ranker's features (docs/figures.md, stop 46, branch ml46): for one
// dump, the candidate lines readPageHeader weighed (the scorer's top TOP_N for the story the
// rules settled on, every revision's answer, the rules' final choice), each with a small vector
// of numbers read from the page. Pure: a trace in, candidates out. FEATURES documents each.

import { headlineScores, type Headline } from '../../src/normalize/headline.ts';
import {
  headingLevel,
  isListItem,
  stripHeadingMarks,
} from '../../src/normalize/headline/page-furniture.ts';
import { tellsOf } from '../../src/normalize/headline/story-start.ts';
import type { Line } from '../../src/normalize/paragraphs.ts';
import { isSiteChrome } from '../../src/normalize/site-chrome.ts';
import type { DumpHeadlineTrace } from '../../src/extract/page-header.ts';
import { indexOf, printKey } from '../../src/extract/headline-revisions/found.ts';
import { isDateline } from '../../src/extract/headline-revisions/titles-over-datelines.ts';
import { titleShaped, twoLongWords } from '../../src/extract/headline-revisions/line-marks.ts';
import { wordCount } from '../../src/text.ts';

/** The scorer's candidates kept for the story the rules settled on, best first. */
export const TOP_N = 8;
/** ... and for each other story a revision or the scorer weighed. */
export const OTHER_N = 3;

/** One candidate line (or wrapped pair) of a dump and its features (FEATURES' order). */
export interface Candidate {
  headline: Headline;
  /** The rules' final choice. */
  chosen: boolean;
  x: number[];
}

/** Each feature's name and why it may tell a title: the documentation the brief asks for. */
export const FEATURES: readonly { name: string; why: string }[] = [
  { name: 'bias', why: 'constant (cancels in a softmax; kept for a plain logistic fit)' },
  { name: 'score', why: "the scorer's own weighing of the line (scoreCandidate), /10, clipped" },
  { name: 'invRank', why: "1/rank among the scorer's candidates; 0 where it did not rank it" },
  { name: 'top', why: "the scorer's best line for the story (rank 1)" },
  { name: 'weighed', why: 'the headline storyAndHeadline gave before any revision' },
  { name: 'chosen', why: "the rules' final choice: the re-ranker moves off it only on evidence" },
  { name: 'proposals', why: 'revisions whose answer was this line (log1p), agreement among rules' },
  { name: 'lastProposer', why: 'the last revision to give it, /20: later rules see more' },
  { name: 'linesToStory', why: 'lines from its end to the story start, log1p; negative under' },
  { name: 'pagePos', why: 'its first line over the page length: titles stand in the top half' },
  { name: 'chars', why: 'log of its length: menus are short, sentences long' },
  { name: 'words', why: 'log1p of its words' },
  { name: 'h1', why: "html2text's '# ' mark (an <h1>)" },
  { name: 'h2plus', why: "html2text's '## ' or lower marks: subheadings and teasers" },
  { name: 'allCaps', why: 'all capitals: kickers, section names, menus' },
  { name: 'siteSep', why: 'a " | ", " - ", " – " or " :: " separator: a <title>-like line' },
  { name: 'endsStop', why: 'ends in . ! or : (a sentence, a label)' },
  { name: 'endsQuestion', why: 'ends in ? (titles may; prompts do too)' },
  { name: 'printedAgain', why: 'the same text on another line of the page (a header and a trail)' },
  { name: 'datelineNear', why: '1/(1+distance) to the nearest dateline within 4 lines' },
  { name: 'datelineUnder', why: 'a dateline within 3 lines under it' },
  { name: 'bylineNear', why: 'a "By"/"Von"/"Par" line within 3 lines' },
  { name: 'wrapped', why: 'printed over two lines' },
  { name: 'told', why: "the story's text tells its words (tellsOf)" },
  { name: 'titleShaped', why: 'titleShaped: few words, more letters than digits' },
  { name: 'twoLongWords', why: 'two long words or more' },
  { name: 'chrome', why: 'isSiteChrome: a menu, a button, a notice' },
  { name: 'listItem', why: 'a list item (menus and teasers print so)' },
];

const BYLINE = /^\s*(?:by|von|par|por|di|door|av)\s+\p{Lu}/iu;
const SITE_SEP = /\S\s(?:\||-|–|—|::|»)\s\S/u;

/** The candidates of one dump's trace, each once (by its first and last line). */
export function candidatesOf(trace: DumpHeadlineTrace): Candidate[] {
  const { page, weighed, revisions, found } = trace;
  const story = found.story;
  const index = indexOf(page);
  const ranked = [...headlineScores(page, story, index)].sort(
    (a, b) => b.score - a.score || a.first - b.first,
  );
  const key = (h: Headline) => `${h.first}:${h.last}`;
  const rank = new Map<string, number>();
  ranked.forEach((h) => {
    if (!rank.has(key(h))) rank.set(key(h), rank.size + 1);
  });
  const proposers = new Map<string, number[]>();
  let was = weighed.headline;
  revisions.forEach((r, i) => {
    const h = r.found.headline;
    if (h && (!was || key(was) !== key(h))) {
      proposers.set(key(h), [...(proposers.get(key(h)) ?? []), i + 1]);
    }
    was = h;
  });
  // The scorer's best lines for the other stories the rules weighed too (a revision may move it).
  const stories = new Set([weighed.story, ...revisions.map((r) => r.found.story)]);
  stories.delete(story);
  const others = [...stories].flatMap((s) =>
    [...headlineScores(page, s, index)].sort((a, b) => b.score - a.score).slice(0, OTHER_N),
  );
  const pool = new Map<string, Headline>();
  for (const h of [
    ...ranked.slice(0, TOP_N),
    ...others,
    weighed.headline,
    ...revisions.map((r) => r.found.headline),
    found.headline,
  ]) {
    if (h && !pool.has(key(h))) pool.set(key(h), h);
  }
  const keys = page.map((l) => printKey(l.text).trim());
  return [...pool.values()].map((h) => {
    const by = proposers.get(key(h)) ?? [];
    const r = rank.get(key(h));
    const context = { story, index, keys, weighed: weighed.headline, found: found.headline };
    return {
      headline: h,
      chosen: found.headline !== null && key(found.headline) === key(h),
      x: vector(page, h, r, by, context),
    };
  });
}

interface Context {
  story: number;
  index: ReturnType<typeof indexOf>;
  keys: string[];
  weighed: Headline | null;
  found: Headline | null;
}

/** FEATURES' values for one candidate. */
function vector(
  page: Line[],
  h: Headline,
  rank: number | undefined,
  by: number[],
  c: Context,
): number[] {
  const text = stripHeadingMarks(h.text).trim();
  const raw = (page[h.first] as Line).text.trim();
  const level = headingLevel(raw);
  const same = (o: Headline | null) => o !== null && o.first === h.first && o.last === h.last;
  const toStory = c.story - h.last;
  const letters = text.replace(/[^\p{L}]/gu, '');
  const own = c.keys[h.first] ?? '';
  return [
    1,
    Math.max(-2, Math.min(3, h.score / 10)),
    rank === undefined ? 0 : 1 / rank,
    rank === 1 ? 1 : 0,
    same(c.weighed) ? 1 : 0,
    same(c.found) ? 1 : 0,
    Math.log1p(by.length),
    (by.at(-1) ?? 0) / 20,
    Math.sign(toStory) * Math.log1p(Math.abs(toStory)),
    h.first / Math.max(1, page.length),
    Math.log(Math.max(1, text.length)),
    Math.log1p(wordCount(text)),
    level === 1 ? 1 : 0,
    level >= 2 ? 1 : 0,
    letters.length >= 4 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
      ? 1
      : 0,
    SITE_SEP.test(text) ? 1 : 0,
    /[.!:]$/.test(text) ? 1 : 0,
    /\?$/.test(text) ? 1 : 0,
    own !== '' && c.keys.some((k, i) => k === own && (i < h.first || i > h.last)) ? 1 : 0,
    nearest(page, h, 4, (t) => isDateline(t)),
    nearestUnder(page, h, 3, (t) => isDateline(t)) ? 1 : 0,
    nearest(page, h, 3, (t) => BYLINE.test(t)) > 0 ? 1 : 0,
    h.last > h.first ? 1 : 0,
    tellsOf(page, Math.max(c.story, h.last + 1), h.text, c.index) ? 1 : 0,
    titleShaped(text) ? 1 : 0,
    twoLongWords(text) ? 1 : 0,
    isSiteChrome(text) ? 1 : 0,
    isListItem(raw) ? 1 : 0,
  ];
}

/** 1/(1+d) for the nearest line within `span` over or under the candidate that passes `test`. */
function nearest(page: Line[], h: Headline, span: number, test: (t: string) => boolean): number {
  for (let d = 1; d <= span; d++) {
    for (const k of [h.first - d, h.last + d]) {
      const line = page[k];
      if (line && test(line.text.trim())) return 1 / (1 + d);
    }
  }
  return 0;
}

function nearestUnder(page: Line[], h: Headline, span: number, test: (t: string) => boolean) {
  return page.slice(h.last + 1, h.last + 1 + span).some((l) => test(l.text.trim()));
}
