// Articles of a built archive whose title is a page's source code (script, style sheet, markup):
// counted on the archive.json `npm run build` writes, by signals of their own, apart from
// src/normalize/source-code.ts' (a count made by the rule it measures would say nothing).
//   node --import tsx bench/extract/code-titles.ts DIST/archive.json [...]
import { readFileSync } from 'node:fs';

const CODE_TITLE = [
  /<\/?[a-z][a-z0-9]*[\s>/]/, // a tag: `<div class=`, `<script async`, `</small>`
  /\bfunction\s*\(/, // a function expression
  /\b(?:window|document)\.[\w$]+/, // the page's script objects
  /(?:[a-z-]+\s*:\s*[^;{}]+;\s*){2}/, // two CSS declarations in a row
  /\)\s*;|[;{}]\s*[{}()]|\(\s*\{/, // statements' punctuation: `);`, `;}`, `({`
];

/** Whether a title reads as page source. */
export function isCodeTitle(title: string): boolean {
  return CODE_TITLE.some((pattern) => pattern.test(title));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const path of process.argv.slice(2)) {
    const archive = JSON.parse(readFileSync(path, 'utf8')) as {
      articles: { id: string; title: string; sources: { path: string }[] }[];
    };
    const code = archive.articles.filter((a) => isCodeTitle(a.title));
    for (const a of code) console.log(`  ${a.id} ${a.title.slice(0, 90)}  (${a.sources[0]?.path})`);
    console.log(`${path}: ${code.length} of ${archive.articles.length} articles titled with code`);
  }
}
