// Character references in text that is not HTML. Scraped text files keep the references of the
// page they were copied from: the BBC News corpus writes "&#163;1.8m indecency fine for Viacom",
// "Jos&#233; Manuel Barroso" and ":- &lt;(" (22 of its 2,225 files). Left alone, the code shows
// on the home page and in search results, and "£1.8m" finds nothing. Text input is decoded here,
// once, as its lines are read (front-end.ts); HTML input is decoded by its parser and never comes
// here, so "&amp;lt;" on a web page stays the text "&lt;".

/**
 * Named references decoded: the markup ones and the typography and Latin-1 letters scraped news
 * text carries. Not the full HTML table (2,231 names): a name outside this list is left as it is
 * written, never guessed at.
 */
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  pound: '£',
  euro: '€',
  yen: '¥',
  cent: '¢',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  ccedil: 'ç',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  iacute: 'í',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  oacute: 'ó',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ucirc: 'û',
  uuml: 'ü',
  szlig: 'ß',
  Eacute: 'É',
  Aring: 'Å',
  aring: 'å',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
};

/**
 * Code points 128-159 in a numeric reference mean the windows-1252 character of that byte, as
 * HTML reads them (pages typed on Windows write "&#146;" for an apostrophe).
 */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ'.split('');

const LETTER = /\p{L}/u;
const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

function fromCodePoint(code: number): string | null {
  if (code >= 0x80 && code <= 0x9f) return WINDOWS_1252[code - 0x80] ?? null;
  // NUL, surrogates, C0 controls other than white space, and numbers past Unicode are not
  // characters: such a reference is left as written.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  if (code < 0x20 && code !== 0x09 && code !== 0x0a) return null;
  return String.fromCodePoint(code);
}

/**
 * "&#163;1.8m" -> "£1.8m", "&lt;" -> "<", "&#x2019;" -> "’". Only references closed by ";" are
 * read, so "AT&T" and "R&D;" stay as they are. The BBC corpus writes "America&#191;s" and
 * "person&#191;s" for "America’s": "¿" (191) between two letters is an apostrophe its conversion
 * lost, never Spanish (where "¿" opens a question), and is given back as one.
 */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (whole: string, decimal?: string, hex?: string, name?: string, ...rest: unknown[]) => {
      if (name !== undefined) return Object.hasOwn(NAMED, name) ? (NAMED[name] as string) : whole;
      const code = decimal !== undefined ? Number(decimal) : parseInt(hex ?? '', 16);
      if (code === 0xbf) {
        const at = rest[0] as number;
        const between =
          LETTER.test(text[at - 1] ?? '') && LETTER.test(text[at + whole.length] ?? '');
        if (between) return '’';
      }
      return fromCodePoint(code) ?? whole;
    },
  );
}
