// A saved page's own last paragraphs stay in its article: dedup's glued-paragraph rule takes
// paragraphs judged only by their words off text copies, not off HTML pages, whose body the DOM
// classifier already chose. Another archived story's opening still ends an HTML page's story.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { asFile as asStoryFile, loadReuters } from '../../bench/dedup/stories.ts';
import { dedup } from '../../src/stages/dedup.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { gluedIndex } from '../../src/dedup/glued.ts';
import { matchKey, sentences } from '../../src/text.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';
import { CORPORA as corpora } from '../helpers/corpora.ts';
import { gluedCopy } from '../helpers/glued-copy.ts';

/** The archive built of `files`: the text of the article `page` is the canonical copy of. */
function articleOf(page: string, files: InputFile[]) {
  const context = corpusProfile(files);
  const { articles } = dedup(files.map((f) => normalize(f, context)));
  const article = articles.find((a) => a.sources.some((s) => s.path === page && !a.fragment))!;
  const text = [article.standfirst ?? '', ...article.blocks.map((b) => b.text)].join('\n');
  return { articles, text };
}

test("paragraphs that share few words with a story stay in a saved page's article, and leave a text copy's", async () => {
  // Reuters' Farmers Group results (story 65) with the first sentences of two other companies'
  // stories under it, none of them in the archive: only their words tell them apart. A text
  // copy loses them to fragments (dedup.test.ts); the same document handed to dedup as a saved
  // page's (format "html": its body the DOM classifier chose) keeps them. On the 1,053 saved
  // pages of ../shared/corpora the words-only rule took more of the pages' own closing
  // paragraphs than other text (stop 61).
  const { story, leads, files } = await gluedCopy(65, [112, 90]);
  const context = corpusProfile(files);
  const docs = files.map((f) => normalize(f, context));
  const textOf = (format: NormalizedDoc['format']) => {
    const { articles } = dedup(docs.map((d, i) => (i === 0 ? { ...d, format } : d)));
    const article = articles.find((a) =>
      a.sources.some((s) => s.path === 'page.txt' && !a.fragment),
    )!;
    return article.blocks.map((b) => b.text);
  };
  const fromText = textOf('text');
  assert.ok(!leads.some((lead) => fromText.includes(lead)), 'the text copy kept a lead');
  const fromPage = textOf('html');
  for (const lead of leads) assert.ok(fromPage.includes(lead), `the saved page lost: ${lead}`);
  assert.ok(fromPage.includes(story.paragraphs.at(-1)!));
});

test("another archived story's opening at the end of a saved page is still taken off as a fragment", async () => {
  // A Reuters story saved as a web page whose article element ends with the first sentence of
  // another story the archive holds as text: that paragraph is the other story's, by its
  // shingles, whatever the page's structure.
  const stories = await loadReuters(corpora);
  const [story, other] = [stories[10]!, stories[11]!];
  const lead = sentences(other.paragraphs.join(' '))[0]!;
  const paragraphs = [...story.paragraphs, lead].map((p) => `<p>${p}</p>`).join('\n');
  const html =
    `<!doctype html><html lang="en"><head><title>${story.title}</title></head><body>` +
    `<article><h1>${story.title}</h1>\n${paragraphs}</article></body></html>`;
  const page = readInputFile('page.html', Buffer.from(html)) as InputFile;
  const archive = stories.slice(0, 200).map(asStoryFile);
  const { articles, text } = articleOf('page.html', [page, ...archive]);
  assert.ok(!text.includes(lead), "the other story's opening stayed in the article");
  assert.ok(text.includes(story.paragraphs.at(-1)!), "the story's own last paragraph was taken");
  assert.ok(
    articles.some((a) => a.sources.some((s) => s.path === 'page.html' && s.role === 'fragment')),
  );
});

test("an archive of saved pages alone is judged without counting its words' rarity", async () => {
  // A WARC build holds saved pages alone, whose paragraphs are never read by their words, so the
  // glued-lead index does not count the words of up to 20,000 copies for a rarity nobody asks
  // (a third of dedup's main-thread CPU on the 2,000-record WARC bench, stop 66). Each copy's
  // match key is still asked once, in order (dedup makes its shingles from it), and a page's
  // opening still ends another page's story.
  const stories = (await loadReuters(corpora)).slice(0, 3);
  const pages = stories.map((story, i) => {
    const paragraphs = story.paragraphs.map((p) => `<p>${p}</p>`).join('\n');
    const html =
      `<!doctype html><html lang="en"><head><title>${story.title}</title></head><body>` +
      `<article><h1>${story.title}</h1>\n${paragraphs}</article></body></html>`;
    return readInputFile(`page-${i}.html`, Buffer.from(html)) as InputFile;
  });
  const context = corpusProfile(pages);
  const docs = pages.map((f) => normalize(f, context));
  const body = (doc: NormalizedDoc) => matchKey(doc.blocks.map((b) => b.text).join(' '));
  const asked: number[] = [];
  const index = gluedIndex(docs, (i) => (asked.push(i), body(docs[i]!)));
  assert.deepEqual(asked, [0, 1, 2]);
  const lead = docs[1]!.blocks[0]!.text;
  assert.deepEqual(index.openingsHolding(lead), [1]);
  assert.throws(() => index.rarity('farmer'), /saved pages alone/);
  // With one text copy beside them its paragraphs are read by their words, rarity counted.
  const mixed = docs.map((d, i) => (i === 0 ? { ...d, format: 'text' as const } : d));
  const counted = gluedIndex(mixed, (i) => body(mixed[i]!));
  assert.ok(Number.isFinite(counted.rarity('farmer')) && counted.rarity('farmer') > 0);
  assert.deepEqual(counted.openingsHolding(lead), [1]);
});
