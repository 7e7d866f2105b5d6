// The story's first line and the headline over it, as readPageHeader (src/extract/page-header.ts)
// weighs them before the revisions: the candidate stories' headlines scored against each other
// (higherStory), a headline over a standfirst, a gallery's title, the page's one <h1> under
// the story.

import type { Line } from '../../normalize/paragraphs.ts';
import {
  type Headline,
  pickHeadline,
  type PageIndex,
  TRAIL_SCORE,
  tellsOf,
  standfirstStarts,
  galleryTitle,
  stripHeadingMarks,
  headingLevel,
  isListItem,
} from '../../normalize/headline.ts';
import { indexOf, sameText, type Found } from '../headline-revisions/found.ts';
import { storyPastGallery } from '../gallery-run.ts';
import { FIRST_BLOCK_HEADLINE_LINES } from '../headline-revisions/headline-where-none.ts';
import { twoLongWords } from '../headline-revisions/line-marks.ts';
import { isSiteChrome } from '../../normalize/site-chrome.ts';

/**
 * The story's first line and the headline above it. Where the body finder cut the page, the
 * story is looked for on the whole page and from the first line the finder kept; the one whose
 * headline scores higher stands, a lower one only by a margin (higherStory). On Readability's
 * pages the first kept line stands at or above the headline on every page that prints one, while
 * the story found on the whole page may be a teaser or a box of the site above it (webmd's "Talk
 * to health experts ... in WebMD's Communities", tmz's list of other stories); but the finder may
 * also keep only a later part of a long page (toc-missing's tables), whose "headline" is a
 * subheading.
 */
export function storyAndHeadline(
  page: Line[],
  { counts, stories, form, first }: StoryLines,
): { story: number; headline: Headline | null } | null {
  const index = indexOf(page);
  const aboveForm = stories.filter((story) => form === null || story <= form);
  const candidates = (aboveForm.length > 0 ? aboveForm : stories).map((story) => ({
    story,
    headline: pickHeadline(page, story, index),
  }));
  const found = higherStory(page, candidates);
  if (
    !found?.headline ||
    first === null ||
    stories.includes(first) ||
    (form !== null && first > form) ||
    // A gallery's captions are no story (storyPastGallery), the first block or any other.
    storyPastGallery(page, counts, first) !== first
  )
    return standfirstHeadline(page, found, index);
  const short = higherStory(page, [
    ...candidates,
    { story: first, headline: pickHeadline(page, first, index) },
  ]);
  return short?.story === first &&
    short.headline &&
    first - short.headline.last <= FIRST_BLOCK_HEADLINE_LINES &&
    !sameText(short.headline, found.headline)
    ? short
    : standfirstHeadline(page, found, index);
}

/**
 * What storyAndHeadline reads of a page before it weighs a headline: the lines' word counts (the
 * same for every story, computed once, as are the page's blocks of text the story readers go
 * through), the lines where a story may start (candidateStories), the comment form's line and the
 * first block of a story's size.
 * Every story storyAndHeadline returns is one of `stories` or `first`.
 */
export interface StoryLines {
  counts: number[];
  stories: number[];
  /** A story found under a comment form is the comments' (storyStart), when another stands above. */
  form: number | null;
  /**
   * The first block of a story's minimum size, when it is none of those: weighed against them,
   * it is taken for the headline it brings, not for another start under the same headline (the
   * body reader's header lines would move).
   */
  first: number | null;
}

/**
 * The headline over a standfirst above the story found (standfirstStarts), where the one found
 * stands lower than that standfirst or none was: right over it (STANDFIRST_HEADLINE_LINES) and
 * sharing two long words with it, as a headline and its standfirst do. The story stays where it
 * was found. The first such standfirst from the top stands.
 */
function standfirstHeadline<T extends Found>(
  page: Line[],
  found: T | null,
  index: PageIndex,
): T | null {
  if (!found) return found;
  // A headline whose words come back in the story is the story's, wherever it stands, and so is
  // the last item of the page's breadcrumb trail (TRAIL_SCORE: zoll.de's "Verkündung des
  // Tabaksteuermodernisierungsgesetzes" over a law's text that names it only in its title). A
  // headline of fewer than two long words cannot be told by the story (chip.de's "BestCrypt"
  // in html2text, lost without this), and one that outscores the standfirst's by
  // STANDFIRST_MARGIN stands on its own cues (Readability's aclu in html2text: "Facebook Is
  // Tracking Me ..." at 12.35, over a menu's "See all Know Your Rights" at 4.45).
  const { story, headline: was } = found;
  if (
    was &&
    (was.score >= TRAIL_SCORE ||
      !twoLongWords(was.text) ||
      tellsOf(page, Math.max(story, was.last + 1), was.text, index))
  ) {
    return found;
  }
  for (const start of standfirstStarts(page, story, index)) {
    if (was && was.first <= start) return found;
    const headline = pickHeadline(page, start, index);
    if (
      headline &&
      headline.last < start &&
      start - headline.last <= STANDFIRST_HEADLINE_LINES &&
      (was === null || was.score - headline.score < STANDFIRST_MARGIN) &&
      tellsOf(page, start, headline.text, index)
    ) {
      return { ...found, headline };
    }
  }
  return found;
}

