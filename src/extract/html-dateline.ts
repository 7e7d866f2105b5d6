// Metadata reader for a saved page that declares no date and whose header lines gave none: the
// date the page prints beside its headline, in the elements a theme puts there (a meta row, a
// category line, a press release's place and day) or at the start of the story's first
// paragraph ("Pressemitteilung vom 25. Januar 2022 | Berlin – ...", "29.11.2022 – Mehrfach ...").
// The classifier often files a meta row as furniture or as outside the article (a row of links,
// alpin.de's <aside class="meta"> under the headline), and the header readers skip those blocks;
// here they are read by where they stand.

import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import {
  DATELINE_WORDS,
  datelineDay,
  findDateSpan,
  findFiguresDateSpan,
  isForeignDateLine,
  openingDaySpan,
  wordsBesideDate,
} from '../normalize/dates.ts';
import { detectLanguage } from '../normalize/language.ts';
import { wordCount } from '../text.ts';
import type { TextLine } from './front-end.ts';
import { tokensOf } from './html-classify.ts';
import type { HtmlBlock } from './html-front-end.ts';
import { isBodyLike } from './shape.ts';
import { publishedLabel } from './dateline.ts';
import { EDITED_TIME } from '../html/metadata.ts';
import { remove, type ExtractState } from './state.ts';

/**
 * Blocks read under the headline and above it, nearest first: a meta row stands right under the
 * headline or a line or two down, past a kicker or a standfirst (alpin.de's "21.01.2022 - 13:30"
 * two blocks down, boxen.de's three), or right above it (bdzv.de's "24. April 2020 |
 * Pressemitteilungen", cducsu.de's "Thema des Tages // 02.11.2021").
 */
const BELOW = 3;
const ABOVE = 2;
/**
 * The story's first two paragraphs (a lead, then the text: energiezukunft.eu's "29.11.2022 –
 * Mehrfach ..." under its "Einleitung") are looked for this many blocks under the headline.
 */
const FIRST_PARAGRAPH_WITHIN = 6;
const FIRST_PARAGRAPHS = 2;

/**
 * Class and id tokens of comments and of lists of other stories: their dates are their own. Not
 * html.ts's "teaser": beside the headline a "teaser-text" is the story's lead (bmz.de).
 */
const OTHER_VOICES = new Set(
  'comment comments respond reply replies related recommended'.split(' '),
);
/** What each of readDateNearHeadline's places is read with. */
interface NearHeadline {
  state: ExtractState;
  blocks: HtmlBlock[];
  headline: number;
  /** Figures read day first ("4.2.2022", "04/02/2022") unless the page is in English. */
  dayFirst: boolean;
  /** Whether block `i` is free to be read: not a heading, not taken, not in another's header. */
  open: (i: number) => boolean;
}

/**
 * The day printed beside the headline (block `headline`), taken as the page's plain date and
 * its block taken out as a dateline. The places are read in this order, the first day found
 * wins: a block near the headline that is a date and a few words, the headline's own day, the
 * story's first paragraph opening with its day, a date-marked block under the headline, a
 * publication label over it, and last a block anywhere that names the story and then its day.
 */
export function readDateNearHeadline(
  state: ExtractState,
  blocks: HtmlBlock[],
  headline: number,
  language: string | null,
): void {
  if (state.meta.dates.length > 0) return;
  const heading = blocks[headline]?.element;
  if (!heading) return;
  const open = (i: number) => {
    const block = blocks[i];
    return (
      block !== undefined &&
      block.kind !== 'heading' &&
      !takenAsOther(state, i + 1) &&
      !elsewhere(block, heading)
    );
  };
  const near: NearHeadline = {
    state,
    blocks,
    headline,
    dayFirst: !inEnglish(language, blocks, headline),
    open,
  };
  const places = [
    datelineNear,
    dayInHeadline,
    dayOpeningStory,
    markedBelow,
    labelledAbove,
    dayAfterStoryName,
  ];
  places.some((read) => read(near, heading));
}

/**
 * A dateline: a block right under the headline or above it (BELOW, ABOVE), nearest first, that
 * is a date and a few words (DATELINE_WORDS).
 */
