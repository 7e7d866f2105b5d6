// Lines of a page's own chrome that read as headlines in a page dump: the site's calls to action
// (newsletter, recommend, jobs, its app, follow it), skip links, search and form widgets,
// the server's warnings printed above the page, menu items printed without spaces between them,
// and the headings of the site's lists of messages. On trafilatura's pages (issue 21) each kind
// was picked as the headline of some page whose real title is printed a few lines away
// (`npm run bench:extract -- --tool w3m --headlines`): "Empfehlen Sie uns weiter", "Jobs bei
// uns", "Axios app", "Contenido exclusivo para suscriptores", "Zur Hauptnavigation springen Zur
// Suche springen Zum Inhalt springen", "Suchen: [Suche… ] [Los]", "Deprecated: ... on line 540",
// "About ABC7 Bay AreaABC7 Newsteam Bios#ABC7Now: ...".
// Each kind is told by its words in the corpora's languages (mostly German and English, then
// Spanish, French, Portuguese, Italian) or by its shape, never by one site's wording.
//
// Left as candidates: a bare call to subscribe ("KATAPULT abonnieren") and a box's heading "Das
// Ministerium in den sozialen Medien". Both were picked on pages whose story is found far under
// the real title (an author's note, a list of links), so that without them the pick was another
// wrong line or none, and the publication label ("Veröffentlicht am 26. Oktober 2023") the date
// reader takes within reach above the picked headline was lost: w3m's dates right 489 -> 488.

import { wordCount } from '../text.ts';
import { perDocument } from './memo.ts';

/** The longest line a chrome kind below is read on: widgets and calls to action are short. */
const CHROME_WORDS = 12;

/**
 * A line of site chrome, never a page's headline (`plain`: without heading marks). Remembered for
 * the document: the headline finder asks of the same lines for each candidate story.
 */
export const isSiteChrome = perDocument((plain: string): boolean => {
  if (SERVER_NOTICE.test(plain) && SERVER_NOTICE_PLACE.test(plain)) return true;
  if (plain.includes('[') && (FORM_FIELD.test(plain) || FORM_BUTTON.test(plain))) return true;
  if (gluedItems(plain) >= GLUED_MENU_ITEMS) return true;
  if (DANGLING_SEPARATOR.test(plain) || REPEATED_WORD.test(plain) || isIconLabel(plain)) {
    return true;
  }
  const words = wordCount(plain);
  if (words > NOTICE_WORDS) return false;
  const lower = plain.toLowerCase();
  if (isKind(NOTICE_KINDS, plain, lower)) return true;
  return words <= CHROME_WORDS && (isKind(CHROME_KINDS, plain, lower) || isTopicsBar(plain));
});

/**
 * A bar of the site's topics or a post's categories under its label: "TOP-THEMEN Energiepreise
 * Wärmewende Taxonomie" (energiezukunft), "Schwerpunkte Barren Coronavirus Pferdefütterung
 * Wissen" (st-georg), "Zugehörige Themenseiten: Digitalisierung und IT-Sicherheit"
 * (handwerk-magazin), "Kategorien meins" (weselpower): each taken for the title over or under
 * it. The label is followed by a colon, by one word, or by names only (every word capitalized):
 * a headline opening on "Schwerpunkte" or "Themen" goes on in a sentence's words.
 */
function isTopicsBar(plain: string): boolean {
  const match = TOPICS_BAR.exec(plain);
  return match !== null && TOPICS_BAR_REST.test(match[1] as string);
}
/**
 * A topics bar's label and what follows it on the line. Not story-words.ts's TOPICS_LABEL, the
 * label alone on its line over the box's first link.
 */
const TOPICS_BAR =
  /^(?:top[- ]?themen|schwerpunkte|themen|zugehörige themen(?:seiten)?|weitere themen|trending(?: topics)?|hot topics|top topics|temas|tendencias|kategorien|categories|schlagwörter|schlagworte)(\s.*|:.*)$/iu;