/**
 * The title a picture gallery prints in a row above the story found (galleryTitle) is the
 * headline, over the one found unless that is the breadcrumb trail's last item (TRAIL_SCORE), the
 * same text, or a line over the gallery that the story tells (tellsOf). The story stays where it
 * was found: a product's reviews, a recipe's steps. On trafilatura's pages (docs/figures.md, stop
 * 40): w3m +3 -0, lynx +2 -0, html2text +0 -0; a run of two prints in place of three (and no
 * tellsOf test) won w3m +4 -17 and lost 9 of Readability's headlines (a logo's, a menu's or a
 * teaser's line printed twice).
 */
export function galleryHeadline<T extends Found>(page: Line[], found: T | null): T | null {
  if (!found) return found;
  const { story, headline: was } = found;
  if (was && was.score >= TRAIL_SCORE) return found;
  // The cheap scan first: most pages print no line three times in a row above their story.
  const gallery = galleryTitle(page, story);
  if (!gallery || (was && sameText(was, gallery))) return found;
  // A line of chrome printed in a row is no gallery's title: a server's notice printed for each
  // of a plugin's calls (colours-of-the-soul in html2text: "Strict Standards : Only variables
  // should be passed by reference in /www/... on line 785").
  if (isSiteChrome(stripHeadingMarks(gallery.text))) return found;
  // A headline the story tells stands where it is over the gallery: the gallery is then a
  // picture's caption under it. Under a gallery, it is a review's or a step's heading (zooroyal's
  // "Super Artikel! Unsere Meerschweinchen fühlen sich sehr wohl darin" in the reviews read as the
  // story, which tell its words).
  if (
    was &&
    was.first < gallery.first &&
    tellsOf(page, Math.max(story, was.last + 1), was.text, indexOf(page))
  ) {
    return found;
  }
  return { ...found, headline: gallery };
}

/**
 * An html2text heading printed under the story's start is the headline where the story was
 * found too high, at a menu's, a sidebar's or a teaser box's text in sentences: ekbo's mega menu
 * 180 lines over "# Wort des Bischofs: ...", sass-ag's teasers over its home page's one <h1>. It
 * is the page's first <h1> under the story (none stands over it but a logo's on the file's first
 * lines), or a "## " heading right under the story's start (H2_UNDER_STORY); and the headline is
 * what pickHeadline takes for a story starting right under it, when that is the heading itself.
 * readPageHeader then reads the story from under it. Where a headline was found, only when that
 * says nothing of the story (untoldHeadline) and the <h1> is the only one under the story (a
 * sidebar's boxes print several). On trafilatura's pages in html2text +5 -0 (docs/figures.md,
 * stop 40, branch hl40c); w3m and lynx print no "#" marks.
 */
export function soleH1Under<T extends Found>(page: Line[], found: T | null): T | null {
  if (!found) return found;
  const { story, headline: was } = found;
  let h1 = -1;
  for (let k = 0; k < page.length; k++) {
    const text = (page[k] as Line).text;
    // The cheap test first: most lines of most dumps open on no "#".
    if (!text.startsWith('#')) continue;
    const level = headingLevel(text);
    // A logo's <h1> on the file's first lines (headline.ts SOLE_H1_FROM) is no headline.
    if (level === 1 && k <= story && (page[k] as Line).n >= LOGO_H1_LINES) return found;
    if (k > story && (level === 1 || (level === 2 && k - story <= H2_UNDER_STORY))) {
      h1 = k;
      break;
    }
  }
  if (h1 < 0 || h1 + 1 >= page.length) return found;
  // Over a headline found, only the page's one <h1> under the story: not a "## " heading.
  if (was && (headingLevel((page[h1] as Line).text) !== 1 || laterH1(page, h1))) return found;
  const index = indexOf(page);
  if (was && !untoldHeadline(page, story, was, index)) return found;
  const headline = pickHeadline(page, h1 + 1, index);
  return headline && headline.first <= h1 && h1 <= headline.last ? { ...found, headline } : found;
}

/**
 * A headline found that says nothing of the story (as standfirstHeadline reads it): not the
 * trail's last item, two long words or more, and not told by the story.
 */