function datelineNear({ state, blocks, headline, dayFirst, open }: NearHeadline): boolean {
  const near: number[] = [];
  for (let d = 1; d <= Math.max(BELOW, ABOVE); d++) {
    if (d <= BELOW) near.push(headline + d);
    if (d <= ABOVE) near.push(headline - d);
  }
  return near.some((i) => open(i) && take(state, i, datelineSpan(blocks[i]?.text ?? '', dayFirst)));
}

/**
 * The headline element's own day: opening it (biathlon-antholz.it's "23.01.2022 - Dorothea
 * Wierer darf ..."), or under the headline's words in a child of its own (hvw-online.org's <h1>
 * Zuschauerrückkehr ...<br><small>02.02.2022 • Aktuell</small></h1>). The day is read, the
 * headline kept.
 */
function dayInHeadline({ state, blocks, headline, dayFirst }: NearHeadline): boolean {
  const text = blocks[headline]?.text ?? '';
  const rest = afterTitle(text, state.meta.title);
  const inHeadline = openingDaySpan(text) ?? (rest ? datelineSpan(rest, dayFirst) : null);
  return take(state, headline, inHeadline, false);
}

/** The story's first paragraphs (FIRST_PARAGRAPHS) when one opens with its day; it stays. */
function dayOpeningStory({ state, blocks, headline, open }: NearHeadline): boolean {
  const paragraphs = blocks
    .map((b, i) => ({ b, i }))
    .filter(
      ({ b, i }) =>
        i > headline &&
        i <= headline + FIRST_PARAGRAPH_WITHIN &&
        b.kind === 'paragraph' &&
        isBodyLike(b.text),
    )
    .slice(0, FIRST_PARAGRAPHS);
  return paragraphs.some(({ b, i }) => open(i) && take(state, i, openingDaySpan(b.text), false));
}

/**
 * A block under the headline that the page's markup names a date or the post's meta row (a
 * class or id token, DATE_TOKEN), short as a dateline: a WordPress theme's <p
 * class="postmetadata">"Von R. R. am 07.08.2013 um 09:07 Uhr gespeichert unter ..." under the
 * post's text (archive.org's time4talks.com, 58 blocks down). Not in a teaser or a list.
 */
function markedBelow(near: NearHeadline, heading: Element): boolean {
  const { state, blocks, headline, dayFirst, open } = near;
  for (let i = headline + 1; i < blocks.length && i <= headline + MARKED_BELOW; i++) {
    const b = blocks[i] as HtmlBlock;
    // A byline taken from the row keeps its day ("Von Deutscher Tennis Bund 4. 2. 2022.").
    const free = open(i) || (takenAs(state, i + 1, 'byline') && !elsewhere(b, heading));
    if (b.kind === 'heading' || !markedAsDate(b) || !free) continue;
    const span = labelledSpan(b.text, LABELLED_WORDS, dayFirst);
    if (!span || edited(b.text, span.span) || printedAsEdit(blocks, i, span.span)) continue;
    if (take(state, i, span)) return true;
  }
  return false;
}

/**
 * A publication label over the headline, further up than a dateline stands: a record's sheet
 * under the page's <h1>, the story's <h2> below a rating box (mix1.de's "Veröffentlichung:
 * 04.02.2022", 11 blocks up), as a dump's labelled line above (dateline.ts readDateAbove).
 */
function labelledAbove({ state, blocks, headline, open }: NearHeadline): boolean {
  for (let i = headline - 1; i >= 0 && i >= headline - LABELLED_ABOVE; i--) {
    const b = blocks[i] as HtmlBlock;
    if (b.kind === 'heading' || !publishedLabel(b.text) || !open(i) || listed(b)) continue;
    if (take(state, i, labelledSpan(b.text, LABEL_WORDS))) return true;
  }
  return false;
}

/**
 * A block anywhere that names the story by its headline and then its day: a blog theme's "about
 * this post" box, "Literatur und Animated Typography wurde am 19. Mai 2010 um 23:03 Uhr gepostet"
 * (archive.org's bewegliche-lettern.de, in the sidebar above the post). The day after the page's
 * own headline is the page's, wherever the box stands.
 */
function dayAfterStoryName({ state, blocks, headline }: NearHeadline, heading: Element): boolean {
  const title = state.meta.title;
  if (title === null) return false;
  for (const [i, b] of blocks.entries()) {
    if (i === headline || b.kind === 'heading' || elsewhere(b, heading)) continue;
    const rest = afterTitle(b.text, title);
    if (rest !== null && take(state, i, namedDaySpan(rest), false)) return true;
  }
  return false;
}

