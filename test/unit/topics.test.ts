import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assignTopics, topicKey } from '../../src/stages/topics.ts';
import type { Article } from '../../src/types.ts';

function article(title: string, paragraphs: string[]): Article {
  return {
    id: title,
    title,
    standfirst: null,
    date: null,
    source: null,
    byline: null,
    section: null,
    lang: 'en',
    blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })),
    sources: [],
    fragment: false,
    provenance: {},
    topics: [],
  };
}

test('spellings of one name are one topic', () => {
  assert.equal(topicKey('Kim Jong-il'), topicKey('Kim Jong-Il'));
  assert.equal(topicKey('Kim Jong-il'), topicKey('Kim Jong Il'));
});

test('articles get the people and places they are about, under one name across the archive', () => {
  const a = article('Defectors reach Seoul', [
    'Kim Jong-il was criticised in Pyongyang on Monday as defectors reached Seoul.',
    'Officials in Seoul said the defectors had crossed from China. Kim Jong-Il did not comment.',
  ]);
  const b = article('China tightens border', [
    'China tightened its border after Kim Jong Il visited the region.',
    'Kim Jong Il met officials from China in the border city.',
  ]);
  assignTopics([a, b]);
  const names = (x: Article) => x.topics.map((t) => t.name);
  assert.ok(names(a).includes('Seoul'), names(a).join());
  assert.ok(names(b).includes('China'), names(b).join());
  const kimA = a.topics.find((t) => topicKey(t.name) === 'kim jong il');
  const kimB = b.topics.find((t) => topicKey(t.name) === 'kim jong il');
  assert.ok(kimA && kimB, 'Kim Jong-il is missing');
  assert.equal(kimA.name, kimB.name);
  assert.equal(kimA.slug, kimB.slug);
  for (const t of [...a.topics, ...b.topics]) {
    assert.doesNotMatch(t.name, /^(Monday|He|They|Officials)$/);
  }
});
