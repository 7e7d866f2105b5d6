// Titles too short for isHeadlineLine that a page still presents as its headline: a person's
// name (a profile, an obituary), one word, a name over a date, a title of a few words under a
// menu, each taken only with the cues around it (a byline, a date, a repeat under it) that a
// menu item or a box's label lacks. shortTitleAt is the composition the candidates ask.

import { leadingSpaces, wordCount, OPENS_UPPER_CASE } from '../../text.ts';
import { type Line } from '../paragraphs.ts';
import nlp from '../../nlp.ts';
import { isKnownPerson } from './page-bylines.ts';
import {
  headingLevel,
  quickKey,
  isUiText,
  isListItem,
  stripHeadingMarks,
  BULLET_MARKS,
} from './page-furniture.ts';
import { SENTENCE_END, ONE_WORD } from './line-shape.ts';
import {
  isHeadlineCandidate,
  RELATED_HEADING,
  PROMPT,
  CREDIT_LABEL,
  PHOTO_CREDIT,
  isAuthorName,
  isHeadlineLineBesideName,
  isPhotoCredit,
  labelOrAddress,
} from './headline-lines.ts';
import { toldByStory } from './told-by-story.ts';
import { findDateSpan } from '../dates.ts';
import {
  adjacent,
  type PageIndex,
  plainOf,
  isHeadlineLineOf,
  isHeadlineLineBesideNameOf,
} from './page-index.ts';
import { isDateline, namesAuthor } from './under-candidate.ts';
import { h1Candidate, leadUnder } from './h1-titles.ts';

/**
 * A short title read as a person's name ("Rasende Polizisten", "Neue DJV-Online-Seminare",
 * "Leadership Styles": 2-4 capitalized words) is the headline's line by where it stands: right
 * under the menu (its last item, a one-word section label, or a breadcrumb ending in it), no
 * headline-like line or html2text heading right under it (a section's label stands over the
 * headline: webmd-1's "# Allergies Health Center" / "## Tools & Resources"), and no person
 * compromise knows. A byline or an agency's name stands under a headline, a picture or an empty
 * list item ("Agencia EFE", "Redaktion Haus.de", "Amelie Siekmann" on trafilatura's pages), a
 * blog's name on the page's first line (Readability's blogger: "Silicon Exposed").
 */
function nameTitleAt(lines: Line[], i: number, story: number, index: PageIndex): boolean {
  // Its tests of the line and the lines around it, whatever the story: nameTitleLine (asked first
  // by shortTitleAt, once a line).
  const plain = plainOf(index, (lines[i] as Line).text);
  const below = (lines[i + 1] as Line).text;
  // The story's own first line is no headline over it, however title-like its wrapped words
  // ("TRANSFORMATIONSLABOR ERNÄHRUNG" over "Die Ernährungswirtschaft birgt mit ihren sehr
  // diversen, globalen Lieferketten entscheidendes", trafilatura's baumev.de).
  // A place's name over the story is its dateline ("São Paulo" over folha's story in lynx).
  if (i + 1 === story ? nlp(plain).has(PLACE) : isHeadlineLineOf(index, below)) return false;
  return !isKnownPerson(plain);
}

/** nameTitleAt's tests that read no story: a short capitalized name's line under a menu. */
function nameTitleLine(lines: Line[], i: number, index: PageIndex): boolean {
  // The cheap tests first: most lines of the window are asked, few are short and capitalized.
  const text = (lines[i] as Line).text;
  const plain = plainOf(index, text);
  if (!OPENS_UPPER_CASE.test(plain) || wordCount(plain) > 4) return false;
  // Read already by the candidates' isHeadlineLineOf: a lookup.
  if (!isHeadlineLineBesideNameOf(index, text)) return false;
  const above = lines[i - 1]?.text;
  const below = lines[i + 1]?.text;
  if (above === undefined || below === undefined || headingLevel(below) > 0) return false;
  return underMenu(lines, i, plainOf(index, above), plain) && isAuthorName(plain);
}

