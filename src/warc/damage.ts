// Damage that ends the reading of a WARC file (records.ts): a truncated record, bytes that are not
// a WARC record, a read that failed.

import { messageOf } from '../errors.ts';
import type { WarcDamage } from './records.ts';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';

/**
 * warcio ends without a word where a .warc.gz ends inside a gzip member before the member has
 * given a whole record header: the bytes fed (`fed`) that no complete record accounts for are
 * damage.
 */
export function trailingDamage(parser: WARCParser, fed: number): WarcDamage | null {
  const end = parser._reader.getRawOffset();
  if (end >= fed) return null;
  return damage(
    end,
    `the last ${fed - end} bytes, from byte ${end}, are not a complete record: the file is cut short or corrupt there`,
  );
}

/** A read that failed (the file's, or warcio's on bytes it cannot parse) after `offset`. */
export function unreadable(offset: number, error: unknown): WarcDamage {
  return damage(offset, `unreadable WARC data after byte ${offset}: ${messageOf(error)}`);
}

/** The damage a record's WARC header shows (no version line, no Content-Length), or null. */
export function brokenHeader(record: WARCRecord, offset: number): WarcDamage | null {
  if (!/^WARC\/\d/.test(record.warcHeaders.statusline)) {
    return damage(offset, `no WARC record at byte ${offset} (found ${quoteStart(record)})`);
  }
  if (!/^\d+$/.test(record.warcHeader('Content-Length') ?? '')) {
    return damage(
      offset,
      `record at byte ${offset} has no Content-Length: its header is cut or broken`,
    );
  }
  return null;
}

export function damage(offset: number, message: string): WarcDamage {
  return { kind: 'damaged', offset, message };
}

function quoteStart(record: WARCRecord): string {
  return JSON.stringify(record.warcHeaders.statusline.slice(0, 40));
}

export function cutShort(record: WARCRecord, offset: number): WarcDamage {
  const what = record.warcTargetURI ? ` (${record.warcTargetURI})` : '';
  return damage(offset, `record at byte ${offset}${what} is cut short: the file ends inside it`);
}

/** The record's block ended before its Content-Length: the stream ran out inside it. */
export function truncated(record: WARCRecord): boolean {
  const reader = record._reader;
  return reader instanceof LimitReader && reader.limit > 0;
}