/** What follows the label: a colon and anything, one word, or capitalized names only. */
const TOPICS_BAR_REST = /^(?::\s+\S.*|\s+\S+|(?:\s+[\p{Lu}\d][\p{L}\d&.-]*){2,})$/u;

/** One of the kinds' lines: a needle found (or none to find) and the pattern matching. */
function isKind(kinds: ChromeKind[], plain: string, lower: string): boolean {
  return kinds.some(
    ({ needles, pattern }) =>
      (needles.length === 0 || needles.some((n) => lower.includes(n))) && pattern.test(plain),
  );
}

/**
 * A kind of chrome line: its pattern, and words one of which its line holds (lower case), looked
 * for first where the pattern is not anchored at the line's start: a pattern tried from every
 * position of every line cost more than the rest of the headline finder.
 */
interface ChromeKind {
  pattern: RegExp;
  needles: string[];
}

function kind(pattern: RegExp, ...needles: string[]): ChromeKind {
  return { pattern, needles };
}

/**
 * A PHP notice the server printed into the page above its content: "Deprecated: Assigning the
 * return value of new by reference is deprecated in /www/htdocs/... on line 540", "Strict
 * Standards: Non-static method nggGallery::capture() should not be called statically in
 * /www/...", "Warning: ...", "Notice: ...". The label opens the line; the file's path or line
 * number follows it (SERVER_NOTICE_PLACE): a headline "Warning: ..." names no script.
 */
const SERVER_NOTICE =
  /^(?:php )?(?:deprecated|strict standards|warning|notice|fatal error|parse error|catchable fatal error)\s?:\s/iu;
const SERVER_NOTICE_PLACE = /\bon line \d+\b|\sin \/\S|\(\)/u;

/**
 * Form fields as the tools print them: w3m pads a text field's or a menu's value with spaces
 * inside brackets ("[Suche…      ]", "[nach Datum ]", "[Other Services ]"), lynx with
 * underscores ("[nach Datum___]"). A bracketed tag opening a headline ("[Rezi] Love is War")
 * ends in a letter.
 */
const FORM_FIELD = /\[[^\]\n]{0,80}(?:\s|_{2})\]/u;

/** A form's submit button, as w3m prints it: "[Go]", "[Los]", "[Suchen]", "[OK]". */
const FORM_BUTTON =
  /\[(?:go|los|ok|suchen|search|submit|senden|absenden|abschicken|buscar|enviar|rechercher|envoyer|ricerca|cerca|invia)\]/iu;

/**
 * Menu items printed without spaces between them: a lower-case letter (two at least) or a figure
 * run into a capital and a lower-case letter ("Bay AreaABC7", "ABC7Take Action", "Your
 * CommunityABC7"). Brands glue two capitals into one word ("PlayStation", "YouTube",
 * "MediaMarkt"): a headline may name two, a menu run glues three items or more, in two words at
 * least (a user's name "AMournfulHowlInTheNight" in a fan fiction's title is one word).
 */
function gluedItems(plain: string): number {
  // The cheap tests first: a property class tried from every position costs more than the rest
  // of isSiteChrome, and most lines glue nothing.
  if (!(MAY_GLUE_ASCII.test(plain) || (NOT_ASCII.test(plain) && MAY_GLUE.test(plain)))) return 0;
  const glued = (plain.match(GLUED_ITEM) ?? []).length;
  if (glued < GLUED_MENU_ITEMS) return 0;
  const words = plain.split(' ').filter((word) => MAY_GLUE.test(word)).length;
  return words >= 2 ? glued : 0;
}
/**
 * A line ending in a separator with nothing after it: a label whose value the page prints on the
 * next line, a byline cut from its date ("ET Online|" over "09 Jun 2020, 02:32 PM IST",
 * economictimes' slideshow in w3m, taken for the title over it). No headline ends on a bar.
 */
const DANGLING_SEPARATOR = /\p{L}\s?\|$/u;

/**
 * One word printed four times or more and nothing else: a form's menu of options, each printed
 * ("Benutzerdefiniert Benutzerdefiniert ..." six times, archive.ordnungsrausch in w3m, taken for
 * the title). A title repeats a word three times at most ("Tora! Tora! Tora!").
 */