/** compromise's place test, parsed once (given as a string it is parsed again at every ask). */
const PLACE = nlp.parseMatch('#Place');

/**
 * The line over `i` ends a menu: an item (w3m's nested "□ Item", lynx's "+ Item"), a one-word
 * label alone ("OSV-Bericht"; not an empty bullet, html2text's "* __", nor the last of a row of
 * one-word buttons, "Twittern" / "Pinnen" / "Mail", nor a wrapped sentence's last word, cnet's
 * "fast." over "Tech Industry") or a breadcrumb glued to the title.
 */
function underMenu(lines: Line[], i: number, abovePlain: string, plain: string): boolean {
  const above = (lines[i - 1] as Line).text;
  if (!/\p{L}{2}/u.test(abovePlain)) return false;
  if (isListItem(above) || /^\s*[□+]\s+\S/u.test(above)) return true;
  if (wordCount(abovePlain) === 1) {
    return (
      OPENS_UPPER_CASE.test(abovePlain) &&
      !SENTENCE_END.test(abovePlain) &&
      !isUiText(abovePlain) &&
      !ONE_WORD.test(lines[i - 2]?.text ?? '')
    );
  }
  return abovePlain.length > plain.length && abovePlain.endsWith(plain);
}

/**
 * A title of one word ("Zeitphilosophie", "Hope!": trafilatura's pages of blogs and small sites,
 * which had no candidate or a menu's line for headline) is a candidate only where it stands as a
 * page's title: alone between blank lines, right over the story's first paragraph (pictures'
 * labels aside), not under a one-word line (a row of one-word buttons). A menu's or a box's
 * one-word label stands among other labels, not over the story.
 */
function oneWordTitleAt(lines: Line[], i: number, story: number, index: PageIndex): boolean {
  // Its word's shape was read first (oneWordTitleLine).
  if (i >= story) return false;
  const text = (lines[i] as Line).text;
  const plain = plainOf(index, text);
  for (let j = i + 1; j < story; j++) {
    if (!IMAGE_LABELS.test((lines[j] as Line).text)) return false;
  }
  if (adjacent(lines, i - 1, i) || adjacent(lines, i, i + 1)) return false;
  // Under a line of a headline's shape it is the story's first subheading ("Kleine Schafskunde"
  // over "Mäscot", the first sheep the page describes: trafilatura's maescot.de); a picture's
  // credit is of none ("Text & Fotos: Ivan Valetny [icn_comments.png] 0 [icn_views.png] 337" over
  // "Bielersee-Winterhechte", petri-heil in lynx, which had no headline).
  const above = (lines[i - 1] as Line).text;
  if (ONE_WORD.test(above) || (isHeadlineCandidate(above) && !isPhotoCredit(above))) return false;
  return (
    isHeadlineCandidate(text, plain, 1) &&
    !isUiText(plain) &&
    !PROMPT.test(plain) &&
    !CREDIT_LABEL.test(plain) &&
    !RELATED_HEADING.test(plain)
  );
}

/** oneWordTitleAt's first tests, which read no story: one capitalized word, no subheading's. */
function oneWordTitleLine(lines: Line[], i: number, index: PageIndex): boolean {
  if (i < 1) return false;
  const text = (lines[i] as Line).text;
  // html2text's subheadings ("## Utensilien" over a recipe's list, "## Hauptinhalt" over a
  // page's main part: trafilatura's backen.de and wsl.ch) are sections' labels.
  return ONE_WORD_TITLE.test(plainOf(index, text)) && headingLevel(text) <= 1;
}

/**
 * Line `i` has the shape of a short title the names test may read as a person's name: two to
 * NAME_TITLE_WORDS words, opening with a capital, printed as a headline and read as a name
 * (nameTitleShape). datedNameTitleAt and wordedTitleAt ask it first (shortTitleAt), with
 * whether the line stands above the story.
 */
