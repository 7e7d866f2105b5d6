// Site chrome: the parts of a scraped page that are not the story. Recognized by what they are
// (navigation, sharing widgets, counters, comment and login prompts, copyright and repost
// footers), never by a list of one site's phrases. Each rule returns the label of what it found
// (src/extract/labels.ts holds the labels and their wording in the removal report).

import { REMOVAL_WORDING, type ChromeLabel } from '../extract/labels.ts';
import { holdsSurrogate, isLetterUnit, wordCount } from '../text.ts';
import { perDocument } from './memo.ts';

/** Words that make up sharing, navigation and account widgets. */
const WIDGET_WORDS = new Set(
  (
    'print printer friendly pdf email e-mail mail share shares sharing tweet twitter facebook ' +
    'linkedin whatsapp reddit pinterest telegram instagram youtube rss feed dictionary comment ' +
    'comments icon image images photo video lock help social save bookmark copy link url font ' +
    'size text listen audio top back home menu search login log sign in out up subscribe ' +
    'newsletter register account more read next previous prev related advertisement ad ads ' +
    'sponsored close open toggle skip content main navigation nav view views like likes follow ' +
    'us on to the a and or of & | this page story article print-friendly'
  ).split(' '),
);

/** The words a widget line must have at least one of (so "The end of an era" is not a widget). */
const WIDGET_CORE = new Set(
  (
    'print printer pdf email e-mail share tweet twitter facebook linkedin whatsapp reddit ' +
    'pinterest telegram instagram rss dictionary comment comments icon bookmark font listen ' +
    'login log subscribe newsletter advertisement ad ads sponsored toggle skip navigation ' +
    'print-friendly'
  ).split(' '),
);

/** A word of a widget line (its letters, "&" and "|" count: "Share | Email"). */
const WIDGET_TOKEN = /[\p{L}&|]+(?:-[\p{L}]+)*/gu;

/** Between the crumbs of a breadcrumb trail: " > ", " » ", " | ", " / ". */
export const CRUMB_SEPARATOR = /\s[>»›|/]\s/;

/**
 * "Home > National > Politics", "News | Markets", "HOME / Business / Asia": short segments
 * between separators. Two segments only when the first is the site's home ("Iraq / Iran" in a
 * headline is not navigation); three or more of one to three words each.
 */
function isBreadcrumb(text: string): boolean {
  // Without a separator the line is one part (split's array, and its trims, are not made).
  if (!CRUMB_SEPARATOR.test(text)) return false;
  const parts = text.split(CRUMB_SEPARATOR).map((p) => p.trim());
  if (parts.length < 2 || parts.length > 7 || /[.!?,;]$/.test(text)) return false;
  if (!parts.every((p) => p && wordCount(p) <= 3)) return false;
  if (/[>»›]/.test(text)) return true;
  return parts.length >= 3 || /^(?:home|news|index|start|front page)$/i.test(parts[0] ?? '');
}
// Counters are the whole line, so that "Shares fell 5 pct" in a wire story is never one.
const COUNTERS = [
  /\b(?:has|have) been (?:viewed|read|shared)\s+[\d,]+\s+times\b/i,
  /^\s*[\d,.]+[km]?\s+(?:views|comments|shares|likes|reads)\s*$/i,
  /^\s*(?:views|comments|shares|likes|reads)\s*[:(]?\s*[\d,.]+[km]?\)?\s*$/i,
  /\(\s*\d+\s*\/\s*\d+\s*\S{0,3}\s*\)\s*$/, // a comment box's character counter
];
// Plural "comments" with a rule word: "declined to comment" or "his comments were posted" in a
// story do not match, and reported speech ("said", "told") is excluded below.
const COMMENT_PROMPT =
  /\b(?:comments|remarks|replies)\b[^]{0,200}?\b(?:moderat\w*|log ?in|sign ?in|register|polic(?:y|ies)|guidelines|banned|abusive|obscene)\b|\b(?:log ?in|sign ?in|register)\b[^]{0,80}?\bcomments?\b/i;
const REPORTED_SPEECH = /\b(?:said|says|told|according to)\b/i;
const BACK_TO_TOP = /^\s*(?:back to |return to |go to )?top(?:\s+top)?\s*[↑^]?\s*$/i;
const SOCIAL_LOGIN =
  /\b(?:log ?in|sign ?in|connect)\b.{0,60}\b(?:twitter|facebook|google|account|accounts)\b/i;
