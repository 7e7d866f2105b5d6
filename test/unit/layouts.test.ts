// The same real article (Reuters, from the fixtures) laid out four ways must give the same
// paragraphs; text in other scripts passes through intact with its language detected.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { detectLanguage } from '../../src/normalize/language.ts';
import { readInputFile } from '../../src/stages/ingest.ts';
import { corpusProfile, normalize } from '../../src/stages/normalize.ts';
import type { InputFile } from '../../src/types.ts';

// A real Reuters story (19 paragraphs), as normalize reads it from its wire layout.
const wire = readInputFile(
  'wire.txt',
  readFileSync(path.join(import.meta.dirname, '../fixtures/normalize/reuters-wire/input.txt')),
) as InputFile;
const wireDoc = normalize(wire, corpusProfile([wire]));
const title = wireDoc.title ?? '';
const paragraphs = wireDoc.blocks.map((b) => b.text);

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function blocksOf(text: string): string[] {
  const file = readInputFile('a.txt', Buffer.from(text)) as InputFile;
  return normalize(file, corpusProfile([file])).blocks.map((b) => b.text);
}

test('blank-line, one-per-line and hard-wrapped layouts give the same paragraphs', () => {
  const blank = `${title}\n\n${paragraphs.join('\n\n')}\n`;
  const perLine = `${title}\n${paragraphs.join('\n')}\n`;
  const wrapped = `${title}\n\n${paragraphs.map((p) => wrap(p, 68).join('\n')).join('\n\n')}\n`;
  // Reuters style: no blank lines, each paragraph's first line indented by four spaces.
  const indented = `${title}\n${paragraphs
    .map((p) =>
      wrap(p, 64)
        .map((l, i) => (i === 0 ? `    ${l}` : l))
        .join('\n'),
    )
    .join('\n')}\n`;
  const expected = blocksOf(blank);
  assert.equal(expected.length, paragraphs.length);
  assert.ok(paragraphs.length > 10);
  assert.deepEqual(blocksOf(perLine), expected, 'one paragraph per line');
  assert.deepEqual(blocksOf(wrapped), expected, 'hard-wrapped, blank lines between');
  assert.deepEqual(blocksOf(indented), expected, 'hard-wrapped, indented paragraphs');
});

test('the page language follows the writing system, and other scripts pass through intact', () => {
  // Short place and organization names in their own scripts, as news text quotes them.
  assert.equal(detectLanguage('대한민국 국회 서울특별시 통일부 북한이탈주민'), 'ko');
  assert.equal(detectLanguage('中华人民共和国 国务院 北京市 外交部'), 'zh');
  assert.equal(detectLanguage('وزارة الخارجية القاهرة جامعة الدول العربية'), 'ar');
  assert.equal(detectLanguage('Министерство иностранных дел Москва'), 'ru');
  const mixed = `${title}\n\n${paragraphs[0]} 대한민국 (中华人民共和国, القاهرة, Москва).\n\n${paragraphs.slice(1).join('\n\n')}\n`;
  assert.match(blocksOf(mixed)[0] ?? '', /대한민국 \(中华人民共和国, القاهرة, Москва\)\.$/);
});