function shortNameLine(lines: Line[], i: number, index: PageIndex): boolean {
  if (i < 1) return false;
  const text = (lines[i] as Line).text;
  const plain = plainOf(index, text);
  const n = wordCount(plain);
  return (
    n >= 2 &&
    n <= NAME_TITLE_WORDS &&
    OPENS_UPPER_CASE.test(plain) &&
    nameTitleShape(index, text, plain)
  );
}

/**
 * Whether a short title (line `text`, its `plain` words) prints as a headline and reads as a
 * name: datedNameTitleAt and wordedTitleAt ask it first (a lookup and a remembered answer), and
 * whether compromise knows the name for a person's last (its tagging is the dearest test).
 */
function nameTitleShape(index: PageIndex, text: string, plain: string): boolean {
  return isHeadlineLineBesideNameOf(index, text) && isAuthorName(plain);
}

/**
 * A short title read as a name ("Faire Lieferketten", "Provence Travel Guide", "Axios Future":
 * two to four capitalized words, no person compromise knows) is a candidate where it stands right
 * under a dateline of its own ("05.02.2020 - Redaktion: Eberhard Fuhr", "Jan 18, 2019") or over a
 * standfirst signed under it (signedLeadUnder: "Unstillbares Heimweh"), no byline or name under
 * it: a byline's name stands under the headline, and the date beside or
 * under the name, not over it alone. On trafilatura's pages such titles had lost to their
 * standfirst or a caption (ejwue, beige, axios, tell-review: w3m +2, lynx +1, html2text +3, none
 * lost).
 */
function datedNameTitleAt(lines: Line[], i: number, story: number, index: PageIndex): boolean {
  // Its shape was read first (shortNameLine).
  if (i >= story) return false;
  const plain = plainOf(index, (lines[i] as Line).text);
  const below = plainOf(index, lines[lineUnderPictures(lines, i + 1, story)]?.text ?? '');
  if (below === '' || isAuthorName(below)) return false;
  // Each test is a pure function of the page, so their order changes no answer: the dateline
  // above before the tests that may ask compromise (namesAuthor of a marked line).
  const above = plainOf(index, (lines[i - 1] as Line).text);
  const dated = wordCount(above) <= DATELINE_ABOVE_WORDS && isDateline(above);
  if (!dated && !signedLeadUnder(lines, i, index)) return false;
  return !namesAuthor(below) && !isKnownPerson(plain);
}

/**
 * A short title read as a person's name ("Verjährung von Urlaubsansprüchen", "Finanzierung Ihres
 * Autos", "Effiziente Hybridbatterie", "Soziale Energie": 2-4 capitalized words) that holds a word
 * no person's name holds (holdsNoNameWord, NO_NAME_OPENING) is a candidate where it stands alone, a
 * blank line over and under it, above the story: a byline's name stands beside a date, a role or
 * the story, a menu's label among other labels. hl38b's trace of trafilatura's pages found these
 * titles dropped by the name test (isHeadlineLine) with no place test (nameTitleAt,
 * datedNameTitleAt) to take them back.
 */
function wordedTitleAt(lines: Line[], i: number, story: number, index: PageIndex): boolean {
  // Its words and place were read first (wordedTitleLine).
  if (i >= story) return false;
  const plain = plainOf(index, (lines[i] as Line).text);
  // Not over an html2text heading nearer the story: the page's markup tells its title there
  // (webmd-2's "# Information and Resources" over "## Superbugs: What They Are ...").
  for (let j = i + 1; j < story; j++) {
    if (headingLevel((lines[j] as Line).text) > 0) return false;
  }
  // Over a headline-like line it is the headline's kicker, a section's label: finanztip's
  // "Betriebliche Altersvorsorge" over "Mit Hilfe des Chefs für die Rente sparen" (lynx),
  // unless printed again right under it, the picture's label repeating the title:
  // coaching-magazin's "Transgenerationales Coaching" over its standfirst and its picture.
  const below = lines[i + 1]?.text;
  if (below === undefined) return false;
  if (i + 1 < story && isHeadlineLineOf(index, below) && !printedAgainUnder(lines, i)) {
    return false;
  }
  return !isKnownPerson(plain);
}