const SUBSCRIBE =
  /\b(?:subscribe|sign up|newsletter)\b.{0,80}\b(?:email|inbox|free|today|now|updates|newsletter)\b/i;
const COPYRIGHT = /^\s*(?:©|\(c\)|copyright\b)|\ball rights reserved\b/i;
const REPOST = /^\s*the post\s.{1,400}?\sappeared first on\s+(.{2,80}?)\s*\.?\s*$/i;
const FIRST_PUBLISHED =
  /^\s*(?:this (?:article|story) )?(?:was )?(?:originally|first) (?:published|appeared) (?:by|in|on)\s+(?:the website of\s+)?(.{2,60}?)\s*\.?\s*$/i;
const CONNECT_WITH = /\bconnect\b.{0,30}?\bwith\s+(?:the\s+)?(.{2,60}?)\s*\.?\s*$/i;
const NEWSLETTER_FOOTER =
  /\b(?:receiving this (?:e-?mail|newsletter|message)|unsubscribe|forward (?:this|it)? ?to a friend|manage (?:your )?(?:preferences|subscription)|view (?:this e-?mail )?in (?:your )?browser)\b/i;
const PAYWALL =
  /\b(?:subscribe|subscription|subscribers?)\b.{0,60}\b(?:continue reading|to read|keep reading|full (?:story|article)|unlimited|exclusive)\b|\b(?:limit of free articles|continue reading|subscriber(?:s)? only|subscriber exclusive|full access|cancel anytime|free trial|already a subscriber)\b/i;
const CONTINUATION =
  /^\s*\(?\s*continued (?:on|from) (?:next |page |p\.?\s?)?(?:page\s*)?\w*\s*\)?\s*$/i;
const PAGE_NUMBER =
  /^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|\d{1,4}\s*\/\s*\d{1,4})\s*$/i;
const READING_TIME = /^\s*\d{1,3}\s*(?:-|\s)?min(?:ute)?s?\.?\s+read\s*$/i;
const ADVERTISEMENT = /\badvert(?:isement|ising)?\b|\bsponsored\b/i;
/**
 * A newspaper's note that the story also ran in print: "A version of this article appears in
 * print on January 13, 2017, on Page A7 of the New York edition with the headline: ..." (the
 * New York Times, under every story; Readability's nytimes-1, -3, -4), "This article appeared in
 * the print edition of ...", "... in the March 2019 issue of ...". It is the paper's page
 * furniture, and its day is the print edition's, not the story's: trafilatura's references and
 * ScrapingHub's leave it out. Only the line's opening is read: the note wraps over two or three
 * lines in a dump, and the rest is taken as its continuation (chrome-lines.ts).
 */
const PRINT_EDITION =
  /^(?:a version of )?this (?:article|story|essay|review|column|piece|interview|report) (?:appears|appeared|was published|ran)(?: originally)? in (?:print\b|the (?:print|[\p{L}\d ,.]{1,40} (?:print edition|issue)\b))/iu;
/**
 * A picture's credit on a line of its own, which the dumps print under or over the picture:
 * "Foto: sidm / DW", "Photo: Joseph Cox", "(Credit: Nasa)", "Bild: Jahr Media", "Fotos: EL
 * HERALDO/ AFP", "Photo by Joan Bardeletti". Trafilatura's references leave them out (its
 * must-not snippets "Bild: Jahr Media", "(crédito: Minervino Júnior"); 343 such lines of at most
 * 14 words stood in 116 of the 1,052 w3m dumps. A label and a colon, or "by", open the line;
 * CREDIT_WORDS keeps out a caption of a sentence ("Photo: Adil Boukind Archives Le Devoir Les
 * entreprises de trottinettes ..." is longer).
 */
