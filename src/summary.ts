// What a build tells when it ends, the same from the build command (src/cli.ts) and from each
// build of serve --watch (src/watch.ts): one summary line in plain English, and a line a file
// skipped, rejected or warned about.

import type { BuildSummary } from './build.ts';

/** "1 article", "2 articles"; "1 copy", "3 copies". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The summary line: what was read, published, merged, rejected and skipped. `verb` starts it
 * ("Built", or "Rebuilt" for a rebuild of serve --watch).
 */
export function summaryLine(summary: BuildSummary, seconds: number, verb = 'Built'): string {
  return (
    `${verb} ${summary.output} in ${seconds.toFixed(1)} s: ` +
    `${count(summary.filesRead, 'file')} read, ${count(summary.articles, 'article')} ` +
    `(${count(summary.fragments, 'fragment')}), ` +
    `${count(summary.copiesMerged, 'copy', 'copies')} merged, ` +
    `${count(summary.rejected.length, 'file')} rejected${skippedText(summary)}, ` +
    warcText(summary) +
    `${count(summary.pages, 'page')}` +
    (summary.redirects === 0 ? '' : ` (${count(summary.redirects, 'redirect')})`) +
    (summary.reused.pages === 0
      ? '.'
      : `; ${summary.reused.pages} of ${summary.reused.pagedPages} article, listing and ` +
        'feed pages were unchanged and kept from the previous build.')
  );
}

/** ", 2 files and 1 folder skipped (hidden or documentation)", or "" when none was. */
function skippedText({ skipped }: BuildSummary): string {
  if (skipped.length === 0) return '';
  // A skipped folder's path ends in / (src/stages/ingest.ts).
  const folders = skipped.filter((s) => s.path.endsWith('/')).length;
  const files = skipped.length - folders;
  const parts = [files && count(files, 'file'), folders && count(folders, 'folder')];
  return `, ${parts.filter(Boolean).join(' and ')} skipped (hidden or documentation)`;
}

/** A line a file rejected or warned about, and with `skipped` a line a file skipped. */
export function fileLines(summary: BuildSummary, { skipped }: { skipped: boolean }): string[] {
  return [
    ...(skipped ? summary.skipped.map((s) => `skipped ${s.path} (${s.reason})`) : []),
    ...summary.rejected.map((r) => `rejected ${r.path}: ${r.reason}`),
    ...summary.warnings.map((w) => `warning ${w.path}: ${w.message}`),
  ];
}

/** How the summary names each kind of WARC record that is not a page (SkipKind, records.ts). */
const RECORD_KINDS: Record<string, [string, string]> = {
  warcinfo: ['warcinfo record', 'warcinfo records'],
  request: ['request', 'requests'],
  metadata: ['metadata record', 'metadata records'],
  revisit: ['revisit', 'revisits'],
  resource: ['resource record', 'resource records'],
  conversion: ['conversion record', 'conversion records'],
  continuation: ['continuation record', 'continuation records'],
  'unknown-type': ['record of an unknown type', 'records of unknown types'],
  'not-http': ['non-HTTP capture', 'non-HTTP captures'],
  redirect: ['redirect', 'redirects'],
  'not-2xx': ['error response (not 2xx)', 'error responses (not 2xx)'],
  'not-html': ['response not HTML', 'responses not HTML'],
};

/**
 * "1 WARC file of 9 records: 2 web pages, 1 repeat capture, 6 other records (2 requests, 1
 * redirect...), ", or "" when the input has no WARC file. A repeat capture is a page whose
 * payload an earlier record gave; refused and damaged records are among the rejected files.
 */
function warcText({ warc }: BuildSummary): string {
  if (warc.length === 0) return '';
  let records = 0;
  let pages = 0;
  let repeats = 0;
  const other = new Map<string, number>();
  for (const file of warc) {
    records += file.records;
    pages += file.pages;
    repeats += file.repeats.length;
    for (const [kind, n] of Object.entries(file.skipped))
      other.set(kind, (other.get(kind) ?? 0) + n);
  }
  const kinds = Object.keys(RECORD_KINDS)
    .filter((kind) => other.has(kind))
    .map((kind) => {
      const [one, many] = RECORD_KINDS[kind] as [string, string];
      return count(other.get(kind) as number, one, many);
    });
  const otherCount = [...other.values()].reduce((a, b) => a + b, 0);
  return (
    `${count(warc.length, 'WARC file')} of ${count(records, 'record')}: ` +
    `${count(pages, 'web page')}` +
    (repeats ? `, ${count(repeats, 'repeat capture')}` : '') +
    `, ${count(otherCount, 'other record')}` +
    (kinds.length ? ` (${kinds.join(', ')})` : '') +
    ', '
  );
}