/**
 * wordedTitleAt's tests that read no story: a short name's shape (shortNameLine) holding a word
 * no name holds, no related box's label, a blank line over and under it.
 */
function wordedTitleLine(lines: Line[], i: number, index: PageIndex): boolean {
  const plain = plainOf(index, (lines[i] as Line).text);
  if (!holdsNoNameWord(plain) && !NO_NAME_OPENING.test(plain)) return false;
  if (RELATED_BOX_LABEL.test(plain)) return false;
  return !adjacent(lines, i - 1, i) && !adjacent(lines, i, i + 1);
}

/**
 * Line `i`'s text printed again, alone or opening a line, within TITLE_REPEAT_LINES lines under
 * it ("Transgenerationales Coaching © Foto: ...", lynx's caption).
 */
function printedAgainUnder(lines: Line[], i: number): boolean {
  const key = quickKey((lines[i] as Line).text);
  for (let j = i + 1; j <= i + TITLE_REPEAT_LINES && j < lines.length; j++) {
    if (quickKey((lines[j] as Line).text).startsWith(key)) return true;
  }
  return false;
}

/** A picture under the headline and its standfirst: its alt text or caption within 4 lines. */
const TITLE_REPEAT_LINES = 4;

/**
 * Words no person's name holds: a possessive ("Finanzierung Ihres Autos", "Your Guide") or an
 * abstract noun's ending on a word of eight letters or more ("Verjährung", "Finanzierung",
 * "Gesundheit", "Partnerschaft", "Information"); surnames so ending are shorter ("Hartung").
 * Each word is tested on its own, anchored and of bounded length: an unanchored letter run
 * before the ending backtracks quadratically on a long word (test/unit/adversarial.test.ts).
 */
function holdsNoNameWord(plain: string): boolean {
  return NO_NAME_POSSESSIVE.test(plain) || plain.split(' ').some((w) => ABSTRACT_NOUN.test(w));
}

const NO_NAME_POSSESSIVE =
  /(?:^|\s)(?:ihres|ihre|ihrer|ihren|ihrem|unseres|unserer|unseren|your|our|their|votre|notre|vos|nos)\s/iu;

const ABSTRACT_NOUN =
  /^\p{L}{4,40}(?:ung|ungen|heit|keit|schaft|ismus|ität|tion|tionen|sion)\P{L}{0,3}$/iu;

/**
 * A box's label of the same shape: WordPress's related posts, "Ähnliche Beiträge" (gnaur's and
 * mitundvoneinander's blogs on trafilatura's pages, taken over the post's title without this).
 */
const RELATED_BOX_LABEL = /^(?:ähnliche|verwandte)\s/iu;

/**
 * A German adjective's inflected ending on the first word, over a noun: "Soziale Energie",
 * "Effiziente Hybridbatterie", "Transgenerationales Coaching", "Unstillbares Heimweh". A first
 * name so ending ("Pascale", "Clive") has no "-iale", "-iente", "-ales" or "-bares".
 */
const NO_NAME_OPENING =
  /^\p{Lu}\p{Ll}{2,}(?:ische[nsr]?|liche[nsr]?|iale[nsr]?|ale[nsr]|iente[nsr]?|ive[nsr]|are[nsr]|bare[nsr]?|ige[nsr]|ierte[nsr]?)\s/u;

/**
 * Under line `i`, a standfirst (leadUnder) and right under it a byline or dateline: a header's
 * order, title / standfirst / "Avatar Frank Hahn am 18. September 2019" (tell-review). A
 * standfirst alone does not tell a title from a byline's name over the story's first paragraph
 * (verfassungsblog's "Heiko Sauer", taken in w3m without the byline test).
 */
