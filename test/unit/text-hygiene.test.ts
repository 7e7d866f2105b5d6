// Text hygiene of text input, on real BBC News stories: character references decoded, lines
// marked "- " made list items, and a match's fixture date kept as story text.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decodeCharacterReferences } from '../../src/extract/character-references.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import { blocksToMarkdown } from '../../src/stages/write.ts';
import type { InputFile, NormalizedDoc } from '../../src/types.ts';
import { bbcFile } from '../helpers/corpora.ts';

function normalized(desk: string, n: number): NormalizedDoc {
  const rel = `bbc/${desk}/${n}.txt`;
  const file = readInputFile(rel, readFileSync(bbcFile(desk, n)));
  assert.ok(!('reason' in file), `${rel} was read`);
  return normalize(file as InputFile, corpusProfile([file as InputFile]));
}

test('character references in BBC text are decoded: the headline reads £1.8m', () => {
  const viacom = normalized('entertainment', 199);
  assert.equal(viacom.title, '£1.8m indecency fine for Viacom');
  const cases: [string, string][] = [
    ['&#163;1.8m indecency fine for Viacom', '£1.8m indecency fine for Viacom'],
    ['EC President Jos&#233; Manuel Barroso told', 'EC President José Manuel Barroso told'],
    ['go home and go off to the internet caf&#233;."', 'go home and go off to the internet café."'],
    [
      'the British public are consistently dull :- &lt;(',
      'the British public are consistently dull :- <(',
    ],
    // The BBC's conversion wrote an apostrophe as "¿" (191): between letters it is given back.
    [
      'personnel from America&#191;s National Football League',
      'personnel from America’s National Football League',
    ],
    ['&#x2019;&#146;&eacute;', '’’é'],
    // Not references: no ";", an unknown name, a number that is no character.
    ['AT&T and R&D', 'AT&T and R&D'],
    ['&madeup; &#0; &#xD800; &#1114112;', '&madeup; &#0; &#xD800; &#1114112;'],
  ];
  for (const [text, expected] of cases) assert.equal(decodeCharacterReferences(text), expected);
});

test('lines marked "- " in a BBC story become one Markdown list', () => {
  const doc = normalized('business', 20);
  const items = doc.blocks.filter((b) => b.kind === 'list-item').map((b) => b.text);
  assert.deepEqual(items.slice(0, 2), [
    'call centre operations are part of their business "core function",',
    'they are worried about the risk of going abroad,',
  ]);
  assert.ok(!doc.blocks.some((b) => /^\s*- /.test(b.text)), 'no block keeps its "- " mark');
  const markdown = blocksToMarkdown(doc.blocks);
  assert.match(
    markdown,
    /\n\* call centre operations are part of their business "core function",\n\* they are worried/,
  );
});

test('a match preview keeps its fixture date and kick-off time as story text', () => {
  const doc = normalized('sport', 180);
  const texts = doc.blocks.map((b) => b.text);
  assert.ok(texts.includes('Tuesday, 1 March'), 'the fixture date is in the body');
  assert.ok(texts.includes('1945 GMT'), 'the kick-off time is in the body');
  assert.ok(!doc.removed.some((r) => r.reason === 'timestamp'), 'nothing removed as a timestamp');
  assert.equal(doc.date, null, 'a day without a year is not the article date');
  // The preview's quotes are its list.
  assert.equal(doc.blocks.filter((b) => b.kind === 'list-item').length, 8);
});
