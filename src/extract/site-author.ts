// A declared author that is the site itself, not a person (issue 22).

import { matchKey } from '../text.ts';

/**
 * The declared author is the site itself: its declared name or host (either holding the other:
 * "Badische Zeitung" for the site "Badische Zeitung GmbH"), or a domain name ("jungefreiheit.de",
 * "STERN.de"), or a name with a web address in it (WEB_ADDRESS). A newsroom declares its brand where the story is signed by a person the page
 * prints: on trafilatura's pages, Badische Zeitung, Madame Figaro, finanztreff.de.
 */
export function isSiteAuthor(author: string, sites: (string | null)[]): boolean {
  // A top-level domain of 2 to 6 letters: "christian.stadtfeld" is a user's handle.
  if (/^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}$/iu.test(author.trim())) {
    return true;
  }
  // A web address in the credit: an organization's ("Deutsche Welle (www.dw.com)" on dw.com,
  // "Web Commerce GmbH www.w-commerce.de", the agency that built ekiba.de), not a writer's name.
  if (WEB_ADDRESS.test(author)) return true;
  if (ORGANIZATION.some((re) => re.test(author))) return true;
  const key = matchKey(author).replace(/ /g, '');
  if (key.length < 3) return false;
  return sites.some((site) => {
    const s = site ? matchKey(site.replace(/\.[a-z]{2,}$/i, '')).replace(/ /g, '') : '';
    return s.length >= 3 && (s.includes(key) || key.includes(s));
  });
}

/**
 * An organization declared as the author: a legal form ("Hanns-Seidel-Stiftung e.V.", "Nordex
 * SE", "Web Commerce GmbH") or an institution's word ("Bayerische Landesanstalt für Wald und
 * Forstwirtschaft - LWF"). A foundation's, an association's or an agency's site declares itself in
 * its meta author where the story is signed by a person it prints ("Autorin: Uta Staschewski",
 * hss.de; span[itemprop=author] "Joachim Hamberger" under "Autoren", waldwissen.net): on
 * trafilatura's pages, 2026-12-04. The name stands where the page prints no byline.
 */
const ORGANIZATION = [
  /(?:^|[\s,(])(?:e\.\s?V\.|g?GmbH|mbH|AG|SE|KGaA|KG|Ltd\.?|Inc\.?|LLC|Corp\.?|S\.A\.|B\.V\.|N\.V\.)(?=$|[\s,)])/u,
  /(?:stiftung|verband|verein|landesanstalt|bundesanstalt|institut|ministerium|universität|hochschule)(?!\p{L})|\b(?:foundation|association|institute|university|ministry)\b/iu,
];

/** A "www." address anywhere in a declared author. */
const WEB_ADDRESS = /(?:^|[\s(])www\.[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,6}\b/iu;

/** "By", "von", "par", "por", "door", "di" before a printed byline's names. */
const BY_WORD = /^(?:by|von|par|por|door|di)\s+/i;
/** Between the names of a printed list of authors: a comma, "and", "und", "&". */
const NAME_LIST = /\s*(?:,|&|\s(?:and|und|et|y)\s)\s*/i;

/**
 * The declared author with the co-authors the page prints after it: a block near the headline
 * that reads "von Daniel Braun, Davor Pasoski" where the page declares Daniel Braun alone (kas.de;
 * ebike-mtb.com's JSON-LD names one of two). Each further name must read as a name
 * (`isName`); else, or when no block opens with the declared name, the declared one stands.
 */
export function withCoAuthors(
  declared: string,
  blocks: string[],
  isName: (text: string) => boolean,
): string {
  const key = matchKey(declared);
  for (const block of blocks) {
    const text = block.replace(/\s+/g, ' ').trim().replace(BY_WORD, '');
    if (text.length > 200) continue;
    const names = text.split(NAME_LIST).map((n) => n.trim());
    if (names.length < 2 || names.length > 6 || matchKey(names[0] ?? '') !== key) continue;
    if (names.slice(1).every(isName)) return names.join(', ');
  }
  return declared;
}

/** A first name declared alone: one capitalized word of letters ("Todd", "Nils", "Stefanus"). */
const FIRST_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * A first name declared alone completed with the surname the page prints after it, where the
 * page shows that full name as its author's: the block is the name alone (rutgers.edu's p.full-name
 * "Todd Bates"), or the name follows "von"/"by" ("Eine Kolumne von Nils Pickert", "Mehr von Henry
 * Steinhau"), or the block stands in an element marked as the author's (mtb-news.de's author
 * box: "Stefanus Stahl - Maschinenbauer, ..."). `blocks` gives the page's texts with whether an
 * author element holds them, in page order, read only for a first name alone; the first
 * completion found stands. WordPress declares the display name its author chose, often the
 * first name alone.
 */