function signedLeadUnder(lines: Line[], i: number, index: PageIndex): boolean {
  const lead = leadUnder(lines, i, index);
  if (lead === null) return false;
  return [lead + 1, lead + 2].some((j) => {
    const text = plainOf(index, lines[j]?.text ?? '');
    return (
      text !== '' && wordCount(text) <= SIGNATURE_WORDS && (namesAuthor(text) || isDateline(text))
    );
  });
}

/**
 * The first line from `from` on that is not pictures' labels alone (IMAGE_LABELS), before the
 * story: w3m prints a picture between a title and its standfirst ("Faire Lieferketten" /
 * "[csm_2020-02-05_lieferkette_979d95bffb]" / "Aktionen planen, die was bewegen", ejwue in w3m,
 * where the label read as an empty line under the title and the standfirst was taken).
 */
function lineUnderPictures(lines: Line[], from: number, story: number): number {
  let j = from;
  while (j < story && IMAGE_LABELS.test(lines[j]?.text ?? '')) j++;
  return j;
}

/** Words of the byline or dateline under such a standfirst, at most. */
const SIGNATURE_WORDS = 15;

/** Words of a short title read as a name, at most (isHeadlineLine's name test: four). */
const NAME_TITLE_WORDS = 4;
/** Words of the dateline over such a title, at most ("05.02.2020 - Redaktion: Eberhard Fuhr ..."). */
const DATELINE_ABOVE_WORDS = 8;

/** Pictures' labels alone on a line, one or more ("[svg][AdobeStock_185321546_klein]", w3m). */
const IMAGE_LABELS = /^\s*(?:\[[^\]]*\]\s*)+$/u;

/** One capitalized word of four letters or more, a "!" or "?" after it at most. */
const ONE_WORD_TITLE = /^\p{Lu}[\p{L}-]{3,}[!?]?$/u;

/**
 * A title of a shape isHeadlineLine turns down (one word with a stop, a day named in it, a
 * hashtag or a lower-case word first) standing alone right over its own dateline, the story's
 * first paragraph right under that: "Elektro-Zapfsäulen." / "17/11/201917/11/2019 ~ Cem Basman"
 * (sprechblase), "Protokoll der Vorstandssitzung vom 10. Oktober 2019" / "26/12/2019 von
 * revamp-it Webteam" (talent.ch), "#RieslingBirthday Posts gewinnen" / "27.01.2022"
 * (deutscheweine): trafilatura's pages in w3m and lynx, where the page had no headline or the
 * dateline's or the blog's motto was taken. The story tells it (a section's label over the
 * dateline, "Politik" / "12.03.2021", tells nothing), and it is no name (a byline's over its
 * date), no caption, prompt or label.
 */
function titleOverOwnDatelineAt(
  lines: Line[],
  i: number,
  story: number,
  index: PageIndex,
): boolean {
  if (i < 1 || i + 2 !== story) return false;
  if (adjacent(lines, i - 1, i) || adjacent(lines, i, i + 1)) return false;
  const under = plainOf(index, (lines[i + 1] as Line).text);
  if (wordCount(under) > OWN_DATELINE_WORDS || !isDateline(under)) return false;
  const text = (lines[i] as Line).text;
  if (headingLevel(text) > 0 || isListItem(text)) return false;
  const plain = plainOf(index, text);
  if (!looseTitleShape(plain) || !toldByStory(lines, story, plain, index)) return false;
  return !isAuthorName(plain) && !namesAuthor(plain) && titleBesideDate(plain);
}

