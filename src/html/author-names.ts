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
