// An author link's or byline element's text that is a theme's words around the name ("Zeige alle
// Beiträge von Cem Basman", "SHOW ALL ARTICLES OF Heiko Sauer", "Veröffentlicht von HansG"), read
// by the declared metadata (rel=author, itemprop=author) and the HTML path's marked byline alike.

/**
 * What blog and news themes print before an author's name in an author link or a byline element
 * (WordPress's "View all posts by %s" and its translations; "Published by", "Veröffentlicht von",
 * "Publicado por"): a lead-in, not part of the name.
 */
const LEAD_IN = new RegExp(
  String.raw`^(?:(?:view|show|see|zeige)\s+)?(?:all|more|alle|weitere|mehr)\s+(?:posts|articles|stories|beiträge|artikel)\s+(?:by|of|from|von)\s+|` +
    String.raw`^(?:published|posted|written|veröffentlicht|geschrieben|verfasst|publicado|escrito|publié|écrit|pubblicato|scritto)\s+(?:by|von|por|par|da)\s+|` +
    String.raw`^(?:author|autor|auteur|autore)\s*:?\s+`,
  'iu',
);

/** `text` without a theme's lead-in before the name; unchanged when it has none. */
export function withoutLeadIn(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  const cut = trimmed.replace(LEAD_IN, '').replace(/\s*[→»›]$/u, '');
  return cut || trimmed;
}

/**
 * A theme's words before the names in a byline element: a verb and what it says of the post
 * ("Posted on September 21, 2020 by", "Veröffentlicht am 8. Februar 2022 von", "Erstellt von",
 * "Eingestellt von", "Ein Artikel von"), or "by", "von", "vom", "par", "por" alone; a label
 * ("Text:", "Autor:", "Interview:", "Redaktion:", CJK_LABEL's "责任编辑："). The verb's phrase is short (a date at most) and has no
 * sentence in it. A label run into the name ("Geschrieben vonElisa Marvena", a label span and a
 * link with no space between) is cut too.
 */
/**
 * Chinese and Japanese credit labels: "作者" (author), "记者" (reporter), "责任编辑" (editor in
 * charge, the credit xinhuanet.com prints under its stories: "责任编辑： 焦鹏"), "文" (text), in
 * simplified and traditional script, before a colon (often the full-width "："). One word after
 * them is a name: Chinese names are written without spaces.
 */
const CJK_LABEL = '(?:作者|记者|記者|责任编辑|責任編輯|编辑|編輯|文)';

const LEAD_VERBS =
  'posted|published|written|created|filed|publiziert|veröffentlicht|geschrieben|erstellt|eingestellt|verfasst|' +
  String.raw`ein\s+(?:artikel|beitrag|text|interview)|(?:blog\s*)?beitrag|artikel|article|text|publié|écrit|publicado|escrito`;
/** A lead-in's verb alone ("Posted", a label span before the link holding the name). */
const LEAD_VERB = new RegExp(`^(?:${LEAD_VERBS})$`, 'iu');
const LEAD_VERB_START = new RegExp(`^(?:${LEAD_VERBS})\\b`, 'iu');
const BYLINE_LEAD = new RegExp(
  String.raw`^(?:(?:${LEAD_VERBS})\b[^!?|]{0,60}?\s)?` +
    String.raw`(?:by|von|vom|par|por|door)(?:\s+|(?=\p{Lu}))|` +
    String.raw`^(?:text|texte|autor(?:in)?|autoren|author|authors|auteur|autore|interview|von|by|redaktion)\s*:\s*|` +
    // A credit for the text and its pictures ("Text & Fotos: Ivan Valetny", petri-heil.ch):
    // the writer took the photos too.
    String.raw`^(?:text|texte)\s*(?:&|\+|\/|und|and|et|y)\s*(?:fotos?|photos?|bilder?|bild|interviews?)\s*:\s*|` +
    // "Autoren Jelko Djuren und Jutta Klaukien" (duengebehoerde-niedersachsen.de): the plural
    // and "Autorin" label a credit without a colon too; "Autor" alone opens sentences.
    String.raw`^(?:autoren|autorin|authors)\s+(?=\p{Lu})|` +
    String.raw`^${CJK_LABEL}\s*[:：]\s*`,
  'iu',
);

