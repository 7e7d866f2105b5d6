// Where the must-not snippets of trafilatura's pages that a dump's published body keeps stand
// (issue 21, stop 46): before the story (above its first must-have snippet found), inside it,
// after it (under its last), or on a page where no must-have snippet is found; with the kind of
// block that holds each (paragraph, heading, list item, standfirst) and its text.
//
//   npx tsx bench/extract/must-not.ts [--corpora ../shared/corpora] [--tool w3m] [--list]

import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireCorpora } from '../shared/corpora.ts';
import { extract, trafilaturaPages, TOOLS, type Extraction, type Tool } from './measure.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    tool: { type: 'string', multiple: true },
    list: { type: 'boolean', default: false },
  },
});

/** As the bench reads snippets: whitespace collapsed, NFKC. */
function flat(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

interface Kept {
  page: string;
  where: 'before' | 'inside' | 'after' | 'no story';
  kind: string;
  text: string;
}

/** The must-not snippets one extraction keeps, each placed against its must-have ones. */
function keptSnippets(e: Extraction): Kept[] {
  const body = flat(e.body);
  if (!body || !e.doc) return [];
  const found = (e.page.with ?? []).map(flat).filter((s) => s && body.includes(s));
  const starts = found.map((s) => body.indexOf(s));
  const first = Math.min(...starts);
  const last = Math.max(...found.map((s, k) => (starts[k] as number) + s.length));
  const blocks = [
    ...(e.doc.standfirst ? [{ kind: 'standfirst', text: e.doc.standfirst }] : []),
    ...e.doc.blocks,
  ].map((b) => ({ kind: b.kind, text: flat(b.text) }));
  return (e.page.without ?? [])
    .map(flat)
    .filter((s) => s && body.includes(s))
    .map((s) => {
      const at = body.indexOf(s);
      const where = !found.length
        ? 'no story'
        : at + s.length <= first
          ? 'before'
          : at >= last
            ? 'after'
            : 'inside';
      const block = blocks.find((b) => b.text.includes(s));
      return { page: e.page.name, where, kind: block?.kind ?? 'across blocks', text: s };
    });
}

const root = path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');
for (const tool of (values.tool ?? [...TOOLS]) as Tool[]) {
  const kept = extract(trafilaturaPages(root, tool)).extractions.flatMap(keptSnippets);
  const count = new Map<string, number>();
  for (const k of kept)
    count.set(`${k.where} ${k.kind}`, (count.get(`${k.where} ${k.kind}`) ?? 0) + 1);
  console.log(`\n${tool}: ${kept.length} must-not snippets kept`);
  for (const [key, n] of [...count].sort((a, b) => b[1] - a[1])) console.log(`  ${n}  ${key}`);
  if (!values.list) continue;
  for (const k of kept) {
    console.log(
      `  ${k.where.padEnd(8)} ${k.kind.padEnd(13)} ${k.page.slice(0, 40).padEnd(40)} ${k.text.slice(0, 90)}`,
    );
  }
}
