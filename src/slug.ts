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

/** Gives each item a slug no other item has, adding -2, -3... in the order given. */
export function uniqueSlugs(bases: string[]): string[] {
  const taken = new Set<string>();
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    return slug;
  });
}