const REPEATED_WORD = /^(\S+)(?:\s+\1){3,}$/u;

/**
 * An icon printed by its alt text (w3m cuts it at ten characters) and then its label, the same
 * words: "[KitchenTes] Kitchen Tested" (bettycrocker's badge, taken for the title under it),
 * "[Search] Search", "[Anmelden] Anmelden mit Facebook", "[trackback] Trackback URL" (the only
 * such lines in the corpora's w3m dumps).
 */
function isIconLabel(plain: string): boolean {
  if (!plain.startsWith('[')) return false;
  const match = ICON_THEN_LABEL.exec(plain);
  if (!match) return false;
  const icon = (match[1] as string).toLowerCase();
  return (match[2] as string).toLowerCase().replaceAll(' ', '').startsWith(icon);
}
/** An alt text of 4 characters or more (no shorter one opens such a line in the corpora either). */
const ICON_THEN_LABEL = /^\[([^\]\s]{4,})\]\s+(\S.*)$/u;

const GLUED_ITEM = /\p{Ll}{2}(?=\p{Lu})|\d(?=\p{Lu}\p{Ll})/gu;
const MAY_GLUE = /\p{Ll}\p{Lu}|\d\p{Lu}/u;
const MAY_GLUE_ASCII = /[a-z][A-Z]|\d[A-Z]/;
const NOT_ASCII = /[^\t -~]/;
const GLUED_MENU_ITEMS = 3;

/**
 * The kinds of short chrome lines, each told by its words:
 * - a call to get the newsletter, recommend the site, work for it, get its app or follow it:
 *   "Get the newsletter that Atlanta is talking about", "Contenido exclusivo para
 *   suscriptores", "Empfehlen Sie uns weiter", "Beitrag weiterempfehlen: ...", "Jobs bei uns",
 *   "Arbeiten bei der AWO", "Axios app", "Folgen Sie uns", "Der Artikel gefällt dir?";
 * - a share or follow widget's notice: "Das Link wurde kopiert", "Link in Zwischenablage
 *   kopieren", "Votre email a été envoyé.", "Beitrag nicht abgeschickt - E-Mail Adresse
 *   kontrollieren!", "Vielen Dank für Ihre Anmeldung.";
 * - an author's picture by its alt text: "Profilbild von mailshopper", "Avatar of ...";
 * - a site search's label or message: "Search for more papers by this author", "Suche nach
 *   Publikationen in der Bibliothek", "Suche in allen Inhalten", "Please enter a search term.";
 * - skip links in a row, navigation landmarks: "Zur Hauptnavigation springen Zur Suche springen
 *   Zum Inhalt springen", "Wechseln zu: Navigation, Suche" and "Aus Piratenwiki" (MediaWiki),
 *   "Meta Navigation"; lynx's "alternate alternate" link entries; icons by name in a row;
 * - a cookie or comment notice: "Diese Webseite verwendet Cookies", "COOKIES auf der ...
 *   Website", "Alle Cookies akzeptieren", "Kommentarfunktion ist deaktiviert";
 * - the heading of the site's list of messages over the article's own: "Nachrichten und
 *   Pressemeldungen", "Meldungen aus dem DWI", "Latest news", "Últimas noticias".
 */
