// Regenerates news-words.txt: word frequencies of the BBC 2004-05 and Reuters-21578 corpora
// (../shared/corpora), the reference vocabulary that dehyphenation weighs its evidence with.
// Only counts are kept, never text. Run: npx tsx src/lexicon/build-news-words.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compareText } from '../order.ts';

const corpora = process.argv[2] ?? '../shared/corpora';
const counts = new Map<string, number>();
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;
function count(text: string): void {
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/’/g, "'");
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
}
const bbc = path.join(corpora, 'bbc');
for (const category of readdirSync(bbc, { withFileTypes: true })) {
  if (!category.isDirectory()) continue;
  for (const file of readdirSync(path.join(bbc, category.name))) {
    count(
      new TextDecoder('windows-1252').decode(readFileSync(path.join(bbc, category.name, file))),
    );
  }
}
const reuters = path.join(corpora, 'reuters21578');
for (const file of readdirSync(reuters).filter((f) => f.endsWith('.sgm'))) {
  const sgml = new TextDecoder('latin1').decode(readFileSync(path.join(reuters, file)));
  for (const body of sgml.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) count(body[1] ?? '');
}
// Words seen fewer than 3 times are mostly typos and split words: no evidence either way.
const MIN_COUNT = 3;
const lines = [...counts]
  .filter(([, n]) => n >= MIN_COUNT)
  .sort((a, b) => compareText(a[0], b[0]))
  .map(([word, n]) => `${word}\t${n}`);
writeFileSync(new URL('./news-words.txt', import.meta.url), lines.join('\n') + '\n');
console.log(`${lines.length} words written`);
