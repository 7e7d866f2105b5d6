// Page furniture: the navigation, account, share and like widgets a dump prints around the
// article ("Accessibility links", "Sign in", "Share on Facebook", "□ LOGOUT"), dump markers,
// list items and Markdown heading marks, and the folded keys lines are compared by. A line of
// furniture is never a headline nor a name: every other headline module asks these first.

import { singleSpaced, spacesCollapsed } from '../chrome.ts';
import { perDocument } from '../memo.ts';

/**
 * Words that make up a page's navigation and account widgets. A short line made only of these
 * is UI text, never a headline or a name. Sources: the headlines and bylines wrongly taken on
 * Readability's pages before this module (English: bbc-1 "Accessibility links", medium
 * "Ready to publish?", "Open in app", engadget "Show More Results", seattletimes "All Sections",
 * spiceworks "Login Join", iab "Sign In Join IAB", nytimes "Today’s Paper"; Portuguese: folha
 * "Entrar Buscar", "Assine"; German: heise "Einloggen | Registrieren"; French: liberation
 * "Rechercher Mon profil") and the same few widgets' usual words in the other languages of the
 * corpora (Spanish la-nacion, Czech aktualne, Italian). Kept to navigation words: "Home" or
 * "More" alone are menu items, but the list must not hold words of ordinary headlines.
 */
export const UI_WORDS = new Set(
  [
    // English
    'sign in up out on log login logout logoff register registration join subscribe subscription',
    'unsubscribe account accounts my profile settings notifications search menu navigation nav',
    'skip to content main footer accessibility links help contact us home close open share sidebar',
    "more show less result results all sections section ready publish app today’s today's paper",
    'breaking news latest follow read later next previous prev back top print email',
    'newsletter newsletters get info buy now the your a of and or for & | / here click tap',
    // A donation button ("Donate", theintercept's "In partnership with" / "Donate", read as one
    // wrapped headline over the story's picture caption in lynx; stop 47)
    'donate',
    'view options enter zip code go submit toggle expand collapse starter page overview',
    'advertisement ad ads sponsored jump terms service privacy policy choices rss via',
    // A box of the site's picks above the story ("Featured Content", webmd-1 and -2)
    'featured content',
    // Networks named by sharing buttons ("Share on Google Plus", "Facebook Twitter")
    'facebook twitter google google+ plus linkedin whatsapp pinterest tumblr reddit instagram',
    'youtube tweet pocket flipboard our photos photo gallery video videos full screen autoplay caption captions',
    // German
    'anmelden abmelden einloggen registrieren suche suchen menü startseite konto mein zum inhalt',
    'vorige nächste zurück weiter « »',
    // A comment form's links and buttons, above or under the story (trafilatura's pages:
    // "Kommentar hinzufügen", "Kommentar verfassen Antworten abbrechen", "Hinterlasse jetzt
    // einen Kommentar", "Zum Inhalt springen"; English "Leave a comment", "Cancel reply")
    'kommentar kommentare kommentieren hinzufügen verfassen antworten abbrechen hinterlasse',
    'hinterlassen jetzt einen springen comment comments leave reply cancel add',
    // Sharing, picture and advertising buttons and labels of other languages (trafilatura's
    // pages: "Bild anzeigen Bild schließen", "Grafik herunterladen", "Zum Inhalt überspringen",
    // "Cerrar Compartir en Linkedin", "CONTINUA DEPOIS DA PUBLICIDADE")
    'überspringen anzeigen schließen herunterladen teilen drucken kopieren bild grafik werbung',
    'anzeige compartir en publicidad compartilhar publicidade continua depois da partager',
    'imprimer publicité condividi stampa pubblicità',
    // Skip links and menu buttons of German pages ("Zur Hauptnavigation springen Zur Suche
    // springen", "Springe zum Inhalt", "Navigation öffnen/schliessen", "Sprache ändern")
    'zur hauptnavigation fußzeile springe öffnen schliessen sprache ändern',
    // A skip link's target, the main content's label for screen readers ("Hauptinhalt" under
    // lynx's "Suche", trafilatura's wsl.ch; stop 42, branch hl42f)
    'hauptinhalt',
    // Widgets' words on German pages and their English kin, taken for headlines on
    // trafilatura's pages ("Text herunterladen", "Link kopieren", "Mehr erfahren", "Teilen
    // Senden", "Schreibe eine Antwort", "Neueste Kommentare", "Häufig gesucht", "Kontakt
    // aufnehmen", "Mitglied seit", "Cookies aktivieren", "Already have a subscription?")
    'text link mehr erfahren senden schreibe schreib eine antwort neueste häufig gesucht kontakt',
    'aufnehmen mitglied seit cookies aktivieren already have learn',
    // Portuguese
    'entrar sair buscar busca assine cadastre-se minha conta abrir fechar',
    // French
    'connexion connecter se rechercher recherche mon compte accueil s’abonner abonnez-vous',
    // Spanish
    'iniciar sesión registrarse suscríbete inicio cuenta cerrar',
    // Italian
    'accedi cerca registrati abbonati',
    // Czech (aktualne: "Sdílet článek", share the article)
    'přihlásit přihlášení hledat sdílet článek',
  ]
    .join(' ')
    .split(' '),
);

