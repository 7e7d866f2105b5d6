// Junk topics for the topics benches (run.ts on Reuters, bbc.ts on BBC News).

/** Letters and digits as words: "U.S." -> "u s", "O'Kennedy" -> "o kennedy". */
const words = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

// Junk: names that are never what an article is about. The bench's own list, kept apart from the
// stage's filter so that the stage is measured against a list it was not written from.

/** Generic words: junk alone ("Government"), not inside a name ("World Bank"). */
const GENERIC = new Set(
  [
    'government president minister ministry company companies bank banks state states party',
    'university officials official spokesman spokeswoman chairman chief director secretary',
    'department agency group committee council commission court city country nation market',
    'markets industry news report reports today yesterday tomorrow week year month people',
    'analysts analyst dealers traders sources economists economy shares stock prices profits',
    'north south east west central new old great national international world first',
  ]
    .join(' ')
    .split(/\s+/),
);

const JUNK_WORDS = new Set(
  [
    ...GENERIC,
    // weekdays and months
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    // numbers in words
    'zero one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty',
    'hundred thousand million billion trillion mln bln second third half quarter dozen',
    // pronouns and determiners
    'i me my we us our you your he him his she her it its they them their this that these those',
    'who whom which what there here all some any none each both',
    // titles and fragments of names
    'mr mrs ms miss dr sir st jr sr mt gen col lt sgt rev prof',
  ]
    .join(' ')
    .split(/\s+/),
);

/** Why a topic is junk, or null. */
export function junkReason(name: string): string | null {
  const key = words(name);
  const parts = key.split(' ').filter(Boolean);
  if (/\d/.test(name)) return 'number';
  if (key.replace(/ /g, '').length <= 1) return 'fragment';
  // "US" in capitals is the country, not the pronoun.
  if (name === 'US') return null;
  if (parts.length === 1 && JUNK_WORDS.has(key)) return 'stop-list';
  // Several words all from the list ("Monday March", "Mr Jr") name nothing; a name made of
  // generic words ("World Bank", "State Department") is a name.
  if (parts.every((w) => JUNK_WORDS.has(w) && !GENERIC.has(w))) return 'stop-list';
  // A name cut off after a connector ("Bank of"): a fragment.
  if (/^(?:of|and|the|for|in|on|at|to|de)$/.test(parts[parts.length - 1] ?? '')) return 'fragment';
  return null;
}