/**
 * Blocks under the headline searched for a block marked as a date (DATE_TOKEN): as far as a
 * dump's labelled publication line (dateline.ts LABELLED_BELOW_LINES), past a long story.
 */
const MARKED_BELOW = 150;
/**
 * A class or id token that names a date, a time or a post's meta row ("post-date",
 * "entry-meta", "postmetadata", "published", "authored"), not an update's ("updated").
 */
const DATE_TOKEN =
  /^(?:date|datum|time|timestamp|published|publish|pubdate|posted|created|authored|meta|metadata|postmetadata|postmeta|dateline)$|(?<!up)date$/;
/** Tokens of a list of other stories, whose dates are theirs (html.ts's teaser among them). */
const LISTED = new Set('teaser teasers list views related recommended'.split(' '));
/** Ancestors read for a date token: the block's element, its parent and grandparent. */
const MARK_DEPTH = 3;

/** Whether the block stands in an element a date token names, and in no list of stories. */
function markedAsDate(b: HtmlBlock): boolean {
  const near = b.ancestors.slice(-MARK_DEPTH);
  return (
    near.some((a) => tokensOf(a).some((t) => DATE_TOKEN.test(t))) &&
    !near.some((a) => tokensOf(a).some((t) => NOW.has(t))) &&
    !listed(b)
  );
}

/**
 * Tokens of the time a page was saved or served, not the story's: a forum's "current-time"
 * ("Aktuelles Datum und Uhrzeit: 11/02/20", wolfsrebellen's footer), a masthead's "today".
 */
const NOW = new Set('current today now clock'.split(' '));

/**
 * Whether a block beside block `i` in its row (the same parent element) prints the day `span`
 * under an edit's label: zeit.de's meta row prints "19. Oktober 2019, 19:08 Uhr" and then
 * "Editiert am 19. Oktober 2019, 19:08 Uhr" (its story's day, the 16th, printed by script):
 * the instant is the edit's, and the page stays undated (metadata.ts editedInstants).
 */
function printedAsEdit(blocks: HtmlBlock[], i: number, span: string): boolean {
  const parent = blocks[i]?.ancestors.at(-2);
  return [i - 1, i + 1].some((j) => {
    const b = blocks[j];
    return b !== undefined && b.ancestors.at(-2) === parent && edited(b.text, span);
  });
}

/** Whether `text` prints `span` under an edit's label, as metadata.ts reads a <time>'s. */
function edited(text: string, span: string): boolean {
  return EDITED_TIME.test(text) && text.includes(span);
}

/** Whether the block stands in a list of other stories (LISTED). */
function listed(b: HtmlBlock): boolean {
  return b.ancestors.some((a) => tokensOf(a).some((t) => LISTED.has(t)));
}

/**
 * The day a date-marked block prints, with at most LABELLED_WORDS words beside it (a byline, a
 * label, a category): "Von R. R. am 07.08.2013 um 09:07 Uhr gespeichert unter Kommunizieren".
 */
function labelledSpan(text: string, words: number, dayFirst = false): Span | null {
  const plain = unglued(text).replace(SPACED_FIGURES, '$1.$2.$3');
  let span = findDateSpan(plain);
  if (!span && dayFirst && /\d[./]\d/.test(plain)) span = findFiguresDateSpan(plain);
  if (!span || span.precision !== 'day') return null;
  if (wordsBesideDate(plain, span.span) > words) return null;
  return isForeignDateLine(plain, true, span.span) ? null : span;
}
/**
 * A day in figures with a space after each point, as a typesetter spaces it ("4. 2. 2022",
 * dtb-tennis.de's <div class="att-publish-date">, thin spaces): read only in a date-marked
 * block, where figures so spaced are not a list's numbers.
 */
const SPACED_FIGURES = /(?<!\d)(\d{1,2})\.\s(\d{1,2})\.\s((?:19|20)\d{2})(?!\d)/u;

/**
 * Its words besides the day at most: the markup names the row, so the count only keeps out a
 * paragraph; a post's meta row prints its author, the time and its categories (time4talks.com's
 * 9 words), as a forum's dated row (date-list.ts ROW_WORDS).
 */