/**
 * What follows the names in a byline element: its date or time ("am 8. Februar", "on September
 * 21", "le 12 mai": a word before a date, not a name's particle, "Loïc Le Clerc"), a separator
 * and more fields ("Quelle: Livenet"), or a news agency after a slash ("Peter Maahn/SP-X"); a
 * role in brackets ("Redaktion: Eberhard Fuhr (Pressesprecher des EJW)", ejwue.de), another
 * credit ("Text von Christian Seiler  Illustration von Markus Roost", alacarte.at), a social
 * handle ("Williams Perdomo @wperdomod"), an interview's guest ("Ein Interview von Eugen Zentner
 * mit Sonja Silberhorn.", apolut.net).
 */
const BYLINE_TAIL =
  /\s+(?:mit|with)\s+\p{Lu}.*$|\s*\((?=[^()]*\p{L})[^()\d@]*\)$|\s+(?:illustrations?|illustrationen|fotos?|photos?|photography|bilder?|grafiken?)\s*(?:von\s|by\s|:).*$|\s*(?:[|•·—–@]|\s-\s).*$|\s+(?:am|on|le|el|il|at|um|den)\s+(?=\S*\d|\p{L}+,?\s+\d).*$|\s+(?:posted|published|in)\s.*$|\s+(?:quelle|source)\s*[:\s].*$|\s+\d.*$|\s*\/\s*[\p{L}-]{2,12}$/iu;

/**
 * A profession printed before the name in a labelled byline ("Autor: Rechtsanwalt Sebastian
 * Einbock", juraforum.de): a lawyer's, notary's or tax adviser's title, not part of the name.
 * Academic titles ("Dr.") stay: the references keep them.
 */
const PROFESSION =
  /^(?:Rechtsanwalt|Rechtsanwältin|Fachanwalt|Fachanwältin|Notar|Notarin|Steuerberater(?:in)?)\s+(?=\p{Lu})/u;

/** A person's initials alone: "R. R.", "J.K.", "A. B. C.". */
const INITIALS = /^(?:\p{Lu}\.\s?){2,3}$/u;

/** A comment's name line ("Karoline Herr sagt:", "Nesselsetzer Says:"): not the article's byline. */
const COMMENT_NAME = /\s(?:sagt|says|said|schreibt|wrote|dit|dice)\s*[:,]?\s*$/iu;

/** Between the names of a printed list of authors. */
const NAME_LIST = /\s*(?:,|&|;|\s(?:and|und|et|y|e)\s)\s*/iu;

/**
 * A single-word name a byline element holds alone: a pen name or a user's handle ("Krimiblogger",
 * "uriebe", "delta201", "Isabella.DiBiase"), at most 30 characters, with a letter in it.
 */
const HANDLE = /^(?=.*\p{L})[\p{L}\p{N}][\p{L}\p{N}._'’-]{1,29}$/u;

/**
 * The names an element the page marks as its byline holds (class or id "author", "byline",
 * rel=author, itemprop=author), with the theme's words around them cut: "par Didier Roy, 21 juin
 * 2018" -> "Didier Roy", "Posted on September 21, 2020 by Adi Tzlil" -> "Adi Tzlil", "von Lars
 * Fischer und Alina Schadwinkel" -> "Lars Fischer, Alina Schadwinkel". Each name must read as a
 * name (`isName`); one word alone (a pen name, a handle) is taken only when it is all the element
 * holds after the cuts and `isFurniture` does not know it as a page's words. Null when no name is
 * there, or the element is a comment's ("Karoline Herr sagt:").
 */
export function markedNames(
  raw: string,
  isName: (text: string) => boolean,
  isFurniture: (text: string) => boolean,
  oneWord = true,
): string | null {
  const flat = raw.replace(/\s+/g, ' ').trim();
  if (flat.length > 200 || COMMENT_NAME.test(flat)) return null;
  // Twice: a role in brackets may stand before a date ("Max Muster (Redakteur) am 3. Mai").
  const text = flat
    .replace(BYLINE_LEAD, '')
    .replace(PROFESSION, '')
    .replace(BYLINE_TAIL, '')
    .replace(BYLINE_TAIL, '')
    .trim();
  const names = text
    .split(NAME_LIST)
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.length === 1 && HANDLE.test(names[0] ?? '')) {
    const name = names[0] as string;
    const word = name.toLowerCase();
    return !oneWord ||
      isFurniture(name) ||
      LEAD_WORDS.has(word) ||
      LEAD_VERB.test(word) ||
      DAY_NAMES.has(word)
      ? null
      : name;
  }
  // Initials alone after a lead-in ("Von R. R. am 07.08.2013", time4talks.com) sign as a name.
  const led = text !== flat.replace(BYLINE_TAIL, '').replace(BYLINE_TAIL, '').trim();
  const named: string[] = [];
  for (const name of names) {
    if (led && INITIALS.test(name)) {
      named.push(name);
      continue;
    }
    if (!isName(name) || LABEL_END.test(name)) break;
    named.push(name);
  }
  return named.length ? named.join(', ') : null;
}

