// The blocks' kinds for the body finder (src/normalize/body-finder.ts): jusText's
// classification by length and stop-word share (thresholds fitted on the development pages),
// then the marks that revise it (teasers printed twice, reworded captions, menus, dated feeds).

import { type BodyBlock, type Kind, NOTE_NUMBER, isTeaserEnd } from './blocks.ts';
import { findDateSpan } from '../dates.ts';

/**
 * Block lengths in characters: below LENGTH_LOW a block is short (its neighbours decide), from
 * LENGTH_HIGH it can be good. jusText's are 70 and 200 for HTML paragraphs; dumps' paragraphs are
 * shorter (CNN's run 100-190 characters). Fitted on the 130 Readability pages, three tools, with
 * the trafilatura pages' snippets as a check (mean body F1 of the three tools: 200 gave 0.824,
 * 120 0.823, 100 0.827; LENGTH_LOW 50 instead of 70: 0.827, no gain).
 */
export const LENGTH_LOW = 70;
export const LENGTH_HIGH = 100;
/**
 * Stop-word shares for near-good and good (stopwords-iso lists, larger than jusText's, so higher
 * than its 0.30 / 0.32). On the Readability blocks of 100-150 characters, 82% of the article's
 * blocks and 72% of the others have a share of 0.3 or more; 68% and 58% have 0.4 or more: length
 * does most of the work. Same fit as above: 0.30 / 0.34 gave 0.825, 0.30 / 0.40 0.827.
 */
const STOP_LOW = 0.3;
const STOP_HIGH = 0.4;

export function classify(block: BodyBlock, stopLow: number, stopHigh: number): Kind {
  // Neutral rather than bad (as dump markers were before): mean F1 0.840/0.818/0.879 ->
  // 0.843/0.819/0.879 (w3m/lynx/html2text; medium-1, wapo-2, wikia, pixnet keep text after a
  // picture, liberation-1 loses).
  if (block.image) return 'neutral';
  // The tail only: the pattern tried at every position of a long paragraph was the finder's
  // largest cost.
  if (block.marker || isTeaserEnd(block.text)) return 'bad';
  // Listings neutral: 0.839/0.810/0.861 -> 0.841/0.810/0.865 (001, toc-missing keep their text
  // after a listing), no page worse.
  if (block.code) return 'neutral';
  if (block.stopShare < 0) {
    // No stop-word list (Chinese, Japanese, Thai, unknown): length and sentence ends decide.
    if (block.chars < 25) return block.terminal ? 'short' : 'bad';
    if (block.chars >= 80) return block.terminal ? 'good' : 'near-good';
    return block.terminal ? 'near-good' : 'short';
  }
  if (block.chars < LENGTH_LOW) {
    // A short list item or menu entry without a stop word is a menu, not a sentence.
    if (block.stopShare === 0 && block.words > 0 && !block.terminal) return 'bad';
    // Other short list items are left to their neighbours: calling every list item without a
    // sentence end bad took share bars out (snippet mean +0.003) but also the article's own lists
    // (BBC's "Obama also said:" points, a changelog on tumblr), at an unchanged mean F1 (0.830).
    return 'short';
  }
  if (block.stopShare >= stopHigh) return block.chars >= LENGTH_HIGH ? 'good' : 'near-good';
  if (block.stopShare >= stopLow) return 'near-good';
  return 'bad';
}

/**
 * The stop-word lists cover their languages unevenly (stopwords-iso's English list has 1,298
 * words, its Czech one 423): the page's own sentences set the scale. The median share of its
 * long sentence-like blocks stands for running text; the thresholds are fractions of it, capped
 * at STOP_LOW and STOP_HIGH (English running text is at 0.5-0.6, so English pages keep them).
 *
 * Fractions of the page's median share, and the blocks that set it (sentence-like, 150 characters
 * or more). Fitted as above, with the trafilatura pages' snippets (first 100 of each tool) as the
 * second measure: 0.6 / 0.8 and 0.7 / 0.9 both raised the mean F1 from 0.829 to 0.830 and the
 * snippet mean by 0.02 (Czech and German pages kept their article), 0.5 / 0.7 lowered both.
 */
const STOP_SCALE_LOW = 0.7;
const STOP_SCALE_HIGH = 0.9;
const STOP_SCALE_BLOCK = 150;

