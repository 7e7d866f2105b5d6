// isInside decides what the server may send and which folders the build refuses to replace.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInside } from '../../src/paths.ts';

test('a folder holds itself and what lies under it, not a sibling that shares its prefix', () => {
  assert.ok(isInside('/srv/site', '/srv/site'));
  assert.ok(isInside('/srv/site', '/srv/site/raw/a.txt'));
  assert.ok(!isInside('/srv/site', '/srv/site-old/index.html'));
  assert.ok(!isInside('/srv/site/raw', '/srv/site/index.html'));
});

test('a child named with leading dots is inside; the root holds every path', () => {
  // "..dots..in..name...txt" is a real hostile input name (test/helpers/hostile-input.ts).
  assert.ok(isInside('/srv/site/raw', '/srv/site/raw/..dots..in..name...txt'));
  assert.ok(isInside('/data', '/data/..in'));
  assert.ok(isInside('/', '/home/user'));
});