export function withSurname(
  declared: string,
  blocks: () => { text: string; marked: boolean }[],
  isName: (text: string) => boolean,
): string {
  if (!FIRST_NAME.test(declared)) return declared;
  // The first name as declared or in capitals ("MEHR VON HENRY STEINHAU"); the surname
  // capitalized, so no 'i' flag (under it \p{Lu} matches every letter).
  const upper = declared.toUpperCase();
  const first = `(?:${declared}|${upper})`;
  let printed: RegExp | null = null;
  for (const { text, marked } of blocks()) {
    // A match holds the first name as written: a block without it is passed over unsearched, and
    // the pattern (a new one each page, compiled at its first search) made only for one with it
    // (a pattern and a search of every block a page were 1% of saved pages' normalize, stop 50).
    if (!text.includes(declared) && !text.includes(upper)) continue;
    printed ??= new RegExp(
      String.raw`(?:^|(\b(?:[Bb]y|[Vv]on|VON|BY|[Pp]ar|[Pp]or|[Dd]oor)\s+)|[^\p{L}\p{N}])(${first}\s+\p{Lu}[\p{Ll}\p{Lu}]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])`,
      'u',
    );
    const m = printed.exec(text);
    const name = m?.[2];
    if (!m || !name || !isName(name)) continue;
    if (marked || m[1] || text.trim().toLowerCase() === name.toLowerCase()) return name;
  }
  return declared;
}

/**
 * A user's handle declared as the author: two lowercase words joined by a dot or an underscore
 * ("christian.stadtfeld" on osthessen-news.de, "robert.stitz" on homify.de, "gabor_munier" on
 * interscenar.io). A CMS declares its login where the page prints the person's name.
 */
const LOGIN = /^([\p{Ll}]{2,})[._]([\p{Ll}]{2,})$/u;

/** Whether `declared` is a login (LOGIN), not a name as a byline prints it. */
export function isLogin(declared: string): boolean {
  return LOGIN.test(declared.trim());
}

/** Lowercase, accents dropped: "Gàbor" and "gabor" are one word. */
const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The name a login stands for as the page prints it: the first block holding its two words as a
 * name, an initial allowed between them ("Christian P. Stadtfeld" for "christian.stadtfeld",
 * "Gàbor Muniér" for "gabor_munier"), both capitalized. The login stands when no block prints it.
 */
export function loginName(declared: string, blocks: () => string[]): string {
  const m = LOGIN.exec(declared.trim());
  if (!m?.[1] || !m[2]) return declared;
  const [first, last] = [plain(m[1]), plain(m[2])];
  const name = /(\p{Lu}[\p{L}'’-]+)(\s+\p{Lu}\.)?\s+(\p{Lu}[\p{L}'’-]+)/gu;
  for (const block of blocks()) {
    if (!block.toLowerCase().includes(last.slice(0, 3))) continue;
    for (const hit of block.matchAll(name)) {
      if (plain(hit[1] ?? '') === first && plain(hit[3] ?? '') === last) return hit[0];
    }
  }
  return declared;
}

/** A declared author that is initials alone: two or three capitals ("DT"). */
const INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * The person declared by initials alone, as the page prints the name in full: the first block
 * holding capitalized words whose first letters are the initials, in order, and which read as a
 * person's name (`isName`): 1hundetagebuch.wordpress.com declares "DT" and prints "Ein
 * Hundetagebuch von Donald Townsend" in its licence line. The initials stand when no block
 * prints such a name.
 */
export function initialsName(
  declared: string,
  blocks: () => string[],
  isName: (text: string) => boolean,
): string {
  const letters = declared.trim();
  if (!INITIALS.test(letters)) return declared;
  const words = [...letters].map((c) => String.raw`${c}[\p{Ll}'’-]+`).join(String.raw`\s+`);
  const printed = new RegExp(String.raw`(?<![\p{L}\p{N}])${words}(?![\p{L}\p{N}])`, 'u');
  for (const block of blocks()) {
    const name = printed.exec(block)?.[0];
    if (name && isName(name)) return name;
  }
  return declared;
}
