// The page's metadata (src/html/metadata.ts): the headline, the most trusted declared title
// with its site name and a CMS's date suffix cut, and every title the page declares.

import type { Collected } from './collect.ts';
import type { Declared, SiteNameFrom } from '../metadata.ts';
import type { JsonLdFacts } from './json-ld.ts';
import { SEPARATOR, foldName, siteNameCut } from './site-name.ts';
import { findDateSpan } from '../../normalize/dates.ts';
import { firstMeta, itempropValue } from './meta.ts';
import { wordCount } from '../../text.ts';

function completed(short: string, others: (string | null)[]): string {
  const stem = /^(.*?)\s*(?:…|\.\.\.)$/.exec(short)?.[1];
  if (stem) return others.find((o) => o && o.length > stem.length && o.startsWith(stem)) ?? short;
  // An attribute cut short at a quotation mark its page did not escape (eluniversal.com's
  // og:title "Senador republicano califica a Biden de", its <title> going on '"incapacitado"').
  return (
    others.find((o) => o?.startsWith(short) && /^\s*["“„]/.test(o.slice(short.length))) ?? short
  );
}

/**
 * The JSON-LD headline, or its name where the two differ and only the name is the page's title:
 * Wikipedia's Article graph gives the article's short description as `headline` ("constitutional
 * monarchy in Oceania") and the title as `name` ("New Zealand").
 */
function jsonLdHeadline(
  ld: JsonLdFacts,
  title: string | null,
  ogTitle: string | null,
): DeclaredHeadline | null {
  const { headline, name } = ld;
  const inTitle = (s: string) =>
    [title, ogTitle].some((t) => t !== null && foldName(t).includes(foldName(s)));
  if (
    headline &&
    name &&
    foldName(headline) !== foldName(name) &&
    inTitle(name) &&
    !inTitle(headline)
  ) {
    return { value: name, from: 'json-ld name' };
  }
  if (headline) return { value: headline, from: 'json-ld headline' };
  return name ? { value: name, from: 'json-ld name' } : null;
}

/** A title's last part after a separator ("Ein Quantensprung für Nordhausen Nord : 06.11.2023"). */
const LAST_PART = /\s+[:|–—-]\s+([^:|–—]+)$/u;

/**
 * A declared title without the day and time a CMS appends after a separator ("Ein Quantensprung
 * für Nordhausen Nord : 06.11.2023, 11.41 Uhr" on nnz-online.de and kyffhaeuser-nachrichten.de):
 * the last part is cut when it holds a full day and nothing but a time beside it.
 */
function withoutDateSuffix(title: string): string {
  const m = LAST_PART.exec(title);
  const part = m?.[1];
  if (!m || !part) return title;
  const day = findDateSpan(part);
  if (!day || day.precision !== 'day') return title;
  const rest = part
    .replace(day.span, '')
    .replace(/\b\d{1,2}[.:]\d{2}\b|\buhr\b/giu, '')
    .replace(/[\s,.]+/gu, '');
  const head = title.slice(0, m.index);
  // "Wochenbericht 14. - 20. Januar 2022" (slf.ch) is a range of days, not a title and its day.
  return rest === '' && !/\d\.?$/u.test(head) ? head : title;
}

/**
 * The declarations a headline is read from (resolveHeadline's, most trusted first): decisions
 * on where a headline came from compare these, the compiler holding them to the list ("<title>":
 * the page's <title>, whose parts may be the site's name or a section's).
 */
export type HeadlineFrom =
  | 'json-ld headline'
  | 'json-ld name'
  | 'dc:title'
  | 'dcterm:title'
  | 'dcterms.title'
  | 'dc.title'
  | 'parsely-title'
  | 'og:title'
  | 'twitter:title'
  | 'itemprop headline'
  | '<title>';

/** A declared headline and where it came from. */
export type DeclaredHeadline = Declared<string, HeadlineFrom>;

export function resolveHeadline(
  c: Collected,
  ld: JsonLdFacts,
  siteName: Declared<string, SiteNameFrom> | null,
  authors: string[] | null,
): { headline: DeclaredHeadline | null; titles: string[] } {
  const meta = <K extends string>(keys: readonly K[]) => firstMeta(c.meta, keys);
  // A heading marked as the headline before any other element so marked: WordPress themes mark
  // the site's name in the page's masthead too (p.main-title "Investment Watch" before
  // h1.entry-title, on 0a3108e5... and talent.ch among trafilatura's pages).
  const items = c.itemprops.get('headline') ?? [];
  const itemHeadline = items.find((el) => /^h[1-6]$/.test(el.tagName)) ?? items[0];
  const candidates: (DeclaredHeadline | null)[] = [
    jsonLdHeadline(ld, c.title, firstMeta(c.meta, ['og:title'])?.value ?? null),
    meta(['dc:title', 'dcterm:title', 'dcterms.title', 'dc.title']),
    meta(['parsely-title']),
    meta(['og:title']),
    meta(['twitter:title']),
    itemHeadline ? { value: itempropValue(itemHeadline) ?? '', from: 'itemprop headline' } : null,
    c.title ? { value: c.title, from: '<title>' } : null,
  ];
  const found = candidates.filter((x): x is DeclaredHeadline => x !== null && x.value !== '');
  const values = found.map((x) => x.value);
  const cut = (raw: string) =>
    withoutDateSuffix(
      siteNameCut(completed(raw, values), siteName?.value ?? null, {
        title: c.title,
        authors: authors ?? [],
      }),
    );
  // A declared title that is only the declared site's name, or a part of it (iconmagazine's
  // og:title "ICON Magazine", its <title> "ICON • ICON Magazine"), is the site's default, not
  // this article's headline. A name guessed from the <title>'s last part may be the article's
  // own (bafa.de's twitter:title).
  const site = siteName && siteName.from !== '<title>' ? foldName(siteName.value) : null;
  const description = meta(['description', 'og:description'])?.value ?? null;
  const cutOf = (x: DeclaredHeadline) =>
    x.from === '<title>' ? titlePart(cut(x.value), description) : cut(x.value);
  const titles = found.map(cutOf).filter(Boolean);
  for (const x of found) {
    const value = cutOf(x);
    if (!value || (site && site.includes(foldName(value))) || isSectionName(value, c.title)) {
      continue;
    }
    return { headline: { value, from: x.from }, titles };
  }
  return { headline: null, titles };
}

/**
 * The headline in a <title> of three parts or more that names sections as well as the site: the
 * part the page's description repeats word for word (bayrische-bembel.de's "EFC Bayrische Bembel
 * Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse - News",
 * described "Eintracht Frankfurt stellt Weichen für die Zukunft"); or the first part, of four
 * words or more, before a trail of two or more section names of one or two words each (the
 * MacTechNews forum's "kein App Store mehr über Mobile Daten mit iOS 13 ? | iPhone | Forum", its
 * site's name cut). A headline's own parts are longer ("Friday Facts #282 - 0.17 in sight",
 * "Samantha and The Great Big Lie - John C. Welch"), or fewer. Else `title` as it is.
 */
function titlePart(title: string, description: string | null): string {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 3) return title;
  const described = description ? foldName(description) : '';
  const part = parts.find((p) => wordCount(p) >= 3 && foldName(p) === described);
  if (part) return part;
  const [first = '', ...trail] = parts;
  const sections = trail.every((p) => p !== '' && wordCount(p) <= 2);
  return sections && wordCount(first) >= 4 ? first : title;
}

/**
 * A one-word declared title that the page's <title>, a headline of four words or more, does not
 * hold is the section's name every page of it declares (og:title "Pressemitteilungen" on bdzv.de,
 * "Medienmitteilungen" on be.ch, under <title>s naming the story), not this page's headline.
 */
function isSectionName(value: string, title: string | null): boolean {
  if (!title || wordCount(value) !== 1 || wordCount(title) < 4) return false;
  return !foldName(title).includes(foldName(value));
}

/** Dublin Core's creator keys: their names are catalogued surname first ("Jong, Michiel de"). */
