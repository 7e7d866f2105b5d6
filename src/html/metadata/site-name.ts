// The page's metadata (src/html/metadata.ts): a title's site name cut, by the name the page
// declares, a closing bracket, a CJK trail or the text path's rule.

import { singleSpaced } from '../../normalize/chrome.ts';
import { splitSiteName } from '../../normalize/headline.ts';
import type { Declared, SiteNameFrom } from '../metadata.ts';
import type { Collected } from './collect.ts';
import type { JsonLdFacts } from './json-ld.ts';
import { firstMeta } from './meta.ts';

export const SEPARATOR = /\s+(?:[|–—·»•:@]|-|::)\s+|\s*\|\s*/g;

/**
 * A title with its site name cut: a closing "[Site]"; where the page declares the site, the name
 * and what follows it ("Headline | The Site", "Headline | DW | 23.05.2011", "Headline - My Magazine - Art, Design"),
 * or the name before the headline ("The Site - Headline"); else by the text path's rule
 * (splitSiteName: a short last part). On a declared headline (og:title, JSON-LD) that rule cuts
 * only a part the page's <title> ends in too, or a declared author's name: dropbox-blog's og:title
 * ends in its subtitle ("How we designed Dropbox's ATF - an async task framework", its <title> in
 * "- Dropbox"); guardian-1's in its columnist ("... whale strandings | Eleanor Ainge Roy").
 */
export function siteNameCut(
  title: string,
  siteName: string | null,
  page: { title?: string | null; authors?: string[] } = {},
): string {
  const barred = barredSiteCut(title, siteName, page);
  if (barred !== null) return barred;
  const text = cjkTrailCut(bracketedSiteCut(title));
  const declared = siteName ? declaredSiteCut(text, siteName) : null;
  if (declared !== null) return declared;
  const { headline, site } = splitSiteName(text);
  if (site === null || !page.title) return headline;
  const whole = bracketedSiteCut(page.title);
  const cut = foldName(site);
  const named = (page.authors ?? []).some((a) => foldName(a) === cut);
  // "| Schweizerische Vogelwarte" for the declared "vogelwarte.ch": the site, spelled out.
  const declaredSite = siteName ? foldName(siteName) : '';
  const spelled = declaredSite.length >= 4 && cut.includes(declaredSite);
  return whole === text || named || spelled || foldName(splitSiteName(whole).site ?? '') === cut
    ? headline
    : text;
}

/**
 * A box-drawing bar (U+2502 "│", a vertical line some CMS templates type instead of "|") between
 * a title's headline and the site's name, read as the bar it stands for: nestle-marktplatz.de's
 * og:title "Produkttester werden: gratis testen & bewerten │ Nestlé Marktplatz" and its <title>
 * "Produkttester werden & gratis testen│Nestlé Marktplatz" (unspaced). No title of the corpora's
 * 1,053 pages sets the character otherwise. The cut title, or null where nothing is cut (a bar
 * inside a headline stays as printed).
 */
function barredSiteCut(
  title: string,
  siteName: string | null,
  page: { title?: string | null; authors?: string[] },
): string | null {
  if (!title.includes('│')) return null;
  const barred = singleSpaced(boxBarSpaced(title));
  const cut = siteNameCut(barred, siteName, {
    ...page,
    title: page.title ? boxBarSpaced(page.title) : page.title,
  });
  // Nothing cut: the title keeps its own bar.
  return cut === barred ? null : cut;
}

const boxBarSpaced = (text: string) => text.replace(/\s*│\s*/gu, ' | ');

/**
 * A Chinese or Japanese title's trail of section and site names, joined by "_" or "-" with no
 * spaces: "武汉的声音：有英勇的你，才有英雄的城！-新华网" (xinhuanet.com), "海外留学生看两会：出国前后关注点大不同
 * _教育频道_中国青年网" (youth), "... _探索者 _光明网" (gmw). Those scripts put no spaces between
 * words, so splitSiteName's spaced separators never see them. A part is cut only when it is a
 * short run of CJK letters (2 to 8) after CJK text and what is left is at least as long as
 * the whole trail cut and 8 characters or more: "新竹尖石_美樹營地賞楓" (pixnet's headline, a place and a
 * camp) and "蔡健雅_百度百科" (baike.baidu.com's, a name and the site) stay whole.
 */
