// Reading Reuters-21578 (`<corpora>/reuters21578/reut2-0NN.sgm`), shared by the benches that use
// its stories: bench/quality/generate.ts (scraped-looking copies) and bench/topics/run.ts
// (its labelled PLACES, PEOPLE and ORGS). bench/dedup/run.ts keeps its own, simpler reader: its
// labels were made on the text that reader gives, and changing it would change what it scores.
//
// The SGML is Latin-1 with control entities (&#2;, &#3;, ...); bodies are hard-wrapped at about
// 70 columns with paragraphs marked by a four-space indent. See ../shared/corpora/README.md.

import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';

/** One story with a text body, as the SGML gives it. */
export interface ReutersStory {
  /** "reut2-000.sgm". */
  file: string;
  newId: string;
  /** "reuters21578/reut2-000.sgm#NEWID=5". */
  original: string;
  /** The headline, as printed (in capitals), control characters and spacing cleaned. */
  title: string;
  /** Body paragraphs, unwrapped; null when the body is a table or a list (not running text). */
  paragraphs: string[] | null;
  /** "SALVADOR, Feb 26 -", which the wire printed at the start of the first paragraph. */
  dateline: string | null;
  /** The DATE field as in the file (it can carry control junk), or null. */
  dateRaw: string | null;
  /** Labels: the codes in <TOPICS>, <PLACES>, <PEOPLE> and <ORGS> ("usa", "james-baker", "ec"). */
  topics: string[];
  places: string[];
  people: string[];
  orgs: string[];
  /** Reuters wire slug, e.g. "BC-BAHIA-COCOA-REVIEW   02-26 0105". */
  slug: string | null;
}

export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
export const squash = (s: string): string => s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
export const wordsIn = (s: string): number => s.split(/\s+/).filter(Boolean).length;
/** Letters and digits only: re-sent copies of one story share their first paragraph's key. */
export const dedupeKey = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '');

export function decodeSgml(s: string): string {
  return s
    .replace(/&#\d+;/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

const tag = (s: string, name: string): string | null =>
  new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(s)?.[1] ?? null;

/** The codes of a label list, "<PLACES><D>usa</D><D>uk</D></PLACES>" -> ["usa", "uk"]. */
const codes = (s: string, name: string): string[] =>
  [...(tag(s, name) ?? '').matchAll(/<D>([^<]+)<\/D>/g)].map((m) => (m[1] ?? '').trim());

/** Unwraps a Reuters body (four-space paragraph indents); null for tables and briefs. */
export function parseReutersBody(raw: string): string[] | null {
  const text = decodeSgml(raw)
    .replace(/\r/g, '')
    .replace(/\n\s*REUTER\s*$/i, '');
  const paragraphs: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    // Tables, dotted leaders and deep indents are not running text.
    if (/^\s{6,}\S/.test(line) || /\S\s{3,}\S/.test(line) || /\.{4,}|\t/.test(line)) return null;
    const current = paragraphs[paragraphs.length - 1];
    if (!current || /^\s{2,5}\S/.test(line)) paragraphs.push([line.trim()]);
    else current.push(line.trim());
  }
  const joined = paragraphs.map((lines) =>
    squash(lines.reduce((acc, l) => (/[A-Za-z]-$/.test(acc) ? acc + l : `${acc} ${l}`))),
  );
  return joined.filter(Boolean);
}

/**
 * Every story of the corpus that has a headline and a body, in file order. Stories typed BRIEF
 * (headline only) or UNPROC (unprocessed) are left out.
 */
export async function readReuters(corpora: string): Promise<ReutersStory[]> {
  const root = path.join(corpora, 'reuters21578');
  const names = (await readdir(root)).filter((n) => /^reut2-\d+\.sgm$/.test(n)).sort(compare);
  const out: ReutersStory[] = [];
  for (const name of names) {
    const sgml = (await readFile(path.join(root, name))).toString('latin1');
    for (const m of sgml.matchAll(/<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g)) {
      const attrs = m[1] ?? '';
      const doc = m[2] ?? '';
      const newId = /NEWID="(\d+)"/.exec(attrs)?.[1];
      const textMatch = /<TEXT([^>]*)>([\s\S]*?)<\/TEXT>/.exec(doc);
      if (!newId || !textMatch || /TYPE=/.test(textMatch[1] ?? '')) continue;
      const textPart = textMatch[2] ?? '';
      const titleRaw = tag(textPart, 'TITLE');
      const bodyRaw = tag(textPart, 'BODY');
      if (!titleRaw || !bodyRaw) continue;
      const unknown = decodeSgml(tag(doc, 'UNKNOWN') ?? '');
      out.push({
        file: name,
        newId,
        original: `reuters21578/${name}#NEWID=${newId}`,
        title: squash(decodeSgml(titleRaw)),
        paragraphs: parseReutersBody(bodyRaw),
        dateline: squash(decodeSgml(tag(textPart, 'DATELINE') ?? '')) || null,
        dateRaw: tag(doc, 'DATE'),
        topics: codes(doc, 'TOPICS'),
        places: codes(doc, 'PLACES'),
        people: codes(doc, 'PEOPLE'),
        orgs: codes(doc, 'ORGS'),
        slug: /(BC-\S+\s+\d\d-\d\d\s+\d{4})/.exec(unknown)?.[1] ?? null,
      });
    }
  }
  return out;
}

/**
 * A regular story: running text (no table), a headline of two words or more, 3 paragraphs and
 * 80-1100 words, not shouted (capitals under 40% of letters; wire tables and notices are).
 */
export function isRegularStory(
  story: ReutersStory,
): story is ReutersStory & { paragraphs: string[] } {
  const { title, paragraphs } = story;
  if (!paragraphs || wordsIn(title) < 2 || !/[A-Za-z]/.test(title)) return false;
  const words = wordsIn(paragraphs.join(' '));
  if (paragraphs.length < 3 || words < 80 || words > 1100) return false;
  const letters = paragraphs.join(' ').replace(/[^A-Za-z]/g, '');
  return letters.replace(/[^A-Z]/g, '').length <= letters.length * 0.4;
}
