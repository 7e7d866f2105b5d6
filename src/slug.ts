// URL slugs that keep every script readable ("북한-탈북자", "beijing") and are safe as one path
// segment: letters and digits of any language joined by hyphens, nothing that could climb out of
// the output folder ("..", "/", "\").

/** Long enough to tell headlines apart, short enough for file systems (255 bytes per name). */
const MAX_SLUG_CHARS = 80;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = [...slug].slice(0, MAX_SLUG_CHARS).join('').replace(/-+$/, '');
  return cut || 'untitled';
}

/** The first of base, base-2, base-3... that `isFree` accepts. */
export function freeSlug(base: string, isFree: (slug: string) => boolean): string {
  let slug = base;
  for (let n = 2; !isFree(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * The number a slug adds to `base` to be unique: 1 for base itself, N for "base-N", null when
 * the slug is not base with or without such a suffix.
 */
export function slugSuffix(slug: string, base: string): number | null {
  if (slug === base) return 1;
  if (!slug.startsWith(`${base}-`)) return null;
  const rest = slug.slice(base.length + 1);
  return /^[1-9]\d{0,8}$/.test(rest) ? Number(rest) : null;
}

/** Longest slug accepted from outside (a lock file): a cut title plus a generous -N suffix. */
const MAX_SLUG_LENGTH = MAX_SLUG_CHARS + 12;

/**
 * True for text shaped like slugify's output, with or without a -N suffix: lower-case letters,
 * digits and marks of any script joined by single hyphens. Used on slugs read back from a file.
 */
export function isSlug(text: string): boolean {
  return (
    [...text].length <= MAX_SLUG_LENGTH &&
    /^[\p{L}\p{N}\p{M}]+(?:-[\p{L}\p{N}\p{M}]+)*$/u.test(text) &&
    text === text.toLowerCase()
  );
}