function untoldHeadline(page: Line[], story: number, was: Headline, index: PageIndex): boolean {
  return (
    was.score < TRAIL_SCORE &&
    twoLongWords(was.text) &&
    !tellsOf(page, Math.max(story, was.last + 1), was.text, index)
  );
}

/** Another <h1> stands under line `h1`. */
function laterH1(page: Line[], h1: number): boolean {
  for (let k = h1 + 1; k < page.length; k++) {
    if (headingLevel((page[k] as Line).text) === 1) return true;
  }
  return false;
}

/** A site's logo is printed as an <h1> on the file's first lines (headline.ts SOLE_H1_FROM). */
const LOGO_H1_LINES = 6;

/** A "## " heading this many lines under the story's start is its headline (soleH1Under). */
const H2_UNDER_STORY = 4;

/** Lines between a standfirst and the headline over it, at most (a dateline, a byline). */
const STANDFIRST_HEADLINE_LINES = 3;

/**
 * What the headline found may outscore the standfirst's by and still give way: on trafilatura's
 * pages the won ones lost by up to 2.35 (propellets.at's "Sozialwissenschaftliche Analyse von 6
 * Fallstudien" at 6.8 over "Soziale Energie" at 4.45), the lost ones won by 5.55 and more
 * (chip.de, aclu); paginasiete.bo's "Autor sin foto cargada" (11.3 over 4.45) stays lost.
 */
const STANDFIRST_MARGIN = 5;

/**
 * A story lower on the page takes the page's headline from one above it only when its headline
 * scores at least this much more: one of scoreCandidate's cues (a byline, a date, the story right
 * under it). The lower one is often a box under the article whose heading stands right over its
 * text (a cookie notice's "Wie wir Cookies verwenden", a comment form's prompt, a teaser), while
 * the article's headline stands a few lines higher, over a picture or its byline and date, and so
 * scores a little less (trafilatura's pages: battery-news, arteradio, hearya, zdf, ad-magazin
 * lose by 0 to 0.95).
 */
const LOWER_STORY_MARGIN = 1;

/**
 * The candidate story whose headline scores best, taken from the top of the page down: a lower
 * one must outscore the one above it by LOWER_STORY_MARGIN, or merely outscore it where that
 * one's headline heads a list, the label of a box of links over a teaser (WebMD's "Featured
 * Topics" over "Health concern on your mind?" in lynx, 0.6 under the article's headline:
 * Readability's webmd-1 and -2), or where the lower one's headline stands at or above the
 * higher story's first line: the same article found from two lines (guardian-1 in lynx: the
 * story found at its long headline, under the series' name "Seascape: the state of our oceans").
 */
function higherStory<T extends Found>(page: Line[], candidates: T[]): T | null {
  let best: (T & { headline: Headline }) | null = null;
  for (const c of [...candidates].sort((a, b) => a.story - b.story)) {
    if (!hasHeadline(c)) continue;
    // Scores are sums of tenths and twentieths: compared in hundredths, not as floats.
    const lead = Math.round((c.headline.score - (best?.headline.score ?? 0)) * 100);
    const wins =
      best && c.headline.first > best.story && !headsList(page, best.headline)
        ? lead >= LOWER_STORY_MARGIN * 100 && !formUnder(page, c.headline, c.story)
        : lead > 0;
    if (!best || wins) best = c;
  }
  // No headline anywhere: the first candidate (the body finder's story) stands.
  return best ?? candidates[0] ?? null;
}

/**
 * A form's text field stands between a lower story's headline and its text: the headline is one
 * of the form's messages and the story its prompts, not an article under the one found higher.
 * zdf's login and sign-up boxes under its article in lynx ("Bitte gib dein Einverständnis." among
 * the sign-up form's error messages, three "____" fields under it, over "Hinweis: Das
 * bestehende Passwort muss ..."), whose headline outscored the article's by 1.75.
 */
function formUnder(page: Line[], headline: Headline, story: number): boolean {
  for (let k = headline.last + 1; k < story; k++) {
    if (TEXT_FIELD.test((page[k] as Line).text)) return true;
  }
  return false;
}

/** A line that is only a form's text field: w3m prints "[          ]", lynx "__________". */
const TEXT_FIELD = /^\s*(?:\[ {3,}\]|_{8,40})\s*$/;

function hasHeadline<T extends { headline: Headline | null }>(
  c: T,
): c is T & { headline: Headline } {
  return c.headline !== null;
}

/** The headline's next line is a list item (lynx marks nested items with "+"). */
function headsList(page: Line[], headline: Headline): boolean {
  const next = page[headline.last + 1]?.text ?? '';
  return isListItem(next) || /^\s*\+\s+\S/.test(next);
}
