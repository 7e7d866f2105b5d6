// bench/html/warc.ts's records depend only on their inputs: the same response number and page give
// the same bytes (no random WARC-Record-ID, no clock), and every record has an ID of its own.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { benchRecordId, benchRecordPair } from '../../bench/html/warc-records.ts';

const page = readFileSync(
  new URL('../web-pages/html/trafilatura/html/archiv.krimiblog.de.2895.html', import.meta.url),
);

test('the same response number and page give the same bytes, gzip and plain', async () => {
  for (const gzip of [true, false]) {
    const a = Buffer.concat(await benchRecordPair(7, page, gzip));
    const b = Buffer.concat(await benchRecordPair(7, page, gzip));
    assert.ok(a.equals(b), `gzip ${gzip}`);
  }
});

test('record IDs are name-based UUIDs, one of their own for each record', async () => {
  const ids = new Set<string>();
  for (let i = 0; i < 50; i++) {
    for (const type of ['request', 'response']) {
      const id = benchRecordId(type, `https://bench.example/${i}/`);
      assert.match(
        id,
        /^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>$/,
      );
      ids.add(id);
    }
  }
  assert.equal(ids.size, 100);
  const [request, response] = await benchRecordPair(3, page, true);
  const text = (bytes: Uint8Array | undefined) =>
    gunzipSync(bytes as Uint8Array).toString('latin1');
  assert.match(text(request), /WARC-Record-ID: <urn:uuid:[^>]+>\r\n[\s\S]*WARC-Type: request\r\n/);
  assert.match(text(response), /WARC-Date: 2024-01-01T00:00:03Z\r\n/);
  assert.ok(text(response).endsWith(page.toString('latin1') + '\r\n\r\n'));
  assert.notEqual(
    text(request).match(/WARC-Record-ID: (\S+)/)?.[1],
    text(response).match(/WARC-Record-ID: (\S+)/)?.[1],
  );
});