const CHROME_KINDS: ChromeKind[] = [
  // Subscribing.
  kind(/^(?:get|sign up for|subscribe to|holen sie sich)\s+(?:the|our|unseren?)\s+newsletter\b/iu),
  kind(
    /\b(?:exclusiv[oe]s? para suscriptor[ae]s|exclusive (?:to|for) subscribers|nur für abonnenten|réservé aux abonnés|exclusivo para assinantes)(?!\p{L})/iu,
    'exclusiv',
    'abonnenten',
    'abonnés',
  ),
  // Recommending the site or the page.
  kind(
    /\b(?:weiterempfehlen|empfehlen sie (?:uns|diesen|diese|den|die|das)\b|recommend (?:us|this (?:page|article|site))\b)/iu,
    'empfehlen',
    'recommend',
  ),
  // Working for the site.
  kind(
    /^(?:jobs|karriere|arbeiten|careers?|work|trabaja|trabajar|travailler)\s+(?:bei|at|with|for|con|en|chez)\s+(?:uns|us|der|dem|den|the|nosotros|nous)(?:\s+\S+){0,2}$/iu,
  ),
  // The site's app: "Axios app", "Download the app", "Die App herunterladen".
  kind(/^\p{Lu}[\p{L}\d.&-]*\s+app$/u),
  kind(
    /^(?:download|get|install)\s+(?:the|our)\s+(?:\p{L}+\s+)?app\b|\bapp (?:herunterladen|downloaden)$/iu,
    'app',
  ),
  // Following the site, or its author's account: "Follow @NGC6544" (nurmeinstandpunkt's
  // Twitter widget in w3m, taken for the title).
  kind(/^(?:folgen sie uns|follow us|find us|síguenos|suivez-nous|seguici|siga-nos)\b/iu),
  kind(/^(?:follow|folgen|folge|síguenos en|suivez)\s+@[\p{L}\d_]+$/iu),
  // The site search's link to its form: "Zur erweiterten Suche" (d43f330c, a forum's header,
  // taken for the title), "Advanced search", "Búsqueda avanzada".
  kind(
    /^(?:zur\s+)?erweiterte[n]?\s+suche$|^(?:go to\s+)?advanced\s+search$|^búsqueda\s+avanzada$|^recherche\s+avancée$|^ricerca\s+avanzata$/iu,
  ),
  // A share widget's notice.
  kind(
    /^(?:(?:der|das)\s+)?link\s+(?:wurde\s+)?(?:kopiert|copied)|^link\s+(?:in (?:die )?zwischenablage\s+)?kopieren$|^(?:enlace copiado|lien copié|link copiado)/iu,
  ),
  kind(
    /^(?:votre|your|ihre)\s+e-?mail\s+(?:a été|has been|wurde)\s+(?:envoyée?|sent|gesendet|versendet|verschickt)(?!\p{L})|^(?:beitrag|post)\s+nicht\s+abgeschickt\b/iu,
  ),
  // WordPress's share-by-mail and follow widgets' messages, printed with the page: "E-Mail-
  // Überprüfung fehlgeschlagen, bitte versuche es noch einmal", "Email check failed, please try
  // again", "Post was not sent - check your email addresses!".
  kind(
    /^(?:e-?mail[- ]überprüfung fehlgeschlagen|email check failed|post was not sent|sorry, your blog cannot share posts|leider konnte dein blog)/iu,
  ),
  // MediaWiki's line under a page's title: "Aus Piratenwiki", "Aus Wikipedia, der freien
  // Enzyklopädie", "De Wikipedia, la enciclopedia libre".
  kind(/^(?:aus|from|de)\s+\S*wiki\S*(?:,.*)?$/iu),
  // An author's picture.
  kind(
    /^(?:profilbild|profile (?:picture|photo|image)|avatar|foto de perfil|photo de profil)\s+(?:von|of|for|de|du)\s/iu,
  ),
  // A site search.
  kind(
    /^(?:search for more (?:papers|articles|posts|results)|(?:suche|suchen|search|buscar|rechercher|cerca)\s+(?:in|nach|for|en|dans|auf|on)\s+(?:(?:der|den|dem|allen|unseren?|the|this|our|all|los|las|todos?|tous|les)\s+)*(?:inhalten?|publikationen|artikeln?|beiträgen?|website|webseite|site|papers|articles|posts|content|contenidos?|artículos|publications)\b)/iu,
  ),
  // Skip links in a row ("... springen Zur Suche springen ..."), MediaWiki's "Wechseln zu:".
  kind(
    /^(?:(?:zum|zur|zu)\s+\p{L}+\s+springen\s*){2,}$|^(?:(?:skip|jump) to\s+\p{L}+(?:\s+\p{L}+)?\s*){2,}$|^wechseln zu:\s/iu,
  ),
  // Notices of cookies and comments.
  kind(
    /\b(?:verwendet|benutzt|nutzt|verwenden|nutzen|uses|use|utiliza|utilizamos|usamos|utilise|utilisons)\s+(?:\p{L}+\s+)?cookies\b|^cookies\s+(?:auf|on|sur|en)\s+(?:der|dieser|unserer|the|this|our|ce|notre|este|nuestro|nuestra|esta)\b/iu,
    'cookie',
  ),
  kind(
    /\b(?:(?:alle\s+)?cookies\s+(?:akzeptieren|zulassen|annehmen|ablehnen)|(?:accept|allow|reject)\s+(?:all\s+)?cookies|aceptar\s+(?:todas\s+las\s+)?cookies|(?:accepter|refuser)\s+(?:tous\s+)?(?:les\s+)?cookies)\b/iu,
    'cookie',
  ),
  kind(
    /^(?:die\s+)?(?:kommentarfunktion|kommentare|comments|commenting|los comentarios|les commentaires)\s+(?:ist|sind|are|is|están|sont)\s+(?:deaktiviert|geschlossen|closed|disabled|cerrados|fermés)(?!\p{L})/iu,
  ),
  // A call to like or follow the post: "Der Artikel gefällt dir?", "Blog per E-Mail folgen".
  kind(
    /^(?:der|dieser)\s+(?:artikel|beitrag)\s+gefällt\s+(?:dir|ihnen)\b|^(?:like|enjoy(?:ed)?)\s+this\s+(?:article|post|story)\?|\bper\s+e-?mail\s+folgen$|^follow\s+(?:\p{L}+\s+){0,2}(?:via|by)\s+e-?mail$/iu,
    'gefällt',
    'this',
    'folgen',
    'mail',
  ),
  // A row of buttons by their icons' names: "Facebook Icon Twitter Icon LinkedIn Icon".
  kind(/\p{L}\s+icon\b.*\p{L}\s+icon\b/iu, 'icon'),
  // lynx's <link rel="alternate"> entries, printed in a row ("... alternate alternate").
  kind(/\balternate\s+alternate\b/iu, 'alternate alternate'),
  // A navigation landmark's label: "Meta Navigation", "Brand Navigation", "Rootline
  // Navigation", Italian "Menu di navigazione"; the small screen's copy of the menu, German's
  // compound before it ("Hauptnavigation Mobil", iass-potsdam: taken for its headline).
  kind(/^\p{L}+[\s-]navigation$|^menu di navigazione$|^\p{L}*navigation[\s-]mobile?$/iu),
  // A search field's placeholder: "Suchbegriff eingeben", "SUCHE[Suchbegriff hier ein]Suche
  // abschicken", "Please enter a search term."; not a headline's "Die häufigsten Suchbegriffe".
  kind(
    /\bsuchbegriffe?\s+(?:hier\s+)?(?:eingeben|ein)\b|^(?:bitte\s+)?(?:einen\s+)?suchbegriff\b|\b(?:enter|type)\s+(?:a\s+|your\s+)?search\s+terms?\b/iu,
    'suchbegriff',
    'search term',
  ),
  // The heading of the site's list of news or press releases.
  kind(
    /^(?:(?:aktuelle|neueste|weitere|alle|latest|recent|more|all|últimas|dernières)\s+)?(?:nachrichten|meldungen|pressemeldungen|pressemitteilungen|news|press releases|noticias|actualités)(?:\s+(?:und|and|&|y|et)\s+(?:nachrichten|meldungen|pressemeldungen|pressemitteilungen|press releases|termine|events|comunicados|communiqués))?(?:\s+(?:aus (?:dem|der)|from (?:the)?|de(?:l| la)?)\s+[\p{Lu}\d][\p{L}\d&.-]*)?$/iu,
  ),
];

