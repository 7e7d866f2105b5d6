import assert from 'node:assert/strict';
import { test } from 'node:test';

import { forgetDocument, perDocument } from '../../src/normalize/memo.ts';

test('perDocument remembers every answer, an undefined one too, until forgetDocument', () => {
  let reads = 0;
  const lengthOrNone = perDocument((text: string): number | undefined => {
    reads += 1;
    return text.length > 3 ? text.length : undefined;
  });
  assert.equal(lengthOrNone('ab'), undefined);
  assert.equal(lengthOrNone('ab'), undefined);
  assert.equal(lengthOrNone('abcdef'), 6);
  assert.equal(lengthOrNone('abcdef'), 6);
  assert.equal(reads, 2);
  forgetDocument();
  assert.equal(lengthOrNone('ab'), undefined);
  assert.equal(reads, 3);
});
