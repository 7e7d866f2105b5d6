// Whether a text dump's characters reach the article as printed (stop 65, issue 21): for each
// w3m, lynx and html2text dump of the web-pages corpora, normalize it as a build over the tool's
// dumps would (corpusProfile), render its body as the write stage does (blocksToMarkdown, then
// remark with sanitizing), and count the dump's words that hold a character Markdown reads
// ("_", "*", "\", "`", "<", ">", "[", "]", "#") and reach the rendered text only changed: the
// same letters and digits, other marks ("__init__.py" published as "_init_.py"). The title
// likewise: a title whose words the dump prints otherwise. --src reads another checkout's src/
// (the base commit's, unpacked with `git archive`), for the before of a before/after.
//
//   npx tsx bench/extract/plain-kept.ts --corpora /work/shared/corpora [--tool w3m] [--src DIR]
//     [--show N]

import path from 'node:path';
import { parseArgs } from 'node:util';
import { requireCorpora } from '../shared/corpora.ts';
import { htmlText } from './measure/texts.ts';
import { readabilityPages, trafilaturaPages, type Tool } from './measure/pages.ts';

const { values } = parseArgs({
  options: {
    corpora: { type: 'string' },
    tool: { type: 'string', multiple: true },
    src: { type: 'string' },
    show: { type: 'string', default: '0' },
  },
});
const root = path.join(requireCorpora(values.corpora ?? '', ['web-pages']), 'web-pages');
const src = path.resolve(values.src ?? path.join(import.meta.dirname, '../../src'));
const { readInputFile } = (await import(
  path.join(src, 'stages/ingest.ts')
)) as typeof import('../../src/stages/ingest.ts');
const { corpusProfile, normalize } = (await import(
  path.join(src, 'stages/normalize.ts')
)) as typeof import('../../src/stages/normalize.ts');
const { blocksToMarkdown, renderMarkdown } = (await import(
  path.join(src, 'write/markdown.ts')
)) as typeof import('../../src/write/markdown.ts');
type InputFile = import('../../src/types.ts').InputFile;

/**
 * A word Markdown may read otherwise than as text. Not "[" and "]": lynx's and w3m's link
 * numbers and form fields ("[1]", "[Submit]") would be most of the words.
 */
const AT_RISK = /[_*\\`<>#]/;
/** A word's letters and digits: what two printings of one word share whatever their marks. */
const letters = (word: string) => word.replace(/[^\p{L}\p{N}]/gu, '');
/** A word without the punctuation around it that no Markdown reads ("(x)," is "x"). */
const core = (word: string) => word.replace(/^[("'“‘„[]+|[)"'”’\].,;:!?]+$/gu, '');

interface Count {
  dumps: number;
  words: number;
  changed: number;
  dumpsChanged: number;
  titles: number;
  titlesChanged: number;
  examples: string[];
}

function measureTool(tool: Tool, show: number): Count {
  const pages = [...readabilityPages(root, tool), ...trafilaturaPages(root, tool)];
  const files = pages
    .map((p) => readInputFile(p.path, p.bytes))
    .filter((f): f is InputFile => 'text' in f);
  const context = corpusProfile(files);
  const count: Count = {
    dumps: 0,
    words: 0,
    changed: 0,
    dumpsChanged: 0,
    titles: 0,
    titlesChanged: 0,
    examples: [],
  };
  for (const file of files) {
    const doc = normalize(file, context);
    const rendered = htmlText(renderMarkdown(blocksToMarkdown(doc.blocks)));
    const dumpWords = new Map<string, string>();
    const printed = new Set<string>();
    for (const word of file.text.split(/\s+/)) {
      printed.add(core(word));
      if (AT_RISK.test(word) && letters(word) !== '') dumpWords.set(word, letters(word));
    }
    count.dumps++;
    const changed = changedWords(dumpWords, printed, rendered.split(/\s+/));
    count.words += dumpWords.size;
    count.changed += changed.length;
    if (changed.length > 0) count.dumpsChanged++;
    if (count.examples.length < show && changed.length > 0) {
      count.examples.push(`${file.path}: ${changed.slice(0, 4).join(' ')}`);
    }
    if (doc.title !== null) {
      count.titles++;
      const titleChanged = changedWords(dumpWords, printed, doc.title.split(/\s+/));
      if (titleChanged.length > 0) {
        count.titlesChanged++;
        if (count.examples.length < show) count.examples.push(`${file.path}: title ${doc.title}`);
      }
    }
  }
  return count;
}

/**
 * The published words whose letters are an at-risk dump word's but whose characters are not
 * (the dump prints the word nowhere as published): the dump's "__init__.py" published as "_init_.py".
 */
function changedWords(
  dumpWords: Map<string, string>,
  printed: Set<string>,
  published: string[],
): string[] {
  const byLetters = new Map<string, string>();
  for (const [word, key] of dumpWords) byLetters.set(key, word);
  const out: string[] = [];
  for (const word of new Set(published)) {
    const key = letters(word);
    const dumpWord = byLetters.get(key);
    if (dumpWord === undefined || printed.has(core(word))) continue;
    if (AT_RISK.test(dumpWord) && core(word) !== core(dumpWord)) out.push(`${dumpWord}->${word}`);
  }
  return out;
}

const tools = (values.tool ?? ['w3m', 'lynx', 'html2text']) as Tool[];
for (const tool of tools) {
  const c = measureTool(tool, Number(values.show));
  console.log(
    `${tool}: ${c.dumps} dumps, ${c.words} at-risk words; published changed: ${c.changed} words ` +
      `in ${c.dumpsChanged} dumps; titles changed: ${c.titlesChanged} of ${c.titles}`,
  );
  for (const e of c.examples) console.log(`  ${e}`);
}