/** A licence notice: licensed under a licence, or the licence box's heading (NOTICE_KINDS). */
const LICENCE_NOTICE = kind(
  /\b(?:lizenziert|licen[cs]ed under|is licen[cs]ed|bajo (?:una |la )?licencia|sous (?:la )?licence)\b|\bcreative commons\b.*\b(?:lizenz|licen[cs]e|licencia)|^(?:cc[- ])?(?:lizenz|licen[cs]e|licencia)(?:\s+(?:des|der|dieses|fürs|für das|of this|for this|del|de ce)\s+\p{L}+)?$/iu,
  'lizen',
  'licen',
);

/** A licence notice (LICENCE_NOTICE), read by the body finder on the lines that end a story. */
export function isLicenceNotice(plain: string): boolean {
  return isKind([LICENCE_NOTICE], plain, plain.toLowerCase());
}

/**
 * The longest footer or consent notice NOTICE_KINDS reads: rueda.wikidot's licence line is 18
 * words, bdzv's consent question 17, gelbe-liste's certificate 16.
 */
const NOTICE_WORDS = 30;

/**
 * Lines of a page's footer, sidebar and widgets that no headline says, whatever their length
 * (stop 43, branch hl43d: each was taken for the headline of a trafilatura page in a dump, the
 * story found by or under it):
 * - a licence notice or its box's heading: "Dieser Werk bzw. Inhalt ist unter einer Creative
 *   Commons-Lizenz lizenziert." (ritinardo), "Unless otherwise stated, the content of this page
 *   is licensed under Creative Commons ..." (rueda.wikidot), "Lizenz des Podcasts" (1337kultur),
 *   "CC-Lizenz fürs Blog" (nurmeinstandpunkt in lynx);
 * - the blog's or theme's credit: "Bloggen auf WordPress.com." (nurmeinstandpunkt), "Created,
 *   Made & Maintained by AETHYX.EU" (gizmeo), "Powered by WordPress", "Proudly powered by";
 * - a login prompt, cut or whole: "Loggen Sie sich hier für Ihr" (macwelt);
 * - a consent button's question: "Wenn Sie diesen Button anklicken, werden persönliche Daten an
 *   Facebook übertragen. Sind Sie damit einverstanden?" (bdzv);
 * - a certificate's badge: "Diese Website ist für vertrauenswürdige medizinische Informationen
 *   von der Stiftung Health On the Net zertifiziert" (gelbe-liste);
 * - a forum's widgets: "Reactions: Nixe" (villagersandheroes, XenForo's likes under a post),
 *   "Zu allen empfangenen Nachrichten" (d43f330c, the inbox's link), "Website Facebook Twitter"
 *   (foren.myoos, a poster's contact links); an author box's empty picture "Autor sin foto
 *   cargada" (paginasiete);
 * - a blog's widget headings and messages: "Neueste Beiträge" (piratenpartei-marburg), "Recent
 *   Posts", "Ihr Blog kann leider keine Beiträge per E-Mail teilen." (nurmeinstandpunkt in lynx),
 *   "Keine Kommentare Kommentare sind geschlossen." (weselpower in lynx).
 */
