// The share of list items that show a one-sentence summary, on a built site (issue 24): every
// article list of the home page, the archive, topic and source listings, read from the HTML a
// reader gets. An item counts when its summary line reads as one whole sentence by the rule
// list items follow (src/site/undated.ts isSentence); a fragment such as "(after extra-time -
// score at 90 mins 1-1)" counts as shown but not as a sentence.
//
//   npx tsx bench/site/summaries.ts <site folder>

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isSentence } from '../../src/site/undated.ts';

const LISTING =
  /^(index\.html|archive\/.*index\.html|topics\/[^/]+\/.*index\.html|sources\/[^/]+\/.*index\.html)$/;

function decode(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const site = process.argv[2];
if (!site) {
  console.error('usage: npx tsx bench/site/summaries.ts <site folder>');
  process.exit(2);
}
const files = readdirSync(site, { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => LISTING.test(file))
  .sort();
let items = 0;
let shown = 0;
let sentences = 0;
const articles = new Map<string, boolean>();
const withLine = new Set<string>();
for (const file of files) {
  const html = readFileSync(path.join(site, file), 'utf8');
  for (const list of html.match(/<ol class="article-list">[\s\S]*?<\/ol>/g) ?? []) {
    for (const item of list.match(/<li[\s>][\s\S]*?<\/li>/g) ?? []) {
      items++;
      const url = /<a href="([^"]+)"/.exec(item)?.[1] ?? '';
      const summary = /<p class="standfirst"[^>]*>([\s\S]*?)<\/p>/.exec(item)?.[1];
      const sentence = summary !== undefined && isSentence(decode(summary));
      if (summary !== undefined) {
        shown++;
        withLine.add(url);
      }
      if (sentence) sentences++;
      articles.set(url, sentence);
    }
  }
}
const share = (n: number, of: number) => (of === 0 ? '0' : (n / of).toFixed(3));
const distinct = [...articles.values()].filter(Boolean).length;
console.log(`${files.length} listing pages, ${items} list items`);
console.log(`items with a summary line: ${shown} (${share(shown, items)})`);
console.log(`items with a one-sentence summary: ${sentences} (${share(sentences, items)})`);
console.log(
  `distinct articles listed: ${articles.size}, with a summary line: ${withLine.size}, with a one-sentence summary: ${distinct} (${share(distinct, articles.size)})`,
);