const PHOTO_CREDIT =
  /^[([]?\s*(?:(?:photo|image|foto|bild)\s?credits?|photos?|photograph(?:y|s)?|images?|pictures?|fotos?|fotograf(?:ie|ía|ia)|bild(?:er)?|cr[eé]ditos?|credits?|imagen)\s*(?::|©)\s*\S/iu;
const PHOTO_BY =
  /^[([]?\s*(?:photo|photograph|image|picture|foto|bild)s?\s+(?:by|von|de|di|par|courtesy of)\s+\S/iu;
/** The longest credit line PHOTO_CREDIT and PHOTO_BY take, in words (above). */
const CREDIT_WORDS = 12;
/**
 * An embedded Instagram post's own lines, which the dumps print where the post stood: "View
 * this post on Instagram" / "Sieh dir diesen Beitrag auf Instagram an", and its signature "A
 * post shared by NAME (@handle) on Apr 27, 2020 at 9:24am PDT" / "Ein Beitrag geteilt von ... am
 * Apr 21, 2019 um 4:47 PDT", whose day is the post's, not the story's (15 pages of the
 * corpora's dumps print them).
 */
const EMBEDDED_POST =
  /^(?:view this post on instagram|sieh dir diesen beitrag auf instagram an|ver esta publicaci[oó]n en instagram|voir cette publication sur instagram|visualizza questo post su instagram|a post shared by\s.*\(@[\w.]+\)|ein beitrag geteilt von\s.*\(@[\w.]+\)|une publication partag[ée]e par\s.*\(@[\w.]+\)|una publicaci[oó]n compartida (?:de|por)\s.*\(@[\w.]+\))/iu;
/**
 * The advertisement marker in the corpora's other languages, the whole line: "Anzeige" (8 of
 * the w3m build's articles kept it), "Werbung" (4), "Publicidad", "Publicité".
 */
const AD_MARKER =
  /^[-–—\s]*(?:anzeige|werbung|publicidad|publicit[ée]|pubblicit[àa]|reklama|publicidade|advertentie)[-–—\s:]*$/iu;
// "IFRAME: https://www.youtube.com/embed/..." is lynx's print of an embedded frame (a video, a
// map, an advertisement): its address alone, never text of the page.
const URL_LINE =
  /^\s*(?:(?:url|link|source link|permalink|printed from|retrieved from|downloaded from|source|iframe)\s*:?\s*)?(?:https?:\/\/|www\.)\S+\s*$/i;
/**
 * A picture printed by its file name alone, "performance.jpg", or in lynx's brackets,
 * "[baz.png]", or as w3m's and lynx's "[IMG]": how the tools print an image whose alt text is
 * its file's name or missing (Readability's lazy-image and base-url pages). No story writes a
 * line so.
 */
const IMAGE_NAME = /^(?:\[IMG\]|\[?[^\s/[\]]{1,80}\.(?:jpe?g|png|gif|webp|svg)\]?)$/i;
const INLINE_RELATED =
  /^\s*(?:also read|read more|read also|related|see also|more|recommended|watch|listen)\s*[:»>|-]\s*\S/i;
// Agency slugs: "BC-STANDARD-LIFE-CONCERN   06-28 0316".
const WIRE_SLUG = /^\s*[A-Z0-9][A-Z0-9.<>()&/'-]{2,40}\s+\d\d-\d\d\s+\d{3,4}\s*$/;
const WIRE_SIGNOFF = /^\s*(?:reuter|reuters|ap|afp|ends?|-?\s*30\s*-?|###)\s*$/i;
const TIME_WORDS = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun ' +
    'january february march april may june july august september october november december jan feb mar apr ' +
    'jun jul aug sep sept oct nov dec am pm a.m p.m at on gmt bst utc est edt cet pst pdt jst local time ' +
    'updated posted published last modified ago hour hours minute minutes min mins day days week weeks just now today yesterday'
  ).split(' '),
);

/**
 * A line of nothing but time words and numbers, at most 8 tokens: "Updated Monday 10:24 AM",
 * "Posted Aug 22". Read token by token, lower-cased: the first word that is no time word, or a
 * ninth token, settles it (a whole line's tokens cost more than the rest of chromeLabel).
 */
function isTimestamp(lower: string): boolean {
  let tokens = 0;
  let words = 0;
  const plain = !holdsSurrogate(lower);
  for (let i = nextToken(lower, 0, TIMESTAMP_TOKEN, plain); i >= 0;) {
    const end = tokenEnd;
    if (++tokens > 8) return false;
    if (!isDigitUnit(lower.charCodeAt(i))) {
      words++;
      // The token without one closing dot ("a.m." is "a.m").
      const stop = lower.charCodeAt(end - 1) === 0x2e ? end - 1 : end;
      if (!TIME_WORDS.has(lower.slice(i, stop))) return false;
    }
    i = nextToken(lower, end, TIMESTAMP_TOKEN, plain);
  }
  return words > 0 && !isEventTime(lower);
}

const TIMESTAMP_TOKEN = /[\p{L}.]+|\d[\d:.,/-]*/gu;

/** Where the token nextToken found last ends. */
let tokenEnd = 0;

/**
 * Where the first match of `pattern` (TIMESTAMP_TOKEN or WIDGET_TOKEN) at or after `from`
 * starts, or -1; its end is left in tokenEnd. A text without surrogates (`plain`) is read a code
 * unit at a time, to the same tokens: the pattern's exec made a match array a token, most of
 * the allocations chromeLabel's rules made (66 MB a pass over the 10-30 KB dumps, stop 42).
 */
function nextToken(text: string, from: number, pattern: RegExp, plain: boolean): number {
  if (!plain) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    tokenEnd = pattern.lastIndex;
    return m ? m.index : -1;
  }
  const scan = pattern === WIDGET_TOKEN ? widgetTokenEnd : timestampTokenEnd;
  for (let i = from; i < text.length; i++) {
    const end = scan(text, i);
    if (end > i) {
      tokenEnd = end;
      return i;
    }
  }
  return -1;
}

/** Where TIMESTAMP_TOKEN's match at `i` ends (`i` when none starts there): `[\p{L}.]+|\d[\d:.,/-]*`. */
function timestampTokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let j = i + 1;
  if (c === 0x2e || isLetterUnit(c)) {
    while (j < text.length && (text.charCodeAt(j) === 0x2e || isLetterUnit(text.charCodeAt(j))))
      j++;
    return j;
  }
  if (!isDigitUnit(c)) return i;
  while (j < text.length && NUMBER_UNITS.includes(text.charAt(j))) j++;
  return j;
}

/** What may follow a number's first digit in TIMESTAMP_TOKEN. */
const NUMBER_UNITS = '0123456789:.,/-';

/** Where WIDGET_TOKEN's match at `i` ends (`i` when none starts there): `[\p{L}&|]+(?:-\p{L}+)*`. */
function widgetTokenEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isWidgetUnit(text.charCodeAt(j))) j++;
  if (j === i) return i;
  // Each hyphen joins only when a letter follows it.
  while (
    j + 1 < text.length &&
    text.charCodeAt(j) === 0x2d &&
    isLetterUnit(text.charCodeAt(j + 1))
  ) {
    j += 2;
    while (j < text.length && isLetterUnit(text.charCodeAt(j))) j++;
  }
  return j;
}

