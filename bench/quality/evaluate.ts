// Scores normalize against the generated corpus's truth, field by field. Run with
// `npm run bench:quality`; test/quality/gate.test.ts checks the same scores against floors.json.
//
//   npx tsx bench/quality/evaluate.ts [--out tmp/quality] [--count 600] [--seed 1] [--show FIELD]

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { matchKey } from '../../src/text.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';
import { requireCorpora } from '../shared/corpora.ts';
import { runsAsScript } from '../shared/script.ts';
import { generateCorpus, type TruthRecord } from './generate.ts';

export interface Scores {
  files: number;
  title: number;
  date: number;
  /** Share of files without a printed date that were given one anyway. */
  inventedDates: number;
  source: number;
  byline: number;
  /** Share of articles with any chrome line left in their text. */
  residue: number;
  /** Share of true paragraphs present in the body. */
  retention: number;
  /** Share of print breaks joined. */
  dehyphenation: number;
  /** Share of genuine hyphenated words whose hyphen was removed. */
  falseJoins: number;
}

export type Field = keyof Omit<Scores, 'files'>;

/** "The Courier-Post" and "Courier-Post" name one publication; case and spacing don't count. */
function sameName(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  const key = (s: string) => matchKey(s).replace(/^the /, '');
  return key(a) === key(b);
}

function sameText(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return matchKey(a) === matchKey(b);
}

