// Dedup on the real seeds: 000 and 001 are one story (001 a partial copy with four other
// stories glued to its end); 002-004 are different stories on the same subject.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { defaultOptions } from '../../src/options.ts';
import { dedup } from '../../src/stages/dedup.ts';
import { ingest } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { NormalizedDoc } from '../../src/types.ts';

async function seedDocs(): Promise<NormalizedDoc[]> {
  const { files } = await ingest({
    ...defaultOptions,
    input: path.join(import.meta.dirname, '../../seeds'),
  });
  const context = corpusProfile(files);
  return files.map((f) => normalize(f, context));
}

test('overlapping copies merge into one article holding the text of both', async () => {
  const { articles } = dedup(await seedDocs());
  const story = articles.filter((a) => a.title === 'N Korean elite trying to flee country');
  assert.equal(story.length, 1);
  const article = story[0]!;
  const text = article.blocks.map((b) => b.text).join('\n');
  assert.equal(article.date?.value, '2004-12-10');
  // 000's complete sentence wins over 001's cut-off copy of it...
  assert.match(text, /Mao Zedong \(毛澤東\) was in China during the 1960s/);
  assert.doesNotMatch(text, /Mao Zedong \($/m);
  // ...and 001's later paragraphs are added in reading order.
  const structured = text.indexOf("The North's government is structured");
  const dissatisfied = text.indexOf(
    "In the North's government, there must be people very dissatisfied",
  );
  assert.ok(text.indexOf('Mao Zedong') < structured && structured < dissatisfied);
  assert.deepEqual(
    article.sources.map((s) => [s.path.slice(0, 3), s.role]),
    [
      ['000', 'canonical'],
      ['001', 'merged'],
    ],
  );
});

test('paragraphs glued on from other stories become fragments, not article text, and are kept', async () => {
  const { articles, spillover } = dedup(await seedDocs());
  const story = articles.find((a) => a.title === 'N Korean elite trying to flee country')!;
  const text = story.blocks.map((b) => b.text).join('\n');
  for (const other of ['National Party', 'Eurovision', 'Cannes', 'African Space Agency']) {
    assert.ok(!text.includes(other), `${other} leaked into the article`);
    const fragment = articles.find(
      (a) => a.fragment && a.blocks.some((b) => b.text.includes(other)),
    );
    assert.ok(fragment, `${other} was lost`);
    assert.deepEqual(
      fragment.sources.map((s) => s.role),
      ['fragment'],
    );
  }
  assert.equal(spillover.length, 4);
});

test('different stories about the same subject stay apart', async () => {
  const { articles } = dedup(await seedDocs());
  const titles = articles
    .filter((a) => !a.fragment)
    .map((a) => a.title)
    .sort();
  assert.deepEqual(titles, [
    'MSS asks China to repatriate defector group',
    'N Korean elite trying to flee country',
    'North Korean Visa Overstayers in China Are Now Branded ‘Defectors’ at Home',
    'North Koreans in China asking for help for defection',
  ]);
});

test('two copies with conflicting explicit dates are not merged', async () => {
  const [a] = await seedDocs();
  const copy = {
    ...a!,
    path: 'copy.txt',
    sha256: 'f'.repeat(64),
    date: { value: '2005-03-01', precision: 'day' as const, from: 'x' },
  };
  const { articles } = dedup([a!, copy]);
  assert.equal(articles.length, 2);
});
