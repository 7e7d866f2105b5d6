// Acronyms an article defines ("the European Community (EC)"), each with the name it stands
// for, read after the tagger has named what the article holds (src/topics/tagger.ts namesIn).

import type { Section } from './sections.ts';
import type { Candidate } from './candidates.ts';

/** A word in capitals that may be an acronym: "EC", "OPEC", "FOMC". */
export const ACRONYM = /\b\p{Lu}{2,6}\b/gu;
/** What every acronym defined in the text (definitions) ends with: "(EC)". */
const ACRONYM_IN_BRACKETS = /\(\p{Lu}{2,6}\)/u;

/**
 * The initials of a name's capitalized words and of their capitalized hyphenated parts:
 * "Belgo-Luxembourg Economic Union" -> "BLEU", "Securities and Exchange Commission" -> "SEC".
 */
function initials(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  const whole = words.map((w) => w[0]).join('');
  const parts = words
    .flatMap((w) => w.split('-'))
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return whole === parts ? [whole] : [whole, parts];
}

/**
 * Acronyms the text defines: "European Community (EC)", the name being the shortest run of
 * words before the brackets whose initials spell it; and acronyms of names the tagger found,
 * when the text uses them ("Federal Open Market Committee" ... "the FOMC").
 */
export function definitions(sections: Section[], candidates: Candidate[]): [string, string][] {
  const out: [string, string][] = [];
  const capitals = new Set<string>();
  for (const { text, shouted } of sections) {
    if (shouted) continue;
    // Checked first: the expression tries up to ten words at every word of the text, 3% of the
    // names stage where most sections have no acronym in brackets at all.
    const spelledOut = ACRONYM_IN_BRACKETS.test(text)
      ? text.matchAll(/((?:[\p{L}&'’-]+\s+){1,10})\((\p{Lu}{2,6})\)/gu)
      : [];
    for (const m of spelledOut) {
      const acronym = m[2] ?? '';
      const words = (m[1] ?? '').trim().split(/\s+/);
      for (let start = words.length - 1; start >= 0; start--) {
        const run = words.slice(start).join(' ');
        if (!/^\p{Lu}/u.test(run)) continue;
        const spelt = initials(run);
        if (spelt.includes(acronym)) {
          out.push([acronym, run]);
          break;
        }
        if (Math.min(...spelt.map((i) => i.length)) > acronym.length) break;
      }
    }
    for (const word of text.match(ACRONYM) ?? []) capitals.add(word);
  }
  for (const { name, kind } of candidates) {
    // Only names in full words: "EC Commission" is not what "EC" stands for.
    if (kind !== 'organization' || !/^\p{Lu}\p{Ll}+(?:[\s-]+\p{L}+)+$/u.test(name)) continue;
    if (name.split(/[\s-]+/).some((w) => w.length > 1 && w === w.toUpperCase())) continue;
    for (const acronym of initials(name)) {
      if (acronym.length >= 2 && capitals.has(acronym)) out.push([acronym, name]);
    }
  }
  return out;
}
