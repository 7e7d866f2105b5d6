// CPU of the names stage's own work, namesIn (src/topics/tagger.ts), over real articles:
//
//   npm run bench:names -- --write FILE [--corpora ../shared/corpora]
//   npm run bench:names -- --texts FILE [--tree DIR] [--rounds 3] [--out NAMES]
//
// --write builds the texts once: every BBC story of bench:topics, and the 1,013 saved pages of
// the corpora (Readability's and trafilatura's HTML) as normalize reads them, their title,
// standfirst and blocks, one JSON line each. --texts times namesIn over them in one tree (DIR,
// default this one) after an untimed pass, in CPU (process.cpuUsage), and prints the mean and
// median ms a text of each round, BBC and saved pages apart. Two trees cannot run in one process
// (src/nlp.ts changes the compromise both import): run each tree in its own process, in turn.
// --out NAMES writes every text's names as one JSON line, to `cmp` two trees' answers.

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireCorpora } from '../shared/corpora.ts';
import { cpuMs, median, sum } from '../shared/cpu.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    write: { type: 'string' },
    texts: { type: 'string' },
    tree: { type: 'string', default: '.' },
    rounds: { type: 'string', default: '3' },
    out: { type: 'string' },
  },
});

interface Text {
  set: 'bbc' | 'pages';
  title: string;
  standfirst: string | null;
  blocks: { kind: string; text: string }[];
}

async function writeTexts(file: string): Promise<void> {
  const corpora = requireCorpora(values.corpora, ['bbc', 'web-pages']);
  const { bbcArticles } = await import('./bbc.ts');
  const texts: Text[] = (await bbcArticles(corpora)).map((a) => ({
    set: 'bbc',
    title: a.title,
    standfirst: a.standfirst,
    blocks: a.blocks,
  }));
  const { readInputFile } = await import('../../src/stages/ingest.ts');
  const { normalize, corpusProfile } = await import('../../src/stages/normalize.ts');
  const pages = await import('../extract/html-pages.ts');
  const root = path.join(corpora, 'web-pages');
  for (const list of [pages.readabilityHtmlPages(root), pages.trafilaturaHtmlPages(root)]) {
    const files = list.map((p) => readInputFile(p.path, p.bytes)).filter((f) => !('reason' in f));
    const context = corpusProfile(files as Parameters<typeof corpusProfile>[0]);
    for (const f of files) {
      const doc = normalize(f as Parameters<typeof normalize>[0], context);
      if (!doc.blocks.length) continue;
      texts.push({
        set: 'pages',
        title: doc.title ?? '',
        standfirst: doc.standfirst,
        blocks: doc.blocks,
      });
    }
  }
  writeFileSync(file, texts.map((t) => JSON.stringify(t)).join('\n') + '\n');
  console.log(`${texts.length} texts written to ${file}`);
}

async function timeTexts(file: string): Promise<void> {
  const texts = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Text);
  const tagger = await import(path.resolve(values.tree ?? '.', 'src/topics/tagger.ts'));
  const namesIn = tagger.namesIn as (t: Text) => unknown;
  const answers = texts.map((t) => JSON.stringify(namesIn(t)));
  if (values.out) writeFileSync(values.out, answers.join('\n') + '\n');
  for (let round = 1; round <= Number(values.rounds); round++) {
    const ms = texts.map((t) => cpuMs(() => namesIn(t)));
    const of = (set: Text['set']) => ms.filter((_, i) => texts[i]?.set === set);
    const show = (m: number[]) =>
      `${(sum(m) / m.length).toFixed(3)} (median ${median(m).toFixed(3)})`;
    console.log(
      `round ${round}: ${texts.length} texts, ms a text ${show(ms)}; BBC ${show(of('bbc'))}; ` +
        `saved pages ${show(of('pages'))}`,
    );
  }
}

if (values.write) await writeTexts(values.write);
else if (values.texts) await timeTexts(values.texts);
else {
  console.error('usage: names-speed.ts --write FILE | --texts FILE [--tree DIR] [--out NAMES]');
  process.exit(2);
}