const LABELLED_WORDS = 12;

/**
 * Blocks over the headline searched for a publication label: an <h1> and a record's sheet or a
 * rating box between it and the story's heading (mix1.de: 11), with a margin.
 */
const LABELLED_ABOVE = 15;
/** A labelled line's words besides its day, as dateline.ts LABELLED_BELOW_WORDS. */
const LABEL_WORDS = 8;

/**
 * Words at most between a headline and the day a sentence gives it: "wurde am", "was posted
 * on", "— veröffentlicht am". More is a sentence about something else.
 */
const NAMED_DAY_LEAD_WORDS = 4;

/** The day that follows a story's name in `rest` (what a block prints after the headline). */
function namedDaySpan(rest: string): Span | null {
  const span = findDateSpan(rest);
  if (!span || span.precision !== 'day') return null;
  const before = rest.slice(0, rest.indexOf(span.span));
  if (wordCount(before) > NAMED_DAY_LEAD_WORDS || /\d/.test(before)) return null;
  const opening = rest.slice(0, rest.indexOf(span.span) + span.span.length + 3);
  return isForeignDateLine(opening, true, span.span) ? null : span;
}

type Span = NonNullable<ReturnType<typeof findDateSpan>>;

/** What a headline block prints after the declared `title`, or null where it does not open so. */
function afterTitle(text: string, title: string | null): string | null {
  const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const [folded, wanted] = [fold(text), fold(title ?? '')];
  if (!wanted || folded.length <= wanted.length || !folded.startsWith(wanted)) return null;
  return folded.slice(wanted.length);
}

/**
 * Takes `span` as the page's date; a dateline's block is taken out of the text (`dateline`), a
 * paragraph that opens with its day stays the story's.
 */
function take(state: ExtractState, i: number, span: Span | null, dateline = true): boolean {
  const line = state.lines[i] as TextLine;
  if (!span) return false;
  state.meta.dates.push({
    date: { value: span.value, precision: span.precision, from: line.text.trim() },
    kind: 'plain',
  });
  if (dateline && !state.used.has(line.n)) remove(state, line, 'dateline');
  return true;
}

/**
 * A dateline: a day, a clock time and a few words ("5. November 2021 admin News 0"). On a page
 * not in English (`dayFirst`) a day in figures with a two-figure year too (couchstyle.de's
 * "23.09.22", der-farang.com's "Von: Björn Jahner | 31.10.23"), as header-lines.ts reads a dump's.
 */
function datelineSpan(block: string, dayFirst: boolean): Span | null {
  const whole = daySpan(unglued(block), dayFirst);
  if (whole) return whole;
  // A meta row's items, each its own (einfachspanien.de's "⋅ November 22, 2011 ⋅ Email this post
  // ⋅ Diese Seite ausdrucken ⋅ Kommentieren"): an item that is a day and at most a word or two.
  for (const item of unglued(block).split(ROW_SEPARATOR)) {
    const span = daySpan(item, dayFirst);
    if (span && wordsBesideDate(item, span.span) <= ITEM_WORDS) return span;
  }
  return null;
}

/** What parts a meta row's items: a dot, bullet or bar between spaces. */
const ROW_SEPARATOR = /\s[⋅•·|]\s/;
/** An item's words besides its day: a label ("Datum", "Erstellt am"). */
const ITEM_WORDS = 2;

function daySpan(text: string, dayFirst: boolean): Span | null {
  let span = datelineDay(text);
  if (!span && dayFirst && /\d[./]\d/.test(text)) {
    const figures = findFiguresDateSpan(text);
    if (figures && wordsBesideDate(text, figures.span) <= DATELINE_WORDS) span = figures;
  }
  if (!span) return null;
  return isForeignDateLine(text, true, span.span) ? null : span;
}

/**
 * A block's text with a space between a word and the figures right after it: a label or a name
 * and the day stand in elements of their own, printed apart, that the block's text joins
 * (kulturkaufhaus.de's <span>Erstellt am</span><span>09.02.2022</span> as "Erstellt
 * am09.02.2022", omr.com's "Tanja Karrasch3.11.2023"), and no date is read from a word's end.
 */
function unglued(text: string): string {
  return text.replace(/(\p{L})(?=\d)/gu, '$1 ').replace(GLUED_DAY_YEAR, '$1$2 $3');
}

