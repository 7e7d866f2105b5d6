// A page's links as the archive keeps them: an absolute http(s) address or nothing. The link's
// text always stays; only its target goes when it has none the archive can keep.

import type { BlockLink } from '../types.ts';

/**
 * The address a link goes to, resolved against the page's own address (`base`: the URL it was
 * captured from, else the canonical URL it declares), or null: a `javascript:` or `data:` target
 * or any other scheme than http(s), a jump inside the page ("#notes": the archive does not keep
 * the page's anchors), or a relative link on a page whose address is unknown. The page's
 * `<base href>` is not read: it is the page's own claim, and a hostile one could aim every
 * relative link anywhere.
 */
function absoluteHref(href: string, base: string | null): string | null {
  const raw = href.trim();
  if (!raw || raw.startsWith('#')) return null;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A page's base for its links: an http(s) address, else null. */
export function pageBase(...candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    if (candidate && absoluteHref(candidate, null)) return absoluteHref(candidate, null);
  }
  return null;
}

/** The block's links with an address the archive keeps, resolved. */
export function keptLinks(links: BlockLink[], base: string | null): BlockLink[] {
  return links.flatMap((link) => {
    const href = absoluteHref(link.href, base);
    return href ? [{ ...link, href }] : [];
  });
}
