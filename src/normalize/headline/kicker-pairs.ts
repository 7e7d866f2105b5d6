// Pairs of candidates printed one over the other: a kicker or section label over its headline,
// a headline over its standfirst, a title row under a label. Each pair was scored line by line
// (scoreCandidate) and the wrong one of the two won by its nearness to the byline and story;
// these rules move score between the two by their shapes. Also the candidate filters that read
// a line's neighbours: a teaser under it, a contact line, a paragraph's wrapped tail.

import { wordCount } from '../../text.ts';
import { findDate } from '../dates.ts';
import { type Line } from '../paragraphs.ts';
import { textLanguage } from '../language.ts';
import { type Headline } from '../headline.ts';
import { headingLevel, quickKey, isListItem } from './page-furniture.ts';
import { ABBREVIATION_END } from './site-name.ts';
import { SENTENCE_END, wrapsInto } from './line-shape.ts';
import { LONG_WORD, storyWords } from './told-by-story.ts';
import { adjacent, type PageIndex, plainOf } from './page-index.ts';
import { isDateline, namesAuthor } from './under-candidate.ts';
import { readsAsText } from './wrapped-titles.ts';

/**
 * A headline's standfirst over the byline: two candidates one under the other, the upper a
 * headline's length (HEADED_WORDS or more: no kicker, which is a word or a few), the lower a
 * standfirst's (STANDFIRST_MIN_WORDS or more, longer than the upper), and right under the lower a
 * byline or a dateline. The standfirst stands nearer the byline, the date and the story, and
 * outscored its headline by about 0.5 (independent's "Pubs and bars face penalties for playing
 * loud music or allowing singing and dancing" under "Coronavirus: £1,000 fine for ...",
 * neues-deutschland's "In den Vereinigten Staaten trommeln Aktivisten ..." under "»Einfach kein
 * Geld mehr, um die Miete zu zahlen«"): it loses STANDFIRST_LOSS. A heading marked as such (an
 * html2text "# "/"## " line) is left as scored.
 */
export function standfirstUnderHeadline(lines: Line[], scores: Headline[], index: PageIndex): void {
  for (const lower of scores) {
    const n = wordCount(lower.text);
    if (n < STANDFIRST_MIN_WORDS) continue;
    const upper = scores.find((c) => c.last === lower.first - 1);
    if (!upper) continue;
    const m = wordCount(upper.text);
    if (m < HEADED_WORDS || m >= n) continue;
    if (headingLevel((lines[lower.first] as Line).text) > 0) continue;
    const under = lines[lower.last + 1];
    if (!under) continue;
    const text = plainOf(index, under.text);
    if (!namesAuthor(text) && !isDateline(text)) continue;
    lower.score -= STANDFIRST_LOSS;
  }
}

/**
 * A kicker over its headline over a teaser, the German Dachzeile / Überschrift / Vorspann
 * (taz's "Siemens und die Kohlemine Adani" over "Kaeser verarscht Neubauer", jungle.world's "Der
 * Begriff Imperialismus hat heutzutage keinen analytischen Wert" over "Das Imperialismus-Phantom",
 * nachtkritik's "Kolumne: Queer Royal - ..." over "Im Schlepptau"): the kicker stands first, is
 * often the longer and wins the pair by its place and length (kicker.ts, scoreCandidate), where
 * stop 37 found the pair undecided by the two lines' shapes over all languages. Decided here by
 * what stands under the pair: two candidates one under the other (kickerPair), the story in
 * German (germanStory), and under the lower the teaser (teaserUnder), a short paragraph at the
 * story's start ending on a stop or an ellipsis. Then the lower is the headline: the two swap
 * their scores, which leaves every other candidate's contest as it was.
 */
export function kickerOverHeadline(
  lines: Line[],
  story: number,
  scores: Headline[],
  index: PageIndex,
): void {
  for (const lower of scores) {
    const upper = scores.find((c) => c.last === lower.first - 1);
    if (!upper || upper.score <= lower.score) continue;
    if (!kickerPair(lines, upper, lower, index)) continue;
    const inner = lynxHeadingPair(lines, upper, lower, story);
    if (!teaserUnder(lines, lower.last, story, index, inner)) continue;
    if (!germanStory(lines, story)) continue;
    const score = upper.score;
    upper.score = lower.score;
    lower.score = score;
  }
}

