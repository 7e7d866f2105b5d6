// Where the article ends for the body finder (src/normalize/body-finder.ts): the main run
// cut at the headings of comments, related-story boxes, sharing bars and feeds, above the
// page's footer, and the notes or references lists in it.

import { type BodyBlock, NOTE_NUMBER } from './blocks.ts';
import type { ChromeLabel } from '../../extract/labels.ts';
import { LENGTH_HIGH, LENGTH_LOW } from './kinds.ts';
import { chromeLabel } from '../chrome.ts';
import { isLicenceNotice } from '../site-chrome.ts';

/**
 * Headings of a comment section, the whole line: "Comments", "13 Comments", "There are 13
 * comments", "Leave a reply", "Kommentare (4)", "View comments (27)", "Comparte tu opinión"
 * (CNET en Español: cnet-svg-classes) and "Comment *" (a comment form's label: aclu).
 * A comment section is not printed inside an article, unlike the boxes below. "Comment" alone is
 * not one: it heads a table's column (dropbox-blog's task states, one cell a line in lynx, lost
 * the article's second half under it: lynx F1 0.75 -> 0.97).
 */
const COMMENTS_HEADING =
  /^(?!comment\s*$)(?:\d+\s*)?(?:comments?|kommentare?|leserkommentare|commentaires?|comentarios?|commenti|komentarze|responses|replies|leave a (?:reply|comment)|(?:add|post|write) a comment|kommentar (?:verfassen|schreiben)|schreibe? einen kommentar|vos réactions|laisser un commentaire|deja (?:un|tu) comentario|comparte tu opinión|there (?:are|is) \d+ comments?|(?:view|show|read|see) (?:all )?comments|\d+ (?:comments?|responses|replies|kommentare?|commentaires?))(?:\s*\(\d+\))?\s*[:.*]?$/iu;
/**
 * Headings of related-story lists and newsletter boxes, the whole line, in English and the
 * corpora's other languages (liberation-1 "Sur le même sujet", "Recevoir la newsletter"; heise
 * "Mehr zum Thema", "Meistgelesen"). News sites print such boxes inside the article too
 * (seattletimes-1 "Most Read Business Stories", citylab-1 "Recommended", breitbart "SIGN UP FOR
 * OUR NEWSLETTER", all at a third of the article): they end it only late in the run.
 * Polish, German and Spanish related-story headings ("Zobacz także", "Neueste Artikel", "Lesen
 * Sie auch", "Das könnte Dich auch interessieren", "Verwandte Themen", "Otras Noticias") were
 * must-not snippets trafilatura's pages kept (w3m's "without" 0.780 -> 0.788). "About the
 * author" is not one: iab-1's author box is its article's (Readability keeps it).
 */
