// The tagger's first step (src/topics/tagger.ts namesIn): an article cut into the sections it
// reads (headline, standfirst, lead, body), each with the weight a mention there carries, and
// the shouted (all-capitals) text that compromise would misread as acronyms.

import type { Article } from '../../types.ts';
import { countryNames, topicKey } from './candidates.ts';

/**
 * Where a mention stands says how central it is: news puts what a story is about in its
 * headline and first paragraph. A name once in the body is mentioned in passing; once in the
 * first paragraph, or twice anywhere, it is what the story is about (MIN_SCORE). They are here,
 * with the tagger, because it leaves out the sentences that cannot reach MIN_SCORE
 * (sentencesToTag): its answers, and so the names cache, depend on them.
 */
const TITLE_WEIGHT = 3;
export const LEAD_WEIGHT = 2;
const BODY_WEIGHT = 1;
export const MIN_SCORE = 2;

export interface Section {
  text: string;
  weight: number;
  /** Written in capitals (a wire headline, a dateline): names match in any case there. */
  shouted: boolean;
}

export const LETTER = /\p{L}/u;
const CAPITAL = /\p{Lu}/u;

/**
 * Mostly capitals: Reuters headlines ("BAHIA COCOA REVIEW"). The tagger can't read them.
 * Letters are counted in one pass, ASCII without a regular expression, and a text stops being
 * read once its other letters are more than a fifth of it, which in prose is within its first
 * third: every paragraph of every article is asked, and two Unicode replaces over each took
 * 4.6 s of the topics stage at 100,000 articles (a CPU profile). Over the 76,634 titles,
 * standfirsts and paragraphs of the 10,000-article bench archive: 61 ms against 476, the same
 * answer for every one.
 */
export function isShouted(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  const enough = text.length * 0.2;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 65 && code <= 90) {
      letters++;
      capitals++;
    } else if (code >= 97 && code <= 122) {
      letters++;
    } else if (code >= 128 && LETTER.test(char)) {
      letters++;
      if (CAPITAL.test(char)) capitals++;
    }
    // Letters that are not capitals: past a fifth of the text, they are past a fifth of its
    // letters, and capitals cannot reach four fifths.
    if (letters - capitals > enough) return false;
  }
  return letters >= 4 && capitals >= letters * 0.8;
}

/**
 * A wire dateline at the start of the first paragraph: "NEW YORK, March 3 - ", "FULLERTON,
 * Calif., March 2 - ", "LONDON (Reuters) - ". It names where the story was filed.
 */
const DATELINE =
  /^((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?))?)(?:,\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}|\s+\((?:Reuters|AP|AFP|UPI)\))\s+[-–—]+\s+/u;

export function sectionsOf(article: TaggedText): Section[] {
  const sections: Section[] = [
    { text: article.title, weight: TITLE_WEIGHT, shouted: isShouted(article.title) },
  ];
  if (article.standfirst) {
    sections.push({
      text: article.standfirst,
      weight: LEAD_WEIGHT,
      shouted: isShouted(article.standfirst),
    });
  }
  let lead = true;
  for (const block of article.blocks) {
    let text = block.text;
    if (block.kind === 'paragraph' && lead) {
      const dateline = DATELINE.exec(text);
      // Where the story was filed is not what it is about: the dateline is left out. Measured
      // on 1,500 Reuters stories (bench/topics), counting its place as a first-paragraph
      // mention found 18 more of 2,324 labels but added 555 topics, nearly all filing cities
      // ("New York", "Washington") of stories not about them.
      if (dateline) text = text.slice(dateline[0].length);
      // The country after a city ("HANOVER, West Germany, April 3 - "), which the wire names
      // where the city is not known on its own, is where the story happens: a mention in
      // passing, which makes a country a topic (COUNTRY_MIN_SCORE). A state or province
      // ("FULLERTON, Calif.", "VANCOUVER, British Columbia") is left out with the city.
      const country = dateline?.[2];
      if (country && countryNames.has(topicKey(country)))
        sections.push({ text: country, weight: BODY_WEIGHT, shouted: false });
    }
    const weight = block.kind === 'paragraph' && lead ? LEAD_WEIGHT : BODY_WEIGHT;
    if (block.kind === 'paragraph') lead = false;
    sections.push({ text, weight, shouted: isShouted(text) });
  }
  return sections;
}

/** The parts of an article the tagger reads. */
export type TaggedText = Pick<Article, 'title' | 'standfirst' | 'blocks'>;
