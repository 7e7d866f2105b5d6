import { parseHtml as fromHtml } from '/work/wt-hh38/src/html/metadata.ts';
import { toText } from '/work/main/node_modules/hast-util-to-text/index.js';
import { trafilaturaHtmlPages } from '/work/wt-hh38/bench/extract/html-pages.ts';
import { readFileSync } from 'node:fs';
const names = new Set(readFileSync('/tmp/hh38-missnames.txt','utf8').split('\n').filter(Boolean));
const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[„“”"«»‘’']/g,'"').replace(/[–—-]/g,'-').replace(/\s+/g,' ').trim().replace(/[.!?:\s]+$/,'');
for (const p of trafilaturaHtmlPages('/work/shared/corpora/web-pages')) {
  const name = p.path.split('/').at(-1)!;
  if (!names.has(name)) continue;
  const tree = fromHtml(p.bytes.toString('utf8'));
  const text = fold(toText(tree));
  const exp = fold(p.meta!.title ?? '');
  const html = p.bytes.toString('utf8');
  console.log((text.includes(exp) ? 'PRINTED ' : 'absent  ') + name);
}