/**
 * A label's end: a name never ends in "von" or "by", a label over the name does ("Rezept von"
 * in chefkoch.de's recipe-author box, over the user's name).
 */
const LABEL_END = /\s(?:by|von|vom|par|por|door)$/iu;

/** Whether `text` ends as a label over a name does ("Rezept von", "Ein Beitrag von"). */
export function endsAsLabel(text: string): boolean {
  return LABEL_END.test(text.trim());
}

/** Words of a byline's lead-in or label, never a name by themselves. */
const LEAD_WORDS = new Set(
  'by von vom par por door text texte autor autorin author authors auteur autore interview redaktionsteam admin anonymous anonym'.split(
    ' ',
  ),
);

/** Days of the week, which an author-and-date element may hold where no name is printed. */
const DAY_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag ' +
    'freitag samstag sonntag sonnabend lundi mardi mercredi jeudi vendredi samedi dimanche lunes ' +
    'martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì ' +
    'sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag'
  ).split(' '),
);

/** A printed byline line is short: the longest right one on trafilatura's pages has ~70. */
const PRINTED_BYLINE_CHARS = 120;

/**
 * The names a line the page prints but does not mark opens with a byline's lead-in ("Posted by
 * Konstantin 21.10.2019", "Blog Beitrag von Margarita Koreneva", "ByAlex Bozarjian"), read as
 * markedNames reads a marked element's; a part between " | " may be the byline ("yas! | By Cara
 * Stiles | April 13, 2020"). One word is taken as a name only after a verb ("Posted by"): after
 * "By" or "Von" alone it is as often a sentence's first word. Null when no part opens so.
 */
export function ledNames(
  raw: string,
  isName: (text: string) => boolean,
  isFurniture: (text: string) => boolean,
): string | null {
  return namesAfterLead(raw, isName, isFurniture, false);
}

/**
 * The names a block anywhere in the article labels as its author: ledNames, but only after a
 * label ("Autor: Fritz Imhof", "Auteur: Anna Kubišta", "Author: Bo2man am 29.12.2010") or a
 * verb's phrase ("Erstellt von Andri Bryner", "Posted by Günter W. Kienitz at 18:52"), never
 * after "By" or "Von" alone, which away from the headline opens sentences and other stories'
 * teasers as often as bylines. One word after a label is a handle ("Bo2man").
 */
export function labelledNames(
  raw: string,
  isName: (text: string) => boolean,
  isFurniture: (text: string) => boolean,
): string | null {
  return namesAfterLead(raw, isName, isFurniture, true);
}

/** A label for one author, with its colon: "Autor:", "Autorin:", "Author:". */
const SINGULAR_LABEL = /^(?:autor|autorin|author|auteur|autore)\s*:/iu;

/** A label that needs no colon ("Autoren Jelko Djuren und Jutta Klaukien"). */
const UNCOLONED_LABEL = /^(?:autoren|autorin|authors)\s/iu;

/**
 * ledNames and labelledNames: the names after the first byline lead-in of one of a line's first
 * three " | " parts; with `labelledOnly`, only a lead with a colon or a verb counts, and one word
 * after it is a name (a handle).
 */
