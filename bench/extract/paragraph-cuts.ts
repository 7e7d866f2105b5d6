// Paragraph boundaries of the dumps' bodies against Readability's expected.html: how many body
// paragraphs are a cut piece of one reference paragraph (a wrapped line left as a paragraph), and
// how many join two reference paragraphs into one.
//
//   npx tsx bench/extract/paragraph-cuts.ts [--corpora ../shared/corpora] [--tool w3m] [--list]

import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireCorpora } from '../shared/corpora.ts';
import { extract, readabilityPages, TOOLS, type Tool } from './measure.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string', default: process.env.ARCHIVE_CORPORA ?? '../shared/corpora' },
    tool: { type: 'string', multiple: true },
    list: { type: 'boolean', default: false },
  },
});

/** Words only, lower case: boundaries are compared on words, not on punctuation or spaces. */
const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Words a piece or a seam must hold to count (shorter ones match anywhere by chance). */
const MIN_WORDS = 4;

const root = path.join(requireCorpora(values.corpora, ['web-pages']), 'web-pages');
for (const tool of (values.tool ?? [...TOOLS]) as Tool[]) {
  const pages = readabilityPages(root, tool);
  const { extractions } = extract(pages);
  let paragraphs = 0;
  let cuts = 0;
  let joins = 0;
  for (const e of extractions) {
    if (!e.doc) continue;
    const reference = (e.page.reference ?? '').split('\n').map(words).filter(Boolean);
    const body = e.doc.blocks.map((b) => words(b.text)).filter(Boolean);
    paragraphs += body.length;
    for (const p of body) {
      if (p.split(' ').length < MIN_WORDS) continue;
      if (reference.some((r) => r !== p && r.includes(p) && !reference.includes(p))) {
        cuts++;
        if (values.list) console.log(`${tool} cut  ${e.page.name}: ${p.slice(0, 100)}`);
      }
    }
    for (let i = 0; i + 1 < reference.length; i++) {
      const a = (reference[i] as string).split(' ');
      const b = (reference[i + 1] as string).split(' ');
      if (a.length < MIN_WORDS || b.length < MIN_WORDS) continue;
      const seam = [...a.slice(-MIN_WORDS), ...b.slice(0, MIN_WORDS)].join(' ');
      if (body.some((p) => p.includes(seam))) {
        joins++;
        if (values.list) console.log(`${tool} join ${e.page.name}: ${seam}`);
      }
    }
  }
  console.log(`${tool}: ${paragraphs} body paragraphs, ${cuts} cut pieces, ${joins} wrong joins`);
}