/**
 * A month, its day and year in elements of their own, joined with no space between the day and
 * the year (archive.peptalks.de's <span>Apr</span> <span>04</span><span>2013</span>, "Apr
 * 042013"): the figures after a word, two for the day and four for the year.
 */
const GLUED_DAY_YEAR = /(\p{L}{3,}\.?\s)(\d{1,2})((?:19|20)\d{2})(?!\d)/gu;

/**
 * Whether the page is in English, where a day in figures may be month first (engadget's
 * "11.03.17" is November 3: findFiguresDateSpan): its declared language, else the language of
 * its headline and the blocks under it.
 */
function inEnglish(language: string | null, blocks: HtmlBlock[], headline: number): boolean {
  if (language) return /^en\b/i.test(language);
  const text = blocks.slice(headline, headline + FIRST_PARAGRAPH_WITHIN).map((b) => b.text);
  return detectLanguage(text.join(' ')) === 'en';
}

/**
 * A block taken out by a header reader as what it is (a dateline whose date is not the
 * article's, a labelled field, a byline), not by the classifier's verdict.
 */
function takenAsOther(state: ExtractState, n: number): boolean {
  return state.removed.some(
    (r) =>
      r.line === n &&
      r.label !== 'outside-article' &&
      r.label !== 'page-furniture' &&
      r.label !== 'navigation-links',
  );
}

/** A block taken out by a header reader as `label`. */
function takenAs(state: ExtractState, n: number, label: string): boolean {
  return state.removed.some((r) => r.line === n && r.label === label);
}

/**
 * A block whose date is not the story's: in navigation or a footer; in a comment or
 * another story's teaser (OTHER_VOICES); in a page header that does not hold the headline (the
 * masthead's "today", viconsortium.com's "May 11, 2022" over a story of the day before).
 */
export function elsewhere(block: HtmlBlock, heading: Element): boolean {
  return block.ancestors.some(
    (a, k) =>
      a.tagName === 'nav' ||
      (a.tagName === 'footer' && !storyFooter(block.ancestors.slice(0, k))) ||
      tokensOf(a).some((t) => OTHER_VOICES.has(t)) ||
      otherHeader(a, heading),
  );
}

/**
 * Words an <article> holds at least to be the story's and not a teaser's: a teaser prints a
 * title and a line or two (furche.at's "default-teaser" articles, under 40 words).
 */
const STORY_WORDS = 80;

/**
 * A footer of the <article> that holds the story (STORY_WORDS), not the page's: a CMS prints
 * the story's meta row there (meininger.de's <footer class="node__meta"> "28.01.22 / 0
 * Kommentare", Drupal's node template).
 */
function storyFooter(above: Element[]): boolean {
  const article = above.findLast((a) => a.tagName === 'article');
  if (article === undefined) return false;
  let words = articleWords.get(article);
  if (words === undefined) {
    words = wordCount(toText(article));
    articleWords.set(article, words);
  }
  return words >= STORY_WORDS;
}

/** The words of each <article> a footer stands in, counted once. */
const articleWords = new WeakMap<Element, number>();

/**
 * A block inside a page header that does not hold the headline: the site's masthead, which
 * prints today's day (viconsortium.com's "May 11, 2022" over a story of the day before).
 */
export function inOtherHeader(block: HtmlBlock, heading: Element): boolean {
  return block.ancestors.some((a) => otherHeader(a, heading));
}

function otherHeader(el: Element, heading: Element): boolean {
  if (el.tagName !== 'header') return false;
  let known = headerHolds.get(el);
  if (known?.heading !== heading) {
    known = { heading, holds: holds(el, heading) };
    headerHolds.set(el, known);
  }
  return !known.holds;
}

/**
 * Whether a <header> holds the headline, kept for the last headline asked: elsewhere asks it of
 * every block's header ancestors, dayAfterStoryName of every block of the page, and the walk of
 * the header's tree each time was 4% of a saved page's garbage (stop 48).
 */
const headerHolds = new WeakMap<Element, { heading: Element; holds: boolean }>();

/** Whether `el` is `target` or holds it. */
function holds(el: Element, target: Element): boolean {
  if (el === target) return true;
  for (const c of el.children) if (c.type === 'element' && holds(c, target)) return true;
  return false;
}