function isWidgetUnit(c: number): boolean {
  return c === 0x26 || c === 0x7c || isLetterUnit(c);
}

function isDigitUnit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * A weekday with its day of the month and no year ("Tuesday, 1 March", "Saturday 20
 * November"), or a time in the 24-hour "1945 GMT" of BBC match previews, is when something is
 * to happen, told by the story: a page stamps itself with a year, a clock ("10:24"), or
 * "updated"/"ago". All 16 lines the BBC News corpus lost as timestamps were these fixture lines.
 */
const EVENT_DAY =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day,? \d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/i;
const EVENT_CLOCK = /^(?:[01]\d|2[0-3])[0-5]\d (?:gmt|bst|utc|cet)$/i;

function isEventTime(line: string): boolean {
  const text = singleSpaced(line);
  return EVENT_DAY.test(text) || EVENT_CLOCK.test(text);
}

/**
 * A sharing, navigation or account widget: one to 8 words, three quarters of them widget
 * words, one a core word. Read word by word, lower-cased: a ninth word, or a third that is no
 * widget word (then under three quarters of at most 8), settles it.
 */
function isWidget(lower: string): boolean {
  let count = 0;
  let other = 0;
  let core = false;
  const plain = !holdsSurrogate(lower);
  for (let i = nextToken(lower, 0, WIDGET_TOKEN, plain); i >= 0;) {
    const end = tokenEnd;
    if (++count > 8) return false;
    const w = lower.slice(i, end);
    i = nextToken(lower, end, WIDGET_TOKEN, plain);
    // The parts of a hyphenated word are looked up only when it has a hyphen: without one, its
    // one part is the word itself, already looked up (the same answer, without an array a word).
    const hyphenated = w.includes('-');
    const known =
      WIDGET_WORDS.has(w) || (hyphenated && w.split('-').every((p) => WIDGET_WORDS.has(p)));
    if (!known && ++other > 2) return false;
    core ||= WIDGET_CORE.has(w) || (hyphenated && w.split('-').some((p) => WIDGET_CORE.has(p)));
  }
  return count > 0 && core && (count - other) / count >= 0.75;
}

const READ_MORE =
  /^\s*(?:read more|related(?: stories| articles| news| links)?|see also|more on this (?:story|topic)|more stories|more from [\p{L} ]{2,30}|recommended(?: for you)?|most (?:read|popular|viewed|shared)|trending(?: now)?|top stories|latest(?: news| stories)?|popular(?: now)?|in this issue|you may also like|editor'?s picks)\s*[:»>-]?\s*$/iu;

/**
 * A piece of text each match of a rule holds, lower-cased: COPYRIGHT_WORDS for COPYRIGHT, and so
 * on. Those rules are case-insensitive without /u, so their letters match ASCII letters only, and
 * a line's lower-cased text holds the piece wherever a rule matches the line: a line holding none
 * is passed over without trying the rule from every position (most lines hold none).
 */
const COPYRIGHT_WORDS = ['©', '(c)', 'copyright', 'all rights reserved'];
const COMMENT_PROMPT_WORDS = ['comment', 'remarks', 'replies'];
const SOCIAL_LOGIN_WORDS = ['twitter', 'facebook', 'google', 'account'];
const SUBSCRIBE_WORDS = ['subscribe', 'sign up', 'newsletter'];
const NEWSLETTER_FOOTER_WORDS = ['receiving this', 'unsubscribe', 'forward', 'manage', 'view'];
const PAYWALL_WORDS = [
  'subscri',
  'limit of free articles',
  'continue reading',
  'full access',
  'cancel anytime',
  'free trial',
];
const ADVERTISEMENT_WORDS = ['advert', 'sponsored'];

/** `lower` holds one of `pieces`. */
function mayMatch(lower: string, pieces: readonly string[]): boolean {
  for (const piece of pieces) if (lower.includes(piece)) return true;
  return false;
}

/**
 * Every piece of the seven lists above as one pattern: a line holding none (all but 808 of
 * 26,500 lines of 80 dumps) is passed over by every mayMatch with one scan, in a third of the
 * time of the lists' includes one after another (330 against 960 ns a line: docs/figures.md,
 * stop 41).
 */
const ANY_PIECE = new RegExp(
  [
    ...COPYRIGHT_WORDS,
    ...COMMENT_PROMPT_WORDS,
    ...SOCIAL_LOGIN_WORDS,
    ...SUBSCRIBE_WORDS,
    ...NEWSLETTER_FOOTER_WORDS,
    ...PAYWALL_WORDS,
    ...ADVERTISEMENT_WORDS,
  ]
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
);

/** `lower` when it holds a piece of a word rule (ANY_PIECE), else '', which mayMatch passes over. */
function withPieces(lower: string): string {
  return ANY_PIECE.test(lower) ? lower : '';
}

/**
 * Two white-space characters in a row, or one that is not a plain space: what singleSpaced
 * changes. Written as two spaces or a white space that is no plain space, which matches the same
 * texts as /\s\s|[^\S ]/ (a space followed by other white space holds the second), and is some
 * 10-25% cheaper to run: every line of a page is tested several times (1.5 M tests a pass over the
 * 10-30 KB dumps, stop 50).
 */
const SPACING = / {2}|[^\S ]/;

/**
 * The line trimmed, with every run of white space made one space. The rules below read words,
 * not layout, and several put \s* or \s+ beside each other or beside an optional part ("\s*\)?\s*$",
 * ".{2,60}?\s*\.?\s*$"): on a long run of spaces or tabs those backtrack polynomially (a
 * "continued on page" line with 5,000 spaces took 16 s, and the time grows as the fourth power).
 * With single spaces every such run is one character, and each rule is linear in the line.
 */
export function singleSpaced(line: string): string {
  const trimmed = line.trim();
  return spacesCollapsed(trimmed);
}

/** Every run of white space made one space (`text.replace(/\s+/g, ' ')`). */
export function spacesCollapsed(text: string): string {
  // Most lines are single-spaced already: the test is four times cheaper than the replace,
  // which builds a new string even when it changes nothing.
  return SPACING.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** What kind of chrome a line is, or null when it may be story text. */
export function chromeLabel(line: string): ChromeLabel | null {
  // Remembered by the line as given first: most calls ask again of a line already asked, and a
  // page's line is the same string each time, so the lookup costs no trimming, no spacing test
  // and no hashing of a new string (2% of a dump's normalize time went there).
  return chromeLabelByLine(line);
}

/**
 * Remembered by the line only: a second memo by the single-spaced text found an answer for 10,400
 * of its 264,734 asks (two passes over the 10-30 KB dumps, stop 44), and each of the others cost
 * a hashed string and a Map entry.
 */
const chromeLabelByLine = perDocument((line: string) => readChromeLabel(singleSpaced(line)));

function readChromeLabel(text: string): ChromeLabel | null {
  // `text` is single-spaced already (chromeLabel).
  if (!text) return null;
  const n = wordCount(text);
  // The unanchored word rules are tried only on lines holding a word each needs (mayMatch).
  const lower = text.toLowerCase();
  // No word rule is tried on a line of more than 60 words (COMMENT_PROMPT's limit, the highest).
  const held = n <= 60 ? withPieces(lower) : '';
  if (REPOST.test(text)) return 'repost-footer';
  if (FIRST_PUBLISHED.test(text)) return 'first-published-footer';
  if (n <= 14 && isBreadcrumb(text)) return 'breadcrumb';
  if (n <= 30 && mayMatch(held, COPYRIGHT_WORDS) && COPYRIGHT.test(text)) return 'copyright';
  if (
    n <= 60 &&
    mayMatch(held, COMMENT_PROMPT_WORDS) &&
    COMMENT_PROMPT.test(text) &&
    !REPORTED_SPEECH.test(text)
  ) {
    return 'comment-prompt';
  }
  if (n <= 15 && mayMatch(held, SOCIAL_LOGIN_WORDS) && SOCIAL_LOGIN.test(text)) {
    return 'login-prompt';
  }
  if (n <= 25 && mayMatch(held, SUBSCRIBE_WORDS) && SUBSCRIBE.test(text)) {
    return 'subscription-prompt';
  }
  if (n <= 12 && COUNTERS.some((re) => re.test(text))) return 'counter';
  if (BACK_TO_TOP.test(text)) return 'back-to-top';
  if (READ_MORE.test(text)) return 'related-heading';
  if (n <= 30 && mayMatch(held, NEWSLETTER_FOOTER_WORDS) && NEWSLETTER_FOOTER.test(text)) {
    return 'newsletter-footer';
  }
  if (n <= 25 && mayMatch(held, PAYWALL_WORDS) && PAYWALL.test(text)) return 'paywall';
  if (PRINT_EDITION.test(text)) return 'print-edition';
  if (EMBEDDED_POST.test(text)) return 'embedded-post';
  if (n <= CREDIT_WORDS && (PHOTO_CREDIT.test(text) || PHOTO_BY.test(text))) {
    return 'photo-credit';
  }
  if (n <= 2 && AD_MARKER.test(text)) return 'advertisement';
  if (CONTINUATION.test(text)) return 'continuation-note';
  if (PAGE_NUMBER.test(text)) return 'page-number';
  if (n <= 6 && mayMatch(held, ADVERTISEMENT_WORDS) && ADVERTISEMENT.test(text)) {
    return 'advertisement';
  }
  if (READING_TIME.test(text)) return 'reading-time';
  if (URL_LINE.test(text)) return 'link';
  if (n <= 2 && IMAGE_NAME.test(text)) return 'image-name';
  if (n <= 18 && INLINE_RELATED.test(text)) return 'related-link';
  if (WIRE_SLUG.test(text)) return 'wire-slug';
  if (WIRE_SIGNOFF.test(text)) return 'wire-signoff';
  if (isTimestamp(lower)) return 'timestamp';
  if (isWidget(lower)) return 'widget';
  return null;
}

/** Why a line is chrome, in the removal record's wording, or null when it may be story text. */
export function chromeReason(line: string): string | null {
  const label = chromeLabel(line);
  return label && REMOVAL_WORDING[label];
}

/** The publication named by a repost footer or a "connect with" prompt, if any. */
export function sourceFromChrome(line: string): string | null {
  const text = singleSpaced(line);
  const repost = REPOST.exec(text) ?? FIRST_PUBLISHED.exec(text);
  if (repost?.[1]) return repost[1].trim();
  const connect = CONNECT_WITH.exec(text);
  if (connect?.[1]) return connect[1].trim();
  return null;
}
