// The dump lines src/normalize/source-code.ts reads as page source, over the corpora's dumps:
// each with its kind, its file, and whether the page's expected body (Readability's
// expected.html, trafilatura's must-have snippets) holds its words: a line so held would be a
// programming article's listing taken for page source.
//   node --import tsx bench/extract/source-code.ts --corpora /work/shared/corpora
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { sourceCodeLines } from '../../src/normalize/source-code.ts';

const at = process.argv.indexOf('--corpora');
const corpora = at > 0 ? (process.argv[at + 1] as string) : '/work/shared/corpora';
const pages = join(corpora, 'web-pages');
const TOOLS = ['w3m', 'lynx', 'html2text'] as const;
const words = (s: string) => (s.toLowerCase().match(/\w+/gu) ?? []).join(' ');

function* dumps(): Generator<{ name: string; text: string; gold: string }> {
  const rd = join(pages, 'readability');
  for (const c of readdirSync(rd)) {
    const expected = join(rd, c, 'expected.html');
    const gold = existsSync(expected)
      ? words(readFileSync(expected, 'utf8').replace(/<[^>]*>/g, ' '))
      : '';
    for (const t of TOOLS) {
      const f = join(rd, c, `${t}.txt`);
      if (existsSync(f))
        yield { name: `readability/${c}/${t}`, text: readFileSync(f, 'utf8'), gold };
    }
  }
  const tr = join(pages, 'trafilatura');
  const eval_ = JSON.parse(readFileSync(join(tr, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string; with?: string[] }
  >;
  for (const entry of Object.values(eval_)) {
    const gold = words((entry.with ?? []).join(' | '));
    const base = entry.file.replace(/\.html?$/, '');
    for (const t of TOOLS) {
      const f = join(tr, 'text', t, `${base}.txt`);
      if (existsSync(f))
        yield { name: `trafilatura/${base}/${t}`, text: readFileSync(f, 'utf8'), gold };
    }
  }
}

let lines = 0;
let held = 0;
let files = 0;
for (const { name, text, gold } of dumps()) {
  const texts = text.split('\n').filter((l) => l.trim());
  const found = sourceCodeLines(texts);
  if (found.size) files++;
  for (const [i, kind] of found) {
    lines++;
    const w = words((texts[i] as string).replace(/<[^>]*>/g, ' '))
      .split(' ')
      .slice(0, 6)
      .join(' ');
    const inGold = w.split(' ').length >= 3 && gold.includes(w);
    if (inGold) held++;
    console.log(
      `${inGold ? 'HELD' : '    '} ${kind.padEnd(6)} ${name}: ${(texts[i] as string).trim().slice(0, 110)}`,
    );
  }
}
console.log(
  `${lines} lines in ${files} dumps read as page source; ${held} held by the expected body`,
);
