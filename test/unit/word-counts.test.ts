// The corpus profile's word counts and line keys, read the fast way (a table read off the text,
// replaces only where they change something), against what the plain pattern reading gives, on
// the committed dumps: Czech, German, Spanish and English pages, curly apostrophes, hyphens.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { corpusProfile, lineKey, storyLines } from '../../src/extract/context.ts';
import type { InputFile } from '../../src/types.ts';
import { countWords } from '../../src/normalize/hyphenation.ts';

const PAGES = path.join(import.meta.dirname, '..', 'web-pages');

/** Every committed dump's text: the three tools' prints of each Readability and trafilatura page. */
function dumps(): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) texts.push(readFileSync(full, 'utf8'));
    }
  };
  walk(path.join(PAGES, 'readability'));
  walk(path.join(PAGES, 'trafilatura', 'text'));
  return texts;
}

/** The words as the pattern reads them, one match at a time (countWords before stop 50). */
function patternCounts(texts: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const [match] of text.matchAll(/\p{L}+(?:[-'’]\p{L}+)*/gu)) {
      const word = match.toLowerCase().replace(/’/g, "'");
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts];
}

test('countWords gives the pattern reading of the committed dumps, word for word and in order', () => {
  const texts = dumps();
  assert.ok(texts.length > 100, `${texts.length} dumps read`);
  const counts = [...countWords(texts)];
  // Non-ASCII words are read by the pattern, ASCII ones off the text: both kinds are there.
  assert.ok(counts.some(([word]) => /[^a-z'-]/.test(word)));
  assert.ok(counts.some(([word]) => word.includes("'")));
  assert.deepEqual(counts, patternCounts(texts));
});

test('countWords on words a character past ASCII joins or ends', () => {
  const text = "Ferrández's co-op don’t İstanbul naïve-ish x-ÿ a'é Σ ŞŞ";
  assert.deepEqual(
    [...countWords([text, text.toUpperCase()])],
    patternCounts([text, text.toUpperCase()]),
  );
});

test('lineKey of the committed dumps lines as the plain replaces give it', () => {
  for (const text of dumps()) {
    for (const line of text.split('\n')) {
      const plain = line.trim().toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
      assert.equal(lineKey(line), plain, line);
    }
  }
});

/** The non-blank lines' longest and edge lines as splitting and trimming every line gives them. */
function splitStoryLines(text: string): { longest: string; edges: Set<string> } {
  const lines = text.split('\n').filter((l) => l.trim());
  const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), '');
  return { longest, edges: new Set([...lines.slice(0, 8), ...lines.slice(-8)]) };
}

test('storyLines of the committed dumps: the lines splitting and trimming them gives', () => {
  for (const text of dumps()) {
    const { longest, edges } = storyLines(text);
    const split = splitStoryLines(text);
    assert.equal(longest, split.longest);
    assert.deepEqual([...edges], [...split.edges]);
  }
});

test('storyLines on blank lines of white space past ASCII, and fewer lines than the edges', () => {
  const text = '\u00a0\u3000\n  Top line \n\u2028\nlonger middle line\n\ufeff\nend\n\n';
  assert.deepEqual(storyLines(text), splitStoryLines(text));
  assert.equal(storyLines(text).longest, 'longer middle line');
  assert.deepEqual([...storyLines('\n \n').edges], []);
});

test('corpusProfile: a short edge line in three different stories recurs, in two it does not', () => {
  const story = (n: number, edge: string) => ({
    text: `${edge}\nThe story ${'x'.repeat(n)}, the longest line of the file\n`,
  });
  const files = [
    story(1, 'Subscribe now'),
    story(2, 'Subscribe now'),
    story(2, 'Subscribe now'),
    story(3, 'Subscribe now'),
    story(1, 'Sign in'),
    story(1, 'Sign in'),
    story(2, 'Sign in'),
  ].map((f, i) => ({ ...f, path: `${i}.txt`, format: 'text' }) as InputFile);
  const { recurringLines } = corpusProfile(files);
  assert.ok(recurringLines.has('subscribe now'));
  assert.ok(!recurringLines.has('sign in'));
});