/**
 * The two lines' shapes a kicker and its headline take: the upper of HEADED_WORDS or more (no
 * menu's pair of words: 2gewinnt's "Über uns" over "Künstlerischer Lebenslauf"), no sentence
 * (an ellipsis ending it is a teaser's: klaenge-des-verschweigens), no html2text heading (the
 * "#" tells the headline there already), printed once (tierschutzpartei's title is the trail's
 * last item too); the lower a headline's length, KICKER_HEADLINE_WORDS at most and no more than
 * KICKER_LONGER words over the upper (a standfirst is longer), no sentence, no
 * field's label, picture label, bar, quote opening it or date (bylines such as mobilsicher's "Ein
 * Artikel von ..., veröffentlicht am 23.01.2020", tags such as "TAG:CVS Health", pull quotes).
 */
function kickerPair(lines: Line[], upper: Headline, lower: Headline, index: PageIndex): boolean {
  const n = wordCount(lower.text);
  const m = wordCount(upper.text);
  if (m < HEADED_WORDS || n < 2 || n > KICKER_HEADLINE_WORDS || n > m + KICKER_LONGER) {
    return false;
  }
  if (SENTENCE_END.test(lower.text) || SENTENCE_OR_ELLIPSIS.test(upper.text)) return false;
  if (NO_HEADLINE_MARK.test(lower.text) || isDateline(lower.text) || findDate(lower.text)) {
    return false;
  }
  const top = (lines[upper.first] as Line).text;
  if (!subheadedKicker(top, (lines[lower.first] as Line).text)) return false;
  return (index.counts.get(quickKey(top)) ?? []).length <= 1;
}

/**
 * The upper line's html2text mark leaves it a kicker: none, or a heading under the page's <h1>
 * ("## ", "### ") over a title html2text prints plain (nachtkritik's "## Kolumne: Queer Royal -
 * ..." over "Im Schlepptau", a paragraph styled as the title). An <h1> over its lower line, or a
 * heading over a heading, tells the headline there already.
 */
function subheadedKicker(top: string, lower: string): boolean {
  const level = headingLevel(top);
  return level === 0 || (level >= 2 && headingLevel(lower) === 0 && !isListItem(lower));
}

/**
 * A section's name, a kicker or the site's tagline printed over the title, a blank line between
 * (w3m and lynx print the label's element and the <h1> as two plain lines; html2text marks the
 * lower "# "): ekhn's "Pflege", ebike-mtb's "News Test", lastampa's "Cronaca", eurosport's
 * "Olympische SpieleOlympia 2022 in Peking", tonedeaf's "Discover our latest editorial picks",
 * each taken for the headline by its place over the title. The label is short (LABEL_WORDS at
 * most) and shaped as one (labelShaped), the title under it LABEL_LONGER words longer and no
 * sentence, and the story's first words tell the title's (TITLE_TOLD_WORDS long words or more)
 * and at most LABEL_TOLD_WORDS of the label's. The title may be the story's first line itself
 * (ekhn, lastampa: a line of ten words standing alone). Then the title takes the label's score
 * and the label the title's, or a hair less where the title was no candidate. Only the first
 * such pair from the top is turned.
 */
export function labelOverTitle(
  lines: Line[],
  story: number,
  scores: Headline[],
  index: PageIndex,
): void {
  for (const upper of scores) {
    if (upper.first !== upper.last) continue;
    const j = titleRowUnder(lines, upper.last, story);
    if (j === null) continue;
    const lower =
      scores.find((c) => c.first === j) ?? (j === story ? storyLineTitle(lines, j, index) : null);
    if (!lower || lower.score >= upper.score) continue;
    if (!labelTitlePair(lines, upper, lower) || !labelShaped(lines, upper, index)) continue;
    // One <h1> holds both (brokenH1): no standfirst under a short headline, which the story's
    // words tell apart elsewhere.
    if (!brokenH1(lines, upper.first) && !toldAsTitle(lines, story, upper, lower)) continue;
    const score = upper.score;
    upper.score = scores.includes(lower) ? lower.score : score - LABEL_LOSS;
    lower.score = score;
    if (!scores.includes(lower)) scores.push(lower);
    return;
  }
}

/**
 * The line a title under the label at `at` would stand at: the next, a blank line between, or
 * the one under a date set right under the label ("Zurück zum Newsroom" / "06.12.2022", enwb;
 * "Pressemitteilung | Verbraucherzentrale Sachsen e.V." / "12.12.2022 12:22", verbaende), a
 * blank line between, or the rest of an <h1> broken in two (brokenH1); null where there is
 * none above the story.
 */