/**
 * A post's title printed as a heading ("## ", an <h2> or <h3> in html2text) right over its own
 * dateline, the story within HEADING_DATELINE_REACH lines under it and telling it: the title,
 * even when it reads as a name. A blog whose theme prints the site's name as its <h1> and each
 * post's title as an <h2>: "## Liebe Menschen Europas" / "Publiziert am 13. Januar 2014 von
 * uriebe" (trafilatura's echte-demokratie-jetzt.de, its three capitalized words read as a name).
 */
function headingOverDatelineAt(lines: Line[], i: number, story: number, index: PageIndex): boolean {
  if (i + 1 >= story || story - i > HEADING_DATELINE_REACH) return false;
  const level = headingLevel((lines[i] as Line).text);
  if (level < 2 || level > 3) return false;
  const under = plainOf(index, (lines[i + 1] as Line).text).replace(/\\([.-])/g, '$1');
  if (wordCount(under) > OWN_DATELINE_WORDS || !isDateline(under)) return false;
  const plain = plainOf(index, (lines[i] as Line).text);
  return toldByStory(lines, story, plain, index) && !isKnownPerson(plain);
}

/** headingOverDatelineAt's reach: the dateline and a line of links (languages, share) between. */
const HEADING_DATELINE_REACH = 4;

/** Words of a title's own dateline at most ("26/12/2019 von revamp-it Webteam": 4). */
const OWN_DATELINE_WORDS = 8;

/**
 * A title's words and marks, however it opens and whatever day it names: no URL, no label's or
 * list's colon or comma at its end, no widget's, prompt's, credit's or box's words.
 */