/** UI phrases that hold a word of ordinary text: matched as the whole line (folded). */
const UI_LINES = new Set([
  'ready to publish?', // Medium's editor bar (medium-1, medium-2 in Readability's pages)
  'open in app', // Medium
  'jump to content', // Wikipedia
  'you have no pending notifications', // royal-road
  'early bird discount ends today', // aclu's banner
  'introducing fandom author profiles', // wikia
  'take your next trip with atlas obscura!', // article-author-tag
  'from wikipedia, the free encyclopedia', // wikipedia-4
  'submissions and discussion policy', // wapo-1, wapo-2
  'there are no new alerts at this time', // schema-org-context-object (NBC News)
  'change the story’s title, subtitle, and visibility as needed', // Medium's editor bar
  'featured close publish changes', // Medium's editor bar (medium-1)
  'pin it', // Pinterest's button (yahoo-1)
  'captions will look like this', // a video player's caption settings (yahoo-3)
  'video not available', // a video player's (yahoo-3)
  'unfortunately, this video is not available in your region.', // yahoo-3
  // BBC's video player's fallback, over the video's caption between headline and story (BBC's
  // pages on trafilatura's corpus); like yahoo-3's, a player's message, never a title.
  'media playback is unsupported on your device',
  'not logged in', // lwn-1's account box
  'about this capture', // the Wayback Machine's banner (trafilatura's archive.org pages)
  'close this search box.', // a search box's button (trafilatura's Journalistenwatch)
  'created with sketch.', // an SVG icon's <title> as Sketch exports it (5 of trafilatura's pages)
]);

/**
 * Marks the dumping tools print for form fields, buttons, images and frames: w3m's "□" (a
 * checkbox) and "[    ]" (a text field), lynx's "#alternate" <link> lines at the top of a
 * page, its "(BUTTON)", "IFRAME:", "[IMG]" and "____" text fields, and HTML leftovers of broken
 * <noscript> blocks ("<img src=...", `" />`), lower case only: Reuters prints tickers in angle
 * brackets ("AMERICAN EXPRESS <AXP> SEES..."). A line with one is page furniture.
 */
const DUMP_MARKER =
  /^\s*#[^\s#]|□|\(BUTTON\)|\[IMG\]|IFRAME:|\[\s*\]|_{4,}|\[INS:|<\/?(?:img|a|div|span|p|br|script|iframe|noscript|style|link|meta)\b|\/>|[?&][a-z0-9_]+=[^\s]*&/;

/** html2text prints headings as Markdown: "#  Title", "## Section". */
const HEADING_MARK = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;

/** Level of an html2text heading line (1 for "# "), or 0. */
export function headingLevel(text: string): number {
  return HEADING_MARK.exec(text.trim())?.[1]?.length ?? 0;
}