function namesAfterLead(
  raw: string,
  isName: (text: string) => boolean,
  isFurniture: (text: string) => boolean,
  labelledOnly: boolean,
): string | null {
  // A rule of dashes before the lead-in ("---- by Kenneth Surin", an encyclopedia's entry) is
  // no part of it.
  const flat = raw
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—]{2,}\s*/u, '');
  if (flat.length > PRINTED_BYLINE_CHARS) return null;
  for (const part of flat.split(/\s+\|\s+/).slice(0, 3)) {
    const lead = BYLINE_LEAD.exec(part)?.[0];
    if (!lead) continue;
    const verb = LEAD_VERB_START.test(part);
    if (labelledOnly && !(/[:：]/.test(lead) || verb || UNCOLONED_LABEL.test(lead))) continue;
    const names = markedNames(part, isName, isFurniture, labelledOnly || verb);
    // A singular label names one author; what follows a comma is the author's role ("Autorin:
    // Uta Staschewski, Projektleiterin der HSS in Tunesien.", hss.de).
    if (names && SINGULAR_LABEL.test(lead)) return names.split(', ')[0] ?? names;
    if (names) return names;
  }
  return null;
}

/**
 * A block that is an author label alone, the name in the next block: h5 "Autor:" over "Peter
 * Maahn" (autohaus.de), h4 "Autor" over "Nikolai Huke," (rosalux.de), "Von:" over "Götz Warnke"
 * (sonnenenergie.de). "Text", "Von" and "By" alone only with their colon: without one they are a
 * heading's or a sentence's word.
 */
const AUTHOR_LABEL =
  /^(?:(?:autor(?:in|en)?|author|authors|auteur|auteurs|autore|autori|verfasser(?:in)?)\s*:?|(?:text|texte|von|by|par|por)\s*:)$/iu;

/** Whether `text` is an author label alone ("Autor:", "Author", "Von:"). */
export function isAuthorLabel(text: string): boolean {
  return AUTHOR_LABEL.test(text.trim());
}

/** A date's part of a dated byline is short: "Donnerstag, 11. Dezember 2019, 14:30 Uhr" is 40. */
const DATE_PART_CHARS = 40;

/**
 * The names after the date in a line under or over the headline that prints the day, then its
 * author, parted by a dash or a bar ("11.12.2019 - Amelie Loevenich", "04.02.2022 | 13:10 Uhr | Uta
 * Helkenberg"): the parts after the date read as markedNames reads a marked element's, one word
 * alone never (a dated line's last part is as often a place or a section). `isDate`: whether a
 * part is a date.
 */
export function datedNames(
  raw: string,
  isName: (text: string) => boolean,
  isFurniture: (text: string) => boolean,
  isDate: (text: string) => boolean,
): string | null {
  const flat = raw.replace(/\s+/g, ' ').trim();
  if (flat.length > PRINTED_BYLINE_CHARS) return null;
  const [first, ...rest] = flat.split(/\s+[-–|·•]\s+/u);
  if (!first || rest.length === 0 || first.length > DATE_PART_CHARS || !isDate(first)) return null;
  for (const part of rest) {
    const names = markedNames(part, isName, isFurniture, false);
    if (names) return names;
  }
  return null;
}

/**
 * A copyright line alone in its block: "© 2020 Wolfgang Michal", "© 2019 Sven Schreivogel",
 * "(c) 2006-2008 by Martin Weber", "Copyright © 2021 Anna Roth. All rights reserved." The year
 * is required: "© Kathrin Führes" alone is as often a photo's credit. What follows the name
 * after a separator or a full stop ("• Weitere Rechte siehe Impressum") is cut. A Creative
 * Commons licence's name in brackets stands for the sign (dimido.de's credits "(Creative
 * Commons-Lizenz) 2006-2008 by Martin Weber", the licence linked where "©" would stand).
 */
const COPYRIGHT_LINE =
  /^(?:copyright\s*)?(?:©|\(c\)|copyright|\(creative commons[^()]{0,20}\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?),?\s+(?:by\s+|von\s+)?(.+?)(?:\s*[•|·–—]\s.*|\.\s.*|\.)?$/iu;

/**
 * The person a personal site's copyright line names (COPYRIGHT_LINE), when the name reads as a
 * person's of two or three words (`isPerson`); null for a company's or a site's name.
 */
export function copyrightName(raw: string, isPerson: (text: string) => boolean): string | null {
  const flat = raw.replace(/\s+/g, ' ').trim();
  if (flat.length > 120) return null;
  const name = COPYRIGHT_LINE.exec(flat)?.[1]?.trim();
  if (!name) return null;
  const words = name.split(' ');
  return words.length >= 2 && words.length <= 3 && isPerson(name) ? name : null;
}
