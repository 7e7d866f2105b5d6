// Which single lines read as a headline: a headline's length and words, no UI text, no photo
// credit, caption, prompt, byline, date line, section path or comment heading. isHeadlineLine
// is the first filter on every candidate; isHeadlineCandidate the looser one the kicker and
// header readers in src/extract ask.

import { wordCount } from '../../text.ts';
import { DATELINE_WORDS, findDateSpan, wordsBesideDate } from '../dates.ts';
import { bylineOf, labelledField } from '../header.ts';
import { isSiteChrome } from '../site-chrome.ts';
import { isBylineName } from './page-bylines.ts';
import {
  stripHeadingMarks,
  isUiText,
  hasDumpMarker,
  isScriptText,
  LIST_ITEM,
} from './page-furniture.ts';

/**
 * A blog's label for the post's kind in brackets before its title ("(News) Viertes eigenes
 * Blog-Interview: ...", "[Rezi] Love is War - ...", "[Windows Expertenwissen] Per Update ..."):
 * trafilatura's blog pages. One to three words opening on a letter, a space, then a capital: a
 * lynx link number ("[12]Home"), w3m's image label and a bracketed aside stay out: the title
 * after the label must open on a capital (mein-mmo's "[ESO-Packshot] 8Empfehlenswert" in w3m).
 */
