// The JSON the site stage (src/stages/site.ts) publishes and hands to Eleventy: the manifest and
// the report as stable, indented JSON, the site model a piece at a time.

import { open, type FileHandle } from 'node:fs/promises';

/** Entries of a list in one piece of writeJsonInPieces. */
const JSON_PIECE_ENTRIES = 1000;

/**
 * Writes JSON.stringify(value) of a plain object, byte for byte, a piece at a time: each of its
 * lists 1,000 entries at a time. The site model is 222 MB of JSON at 100,000 articles; as one
 * string and then one buffer, that was over 0.4 GB at once in the build's process (3.6 GB then).
 */
export async function writeJsonInPieces(file: string, value: object): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let separator = '{';
    for (const [key, entry] of Object.entries(value)) {
      const json = Array.isArray(entry) ? '' : (JSON.stringify(entry) as string | undefined);
      // JSON.stringify leaves out a key whose value has no JSON (undefined, a function).
      if (json === undefined) continue;
      await handle.write(`${separator}${JSON.stringify(key)}:${json}`);
      separator = ',';
      if (Array.isArray(entry)) await writeListInPieces(handle, entry);
    }
    await handle.write(separator === '{' ? '{}' : '}');
  } finally {
    await handle.close();
  }
}

/** JSON.stringify(list), JSON_PIECE_ENTRIES entries at a time. */
async function writeListInPieces(handle: FileHandle, list: unknown[]): Promise<void> {
  if (list.length === 0) return void (await handle.write('[]'));
  for (let start = 0; start < list.length; start += JSON_PIECE_ENTRIES) {
    const piece = list
      .slice(start, start + JSON_PIECE_ENTRIES)
      // In a list, what has no JSON is null, as JSON.stringify writes it.
      .map((item) => (JSON.stringify(item) as string | undefined) ?? 'null')
      .join(',');
    const last = start + JSON_PIECE_ENTRIES >= list.length;
    await handle.write(`${start === 0 ? '[' : ','}${piece}${last ? ']' : ''}`);
  }
}

/** JSON as published (archive.json, report.json): indented, with a newline at the end. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