export function stopThresholds(blocks: BodyBlock[]): [number, number] {
  const shares = blocks
    .filter((b) => !b.marker && b.chars >= STOP_SCALE_BLOCK && b.terminal && b.stopShare >= 0)
    .map((b) => b.stopShare)
    .sort((a, b) => a - b);
  const median = shares[Math.floor(shares.length / 2)];
  if (median === undefined || shares.length < 3) return [STOP_LOW, STOP_HIGH];
  return [
    Math.min(STOP_LOW, median * STOP_SCALE_LOW),
    Math.min(STOP_HIGH, median * STOP_SCALE_HIGH),
  ];
}

/** How far back a repeated block is looked for, in blocks. */
const REPEAT_REACH = 2;
/** Characters from which a repeat counts: below, "Share" or "Photo" recur by chance. */
const REPEAT_CHARS = 30;

/**
 * A teaser card prints its headline twice, as the picture's link and as the title (the
 * "Recommended for You" cards of yahoo-3, salon-1's and webmd-2's lists): a block that starts
 * with the text of one of the blocks just above it is another story's teaser, and so is that
 * block. An article does not repeat its sentences back to back. Readability pages, body F1
 * w3m/lynx/html2text 0.876/0.859/0.895 -> 0.879/0.859/0.897; list marks left out of the
 * comparison, lynx 0.862 (yahoo-3).
 */
/** BULLET's mark alone. */
const LIST_MARK = /^(?:[•*□■▪◦●○·‣►▸»+o–-]|\d{1,3}[.)])\s+/u;
const CREDIT_AFTER = /^\s*\([^()]*\)/;

/**
 * A block holding a nearby block's whole text with at most REPEAT_EXTRA characters more is the
 * same teaser printed twice in another form: wikia's cards print "[picture] Author • date
 * 'Title' Section" over "‘Title’" (quotes and dashes folded). Two blocks sharing an ending of
 * REPEAT_CHARS or more that is at least REPEAT_ENDING of the longer one are too: webmd-2's video
 * list, "click to expand section Dirty Truth About Hand Washing" over "Click here to watch video:
 * Dirty Truth About Hand Washing". Readability pages, body F1 w3m/lynx/html2text 0.8875/0.8808/
 * 0.9067 -> 0.8894/0.8837/0.9072: wikia (lynx 0.69 -> 0.92), webmd-2 (w3m and lynx 0.69 -> 0.95),
 * youth, lynx's buzzfeed-1; w3m's buzzfeed-1 lost a little (0.73 -> 0.72). trafilatura snippets,
 * without-absent +0.004 (w3m, lynx), with-found w3m +0.001, lynx -0.001, html2text -0.001. Any
 * shared ending of 30 (the share left out) cut Wikipedia's references (wikipedia-2 0.85 -> 0.65);
 * 25 and 0.4 lost it in html2text.
 */
const REPEAT_EXTRA = 80;
const REPEAT_ENDING = 0.5;

/** A character foldQuotes replaces: most blocks have none, and one test is cheaper than three replaces. */
const FOLDED = /[‘’`“”–—]/;

function foldQuotes(text: string): string {
  if (!FOLDED.test(text)) return text.toLowerCase();
  return text.replace(/[‘’`]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').toLowerCase();
}

function commonEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** One folded text holds the other with little more, or the two share most of an ending. */
function sameTeaser(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length <= short.length + REPEAT_EXTRA && long.includes(short)) return true;
  const ending = commonEnding(a, b);
  return ending >= REPEAT_CHARS && ending >= REPEAT_ENDING * long.length;
}

/**
 * A block that is one text printed twice over, "Citi mortgage units fined $28.8 million Citi
 * mortgage units fined $28.8 million": lynx prints a teaser's picture by its alt text, the
 * headline, before the headline's link (cnn's "What's Trending" box, lynx body F1 0.79 -> 0.86;
 * trafilatura without-absent lynx 0.761 -> 0.764, with-found unchanged).
 */
function printedTwice(text: string): boolean {
  if (text.length % 2 === 0) return false;
  const half = (text.length - 1) / 2;
  return text[half] === ' ' && text.slice(0, half) === text.slice(half + 1);
}