const NOTICE_KINDS: ChromeKind[] = [
  // A sign-up's thanks, with what follows it: "Vielen Dank für Ihre Anmeldung.", "Thanks for
  // signing up!", "Vielen Dank für Ihre Registrierung. Sie haben den Aktivierungslink für Ihr
  // Benutzerkonto per E-Mail erhalten." (0a29620f in html2text, 17 words, taken for the title).
  kind(
    /^(?:vielen\s+)?dank\s+für\s+(?:ihre|deine)\s+(?:anmeldung|registrierung)\b|^thanks?(?:\s+you)?\s+for\s+(?:signing up|subscribing)\b/iu,
  ),
  // A notice that the browser is old or runs no script: "Adhocracy funktioniert am besten, wenn
  // JavaScript aktiviert ist." (bigdata.ypart in html2text, taken for the title), "Bitte
  // aktivieren Sie JavaScript", "Dein Browser ist leider veraltet." (homify), "Your browser is
  // out of date".
  kind(
    /\bjavascript\b.{0,40}\b(?:aktiviert|aktivieren|deaktiviert|enabled?|disabled|activad[oa]|habilitad[oa]|activé|activer)\b|\b(?:aktivieren|enable|activez|activa|habilita)\s+(?:sie\s+)?(?:bitte\s+)?javascript\b/iu,
    'javascript',
  ),
  // A notice that the browser refuses cookies: "Die Cookies in Ihrem Browser sind derzeit
  // deaktiviert. Bitte aktivieren Sie die Cookies in Ihren" (sheego, the story found at it).
  kind(
    /\bcookies\b.{0,40}\b(?:deaktiviert|disabled|désactivés|desactivad[oa]s)\b|\b(?:aktivieren sie|enable|activez|habilite)\s+(?:bitte\s+)?(?:die\s+|les\s+|las\s+)?cookies\b/iu,
    'cookie',
  ),
  kind(
    /\b(?:ihr|dein|your)\s+browser\s+(?:ist|is|wird)\s+(?:leider\s+)?(?:veraltet|out of date|outdated|nicht (?:mehr )?unterstützt|not supported|no longer supported)|\b(?:you are|you're) using an? (?:outdated|older|old|unsupported) (?:browser|version)/iu,
    'browser',
  ),
  // A button adding the page to the reader's list: "Link zur Diskussion Zu Favoriten
  // hinzufügen" (0a24692a in html2text), "Add to favourites", "Zur Merkliste hinzufügen".
  kind(
    /\b(?:zu (?:den |meinen )?favoriten hinzufügen|zur merkliste hinzufügen|add to (?:my )?favou?rites|(?:zu|in) (?:die )?merkliste)\b/iu,
    'favorit',
    'merkliste',
  ),
  // A licence notice: licensed under a licence, or the licence box's heading.
  LICENCE_NOTICE,
  // The blog's or theme's credit in its footer, naming the platform or maker in four words at
  // most: a headline may open "Powered by Sun: Solarboot überquert den Atlantik".
  kind(
    /^(?:bloggen auf|bloggen mit|blog at|proudly powered by|powered by|betrieben (?:von|mit)|created,? (?:made|designed)\b.*\bby)\s+\S+(?:\s+\S+){0,3}$/iu,
    'blog',
    'powered',
    'betrieben',
    'created',
  ),
  // A login prompt: "Loggen Sie sich hier für Ihr ...", "Log in to comment".
  kind(/^(?:loggen sie sich|melden sie sich (?:hier )?an\b|log in to|sign in to)\s/iu),
  // A consent button's question.
  kind(
    /\b(?:persönliche daten an \p{L}+ übertragen|sind sie damit einverstanden\?)/iu,
    'daten',
    'einverstanden',
  ),
  // A certificate's badge: "Diese Website ist ... zertifiziert", "This website is certified".
  kind(
    /^(?:diese|this)\s+(?:website|webseite|site)\s+(?:ist|is)\b.*\b(?:zertifiziert|certified)\b/iu,
  ),
  // A forum's widgets and an author box's empty picture.
  kind(/^(?:reactions|reaktionen|likes):\s+\S/iu),
  kind(
    /^(?:zu allen|alle)\s+(?:empfangenen|gesendeten|ungelesenen)\s+nachrichten$|^(?:view all|all)\s+(?:received|sent|unread)\s+messages$/iu,
  ),
  kind(
    /^(?:website|homepage)(?:\s+(?:facebook|twitter|instagram|youtube|linkedin|xing|e-?mail))+$/iu,
  ),
  kind(/^(?:autor|autora|author)\s+(?:sin|ohne|without)\s+(?:foto|imagen|bild|photo|picture)\b/iu),
  // A blog's widget headings and messages.
  kind(
    /^(?:neueste|letzte|aktuelle|recent|latest)\s+(?:beiträge|posts|artikel)$|^(?:entradas|artículos) recientes$|^articles récents$/iu,
  ),
  kind(
    /^(?:ihr|dein) blog kann leider keine beiträge\b|^keine kommentare\s+kommentare sind geschlossen\b/iu,
  ),
];