function titleRowUnder(lines: Line[], at: number, story: number): number | null {
  let j = at + 1;
  if (brokenH1(lines, at)) return j < story ? j : null;
  if (adjacent(lines, at, j)) {
    const date = (lines[j] as Line | undefined)?.text ?? '';
    if (wordCount(date) > DATE_ROW_WORDS || !isDateline(date)) return null;
    j++;
  }
  return j > story || adjacent(lines, j - 1, j) ? null : j;
}

/**
 * An <h1> whose label and title a <br> parts: html2text prints "# Open Progress  " with the rest
 * of the heading plain on the next line, no blank line between ("Why collaborative thinking beats
 * individual smarts", trafilatura's economist; "#  Tunesien" / "Große Aufgaben für die neue
 * Regierung", hss). Its "# " line stands right over another nowhere else: of html2text's 1,014
 * dumps, 11 such lines, each a heading's <br>.
 */
function brokenH1(lines: Line[], at: number): boolean {
  const under = lines[at + 1]?.text;
  return (
    under !== undefined &&
    adjacent(lines, at, at + 1) &&
    MARGIN_H1.test((lines[at] as Line).text) &&
    headingLevel(under) === 0 &&
    !isListItem(under)
  );
}

/** html2text's "# " at the margin (lynx indents its "# " list items). */
const MARGIN_H1 = /^#\s+\S/;

/** Words of a date set under a label, at most ("12.12.2022 12:22", "4. Februar 2022, 11:23 Uhr"). */
const DATE_ROW_WORDS = 5;

/**
 * What tells a label from a short headline over its standfirst ("Lotte Tobisch ist tot",
 * "Trauern digital am Ewigkeitssonntag", w3m lost five such without this): a section's name of
 * SHORT_LABEL_WORDS at most ("Pflege", "Cronaca", "News Test"), or the label printed again on a
 * plain line of its own far from it (LABEL_REPEAT_REACH: tonedeaf's "Discover our latest
 * editorial picks" over a second box; a headline's picture caption repeats it near it, dhb), or
 * the first of two elements glued ("Olympische SpieleOlympia 2022 in Peking") printed alone
 * elsewhere, a menu's section. A list of posts repeats a headline as an item: no evidence.
 */
function labelShaped(lines: Line[], upper: Headline, index: PageIndex): boolean {
  if (wordCount(upper.text) <= SHORT_LABEL_WORDS) return true;
  const again = index.counts.get(quickKey((lines[upper.first] as Line).text)) ?? [];
  const far = again.some(
    (k) => Math.abs(k - upper.first) > LABEL_REPEAT_REACH && !isListItem((lines[k] as Line).text),
  );
  if (far) return true;
  const glue = GLUED_ELEMENTS.exec(upper.text);
  if (!glue || wordCount(glue[1] as string) < 2) return false;
  return (index.counts.get(quickKey(glue[1] as string)) ?? []).some((k) => k !== upper.first);
}
/** Words of a section's name over a title, at most. */
const SHORT_LABEL_WORDS = 2;
/** Lines from the label a print of it stands at least, to be another box's. */
const LABEL_REPEAT_REACH = 10;
/** Two elements w3m glued, a lower-case letter right before a capital: "SpieleOlympia". */
const GLUED_ELEMENTS = /^(.*?\p{Ll})\p{Lu}/u;

/** The story's first line read as a title: standing alone, a blank line under it. */
function storyLineTitle(lines: Line[], j: number, index: PageIndex): Headline | null {
  if (adjacent(lines, j, j + 1)) return null;
  const text = plainOf(index, (lines[j] as Line).text).trim();
  return { first: j, last: j, text, score: Number.NEGATIVE_INFINITY };
}