/** The text of a line without html2text's heading marks. */
export function stripHeadingMarks(text: string): string {
  return plainMemo(text);
}

/**
 * stripHeadingMarks' answers for the document's lines: key() asks of every line (isWidgetLine),
 * the headline finder's plainOf of its candidate lines, the trails and revisions again: 374,762
 * asks of 193,548 texts a pass over the 10-30 KB dumps (stop 50).
 */
const plainMemo = perDocument(readPlain);

function readPlain(text: string): string {
  // Single-spaced first: "\s*[¶#]+$" and the like retry from every space of a long run (the
  // adversarial tests' 40,000 spaces between two words), quadratic in the run.
  const single = singleSpaced(text);
  const match = HEADING_MARK.exec(single);
  // Each pattern is tried only on text holding the character it cannot match without (an
  // emphasis mark; a last "¶", "#" or "]"): the same text, without a try from every position of
  // every line.
  let plain = match ? (match[2] ?? '') : single;
  // html2text's emphasis ("_Minecraft_", "**...**") and heading anchors ("History¶").
  plain = emphasisOut(plain);
  if (endsWithOneOf(plain, '¶#')) plain = plain.replace(/\s*[¶#]+$/u, '');
  // An image lynx prints after a heading by its file name: "[Barcode-Scanner-With-Bo...]".
  // Bounded: from every "[" of "[([([(..." an unbounded run scans to the far end (quadratic).
  if (plain.endsWith(']')) plain = plain.replace(/\s*\[[^\]\s]{8,200}\]$/u, '');
  return plain.trim();
}

const EMPHASIS = /(^|[\s(])(\*\*|__|[_*])(?=\S)(.+?)(?<=\S)\2(?=$|[\s).,:;!?])/gu;
const MAY_EMPHASISE = /[_*]/;

/**
 * The text without what reads as emphasis marks ("_Minecraft_", "**...**", "__init__"): the
 * line as the headline rules compare it. The headline published keeps them where its copy is
 * plain text (src/extract/title-text.ts).
 */
export function emphasisOut(text: string): string {
  return MAY_EMPHASISE.test(text) ? text.replace(EMPHASIS, '$1$3') : text;
}

/** The text's last code unit is one of `units`'. */
function endsWithOneOf(text: string, units: string): boolean {
  return text.length > 0 && units.includes(text.charAt(text.length - 1));
}

/** Lower case, single-spaced, without heading marks or bullets: for comparing lines. */
export function key(text: string): string {
  // spacesCollapsed: the same text as replacing every run of white space by a space.
  return spacesCollapsed(
    stripHeadingMarks(text)
      .replace(/^(?:[•*·●-]\s+)/, '')
      .normalize('NFKC')
      .toLowerCase(),
  ).trim();
}

/**
 * key() without its NFKC and emphasis passes, for comparing every line of a page; a numbered
 * list's mark goes too, so that a breadcrumb trail printed as a list ("1. Infoportal" / "2.
 * Pressemeldungen" / "3. Title", diakonie on trafilatura's pages) prints its headline.
 */
export function quickKey(text: string): string {
  return quickKeyMemo(text);
}

/** quickKey's answers for the document's lines: printedAt asks of every line, the rules again. */
const quickKeyMemo = perDocument(readQuickKey);

/** quickKey, not remembered: for a reader asking of each line of a page once (printedAt). */
export function readQuickKey(text: string): string {
  return spacesCollapsed(
    text
      .trim()
      .replace(/^(?:#{1,6}|[•*·●-]|\d{1,3}[.)])\s+/, '')
      .toLowerCase(),
  );
}

/** The words of a line's key(). */
export function uiTokens(folded: string): string[] {
  return folded.match(UI_TOKEN) ?? [];
}

/**
 * A word of a key(): a run of neither white space nor the widgets' punctuation. One match gives
 * the words that replacing the punctuation by spaces, splitting at white space and dropping the
 * empty pieces gave, without the two lists and the string between (isWidgetLine and isUiKey
 * read most lines of a page: their splits and replaces were 2.9% of the dump normalize's
 * allocations, stop 48).
 */
const UI_TOKEN = /[^\s●•·|/:,()[\]?!.]+/g;

/** A navigation or account widget's text: "Sign in", "Entrar Buscar", "Skip to content". */
export function isUiText(text: string): boolean {
  return uiTextMemo(text);
}

/**
 * isUiText's answers for the document's lines: each story candidate's headline window asks of
 * the same lines (64,271 asks of 31,289 texts on the 10-30 KB dumps).
 */
const uiTextMemo = perDocument(readsAsUiText);

function readsAsUiText(text: string): boolean {
  if (isUiKey(key(text)) || MENU_BUTTON.test(text.trim())) return true;
  // Widgets printed without a space between them: "Zum MenüZur SucheZum Inhalt",
  // "PartagerRechercher Menu" (trafilatura's pages).
  const unglued = text.replace(GLUED_WORDS, '$1 $2');
  return unglued !== text && isUiKey(key(unglued));
}

/** A lower-case letter run into a capital: two widgets' labels printed as one word. */
const GLUED_WORDS = /(\p{Ll})(\p{Lu})/gu;

/**
 * A menu button's hidden label before the site's name: "Toggle navigation FlowFX", "Toggle
 * navigation Anwalt Niemeyer (Logo)" (Bootstrap's navigation bar, 37 lines of trafilatura's
 * pages in w3m).
 */
const MENU_BUTTON = /^toggle navigation\b/i;

/**
 * A reading time beside a story's byline: "11 min read" (Medium, medium-1), "Reading time: 4
 * minutes", German "Lesezeit: 3 Min.".
 */
const READING_TIME =
  /^(?:\d+\s*min(?:ute)?s?\.?\s+read|(?:reading time|lesezeit|temps de lecture):?\s*\d+\s*min\w*\.?)$/;

/**
 * WordPress's like button over its counter, as dumped before the script loads: "Liken Lade …",
 * "Gefällt mir Wird geladen...", "Like Loading..." (84 of trafilatura's pages in w3m), standing
 * between a blog post and its comment form.
 */
const LIKE_BUTTON = /^(?:liken|like|gefällt mir) (?:lade|loading|wird geladen)\s*(?:…|\.\.\.)$/u;

/** isUiText on a line's key(), for callers that need the key again (computed once). */
export function isUiKey(folded: string): boolean {
  if (UI_LINES.has(folded) || READING_TIME.test(folded) || LIKE_BUTTON.test(folded)) return true;
  const tokens = uiTokens(folded);
  if (tokens.length > 0 && tokens.length <= 8 && tokens.every((t) => UI_WORDS.has(t))) return true;
  return isShareKey(folded, tokens);
}

/** A share button's line or a link's new-window notice (a key() and its uiTokens). */
function isShareKey(folded: string, tokens: string[]): boolean {
  return (tokens.length <= NEW_WINDOW_WORDS && NEW_WINDOW.test(folded)) || isShareBar(tokens);
}

/**
 * A line of a share panel: a share button, a new-window notice or a network's name alone ("□
 * Email" over BBC's "Share this with Email"). Menus' form fields stay counted: w3m marks a
 * menu's items with "□" too (linksfraktion.de). Not remembered here: its one caller
 * (story-start.ts isWidgetAt) keeps each line's answer by its index, and a memo by text under
 * that found 21,707 answers in 126,600 asks (one pass over the 10-30 KB dumps, stop 49), each
 * miss a hashed text and a Map entry.
 */
export function isWidgetLine(text: string): boolean {
  const folded = key(text);
  const tokens = folded.match(UI_TOKEN_OR_BOX) ?? [];
  return isShareKey(folded, tokens) || (tokens.length > 0 && tokens.every((t) => NETWORKS.has(t)));
}

/**
 * UI_TOKEN with w3m's mark of a button or checkbox ("□ Email" in BBC's share panel) also between
 * words, as replacing it by a space before uiTokens gave.
 */
const UI_TOKEN_OR_BOX = /[^\s●•·|/:,()[\]?!.□]+/g;

/** The networks and channels a share panel names alone, one to a button ("□ WhatsApp"). */
const NETWORKS = new Set(
  'facebook twitter linkedin whatsapp pinterest tumblr reddit messenger telegram xing email e-mail'.split(
    ' ',
  ),
);

/**
 * A link's notice that it opens a new window: "Click to share on Twitter (Opens in new window)"
 * (WordPress's share buttons), "Subscribe this link opens in a new tab", "These are external
 * links and will open in a new window" (BBC's share panel, printed twice): 682 lines of the
 * corpora's dumps, each a button's or a widget's; a headline of at most NEW_WINDOW_WORDS words
 * does not say it.
 */
const NEW_WINDOW = /\bopens? in (?:a )?new (?:window|tab)\b/;
const NEW_WINDOW_WORDS = 12;

/**
 * A share bar's verbs: "Share this with Facebook", "Auf Facebook teilen In Messenger teilen",
 * "Partager sur Facebook", "Compartir en WhatsApp", "Copy this link", "Close share panel"
 * (trafilatura's pages: BBC's share panel of 40 lines between its headline and story, 5min.at,
 * motor1.de, utopia.de).
 */
const SHARE_VERBS = new Set(
  'share sharing teilen partager compartir compartilhar condividi sdílet copy kopieren copier copiar'.split(
    ' ',
  ),
);

/**
 * The other words of share buttons, taken only beside a share verb: the prepositions that name
 * the network ("with", "auf", "sur", "via") and the networks and channels UI_WORDS lacks.
 */
const SHARE_WORDS = new Set(
  [
    'this with on via to about auf in per sur par en em no su panel lien enlace messenger telegram',
    // What the button shares: "Artikel teilen", "Beitrag teilen", "Share this article",
    // "Compartir artículo" (trafilatura's pages, where it was taken for the headline).
    'artikel beitrag seite article post story page artículo nota',
    'xing mail e-mail email sms threads bluesky mastodon x vk weibo',
  ]
    .join(' ')
    .split(' '),
);

/** A share bar of buttons in a row: up to six, each of a verb, a preposition and a network. */
const SHARE_BAR_TOKENS = 18;

/** A line made only of share buttons' words, one of them a share verb. */
function isShareBar(tokens: string[]): boolean {
  return (
    tokens.length > 0 &&
    tokens.length <= SHARE_BAR_TOKENS &&
    tokens.some((t) => SHARE_VERBS.has(t)) &&
    tokens.every((t) => UI_WORDS.has(t) || SHARE_WORDS.has(t) || SHARE_VERBS.has(t))
  );
}

export function hasDumpMarker(text: string): boolean {
  return DUMP_MARKER.test(text);
}

/** UI text or a dump's form fields: never a headline, even in a file that is not a dump. */
export function isPageFurniture(text: string): boolean {
  return hasDumpMarker(text) || isUiText(text);
}

/**
 * The bullets every list's mark opens on, as the body of a character class: w3m's "•",
 * html2text's and lynx's "*", and the glyphs pages print themselves (·●▪◦○►). The patterns built
 * on it add the marks they differ on: a hyphen, a trail's "»", lynx's nested "+" (BULLET in
 * headline-revisions/line-marks.ts, NESTED_ITEM in short-titles.ts, OPENING_BULLET in
 * page-header.ts, trails.ts's list marks, site-names' MENU_LINE).
 */
export const BULLET_MARKS = '•*·●▪◦○►';

/** List items: bullets, numbered items ("1. News"), w3m's "•", html2text's "*". */
export const LIST_ITEM = new RegExp(String.raw`^\s*(?:[${BULLET_MARKS}»-]|\d{1,3}[.)])\s+\S`);

export function isListItem(text: string): boolean {
  return LIST_ITEM.test(text);
}