function looseTitleShape(plain: string): boolean {
  const n = wordCount(plain);
  if (n < 1 || n > LOOSE_TITLE_WORDS || !/^[\p{L}\p{N}#"'„“«‚]/u.test(plain)) return false;
  if (labelOrAddress(plain)) return false;
  return (
    !isUiText(plain) &&
    !PROMPT.test(plain) &&
    !CREDIT_LABEL.test(plain) &&
    !PHOTO_CREDIT.test(plain) &&
    !RELATED_HEADING.test(plain)
  );
}

/** Words of such a title at most (talent.ch's: 7). */
const LOOSE_TITLE_WORDS = 15;

/**
 * A line naming no day, or a title's words beside the day it names: DATED_TITLE_WORDS or more that
 * read as a headline's on their own ("Protokoll der Vorstandssitzung vom"; a dateline's
 * "Veröffentlicht am", "Zuletzt aktualisiert am" do not).
 */
function titleBesideDate(plain: string): boolean {
  const date = findDateSpan(plain);
  if (date === null) return true;
  const words = plain.replace(date.span, ' ').replace(/\s+/g, ' ').trim();
  return wordCount(words) >= DATED_TITLE_WORDS && isHeadlineLineBesideName(words, words);
}

/** Words of a title beside the day it names, at least. */
const DATED_TITLE_WORDS = 3;

/** A title of a shape isHeadlineLine turns down: a name, one word, a dated name, a worded title, an <h1>. */
export function shortTitleAt(lines: Line[], i: number, story: number, index: PageIndex): boolean {
  // Each rule's tests that read no story first, once a line (titleShapesAt); the last two rules
  // ask for the story two lines under the line before anything else.
  const shapes = titleShapesAt(lines, i, index);
  return (
    ((shapes & NAME_TITLE) !== 0 && nameTitleAt(lines, i, story, index)) ||
    ((shapes & ONE_WORD_LINE) !== 0 && oneWordTitleAt(lines, i, story, index)) ||
    ((shapes & SHORT_NAME) !== 0 && datedNameTitleAt(lines, i, story, index)) ||
    ((shapes & WORDED_TITLE) !== 0 && wordedTitleAt(lines, i, story, index)) ||
    ((shapes & H1_LINE) !== 0 && h1Candidate(lines, i, story, index)) ||
    titleOverOwnDatelineAt(lines, i, story, index) ||
    headingOverDatelineAt(lines, i, story, index) ||
    nestedPostTitleAt(lines, i, story, index)
  );
}

/**
 * Which of shortTitleAt's first five rules line `i` passes the story-free tests of (a bit a
 * rule, KNOWN_SHAPES once read), remembered by line index once a page (TITLE_SHAPES): a page's
 * stories ask of the same lines (storyAndHeadline's one to three, headlineUnderStart's, the
 * revisions'), 72,994 asks of 47,847 lines on one pass over the 10-30 KB dumps (stop 49), and
 * nearly every line is of no rule's shape, turned down by a lookup after its first ask. Each
 * test is a pure function of the page, so reading them apart from the story's changes no answer.
 */
function titleShapesAt(lines: Line[], i: number, index: PageIndex): number {
  let table = TITLE_SHAPES.get(index);
  if (table === undefined) TITLE_SHAPES.set(index, (table = new Uint8Array(lines.length)));
  let shapes = table[i] as number;
  if (shapes === 0) {
    shapes = KNOWN_SHAPES;
    if (nameTitleLine(lines, i, index)) shapes |= NAME_TITLE;
    if (oneWordTitleLine(lines, i, index)) shapes |= ONE_WORD_LINE;
    if (shortNameLine(lines, i, index)) {
      shapes |= SHORT_NAME;
      if (wordedTitleLine(lines, i, index)) shapes |= WORDED_TITLE;
    }
    // isStoryH1 takes only the page's "# " lines (index.h1).
    if (index.h1.includes(i)) shapes |= H1_LINE;
    table[i] = shapes;
  }
  return shapes;
}

/** The page's lines' titleShapesAt by index, 0 where not read yet, of each page's index. */
const TITLE_SHAPES = new WeakMap<PageIndex, Uint8Array>();
const KNOWN_SHAPES = 1;
const NAME_TITLE = 2;
const ONE_WORD_LINE = 4;
const SHORT_NAME = 8;
const WORDED_TITLE = 16;
const H1_LINE = 32;

/**
 * A list item whose post is nested under it: a blog theme that sets each post in a list's item,
 * which w3m prints as "  • Interning of Small Integers in Python" over "    Posted by Konstantin
 * 21.10.2019" and the story's paragraphs, each at the item's text column (fouryears.eu, where
 * the blog's motto over the search box was taken). The line under it is a dateline of its own
 * (OWN_DATELINE_WORDS words at most) and the story's first line under that, both at the column
 * the item's words start at: a menu's item has no dated story nested under it. A title's words.
 */
function nestedPostTitleAt(lines: Line[], i: number, story: number, index: PageIndex): boolean {
  if (i + 2 !== story) return false;
  const item = NESTED_ITEM.exec((lines[i] as Line).text);
  if (item === null) return false;
  // html2text marks a heading set in the item ("  * ## Interning of Small Integers in Python")
  // and prints the blocks nested under it at the margin.
  const column = HEADING_OPENS.test(item[2] as string) ? 0 : (item[1] as string).length;
  const atColumn = (j: number) => leadingSpaces((lines[j] as Line).text) === column;
  if (!atColumn(i + 1) || !atColumn(story)) return false;
  const under = plainOf(index, (lines[i + 1] as Line).text);
  if (wordCount(under) > OWN_DATELINE_WORDS || !isDateline(under)) return false;
  const plain = stripHeadingMarks((item[2] as string).trim());
  return wordCount(plain) >= NESTED_TITLE_WORDS && isHeadlineCandidate(plain);
}

/** html2text's heading marks opening a list item's text. */
const HEADING_OPENS = /^#{1,6}\s/;

/** A bulleted item, the column its words start at (captured with the bullet) and its words. */
const NESTED_ITEM = new RegExp(String.raw`^(\s*[${BULLET_MARKS}-]\s+)(\S.*)$`, 'u');
/** Words of a nested post's title, at least (fouryears': 6). */
const NESTED_TITLE_WORDS = 3;