export function markRepeatedTeasers(blocks: BodyBlock[]): void {
  // The list mark goes: yahoo-3's lynx dump prints the title as a list item, then as a line.
  // Only blocks of REPEAT_CHARS or more are compared: the texts of the others are never read.
  const texts = blocks.map((b) => (b.chars < REPEAT_CHARS ? '' : b.text.replace(LIST_MARK, '')));
  const folded = texts.map(foldQuotes);
  blocks.forEach((block, i) => {
    if (block.chars < REPEAT_CHARS || block.code) return;
    const text = texts[i] as string;
    if (!block.image && printedTwice(folded[i] as string)) block.kind = 'bad';
    for (let j = Math.max(0, i - REPEAT_REACH); j < i; j++) {
      const earlier = blocks[j] as BodyBlock;
      const earlierText = texts[j] as string;
      if (earlier.chars < REPEAT_CHARS) continue;
      if (!text.startsWith(earlierText)) {
        // A picture's caption printed twice ("Main image: ..." under the story: guardian-1) is
        // the article's picture, which the picture rule takes care of.
        if (block.image || earlier.image) continue;
        if (!sameTeaser(folded[i] as string, folded[j] as string)) continue;
        earlier.kind = 'bad';
        block.kind = 'bad';
        continue;
      }
      // A picture's caption printed again with its credit, "Orchid in foam oasis (Lucy Akins)"
      // (ehow-1's steps), is the article's.
      if (CREDIT_AFTER.test(text.slice(earlierText.length))) continue;
      earlier.kind = 'bad';
      block.kind = 'bad';
    }
  });
}

/** Words from which a block can be a picture's text printed again in other words. */
const REWORDED_WORDS = 12;
/** Share of the longer block's distinct words the shorter one holds (see markRewordedCaptions). */
const REWORDED_SHARE = 0.7;

/**
 * A picture's alt text over its caption: w3m and lynx print an image's alt text as a paragraph,
 * then its caption, the same words told again ("... in his back yard where he is storing a pair
 * of massive Sperm Whale jawbones." over "• ... in his backyard, where he is storing a pair of
 * massive sperm whale jawbones.", guardian-1); html2text prints the picture as a link. A block
 * most of whose distinct words (REWORDED_SHARE of the longer block's) recur in one of the next
 * REPEAT_REACH blocks is the picture's alt text: a picture, which the caption stands for. An
 * article does not tell one sentence twice in a row; a teaser's title printed twice is the same
 * text, which markRepeatedTeasers takes first.
 */
export function markRewordedCaptions(blocks: BodyBlock[], words: string[][]): void {
  // Sets are made only for the blocks compared: most blocks are too short, bad, or of another
  // length than their neighbours.
  const sets = new Map<number, Set<string>>();
  blocks.forEach((block, i) => {
    // A list's items are told alike ("“request”: guard for a Headers object obtained from a
    // Request" over the same for "response", 002): an alt text is no list item.
    if (block.bullet || block.kind === 'bad' || block.code || block.image) return;
    if (!comparable(block, words[i] as string[])) return;
    const length = (words[i] as string[]).length;
    for (let j = i + 1; j <= Math.min(blocks.length - 1, i + REPEAT_REACH); j++) {
      const next = blocks[j] as BodyBlock;
      if (next.kind === 'bad' || next.code || !comparable(next, words[j] as string[])) continue;
      // Texts of which one has under half the other's words cannot share REWORDED_SHARE of the
      // longer one's distinct words (a quick test before the sets are made).
      const other = (words[j] as string[]).length;
      if (2 * Math.min(length, other) < Math.max(length, other)) continue;
      const [a, b] = [wordSetOf(sets, words, i), wordSetOf(sets, words, j)];
      const need = REWORDED_SHARE * Math.max(a.size, b.size);
      if (Math.min(a.size, b.size) < need) continue;
      let shared = 0;
      for (const w of a) if (b.has(w)) shared++;
      if (shared < need) continue;
      block.image = true;
      block.kind = 'neutral';
      return;
    }
  });
}

/**
 * A block markRewordedCaptions compares: REWORDED_WORDS words or more, and no numbered note (a
 * reference list cites one source after another alike). Its helpers are module functions, not
 * closures: the build's transform names every closure bound to a name with a call as it is made
 * (stop 53).
 */
function comparable(block: BodyBlock, words: string[]): boolean {
  return words.length >= REWORDED_WORDS && !NOTE_NUMBER.test(block.text);
}

/** Block k's distinct words, made at the first ask and kept in `sets`. */
function wordSetOf(sets: Map<number, Set<string>>, words: string[][], k: number): Set<string> {
  let set = sets.get(k);
  if (!set) sets.set(k, (set = new Set(words[k])));
  return set;
}