const BOX_HEADING =
  /^(?:related(?: coverage| posts?| content| articles?| stories| news| links)?|more (?:stories|articles)|more on this (?:story|topic)|read (?:more|next)|you (?:might|may) (?:also )?like|recommended(?: for you)?|most (?:read|popular|viewed|shared|commented)(?: [\p{L} ]{1,30})?|trending(?: now)?|top stories|editor'?s picks|up next|newsletter|sign up for (?:our|the) newsletter|sur le même sujet|à lire aussi|lire aussi|recevoir la newsletter|mehr zum thema|das könnte sie auch interessieren|ähnliche (?:beiträge|artikel)|weitere (?:beiträge|artikel)|meistgelesen|meistkommentiert|leia também|veja também|vea también|puedes ver|mais lidas|(?:te|le) puede interesar|más noticias|lo más leído|leggi anche|související články|zobacz (?:też|także|również)|czytaj (?:też|także|również)|neueste (?:artikel|beiträge)|meist gelesen|lesen sie auch|lies auch|das könnte dich auch interessieren|verwandte themen|weitere themen|notas relacionadas|temas relacionados|otras noticias)\s*[:»>]?$/iu;
/**
 * A blog's comment section headed by its count and the post's title in quotation marks, the
 * whole line (WordPress): "6 Kommentare zu “3 Jahre legalisierte Genitalverstümmelung”"
 * (zulang.wordpress), "11 Antworten zu “Sunday Thoughts: ...”" (frolleinherr), "12 thoughts on
 * “...”", "One response to “...”". The title makes the line longer than a heading's
 * HEADING_CHARS.
 */
const COMMENTS_ON =
  /^(?:\d+|one|ein(?:e|en)?|un[ae]?|uno)\s+(?:comments?|thoughts?|responses?|repl(?:y|ies)|kommentare?|antworten|gedanken|commentaires?|réponses?|comentarios?|respuestas?)\s+(?:on|to|zu|für|sur|à|en|a)\s+["“„«‘'].+["”“»’']\s*$/iu;
/**
 * COMMENTS_ON's longest line: the heading's words and a post's title. Set by hand at stop 46
 * (d069a58, docs/figures.md "Stop 46: dump body precision": "up to 200 characters"), not fitted;
 * zulang.wordpress's and frolleinherr's headings, the cases it was written for, are shorter.
 */
const COMMENTS_ON_CHARS = 200;
/**
 * A comment form's heading run on with its "cancel reply" link, the whole line: "Schreibe einen
 * Kommentar Antworten abbrechen" (gitarrebass), "Kommentar verfassen Antwort abbrechen" (gnaur),
 * "Leave a Reply Cancel reply".
 */
const REPLY_FORM =
  /^(?:leave a (?:reply|comment)|schreibe? einen kommentar|kommentar (?:verfassen|schreiben)|hinterlasse einen kommentar|laisser un commentaire|deja (?:un|tu) comentario)\s+(?:cancel reply|antwort(?:en)? abbrechen|annuler la réponse|cancelar respuesta)$/iu;
/**
 * More headings of related-story boxes, the whole line, from the must-not snippets trafilatura's
 * pages kept under the story (stop 46): "Související" (aktualne), "Auch interessant",
 * "Weiterlesen:" (with its colon: a teaser's bare "Weiterlesen" is a link), "Mehr Themen:",
 * "Artículos relacionados", "Empfehlungen aus der Redaktion", "Beliebte Beiträge zum Thema:",
 * "Weitere Beiträge aus der Kolumne:", "Mehr zum Thema auf Oekolandbau.de:", "Mehr Kolumnen auf
 * MeinMMO:", "Top Themen der Redaktion", "Das könnte Dich auch noch interessieren", "Die
 * meistgelesenen Artikel bei SWR.de/Sport".
 */
const RELATED_HEADING =
  /^(?:související|auch interessant|weiterlesen:|mehr themen|artículos relacionados|noticias relacionadas|empfehlungen aus der redaktion|beliebte beiträge(?: zum thema)?|weitere (?:beiträge|artikel) (?:zum thema|aus der \p{L}+)|mehr (?:zum thema|kolumnen|artikel) (?:auf|bei) \S+|top[- ]themen der redaktion|das könnte (?:dich|sie) auch noch interessieren|die meistgelesenen artikel(?: (?:bei|auf) \S+)?)\s*:?$/iu;
/**
 * A heading's longest line: a longer one is a sentence or a teaser, not a section's heading.
 * Set by hand with the whole-line headings (043cf53, 2026-12-02: comment headings end the
 * article at 0.3 of the run), not fitted; the headings BOX_HEADING, COMMENTS_HEADING and
 * RELATED_HEADING list are shorter.
 */
const HEADING_CHARS = 60;
/** A list's bullet or a Markdown heading's hashes before a line's text. */
const LEADING_MARK = /^(?:[•*□+o-]|#{1,6})\s+/u;

/** A related-story or newsletter box's heading (BOX_HEADING, RELATED_HEADING), list marks out. */
function isBoxHeading(text: string): boolean {
  if (text.length > HEADING_CHARS) return false;
  const plain = text.replace(LEADING_MARK, '');
  return BOX_HEADING.test(plain) || RELATED_HEADING.test(plain);
}

/** A teaser's lead: up to 40 characters, then a colon, a guillemet or a bar before its headline. */
const TEASER_LEAD = /^(.{2,40}?)\s*[:»>|]\s*\S/u;
/** A mark TEASER_LEAD's heading ends at: a block holding none is no teaser. */
const TEASER_MARK = /[:»>|]/u;
/**
 * A teaser's longest block: a heading and a headline, which w3m and lynx wrap over two lines at
 * most (set by hand, not fitted).
 */
const TEASER_CHARS = 200;

/**
 * A teaser of another story standing alone in the article: a box heading's words (isBoxHeading),
 * a colon or a guillemet, and the other story's headline, one block of at most TEASER_CHARS
 * ("Czytaj też: Wyścig zbrojeń ruszył z kopyta", "À lire aussi » Ballonnements, lourdeurs...",
 * "LE PUEDE INTERESAR: La ficha de ..."). News sites set them between a story's paragraphs,
 * where no heading ends the article; trafilatura's references leave them out.
 */
export function isInlineTeaser(block: BodyBlock): boolean {
  if (block.chars > TEASER_CHARS || block.lines.length > 2) return false;
  // TEASER_LEAD's lazy lead is tried at each of its 39 lengths on a block holding none of the
  // marks it ends at (most blocks): one scan for a mark first (stop 66).
  if (!TEASER_MARK.test(block.text)) return false;
  const lead = TEASER_LEAD.exec(block.text);
  return lead !== null && isBoxHeading((lead[1] as string).trim());
}

/** Sharing bars: they stand under an article, but some sites print one above its second half. */
const WEAK_END = /^(?:share this|teilen|partager|compartir|condividi|sdílet)\b/iu;

/** The chrome rules' labels (chromeLabel) of a line that ends the article like BOX_HEADING's. */
const BOX_LABELS = new Set<ChromeLabel>([
  'related-heading',
  'comment-prompt',
  'subscription-prompt',
  'newsletter-footer',
  'login-prompt',
  'widget',
]);

/**
 * The main run often carries on past the article into its comments or a list of related
 * stories, sentence-like text too. It ends at the first heading of such a section that has
 * enough of the run's good text before it: COMMENTS_SHARE for a comment section's heading,
 * BOX_SHARE for the others (related stories, newsletter boxes, sharing bars, login prompts).
 *
 * BOX_SHARE: fitted with one share for every heading (mean F1 of the three tools on the 130
 * Readability pages): 0.3 cut articles at a "Share this" above their second half (0.824), 0.5
 * gave 0.829, 0.7 0.834, 0.85 0.833. COMMENTS_SHARE, with BOX_SHARE at 0.7 (w3m/lynx/html2text):
 * 0.5 0.837/0.809/0.860, 0.3 0.839/0.810/0.861 (wordpress, aclu, 002 lose their comments; yahoo-2
 * is cut at a story's "11 Comments" link and loses), 0.15 0.841/0.810/0.861 (one more w3m page);
 * 0.3 kept, the safer of the two.
 */
const BOX_SHARE = 0.7;
const COMMENTS_SHARE = 0.3;

function endShare(text: string, next: BodyBlock | undefined): number {
  if (text.length <= COMMENTS_ON_CHARS && COMMENTS_ON.test(text)) return COMMENTS_SHARE;
  if (text.length > HEADING_CHARS) return Infinity;
  const plain = text.replace(LEADING_MARK, '');
  if (COMMENTS_HEADING.test(plain) || REPLY_FORM.test(plain)) return COMMENTS_SHARE;
  if (isBoxHeading(plain) || WEAK_END.test(plain)) return BOX_SHARE;
  const label = chromeLabel(plain);
  if (label === null || !BOX_LABELS.has(label)) return Infinity;
  // A line of widget words over a paragraph is a section heading ("Search and Navigation" over
  // firefox-nightly-blog's last section), not a sharing bar. One word is a button ("Email" over
  // the comments of archive.org's tv-orange.de), and a newsletter or login prompt over its pitch
  // still ends the article (statisticsglobe.com's "Subscribe to my free ...").
  const heading =
    label === 'widget' && /\s/.test(plain) && next?.kind === 'good' && next.chars >= LENGTH_HIGH;
  return heading ? Infinity : BOX_SHARE;
}

/**
 * A box heading followed by a feed or gallery (liberation-1's live feed "• 14:10" over a
 * paragraph, bug-1255978's "• 2/50 Star Wars boosts economy" pictures with their captions) ends
 * the article with less of the run's text before it: the entries' paragraphs outweigh the story.
 * An entry is a list item with a paragraph of its own (LENGTH_HIGH of good text before the next
 * item, the item's own line not counted); a sharing bar's, a link list's or a reference list's
 * items have none. Entries after the heading must be at least LIST_ENTRIES and three times those
 * before it. Set by hand on the 130 Readability pages (bench README, fourth body round): at a
 * share of 0.2 bug-1255978 (0.16 before its "Read more") kept its gallery.
 */
const LIST_SHARE = 0.15;
const LIST_ENTRIES = 8;

/** For each block of the run, whether it starts a list entry with a paragraph of its own. */
function feedEntries(blocks: BodyBlock[], first: number, last: number): boolean[] {
  const entry = new Array<boolean>(blocks.length).fill(false);
  let open = -1; // the list item whose entry is being read
  let text = 0;
  for (let b = first; b <= last + 1; b++) {
    const block = b <= last ? (blocks[b] as BodyBlock) : null;
    if (!block || block.bullet) {
      if (open >= 0 && text >= LENGTH_HIGH) entry[open] = true;
      [open, text] = [b, 0];
    } else if (block.kind === 'good') text += block.chars;
  }
  return entry;
}

/**
 * A box heading (isBoxHeading) over GAP_BLOCKS blocks or more without good text (its teasers,
 * ads, a live ticker's times) ends the article with GAP_SHARE of the run's good text before it:
 * the run reaches past the gap into another story's text. Not a sharing bar or a widget
 * chromeReason reads: galleries and tables print those inside articles over their cells and
 * buttons (wapo-1's gallery, dropbox-blog's table in html2text, folha: F1 0.90 -> 0.66, 0.98 ->
 * 0.76, 0.88 -> 0.65 with them), nor a menu's item ("□ Newsletter" in motorsport-total's menu
 * under a run of teasers: three of the story's must-have snippets lost with it). aktualne's "Související" over eight teasers
 * (each printed twice) and a ticker, then another story's seven paragraphs: 0.65 of the run's
 * good text stood above the heading, under BOX_SHARE. A box inside an article (seattletimes-1's
 * "Most Read Business Stories" at a third of it) has too little before it.
 */
const GAP_SHARE = 0.5;
const GAP_BLOCKS = 8;

/** The GAP_BLOCKS blocks of the run under block `b` hold no good text. */
function textlessAfter(blocks: BodyBlock[], b: number, last: number): boolean {
  if (b + GAP_BLOCKS > last) return false;
  for (let k = b + 1; k <= b + GAP_BLOCKS; k++) {
    if ((blocks[k] as BodyBlock).kind === 'good') return false;
  }
  return true;
}

/**
 * endOfArticle again on the run it cut, until it cuts no more: the shares are of the run's good
 * text, and a run that reached into the footer (medicalnewstoday's privacy notice and copyright
 * lines, 2,500 characters of good text under its "email", "print" bar) counted that text too,
 * so the "Related coverage" heading over the story's three teasers had too little before it.
 * Once the run ends at the bar, the heading ends the article. The passes after the first ask
 * the share alone: the feed rule's LIST_SHARE, asked of a shorter run, cut videos-1's list of
 * 21 films at the "Related" box under its second film.
 */
export function shortestEnd(blocks: BodyBlock[], run: [number, number]): [number, number] {
  // Each block's endShare, asked once for all the passes (NaN: not asked yet): it reads the
  // block and the one under it, which no pass changes, and the passes read the same blocks.
  const shares = new Float64Array(blocks.length).fill(NaN);
  let end = endOfArticle(blocks, run, true, shares);
  for (;;) {
    const next = endOfArticle(blocks, end, false, shares);
    if (next[1] === end[1]) return end;
    end = next;
  }
}

/**
 * The run cut before the first block that ends the article (endShare: a comments or a box's
 * heading, a sharing bar) with that block's share of the run's good text before it; or, with
 * `withFeedRule`, before a box's heading over a feed (feedEntries: LIST_ENTRIES entries or more
 * after it, three times those before) with LIST_SHARE of the text before it. The run where none.
 */
function endOfArticle(
  blocks: BodyBlock[],
  run: [number, number],
  withFeedRule: boolean,
  shares: Float64Array,
): [number, number] {
  const [first, last] = run;
  const entry = feedEntries(blocks, first, last);
  let total = 0;
  let entries = 0;
  for (let b = first; b <= last; b++) {
    const block = blocks[b] as BodyBlock;
    if (block.kind === 'good') total += block.chars;
    if (entry[b]) entries++;
  }
  let before = 0;
  let entriesBefore = 0;
  for (let b = first; b <= last; b++) {
    const block = blocks[b] as BodyBlock;
    let share = shares[b] as number;
    if (Number.isNaN(share)) shares[b] = share = endShare(block.text, blocks[b + 1]);
    if (before > 0 && before >= share * total) return [first, b - 1];
    const entriesAfter = entries - entriesBefore;
    const feedAfter = entriesAfter >= LIST_ENTRIES && entriesAfter >= 3 * entriesBefore;
    if (withFeedRule && share === BOX_SHARE && feedAfter && before >= LIST_SHARE * total) {
      return [first, b - 1];
    }
    const gap =
      before >= GAP_SHARE * total &&
      share === BOX_SHARE &&
      !block.bullet &&
      isBoxHeading(block.text);
    if (gap && textlessAfter(blocks, b, last)) return [first, b - 1];
    if (block.kind === 'good') before += block.chars;
    if (entry[b]) entriesBefore++;
  }
  return run;
}

/**
 * A footer's notice: a licence (isLicenceNotice: "licensed under", "Creative Commons ...
 * Lizenz"), a licence's short name ("cc-by-nc-sa", "unter der Lizenz CC-BY-NC-ND"), or a year
 * after "©" or "(c)" anywhere in the line ("Portions of this content are ©1998–2015 by individual
 * mozilla.org contributors"). Not every copyright line (chromeLabel 'copyright'): asked too, it
 * cut must-have text from the committed sample's html2text pages (withFound 0.8352, floor 0.836).
 */
const FOOTER_NOTICE = /\bcc-by\b|\bunter der lizenz\b|©\s*\d{4}|\(c\)\s*\d{4}/iu;
/** A footer's notice is a line or two: a story's paragraph on licences is longer. */
const FOOTER_CHARS = 300;
/** How near the run's end the notice stands, in blocks: the page's footer closes the run. */
const FOOTER_REACH = 3;

function isFooterNotice(block: BodyBlock): boolean {
  if (block.chars > FOOTER_CHARS) return false;
  return FOOTER_NOTICE.test(block.text) || isLicenceNotice(block.text);
}

/**
 * The run's last block above the page's footer, when the run ends in it: a licence or copyright
 * notice among its last FOOTER_REACH blocks (v8-blog's "Except as otherwise noted, any code
 * samples from the V8 project are licensed under V8's BSD-style license", mozilla-2's "Portions
 * of this content are ©1998–2015 ..."), with the footer's links above it ("Branding · Terms ·
 * Privacy · Twitter · Edit this page on GitHub",
 * "Mozilla": isFooterLink). Readability's articles end above them.
 */
export function beforeFooter(blocks: BodyBlock[], first: number, last: number): number {
  let notice = -1;
  for (let b = Math.max(first + 1, last - FOOTER_REACH + 1); b <= last && notice < 0; b++) {
    if (isFooterNotice(blocks[b] as BodyBlock)) notice = b;
  }
  if (notice < 0) return last;
  let end = notice - 1;
  while (end > first && isFooterLink(blocks[end] as BodyBlock)) end--;
  return end;
}

/** Two separators between a footer's links: "Branding · Terms · Privacy", "Impressum | Kontakt". */
const LINK_SEPARATORS = /\s[·|•]\s.*\s[·|•]\s/u;

/**
 * A line of the footer's links over its notice: one word (the site's name, "Mozilla") or links
 * between separators, no sentence. A link under the story's last section is not one ("Learn more
 * about Style Editor", mozilla-2: Readability keeps it).
 */
function isFooterLink(block: BodyBlock): boolean {
  if (block.chars >= LENGTH_LOW || block.terminal) return false;
  return block.words === 1 || LINK_SEPARATORS.test(block.text);
}

/**
 * The heading of an article's notes or references, the whole line: "References", "Notes",
 * "Footnotes", "Sources", "Bibliography", with Wikipedia's "[edit]" (w3m, lynx) and html2text's
 * "## ". The list under it cites the article's sources: the article's text, which Readability's
 * expected text keeps, but its numbered entries are short, dated and low in stop words, so the
 * main run stops before the heading.
 */
const NOTES_HEADING =
  /^(?:#{1,6}\s+)?(?:notes|references|footnotes|sources|citations|bibliography|works cited|notes and references|einzelnachweise|anmerkungen|références|referencias|notas)(?:\s*\[edit\])?\s*:?$/iu;
/**
 * A line wrapped off a note (". Radio Times. Retrieved 6 May 2014.", "on 2014-04-06.",
 * "September 2019."): it starts with punctuation, a digit or a small letter, ends a sentence, or
 * is long. A short line starting with a capital and no full stop is the next section's heading
 * ("External links").
 */
const WRAPPED_NOTE = /^[.,;:)\]\d\p{Ll}"“'‘]|^.{60}|[.)]$/u;
/**
 * How far past the main run's end a notes heading is looked for, in blocks: a "See also" list
 * of up to a dozen links stands between them on Wikipedia pages (wikipedia-4: 8 blocks).
 */
const NOTES_REACH = 16;

/**
 * The blocks of the notes or references lists in the main run or after it (NOTES_HEADING up to
 * NOTES_REACH blocks past its end), headings included: the numbered entries, the lines a dump
 * wraps off them (". Deptford Cinema. Retrieved 27 January 2020.") and further notes headings
 * ("Footnotes", then "Citations"). A list ends at the first block that is none of these (an
 * unnumbered bullet, "External links"); a heading with no numbered entry under it is left.
 */
export function notesLists(blocks: BodyBlock[], first: number, last: number): Set<number> {
  const notes = new Set<number>();
  const end = Math.min(blocks.length - 1, last + NOTES_REACH);
  for (let heading = first; heading <= end; heading++) {
    if (!NOTES_HEADING.test((blocks[heading] as BodyBlock).text)) continue;
    const list = [heading];
    let entries = 0;
    for (let b = heading + 1; b < blocks.length; b++) {
      const block = blocks[b] as BodyBlock;
      const numbered = NOTE_NUMBER.test(block.text);
      const wrapped = entries > 0 && !block.bullet && WRAPPED_NOTE.test(block.text);
      if (!numbered && !wrapped && !block.marker && !NOTES_HEADING.test(block.text)) break;
      if (numbered) entries++;
      list.push(b);
    }
    if (entries > 0) for (const b of list) notes.add(b);
    heading = list[list.length - 1] as number;
  }
  return notes;
}
