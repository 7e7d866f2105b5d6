// Titles the story tells over what was taken for its headline: a longer title over a shorter
// line (longerTitleOver), a title beside a speaker's quote (titleBesideQuote), a title over a
// share bar (titleOverShareBar). Moved from
// page-header.ts (stop 43, branch rf43b).

import { type Found, indexOf, toldTitle } from './found.ts';
import type { Line } from '../../normalize/paragraphs.ts';
import {
  TRAIL_SCORE,
  headingLevel,
  headlineScores,
  isUiText,
  tellsOf,
} from '../../normalize/headline.ts';
import { wordCount } from '../../text.ts';
import { FULL_STOP, BULLET, LIST_MARK } from './line-marks.ts';

/**
 * A title over a line that is not the story's title: the headline found, of TAKEN_WORDS words or
 * more and not told by the story (a byline's or a label's line, a dateline: d51e75d9's "Partner
 * im Redaktionsnetzwerk Deutschland", assabah's "الجمعة 8 فيفري 2019"), stands right under a
 * candidate LONGER_TITLE words longer than itself and of TITLE_WORDS words or more, no sentence,
 * no widget's text, that the story tells: that candidate is the title. A kicker or a section over
 * a title is the shorter line (hl42's labelOverTitle); w3m and lynx print the <h1> and the line
 * under it as two plain lines, and the lower scores higher by its place. An html2text heading or
 * a trail's end stands. Without "not told by the story", w3m lost 2 pages (wdr's caption and
 * whiskyverkostung's quote over their titles). Not where a third candidate stands right over the
 * two: a standfirst's points, one a line (bayrische-bembel in html2text, whose date was then read
 * from the point over them).
 */
export function longerTitleOver<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || headingLevel((page[was.first] as Line).text) > 0) {
    return found;
  }
  const words = wordCount(was.text);
  const index = indexOf(page);
  const from = Math.max(story, was.last + 1);
  if (words < TAKEN_WORDS || toldTitle(page, from, was.text, index)) return found;
  const candidates = headlineScores(page, story, index);
  for (const c of candidates) {
    if (c.last !== was.first - 1 || candidates.some((o) => o.last === c.first - 1)) continue;
    const size = wordCount(c.text);
    if (size < TITLE_WORDS || size < words + LONGER_TITLE) continue;
    if (FULL_STOP.test(c.text) || headingLevel((page[c.first] as Line).text) > 0) continue;
    if (isUiText(c.text) || !tellsOf(page, from, c.text, index)) continue;
    return { ...found, headline: c };
  }
  return found;
}

/**
 * A speaker's quote taken for the headline ("Chalupka: “Verantwortliche in Pfarrgemeinden sollen
 * ...”", "Er sagt: „Die Altenpflege ist kein Hotspot der Pandemie“"): a name, a colon and a quote
 * to the line's end (SPEAKER_QUOTE), printed right under or right over a line that is no quote,
 * no sentence, of two long words and at most QUOTE_TITLE_WORDS words, no widget's text, and told
 * by the story: that line is the title and the quote its standfirst or kicker (evang.at in w3m
 * and lynx, the quote under the title; kirche-und-leben in w3m and lynx, the quote over it;
 * html2text marks both titles "#" and takes them already). A quote printed alone is a headline
 * (laola1's "Barisic: "Dann hau' ich mein Handy zam"", groove's, publimetro's); mannschaft's
 * quote stands over a standfirst of 15 words without a full stop, hence the limit.
 */
export function titleBesideQuote<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || !SPEAKER_QUOTE.test(was.text.trim())) return found;
  const index = indexOf(page);
  const from = Math.max(story, was.last + 1);
  for (const c of headlineScores(page, story, index)) {
    if (c.last !== was.first - 1 && c.first !== was.last + 1) continue;
    const text = c.text.trim();
    if (SPEAKER_QUOTE.test(text) || FULL_STOP.test(text) || isUiText(text)) continue;
    if (wordCount(text) > QUOTE_TITLE_WORDS) continue;
    if (!toldTitle(page, Math.max(from, c.last + 1), text, index)) continue;
    return { ...found, headline: c };
  }
  return found;
}

/** A speaker (one to six words, no quote mark), a colon, and a quote closed at the line's end. */
const SPEAKER_QUOTE = /^[^:“”"„«»]{2,40}:\s*[“"„«‚‘].*[”"“»«‘’]$/u;

/** Words of a title beside a quote, at most: mannschaft's standfirst of 15 is none (titleBesideQuote). */
const QUOTE_TITLE_WORDS = 12;

/**
 * A share toolbar printed as a list ("• Share", "• Tweet", "• Reddit", "• Flipboard", "• Email":
 * SHARE_ITEMS bulleted items or more, each a widget's text) between the page's title and a line
 * under it (a video's caption, a standfirst): the headline found right under the toolbar gives
 * way to the candidate right over it, when that one is told by the story, no sentence, of two
 * long words and no widget's text (cbsnews' "Black voters in South Carolina are crucial for
 * Democratic candidates" over the toolbar over "Black voters in S.C. on the 2020 Democrats", in
 * w3m). Not over an html2text heading.
 */
export function titleOverShareBar<T extends Found>(page: Line[], found: T): T {
  const { story, headline: was } = found;
  if (!was || was.score >= TRAIL_SCORE || headingLevel((page[was.first] as Line).text) > 0) {
    return found;
  }
  let top = was.first;
  while (top > 1 && BULLET.test((page[top - 1] as Line).text)) {
    if (!isUiText((page[top - 1] as Line).text.replace(LIST_MARK, '').trim())) return found;
    top--;
  }
  if (was.first - top < SHARE_ITEMS) return found;
  const index = indexOf(page);
  for (const c of headlineScores(page, story, index)) {
    if (c.last !== top - 1 || FULL_STOP.test(c.text) || isUiText(c.text)) continue;
    if (!toldTitle(page, Math.max(story, was.last + 1), c.text, index)) continue;
    return { ...found, headline: c };
  }
  return found;
}

/** Bulleted widget items that make a share toolbar, at least (cbsnews: 5). */
const SHARE_ITEMS = 3;

/**
 * Words of the line taken, at least, for longerTitleOver: a title of two words under a longer
 * line is the title under its kicker or teaser (jungle.world's "Das Imperialismus-Phantom" under
 * "Der Begriff Imperialismus hat heutzutage keinen analytischen Wert", nachtkritik's "Im
 * Schlepptau" under its column's name: both lost in w3m without it).
 */
const TAKEN_WORDS = 3;

/** Words a title over a shorter line has, at least (longerTitleOver). */
const TITLE_WORDS = 6;

/** Words the title over the line taken is longer by, at least (longerTitleOver). */
const LONGER_TITLE = 3;