/**
 * Consecutive short list items (under LENGTH_LOW characters, no sentence end) from which the list
 * is a menu: bad, not left to its neighbours. jusText's revision makes a short block between good
 * ones good, and a site menu of topics with stop words in their names ("o Blood / Hematology",
 * "o Men's Health") under a cookie notice then joined the notice to the story (medicalnewstoday,
 * lynx F1 0.77 -> 0.83). Runs of 6, 8, 12 or 16 items gave the same figures on the Readability
 * pages; an article's own short lists (dropbox-blog's seven components) stay under 8.
 */
const MENU_ITEMS = 8;

function isShortItem(block: BodyBlock): boolean {
  return block.bullet && block.chars < LENGTH_LOW && !block.terminal;
}

/** Marks every run of MENU_ITEMS or more short list items bad. */
export function markMenuLists(blocks: BodyBlock[]): void {
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    const block = blocks[i];
    if (block && isShortItem(block)) continue;
    if (i - start >= MENU_ITEMS) {
      for (let k = start; k < i; k++) (blocks[k] as BodyBlock).kind = 'bad';
    }
    start = i + 1;
  }
}

/**
 * A list the text introduces ("The overall rankings of the countries were as follows:" over "1.
 * Finland" ... "10. United States", cnn) is the article's, however short its items and however
 * many: the line ending in a colon and at least INTRODUCED_ITEMS list items under it are left to
 * their neighbours (short) instead of being bad as menus. Readability pages, body F1 w3m/lynx/
 * html2text 0.8894/0.8842/0.9072 -> 0.8898/0.8846/0.9073 (cnn 0.86 -> 0.90 in w3m and lynx,
 * dropbox-blog, ietf-1); trafilatura with-found +0.003 (w3m, lynx), +0.0015 (html2text),
 * without-absent -0.0015, -0.0023, -0.0012 ("Tags:" and "Share:" lists kept in a few stories).
 */
const INTRODUCED_ITEMS = 2;

export function leaveIntroducedLists(blocks: BodyBlock[]): void {
  blocks.forEach((block, i) => {
    if (block.marker || block.bullet || !block.text.endsWith(':')) return;
    let k = i + 1;
    while (
      k < blocks.length &&
      (blocks[k] as BodyBlock).bullet &&
      !(blocks[k] as BodyBlock).marker
    ) {
      k++;
    }
    if (k - i - 1 < INTRODUCED_ITEMS) return;
    for (let j = i; j < k; j++) {
      const b = blocks[j] as BodyBlock;
      if (b.kind === 'bad') b.kind = 'short';
    }
  });
}

/**
 * A news feed: headlines each over or ending in its date and time ("Air France-KLM : Paris et La
 * Haye calment le jeu" over "1 mars 2019 à 13:16", videos-2's "latest news" column). At least
 * FEED_ITEMS blocks in a row that end in a date (at most FEED_TIME characters of time after it,
 * no sentence end), with the headlines standing over a date of their own, are bad: their titles
 * hold stop words enough to read as a story. Readability pages, body F1: lynx videos-2 0.88 ->
 * 0.99, nytimes-2 in lynx and html2text 0.97 -> 0.98, no page lost (w3m unchanged); trafilatura
 * snippets one must-not more absent (lynx). A reference list's "Retrieved 6 March 2017." ends a
 * sentence and is no feed (wikipedia-2 lost half its text before the sentence-end test).
 */
const FEED_ITEMS = 4;
const FEED_TIME = 16;
/** Characters at a block's end where its date is looked for. */
const FEED_TAIL = 40;

function endsDated(block: BodyBlock): boolean {
  if (block.marker || block.terminal || block.chars > 200) return false;
  const tail = block.text.slice(-FEED_TAIL);
  const found = findDateSpan(tail);
  if (!found) return false;
  return tail.length - (tail.lastIndexOf(found.span) + found.span.length) <= FEED_TIME;
}

/** Marks every run of FEED_ITEMS or more dated headlines bad (see FEED_ITEMS). */
export function markDatedFeeds(blocks: BodyBlock[]): void {
  const dated = blocks.map(endsDated);
  const dateOnly = blocks.map((b, i) => dated[i] === true && b.chars < FEED_TAIL);
  const inFeed = blocks.map(
    (b, i) => dated[i] === true || (!b.terminal && b.chars < 150 && dateOnly[i + 1] === true),
  );
  let start = 0;
  for (let i = 0; i <= blocks.length; i++) {
    if (i < blocks.length && inFeed[i]) continue;
    let items = 0;
    for (let k = start; k < i; k++) if (dated[k]) items++;
    if (items >= FEED_ITEMS) for (let k = start; k < i; k++) (blocks[k] as BodyBlock).kind = 'bad';
    start = i + 1;
  }
}