function countWord(text: string, word: string): number {
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}-])`,
    'gu',
  );
  return (text.match(re) ?? []).length;
}

export interface FileVerdicts {
  path: string;
  title: boolean;
  date: boolean;
  invented: boolean;
  source: boolean;
  byline: boolean;
  residue: string[];
  missing: string[];
  breaksJoined: number;
  breaks: number;
  falseJoins: string[];
  hyphenated: number;
}

export function judge(truth: TruthRecord, doc: NormalizedDoc): FileVerdicts {
  const body = doc.blocks.map((b) => b.text);
  const bodyText = body.join('\n');
  const bodyKey = matchKey(bodyText);
  const blockKeys = new Set(body.map(matchKey));
  // Chrome is matched against whole blocks, and inside blocks only when it is long enough not to
  // occur in story text by chance (a "TOP" link must not match the word "top").
  const residue = truth.chrome.filter((line) => {
    const key = matchKey(line);
    if (!key) return false;
    if (blockKeys.has(key)) return true;
    return key.split(' ').length >= 5 && bodyKey.includes(key);
  });
  const missing = truth.paragraphs.filter((p) => !bodyKey.includes(matchKey(p)));
  const everything = [doc.title ?? '', doc.standfirst ?? '', bodyText].join('\n');
  const truthText = [truth.title ?? '', truth.standfirst ?? '', ...truth.paragraphs].join('\n');
  let breaksJoined = 0;
  for (const word of new Set(truth.breaks)) {
    const expected = truth.breaks.filter((w) => w === word).length;
    breaksJoined += Math.min(
      expected,
      countWord(everything, word) - (countWord(truthText, word) - expected),
    );
  }
  const falseJoins = truth.hyphenated.filter((word) => {
    const joined = word.replace(/-/g, '');
    return countWord(everything, joined) > countWord(truthText, joined);
  });
  return {
    path: truth.path,
    title: sameText(doc.title, truth.title),
    date: (doc.date?.value ?? null) === truth.date,
    invented: truth.date === null && doc.date !== null,
    source: sameName(doc.source, truth.source),
    byline: sameName(doc.byline, truth.byline),
    residue,
    missing,
    breaksJoined: Math.max(0, breaksJoined),
    breaks: truth.breaks.length,
    falseJoins,
    hyphenated: truth.hyphenated.length,
  };
}

export function score(verdicts: FileVerdicts[], truths: TruthRecord[]): Scores {
  const n = verdicts.length;
  const share = (f: (v: FileVerdicts) => boolean) => verdicts.filter(f).length / n;
  const undated = truths.filter((t) => t.date === null).length;
  const paragraphs = truths.reduce((s, t) => s + t.paragraphs.length, 0);
  const breaks = verdicts.reduce((s, v) => s + v.breaks, 0);
  const hyphenated = verdicts.reduce((s, v) => s + v.hyphenated, 0);
  const round = (x: number) => Math.round(x * 10000) / 10000;
  return {
    files: n,
    title: round(share((v) => v.title)),
    date: round(share((v) => v.date)),
    inventedDates: round(undated ? verdicts.filter((v) => v.invented).length / undated : 0),
    source: round(share((v) => v.source)),
    byline: round(share((v) => v.byline)),
    residue: round(share((v) => v.residue.length > 0)),
    retention: round(
      paragraphs ? 1 - verdicts.reduce((s, v) => s + v.missing.length, 0) / paragraphs : 1,
    ),
    dehyphenation: round(breaks ? verdicts.reduce((s, v) => s + v.breaksJoined, 0) / breaks : 1),
    falseJoins: round(
      hyphenated ? verdicts.reduce((s, v) => s + v.falseJoins.length, 0) / hyphenated : 0,
    ),
  };
}

/** Generates the corpus, runs ingest + normalize on every file as the build does, and judges it. */
export async function runQuality(options: {
  corpora: string;
  out: string;
  count: number;
  seed: number;
}): Promise<{
  scores: Scores;
  verdicts: FileVerdicts[];
  truths: TruthRecord[];
  docs: NormalizedDoc[];
}> {
  const truths = await generateCorpus(options);
  const files: InputFile[] = [];
  for (const truth of truths) {
    const file = readInputFile(truth.path, await readFile(path.join(options.out, truth.path)));
    if ('reason' in file) throw new Error(`${truth.path} was rejected: ${file.reason}`);
    files.push(file);
  }
  const context = corpusProfile(files);
  const docs = files.map((f) => normalize(f, context));
  const verdicts = truths.map((t, i) => judge(t, docs[i] as NormalizedDoc));
  return { scores: score(verdicts, truths), verdicts, truths, docs };
}

if (runsAsScript(import.meta.filename)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'tmp/quality' },
      corpora: { type: 'string', default: '../shared/corpora' },
      count: { type: 'string', default: '600' },
      seed: { type: 'string', default: '1' },
      show: { type: 'string' },
    },
  });
  const started = performance.now();
  const { scores, verdicts, truths, docs } = await runQuality({
    corpora: requireCorpora(values.corpora, ['bbc', 'reuters21578']),
    out: values.out,
    count: Number(values.count),
    seed: Number(values.seed),
  });
  const floors = JSON.parse(
    await readFile(new URL('./floors.json', import.meta.url), 'utf8'),
  ) as Record<string, { min?: number; max?: number }>;
  console.log(
    `quality on ${scores.files} generated files (seed ${values.seed}), ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const [field, value] of Object.entries(scores)) {
    if (field === 'files') continue;
    const floor = floors[field];
    const bound =
      floor?.min !== undefined
        ? `>= ${floor.min}`
        : floor?.max !== undefined
          ? `<= ${floor.max}`
          : '';
    const ok =
      floor?.min !== undefined
        ? value >= floor.min
        : floor?.max !== undefined
          ? value <= floor.max
          : true;
    console.log(
      `  ${field.padEnd(14)} ${value.toFixed(4)}  ${bound.padEnd(8)} ${ok ? 'ok' : 'BELOW FLOOR'}`,
    );
  }
  // --show title|date|source|byline|residue|retention|falseJoins lists the misses to work on.
  const show = values.show;
  if (show) {
    verdicts.forEach((v, i) => {
      const t = truths[i] as TruthRecord;
      const d = docs[i] as NormalizedDoc;
      const miss =
        show === 'residue' ? v.residue.length > 0
        : show === 'retention' ? v.missing.length > 0
        : show === 'falseJoins' ? v.falseJoins.length > 0
        : show === 'invented' ? v.invented
        : !(v as unknown as Record<string, boolean>)[show]; // prettier-ignore
      if (!miss) return;
      const got =
        show === 'date'
          ? d.date?.value
          : show === 'residue'
            ? v.residue
            : show === 'retention'
              ? v.missing.map((p) => p.slice(0, 80))
              : show === 'falseJoins'
                ? v.falseJoins
                : (d as unknown as Record<string, unknown>)[show];
      const want =
        show === 'residue' || show === 'retention' || show === 'falseJoins'
          ? ''
          : (t as unknown as Record<string, unknown>)[show];
      console.log(
        `${t.path} [${t.template}] want ${JSON.stringify(want)} got ${JSON.stringify(got)}`,
      );
    });
  }
}
