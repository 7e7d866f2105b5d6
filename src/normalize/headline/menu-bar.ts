// A site's menu bar printed as one line of capitalised one-word items ("Artikel Themen Hefte
// Karten Kultur Jobs", KATAPULT's bar over its kicker and title): no headline, and no headline's
// standfirst either, however title-like its shape.

import nlp from '../../nlp.ts';
import { type Line } from '../paragraphs.ts';
import { type PageIndex, plainOf } from './page-index.ts';
import { toldByStory } from './told-by-story.ts';

/** Items of a menu bar, at least: four capitalised words are a short title-case headline's. */
const MENU_ITEMS = 5;

/**
 * A menu's item: one capitalised word of four letters or more, the rest lower-case. Title-case
 * headlines that passed a looser test (any capitalised word) held short words ("New Robot Does
 * Superior Job Sampling Blood", "A Bookshelf Full Of Sunshine", "LA Hosts Lemon Cherry Gelato
 * Battle": rutgers, a blog, laweekly, on trafilatura's w3m dumps) or capitals inside a word.
 */
const MENU_ITEM = /^\p{Lu}[\p{Ll}\p{M}]{3,}$/u;

/** English function words a title-case headline holds ("Identify Problems Before They ..."). */
const FUNCTION_WORD = nlp.parseMatch('(#Pronoun|#Preposition|#Conjunction|#Determiner)');

/**
 * A line of MENU_ITEMS or more MENU_ITEMs with no English function word, that the story does
 * not echo (toldByStory: fewer than two of its long words among the story's first words). A
 * title-case headline of that shape ("Biden Signs Massive Infrastructure Bill") has its story
 * tell two of its words or more.
 */
export function isMenuBar(lines: Line[], story: number, text: string, index: PageIndex): boolean {
  const words = plainOf(index, text).trim().split(/\s+/);
  if (words.length < MENU_ITEMS || !words.every((word) => MENU_ITEM.test(word))) return false;
  return !toldByStory(lines, story, text, index) && !nlp(words.join(' ')).has(FUNCTION_WORD);
}