/** The shapes of a label and the title under it (labelOverTitle). */
function labelTitlePair(lines: Line[], upper: Headline, lower: Headline): boolean {
  const m = wordCount(upper.text);
  const n = wordCount(lower.text);
  if (m > LABEL_WORDS || n < m + LABEL_LONGER || n > LABEL_TITLE_WORDS) return false;
  // An abbreviation may end a label ("Verbraucherzentrale Sachsen e.V."), a stop no sentence's.
  const label = upper.text.replace(ABBREVIATION_END, '');
  if (SENTENCE_OR_ELLIPSIS.test(label) || /:$/u.test(upper.text)) return false;
  if (SENTENCE_END.test(lower.text) || /[[|]|^\W/u.test(lower.text)) return false;
  if (isDateline(lower.text) || findDate(lower.text)) return false;
  const top = (lines[upper.first] as Line).text;
  const title = (lines[lower.first] as Line).text;
  if (brokenH1(lines, upper.first)) return true;
  return (
    headingLevel(top) === 0 && headingLevel(title) === 0 && !isListItem(title) && !isListItem(top)
  );
}

/** The story's first words tell the title's and hardly the label's. */
function toldAsTitle(lines: Line[], story: number, upper: Headline, lower: Headline): boolean {
  const words = storyWords(lines, Math.max(story, lower.last + 1));
  return (
    sharedWords(lower.text, words) >= TITLE_TOLD_WORDS &&
    sharedWords(upper.text, words) <= LABEL_TOLD_WORDS
  );
}

/** Long words of `text` among `words`. */
function sharedWords(text: string, words: Set<string>): number {
  let shared = 0;
  for (const word of new Set(text.toLowerCase().match(LONG_WORD) ?? []))
    if (words.has(word)) shared++;
  return shared;
}

/** Words of a label over a title, at most ("Olympische SpieleOlympia 2022 in Peking": 5). */
const LABEL_WORDS = 5;
/** Words a title runs longer than its label, at least (tonedeaf: 5 and 9). */
const LABEL_LONGER = 4;
/** Words of a title under a label, at most. */
const LABEL_TITLE_WORDS = 25;
/** Long words of the title the story's first words tell, at least. */
const TITLE_TOLD_WORDS = 2;
/**
 * Long words of the label the story tells, at most: a section's name may be the story's topic
 * (ekhn's "Pflege"), a headline over its standfirst shares more ("Lotte Tobisch ist tot").
 */
const LABEL_TOLD_WORDS = 1;
/** What a label loses under a title that was no candidate: it ranks right under it. */
const LABEL_LOSS = 0.01;

/** Words of a headline under its kicker, at most. */
const KICKER_HEADLINE_WORDS = 10;
/** Words a headline may run longer than its kicker (kyffhaeuser: 5 and 7, livenet: 5 and 8). */
const KICKER_LONGER = 3;
const SENTENCE_OR_ELLIPSIS = /(?:[.!?]["”’)]?|\.\.\.|…)$/u;
/** A picture's label, a bar, a quote or a bracket first, or a field's "Label:" glued. */
const NO_HEADLINE_MARK = /[[|]|^\W|^\p{L}+:/u;

/**
 * The teaser under the headline: the story starts at most TEASER_REACH lines under `last`
 * (a picture's label and caption may stand between: livenet, gdp), and the story's first
 * paragraph ends on a stop or an ellipsis within TEASER_LINES lines, TEASER_WORDS words or more.
 * No credit standing alone between (amnesty's "© Oli Scarff/Getty Images"): the lower line is
 * then the picture's description over its caption and credit. With `inner` (lynxHeadingPair) the
 * first sentence may end inside a line (INNER_SENTENCE_END).
 */
function teaserUnder(
  lines: Line[],
  last: number,
  story: number,
  index: PageIndex,
  inner: boolean,
): boolean {
  if (story <= last || story - last > TEASER_REACH) return false;
  let start = story;
  while (start > last + 1 && adjacent(lines, start - 1, start)) start--;
  for (let k = last + 1; k < start; k++) {
    if (COPYRIGHT_MARK.test((lines[k] as Line).text)) return false;
  }
  let words = 0;
  for (let k = start; k < start + TEASER_LINES && k < lines.length; k++) {
    const text = plainOf(index, (lines[k] as Line).text).trim();
    words += wordCount(text);
    if (SENTENCE_OR_ELLIPSIS.test(text)) return words >= TEASER_WORDS;
    const stop = inner ? INNER_SENTENCE_END.exec(text) : null;
    if (stop) return words - wordCount(text.slice(stop.index)) + 1 >= TEASER_WORDS;
    if (!adjacent(lines, k, k + 1)) return false;
  }
  return false;
}
const TEASER_REACH = 4;
/**
 * The pair printed as lynx prints two headings, both at the margin over a story three columns in:
 * then the teaser's first sentence may end inside a line (INNER_SENTENCE_END). Asked of any pair,
 * an ad's line over a kicker glued to its date (it-finanzmagazin's "   Hey Versicherer, kein
 * Grund, alles selbst zu machen! Finhome" / "   FINTECH20. Juni 2019", both indented) swapped.
 */
function lynxHeadingPair(lines: Line[], upper: Headline, lower: Headline, story: number): boolean {
  const flush = (k: number) => /^\S/.test((lines[k] as Line).text);
  return /^ {3}\S/.test(lines[story]?.text ?? '') && flush(upper.first) && flush(lower.first);
}
/**
 * The story's first sentence ending inside a line: w3m's width printed gdp's "... mahnt die
 * Gewerkschaft der Polizei (GdP) die ungenügende Gesprächsbereitschaft der Arbeitgeberseite an."
 * at a line's end, lynx's narrower print ends it mid-line ("Arbeitgeberseite an. GdP-Tarifexperte
 * ..."), and the pair went unswapped there. A word's end, not an abbreviation's ("Dr. Marco").
 */
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]["”’)]?\s+["„“‘]?\p{Lu}/u;
const TEASER_LINES = 5;
const TEASER_WORDS = 12;
/**
 * A credit opening its line or printed after its caption's words: lynx prints nwx's "Digitale
 * Arbeit © Foto: Getty Images" on one line, w3m the credit alone under "Digitale Arbeit"; read at
 * the start only, the title got lynx's heading bonus and then swapped scores with its subtitle
 * (trafilatura's nwx.new-work.se.digitaler-stress in lynx, 5.85 to 7.80). Only the copyright
 * sign: isPhotoCredit (headline-lines.ts) also reads "Foto:" and "Quelle:" labels, not measured here.
 */
const COPYRIGHT_MARK = /(?:^|\s)(?:©|\(c\)\s)/iu;

/**
 * The story in German (the stop words of its first GERMAN_STORY_LINES lines): the Dachzeile is
 * the German press's. Elsewhere the line under a headline is its deck (bostonherald's "Johns paid
 * up to $600 an hour for sex services", campograndenews, latercera), lost without this.
 */
function germanStory(lines: Line[], story: number): boolean {
  const text = lines
    .slice(story, story + GERMAN_STORY_LINES)
    .map((l) => l.text)
    .join(' ');
  return textLanguage(text) === 'de';
}
const GERMAN_STORY_LINES = 8;

/** Words of a headline over its standfirst, at least (kickers are shorter). */
const HEADED_WORDS = 4;
/** Words of a standfirst under its headline, at least. */
const STANDFIRST_MIN_WORDS = 12;
/** What the standfirst loses: more than the 0.5 it led by. */
const STANDFIRST_LOSS = 1;

/**
 * A post's field of categories or tags, wherever it stands in the line ("Ausgabe 2022/3
 * Kategorie: Grundlagen" over sonnenenergie.de's "Der WindRebell", "Abgelegt unter: Lesestoff,
 * Persönliches", "Posted in: Filmswap, Shuji-Walter | Tagged: ..."): a blog's or a magazine's
 * metadata, printed beside the headline, never one.
 */
export const POST_FIELD =
  /(?:^|\s)(?:kategorien?|categor(?:y|ies)|rubrik|abgelegt unter|filed under|posted in|tagged|schlagw(?:ö|o)rter)\s*:/iu;

/**
 * A press office's contact, an academic title and a name, then the office's name ("Dr. Karin J.
 * Schmitz Abteilung Öffentlichkeitsarbeit" under idw-online's "Effiziente Hybridbatterie", which
 * it outscored by standing nearer the story): capitalized words only, no word of a sentence. A
 * headline naming a doctor says what the doctor did ("Dr. Fauci warns ...": a lower-case word of
 * four letters or more).
 */
export function isContactLine(text: string): boolean {
  return ACADEMIC_TITLE.test(text) && !LOWER_WORD.test(text);
}

const ACADEMIC_TITLE = /^(?:Prof\.|Dr\.|Dipl\.-[\p{L}.-]+)\s+(?:Dr\.\s+)?\p{Lu}/u;
const LOWER_WORD = /(?:^|\s)\p{Ll}{4,}/u;

/**
 * A line printed right under a line wrapped at the dump's width (no blank line between) goes on
 * with its paragraph, even where that line ends a sentence: "Good riddance.", the last words of
 * newrepublic's standfirst "The long-dominant ideology brought us forever wars, the Great
 * Recession, and extreme inequality." (97 columns), stood alone over its byline and won the
 * headline (trafilatura's newrepublic.com in w3m and lynx). headlineSpan asks the same of a
 * paragraph's line ending on no stop only, for a subheading stands under a paragraph a blank line
 * apart; printed right under one, with no blank line, a line is the paragraph's.
 */
export function paragraphTailAt(lines: Line[], i: number, index: PageIndex): boolean {
  if (i < 1 || !adjacent(lines, i - 1, i)) return false;
  const previous = (lines[i - 1] as Line).text.trim();
  const plain = plainOf(index, (lines[i] as Line).text);
  return wrapsInto(previous, plain, index.width) && readsAsText(previous);
}