const BRACKET_TAG =
  /^[([]\p{L}[\p{L}\p{N}.&'’-]*(?: [\p{L}\p{N}.&'’-]+){0,2}[)\]] (?=[\p{Lu}"„“«])/u;

/**
 * A recipe's ingredient line: a quantity and its measure before the ingredient ("250 Gramm
 * Mehl", "2 TL Gemüsebrühe instant", "1 cup flour"). Trafilatura's recipe pages, where the list
 * stands between the title and the method, which the story is found to start at.
 */
const INGREDIENT =
  /^\d+(?:[.,/]\d+)?\s?(?:g|kg|mg|ml|l|cl|dl|el|tl|gr|gramm|liter|prisen?|tassen?|becher|päckchen|pck|tbsp|tsp|cups?|oz|lbs?|tablespoons?|teaspoons?)\.?\s+\p{L}/iu;

/**
 * A site's masthead that opens with its domain name, alone or before a separator and the site's
 * motto: trafilatura's wordsmith.org ("Wordsmith.org: the magic of words") and jan-grosser.de
 * ("jan-grosser.de") took it for the headline. A headline naming a company by its domain goes on
 * without a separator ("Amazon.com Reports ..."); a file name's or a library's ending ("Node.js:")
 * is no country's or generic domain.
 */
export const DOMAIN_MASTHEAD =
  /^[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|org|net|info|biz|eu|de|at|ch|fr|it|es|pl|nl|be|uk|ru|cz|dk|se|no|fi|pt|io|blog)(?:$|\s*[:|–—-]\s)/iu;

/** The domain name a masthead line opens with (DOMAIN_MASTHEAD), or null. */
export function domainMastheadOf(plain: string): string | null {
  const match = DOMAIN_MASTHEAD.exec(plain.trim());
  return match
    ? plain
        .trim()
        .slice(0, match[0].length)
        .replace(/\s*[:|–—-]\s$/u, '')
    : null;
}

/**
 * An e-mail address: a contact list's line ("Ynys Môn Virginia Crosbie
 * virginia.crosbie.mp@parliament.uk", dailymail.co.uk.food's 350 MPs under the article, whose
 * last line lynx took for the headline over the next article's wrapped title), a title never.
 */
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;

/**
 * A line ending as a label or a list does (a colon, comma or semicolon) or holding a web address:
 * no title, whatever else its shape (isHeadlineCandidate; short-titles' looseTitleShape).
 */
export function labelOrAddress(t: string): boolean {
  return /[,;:]$/.test(t) || /https?:\/\/|www\./i.test(t);
}

/**
 * A line that may be the headline: title-like and not page furniture. `plain` is
 * stripHeadingMarks(text) where the caller has it already (the same as of the trimmed text).
 * `minWords` is 1 only where the page names the line as its title otherwise (a trail ending in
 * it): a lone word is a menu's or a box's label far more often than a headline.
 */
export function isHeadlineCandidate(text: string, plain?: string, minWords = 2): boolean {
  if (text.length > 1000) return false;
  const raw = text.trim();
  const t = plain ?? stripHeadingMarks(raw);
  const n = wordCount(t);
  if (n < minWords || n > 30 || t.length > 250) return false;
  if (LIST_ITEM.test(raw) || hasDumpMarker(raw) || isScriptText(raw)) return false;
  // EMAIL holds an "@": the pattern, tried from every word character of the line, only where one
  // stands (the costliest of these patterns, each read alone over the window's lines: stop 53).
  if (labelOrAddress(t) || (t.includes('@') && EMAIL.test(t))) return false;
  if (INGREDIENT.test(t) || DOMAIN_MASTHEAD.test(t)) return false;
  const tag = BRACKET_TAG.exec(t);
  if (!tag && /^[[(<{]/.test(t)) return false;
  // A line of words separated by runs of spaces is a menu bar ("Kernel   Security   Contact");
  // asked of the raw line (`t` is single-spaced). A table of contents' line runs dots to its
  // page number ("12.2. OAuth dialog form.......13", ietf-1).
  if ((raw.match(/\S\s{3,}\S/g) ?? []).length >= 2 || /\.{5,}/.test(t)) return false;
  // A brand written in lower case before a capital opens a headline too ("iMac 5K Lightroom
  // Performance gelöst", "eBay ...").
  const title = tag ? t.slice(tag[0].length) : t;
  if (!/^[\p{Lu}\p{N}'"‘“¿¡«„»‚›]|^[^\p{L}]*[\p{Lo}]|^\p{Ll}\p{Lu}/u.test(title)) return false;
  // The widget test last: the dearest (a key() and its words), and many lines it would turn
  // away fail a cheap test above first (the same answer in any order: each test is pure).
  return !isUiText(t);
}

/** Ends a line that runs on into the next one ("...as priest steps in to" / "mediate"). */
export const RUNS_ON =
  /\s(?:the|a|an|and|or|of|to|in|on|at|for|with|by|from|as|is|are|its|his|her)$/i;

/**
 * The same in the corpora's other languages (German, French, Spanish, Italian, Portuguese):
 * articles, conjunctions and prepositions that no verb takes as its particle ("Apple stellt
 * iPhone vor", "Stadt baut Bahnhof um" end German headlines: vor, um, an, auf, aus, ein, mit
 * stay out). Read only on a line the dump wrapped at its width (headlineSpan), where such a last
 * word is a paragraph's wrapped line: "...des 700-Megawatt-Solarthermie- und" / "250-Megawatt-...",
 * "...der sich nach 18 Jahren als" / "Caritas-Präsident nicht mehr zur Wahl stellte.", "...que
 * ofrecen mañana los" / "Hermanos Franciscanos ..." (trafilatura's pages, taken for headlines
 * over titles printed higher up).
 */
export const RUNS_ON_WRAPPED =
  /\s(?:der|die|das|den|dem|des|eine|einen|einem|einer|eines|und|oder|sowie|von|vom|zum|zur|für|als|dass|weil|wenn|le|la|les|une|du|de|à|au|aux|et|ou|pour|par|avec|sans|sur|dans|el|los|las|unos|unas|del|al|y|con|por|para|sin|que|il|lo|gli|di|della|dei|degli|per|da|do|dos|em|ao|na|no|nas|nos|uma)$/iu;

/**
 * Photo credits and captions above a story: "JIM WATSON/AFP/Getty Images", "CreditPhoto
 * Illustration by ..." (nytimes-5), "(Credit: AP/...)"; "credit" inside a line is a word of
 * headlines too ("The credit card sized PC", simplyfound-1). A caption ends in its credit's label
 * in other languages too ("Mittagessen in einem Seniorenheim Foto: Michael Bönte", "... durante el
 * año escolar. Foto: Andina"), or names itself a stock or archive picture ("Symbolbild:
 * Homosexuelle Schauspieler", "... in London (Archivaufnahme)"): trafilatura's pages, where such
 * captions under the headline were taken for it; "„Blue Marble“-Foto: ICON simuliert ..." is a
 * headline (the label follows a hyphen, not a space). BBC labels its captions for screen readers
 * ("Media captionDrone footage shows ...", "Image caption About 40 bodies ...", "Image copyright
 * Reuters": bbc-1 and trafilatura's BBC page), the label glued to the caption in w3m.
 */
export const PHOTO_CREDIT =
  /^(?:image|media) ?(?:caption|copyright)|(?:^|[\s.])(?:fotos?|bild|fotografía|fotografia)\s*:\s*\S|^symbolbild\b|\(archiv(?:bild|foto|aufnahme)\)|^illustration for article titled|\((?:(?:ao|at|au|al|en el|im) )?(?:centro|center|centre|left|right|esquerda|direita|gauche|droite|izquierda|derecha|links|rechts|mitte)\)|\bsponsored\b|\badvertisement\b|getty images|\/afp\b|\bafp\/|shutterstock|\/ap\b|\bphoto(?:graph)?s?\s*(?:by|:)|^credit|\bcredits?\s*:|\bimage:|©/i;

/** A Creative Commons licence's credit ("In Flickr CC by din_bastet", pinup-fashion's caption). */
const CC_LICENCE = /\bCC[ -]BY\b/u;

/**
 * A picture's credit or source led by its label, in brackets or not ("(Bild: Kirsty Wigglesworth
 * / AP)", "(Foto: Instagram / @3ensta)": mannschaft's caption), or a copyright sign.
 */
const CREDIT_MARK = /(?:^|[\s(.])(?:fotos?|bild|photos?|image|quelle|source|credit)\s*:|©/iu;

/**
 * A picture's credit or caption: PHOTO_CREDIT, a Creative Commons licence (CC_LICENCE) or a
 * credit's or source's label anywhere in the line (CREDIT_MARK). One test for the dump headline
 * rules that pass over a credit (captions.ts asked PHOTO_CREDIT and CC_LICENCE, title-at-start.ts
 * PHOTO_CREDIT and CREDIT_MARK, wrapped-titles' creditOverBlank PHOTO_CREDIT alone): asked all
 * three, each gives the same documents on the corpora's 3,038 dumps (docs/figures.md, stop 45,
 * branch rf45).
 */
export function isPhotoCredit(text: string): boolean {
  return (
    PHOTO_CREDIT.test(text) ||
    CC_LICENCE.test(text) ||
    CREDIT_MARK.test(text) ||
    AGENCY_END.test(text)
  );
}

/**
 * A news agency's name alone after a caption's last sentence, the picture's credit with no label:
 * "Un grupo de pingüinos, en la Antártida el 11 de febrero pasado. EFE" (trafilatura's
 * elpais.com.ciencia; El País and other Spanish and Latin American papers credit so). The
 * agency's name (as agencies print it) after a full stop that ends a sentence: a lower-case
 * letter, a digit or a closing mark before the stop ("... to the U.S. AP" is no credit). Only
 * elpais ends a caption so among the corpora's dumps (docs/figures.md, stop 48, hl48g).
 */
export const AGENCY_END =
  /[\p{Ll}\d)"”’]\.\s+(?:EFE|AFP|AP|dpa|DPA|ANSA|EPA|Reuters|REUTERS|Europa Press|Xinhua|ANP|PAP)(?:\s*[/|]\s*\S.*)?$/u;

/**
 * A caption's mark for where a person stands in the picture, abbreviated: "Marcell Jansen (l.)
 * Piotr Trochowski", "(r.)", "(M.)", "(v.l.)" (German captions on trafilatura's pages, one taken
 * for the headline right over the story). Kept out of PHOTO_CREDIT, which headlineSpan also
 * reads on the line under a headline.
 */
const CAPTION_PLACE = /\((?:l|r|li|re|m|v\. ?l|v\. ?r)\.\)/iu;

/**
 * Headings of lists of other stories, whose items read as headlines: the English ones chrome.ts
 * knows, and the other languages' seen in the corpora (liberation-1 "Sur le même sujet").
 */
export const RELATED_HEADING =
  /^(?:read more|related(?: stories| articles| news| links)?|see also|more stories|recommended(?: for you)?|most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|you may also like|editor'?s picks|up next|more from .{2,30}|sur le même sujet|à lire aussi|lire aussi|voir aussi|mehr zum thema|das könnte sie auch interessieren|leia também|veja também|mais lidas|te puede interesar|más noticias|lo más leído|leggi anche)\s*[:»>-]?$/iu;
/** Lines under such a heading that are taken for its list. */
export const RELATED_LIST_LINES = 8;

/**
 * Prompts: "Listen to this page using ReadSpeaker" (webmd; "Listen to this article" on many
 * news sites), "Login using your Newspass account", "Skip to contentSkip to site index", cnet's
 * "Up Next" teaser, "Continue reading the main story" (nytimes), "Click here to receive live
 * updates on the US election" (bug-1255978's banner).
 */
export const PROMPT =
  /^(?:log ?in|sign ?in|sign up|register|subscribe|skip to|create an account|up next|go to|continue reading|listen to (?:this|the) (?:page|article|story)|(?:click|tap) here)\b/i;

/**
 * A prompt to log in anywhere in a short line: "Debe iniciar sesión para poder guardar
 * artículos." (prensalibre, under its "Guardar" button), "You must be logged in to comment".
 */
const LOGIN_PROMPT =
  /\b(?:log(?:ged)? ?in|sign(?:ed)? ?in|iniciar sesión|inicia sesión|einloggen|anmelden|se connecter|fazer login)\b/iu;

function isLoginPrompt(text: string): boolean {
  return LOGIN_PROMPT.test(text) && wordCount(text) <= 12;
}

/** A line that may stand in a dump's header as headline or standfirst: no credit, no prompt. */
export function isHeaderText(text: string): boolean {
  const plain = stripHeadingMarks(text);
  return (
    isHeadlineCandidate(text, plain) &&
    !PHOTO_CREDIT.test(plain) &&
    !PROMPT.test(plain) &&
    !isSiteChrome(plain)
  );
}

/** The same words twice over, with or without a space between the two copies. */
function isDoubled(text: string): boolean {
  const t = text.trim();
  const half = t.length / 2;
  for (const [a, b] of [
    [Math.floor(half), Math.ceil(half)],
    [Math.floor((t.length - 1) / 2), Math.ceil((t.length + 1) / 2)],
  ] as const) {
    if (a >= 4 && t.slice(0, a).trim() === t.slice(b).trim() && t.slice(a, b).trim() === '') {
      return true;
    }
  }
  return false;
}

/**
 * A byline in the corpora's other languages: "Von Heike Buchter", "Von: Björn Jahner", "Por
 * Mariano Martín", "Von Roland Brockmann und Sebastian Drescher" (trafilatura's pages); two
 * capitalized words after "von" or "por" are a name ("Von der Leyen fordert", "Por qué el
 * dólar" are headlines). The lead word may be capitalized, the name's words must be: no `i`
 * flag, under which \p{Lu} matches lower case too.
 */
const SIGNED_NAME = /^(?:[Vv]on|[Pp]or|[Pp]ar|[Dd]oor)\s*:?\s+\p{Lu}[\p{L}.'’-]*\s+\p{Lu}/u;

/**
 * A dateline or filing line led by its verb: "Posted on Oktober 25, 2023 by Julia Steinhoff",
 * "Veröffentlicht am 15/07/2014 von Guido Beyss", "Veröffentlicht unter Allgemein", "Publicado
 * por Alberto González", "Übersetzt von: Roland Hildebrandt", "Erschienen im Coaching-Newsletter
 * in Ausgabe 12 | 2022" (trafilatura's pages).
 */
const PUBLISHED_LEAD =
  /^(?:posted|published|filed|publicado|publicada|publié|publiée|pubblicato|veröffentlicht|erschienen|übersetzt|geschrieben|erstellt|abgelegt)\s+(?:on|am|im|by|von|por|par|em|el|le|il|unter|under|in|at)(?!\p{L})/iu;

/**
 * The same lead glued to the first category's link, as w3m and lynx print a blog's "Posted
 * in<a>Brookhaven</a>" ("Posted inBrookhaven, DeKalb, News": trafilatura's reporternewspapers,
 * taken for the headline over the story). Case by hand: under the `i` flag \p{Lu} matches lower
 * case too, and "Posted inside" would be read as glued.
 */
const PUBLISHED_LEAD_GLUED =
  /^(?:[Pp]osted|[Pp]ublished|[Ff]iled|[Vv]eröffentlicht|[Aa]bgelegt)\s+(?:in|under|unter)\p{Lu}/u;

/**
 * A picture's or story's credit led by its label: "Foto: sidm / DW", "Bild: Martin Becker",
 * "Quelle: dpa-AFX", "Fuente: EFE", and a gallery's counter ("Bild 5 von 10", "Foto 1 de 1").
 */
export const CREDIT_LABEL =
  /^(?:fotos?|bild(?:er)?|quelle|fuente|fonte|source|crédits?|créditos?|foto\s*credit)\s*(?::|\d+\s*(?:von|de|of|\/)\s*\d+$)/iu;

/**
 * A time of day or a date in figures, which in a short line is a dateline the date reader did not
 * read: "Online seit heute, 12.09 Uhr", "Januar 21, 2014 um 1:05 pm", "Actualizado al 03/05/2022
 * 22:46", "26/12/2019 von revamp-it Webteam" (trafilatura's pages), and a machine's timestamp
 * printed beside the author's name ("Isabell Angele2022-12-07T10:10:52+01:0025. Dezember 2022|",
 * a <time> element's datetime printed as text), which no headline holds. A blog's published and
 * updated days glued ("17/11/201917/11/2019 ~ Cem Basman", WordPress's two <time> elements:
 * trafilatura's sprechblase, where the dateline was taken for the headline) read as one.
 */
export const CLOCK_OR_NUMERIC_DATE =
  /\b\d{1,2}[:.]\d{2}\s*(?:uhr|am|pm|h)(?!\p{L})|\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?:\b|(?=\d{1,2}[./]\d{1,2}[./]\d))|\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/iu;

/** The "by" of a credit inside a line: "Edited by Betsy Beyer". */
const CREDITED_BY = /\sby\s/;

/** html2text's backslash before a Markdown mark it prints as text ("14\. Juni", "\- item"). */
const HTML2TEXT_ESCAPE = /\\([.\-*_#+!])/g;

export function isHeadlineLine(text: string, plain: string): boolean {
  return isHeadlineLineBesideName(text, plain) && !isNameAlone(plain);
}

/**
 * A person's name alone is the byline ("Corey Kilgannon" under the headline); a name opens on no
 * article or pronoun ("Die Freiheit der Planung", "Im Schlepptau", "Unsere MinusL Joghurts":
 * trafilatura's titles, read as names). A short title read as a name may still be the headline by
 * where it stands (nameTitleAt).
 */
export function isNameAlone(plain: string): boolean {
  return wordCount(plain) <= 4 && isAuthorName(plain);
}

/** isHeadlineLine's tests but the name's: every cue of a line that is no headline's. */
export function isHeadlineLineBesideName(text: string, plain: string): boolean {
  return (
    isHeadlineCandidate(text, plain) &&
    !PHOTO_CREDIT.test(plain) &&
    !CAPTION_PLACE.test(plain) &&
    // "From $610.00", "21.dez.2018 às 12h55" (folha's dateline): a headline has words.
    (plain.match(/\p{L}{2,}/gu) ?? []).length >= 2 &&
    !bylineOf(plain) &&
    // html2text escapes a number's dot at a line's start ("14\. Juni 2013 at 20:51").
    !isDateLine(plain.replace(HTML2TEXT_ESCAPE, '$1')) &&
    !/^by\s/i.test(plain) &&
    !SIGNED_NAME.test(plain) &&
    !PUBLISHED_LEAD.test(plain) &&
    !PUBLISHED_LEAD_GLUED.test(plain) &&
    !CREDIT_LABEL.test(plain) &&
    !(wordCount(plain) <= 6 && CLOCK_OR_NUMERIC_DATE.test(plain)) &&
    !PROMPT.test(plain) &&
    !isLoginPrompt(plain) &&
    // A picture's alt text and caption printed as one line: "The PlayStation VRThe PlayStation
    // VR" (yahoo-1), "Firefox Developer EditionFirefox Developer Edition" (mozilla-2).
    !isDoubled(plain) &&
    // The end of a line above: "Damien Leloup et Morgane Tual)".
    !(/\)$/.test(plain) && !plain.includes('(')) &&
    labelledField(plain) === null &&
    // "Edited by Betsy Beyer", "Portrait by George Del Barrio", "Reviewed by Hansa D.
    // Bhargava, MD" (webmd): a credit, not a headline.
    // Without " by " the name read is '', no byline's name: the split and its memo's ask skipped.
    !(
      wordCount(plain) <= 6 &&
      CREDITED_BY.test(plain) &&
      isBylineName((plain.split(CREDITED_BY)[1] ?? '').split(',')[0] ?? '')
    ) &&
    // A site's logo ("WebMD logo", webmd-1 and -2) and greeting ("Welcome to Medical News
    // Today", medicalnewstoday): the masthead, above every page of the site.
    !/\blogo\b/i.test(plain) &&
    !isAdjacentPostLink(plain) &&
    !COMMENT_HEADING.test(plain) &&
    !isSectionPath(plain)
  );
}

/**
 * A line that holds a date is a dateline, no headline, unless the date stands among more than a
 * dateline's words (DATELINE_WORDS beside it: "Von Jörg Staff am 10.08.2022"): a title may name
 * its day ("Bericht zur Coronalage vom 22.04.2020 – worauf wartet die Politik?", "Andacht zur
 * Friedensdekade in der Kaiser-Wilhelm-Gedächtniskirche, 11. November 2021, 18 Uhr": trafilatura's
 * pages whose declared title holds a day were all missed, in every tool).
 */
function isDateLine(plain: string): boolean {
  const date = findDateSpan(plain);
  if (date === null) return false;
  const at = plain.indexOf(date.span);
  return (
    wordsBesideDate(plain, date.span) <= DATELINE_WORDS ||
    // Published and updated ("Dec. 6, 2024, 10:00 PM UTC / Updated Dec. 7, 2024, 12:43 PM UTC",
    // Readability's schema-org-context-object), or glued to the words before it as a dump joins
    // a page's header ("StartseiteKulturfragen"Wir dekorieren ... um"01.05.2017", deutschlandfunk
    // in lynx), or opening the line ("05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des
    // EJW)", ejwue.de in html2text): a header's dateline, however many words stand beside it.
    findDateSpan(plain.slice(at + date.span.length)) !== null ||
    !/\p{L}/u.test(plain.slice(0, at)) ||
    !/\s/.test(plain[at - 1] as string) ||
    // A sentence with its day is a caption ("Un Népalais prie à Katmandou, le 30 avril 2015.",
    // Readability's liberation-1 in w3m) or the story's; a headline ends on no full stop.
    /\.["”’)]?$/u.test(plain)
  );
}

/**
 * A section's path printed over the headline as its rubric: two short names with a slash
 * between ("National / Crime & Legal", japantimes; "Sociedad / Educación", losandes; "DW À LA
 * CARTE / Nos podcasts": trafilatura's pages, where it was taken for the headline right under
 * it). A trail of three parts or more is breadcrumbEnd's.
 */
function isSectionPath(plain: string): boolean {
  const parts = plain.split(' / ');
  return (
    parts.length === 2 &&
    // A question's alternatives are a headline's: "Können Fische Schmerzen spüren / empfinden?".
    !/[?!.]$/u.test(plain) &&
    parts.every((part) => /\p{L}/u.test(part) && wordCount(part) <= SECTION_NAME_WORDS)
  );
}

/** Words of a section's name in a rubric's path: "DW À LA CARTE". */
const SECTION_NAME_WORDS = 4;

/**
 * A comment section's heading, which names the post it is under: "2 Gedanken zu „Folge 70: Star
 * Trek: Picard“", "3 Responses to SW082 – 82 Gründe zum weiter hören", "One thought on “FIFA 21
 * Game Settings”", "6 Kommentare zu “...”" (25 of trafilatura's pages in w3m). No headline itself,
 * it prints the post's title (printedAt), which it stands far below; the title is its last group.
 */
export const COMMENT_HEADING =
  /^(?:\d{1,4}|one|two|three|ein|eine|einen|zwei|drei|un|une|uno|una)\s+(?:responses?|repl(?:y|ies)|comments?|thoughts?|gedanken?|kommentare?|antworten|réponses?|commentaires?|réflexions?|respuestas?|comentarios?)\s+(?:to|on|zu|auf|à|sur|a|en)\s+[„“"”«»‚‘'‹›\s]*(.+?)[“”"«»‘’'‹›\s]*$/iu;

/** A byline's name alone: name-like, opening on no article ("Der WindRebell" is a title). */
export function isAuthorName(text: string): boolean {
  return isBylineName(text) && !NAME_NEVER_OPENS.test(text.trim());
}

/** Words no name opens on: articles, possessives and article-prepositions ("im", "zum"). */
const NAME_NEVER_OPENS =
  /^(?:der|die|das|dem|den|des|ein|eine|einer|eines|im|am|zum|zur|vom|beim|unsere?|unser|meine?|mein|deine?|the|an|my|our|your|le|la|les|un|une|el|los|las|il|lo|gli)\s/iu;

/**
 * A blog's links to the previous and next post, printed over the post's headline: "« Fünf
 * Gedanken zum Pokal-Aus in Dortmund", "SW083 – Schwitzebaerchen →", "← Adalbert Stifter –
 * Bergkristall V" (trafilatura's pages, where such a link, printed again at the post's foot, was
 * taken for the headline). A headline in guillemets closes what it opens ("« Les privatisations
 * ... »", "»Einfach kein Geld mehr ...«").
 */
function isAdjacentPostLink(plain: string): boolean {
  // html2text prints the arrows as "<-" and "->" ("Verrückte Psychopathen re-GIER-en die Welt!
  // Wake News Radio/TV ->", mywakenews, over the post's "## NWO - PSYOP ..." heading).
  if (/^(?:←|<-)\s|\s(?:→|->)$/u.test(plain)) return true;
  if (/^[«‹]\s/u.test(plain)) return !/[»›]/u.test(plain.slice(1));
  if (/\s[»›]$/u.test(plain)) return !/[«‹]/u.test(plain.slice(0, -1));
  return false;
}