function cjkTrailCut(title: string): string {
  let text = title;
  for (let m = CJK_TRAIL.exec(text); m; m = CJK_TRAIL.exec(text)) {
    const rest = text.slice(0, m.index);
    if (rest.length < 8 || rest.length < title.length - rest.length) break;
    text = rest;
  }
  return text;
}

const CJK_LETTER = String.raw`\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}`;
/** One "_Section" or "-Site" closing a title, after a CJK letter or CJK punctuation. */
const CJK_TRAIL = new RegExp(
  String.raw`(?<=[${CJK_LETTER}\u3000-\u303f\uff01-\uff60])\s*[_\-－]\s*[${CJK_LETTER}]{2,8}$`,
  'u',
);

/**
 * A site's name in square brackets closes some titles ("... [LWN.net]", "... [Archive of Our
 * Own]"); a headline does not end so.
 */
function bracketedSiteCut(title: string): string {
  return danglingSeparatorCut(singleSpaced(title).replace(/(?<=\S)\s+\[[^[\]]{1,40}\]$/, ''));
}

/**
 * A title that ends in a separator with no site's name after it, as a template prints it where
 * the site's name is left blank: changenow.de's `<title>` "Über André Loibl | ", st-georg.de's
 * og:title "Pferdesport definitiv bei Olympia 2028 dabei -". No headline ends in a spaced bar or
 * dash; the separator is cut (a colon, which can close a kicker, is kept).
 */
function danglingSeparatorCut(title: string): string {
  return title.replace(/(?<=\S)(?:\s+(?:[|–—·»•-]|::)|\s*\|)$/, '');
}

/**
 * `text` without the declared site's name: from the first separator after which the rest, or
 * the part up to the next separator, is the name (a name may hold a separator itself, "My Daily
 * Magazine - Art, Design, DIY, Fashion and Beauty !"); else after a separator that the name
 * stands before. A name with its abbreviation ("Evangelisches Jugendwerk in Württemberg (ejw)")
 * is the name. Null when the name is not there, or nothing would be left.
 */
function declaredSiteCut(text: string, siteName: string): string | null {
  const site = foldName(siteName);
  if (!site) return null;
  const isSite = (s: string) => {
    const folded = foldName(s);
    return folded === site || foldName(s.replace(/\s*\([^()]{1,20}\)$/, '')) === site;
  };
  const separators = [...text.matchAll(SEPARATOR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const [i, sep] of separators.entries()) {
    const part = text.slice(sep.end, separators[i + 1]?.start ?? text.length);
    if (sep.start > 0 && (isSite(text.slice(sep.end)) || isSite(part))) {
      return text.slice(0, sep.start);
    }
  }
  for (const sep of separators) {
    if (isSite(text.slice(0, sep.start)) && sep.end < text.length) return text.slice(sep.end);
  }
  return null;
}

export const foldName = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^(?:www\.)|\.(?:com|org|net|info|co\.uk|[a-z]{2})$/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A headline cut short, with an ellipsis ("The long story of…") or at a quotation mark, and a
 * longer one it begins.
 */

/**
 * The site's name as the page declares it: og:site_name, the JSON-LD publisher's or WebSite's
 * name, or the site part of the <title> (splitSiteName).
 */
export function declaredSiteName(
  c: Collected,
  ld: JsonLdFacts,
): Declared<string, SiteNameFrom> | null {
  return (
    firstMeta(c.meta, ['og:site_name']) ??
    (ld.publisher ? { value: ld.publisher, from: 'json-ld publisher' } : null) ??
    (ld.siteName ? { value: ld.siteName, from: 'json-ld WebSite' } : null) ??
    (c.title && splitSiteName(c.title).site
      ? { value: splitSiteName(c.title).site as string, from: '<title>' }
      : null)
  );
}
